import { buildGraph, claimsReport, type ClaimsReport } from '@factlint/core';
import { claimsFormatters, type ClaimsFormatName } from '../formatters/index.js';
import { colorEnabled, type CliIo } from '../io.js';
import { startProgress } from '../progress.js';
import { prepare, type CommonArgs } from './shared.js';

/** `factlint claims`: what every stage found in each document, for review and debugging; returns the exit code. */
export async function runClaims(args: CommonArgs<ClaimsFormatName>, io: CliIo): Promise<number> {
  const { documents, fileErrors } = await prepare(args, io);
  if (documents.length === 0) return 2;

  const done = startProgress(io.stderr, documents.length, 'reading');
  let report: ClaimsReport;
  try {
    report = claimsReport(buildGraph(documents));
  } finally {
    done();
  }
  io.stdout.write(claimsFormatters[args.format](report, { color: colorEnabled(args.color, io.stdout, io.env) }));
  return fileErrors.length > 0 ? 2 : 0;
}
