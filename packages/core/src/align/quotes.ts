import type { QuoteGroup, QuoteRef, ResolvedDocument, Span, Token } from '../model/index.js';
import { alignLocally, alignWords, FUNCTION_WORDS } from './wording.js';
import { contentLemmas } from '../extract/facts.js';
import { tokenIndexAt } from '../model/tokens.js';
import { REPORTING_VERBS } from '../extract/lexicon.js';

/** One sentence (or ellipsis-delimited piece) of a quote: the unit that outlets reproduce. */
export interface Segment {
  doc: number;
  quote: string;
  span: Span;
  text: string;
  /** Content lemmas in order. */
  lemmas: string[];
  /** Every word's lemma in order (function words too), for contiguity. */
  sequence: string[];
  partial: boolean;
  /** A piece cut at an ellipsis: an excerpt, though not a fragment of the writer's sentence. */
  excerpt: boolean;
  speaker: string | undefined;
}

const LIGHT = new Set(['be', 'have', 'do', 'not', 'can', 'will', 'would', 'should', 'must', 'may', 'might', 'could', 'shall', 'so', 'very', 'just', 'also', 'then', 'there', 'here', 'now', 'too']);

/** Where a quote breaks into pieces: a sentence end before a capital or digit, or an ellipsis. */
// "The right hon. Gentleman", "Mr. Justice Pellew": a title's full stop ends no piece.
const PIECE_BREAK = /(?:(?<!\b(?:[Hh]on|Mr|Mrs|Ms|Dr|St|Rev|Gov|Sen|Rep|Lt|Col|Gen|Capt|Sgt|Prof|No|Jr|Sr))[.!?]+["”’']?\s+(?=["“‘']?[\p{Lu}\d])|\s*(?:\.\.\.|…)\s*)/gu;

/** Splits each quote into sentence pieces, each with its content lemmas. */
export function quoteSegments(docs: readonly ResolvedDocument[], globalSpeaker: (doc: number, local: string | undefined) => string | undefined): Segment[] {
  const segments: Segment[] = [];
  docs.forEach((d, doc) => {
    for (const q of d.quotes) {
      const text = d.doc.text;
      const pieces: Span[] = [];
      let start = q.span.start;
      const inner = text.slice(q.span.start, q.span.end);
      for (const m of inner.matchAll(PIECE_BREAK)) {
        const cut = q.span.start + m.index;
        const endOfPiece = m[0].trim().startsWith('.') && !m[0].includes('...') ? cut + m[0].trimEnd().length : cut;
        if (endOfPiece > start) pieces.push({ start, end: endOfPiece });
        start = q.span.start + m.index + m[0].length;
      }
      if (q.span.end > start) pieces.push({ start, end: q.span.end });
      const text0 = text;
      for (const p of pieces) {
        // A piece cut at an ellipsis is an excerpt of what was said, like a partial quote.
        const cut = /(?:\.\.\.|…)\s*$/.test(text0.slice(Math.max(q.span.start, p.start - 5), p.start)) || /^\s*(?:\.\.\.|…)/.test(text0.slice(p.end, Math.min(q.span.end, p.end + 5)));
        const from = tokenIndexAt(d.tokens, p.start);
        const to = tokenIndexAt(d.tokens, p.end);
        // Editors' insertions — "(supplying arms)", "[the minister]" — are not the speaker's words.
        const toks = joinHyphenated(withoutInsertions(d.tokens.slice(from, to)));
        const lemmas = contentLemmasOf(toks);
        if (lemmas.length === 0) continue;
        const sequence = toks.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.lemma.replace(/^n't$/, 'not'));
        segments.push({ doc, quote: q.id, span: p, text: text.slice(p.start, p.end), lemmas, sequence, partial: q.partial, excerpt: cut, speaker: globalSpeaker(doc, q.speaker) });
      }
    }
  });
  return segments;
}

/**
 * "Pointe-aux-Chênes", "dusk-to-dawn": words joined by hyphens with no space are one word, so a
 * name shared by two remarks is one shared word, not a run of three.
 */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hyphen = tokens[i + 1];
    const next = tokens[i + 2];
    if (t.kind === 'word' && hyphen?.text === '-' && next?.kind === 'word' && hyphen.span.start === t.span.end && next.span.start === hyphen.span.end) {
      // Gather the whole chain: a-b-c.
      let j = i;
      let text = t.text;
      let lemma = t.lemma;
      while (tokens[j + 1]?.text === '-' && tokens[j + 2]?.kind === 'word' && tokens[j + 1]!.span.start === tokens[j]!.span.end && tokens[j + 2]!.span.start === tokens[j + 1]!.span.end) {
        text += `-${tokens[j + 2]!.text}`;
        lemma += `-${tokens[j + 2]!.lemma}`;
        j += 2;
      }
      out.push({ ...t, text, lemma, span: { start: t.span.start, end: tokens[j]!.span.end } });
      i = j;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A quote's tokens without an editor's insertions: "(supplying arms)", "[the minister]". */
export function withoutInsertions(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') { depth++; continue; }
    if ((t.text === ')' || t.text === ']') && depth > 0) { depth--; continue; }
    if (depth === 0) out.push(t);
  }
  return out;
}

function contentLemmasOf(tokens: readonly Token[]): string[] {
  return contentLemmas(tokens, true).filter((l) => !LIGHT.has(l));
}

/**
 * The most content words in one near-contiguous aligned run (gaps of at most
 * two words on either side): "common ground is [that] we both see a
 * humanitarian catastrophe" is one run; words shared only here and there are not.
 */
function longestRun(a: readonly string[], b: readonly string[], content: ReadonlySet<string>): number {
  const { pairs } = alignWords(a, b);
  let best = 0;
  let run = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k]!;
    const prev = pairs[k - 1];
    if (prev && (i - prev[0] > 3 || j - prev[1] > 3)) run = 0;
    if (content.has(a[i]!)) run++;
    best = Math.max(best, run);
  }
  return best;
}

const wordWeight = (w: string) => (FUNCTION_WORDS.has(w) || LIGHT.has(w) ? 0.25 : 1);

/**
 * How much of the longer wording the two share in order, function words counting a
 * quarter: the shape of a sentence survives translation ("our priority right now
 * is reaching the villages" / "the priority now is to reach the communities")
 * where most content words do not.
 */
export function orderedOverlap(a: readonly string[], b: readonly string[], of: 'longer' | 'shorter' = 'longer'): number {
  let shared = 0;
  for (const [i] of alignWords(a, b).pairs) shared += wordWeight(a[i]!);
  let wa = 0;
  let wb = 0;
  for (const w of a) wa += wordWeight(w);
  for (const w of b) wb += wordWeight(w);
  return shared / Math.max(of === 'longer' ? Math.max(wa, wb) : Math.min(wa, wb), 1);
}

/**
 * Without a shared speaker only the words can say two quotes are one remark, so they
 * must keep their order: most of both, or nearly all of an excerpt. "The family
 * accepts the verdict" and "no verdict can take away the family's pain" share two
 * words and are two remarks.
 */
function sameWordsInOrder(s: Segment, t: Segment): boolean {
  // A fragment of a word or two sharing one content word is no evidence across speakers:
  // "hold on" is not "holds back a mudflow".
  const other = new Set(t.lemmas);
  if (Math.min(s.sequence.length, t.sequence.length) <= 3 && new Set(s.lemmas.filter((l) => other.has(l))).size < 2 && s.sequence.join(' ') !== t.sequence.join(' ')) return false;
  if (orderedOverlap(s.sequence, t.sequence) >= 0.5) return true;
  const excerpt = s.partial || s.excerpt || t.partial || t.excerpt;
  // A whole sentence of five words or more found word for word in the other's longer one was cut
  // from it, partial or not ("We want that commitment in writing," / "… We want that commitment
  // in writing, and we want it to cover contract staff").
  if (Math.min(s.sequence.length, t.sequence.length) >= 5 && orderedOverlap(s.sequence, t.sequence, 'shorter') === 1) return true;
  return excerpt && orderedOverlap(s.sequence, t.sequence, 'shorter') >= 0.8;
}

/**
 * Two renderings of one remark by one speaker: a lower bar than for words alone, but
 * a third of the content words must be shared — function words alone give many
 * sentences one shape ("we are not ready to discuss this budget today" / "we are not
 * going to accept this budget now").
 */
function sameShape(s: Segment, t: Segment): boolean {
  const b = new Set(t.lemmas);
  const shared = new Set(s.lemmas.filter((l) => b.has(l))).size;
  if (shared === 0 || shared * 3 < Math.max(new Set(s.lemmas).size, b.size)) return false;
  return orderedOverlap(s.sequence, t.sequence) >= 0.4;
}

export interface SegmentMatch {
  a: number;
  b: number;
  score: number;
}

/**
 * Is t the same utterance as s, judging by words alone? A run of shared
 * content words in the same order; or most words of both; or, for a partial
 * quote, all (or nearly all) of its words inside the other. Robust to
 * rewording and translation ("eat their internal organs" / "eating their
 * organs"), without pairing two remarks that merely share a topic.
 */
export function segmentSimilarity(
  s: Pick<Segment, 'lemmas' | 'sequence' | 'partial'> & { excerpt?: boolean },
  t: Pick<Segment, 'lemmas' | 'sequence' | 'partial'> & { excerpt?: boolean },
): number {
  const setA = new Set(s.lemmas);
  const setB = new Set(t.lemmas);
  let shared = 0;
  let sharedSpeech = 0;
  for (const w of setA) {
    if (!setB.has(w)) continue;
    shared++;
    if (REPORTING_VERBS.has(w)) sharedSpeech++;
  }
  if (shared === 0) return 0;
  // Verbs of speaking ("explain", "claim", "call") are the speaker's words inside a quote, but two
  // remarks that share only such verbs are one remark only when one holds the other word for word.
  if (sharedSpeech === shared && orderedOverlap(s.sequence, t.sequence, 'shorter') < 1) return 0;
  const shorter = Math.min(setA.size, setB.size);
  const overlap = shared / shorter;
  const dice = (2 * shared) / (setA.size + setB.size);
  const content = new Set([...setA].filter((w) => setB.has(w)));
  const run = longestRun(s.sequence, t.sequence, content);
  // Containment is how excerpts match: only when the shorter side is the excerpt.
  // On a tie the excerpt is the short side, whichever order the pair came in.
  const isExcerpt = (x: typeof s) => x.partial || !!x.excerpt;
  const short = setA.size < setB.size || (setA.size === setB.size && (isExcerpt(s) || !isExcerpt(t))) ? s : t;
  if (short.partial || short.excerpt) {
    // An excerpt keeps its words: all of a short one, nearly all of a longer one.
    // Its words keep their order too: "section by section" is not cut from "every section of track".
    const long = short === s ? t : s;
    const kept = alignWords(short.sequence, long.sequence).pairs.length;
    if (shorter <= 3 && overlap === 1 && run >= Math.min(shared, 2) && kept * 5 >= short.sequence.length * 3) return 0.9;
    // A reworded fragment ("must answer for each life lost" / "must answer for every life").
    if (shorter === 3 && shared === 2 && run >= 2) return 0.7;
    if (shorter > 3 && overlap >= 0.75 && run >= 2) return overlap;
    // A reworded excerpt that keeps most of its words, in order, function words included
    // ("must answer for each life lost" / "the owners must answer for every life").
    if (short.sequence.length >= 4 && kept / short.sequence.length >= 0.65) return 0.7;
    // A short fragment of the writer's sentence matches only by containment.
    if (shorter <= 3 && short.partial) return 0;
  }
  if (run >= 3) return Math.max(0.7, overlap);
  // A whole sentence of five words or more found word for word in the other's longer one was cut
  // from it, partial or not ("We want that commitment in writing," / "… We want that commitment
  // in writing, and we want it to cover contract staff").
  if (shared >= 2 && Math.min(s.sequence.length, t.sequence.length) >= 5 && orderedOverlap(s.sequence, t.sequence, 'shorter') === 1) return 0.8;
  // Short remarks with one word changed ("I just hit it and hoped" / "… and prayed"):
  // nearly all their words, function words included, in the same order.
  const longest = Math.max(s.sequence.length, t.sequence.length);
  if (longest >= 4 && shared >= 1) {
    const inOrder = alignWords(s.sequence, t.sequence).pairs.length;
    if (inOrder / longest >= 0.75 || (inOrder / longest >= 0.6 && shared >= 2 && longest >= 6)) return 0.75;
  }
  if (shared >= 2 && dice >= 0.5) return dice;
  // A sentence of one report found in a stretch of the other's longer one with a word changed
  // ("Every one of our pilots has been re-briefed." / "…, and every one of our pilots has been
  // retrained"): most of its words, in order, close together.
  const [few, many] = s.sequence.length <= t.sequence.length ? [s.sequence, t.sequence] : [t.sequence, s.sequence];
  if (shared >= 2 && few.length >= 5) {
    const pairs = alignWords(few, many).pairs;
    const width = pairs.length > 0 ? pairs.at(-1)![1] - pairs[0]![1] + 1 : Infinity;
    if (pairs.length / few.length >= 0.75 && width <= few.length + 2) return 0.7;
  }
  const ordered = alignWords(s.lemmas, t.lemmas).pairs.length;
  if (ordered >= 4 && overlap >= 0.5) return overlap;
  return 0;
}

/**
 * Candidate pairs from an inverted index of content lemmas, weighted towards
 * rare words; never all pairs. Returns matching pairs across different documents.
 */
export function matchSegments(segments: readonly Segment[], minScore = 0.6, sameSpeaker = true): SegmentMatch[] {
  const index = new Map<string, number[]>();
  segments.forEach((s, i) => {
    for (const l of new Set(s.lemmas)) {
      let list = index.get(l);
      if (!list) index.set(l, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const matches: SegmentMatch[] = [];
  const n = segments.length;
  // A lemma in a large share of segments carries no evidence of a shared utterance.
  const maxPosting = Math.max(8, Math.ceil(n * 0.25));
  segments.forEach((s, i) => {
    for (const l of new Set(s.lemmas)) {
      const posting = index.get(l)!;
      if (posting.length > maxPosting && s.lemmas.length > 2) continue;
      for (const j of posting) {
        if (j <= i) continue;
        const t = segments[j]!;
        if (t.doc === s.doc) continue;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        if (sameSpeaker && (s.speaker === undefined || s.speaker !== t.speaker)) continue;
        let score = segmentSimilarity(s, t);
        // Knowing the speaker is evidence too: the same person's sentence in the same shape.
        if (score < minScore && sameSpeaker && sameShape(s, t)) score = minScore;
        if (score >= minScore && !sameSpeaker && !sameWordsInOrder(s, t)) score = 0;
        if (score >= minScore) matches.push({ a: i, b: j, score });
      }
    }
  });
  return matches;
}

/** Groups of segments that are one utterance: connected components of the matches. */
export function groupSegments(segments: readonly Segment[], matches: readonly SegmentMatch[]): QuoteGroup[] {
  const parent = segments.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const m of matches) parent[find(m.a)] = find(m.b);
  const byRoot = new Map<number, number[]>();
  for (const m of matches) {
    for (const i of [m.a, m.b]) {
      const r = find(i);
      let list = byRoot.get(r);
      if (!list) byRoot.set(r, (list = []));
      if (!list.includes(i)) list.push(i);
    }
  }
  const groups: QuoteGroup[] = [];
  for (const members of byRoot.values()) {
    members.sort((x, y) => segments[x]!.doc - segments[y]!.doc || segments[x]!.span.start - segments[y]!.span.start);
    const refs: QuoteRef[] = members.map((i) => {
      const s = segments[i]!;
      return { doc: s.doc, quote: s.quote, span: s.span, text: s.text, ...(s.speaker ? { speaker: s.speaker } : {}) };
    });
    const speaker = segments[members[0]!]!.speaker;
    groups.push({ id: `qg${groups.length + 1}`, ...(speaker ? { speaker } : {}), members: refs });
  }
  groups.sort((a, b) => a.members[0]!.doc - b.members[0]!.doc || a.members[0]!.span.start - b.members[0]!.span.start);
  groups.forEach((g, i) => (g.id = `qg${i + 1}`));
  return groups;
}

/**
 * Two translations of one remark by one speaker, in words that share little ("It borders on a
 * miracle that no one lost their life" / "It is a small miracle that nobody was killed"): whole
 * quotes of the same speaker in two documents, neither yet matched to the other document, that
 * share at least two senses (synonyms count: life and kill are one) and are each other's best
 * such match. Pairs their sentences in order.
 */
export function matchTranslations(
  segments: readonly Segment[],
  matches: readonly SegmentMatch[],
  senseOf: (lemma: string) => readonly string[],
  isSource: (doc: number) => boolean,
): SegmentMatch[] {
  // Whole quotes: their segments and the senses of their words.
  const quotes = new Map<string, { doc: number; speaker: string; segs: number[]; senses: Set<string>; partial: boolean }>();
  segments.forEach((s, i) => {
    // A draft quotes its sources in their language: its rewording is a misquote, not a translation.
    if (s.speaker === undefined || !isSource(s.doc)) return;
    const key = `${s.doc}:${s.quote}`;
    let q = quotes.get(key);
    if (!q) quotes.set(key, (q = { doc: s.doc, speaker: s.speaker, segs: [], senses: new Set(), partial: s.partial }));
    q.segs.push(i);
    for (const l of s.lemmas) for (const x of senseOf(l)) q.senses.add(x);
  });
  // Quotes already matched to some quote of another document.
  const linked = new Set<string>();
  for (const m of matches) {
    const a = segments[m.a]!;
    const b = segments[m.b]!;
    linked.add(`${a.doc}:${a.quote}>${b.doc}`).add(`${b.doc}:${b.quote}>${a.doc}`);
  }
  // A fragment woven into the writer's sentence is too short to be known by its senses; a
  // clause of the speaker's, though partial ("said the driver 'apparently lost control of the
  // vehicle on a bend, on a wet road and in dense fog'"), is as long as a whole quote.
  const list = [...quotes.entries()].filter(([, q]) => q.senses.size >= (q.partial ? MIN_PARTIAL_SENSES : 3));
  const score = (x: Set<string>, y: Set<string>) => {
    // A translation renders a remark at about its length: a short quote whose few words a long
    // transcript paragraph also uses ("people … Terrebonne and Lafourche … without power") is
    // another remark, however much of it the paragraph holds.
    if (Math.min(x.size, y.size) < MIN_TRANSLATION_SIZE * Math.max(x.size, y.size)) return 0;
    let shared = 0;
    for (const w of x) if (y.has(w)) shared++;
    return shared < 2 ? 0 : shared / Math.min(x.size, y.size);
  };
  const best = new Map<string, { key: string; score: number }>();
  for (const [ka, a] of list) {
    for (const [kb, b] of list) {
      if (a.doc === b.doc || a.speaker !== b.speaker) continue;
      if (linked.has(`${ka}>${b.doc}`) || linked.has(`${kb}>${a.doc}`)) continue;
      const sc = score(a.senses, b.senses);
      if (sc < MIN_TRANSLATION) continue;
      const slot = `${ka}>${b.doc}`;
      if ((best.get(slot)?.score ?? 0) < sc) best.set(slot, { key: kb, score: sc });
    }
  }
  const out: SegmentMatch[] = [];
  for (const [slot, { key: kb, score: sc }] of best) {
    const [ka, docB] = slot.split('>') as [string, string];
    const a = quotes.get(ka)!;
    const b = quotes.get(kb)!;
    // Each the other's best in the other's document, and paired once.
    if (best.get(`${kb}>${a.doc}`)?.key !== ka || ka > kb) continue;
    void docB;
    // One sentence against several: it renders all of them ("The road was wet and there was thick
    // fog" and the sentence before it, told as one clause).
    if (a.segs.length === 1 || b.segs.length === 1) {
      for (const x of a.segs) for (const y of b.segs) out.push({ a: x, b: y, score: sc });
      continue;
    }
    const n = Math.min(a.segs.length, b.segs.length);
    for (let k = 0; k < n; k++) out.push({ a: a.segs[k]!, b: b.segs[k]!, score: sc });
  }
  return out;
}

/**
 * A remark one outlet prints as two sentences and another as one ("Nobody wants to see
 * passengers sleeping on airport floors. But our members have been pushed to the limit" /
 * "…floors, but our pilots have been pushed to breaking point"): when a segment matches the
 * start (or the end) of a longer segment of the same speaker, its neighbour in the same quote
 * is the rest of that segment, if it keeps enough of the rest's words in order. The rewording is
 * then compared instead of lost.
 */
export function matchContinuations(segments: readonly Segment[], matches: readonly SegmentMatch[]): SegmentMatch[] {
  const matchedTo = new Set<string>();
  for (const m of matches) matchedTo.add(`${m.a}>${segments[m.b]!.doc}`).add(`${m.b}>${segments[m.a]!.doc}`);
  const out: SegmentMatch[] = [];
  for (const m of matches) {
    for (const [x, y] of [[m.a, m.b], [m.b, m.a]] as const) {
      const sx = segments[x]!;
      const sy = segments[y]!;
      if (sx.speaker === undefined || sx.speaker !== sy.speaker) continue;
      // Only a quote of several sentences has a neighbour to join; most have none.
      const open = (k: number) => {
        const sn = segments[k];
        return !!sn && sn.doc === sx.doc && sn.quote === sx.quote && sn.sequence.length >= 4 && !matchedTo.has(`${k}>${sy.doc}`);
      };
      if (!open(x + 1) && !open(x - 1)) continue;
      const { pairs } = alignLocally(sx.sequence, sy.sequence);
      if (pairs.length < 3) continue;
      const first = pairs[0]![1];
      const last = pairs.at(-1)![1];
      // The neighbour after x against the words of y after x's stretch, and the one before x
      // against the words before it.
      for (const [neighbour, rest] of [
        [x + 1, sy.sequence.slice(last + 1)],
        [x - 1, sy.sequence.slice(0, first)],
      ] as const) {
        const sn = segments[neighbour];
        if (!sn || sn.doc !== sx.doc || sn.quote !== sx.quote || matchedTo.has(`${neighbour}>${sy.doc}`)) continue;
        if (rest.length < 4 || sn.sequence.length < 4) continue;
        const kept = alignWords(sn.sequence, rest).pairs.length;
        if (kept < 3 || kept * 2 < Math.min(sn.sequence.length, rest.length)) continue;
        matchedTo.add(`${neighbour}>${sy.doc}`);
        out.push({ a: neighbour, b: y, score: 0.6 });
      }
    }
  }
  return out;
}

/** The share of the smaller quote's senses two translations must share. */
const MIN_TRANSLATION = 0.5;
/** The shorter of two renderings of one remark has at least this share of the longer's senses. */
const MIN_TRANSLATION_SIZE = 0.3;
/** Senses a partial quote needs to be matched as a translation. */
const MIN_PARTIAL_SENSES = 6;
