import type { Diagnostic, LintReport, Range, ReviewContext, ReviewDocument, ReviewRow } from '@factlint/core';
import type { FormatOptions } from './types.js';
import { plural } from './text.js';

/*
 * A self-contained page for reviewers: no scripts, no external assets, so it can be
 * attached to a ticket or archived as a CI artefact and still open years later.
 * Every finding shows what each document says, side by side; the claim × source
 * matrix shows every claim more than one document carries, agreeing or not.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Renders factlint's word-diff markup (`[-removed-]`, `{+added+}`) as <del> and <ins>. */
export function diffToHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\[-(.*?)-\]|\{\+(.*?)\+\}/gs)) {
    out += esc(text.slice(last, m.index));
    out += m[1] !== undefined ? `<del>${esc(m[1])}</del>` : `<ins>${esc(m[2]!)}</ins>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

const where = (file: string, r: Range) => `${file}:${r.start.line}:${r.start.column}`;

function wordsAt(doc: ReviewDocument | undefined, r: Range): string | undefined {
  if (!doc) return undefined;
  const text = doc.text.slice(r.start.offset, r.end.offset).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function sourceLabel(doc: ReviewDocument | undefined, file: string): string {
  if (!doc) return esc(file);
  const role = doc.role === 'draft' ? ' <span class="role">draft</span>' : '';
  return `${esc(doc.outlet ?? file)}${role}`;
}

/**
 * What a related location's message adds to the table row: rules write
 * `Outlet: "the words…" (the diff)`, and the row already shows the outlet and the words.
 */
function noteBeside(message: string, doc: ReviewDocument | undefined, says: string | undefined): string {
  let note = message;
  if (doc?.outlet && note.startsWith(`${doc.outlet}: `)) note = note.slice(doc.outlet.length + 2);
  if (says) {
    const rest = note.replace(/^"[^"]*"\s*/, '');
    if (rest !== note && rest) note = rest.replace(/^\((.*)\)$/s, '$1');
  }
  return note;
}

function finding(d: Diagnostic, n: number, byFile: Map<string, ReviewDocument>): string {
  const rows = [{ file: d.file, range: d.range, note: undefined as string | undefined }, ...d.related.map((r) => ({ file: r.file, range: r.range, note: r.message }))];
  const evidence = rows
    .map((r, i) => {
      const doc = byFile.get(r.file);
      const says = wordsAt(doc, r.range);
      const note = r.note ? `<div class="note">${diffToHtml(noteBeside(r.note, doc, says))}</div>` : '';
      return `<tr${i === 0 ? ' class="here"' : ''}><td>${sourceLabel(doc, r.file)}</td><td><code>${esc(where(r.file, r.range))}</code></td><td>${says ? `<q>${esc(says)}</q>` : ''}${note}</td></tr>`;
    })
    .join('\n');
  const fixes = d.suggestions
    .map((s) => `<li>${esc(s.message)}: replace with <q>${esc(s.replacement)}</q> at <code>${esc(where(d.file, s.range))}</code></li>`)
    .join('');
  return `<article class="finding ${d.severity}" id="finding-${n}">
<h3><span class="badge ${d.severity}">${d.severity}</span> <code class="rule">${esc(d.ruleId)}</code> <code>${esc(where(d.file, d.range))}</code></h3>
<p class="message">${diffToHtml(d.message)}</p>
<table class="evidence"><thead><tr><th>Document</th><th>Where</th><th>Says</th></tr></thead><tbody>
${evidence}
</tbody></table>${fixes ? `\n<ul class="fixes">${fixes}</ul>` : ''}
</article>`;
}

function matrix(context: ReviewContext): string {
  const { documents, rows } = context;
  if (rows.length === 0) return '<p class="empty">No claim is carried by more than one document.</p>';
  const head = documents.map((d) => `<th>${sourceLabel(d, d.file)}<br><code>${esc(d.file)}</code></th>`).join('');
  const body = rows.map((r) => matrixRow(r, documents)).join('\n');
  return `<div class="scroll"><table class="matrix"><thead><tr><th>Claim</th>${head}</tr></thead><tbody>
${body}
</tbody></table></div>`;
}

function matrixRow(row: ReviewRow, documents: readonly ReviewDocument[]): string {
  const label = row.kind === 'quote' ? `quote${row.speaker ? ` · ${esc(row.speaker)}` : ''}` : 'fact';
  const wordings = new Set(row.cells.flatMap((c) => c.map((x) => normalise(x.text))));
  const cells = row.cells
    .map((cell, i) => {
      if (cell.length === 0) return '<td class="absent">—</td>';
      const items = cell.map((c) => `<q>${esc(c.text)}</q> <code>${c.range.start.line}:${c.range.start.column}</code>`).join('<br>');
      return `<td${documents[i]?.role === 'draft' ? ' class="draft"' : ''}>${items}</td>`;
    })
    .join('');
  return `<tr class="${wordings.size > 1 ? 'differs' : 'same'}"><th>${label}</th>${cells}</tr>`;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f5f5f5}code{font-size:.85em}q{quotes:"“" "”"}
.finding{border-left:4px solid #999;padding:.2rem 0 .2rem 1rem;margin:1.5rem 0}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef6c00}.finding.info{border-color:#1565c0}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;font-size:.8em;text-transform:uppercase}
.badge.error{background:#c62828}.badge.warning{background:#ef6c00}.badge.info{background:#1565c0}
.rule{font-weight:bold}tr.here td{background:#fffbe6}.note{color:#555;font-size:.9em;margin-top:.2rem}
del{background:#ffebee;color:#b71c1c}ins{background:#e8f5e9;color:#1b5e20;text-decoration:none}
.role{font-size:.75em;background:#eee;padding:0 .3rem;border-radius:3px}
.scroll{overflow-x:auto}.matrix td{min-width:12rem}.matrix td.absent{color:#aaa;text-align:center}
.matrix tr.differs th{border-left:4px solid #ef6c00}.matrix td.draft{background:#f3f8ff}
.empty{color:#555}`;

/** `lint --format html`: one page with every finding's evidence and the claim × source matrix. */
export function formatHtml(report: LintReport, options: FormatOptions): string {
  const context = options.review;
  const byFile = new Map((context?.documents ?? []).map((d) => [d.file, d]));
  const s = report.summary;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.files, 'document')}`;
  const hidden = [s.suppressed ? `${s.suppressed} suppressed by directives` : '', s.baselined ? `${s.baselined} in the baseline` : ''].filter(Boolean).join(', ');
  const docs = context
    ? `<table><thead><tr><th>File</th><th>Role</th><th>Outlet</th><th>Published</th></tr></thead><tbody>
${context.documents.map((d) => `<tr><td><code>${esc(d.file)}</code></td><td>${d.role}</td><td>${esc(d.outlet ?? '')}</td><td>${esc(d.published ?? '')}</td></tr>`).join('\n')}
</tbody></table>`
    : '';
  const findings = report.diagnostics.length
    ? report.diagnostics.map((d, i) => finding(d, i + 1, byFile)).join('\n')
    : '<p class="empty">No problems found.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(report.tool.name)} ${esc(report.tool.version)}">
<title>factlint report: ${esc(counts)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>factlint report</h1><p class="summary">${esc(counts)}${hidden ? ` · not shown: ${esc(hidden)}` : ''} · ${esc(report.tool.name)} ${esc(report.tool.version)}</p></header>
${docs ? `<section id="documents"><h2>Documents</h2>\n${docs}\n</section>` : ''}
<section id="findings"><h2>Findings</h2>
${findings}
</section>
${context ? `<section id="claims"><h2>Claims × documents</h2>\n<p>Every claim more than one document carries; rows where the wordings differ are marked.</p>\n${matrix(context)}\n</section>` : ''}
</body>
</html>
`;
}
