import type { ClaimGraph, DocumentRole, Range, ResolvedDocument } from '../model/index.js';
import { rangeOf } from './positions.js';

/** One checked document as a reviewer sees it: which outlet, when. */
export interface ReviewDocument {
  file: string;
  role: DocumentRole;
  outlet?: string;
  published?: string;
  /** The document's text, so a report can show the words at any range. */
  text: string;
}

/** What one document says in one row of the claim × source matrix. */
export interface ReviewCell {
  text: string;
  range: Range;
}

/**
 * One claim across the documents: an utterance (the same remark, however worded)
 * or a statement of fact. `cells[i]` is what document i says, empty when it is silent.
 */
export interface ReviewRow {
  kind: 'quote' | 'fact';
  /** The speaker's canonical name, for quotes whose speaker is known. */
  speaker?: string;
  cells: ReviewCell[][];
}

/**
 * The claim × source matrix behind a lint report: every claim that more than
 * one document carries, with each document's wording side by side. Reports
 * (HTML) read it; diagnostics alone show only where the documents disagree.
 */
export interface ReviewContext {
  documents: ReviewDocument[];
  rows: ReviewRow[];
}

export function reviewContext(graph: ClaimGraph): ReviewContext {
  const docs = graph.documents;
  const documents = docs.map((d) => ({
    file: d.doc.path,
    role: d.doc.role,
    text: d.doc.text,
    ...(d.doc.meta.outlet ? { outlet: d.doc.meta.outlet } : {}),
    ...(d.doc.meta.published ? { published: d.doc.meta.published } : {}),
  }));
  const rows: ReviewRow[] = [];
  const cellsFor = (members: readonly { doc: number; text: string; span: { start: number; end: number } }[]) => {
    const cells: ReviewCell[][] = docs.map(() => []);
    for (const m of members) {
      const d = docs[m.doc]!;
      if (!cells[m.doc]!.some((c) => c.text === m.text)) cells[m.doc]!.push({ text: m.text, range: rangeOf(d.lineStarts, m.span) });
    }
    return cells;
  };
  const spread = (cells: ReviewCell[][]) => cells.filter((c) => c.length > 0).length;
  for (const g of graph.quoteGroups) {
    const cells = cellsFor(g.members);
    if (spread(cells) < 2) continue;
    const speaker = g.speaker ? graph.entities.find((e) => e.id === g.speaker)?.canonical : undefined;
    rows.push({ kind: 'quote', ...(speaker ? { speaker } : {}), cells });
  }
  for (const g of graph.factGroups) {
    const members = g.members.flatMap((m) => {
      const fact = factOf(docs[m.doc]!, m.fact);
      return fact ? [{ doc: m.doc, text: fact.text, span: fact.span }] : [];
    });
    const cells = cellsFor(members);
    if (spread(cells) >= 2) rows.push({ kind: 'fact', cells });
  }
  return { documents, rows };
}

function factOf(d: ResolvedDocument, id: string) {
  return d.facts.find((f) => f.id === id);
}
