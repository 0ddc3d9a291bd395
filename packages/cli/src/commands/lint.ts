import { lint, type LintReport } from '@factlint/core';
import { lintFormatters } from '../formatters/index.js';
import { colorEnabled, type CliIo } from '../io.js';
import { errorsOnly, lintOutcome } from '../outcome.js';
import { startProgress } from '../progress.js';
import { prepare, type CommonArgs } from './shared.js';

export interface LintArgs extends CommonArgs {
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
}

/** `factlint lint`: check the documents against each other and report; returns the exit code. */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const { loaded, documents, fileErrors } = await prepare(args, io);
  if (documents.length === 0) return 2; // every input failed, and each failure is already on stderr

  const done = startProgress(io.stderr, documents.length, 'checking');
  let report: LintReport;
  try {
    report = lint(documents, loaded.activeRules).report;
  } finally {
    done();
  }

  const shown = args.quiet ? errorsOnly(report) : report;
  const output = lintFormatters[args.format](shown, { color: colorEnabled(args.color, io.stdout, io.env) });
  if (output) io.stdout.write(output);

  const outcome = lintOutcome(report, args.maxWarnings, fileErrors.length);
  if (outcome.tooManyWarnings) {
    io.stderr.write(
      `factlint: too many warnings: ${report.summary.warnings} found, --max-warnings allows ${args.maxWarnings}\n`,
    );
  }
  return outcome.exitCode;
}
