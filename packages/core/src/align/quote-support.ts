import type { ClaimGraph, Quote, ResolvedDocument, Token, Value } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';
import { CONTENT_POS, contentLemmas } from '../extract/facts.js';
import { withoutInsertions } from './quotes.js';
import { senses } from './senses.js';
import { sameValue, type Support } from './facts.js';

/**
 * Where other sources carry a quote: the same remark quoted in any wording, whole or
 * in part (a member of one of its quote groups, whoever they give it to — a
 * misattribution still carries the words), or the remark told in indirect speech
 * ("Ruiz said the bridge would stay shut" carries *"The bridge stays shut," Ruiz said*):
 * a sentence that names the same speaker and shares most of the quote's content words.
 * Used by single-source, for sources and drafts alike.
 */
export function quoteSupport(graph: ClaimGraph, doc: number, quote: Quote): Support[] {
  const docs = graph.documents;
  const support: Support[] = [];
  const carried = new Set<number>([doc]);
  // "We have not ruled it out," the commander said, "but it is too early to say": one remark
  // split by its cue. Another source that carries either half carries the remark.
  const remark = [quote, ...splitRemark(docs[doc]!.quotes, quote)];
  // Whoever the sources give the words to: a misattributed quote is still told of its speaker.
  const speakers = new Set<string>();
  const speaker = quote.speaker === undefined ? undefined : graph.entityOf.get(`${doc}:${quote.speaker}`);
  if (speaker !== undefined) speakers.add(speaker);
  for (const g of remark.flatMap((q) => groupsOf(graph, doc, q.id))) {
    for (const m of g.members) {
      if (m.speaker !== undefined && docs[m.doc]!.doc.role === 'source') speakers.add(m.speaker);
      if (carried.has(m.doc) || docs[m.doc]!.doc.role !== 'source') continue;
      carried.add(m.doc);
      support.push({ doc: m.doc, span: m.span });
    }
  }
  if (speakers.size === 0) return support;
  const own = docs[doc]!;
  const words = quoteLemmas(own, quote);
  // "She kept asking about her mother. We told her …": a sentence of the remark another source
  // tells whole ("Koç said the girl had kept asking about her mother") carries the remark.
  const sentences = quoteSentenceLemmas(own, quote);
  // "I had maybe a dozen people," Delgado said — carried by "Delgado said she served a
  // dozen customers": the figure, told of the same person.
  // "a bad day in one place" tells no figure: "one" in words is an article with emphasis.
  const figures = own.values.filter((v) => FIGURES.has(v.kind) && v.span.start >= quote.span.start && v.span.end <= quote.span.end && !(v.kind === 'number' && Number(v.value) <= 1 && !/\d/.test(v.text)));
  docs.forEach((d, di) => {
    if (carried.has(di) || d.doc.role !== 'source') return;
    for (const who of speakers) {
      const sentence = indirectSpeech(graph, d, di, who, words, figures, sentences);
      if (sentence) { support.push({ doc: di, span: sentence }); break; }
    }
  });
  return support;
}

/**
 * The other half of a sentence split by its cue: whole quotes of one speaker, side by side,
 * the second going on in lower case. A partial quote after a whole one is a remark of its own
 * ('"Every crossing will feel this," said Ferrante, who called the closure "a gut punch"').
 */
function splitRemark(quotes: readonly Quote[], quote: Quote): Quote[] {
  if (quote.speaker === undefined || quote.partial || quote.nested) return [];
  const i = quotes.indexOf(quote);
  const joins = (a: Quote | undefined, b: Quote | undefined) =>
    a !== undefined && b !== undefined && !a.partial && !b.partial && !a.nested && !b.nested && a.speaker === b.speaker && /^\p{Ll}/u.test(b.text) && a.sentence.start < b.sentence.end && b.sentence.start < a.sentence.end;
  return [joins(quotes[i - 1], quote) ? quotes[i - 1]! : undefined, joins(quote, quotes[i + 1]) ? quotes[i + 1]! : undefined].filter((q): q is Quote => q !== undefined);
}

const FIGURES = new Set(['number', 'money', 'percent', 'duration', 'time']);

/** Content words an indirect report must share with the quote, and the share of the shorter side. */
const MIN_SHARED = 3;
const MIN_SHARED_OWN = 2;
const MIN_SHARE = 0.5;

type Group = ClaimGraph['quoteGroups'][number];
const groupIndex = new WeakMap<ClaimGraph, Map<string, Group[]>>();

/** The quote groups and utterances a quote belongs to, indexed once per graph. */
function groupsOf(graph: ClaimGraph, doc: number, quote: string): Group[] {
  let index = groupIndex.get(graph);
  if (!index) {
    index = new Map();
    for (const g of [...graph.quoteGroups, ...graph.utterances]) {
      for (const m of g.members) {
        const key = `${m.doc}:${m.quote}`;
        const list = index.get(key);
        if (!list) index.set(key, [g]);
        else if (!list.includes(g)) list.push(g);
      }
    }
    groupIndex.set(graph, index);
  }
  return index.get(`${doc}:${quote}`) ?? [];
}

const AUXILIARY = new Set(['be', 'have', 'do']);

