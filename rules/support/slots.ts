import { EMPTY_LEMMAS, eventClass, GENERIC_PERSON, measureOf, normLemma, sameSense, senses, type ClaimGraph, type Fact, type Mention, type ResolvedDocument, type Span, type Token, type Value, type ValueKind } from '@factlint/core';
import { ofAnotherEvent } from './other-events.js';

/**
 * A value in its clause, read the way a reader would: what it counts (the unit
 * noun), what happened to what it counts (the verb or event), how sure the writer
 * is (hedges), what it is qualified by (a year, a preposition), and which words
 * surround it. The value rules (number-, date- and place-mismatch) compare slots
 * across documents instead of whole clauses, because one clause often carries
 * several values about different things ("killing 12 and injuring 50").
 */
export type Hedge = 'min' | 'max' | 'near' | 'approx';

export interface Slot {
  doc: number;
  fact: Fact;
  value: Value;
  kind: ValueKind;
  /** What to point at: hedge + value + counted noun ("at least 12 workers"). */
  span: Span;
  text: string;
  hedge?: Hedge;
  /** "dozens", "thousands", "several": not a figure anyone can contradict. */
  vague: boolean;
  /** "two more workers": an increment, not a total. */
  increment: boolean;
  /** "including one child": a part of another count. */
  subset: boolean;
  /** "318 of the 421 flights": the 421, the whole a count was part of. */
  whole: boolean;
  /** "318 of the 421 flights": the 318, a count told as part of a whole. */
  part: boolean;
  /** "if talks fail, the next strike could last two days": a figure of what may happen, not of what did. */
  hypothetical: boolean;
  /** "kill more than 100 people a year", "£36 a month": a rate, no count of one happening. */
  perPeriod: boolean;
  /** The counted noun, normalised ("worker", "project"). */
  unit?: string;
  /** Other words of the counted noun phrase ("registered", "joint"). */
  unitWords: string[];
  /** The verb that governs the value ("kill" in "killing 12"). */
  verb?: string;
  /** The kind of event the value counts (death, injury, …), when known. */
  event?: string;
  /** Normalised content lemmas near the value. */
  local: string[];
  /** Ordering words near the value ("next", "last", "first"): the next meeting is not the last one. */
  marks: string[];
  /** Words the value's phrase hangs on ("signed at …", "factory in …", "arrived … on"). */
  head: string[];
  /** The verb among `head`: what happened at the time or place ("arrive" in "arrived at the centre at 10.38pm"). */
  headVerb?: string;
  /** The preposition before the value ("on", "until", "near"). */
  prep?: string;
  /** For a town compared in place of a venue no table knows ("Korai station in Jajpur district"): the venue. */
  venue?: Value;
  /** Where someone spoke ("Cricket Australia said in Melbourne"), not where the story's events happened. */
  spoken?: boolean;
  /** Who spoke there: the first person the clause names ("Speaking in Auckland, Finance Minister Simon Aldous said"). */
  speaker?: string;
  /** A date qualifying a figure ("1.1% in 2025"): figures for different dates are different facts. */
  qualifier?: string;
  /**
   * What a figure states: a level reached ("to 1.25%", "at 3.75%"), a level left
   * ("from 1.5%"), or a change or plain count (anything else).
   */
  figureRole: 'level' | 'from' | 'change' | 'count';
  /** An age ("Rina Akter, 23"): compared only with the same person's age. */
  age: boolean;
  owner?: string;
  /** The global entity of the clause's subject. */
  subject?: string;
  entities: Set<string>;
  factLemmas: string[];
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

function parseSimpleNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return WORD_NUMBERS[t];
}

/** Verbs a length of time hangs on that say nothing of what lasted: "the meeting lasted an hour". */
const LASTING = /^(?:last|take|run|continue|drag)$/;

/**
 * The noun that lasted, back from the verb before a length of time: "a closed-door meeting
 * between the two leaders that lasted an hour and a half" is the meeting, not the leaders; the
 * noun an "of", "between" or "with" phrase hangs on is the head.
 */
function whatLasts(toks: readonly Token[], fa: number, va: number): string | undefined {
  let verbAt = va - 1;
  while (verbAt > fa && toks[verbAt]!.pos !== 'VERB') verbAt--;
  let found: string | undefined;
  for (let k = verbAt - 1, n = 0; k >= fa && n < 10; k--, n++) {
    const t = toks[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || /^(?:that|which)$/i.test(t.text)) continue;
    if (t.pos === 'NOUN') {
      found = normLemma(t.lemma);
      // "meeting between the two leaders": the phrase's noun yields to the one it hangs on.
      let m = k - 1;
      while (m >= fa && (toks[m]!.pos === 'DET' || toks[m]!.pos === 'ADJ' || toks[m]!.pos === 'NUM' || toks[m]!.pos === 'NOUN')) m--;
      if (m >= fa && /^(?:between|with|of|among)$/i.test(toks[m]!.text)) {
        k = m;
        continue;
      }
      return found;
    }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    if (found) return found;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON') break;
  }
  return found;
}

/** Verbs of ending: "the debate closed after some 17 hours" tells how long the debate lasted. */
const ENDING = /^(?:end|close|finish|conclude|wrap|adjourn|break)$/;

