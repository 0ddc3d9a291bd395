import type { AnalysedDocument, ExtractedDocument } from '../model/index.js';
import { extractFacts } from './facts.js';
import { extractMentions } from './mentions.js';
import { extractQuotes } from './quotes.js';

export { scanQuotes } from './quote-marks.js';
export { extractQuotes } from './quotes.js';
export { extractMentions } from './mentions.js';
export { extractFacts, contentLemmas } from './facts.js';

/** Stage 4: quotes, mentions and value-bearing facts of one document. */
export function extractClaims(doc: AnalysedDocument): ExtractedDocument {
  const quotes = extractQuotes(doc);
  const mentions = extractMentions(doc, quotes);
  const facts = extractFacts(doc, quotes, mentions);
  return { ...doc, quotes, mentions, facts };
}
