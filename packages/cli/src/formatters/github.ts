import type { Diagnostic, LintReport, Severity } from '@factlint/core';
import { oneLine } from './text.js';

/*
 * GitHub Actions workflow commands: each line becomes an annotation on the
 * run and, for a file in the pull request, on the diff.
 *
 *   ::warning file=draft.md,line=3,col=26,endLine=3,endColumn=75,title=quote-mismatch::Ingrid Dahl's words differ…%0A↳ story/wire.txt:3:2 …
 *
 * GitHub takes `col` and `endColumn` only on an annotation within one line,
 * so a range over several lines gives `line` and `endLine` alone.
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** `lint --format github`: one workflow command per diagnostic, nothing when there are none. */
export function formatGithub(report: LintReport): string {
  return report.diagnostics.map((d) => `${annotation(d)}\n`).join('');
}

function annotation(d: Diagnostic): string {
  const { start, end } = d.range;
  const oneLineRange = start.line === end.line;
  const properties: [string, string | number][] = [
    ['file', d.file],
    ['line', start.line],
    ...(oneLineRange ? [['col', start.column] as [string, number]] : []),
    ['endLine', end.line],
    ...(oneLineRange ? [['endColumn', end.column] as [string, number]] : []),
    ['title', d.ruleId],
  ];
  const message = [
    d.message,
    // The evidence in other files: an annotation has one location, so the rest go in its text.
    ...d.related.map((r) => `↳ ${r.file}:${r.range.start.line}:${r.range.start.column} ${oneLine(r.message)}`.trimEnd()),
    ...d.suggestions.map((s) => `suggestion: ${oneLine(s.message)}: "${s.replacement}"`),
  ].join('\n');
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[d.severity]} ${props}::${escapeData(message)}`;
}

/** A command's message: `%`, CR and LF are the characters the runner decodes (@actions/core's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end it (@actions/core's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
