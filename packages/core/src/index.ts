export * from './model/index.js';
export { tokenIndexAt } from './model/tokens.js';
export * from './rules/index.js';
export * from './report/index.js';
export { buildGraph, lint, type LintOptions, type LintResult } from './pipeline.js';
export { parseDocument, isMarkdownPath } from './parse/index.js';
export { analyseDocument, referenceDate } from './analyse/index.js';
export { legalHomeBefore } from './analyse/places.js';
export { convertedBy } from './analyse/conversions.js';
export { measureOf, sameDimension, sameMeasure, type Dimension, type Measure } from './analyse/measures.js';
export { utcMinutes } from './analyse/time-zones.js';
export { SECONDS_PER, secondsPer } from './analyse/time-units.js';
export { extractClaims } from './extract/index.js';
// Nationality words ("Russian" → Russia): owners of offices, not their portfolios.
export { DEMONYMS } from './extract/lexicon.js';
export { resolveDocument, NameBook, namesCompatible } from './resolve/index.js';
export {
  alignDocuments,
  normaliseWording,
  wordsOf,
  compareWordings,
  alignWords,
  FUNCTION_WORDS,
  factSupport,
  quoteContentWords,
  quoteSupport,
  sameCurrency,
  sameMoneyUnit,
  sameValue,
  zonedTime,
  segmentSimilarity,
  editDistance,
  nearlySameName,
  type WordingComparison,
} from './align/index.js';
// The news lexicon: word senses that fact alignment and the value rules share.
export * from './align/senses.js';
export { claimsReport, type ClaimsReport } from './report/claims.js';
export {
  compatiblePlaces,
  distanceKm,
  landmarkNames,
  lookupPlace,
  STATE_ABBREVIATIONS,
  placeKey,
  placeRank,
  placeReadings,
  sameScope,
  storyCountries,
  storyReadings,
  type PlaceReading,
  type PlaceType,
  type PlaceUse,
} from './gazetteer/index.js';
export { VERSION } from './version.js';
export * from './load/index.js';
export * from './config/index.js';
export * from './suppress/index.js';