/** "…, the debate has now closed, after some 17 hours": a length of time an ending verb came after. */
function endedAfter(toks: readonly Token[], fa: number, at: number): boolean {
  let k = at - 1;
  if (k < fa || !/^(?:after|following)$/i.test(toks[k]!.text)) return false;
  k--;
  if (k >= fa && toks[k]!.text === ',') k--;
  while (k >= fa && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  return k >= fa && toks[k]!.pos === 'VERB' && ENDING.test(toks[k]!.lemma.toLowerCase());
}

/** Whose the whole is, after "of": "the", "its", "the German carrier's". */
const WHOLE_OWNER = "(?:the|its|their|his|her|our|(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+['’]s?)";

/** "most of Rhenania's", "half of the": a quantifier before a whole. */
const QUANTIFIED_WHOLE = new RegExp(`\\b(?:most|many|some|all|half|none|few|several|majority|minority|rest)\\s+of\\s+${WHOLE_OWNER}\\s+$`, 'iu');

const DEICTIC_DAY = /^(?:today|tonight|tomorrow|yesterday)$/i;

/** Between a part and its whole: "318 of the 421 flights", "280 of its 421 flights". */
const PARTITIVE_GAP = new RegExp(`^\\s+of\\s+(?:a\\s+total\\s+of|${WHOLE_OWNER})\\s+$`, 'iu');

/** The counted noun after a figure's tokens: the last noun of the compound ("flights", "cabin crew members"). */
function countedAfter(toks: readonly Token[], from: number, to: number): string | undefined {
  let found: string | undefined;
  for (let k = from; k < to && k < from + 4; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' && !DEICTIC_DAY.test(t.text) && !(found && participleAfterPlural(toks, k))) found = normLemma(t.lemma);
    else if (found || (t.pos !== 'ADJ' && t.text !== '-' && !(t.pos === 'VERB' && /ed$/.test(t.text) && toks[k + 1]?.pos === 'NOUN'))) break;
  }
  return found;
}

/** "Of the 310,144 ballots cast, …": a whole named before the comma that opens its sentence. */
const FRONTED_WHOLE = /^\s*Of\s+(?:the|its|their|this|these|those|last\s+\p{L}+['’]s)\s+(?:\d[\d,.]*\d\s+)?[^,;:\d]{1,60},\s/u;

/**
 * "Of the 310,144 ballots cast, 305,758 were valid and 4,386 were rejected": a bare count in a
 * sentence that opens with its whole counts what the whole counts (ballots), as a part of it.
 */
function frontedPartitive(dt: DocText, v: Value): string | undefined {
  const sentence = dt.sentenceOf(v.span);
  if (!sentence) return undefined;
  const m = FRONTED_WHOLE.exec(dt.doc.doc.text.slice(sentence.span.start, v.span.start));
  if (!m) return undefined;
  // The whole's noun, as a figure's counted noun is read: after "Of the" and any figure, up to the comma.
  const comma = dt.range({ start: sentence.span.start + m[0].lastIndexOf(','), end: sentence.span.start + m[0].length })[0];
  let from = sentence.tokenStart + 2;
  while (from < comma && dt.tokens[from]!.pos === 'NUM') from++;
  return countedAfter(dt.tokens, from, comma);
}

/** Participles the tagger reads as nouns after a plural: "ballots cast", "votes counted". */
const NOUNLIKE_PARTICIPLE = /^(?:cast|held|won|lost|sold|paid|spent|built|made|taken|given|seen|kept|left|hit|cut|shut|set|put|run|read|sent|found|struck|\p{L}+ed)$/iu;

/** A row's label before its figure: "- Still missing: 3", "Residents evacuated …: 118". */
const ROW_LABEL = /^\s*(?:[-•*–]|\d{1,2}[.)])\s+[^:\n]{2,120}:\s*(?:(?:about|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$/i;

/** Is token `k` a participle after a plural noun ("ballots cast"), not the head of a compound? */
function participleAfterPlural(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  return prev !== undefined && prev.pos === 'NOUN' && prev.lemma.toLowerCase() !== prev.text.toLowerCase() && NOUNLIKE_PARTICIPLE.test(toks[k]!.text);
}

/** A change noun, then a verb of amounting: "the increase works out at", "the cut amounts to". */
const CHANGE_AMOUNTS_TO = /\b(?:increase|rise|hike|cut|fall|drop|reduction|jump)s?\b[^.;:]{0,30}?\b(?:works?|worked|comes?|came|amounts?|amounted|totals?|totalled|totaled)\s+(?:out\s+)?(?:at|to)\s+(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under))?\s*$/i;

/** "put the national turnout at", "estimated the crowd at", "pegged the death toll at": the noun a figure is set at. */
const PUT_AT = /\b(?:put|puts|putting|estimated|estimates|estimate|estimating|placed|places|place|pegged|pegs|set|sets)\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+at\s+(?:about|around|roughly|some|nearly|almost|more\s+than|at\s+least|just\s+over|just\s+under)?\s*$/u;

/** Nouns that only say how a figure was measured: "an average of", "a median of", "a total of". */
const TRANSPARENT_MEASURE = /^(?:average|median|mean|total|maximum|minimum|peak|high|low)$/i;

/** Verbs that report a clause ("said 40 people were hurt"), whose figure is the clause's subject. */
const SAYING = new Set(['say', 'add', 'report', 'announce', 'confirm', 'note', 'tell', 'state', 'believe', 'think', 'show', 'indicate', 'suggest']);

const TIME_NOUN = /^(?:second|minute|hour|day|week|month|year|decade|century|night|old)s?$/i;
/** "Turnout was 42.2%", "a majority of 3,435": the word before the copula is what the figure measures. */
const COPULA_BEFORE = /\b\p{L}+(?=\s+(?:was|is|were|are|stood at|stands at|came to|comes to|of)\s+(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$)/u;
/** "Turnout fell to 71.4%": the word before a verb of moving to the figure. */
const MOVED_TO_BEFORE = /\b\p{L}+(?=\s+(?:fell|rose|dropped|slipped|climbed|jumped|increased|decreased|edged\s+(?:up|down))\s+to\s+(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$)/u;
/**
 * "said in Melbourne", "told reporters at", "speaking in Orléans", "Speaking to reporters in
 * Great Falls": the place of a statement.
 */
const SPOKEN_AT = /\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|the\s+\p{L}+)|(?:[Ss]peaking|spoke|[Tt]alking|talked)(?:\s+to\s+(?:reporters|journalists|the\s+\p{L}+))?|announced|added|wrote|posted)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:in|at|from)\s+(?:the\s+)?$/u;
/**
 * A condition before a figure makes it a prospect. Modals alone do not: "repairs could cost
 * around $40 million" is the same estimate another outlet gives as "would cost about $48 million".
 */
const MAY_HAPPEN = new Set(['if', 'unless', 'If', 'Unless']);
/** "the union's next walkout, a 72-hour strike": a figure of an event still to come. */
const NEXT_EVENT_BEFORE = /\b(?:next|further|another|fresh|upcoming)\s+(?:[\p{L}'’-]+[\s,]+){0,6}(?:an?|the)\s+$/iu;
const SUBORDINATE = /^(?:after|before|when|while|whereas|until|since|because|as|although|though)$/i;
/** Units of measure: in "the 86-metre dam" the figure counts metres, and the dam is what is measured. */
export const MEASURE = /^(?:meter|kilometer|centimeter|millimeter|km|cm|mm|foot|feet|ft|inch|yard|mile|acre|hectare|tonne|ton|kilogram|kg|gram|pound|lb|liter|gallon|storey|story|floor|lane|seat|bed|page)$/;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const MARKS = new Set(['next', 'last', 'first', 'previous', 'final', 'initial', 'latest', 'second', 'third', 'new', 'original']);

/** Tokens of a document, searchable by offset. */
export class DocText {
  readonly tokens: readonly Token[];
  constructor(readonly doc: ResolvedDocument) {
    this.tokens = doc.tokens;
  }

  /** Index of the first token that ends after `offset`. */
  private lower(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.span.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token index range [first, last) covering a span. */
  range(span: Span): [number, number] {
    const a = this.lower(span.start);
    let b = a;
    while (b < this.tokens.length && this.tokens[b]!.span.start < span.end) b++;
    return [a, b];
  }

  text(span: Span): string {
    return this.doc.doc.text.slice(span.start, span.end);
  }

  /** The sentence that holds `span` whole, found by binary search (sentences are in text order). */
  sentenceOf(span: Span): ResolvedDocument['sentences'][number] | undefined {
    const sentences = this.doc.sentences;
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.span.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo];
    return s && s.span.start <= span.start && span.end <= s.span.end ? s : undefined;
  }
}

const HEDGES: [RegExp, Hedge][] = [
  [/\b(?:at least|more than|over|upwards of|in excess of|above|no fewer than|no less than|a minimum of)\s*$/i, 'min'],
  [/\b(?:at most|fewer than|less than|under|up to|as many as|as much as|no more than|below|a maximum of)\s*$/i, 'max'],
  [/\b(?:nearly|almost|just under|close to|approaching|short of|not quite)\s*$/i, 'near'],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|c\.|or so|approx\.?|round about|just over|more or less)\s*$/i, 'approx'],
];
/** "shortly before 11pm" is a bound on the clock: some minutes before it, not after. */
const TIME_HEDGES: [RegExp, Hedge][] = [
  [/\b(?:shortly|just|soon|moments|minutes)\s+before\s*$/i, 'max'],
  [/\b(?:shortly|just|soon|moments|minutes)\s+after\s*$/i, 'min'],
];
/** The same hedges at the start of a value's own text ("about 30 km"). */
const HEDGES_INSIDE: [RegExp, Hedge][] = HEDGES.map(([re, h]) => [new RegExp(`^${re.source.replace(/\\s\*\$$/, '\\s+')}`, 'i'), h]);
const VAGUE = /^(?:dozens|hundreds|thousands|millions|scores|several|a few|many|tens of|a handful|some)\b/i;

/** Global entity ids of a document's mentions. */
export class EntityLookup {
  private readonly index = new Map<number, { start: number; end: number; id: string }[]>();
  constructor(private readonly graph: ClaimGraph) {}

  private spans(doc: number) {
    let list = this.index.get(doc);
    if (!list) {
      list = [];
      for (const e of this.graph.documents[doc]!.entities) {
        const id = this.graph.entityOf.get(`${doc}:${e.id}`) ?? `${doc}:${e.id}`;
        for (const m of e.mentions) list.push({ start: m.start, end: m.end, id });
      }
      list.sort((a, b) => a.start - b.start);
      this.index.set(doc, list);
    }
    return list;
  }

  of(doc: number, span: Span): string | undefined {
    const list = this.spans(doc);
    // Mentions are short: look only at those starting shortly before the span.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < span.start - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i]!.start < span.end; i++) {
      const m = list[i]!;
      if (m.start < span.end && span.start < m.end) return m.id;
    }
    return undefined;
  }

  ofMention(doc: number, m: Mention | undefined): string | undefined {
    return m ? this.of(doc, m.span) : undefined;
  }
}

/** Values the analyser leaves out that the value rules need: "an eight-storey factory". */
function hyphenNumbers(dt: DocText, fact: Fact): Value[] {
  const out: Value[] = [];
  const [a, b] = dt.range(fact.span);
  const toks = dt.tokens;
  for (let i = a; i + 2 < b; i++) {
    const n = toks[i]!;
    const h = toks[i + 1]!;
    const w = toks[i + 2]!;
    if (h.text !== '-' || h.span.start !== n.span.end || w.span.start !== h.span.end) continue;
    if (w.pos !== 'NOUN' || TIME_NOUN.test(w.text)) continue;
    if (fact.values.some((v) => v.span.start < n.span.end && n.span.start < v.span.end)) continue;
    const value = parseSimpleNumber(n.text);
    if (value === undefined) continue;
    out.push({ kind: 'number', span: n.span, text: n.text, value, unit: w.lemma });
  }
  return out;
}

/**
 * "one year and six months" and "a year and a half" are one length of time;
 * the analyser reads them as two values, or as one too short.
 */
function mergeDurations(dt: DocText, values: Value[]): Value[] {
  const text = dt.doc.doc.text;
  const out: Value[] = [];
  const sorted = [...values].sort((x, y) => x.span.start - y.span.start);
  for (let i = 0; i < sorted.length; i++) {
    let v = sorted[i]!;
    if (v.kind === 'duration' && typeof v.value === 'number') {
      while (i + 1 < sorted.length) {
        const w = sorted[i + 1]!;
        if (w.kind !== 'duration' || typeof w.value !== 'number' || !/^\s*and\s*$/.test(text.slice(v.span.end, w.span.start))) break;
        v = { ...v, span: { start: v.span.start, end: w.span.end }, text: text.slice(v.span.start, w.span.end), value: (v.value as number) + w.value };
        i++;
      }
      const half = /^\s+and\s+a\s+half\b/.exec(text.slice(v.span.end, v.span.end + 20));
      if (half && /\b(?:a|an|one)\s+\w+$/i.test(v.text)) {
        v = { ...v, span: { start: v.span.start, end: v.span.end + half[0].length }, text: text.slice(v.span.start, v.span.end + half[0].length), value: (v.value as number) * 1.5 };
      }
    }
    out.push(v);
  }
  return out;
}

/** "2.9% of those given a placebo", "12% of those who took it": a share of a group the clause describes, not part of a count. */
const SHARE_OF_GROUP = /^\s+of\s+th(?:ose|ese)\s+(?:who\b|\p{Ll}+(?:ed|en)\b|(?:on|in|given|taking|receiving)\b)/iu;

/** Words that may be a past participle the tagger read as a noun ("spread over", "held at"). */
const PARTICIPLE_LIKE = /^(?:\p{Ll}+ed|spread|held|set|cut|put|hit|run|split|shut|left|lost|built|brought|kept|sent|spent|seen|shown|given|taken|broken|chosen)$/u;

/** After a figure and its noun: "a year", "per day", "annually" make it a rate. */
// ("about 20,000 tonnes of sulphur dioxide a day"; not "a day after", "a year ago".)
const PER_PERIOD_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|season)|annually|yearly|monthly|weekly|daily)\b(?!\s+(?:after|before|later|earlier|ago|on|of)\b)/iu;

