import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type Finding } from './diagnostics.js';

/** Written as the reason of a directive the editor inserts when the config sets `requireDirectiveReason`. */
export const REASON_PLACEHOLDER = 'TODO: say why';

/**
 * The findings a code action request is about: those it names in its
 * context (by the key in `data`, or for a client that drops `data`, by rule,
 * message and range); with none named, those overlapping the requested range.
 */
export function findingsFor(findings: readonly Finding[], context: readonly Diagnostic[], range: Range): Finding[] {
  const named = context.filter((d) => d.source === SOURCE);
  if (named.length === 0) return findings.filter((f) => overlaps(f.diagnostic.range, range));
  return findings.filter((f) =>
    named.some((d) => {
      const key = (d.data as { key?: unknown } | undefined)?.key;
      if (key !== undefined) return key === (f.diagnostic.data as { key: number }).key;
      return d.code === f.diagnostic.code && d.message === f.diagnostic.message && sameRange(d.range, f.diagnostic.range);
    }),
  );
}

/**
 * Quick fixes for findings in `doc`: one per suggestion factlint made (a
 * misquote replaced by the source's exact words), then "Disable <rule> for
 * this line" for each rule. A finding whose text has changed in the buffer
 * since it was linted gets none: its positions may no longer be right.
 */
export function codeActions(doc: TextDocument, findings: readonly Finding[], requireReason: boolean): CodeAction[] {
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const finding of findings) {
    const { diagnostic } = finding;
    if (doc.getText(diagnostic.range) !== finding.text) continue;
    for (const fix of finding.fixes) {
      if (doc.getText(fix.range) !== fix.original) continue;
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: finding.fixes.length === 1,
        edit: { changes: { [doc.uri]: [{ range: fix.range, newText: fix.replacement }] } },
      });
    }
    // The directives' own findings (an unknown rule id, an unused directive) are not disabled by another directive.
    if (finding.ruleId.startsWith('factlint/')) continue;
    const line = diagnostic.range.start.line;
    if (disabled.has(`${finding.ruleId} ${line}`)) continue;
    disabled.add(`${finding.ruleId} ${line}`);
    disables.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: [disableEdit(doc, line, finding.ruleId, requireReason)] } },
    });
  }
  return [...fixes, ...disables];
}

/**
 * The edit that disables `ruleId` on `line`: `<!-- factlint-disable-next-line
 * <rule> -->` on a line of its own above it, with the line's indentation and
 * block-quote markers so it stays inside the same block. When the line above
 * has text (the finding starts inside a paragraph or a tight list), a comment
 * line there would split that block in the rendered Markdown, and change what
 * factlint reads as one paragraph, so `<!-- factlint-disable-line <rule> -->`
 * goes at the end of the line instead.
 */
export function disableEdit(doc: TextDocument, line: number, ruleId: string, requireReason: boolean): TextEdit {
  const reason = requireReason ? ` -- ${REASON_PLACEHOLDER}` : '';
  const text = lineText(doc, line);
  if (line === 0 || isBlank(lineText(doc, line - 1))) {
    const prefix = /^[ \t>]*/.exec(text)![0];
    const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
    const at = { line, character: 0 };
    return { range: { start: at, end: at }, newText: `${prefix}<!-- factlint-disable-next-line ${ruleId}${reason} -->${eol}` };
  }
  // Before trailing spaces: two of them are a Markdown hard line break.
  const at = { line, character: text.trimEnd().length };
  return { range: { start: at, end: at }, newText: ` <!-- factlint-disable-line ${ruleId}${reason} -->` };
}

/** A line's text without its line break. */
function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** Blank, or holding only block-quote markers and factlint directives (which stack above a line). */
function isBlank(text: string): boolean {
  return text.replace(/<!--\s*factlint-[\s\S]*?-->/g, '').replace(/[\s>]/g, '') === '';
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
