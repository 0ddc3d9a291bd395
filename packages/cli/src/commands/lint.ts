import path from 'node:path';
import {
  applyBaseline,
  configLintOptions,
  createBaseline,
  defaultBaselinePath,
  displayPath,
  lint,
  readBaseline,
  readDefaultBaseline,
  reviewContext,
  writeBaseline,
  type Baseline,
  type ClaimGraph,
  type LintReport,
  type SeveritySetting,
} from '@factlint/core';
import { rules } from '@factlint/rules';
import { lintFormatters, type LintFormatName } from '../formatters/index.js';
import { plural } from '../formatters/text.js';
import { colorEnabled, type CliIo } from '../io.js';
import { errorsOnly, lintOutcome } from '../outcome.js';
import { startProgress } from '../progress.js';
import { prepare, type CommonArgs } from './shared.js';

export interface LintArgs extends CommonArgs<LintFormatName> {
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  /**
   * `--baseline <file>`: that file, which must exist (unless it is being written);
   * `--no-baseline`: false; neither: factlint-baseline.json beside the config
   * (or in cwd without one), when it exists.
   */
  baseline: string | false | undefined;
  /** `--write-baseline`: accept every current finding by writing them to the baseline file. */
  writeBaseline: boolean;
  /** `--report-unused-directives`: wins over the config's `reportUnusedDirectives`. */
  reportUnusedDirectives: SeveritySetting | undefined;
}

/** `factlint lint`: check the documents against each other and report; returns the exit code. */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const { loaded, documents, fileErrors } = await prepare(args, io);
  if (documents.length === 0) return 2; // every input failed, and each failure is already on stderr
  const baselineFile = args.baseline === false ? undefined : path.resolve(io.cwd, args.baseline ?? defaultBaselinePath(loaded.dir));
  // Read (and validate) before the long part, so a bad baseline fails fast.
  let baseline: Baseline | undefined;
  if (baselineFile && !args.writeBaseline) {
    baseline = args.baseline !== undefined ? await readBaseline(baselineFile, io.cwd) : await readDefaultBaseline(loaded.dir, io.cwd);
  }

  const done = startProgress(io.stderr, documents.length, 'checking');
  let report: LintReport;
  let graph: ClaimGraph;
  try {
    ({ report, graph } = lint(documents, loaded.activeRules, configLintOptions(loaded, { reportUnusedDirectives: args.reportUnusedDirectives, baseline })));
  } finally {
    done();
  }

  if (args.writeBaseline && baselineFile) {
    if (fileErrors.length > 0) {
      // A baseline without the unreadable files' findings would fail the next run that can read them.
      io.stderr.write(`factlint: baseline not written: ${plural(fileErrors.length, 'input')} could not be read\n`);
    } else {
      const target = { file: baselineFile, cwd: io.cwd };
      const written: Baseline = { ...target, data: createBaseline(report, graph.documents, target) };
      await writeBaseline(written);
      io.stderr.write(`factlint: wrote ${plural(written.data.findings.length, 'finding')} to ${displayPath(baselineFile, io.cwd)}\n`);
      report = applyBaseline(report, graph.documents, written);
    }
  }

  const shown = args.quiet ? errorsOnly(report) : report;
  // Formats differ only in what they print: the exit code below is the same for all.
  const review = args.format === 'html' ? reviewContext(graph) : undefined;
  const output = lintFormatters[args.format](shown, { color: colorEnabled(args.color, io.stdout, io.env), cwd: io.cwd, rules, ...(review ? { review } : {}) });
  if (output) io.stdout.write(output);
  const outcome = lintOutcome(report, args.maxWarnings, fileErrors.length);
  if (outcome.tooManyWarnings) {
    io.stderr.write(
      `factlint: too many warnings: ${report.summary.warnings} found, --max-warnings allows ${args.maxWarnings}\n`,
    );
  }
  return outcome.exitCode;
}
