import { summarise, type LintReport } from '@factlint/core';

/** `--quiet`: the report with errors only, its summary recounted so the footer and JSON agree with what is shown. */
export function errorsOnly(report: LintReport): LintReport {
  const diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
  // Keep what directives and the baseline left out: only the visible counts change.
  return { ...report, diagnostics, summary: { ...report.summary, ...summarise(diagnostics, report.summary.files) } };
}

export interface Outcome {
  exitCode: 0 | 1 | 2;
  tooManyWarnings: boolean;
}

/**
 * ESLint's exit codes: 2 when input could not be read (whatever else was
 * found), 1 for errors or more warnings than --max-warnings allows, else 0.
 * Warnings count against --max-warnings even under --quiet, as in ESLint:
 * hiding them must not let a CI gate pass. Infos never fail a run.
 */
export function lintOutcome(report: LintReport, maxWarnings: number, inputErrors: number): Outcome {
  const tooManyWarnings = maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  if (inputErrors > 0) return { exitCode: 2, tooManyWarnings };
  return { exitCode: report.summary.errors > 0 || tooManyWarnings ? 1 : 0, tooManyWarnings };
}
