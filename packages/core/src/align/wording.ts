import { expandContractions, insertionGaps, spellingKey, wordTokens } from './normalise.js';

/** Words whose change does not change what was said. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'and', 'or', 'but', 'so', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it',
  'its', 'their', 'his', 'her', 'our', 'my', 'your', 'there', 'here', 'which', 'who', 'whom', 'whose',
  'what', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does',
  'did', 'have', 'has', 'had', 'just', 'then', 'than', 'up', 'out', 'into', 'about', 'over', 'very',
  'also', 'all', 'some', 'any', 'i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'them', 'him',
  'one', 'if', 'because', 'when', 'while', 'where', 'how', 'why', 'too', 'not', 'no', 'yes', 'well',
  'oh', 'now', 'such', 'own', 'same', 'other', 'only', 'even', 'still', 'yet', 'both', 'each',
]);

export interface WordAlignment {
  /** Indices into a and b of words that align, in order. */
  pairs: [number, number][];
}

/** Longest common subsequence of two word lists. Quotes are short; O(n·m) is fine. */
export function alignWords(a: readonly string[], b: readonly string[]): WordAlignment {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[at(i, j)] = a[i] === b[j] ? dp[at(i + 1, j + 1)]! + 1 : Math.max(dp[at(i + 1, j)]!, dp[at(i, j + 1)]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (dp[at(i + 1, j)]! >= dp[at(i, j + 1)]!) i++;
    else j++;
  }
  return { pairs };
}

/**
 * Local alignment (Smith–Waterman on words): the best-matching stretch of each
 * side, so a partial quote lines up with the part of the full quote it was cut
 * from rather than with stray "the"s elsewhere.
 */
export function alignLocally(a: readonly string[], b: readonly string[]): WordAlignment {
  const MATCH = 3;
  const MISMATCH = -1;
  const GAP = -1;
  const n = a.length;
  const m = b.length;
  const h = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = h[at(i - 1, j - 1)]! + (a[i - 1] === b[j - 1] ? MATCH : MISMATCH);
      const v = Math.max(0, diag, h[at(i - 1, j)]! + GAP, h[at(i, j - 1)]! + GAP);
      h[at(i, j)] = v;
      if (v > best) { best = v; bi = i; bj = j; }
    }
  }
  const pairs: [number, number][] = [];
  let i = bi;
  let j = bj;
  while (i > 0 && j > 0 && h[at(i, j)]! > 0) {
    const v = h[at(i, j)]!;
    if (a[i - 1] === b[j - 1] && v === h[at(i - 1, j - 1)]! + MATCH) { pairs.push([i - 1, j - 1]); i--; j--; }
    else if (v === h[at(i - 1, j - 1)]! + MISMATCH) { i--; j--; }
    else if (v === h[at(i - 1, j)]! + GAP) i--;
    else j--;
  }
  return { pairs: pairs.reverse() };
}

export type WordingDifference = 'same' | 'function-words' | 'content';

export interface WordingComparison {
  difference: WordingDifference;
  /** Words of each side's aligned stretch that the other lacks. */
  onlyA: string[];
  onlyB: string[];
  /** The compared stretches as word lists (the shorter quote against the part of the longer it was cut from). */
  stretchA: [number, number];
  stretchB: [number, number];
  /** The compared stretches as written (original characters), for diffs and suggestions. */
  textA: string;
  textB: string;
  /** Where the stretches lie in the two inputs: [start, end) offsets. */
  charsA: [number, number];
  charsB: [number, number];
}

/**
 * Compares two wordings of one utterance. A partial or truncated quote is
 * compared only with the stretch of the other it covers, so a fair excerpt is
 * not a mismatch; ellipses and [bracketed insertions] are skipped by `wordsOf`.
 */
