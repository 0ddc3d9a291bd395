import type { ResolvedDocument } from '@factlint/core';

/** How a document is named in messages: its outlet when the config gives one, else its file name. */
export function sourceName(doc: ResolvedDocument): string {
  return doc.doc.meta.outlet ?? doc.doc.path.split('/').at(-1)!;
}

/** A short form of a quote for messages. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