export interface SlotOptions {
  kinds: ReadonlySet<ValueKind>;
  /** Extra values to consider for a fact (e.g. places the analyser skipped). */
  extra?: (doc: number, fact: Fact) => Value[];
}

function inValue(values: readonly Value[], t: Token, except: Value): boolean {
  return values.some((v) => v !== except && v.kind !== 'place' && v.span.start < t.span.end && t.span.start < v.span.end);
}

/** Every value of the given kinds in every fact of every document, in context. */
export function collectSlots(graph: ClaimGraph, opts: SlotOptions): Slot[] {
  const entities = new EntityLookup(graph);
  const slots: Slot[] = [];
  graph.documents.forEach((doc, di) => {
    const dt = new DocText(doc);
    const seen = new Map<string, Slot>();
    // Smaller clauses first: a relative clause is the closest context of its values.
    const facts = [...doc.facts].sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
    for (const fact of facts) {
      const values = mergeDurations(dt, [...fact.values, ...hyphenNumbers(dt, fact), ...(opts.extra?.(di, fact) ?? [])]);
      for (const v of values) {
        if (!opts.kinds.has(v.kind) || ofAnotherEvent(doc.doc.text, fact, v)) continue;
        const key = `${v.kind}:${v.span.start}:${v.span.end}`;
        if (seen.has(key)) continue;
        const slot = readSlot(graph, entities, dt, di, fact, v, values);
        seen.set(key, slot);
        slots.push(slot);
      }
    }
  });
  return slots;
}

