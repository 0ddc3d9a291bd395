import type { ClaimGraph, ResolvedDocument } from '../model/index.js';
import { alignEntities } from './entities.js';
import { alignFacts } from './facts.js';
import { groupSegments, matchContinuations, matchSegments, matchTranslations, quoteSegments } from './quotes.js';
import { senses } from './senses.js';

export { normaliseWording, wordsOf, wordTokens, expandContractions, type WordToken } from './normalise.js';
export { compareWordings, alignWords, FUNCTION_WORDS, type WordingComparison } from './wording.js';
export { segmentSimilarity, quoteSegments, matchSegments } from './quotes.js';
export { alignEntities, editDistance, nearlySameName } from './entities.js';
export { factSupport, sameCurrency, sameMoneyUnit, sameValue, zonedTime } from './facts.js';
export { quoteContentWords, quoteSupport } from './quote-support.js';

/** Stage 6: one entity per referent across documents, quote groups (same utterance) and fact groups. */
export function alignDocuments(resolved: ResolvedDocument[]): ClaimGraph {
  const documents = resolved;
  const { entities, entityOf } = alignEntities(documents);
  // Quote and fact groups join documents: one document alone has none to build (`factlint claims` on a file).
  if (documents.length < 2) return { documents, entities, entityOf, quoteGroups: [], utterances: [], factGroups: [] };
  const globalSpeaker = (doc: number, local: string | undefined) => (local ? entityOf.get(`${doc}:${local}`) : undefined);
  const segments = quoteSegments(documents, globalSpeaker);
  const sameSpeaker = matchSegments(segments);
  const matched = [...sameSpeaker, ...matchTranslations(segments, sameSpeaker, senses, (d) => documents[d]!.doc.role === 'source')];
  const quoteGroups = groupSegments(segments, [...matched, ...matchContinuations(segments, matched)]);
  const utterances = groupSegments(segments, matchSegments(segments, 0.6, false));
  const factGroups = alignFacts(documents);
  return { documents, entities, entityOf, quoteGroups, utterances, factGroups };
}
