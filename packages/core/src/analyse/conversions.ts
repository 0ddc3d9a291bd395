import type { Value } from '../model/index.js';

/** What may open a conversion's brackets: "(", "(about", "(US", or a second one after ";". */
const CONVERSION_OPEN = /\(\s*(?:about|around|approximately|roughly|some|nearly|almost|or|US|USD)?\s*$/i;
const SECOND_CONVERSION = /\([^()]*;\s*$/;

/**
 * The value a bracketed figure converts, when it stands in brackets right after another of its
 * kind: "A$8.6 billion ($5.6 billion)", "8,000 soles ($2,160; £1,710)", "5,000 soles (about 1,350
 * dollars)". `text` is the text `values` are spanned in, starting at offset `base` of the document.
 */
export function convertedBy(v: Value, values: readonly Value[], text: string, base = 0): Value | undefined {
  const at = v.span.start - base;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!CONVERSION_OPEN.test(before) && !SECOND_CONVERSION.test(before)) return undefined;
  const bracket = v.span.start - (before.length - before.lastIndexOf('('));
  return values.find((w) => w !== v && w.kind === v.kind && w.span.end <= bracket && bracket - w.span.end <= 2);
}