function readSlot(graph: ClaimGraph, entities: EntityLookup, dt: DocText, di: number, fact: Fact, v: Value, values: readonly Value[]): Slot {
  const text = dt.doc.doc.text;
  const toks = dt.tokens;
  const [fa, fb] = dt.range(fact.span);
  const [va, vb] = dt.range(v.span);
  const before = text.slice(Math.max(fact.span.start, v.span.start - 40), v.span.start);
  const after = text.slice(v.span.end, Math.min(fact.span.end, v.span.end + 40));

  let hedge: Hedge | undefined;
  let start = v.span.start;
  // "$150 million over five years", "the Amazon Fund over five years", "spread over two days":
  // "over" before a length of time is the span something happens across; it means "more than"
  // only after "for", a verb of lasting or a copula ("for over five years", "lasted over two hours").
  const across = v.kind === 'duration' && /\bover\s*$/i.test(before) && !/\b(?:for|last|lasts|lasted|lasting|took|take|takes|taking|waited|wait|spent|spend|served|serve|been|be|is|was|were|are|of|in|within|after)\s+over\s*$/i.test(before) && !/^\s*(?:ago|old|later|earlier)\b/i.test(after);
  for (const [re, h] of v.kind === 'time' ? [...TIME_HEDGES, ...HEDGES] : HEDGES) {
    const m = re.exec(before);
    if (m && !(across && /over\s*$/i.test(m[0]))) {
      hedge = h;
      start = v.span.start - (before.length - m.index);
      break;
    }
  }
  if (!hedge) {
    const inner = HEDGES_INSIDE.find(([re]) => re.test(v.text));
    if (inner) hedge = inner[1];
  }
  if (!hedge && /^\s*(?:or more|-plus|\+)/i.test(after)) hedge = 'min';
  // "$11 billion a year", "twice a day": a rate, not a length of time.
  const rate = v.kind === 'duration' && /^(?:a|an|per)\s+(?:year|month|week|day|hour|minute)$/i.test(v.text.trim()) && /(?:\d|\b(?:million|billion|thousand|once|twice|times))\s*$/i.test(before);
  const vague = rate || VAGUE.test(v.text) || (v.kind === 'number' && /^(?:dozens?|hundreds|thousands|scores)$/i.test(v.text.trim()));
  const increment = /^\s*(?:more|additional|further|extra|new)\b/i.test(after) || /\b(?:another|an additional|a further)\s*$/i.test(before);
  // "including one child", "12 of the injured": a part of another count.
  // "12 of the 40 passengers" is part of a count; "1.6 billion euros of the financial resources of
  // Iran" names what the sum is.
  // "cancelled 318 of the 421 flights": the part is the clause's count of flights, and the whole
  // is the count it was part of, which the clause's verb does not govern.
  const partitive = (x: Value, y: Value) => x.kind === 'number' && y.kind === 'number' && PARTITIVE_GAP.test(text.slice(x.span.end, y.span.start));
  const wholeOf = v.kind === 'number' ? values.find((w) => w.span.start > v.span.end && w.span.start - v.span.end < 40 && partitive(v, w)) : undefined;
  // "most of Rhenania's 1,600 pilots" is a whole too.
  const whole = v.kind === 'number' && (values.some((w) => w.span.end <= v.span.start && v.span.start - w.span.end < 40 && partitive(w, v)) || QUANTIFIED_WHOLE.test(before));
  // ("including about 912,000 in the United States": a hedge may stand between.)
  const subset = !wholeOf && (/\b(?:including|among them|of whom|of them|of which)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|over|at least)\s+)?$/i.test(before) || (v.kind !== 'money' && /^\s+of\s+(?:the|them|those|whom|these)\b/i.test(after) && !(v.kind === 'percent' && SHARE_OF_GROUP.test(after))));
  // "the union's next walkout, a 72-hour strike", "further action in the form of a 72-hour
  // walkout": a figure of an event still to come is no figure of the one that happened.
  const hypothetical = toks.slice(Math.max(fa, va - 12), va).some((t) => MAY_HAPPEN.has(t.text)) || NEXT_EVENT_BEFORE.test(text.slice(Math.max(fact.span.start, v.span.start - 70), v.span.start));
  const perPeriod = v.kind !== 'duration' && PER_PERIOD_AFTER.test(after);

  // The counted noun: the last noun of the noun phrase after the value.
  let unit: string | undefined;
  let frontedWhole: string | undefined;
  const unitWords: string[] = [];
  let end = v.span.end;
  let j = vb;
  if (v.kind === 'number' || v.kind === 'percent') {
    if (j < fb && toks[j]!.text === '-' && toks[j]!.span.start === toks[j - 1]?.span.end) j++;
    for (let k = 0; j < fb && k < 4; j++, k++) {
      const t = toks[j]!;
      const nextIsNoun = toks[j + 1]?.pos === 'NOUN';
      // "421 flights today": the day is when, not what is counted; so is "jobs last month".
      if (DEICTIC_DAY.test(t.text)) break;
      if (unit && /^(?:last|next|this|previous|coming|past)$/i.test(t.text) && TIME_NOUN.test(toks[j + 1]?.text ?? '')) break;
      // "9,412 MW", "18 GWh": a unit's symbol, however the tagger reads capitals.
      if (k === 0 && !unit && /^[A-Za-z]{1,4}$/.test(t.text) && measureOf(1, t.text.toLowerCase()) !== undefined) {
        // "240 km/h": the kilometres are an hour's.
        if (/^km$/i.test(t.text) && toks[j + 1]?.text === '/' && /^h\.?$/i.test(toks[j + 2]?.text ?? '')) {
          unit = 'km/h';
          // "km/h." at a sentence's end: the tokenizer keeps the full stop on the "h".
          end = toks[j + 2]!.span.start + 1;
          j += 2;
          continue;
        }
        unit = normLemma(t.text.toLowerCase());
        end = t.span.end;
        continue;
      }
      // "185 kilometers per hour", "90 miles an hour": a speed.
      if ((unit === 'kilometer' || unit === 'mile') && /^(?:per|an|a)$/i.test(t.text) && /^hour$/i.test(toks[j + 1]?.text ?? '')) {
        unit = unit === 'mile' ? 'mph' : 'km/h';
        end = toks[j + 1]!.span.end;
        j++;
        continue;
      }
      if (unit && participleAfterPlural(toks, j)) break;
      // "four Earth-imaging satellites": a capitalised compound before the noun qualifies it.
      const compound = t.pos === 'PROPN' && toks[j + 1]?.text === '-' && toks[j + 1]!.span.start === t.span.end && /^\p{Ll}/u.test(toks[j + 2]?.text ?? '');
      if (t.pos === 'NOUN' || t.pos === 'ADJ' || compound || (t.pos === 'VERB' && nextIsNoun && /(?:ed|ing)$/.test(t.text))) {
        // "145-mph winds", "9,412 MW of generation": what a measure measures is no unit of its own.
        if (unit && (MEASURE.test(unit) || measureOf(1, unit) !== undefined)) unitWords.push(normLemma(t.lemma));
        else if (t.pos === 'NOUN' || (k === 0 && MEASURE.test(normLemma(t.lemma)))) {
          if (unit) unitWords.push(unit);
          unit = normLemma(t.lemma);
          end = t.span.end;
        } else unitWords.push(normLemma(t.lemma));
        continue;
      }
      if (t.text === '-' && toks[j + 1] && toks[j + 1]!.span.start === t.span.end) continue;
      break;
    }
    if (!unit && v.unit && v.unit !== 'years old' && /^[a-z]+$/.test(v.unit)) unit = normLemma(v.unit);
    if (!unit && wholeOf) unit = countedAfter(toks, dt.range(wholeOf.span)[1], fb);
    if (!unit && !wholeOf && !whole) {
      frontedWhole = frontedPartitive(dt, v);
      if (frontedWhole) unit = frontedWhole;
    }
    // "Turnout was 42.2%", "Inflation stood at 3.1%", "a majority of 3,435": the copula's subject, or
    // the noun the figure is "of", is what the figure measures.
    if (!unit) {
      // "Turnout fell to 71.4%": for a share, a subject that moved to it is measured by it too.
      const copula = COPULA_BEFORE.exec(text.slice(fact.span.start, start)) ?? (v.kind === 'percent' ? MOVED_TO_BEFORE.exec(text.slice(fact.span.start, start)) : null);
      const subjectTok = copula ? toks[dt.range({ start: fact.span.start + copula.index, end: fact.span.start + copula.index + 1 })[0]] : undefined;
      // A sentence's first word is capitalised and often tagged a proper noun ("Turnout").
      const opening = subjectTok !== undefined && subjectTok.span.start === fact.span.start && subjectTok.pos === 'PROPN';
      if (subjectTok && (subjectTok.pos === 'NOUN' || opening)) unit = normLemma(subjectTok.lemma.toLowerCase());
    }
    // "The ministry put the national turnout at 580,000", "officials estimated the crowd at 8,000":
    // what is put at a figure is what it counts.
    if (!unit) {
      const put = PUT_AT.exec(text.slice(fact.span.start, start));
      if (put) unit = put[1]!.toLowerCase() === 'toll' ? 'people' : normLemma(put[1]!.toLowerCase());
    }
    if (unit && TIME_NOUN.test(unit) && v.kind === 'number') unit = unit === 'old' ? undefined : unit;
    // "58 people had been on board", "64 migrants aboard": people on board a vessel are its passengers.
    if (unit && (GENERIC_PERSON.has(unit) || unit === 'migrant') && /^\s*(?:\p{L}+\s+){0,2}?(?:(?:had\s+been|have\s+been|were|was|are|is)\s+)?(?:on\s+board|aboard)\b/u.test(text.slice(end, end + 40))) unit = 'passenger';
    // "the bodies of two miners … three others": others of the thing the clause counted before.
    // "32 wildfires were burning in Spain and 14 in Portugal": a bare figure coordinated after a
    // counted one counts the same thing.
    const elided = !unit && /\b(?:and|but|while|with)\s+$|,\s+$/.test(before.slice(-8)) && /^\s+(?:in|at|on|from|for)\s/.test(after);
    if (unit === 'other' || unit === 'more' || elided) {
      const earlier = values.filter((x) => x.kind === 'number' && x.span.end <= v.span.start && x.span.start >= fact.span.start).at(-1);
      const [, eb] = earlier ? dt.range(earlier.span) : [0, 0];
      const noun = earlier ? toks.slice(eb, Math.min(eb + 3, fb)).find((t) => t.pos === 'NOUN') : undefined;
      if (noun) unit = normLemma(noun.lemma);
    }
  } else if (v.kind === 'money') {
    unit = v.unit;
  } else if (v.kind === 'duration') {
    // What lasts: "three years' probation", "a 48-hour strike", "18 months in prison".
    // "after about 11 hours of deliberations", "two days of talks": what the length is of.
    const poss = /^['’]s?\s+|^\s+in\s+(?=prison|jail|custody|office|power|hospital|detention|captivity|exile|orbit|charge\b)|^\s+of\s+(?!the\b|his\b|her\b|their\b|its\b)/i.exec(after);
    const adjectival = /-(?:day|hour|week|month|year|minute)s?$|-long$/i.test(v.text);
    if (poss || adjectival) {
      for (let k = vb; k < fb && k < vb + 4; k++) {
        const t = toks[k]!;
        if (t.pos === 'NOUN') {
          unit = normLemma(t.lemma);
          end = t.span.end;
          // "the week-long vaccination campaign": a compound's head is its last noun; not a
          // participle the tagger took for one ("a 14-hour debate spread over two days").
          if (toks[k + 1]?.pos === 'NOUN' && k + 1 < fb && !(PARTICIPLE_LIKE.test(toks[k + 1]!.text) && toks[k + 2]?.pos === 'ADP')) continue;
          break;
        }
        if (t.pos !== 'ADJ' && t.pos !== 'PUNCT' && t.pos !== 'PART' && t.pos !== 'ADP') break;
      }
    }
  }
  const afterUnit = j;
  // "- Residents evacuated from ul. Jarzębinowa 10: 118", "Firefighters at the scene: 156": a row
  // of a list or a fact sheet counts what its label names, by the label's verb.
  // Only a bulleted row: "Flight 5 carried seven spacecraft for three customers: four …" is a
  // sentence that opens a list, not a label.
  const rowLabel = v.kind === 'number' && ROW_LABEL.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  const labelToks = rowLabel ? toks.slice(fa, va).filter((t) => t.span.end <= start) : [];
  if (rowLabel && !unit) {
    // The label's first word when it is a noun ("Firefighters at the scene"), not one a verb's
    // phrase holds ("Rescued alive from the rubble").
    const first = labelToks.find((t) => /\p{L}/u.test(t.text));
    // (A capitalised participle opening the label is tagged a noun: "Rescued alive …".)
    if (first && (first.pos === 'NOUN' || first.pos === 'PROPN') && !/ed$/i.test(first.text) && !TIME_NOUN.test(normLemma(first.lemma.toLowerCase()))) unit = normLemma(first.lemma.toLowerCase());
  }

  // The governing verb: before the value (object), else after the noun phrase (subject).
  let verb: string | undefined;
  let nounHead: string | undefined;
  const hedgeStartTok = dt.range({ start, end: start + 1 })[0];
  const asideValue = (t: Token) => values.some((x) => (x.kind === 'place' || x.kind === 'date' || x.kind === 'time') && x.span.start <= t.span.start && t.span.end <= x.span.end);
  // "followed 184,312 adults for 11 years": a length after "for" is the verb's, past its object.
  let pastFor = false;
  for (let k = hedgeStartTok - 1, n = 0; k >= fa && n < (pastFor ? 8 : 4) && !whole; k--, n++) {
    const t = toks[k]!;
    if (v.kind === 'duration' && /^for$/i.test(t.text)) pastFor = true;
    if (pastFor && (t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'DET')) continue;
    // "declared at Hartwell Leisure Centre shortly before 3am": the place between is no word of its own.
    if (values.some((x) => x.kind === 'place' && x.span.start <= t.span.start && t.span.end <= x.span.end)) {
      n--;
      continue;
    }
    // "signed this Tuesday (11), at the Planalto Palace, in Brasília, 11 agreements": asides
    // between commas that hold only a date, a time or a place stand between the verb and its object.
    if (t.text === ',') {
      let m = k - 1;
      while (m >= fa && (asideValue(toks[m]!) || toks[m]!.pos === 'ADP' || toks[m]!.pos === 'DET' || /^[()]$/.test(toks[m]!.text))) m--;
      if (m < k - 1 && m >= fa && (toks[m]!.text === ',' || toks[m]!.pos === 'VERB')) {
        k = m + 1;
        n--;
        continue;
      }
    }
    // "banked a life-changing £4.3million": a compound adjective before the figure is no verb of it.
    if (t.pos === 'VERB' && toks[k - 1]?.text === '-' && toks[k - 1]!.span.end === t.span.start && k - 2 >= fa && toks[k - 2]!.span.end === toks[k - 1]!.span.start) {
      k -= 2;
      n--;
      continue;
    }
    // "followed them for an average of 11 years", "a total of 310,144": the measure's own words
    // stand between the verb and its figure.
    if (t.text === 'of' && TRANSPARENT_MEASURE.test(toks[k - 1]?.text ?? '') && k - 2 >= fa && /^(?:an?|the)$/i.test(toks[k - 2]!.text)) {
      k -= 2;
      n--;
      continue;
    }
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have')) {
      verb = t.lemma.toLowerCase();
      break;
    }
    if (t.pos === 'NOUN') {
      nounHead = normLemma(t.lemma);
      break;
    }
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'PRON' || t.pos === 'PROPN') break;
  }
  // "The commission said 1,725 ballots were spoiled": the figure opens the said clause and is
  // the subject of its verb, not the object of the saying.
  if (verb && SAYING.has(verb) && /^(?:AUX|VERB)$/.test(toks[afterUnit]?.pos ?? '') && afterUnit < fb) verb = undefined;
  if (!verb) {
    for (let k = afterUnit, n = 0; k < fb && n < 4; k++, n++) {
      const t = toks[k]!;
      if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
      if (t.pos === 'VERB') verb = t.lemma.toLowerCase();
      break;
    }
  }

  if (rowLabel && !verb) {
    const labelVerb = labelToks.find((t) => t.pos === 'VERB');
    if (labelVerb) verb = labelVerb.lemma.toLowerCase();
  }
  // Words around the value.
  const W = 6;
  const local: string[] = [];
  const marks: string[] = [];
  if (v.kind === 'duration' && !unit) {
    // "a sentence of 18 months", "probation for three years", "off stage for around 25 minutes"
    // (past the hedge).
    const from = Math.min(va, hedgeStartTok);
    const prev = toks[from - 1];
    const head = toks[from - 2];
    if (prev && head && /^(?:of|for)$/i.test(prev.text) && head.pos === 'NOUN') unit = normLemma(head.lemma);
    else if (nounHead) unit = nounHead;
    else if (verb && LASTING.test(verb)) unit = whatLasts(toks, fa, va);
    else if (!verb && endedAfter(toks, fa, hedgeStartTok)) unit = whatLasts(toks, fa, hedgeStartTok);
  }
  let event = (verb && eventClass(verb)) || (nounHead && eventClass(nounHead)) || (unit && eventClass(unit)) || undefined;
  let nearest: string | undefined;
  let nearestDist = Infinity;
  // A relative clause ending at its figure ("Matenga, who made 87, walked off shaking his head"):
  // the main clause's words around it tell which fact it is too.
  let windowEnd = Math.min(fb, vb + 8);
  if (fact.subject && vb >= fb - 1) {
    const sentence = dt.sentenceOf(fact.span);
    if (sentence) windowEnd = Math.min(sentence.tokenEnd, vb + 8);
  }
  // "Two people died and 21 were taken to hospital": a figure with its own verb after a
  // conjunction is no count of the event the clause before it names.
  let ownClause = -1;
  if (verb) {
    for (let k = va - 1; k >= Math.max(fa, va - 8); k--) {
      if (toks[k]!.pos === 'CCONJ') {
        ownClause = k;
        break;
      }
    }
  }
  for (let k = Math.max(fa, va - 8); k < windowEnd; k++) {
    if (k >= va && k < vb) continue;
    const t = toks[k]!;
    // "declared shortly before 3am, after polls closed on Thursday night": what follows a
    // subordinating conjunction after the value is another happening, with its own words.
    if (k >= vb && k > va && SUBORDINATE.test(t.text) && toks[k - 1]?.text === ',') break;
    const lemma = t.lemma.toLowerCase();
    const dist = k < va ? va - k : k - vb + 1;
    if (MARKS.has(lemma)) marks.push(lemma);
    if (!CONTENT_POS.has(t.pos) || inValue(values, t, v)) continue;
    const ec = eventClass(lemma);
    if (ec && dist < nearestDist && k > ownClause) {
      nearest = ec;
      nearestDist = dist;
    }
    if (dist > W) continue;
    const w = normLemma(lemma);
    if (!EMPTY_LEMMAS.has(w) && w.length > 1) local.push(w);
  }
  event ??= nearest;
  // "The death toll rose to 17": a toll counts people.
  if (v.kind === 'number' && !unit && toks.slice(fa, va).some((t) => t.lemma.toLowerCase() === 'toll')) unit = 'people';

  // The preposition and the words the phrase hangs on (dates and places).
  let prep: string | undefined;
  let headVerb: string | undefined;
  const head: string[] = [];
  {
    let k = va - 1;
    // "the town of", "the outskirts of"
    while (k >= fa && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || /^(?:town|city|village|outskirts|edge|suburbs?|centre|center|heart|of|district|province|region)$/i.test(toks[k]!.text)) && va - k < 5) k--;
    if (k >= fa && (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'SCONJ' || /^(?:until|till|since|by|from|on|in|at|near|outside|across)$/i.test(toks[k]!.text))) {
      prep = toks[k]!.text.toLowerCase();
      k--;
    }
    let verbs = 0;
    for (let n = 0; k >= fa && n < 10 && head.length < 4; k--, n++) {
      const t = toks[k]!;
      // Another value's words ("near Aliade in Gwer East Local Government Area at about 11:40
      // a.m. on Friday") are the clause's other modifiers: they do not use up the walk to the verb.
      if (inValue(values, t, v) || values.some((x) => x !== v && x.kind === 'place' && x.span.start < t.span.end && t.span.start < x.span.end)) {
        n--;
        continue;
      }
      if (t.pos === 'VERB' || t.pos === 'NOUN') {
        const w = (t.pos === 'VERB' && phrasalSense(t, toks[k + 1], toks[k - 1])) || normLemma(t.lemma);
        if (!EMPTY_LEMMAS.has(w)) head.push(w);
        if (t.pos === 'VERB' && ++verbs >= 1) {
          headVerb = w;
          // The verb's subject: "the next assessment is scheduled for", "the intrusion began on".
          let q = k - 1;
          while (q >= fa && (toks[q]!.pos === 'AUX' || toks[q]!.pos === 'ADV' || toks[q]!.pos === 'PART')) q--;
          // "The tanker, carrying 33,000 litres of petrol, overturned": past the aside to its subject.
          if (q >= fa && toks[q]!.text === ',') {
            let open = q - 1;
            while (open > fa && q - open < 12 && toks[open]!.text !== ',' && toks[open]!.pos !== 'PUNCT') open--;
            if (open > fa && toks[open]!.text === ',' && toks[open + 1]!.pos === 'VERB' && toks[open - 1]!.pos === 'NOUN') q = open - 1;
          }
          if (q >= fa && toks[q]!.pos === 'NOUN') {
            const subj = normLemma(toks[q]!.lemma);
            if (!EMPTY_LEMMAS.has(subj)) head.push(subj);
            // "The vote on the motion was held": the noun the phrase hangs on is the subject too.
            let m = q - 1;
            while (m >= fa && (toks[m]!.pos === 'DET' || toks[m]!.pos === 'ADJ' || toks[m]!.pos === 'NOUN')) m--;
            if (m - 1 >= fa && /^(?:of|on|over|between|against|for)$/i.test(toks[m]!.text) && toks[m - 1]!.pos === 'NOUN') {
              const owner = normLemma(toks[m - 1]!.lemma);
              if (!EMPTY_LEMMAS.has(owner)) head.push(owner);
            }
          }
          // "a tanker overturned and exploded on Saturday": the date is the first verb's too.
          if (q >= fa + 1 && toks[q]!.pos === 'CCONJ' && toks[q - 1]!.pos === 'VERB') {
            const first = normLemma(toks[q - 1]!.lemma);
            if (!EMPTY_LEMMAS.has(first)) head.push(first);
            const subj = toks[q - 2];
            if (q - 2 >= fa && subj!.pos === 'NOUN' && !EMPTY_LEMMAS.has(normLemma(subj!.lemma))) head.push(normLemma(subj!.lemma));
          }
          break;
        }
        continue;
      }
      if (t.pos === 'PUNCT' && t.text !== '(' && t.text !== ')' && t.text !== ',') break;
    }
    if (!head.some((w) => toks.slice(fa, va).some((t) => t.pos === 'VERB' && normLemma(t.lemma) === w))) {
      // A date or place before its clause ("On 17 August 2022, a crane collapsed"): the verb after,
      // past a long subject ("On the afternoon of 14 July 2029, at approximately 16:00, 12 pupils of
      // Ban Na Phao Lower Secondary School … entered the cave"); it is what happened then.
      const opening = toks.slice(fa, va).every((t) => t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PUNCT' || t.pos === 'ADV' || (t.pos === 'NOUN' && /^(?:afternoon|morning|evening|night|day|dawn|night)$/i.test(t.text)));
      for (let k2 = vb; k2 < fb && k2 < vb + (opening ? 24 : 10); k2++) {
        const t = toks[k2]!;
        if (t.pos === 'VERB' && !inValue(values, t, v)) {
          const w = normLemma(t.lemma);
          if (!EMPTY_LEMMAS.has(w)) {
            head.push(w);
            if (opening && v.kind === 'date') headVerb ??= w;
          }
          break;
        }
      }
    }
  }

  // What the figure states: "rose to 4%" is a level, "rose 4%" and "rose by 4%" a change.
  const prepBefore = /\b(to|at|from|by)\s+$/i.exec(text.slice(Math.max(fact.span.start, start - 6), start))?.[1]?.toLowerCase();
  const CHANGE = /^(?:rise|fall|drop|climb|jump|gain|lose|grow|shrink|increase|decrease|decline|cut|lower|raise|slip|slide|surge|soar|plunge|tumble|weaken|strengthen|ease|contract|expand|add|shed|trim|reduce|hike|sink)$/;
  // "came in at +74,000": a signed figure is a change, whatever the verb.
  const signed = /[+−]$/.test(text.slice(Math.max(0, v.span.start - 1), v.span.start)) || /^[+−]/.test(v.text);
  // "the increase works out at about £32 a month", "the rise comes to 0.25 points": the sum of a
  // change, told through a verb of amounting.
  const amountsToChange = CHANGE_AMOUNTS_TO.test(text.slice(Math.max(fact.span.start, start - 60), start));
  const figureRole: Slot['figureRole'] =
    signed || amountsToChange ? 'change' : prepBefore === 'to' || prepBefore === 'at' ? 'level' : prepBefore === 'from' ? 'from' : prepBefore === 'by' || (verb && CHANGE.test(verb)) ? 'change' : 'count';

  // A date qualifying a figure: "1.1% in 2025", "1.3% this year".
  let qualifier: string | undefined;
  if (v.kind !== 'date' && v.kind !== 'place') {
    const phraseEnd = Math.max(end, v.span.end);
    for (const d of values) {
      if (d.kind !== 'date' || d.span.start < phraseEnd) continue;
      const between = text.slice(phraseEnd, d.span.start);
      if (between.length <= 10 && /^[\s,]*(?:in|for|by|during|over|of)?\s*$/i.test(between)) {
        qualifier = String(d.value);
        break;
      }
    }
  }

  // Ages: "Rina Akter, 23," or "the 47-year-old".
  let age = v.unit === 'years old';
  if (!age && v.kind === 'number' && !unit && Number.isInteger(v.value) && (v.value as number) >= 1 && (v.value as number) <= 110) {
    const prev = toks[va - 2];
    if (/,\s*$/.test(before) && /^\s*(?:[,)]|$)/.test(after) && prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN')) age = true;
    // "Sukhram Pal (68)": an age in brackets after a full name ("Matenga (87)" is a batsman's score).
    if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*\(\s*$/u.test(before) && /^\s*\)/.test(after)) age = true;
  }
  let owner: string | undefined;
  if (age) {
    const doc = graph.documents[di]!;
    // The name before the age ("Rina Akter, 23"), or after it ("68-year-old Sukhram Pal").
    const near =
      doc.mentions.filter((m) => m.span.end <= v.span.start && v.span.start - m.span.end <= 4).at(-1) ??
      doc.mentions.find((m) => m.span.start >= v.span.end && m.span.start - v.span.end <= 12 && /^-?\s*(?:year|yr)s?-old\s+$/i.test(text.slice(v.span.end, m.span.start)) && !!m.name);
    // "then a 19-year-old kid from the academy walks up": an indefinite article brings in someone
    // new, who is not the clause's subject met before.
    const introduced = !near && /\b(?:a|an)\s+$/i.test(before);
    if (!introduced) owner = entities.of(di, near?.span ?? fact.subject?.span ?? { start: -1, end: -1 }) ?? entities.ofMention(di, fact.subject);
  }

  const ents = new Set<string>();
  for (const m of fact.mentions) {
    const id = entities.of(di, m.span);
    if (id) ents.add(id);
  }
  const subject = entities.ofMention(di, fact.subject);
  const spoken = SPOKEN_AT.test(before);
  const speaker = spoken ? fact.mentions.filter((m) => m.type === 'person').map((m) => entities.of(di, m.span)).find((id) => id !== undefined) : undefined;

  const spanEnd = v.kind === 'number' || v.kind === 'percent' ? Math.max(end, v.span.end) : v.span.end;
  return {
    doc: di,
    fact,
    value: v,
    kind: v.kind,
    span: { start, end: spanEnd },
    text: text.slice(start, spanEnd),
    ...(hedge ? { hedge } : {}),
    vague,
    increment,
    subset,
    whole,
    part: wholeOf !== undefined || frontedWhole !== undefined,
    hypothetical,
    perPeriod,
    ...(unit ? { unit } : {}),
    unitWords,
    ...(verb ? { verb } : {}),
    ...(event ? { event } : {}),
    local: [...new Set(local)],
    marks: [...new Set(marks)],
    head: [...new Set(head)],
    // "the death toll from Tuesday's capsize": a possessive date names when its noun happened;
    // the preposition before it governs the noun phrase, not the date.
    ...(prep && !(v.kind === 'date' && /^['’]s\b/.test(after)) ? { prep } : {}),
    ...(spoken ? { spoken: true } : {}),
    ...(speaker ? { speaker } : {}),
    ...(qualifier ? { qualifier } : {}),
    figureRole,
    age,
    ...(owner ? { owner } : {}),
    ...(subject ? { subject } : {}),
    ...(headVerb ? { headVerb } : {}),
    entities: ents,
    factLemmas: [...new Set(fact.lemmas.map(normLemma).filter((w) => !EMPTY_LEMMAS.has(w)))],
  };
}

/** Same kind and same normalised value (times by their digits; places by name). */
export function sameValue(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  if (typeof a.value === 'number' && typeof b.value === 'number') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
  if (a.kind === 'time') return String(a.value).slice(0, 5) === String(b.value).slice(0, 5);
  return String(a.value).toLowerCase().replace(/^the /, '') === String(b.value).toLowerCase().replace(/^the /, '');
}

/**
 * Evidence that two clauses in different documents state the same thing, apart
 * from the two values being compared: shared words, shared subject and entities,
 * and other values both clauses carry (the same date, place, time or figure).
 */
export interface Evidence {
  facts: string[];
  /** Shared senses over the smaller clause's: near 1 when one clause restates the other. */
  factsRatio: number;
  local: string[];
  head: string[];
  subject: boolean;
  entities: number;
  values: number;
}

const DAY = 86_400_000;

function dateRange(v: Value): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(v.value));
  if (!m) return undefined;
  const y = Number(m[1]);
  if (!m[2]) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = Number(m[2]) - 1;
  if (!m[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const d = Date.UTC(y, mo, Number(m[3]));
  // A weekday name may be a week off: the week is inferred, not written.
  return v.certainty === 'uncertain' ? [d - 7 * DAY, d + 8 * DAY] : [d, d + DAY];
}

/** Verbs of a count's rise: "the toll rose to 22", "climbed to 14". */
export const COUNT_RISE_VERBS: ReadonlySet<string> = new Set(['rise', 'climb', 'increase', 'jump', 'grow', 'swell', 'mount', 'soar']);

const REPORTED_AFTER = /\b(?:said|says|told|tells|added|announced|warned|insisted)\b/;

/** The days each of a slot's clause dates may be (read once per slot: pairs ask often). */
const ranges = new WeakMap<Slot, [number, number][]>();
function rangesOf(s: Slot): [number, number][] {
  let r = ranges.get(s);
  if (!r) {
    r = [];
    for (const v of s.fact.values) {
      if (v.kind !== 'date' || v === s.value) continue;
      // "Speaking in Billings, Sorensen said she would call a session on June 28": a date inside
      // what someone said after the value dates what was said, not the value's happening.
      // ("told reporters in Billings that she would …": the value in the reporting clause, the date after "that".)
      if (v.span.start > s.value.span.end) {
        const between = s.fact.text.slice(s.value.span.end - s.fact.span.start, v.span.start - s.fact.span.start);
        if (REPORTED_AFTER.test(between) || (/\bthat\b/.test(between) && REPORTED_AFTER.test(s.fact.text.slice(0, s.value.span.start - s.fact.span.start)))) continue;
      }
      const range = dateRange(v);
      if (!range) continue;
      // "their steepest drop since March 2020": a period running from then to now.
      const before = s.fact.text.slice(Math.max(0, v.span.start - s.fact.span.start - 6), v.span.start - s.fact.span.start);
      r.push(/\bsince\s+$/i.test(before) ? [range[0], Number.POSITIVE_INFINITY] : range);
    }
    ranges.set(s, r);
  }
  return r;
}

/**
 * Is the slot's clause dated a year or more before `published` ("the fuel that smothered
 * mangroves from Naujan to Pola in 2023")? Such a clause tells of history, not of the story's
 * present, which an undated clause of another report tells.
 */
export function historic(s: Slot, published: number | undefined): boolean {
  if (published === undefined) return false;
  // The date nearest the value dates it: "lost power off Pola on Monday … the fuel that smothered
  // mangroves from Naujan to Pola in 2023" tells of 2023 at its second Pola.
  let nearest: Value | undefined;
  let gap = Infinity;
  for (const v of s.fact.values) {
    if (v.kind !== 'date' || v === s.value) continue;
    const d = v.span.start >= s.value.span.end ? v.span.start - s.value.span.end : s.value.span.start - v.span.end;
    if (d < gap) [nearest, gap] = [v, d];
  }
  const range = nearest && dateRange(nearest);
  return range !== undefined && range[1] < published - 365 * DAY;
}

/** "stage 11", "Flight 302", "Gate 7": an item a clause names by its number. */
const NUMBERED_ITEM = /\b(stage|flight|gate|leg|round|game|heat|race|episode|platform|runway|berth|ward|line|route|bus|train|match|day)\s+(\d{1,4}[A-Z]?)\b/gi;

const items = new WeakMap<Slot, [string, string] | undefined>();
/** The numbered item a value belongs to: the nearest one its clause names before it, else after it (read once per slot: pairs ask often). */
function itemOf(s: Slot): [string, string] | undefined {
  if (items.has(s)) return items.get(s);
  const item = readItem(s);
  items.set(s, item);
  return item;
}
function readItem(s: Slot): [string, string] | undefined {
  const at = s.value.span.start - s.fact.span.start;
  let before: RegExpMatchArray | undefined;
  let after: RegExpMatchArray | undefined;
  for (const x of s.fact.text.matchAll(NUMBERED_ITEM)) {
    if (x.index! < at) before = x;
    else if (!after) after = x;
  }
  const x = before ?? after;
  return x ? [x[1]!.toLowerCase(), x[2]!.toUpperCase()] : undefined;
}

/**
 * "stage 11 from Saint-Flour to Rodez" / "stage 12 to Mende": values of different items of one
 * numbered kind tell of different happenings.
 */
export function numberedApart(a: Slot, b: Slot): boolean {
  const ia = itemOf(a);
  if (!ia) return false;
  const ib = itemOf(b);
  return !!ib && ia[0] === ib[0] && ia[1] !== ib[1];
}

/**
 * Are two clauses dated compatibly? Clauses that both carry dates and share no
 * possible day ("in 2016" against "on Monday") are about different events.
 * Undated clauses are compatible with anything.
 */
export function sameTimeFrame(a: Slot, b: Slot): boolean {
  const da = rangesOf(a);
  const db = rangesOf(b);
  if (da.length === 0 || db.length === 0) return true;
  return da.some(([a0, a1]) => db.some(([b0, b1]) => a0 < b1 && b0 < a1));
}

interface SenseSets {
  facts: Set<string>;
  local: Set<string>;
  head: Set<string>;
}
const senseSets = new WeakMap<Slot, SenseSets>();
function sensesOf(s: Slot): SenseSets {
  let x = senseSets.get(s);
  if (!x) {
    const set = (ws: readonly string[]) => new Set(ws.flatMap(senses));
    x = { facts: set(s.factLemmas), local: set(s.local), head: set(s.head) };
    senseSets.set(s, x);
  }
  return x;
}
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));

