import { SAYING_VERBS, tokenIndexAt, type Fact, type ResolvedDocument, type Token, type Value } from '@factlint/core';
import { published } from './published.js';

/**
 * Is a quantity background rather than news? Reporters restate standing facts
 * about the people and places in a story ("the factory, which employs about
 * 1,800 workers") and history ("since the collapse in 2013 killed more than
 * 1,100 people"); one outlet adding such context is not a claim the others
 * failed to corroborate. Two signs, both from how news English is written:
 * the event is told in the past tense, so a quantity governed by a verb in the
 * simple present describes a standing state; and a clause dated a year or more
 * before publication tells history, one dated a year or more after it a plan.
 */
export function isBackground(d: ResolvedDocument, fact: Fact, value: Value): boolean {
  // A live page tells the story as it unfolds, in the present ("Power is out for about 30,000
  // customers"): there the present tense is news.
  const present = !livePage(d) && governedByPresent(d.tokens, fact, value);
  return present || datedHistory(d, fact, value) || describesPlace(d.doc.text, fact, value) || longStanding(d.doc.text, fact, value);
}

const YEAR_SECONDS = 365 * 86_400;
/** "ending more than 60 years of production", "30 years of service": the length of a history. */
const HISTORY_OF = /^\s+of\s+(?!(?:prison|jail|imprisonment|detention|probation)\b)\p{L}/u;
/**
 * "has been shrinking for two decades", "who has lived opposite the bank for 40 years", "has run
 * the kiosk for eleven years": a state or a way of life that has lasted, told in the perfect.
 */
const LASTED = /\b(?:has|have|had)\s+(?:been|lived|run|worked|owned|taught|served|farmed|fished|managed|led|played|coached|studied|practised|practiced|operated|known|kept)\b[^,;]*\bfor\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+)?$/i;

/** A length of years that tells how long something has stood, not what happened in the story. */
function longStanding(text: string, fact: Fact, value: Value): boolean {
  if (value.kind !== 'duration' || typeof value.value !== 'number' || value.value < YEAR_SECONDS) return false;
  return HISTORY_OF.test(text.slice(value.span.end, value.span.end + 20)) || LASTED.test(text.slice(fact.span.start, value.span.start));
}

const livePages = new WeakMap<ResolvedDocument, boolean>();
/** A document of stamped entries: two or more. */
function livePage(d: ResolvedDocument): boolean {
  let live = livePages.get(d);
  if (live === undefined) livePages.set(d, (live = d.blocks.filter((b) => b.stamped).length >= 2));
  return live;
}

/** "a town of about 55,000 people", "home to 40,000 residents", "a population of 2 million". */
const PLACE_SIZE_BEFORE = /\b(?:(?:town|city|village|municipality|island|country|nation|district|region|province|community|suburb|state)\s+of|population\s+of|home\s+to)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$/i;

/** The size of a place is a standing fact about it, not news. */
function describesPlace(text: string, fact: Fact, value: Value): boolean {
  return value.kind === 'number' && PLACE_SIZE_BEFORE.test(text.slice(Math.max(fact.span.start, value.span.start - 40), value.span.start));
}

const PRESENT_BE_HAVE = new Set(['is', 'are', 'has', 'have']);
/** Verbs whose past is their bare form ("The Ironclads outbid at least four other teams"). */
const SAME_IN_PAST = /^(?:outbid|bid|cut|put|hit|set|let|hurt|cost|shut|spread|quit|split|beat|cast|burst|upset|read|bet|broadcast|forecast)$/;