/**
 * How many content words a quote has — not articles, pronouns, prepositions, conjunctions or
 * auxiliaries: "I would have waited until September" has two, too few to be a claim of its own.
 */
export function quoteContentWords(d: ResolvedDocument, q: Quote): number {
  const tokens = withoutInsertions(d.tokens.slice(tokenIndexAt(d.tokens, q.span.start), tokenIndexAt(d.tokens, q.span.end)));
  return tokens.filter((t) => t.kind !== 'punctuation' && CONTENT_POS.has(t.pos) && !AUXILIARY.has(t.lemma.toLowerCase())).length;
}

/** The content lemmas of each sentence of a quote of two or more sentences. */
function quoteSentenceLemmas(d: ResolvedDocument, q: Quote): string[][] {
  const tokens = withoutInsertions(d.tokens.slice(tokenIndexAt(d.tokens, q.span.start), tokenIndexAt(d.tokens, q.span.end)));
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (/^[.!?]$/.test(t.text)) out.push([]);
    else out.at(-1)!.push(t);
  }
  const lemmas = out.map((ts) => [...new Set(contentLemmas(ts))]).filter((l) => l.length > 0);
  return lemmas.length >= 2 ? lemmas : [];
}

/** The quote's content lemmas, without an editor's insertions. */
function quoteLemmas(d: ResolvedDocument, q: Quote): string[] {
  const tokens = d.tokens.slice(tokenIndexAt(d.tokens, q.span.start), tokenIndexAt(d.tokens, q.span.end));
  return [...new Set(contentLemmas(withoutInsertions(tokens)))];
}

/** Each sentence's content senses, once per document. */
const sentenceSenses = new WeakMap<ResolvedDocument, Set<string>[]>();

function sensesOfSentences(d: ResolvedDocument): Set<string>[] {
  let out = sentenceSenses.get(d);
  if (!out) {
    out = d.sentences.map((s) => new Set(contentLemmas(d.tokens.slice(s.tokenStart, s.tokenEnd)).flatMap(senses)));
    sentenceSenses.set(d, out);
  }
  return out;
}

/** "He said crew members kept shouting…" right after a sentence that names or quotes the speaker: the pronoun is theirs. */
const PRONOUN_CUE = /^(?:He|She|They)\s+(?:also\s+)?(?:said|says|added|told|explained|recalled|described|warned|insisted|stressed)\b/;

function continuesSpeaker(d: ResolvedDocument, i: number, names: (k: number) => boolean): boolean {
  if (i === 0 || !PRONOUN_CUE.test(d.doc.text.slice(d.sentences[i]!.span.start, d.sentences[i]!.span.start + 40))) return false;
  // Only in the same block, and only the sentence just before: a pronoun reaches no further back here.
  return d.sentences[i - 1]!.block === d.sentences[i]!.block && names(i - 1);
}

/**
 * A sentence of `d` that names `speaker` (a mention of one of its local entities, or a
 * quote `d` gives them) and carries most of `words`.
 */
function indirectSpeech(graph: ClaimGraph, d: ResolvedDocument, di: number, speaker: string, words: readonly string[], figures: readonly Value[], sentences: readonly (readonly string[])[] = []) {
  const locals = d.entities.filter((e) => graph.entityOf.get(`${di}:${e.id}`) === speaker);
  if (locals.length === 0) return undefined;
  const spans = locals.flatMap((e) => e.mentions);
  const localIds = new Set(locals.map((e) => e.id));
  const quoted = d.quotes.filter((q) => q.speaker !== undefined && localIds.has(q.speaker)).map((q) => q.sentence);
  const all = sensesOfSentences(d);
  const within = (k: number) => (m: { start: number; end: number }) => m.start < d.sentences[k]!.span.end && d.sentences[k]!.span.start < m.end;
  // Does sentence k name the speaker, or quote them?
  const names = (k: number) => quoted.some(within(k)) || spans.some(within(k));
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    const inside = within(i);
    // The speaker's own words in the other source: another translation of the remark may share
    // only two senses ("It borders on a miracle that no one lost their life" / "It is a small
    // miracle that nobody was killed"); a sentence that only names the speaker needs three.
    const own = quoted.some(inside);
    if (!own && !spans.some(inside) && !continuesSpeaker(d, i, names)) continue;
    const have = all[i]!;
    const shared = words.filter((w) => senses(w).some((x) => have.has(x))).length;
    // A short quote ("nobody came to look at the wall") is told when all its content words are.
    const need = Math.min(own ? MIN_SHARED_OWN : MIN_SHARED, Math.max(2, words.length));
    if (shared >= need && shared / Math.min(words.length, have.size) >= MIN_SHARE) return s.span;
    // One sentence of the remark told whole, in a sentence that names the speaker.
    if (spans.some(inside) && sentences.some((ws) => ws.length >= MIN_SHARED_OWN && ws.every((w) => senses(w).some((x) => have.has(x))))) return s.span;
    if (figures.length > 0 && d.values.some((w) => w.span.start >= s.span.start && w.span.end <= s.span.end && figures.some((v) => sameValue(v, w)))) return s.span;
  }
  return undefined;
}
