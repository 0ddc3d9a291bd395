/** Quote characters, apostrophes, dashes, ellipses and runs of whitespace in one form each. */
function unifyCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalises a wording for comparison: case, quote characters, dashes,
 * apostrophes, ellipses and whitespace never make two wordings different.
 */
export function normaliseWording(text: string): string {
  return unifyCharacters(text).toLowerCase();
}

export interface WordToken {
  /** The word as compared: case-folded unless asked otherwise, quote characters unified. */
  word: string;
  /** Offsets into the text the word was read from. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘\-‐][\p{L}\p{N}]+)*/gu;

/**
 * The words of a wording with their offsets. Editors' insertions — [bracketed] or
 * (parenthesised) — are not the speaker's words and are skipped; punctuation and
 * ellipses never count.
 */
export function wordTokens(text: string, keepCase = false): WordToken[] {
  const skipped: [number, number][] = [];
  for (const m of text.matchAll(/\[[^\]]*\]|\([^)]*\)/g)) skipped.push([m.index, m.index + m[0].length]);
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    if (skipped.some(([s, e]) => s <= m.index && m.index < e)) continue;
    const unified = m[0].normalize('NFKC').replace(/[‘’]/g, "'").replace(/‐/g, '-');
    out.push({ word: keepCase ? unified : unified.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Where editors' brackets stand among the words: for each [insertion], the index of the
 * word it precedes (`tokens.length` at the end). "why [the fire broke out], and" stands in
 * for the speaker's words at that place.
 */
export function insertionGaps(text: string, tokens: readonly WordToken[]): number[] {
  const gaps: number[] = [];
  for (const m of text.matchAll(/\[[^\]]*\]/g)) {
    const k = tokens.findIndex((t) => t.start >= m.index);
    gaps.push(k < 0 ? tokens.length : k);
  }
  return gaps;
}

/** Words of a wording, for word-level comparison (see `wordTokens`). */
export function wordsOf(text: string, keepCase = false): string[] {
  return wordTokens(text, keepCase).map((t) => t.word);
}

const BRITISH_DOUBLE_L = /^(travel|cancel|label|model|fuel|signal|counsel|marshal|channel|tunnel|level|dial|duel|rival|quarrel|pedal|panel|shovel|funnel|total)l(ed|ing|er|ers)$/;

/**
 * One spelling for British and American forms of a word ("analysing" / "analyzing",
 * "colour" / "color", "centre" / "center", "travelled" / "traveled"), for comparison only:
 * an outlet's house spelling is no change to what the speaker said. Both sides go through
 * the same rules, so a word they merely bend ("promise" → "promize") still matches itself.
 */
export function spellingKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 5) return w;
  return w
    .replace(BRITISH_DOUBLE_L, '$1$2')
    .replace(/(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/(?<=[a-z])ys(e|es|ed|ing|er|ers)$/, 'yz$1')
    .replace(/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ful|less)?$/, 'or$1')
    .replace(/(?<=[a-z]{2})tre(s)?$/, 'ter$1')
    .replace(/(?<=[a-z]{3})ogue(s)?$/, 'og$1')
    .replace(/^(defen|offen|licen|preten)ce(s)?$/, '$1se$2');
}

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "n't": ['not'],
  "i'm": ['i', 'am'], "it's": ['it', 'is'], "that's": ['that', 'is'], "we're": ['we', 'are'],
  "they're": ['they', 'are'], "you're": ['you', 'are'], "we've": ['we', 'have'], "i've": ['i', 'have'],
  "they've": ['they', 'have'], "we'll": ['we', 'will'], "i'll": ['i', 'will'], "it'll": ['it', 'will'],
  "let's": ['let', 'us'], "there's": ['there', 'is'], "he's": ['he', 'is'], "she's": ['she', 'is'],
  cannot: ['can', 'not'],
};

/** Expands contractions so "can't" and "cannot" and "can not" compare equal. */
export function expandContractions(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const c = CONTRACTIONS[w];
    if (c) { out.push(...c); continue; }
    const m = /^(.+)n't$/.exec(w);
    if (m) { out.push(m[1]!, 'not'); continue; }
    out.push(w);
  }
  return out;
}