const memo = new WeakMap<Slot, Map<Slot, Evidence>>();

export function evidence(a: Slot, b: Slot): Evidence {
  let m = memo.get(a);
  if (!m) memo.set(a, (m = new Map()));
  const hit = m.get(b);
  if (hit) return hit;
  const e = computeEvidence(a, b);
  m.set(b, e);
  return e;
}

function computeEvidence(a: Slot, b: Slot): Evidence {
  let values = 0;
  for (const x of a.fact.values) {
    if (x === a.value || x.kind === 'place' && a.kind === 'place') continue;
    if (b.fact.values.some((y) => y !== b.value && sameValue(x, y) && !(x.kind === 'date' && String(x.value).length === 4))) values++;
  }
  let entities = 0;
  for (const e of a.entities) if (b.entities.has(e)) entities++;
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  const facts = shared(sa.facts, sb.facts);
  const smaller = Math.min(a.factLemmas.length, b.factLemmas.length);
  return {
    facts,
    factsRatio: smaller > 0 ? Math.min(1, facts.length / smaller) : 0,
    local: shared(sa.local, sb.local),
    head: shared(sa.head, sb.head),
    subject: a.subject !== undefined && a.subject === b.subject,
    entities,
    values,
  };
}

/**
 * A verb whose particle changes its sense: "set off from Mahdia" and "left Sfax" both tell of a
 * departure, "passed away" of a death, "touched down" of a landing.
 */
