import type { ClaimsReport, LintReport } from '@factlint/core';

/** The report exactly as lint-report.schema.json / claims.schema.json describe it. */
export function formatJson(report: LintReport | ClaimsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
