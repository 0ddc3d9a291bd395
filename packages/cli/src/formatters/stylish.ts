import type { Diagnostic, LintReport, LintSummary, Severity } from '@factlint/core';
import { createColors } from 'picocolors';
import type { FormatOptions } from './types.js';
import { oneLine, pad, plural } from './text.js';

/*
 * Written by hand rather than with vfile-reporter: a factlint diagnostic's
 * evidence is several related locations in other files, and vfile-reporter
 * prints at most one `cause` per message, nested as an error stack, with no
 * place for per-location messages or suggestions. The layout follows ESLint's
 * stylish formatter, which users already read fluently.
 */

/**
 * Messages are padded so rule ids line up, but only up to this width: one
 * long word diff must not push every other row's rule id off the screen.
 */
const MAX_MESSAGE_PAD = 72;

/**
 * ```
 * seeds/001_1efb61f14035d3f6.txt
 *   7:2  warning  Putin's quote differs in 3 sources: …  quote-mismatch
 *                 ↳ seeds/000_ae8168442a0f2921.txt:7:3 "eat their internal organs"
 *
 * ✖ 1 problem (0 errors, 1 warning, 0 infos)
 *   not shown: 2 suppressed by directives, 5 in the baseline
 * ```
 * The second line only when directives or a baseline left findings out; with
 * no diagnostics left it follows "✔ no problems". Nothing at all when there
 * is nothing to say.
 */
export function formatStylish(report: LintReport, options: FormatOptions): string {
  const c = createColors(options.color);
  const notes = hiddenNotes(report.summary).map((line) => `  ${c.dim(line)}`);
  if (report.diagnostics.length === 0) {
    if (notes.length === 0) return '';
    const ok = report.summary.baselined ? '✔ no new problems' : '✔ no problems';
    return ['', c.bold(c.green(ok)), ...notes, ''].join('\n');
  }
  const severityColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };

  const out: string[] = [''];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push(c.underline(file));
    const rows = diagnostics.map((d) => ({
      d,
      position: `${d.range.start.line}:${d.range.start.column}`,
      message: oneLine(d.message),
    }));
    const positionWidth = Math.max(...rows.map((r) => r.position.length));
    const severityWidth = Math.max(...rows.map((r) => r.d.severity.length));
    const messageWidth = Math.min(MAX_MESSAGE_PAD, Math.max(...rows.map((r) => r.message.length)));
    // Related locations and suggestions line up under the message they belong to.
    const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
    for (const { d, position, message } of rows) {
      out.push(
        `  ${c.dim(pad(position, positionWidth))}  ${severityColor[d.severity](pad(d.severity, severityWidth))}  ${pad(message, messageWidth)}  ${c.dim(d.ruleId)}`,
      );
      for (const r of d.related) {
        out.push(`${indent}${c.dim('↳')} ${c.cyan(`${r.file}:${r.range.start.line}:${r.range.start.column}`)} ${oneLine(r.message)}`.trimEnd());
      }
      for (const s of d.suggestions) {
        out.push(`${indent}${c.green('suggestion:')} ${oneLine(s.message)}`);
      }
    }
    out.push('');
  }

  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  const footer = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  const footerColor = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  out.push(c.bold(footerColor(footer)), ...notes, '');
  return out.join('\n');
}

/** What directives and the baseline left out, and baseline entries that no longer match anything. */
function hiddenNotes(summary: LintSummary): string[] {
  const notes: string[] = [];
  const hidden: string[] = [];
  if (summary.suppressed) hidden.push(`${summary.suppressed} suppressed by directives`);
  if (summary.baselined) hidden.push(`${summary.baselined} in the baseline`);
  if (hidden.length > 0) notes.push(`not shown: ${hidden.join(', ')}`);
  if (summary.staleBaseline) {
    const stale = summary.staleBaseline;
    notes.push(
      `${plural(stale, 'baseline entry', 'baseline entries')} matched nothing (fixed, or changed since): --write-baseline drops ${stale === 1 ? 'it' : 'them'}`,
    );
  }
  return notes;
}

/** Diagnostics by file, files in the order they first appear (the report is already sorted). */
function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