const PHRASAL: Record<string, Record<string, string>> = {
  set: { off: 'leave', out: 'leave', sail: 'leave' },
  take: { off: 'leave', place: 'happen' },
  // "pulled away from the Pinto Island terminal" left it.
  pull: { away: 'leave', out: 'leave' },
  cast: { off: 'leave' },
  pass: { away: 'die' },
  touch: { down: 'land' },
  break: { out: 'begin' },
  // "brought before an investigating judge" is to appear before one.
  bring: { before: 'appear' },
  // "the crane came down" collapsed.
  come: { down: 'collapse' },
};
function phrasalSense(verb: Token, next: Token | undefined, prev?: Token): string | undefined {
  // "The vote was held at 11:47" tells when it took place.
  if (prev && verb.lemma.toLowerCase() === 'hold' && /^(?:was|were|is|are|be|been|being)$/i.test(prev.text)) return 'happen';
  return next ? PHRASAL[verb.lemma.toLowerCase()]?.[next.text.toLowerCase()] : undefined;
}

/**
 * The evidence two clauses give of one happening, for the date and place judges. Verbs that
 * name different events ("the fire jumped the river early Monday" / "the fire started yesterday")
 * weigh against one happening, and then the people the clauses count ("recovered the bodies of
 * two miners" / "reached the last three trapped miners") or name ("Laura Benedetti was evacuated
 * this morning" / "Laura Benedetti answered the phone on Thursday") are evidence of the people,
 * not of the happening: with no event word in common and little else, they do not count.
 */
