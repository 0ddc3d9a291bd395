import type { ClaimGraph, LintReport, SourceDocument } from './model/index.js';
import { parseDocument } from './parse/index.js';
import { analyseDocument } from './analyse/index.js';
import { extractClaims } from './extract/index.js';
import { NameBook, resolveDocument } from './resolve/index.js';
import { alignDocuments } from './align/index.js';
import { runRules, type ActiveRule } from './rules/index.js';
import { compareDiagnostics, summarise } from './report/index.js';
import { VERSION } from './version.js';

/** Stages 2–6: documents in, claim graph out. Each stage only reads what the previous one returned. */
export function buildGraph(documents: readonly SourceDocument[]): ClaimGraph {
  const extracted = documents.map((doc) => extractClaims(analyseDocument(parseDocument(doc))));
  // Who is who across the cluster, so each document's roles and pronouns can use it.
  const book = NameBook.from(extracted);
  return alignDocuments(extracted.map((doc) => resolveDocument(doc, book)));
}

export interface LintResult {
  report: LintReport;
  graph: ClaimGraph;
}

/** The whole pipeline: documents and active rules in, the JSON report out. */
export function lint(documents: readonly SourceDocument[], rules: readonly ActiveRule[]): LintResult {
  const graph = buildGraph(documents);
  const diagnostics = runRules(graph, rules).sort(compareDiagnostics);
  return {
    graph,
    report: {
      tool: { name: 'factlint', version: VERSION },
      diagnostics,
      summary: summarise(diagnostics, documents.length),
    },
  };
}
