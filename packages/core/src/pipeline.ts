import type { ClaimGraph, LintReport, SourceDocument } from './model/index.js';
import { parseDocument } from './parse/index.js';
import { analyseDocument } from './analyse/index.js';
import { extractClaims } from './extract/index.js';
import { NameBook, resolveDocument } from './resolve/index.js';
import { alignDocuments } from './align/index.js';
import type { ActiveRule } from './rules/index.js';
import { runRulesByPath, type RulesForFile } from './config/overrides.js';
import { applyBaseline, applyDirectives, type Baseline, type DirectiveOptions } from './suppress/index.js';
import { compareDiagnostics, summarise } from './report/index.js';
import { VERSION } from './version.js';

/** Stages 2–6: documents in, claim graph out. Each stage only reads what the previous one returned. */
export function buildGraph(documents: readonly SourceDocument[]): ClaimGraph {
  // Stage by stage over the documents rather than document by document: each stage's code
  // and tables stay warm in the processor's caches for the whole cluster.
  const extracted = documents.map(parseDocument).map(analyseDocument).map(extractClaims);
  // Who is who across the cluster, so each document's roles and pronouns can use it. The sources
  // teach it; a draft is what is being checked, so its titles ("Deputy Health Minister" for the
  // national director) must not change how the sources are read. A draft reads the sources' book
  // and its own.
  const sources = extracted.filter((d) => d.doc.role !== 'draft');
  const book = NameBook.from(sources);
  const bookFor = (doc: (typeof extracted)[number]) => (doc.doc.role === 'draft' ? book.withDocument(doc) : book);
  return alignDocuments(extracted.map((doc) => resolveDocument(doc, bookFor(doc))));
}

export interface LintOptions {
  /** Per-path rule settings (the config's `overrides`, as `LoadedConfig.rulesFor`); default: `rules` everywhere. */
  rulesFor?: RulesForFile;
  /** Inline directives: every rule id that exists (default: the ids of `rules`), unused-directive severity, reasons. */
  directives?: Partial<DirectiveOptions>;
  /** Findings accepted earlier: matching ones leave the report and are counted in `summary.baselined`. */
  baseline?: Baseline;
}

export interface LintResult {
  report: LintReport;
  graph: ClaimGraph;
}

/**
 * The whole pipeline: documents and active rules in, the JSON report out.
 * After the rules: inline directives drop what they cover, then the baseline
 * drops what it accepts; each step only narrows what the one before returned.
 */
export function lint(documents: readonly SourceDocument[], rules: readonly ActiveRule[], options: LintOptions = {}): LintResult {
  const graph = buildGraph(documents);
  const found = runRulesByPath(graph, rules, options.rulesFor);
  const directed = applyDirectives(graph.documents, found, {
    ...options.directives,
    knownRules: options.directives?.knownRules ?? rules.map((r) => r.rule.id),
  });
  const diagnostics = directed.diagnostics.sort(compareDiagnostics);
  const report: LintReport = {
    tool: { name: 'factlint', version: VERSION },
    diagnostics,
    summary: { ...summarise(diagnostics, documents.length), suppressed: directed.suppressed.length },
  };
  return { graph, report: options.baseline ? applyBaseline(report, graph.documents, options.baseline) : report };
}