export function happeningEvidence(a: Slot, b: Slot): { head: string[]; local: string[]; clause: Evidence; otherVerbs: boolean } {
  const e = evidence(a, b);
  const otherVerbs = !!a.headVerb && !!b.headVerb && !sameSense(a.headVerb, b.headVerb);
  const participant = (w: string) => otherVerbs && ((counted(a, w) && counted(b, w)) || (properName(a, w) && properName(b, w)));
  const head = e.head.filter((w) => !participant(w));
  const local = e.local.filter((w) => !participant(w));
  const ownFacts = e.facts.filter((w) => !participant(w));
  const clause = otherVerbs && head.length === 0 && ownFacts.length < 2 ? { ...e, facts: ownFacts, entities: 0, subject: false } : e;
  return { head, local, clause, otherVerbs };
}

const COUNT_WORD = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?|thousands?|several|many|some|all)';

/** Is `lemma` what the slot's clause counts ("two miners", "the last three trapped miners")? Then it names who took part, not the event. */
const countedPattern = new Map<string, RegExp>();
function counted(s: Slot, lemma: string): boolean {
  let re = countedPattern.get(lemma);
  if (!re) countedPattern.set(lemma, (re = new RegExp(`\\b${COUNT_WORD}\\s+(?:[\\p{L}-]+\\s+)?${lemma.replace(/[^\p{L}-]/gu, '')}(?:s|es)?\\b`, 'iu')));
  return re.test(s.fact.text);
}

/** Does the clause write `lemma` only as a capitalised name ("Laura", "Benedetti")? */
function properName(s: Slot, lemma: string): boolean {
  const words = s.fact.text.match(new RegExp(`(?<![\\p{L}])${lemma.replace(/[^\p{L}-]/gu, '')}(?![\\p{L}])`, 'giu')) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * The part of a pair's score every value rule counts alike: shared clause words,
 * one clause restating the other, the same subject, shared entities, other values.
 */
export function clauseScore(e: Evidence): number {
  let s = Math.min(e.facts.length * 0.5, 3);
  // One clause restating the other.
  if (e.facts.length >= 3 && e.factsRatio >= 0.6) s += 2;
  if (e.subject) s += 2;
  s += Math.min(e.entities, 2);
  s += Math.min(e.values * 2, 4);
  return s;
}

