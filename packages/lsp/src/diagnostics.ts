import type { Diagnostic as FactlintDiagnostic, Range as FactlintRange, Severity } from '@factlint/core';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';

/*
 * factlint's diagnostics in LSP's shape. factlint positions are 1-based
 * lines and columns in UTF-16 code units (lines broken at \n, \r\n and a
 * lone \r, as LSP breaks them), so an LSP position is one less of each; the
 * 0-based offsets let the server keep the exact text each finding is about.
 */

export const SOURCE = 'factlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspRange(range: FactlintRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** A suggestion factlint made, ready to be a quick fix while the buffer still has `original` at `range`. */
export interface Fix {
  title: string;
  range: Range;
  replacement: string;
  original: string;
}

/** One published diagnostic with what the code actions need. */
export interface Finding {
  diagnostic: Diagnostic;
  ruleId: string;
  /** The linted text at the diagnostic's range: actions are offered only while the buffer still has it there. */
  text: string;
  fixes: Fix[];
}

export interface ConvertOptions {
  /** Rule id → doc URL, for `codeDescription`. */
  ruleDocs: Readonly<Record<string, string>>;
  /** The client shows `relatedInformation`; otherwise the related places are written into the message. */
  relatedInformation: boolean;
  /** The URI the client uses for a file, when it has it open; otherwise its file: URI. */
  uriOf(file: string): string;
}

/**
 * One factlint diagnostic (its files absolute) in the document whose linted
 * text is `text`. `key` goes into `data`, so a code action request can name
 * the finding it is about.
 */
export function toFinding(d: FactlintDiagnostic, text: string, key: number, options: ConvertOptions): Finding {
  const href = options.ruleDocs[d.ruleId];
  const related = d.related.map((r) => ({
    location: { uri: options.uriOf(r.file), range: toLspRange(r.range) },
    message: r.message,
  }));
  const diagnostic: Diagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: options.relatedInformation || related.length === 0 ? d.message : withRelated(d),
    ...(options.relatedInformation && related.length > 0 ? { relatedInformation: related } : {}),
    data: { key },
  };
  return {
    diagnostic,
    ruleId: d.ruleId,
    text: text.slice(d.range.start.offset, d.range.end.offset),
    fixes: d.suggestions.map((s) => ({
      title: s.message,
      range: toLspRange(s.range),
      replacement: s.replacement,
      original: text.slice(s.range.start.offset, s.range.end.offset),
    })),
  };
}

/** For a client without relatedInformation: each related place on its own line, as `factlint lint` prints them. */
function withRelated(d: FactlintDiagnostic): string {
  const lines = d.related.map((r) => `↳ ${r.file}:${r.range.start.line}:${r.range.start.column} ${r.message}`);
  return [d.message, ...lines].join('\n');
}
