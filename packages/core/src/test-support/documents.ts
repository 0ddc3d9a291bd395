import { readFileSync } from 'node:fs';
import type { ClaimGraph, DocumentMeta, ResolvedDocument, SourceDocument } from '../model/index.js';
import { buildGraph } from '../pipeline.js';

/** A source document from a string, for tests. */
export function doc(path: string, text: string, meta: DocumentMeta = {}, role: SourceDocument['role'] = 'source'): SourceDocument {
  return { path, role, text, meta, bodyStart: 0 };
}

const seedsDir = new URL('../../../../seeds/', import.meta.url);
export const SEED_FILES = ['000_ae8168442a0f2921.txt', '001_1efb61f14035d3f6.txt', '002_bd6a55f66e3d6431.txt'] as const;

/** The three seed articles as the config describes them (published 2013-06-16). */
export function seedDocuments(): SourceDocument[] {
  return SEED_FILES.map((f) => doc(`seeds/${f}`, readFileSync(new URL(f, seedsDir), 'utf8'), { published: '2013-06-16' }));
}

/** Quotes of one resolved document as [text, speaker canonical name or null, partial]. */
export function quotesOf(graph: ClaimGraph, index = 0): [string, string | null, boolean][] {
  const d: ResolvedDocument = graph.documents[index]!;
  const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
  return d.quotes.map((q) => [q.text, q.speaker ? names.get(q.speaker) ?? null : null, q.partial]);
}

export function graphOf(...docs: SourceDocument[]): ClaimGraph {
  return buildGraph(docs);
}