const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** "employs", "has", "are" — a finite present-tense verb standing alone, not "has been", "is expected". */
function presentSimple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  if (PRESENT_BE_HAVE.has(w)) {
    // "have now joined", "is still expected": an auxiliary, whatever adverb stands between.
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
    const next = tokens[k];
    return !(next && isVerb(next));
  }
  if (t.pos !== 'VERB') return false;
  const prev = tokens[i - 1];
  if (prev && isVerb(prev)) return false;
  // "About 20 storms enter Philippine waters each year": a plural subject's present.
  // "the Debtors employ approximately 14,200 people": a release's plural defined term, whose lemma the tagger leaves.
  if (w === t.lemma) return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /s$/i.test(prev.text) && (prev.text.toLowerCase() !== prev.lemma || (prev.pos === 'PROPN' && /^the$/i.test(tokens[i - 2]?.text ?? '') && !SAME_IN_PAST.test(w)));
  const l = t.lemma;
  return w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`);
}

/**
 * "LWE supplies drinking water to …", "Copper trades at about $10,900 a ton": the tagger may read a
 * present verb right after a name opening its clause as a plural noun.
 */
function presentAfterSubject(tokens: readonly Token[], first: number, at: number): boolean {
  const subject = tokens[first];
  const verb = tokens[first + 1];
  if (!subject || !verb || first + 1 >= at || !/^\p{Lu}/u.test(subject.text) || (subject.pos !== 'PROPN' && subject.pos !== 'NOUN')) return false;
  if (!(verb.pos === 'NOUN' && /^\p{Ll}+(?:es|s)$/u.test(verb.text) && (verb.text === `${verb.lemma}s` || verb.text === `${verb.lemma}es` || verb.text === `${verb.lemma.slice(0, -1)}ies`))) return false;
  // "Local officials estimate that …": the plural is the subject when a bare verb follows it.
  const next = tokens[first + 2];
  const after = tokens[first + 3];
  return !(next && next.text === next.lemma && (next.pos === 'NOUN' || next.pos === 'VERB') && after && /^(?:SCONJ|DET|PRON|ADP)$/.test(after.pos));
}

/** The verb nearest the value inside its clause: before it if any, else after it. */
function governedByPresent(tokens: readonly Token[], fact: Fact, value: Value): boolean {
  const first = tokenIndexAt(tokens, fact.span.start);
  const at = tokenIndexAt(tokens, value.span.start);
  const end = tokenIndexAt(tokens, fact.span.end);
  if (presentAfterSubject(tokens, first, at) && !tokens.slice(first + 2, at).some(isVerb)) return true;
  let saying: number | undefined;
  for (let i = at - 1; i >= first; i--) {
    // "their lawyer says 14 families have now joined it": a verb of saying attributes the clause
    // after it; the figure's own verb, when it has one, gives its tense.
    if (tokens[i]!.pos === 'VERB' && SAYING_VERBS.has(tokens[i]!.lemma.toLowerCase())) {
      saying = i;
      break;
    }
    // "supports an estimated 150,000 jobs": a participle after an article describes the figure; the
    // clause's verb is further back.
    if (i > first && describesFigure(tokens, i)) continue;
    if (isVerb(tokens[i]!)) return presentSimple(tokens, i) && !followedByVerbBeforeValue(tokens, i, at);
  }
  for (let i = tokenIndexAt(tokens, value.span.end); i < end; i++) {
    if (isVerb(tokens[i]!)) return presentSimple(tokens, i);
  }
  return saying !== undefined && presentSimple(tokens, saying) && !followedByVerbBeforeValue(tokens, saying, at);
}

/** "an estimated 150,000 jobs", "a reported 12": a participle after an article describes the figure after it. */
function describesFigure(tokens: readonly Token[], k: number): boolean {
  return isVerb(tokens[k]!) && tokens[k - 1]?.pos === 'DET' && /(?:ed|en)$/.test(tokens[k]!.text);
}

/** "is expected to reach 40" — the verb nearest the value is the one that governs it. */
function followedByVerbBeforeValue(tokens: readonly Token[], i: number, at: number): boolean {
  for (let k = i + 1; k < at; k++) if (isVerb(tokens[k]!) && !describesFigure(tokens, k)) return true;
  return false;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Is the quantity dated a year or more away from publication? By the date nearest it in its
 * clause: "Primeview, founded in 1991, saw its shares close 3.8% lower on Thursday" is news
 * ("Thursday" is nearer the figure than "1991").
 */
function datedHistory(d: ResolvedDocument, fact: Fact, value: Value): boolean {
  const pub = published(d);
  if (!pub) return false;
  // A relative clause's antecedent may carry the date: "Haiyan in 2013, which killed more than 6,300".
  const dates = d.values.filter((v) => v.kind === 'date' && v.span.start < fact.span.end && fact.span.start < v.span.end);
  const distance = (v: Value) => (v.span.end <= value.span.start ? value.span.start - v.span.end : Math.max(0, v.span.start - value.span.end));
  let nearest: { start: number; end: number; distance: number } | undefined;
  for (const v of [...fact.values, ...dates]) {
    if (v.kind !== 'date' || typeof v.value !== 'string') continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v.value);
    if (!m) continue;
    // The period named: "in 2013" runs from the start to the end of 2013.
    const start = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
    const end = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - (m[3] ? 1 : 0) : 12, m[3] ? Number(m[3]) + 1 : 1);
    const dv = distance(v);
    if (!nearest || dv < nearest.distance) nearest = { start, end, distance: dv };
  }
  // A target years ahead ("aims to raise output to 3 million tons a year by 2031") is a plan
  // standing behind the story, as history is.
  return nearest !== undefined && (pub.at - nearest.end >= YEAR_MS || nearest.start - pub.at >= YEAR_MS);
}
