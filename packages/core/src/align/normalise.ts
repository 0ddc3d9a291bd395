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

/**
 * Words of a wording with punctuation stripped, for word-level comparison.
 * Editors' insertions — [bracketed] or (parenthesised) — and ellipses are not
 * the speaker's words and are dropped.
 */
export function wordsOf(text: string, keepCase = false): string[] {
  const unified = unifyCharacters(text);
  return (keepCase ? unified : unified.toLowerCase())
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(/\.\.\./g, ' ')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
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