export function compareWordings(a: string, b: string): WordingComparison {
  // Contractions are expanded for the comparison only; the stretches index the plain word lists.
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  const wa = ta.map((t) => t.word);
  const wb = tb.map((t) => t.word);
  const chars = (t: typeof ta, s: number, e: number): [number, number] => (e > s ? [t[s]!.start, t[e - 1]!.end] : [0, 0]);
  // Case and house spelling never make two words different.
  const lower = (w: string[]) => w.map(spellingKey);
  let { pairs } = alignLocally(lower(wa), lower(wb));
  if (pairs.length === 0) {
    return {
      difference: 'content', onlyA: wa, onlyB: wb, stretchA: [0, wa.length], stretchB: [0, wb.length],
      textA: a.trim(), textB: b.trim(), charsA: chars(ta, 0, ta.length), charsB: chars(tb, 0, tb.length),
    };
  }
  // The stretch of each side between its first and last aligned word, widened to
  // whole sides where both run on (then the extra words are a real difference).
  const [fa, fb] = pairs[0]!;
  const [la, lb] = pairs.at(-1)!;
  let startA = fa > 0 && fb > 0 ? 0 : fa;
  let startB = fa > 0 && fb > 0 ? 0 : fb;
  let endA = la < wa.length - 1 && lb < wb.length - 1 ? wa.length : la + 1;
  let endB = la < wa.length - 1 && lb < wb.length - 1 ? wb.length : lb + 1;
  // An excerpt lies (nearly) whole inside the other's stretch, and two excerpts cut from one
  // remark overlap in a run of its words ("where there is common ground is [that] we both see a
  // humanitarian catastrophe"). When neither side lies in the other and they share only a short
  // phrase, it is no excerpt ("In 2032, nobody should still be dying of cholera" / "No one should
  // die of cholera in 2032"): the whole sides are compared.
  if (endA - startA < 0.8 * wa.length && endB - startB < 0.8 * wb.length && pairs.length < 4) {
    startA = 0;
    startB = 0;
    endA = wa.length;
    endB = wb.length;
    pairs = alignWords(lower(wa), lower(wb)).pairs;
  }
  const matchedA = new Set(pairs.map((p) => p[0]));
  const matchedB = new Set(pairs.map((p) => p[1]));
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (let i = startA; i < endA; i++) if (!matchedA.has(i)) onlyA.push(wa[i]!);
  for (let j = startB; j < endB; j++) if (!matchedB.has(j)) onlyB.push(wb[j]!);
  // Words outside a side's stretch still count when the other side moved them
  // inside its own ("supply these people with arms" / "supply arms to these people"):
  // widen the stretch over them so they are compared and shown.
  const moved = (words: readonly string[], from: number, to: number, other: readonly string[]) => {
    const inEdge = (i: number) => !FUNCTION_WORDS.has(words[i]!) && other.includes(words[i]!);
    let s = from;
    let e = to;
    for (let i = 0; i < from; i++) if (inEdge(i)) { s = i; break; }
    for (let i = words.length - 1; i >= to; i--) if (inEdge(i)) { e = i + 1; break; }
    return [s, e] as const;
  };
  [startA, endA] = moved(wa, startA, endA, onlyB);
  [startB, endB] = moved(wb, startB, endB, onlyA);
  onlyA.length = 0;
  onlyB.length = 0;
  // "why [the fire broke out], and" against "why this happened, and": a bracket stands in for
  // the few words it replaces, as an editor's insertion may.
  const replacedA = replacedByBracket(pairs, 0, wa.length, insertionGaps(b, tb));
  const replacedB = replacedByBracket(pairs, 1, wb.length, insertionGaps(a, ta));
  for (let i = startA; i < endA; i++) if (!matchedA.has(i) && !replacedA.has(i)) onlyA.push(wa[i]!);
  for (let j = startB; j < endB; j++) if (!matchedB.has(j) && !replacedB.has(j)) onlyB.push(wb[j]!);
  // "can't" against "cannot" or "can not" is no difference at all once expanded.
  const expandedA = expandContractions(onlyA.map((w) => w.toLowerCase()));
  const expandedB = expandContractions(onlyB.map((w) => w.toLowerCase()));
  const residualA = [...expandedA];
  const residualB: string[] = [];
  for (const w of expandedB) {
    const k = residualA.indexOf(w);
    if (k >= 0 && FUNCTION_WORDS.has(w)) residualA.splice(k, 1);
    else residualB.push(w);
  }
  const contentA = residualA.filter((w) => !FUNCTION_WORDS.has(w)).sort();
  const contentB = residualB.filter((w) => !FUNCTION_WORDS.has(w)).sort();
  // The same content words in another order ("supply arms to these people") is a rewording, not a new word.
  const reordered = contentA.length === contentB.length && contentA.every((w, i) => w === contentB[i]);
  const difference: WordingDifference =
    onlyA.length + onlyB.length === 0 ? 'same' : reordered ? 'function-words' : 'content';
  return {
    difference,
    onlyA,
    onlyB,
    stretchA: [startA, endA],
    stretchB: [startB, endB],
    textA: a.slice(...chars(ta, startA, endA)),
    textB: b.slice(...chars(tb, startB, endB)),
    charsA: chars(ta, startA, endA),
    charsB: chars(tb, startB, endB),
  };
}

/** Most words a bracket may stand in for. */
const BRACKET_REPLACES = 8;

/**
 * Words of one side (`side` 0 or 1 of each aligned pair) left unmatched between two aligned
 * words where the other side has a [bracket]: the bracket replaces them.
 */
function replacedByBracket(pairs: readonly (readonly [number, number])[], side: 0 | 1, length: number, otherGaps: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (otherGaps.length === 0) return out;
  const other = side === 0 ? 1 : 0;
  // Runs between consecutive aligned pairs, plus the run after the last one.
  for (let p = 0; p <= pairs.length; p++) {
    const from = p === 0 ? -1 : pairs[p - 1]![side];
    const to = p === pairs.length ? length : pairs[p]![side];
    const otherFrom = p === 0 ? -1 : pairs[p - 1]![other];
    const otherTo = p === pairs.length ? Number.POSITIVE_INFINITY : pairs[p]![other];
    const run = to - from - 1;
    if (run <= 0 || run > BRACKET_REPLACES) continue;
    if (!otherGaps.some((g) => g > otherFrom && g <= otherTo)) continue;
    for (let k = from + 1; k < to; k++) out.add(k);
  }
  return out;
}
