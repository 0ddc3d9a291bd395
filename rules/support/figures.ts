import { convertedBy, DEVELOPING_EVENTS, GENERIC_PERSON, senses, utcMinutes, zonedTime, measureOf, PERSON_NOUN, SECONDS_PER, sameMoneyUnit, sameDimension, sameMeasure, sameSense, sameScope, sameValue, storyCountries, type ClaimGraph, type Measure, type RuleContext, type ValueKind } from '@factlint/core';
import { graphSlots } from './all-slots.js';
import { anyPublishedApart, pairSlots, type PairJudge, type Pairing } from './clusters.js';
import { clauseScore, COUNT_RISE_VERBS, evidence, MEASURE, numberedApart, sameTimeFrame, type Slot } from './slots.js';

/**
 * When two figures state the same fact, and whether they agree: the judgement
 * number-mismatch reports on, and single-source uses to tell a figure another
 * source disputes from one that no other source gives.
 */

/**
 * The value kinds that are figures: what number-mismatch compares and single-source counts.
 * A clock time is one too: "the fire broke out at 10:40" against "at 10.15am" is a figure misreported.
 */
export const FIGURE_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(['number', 'money', 'percent', 'duration', 'time']);

/** The interval a hedged figure allows: "at least 12" is [12, ∞), "about 1,800" is 1,800 give or take its rounding. */
function interval(s: Slot, monthSlack = true): [number, number] {
  const x = s.value.value as number;
  // "between 40 and 50": the range the text gives.
  if (s.value.upTo !== undefined) return [x, s.value.upTo];
  // A month is 28 to 31 days: "within a month" and "within 30 days" are one deadline.
  // Only the months of "three years and six months" vary so: a year is a year.
  if (monthSlack && s.kind === 'duration' && /\bmonths?\b/i.test(s.value.text) && !s.hedge) {
    const months = /\byears?\b/i.test(s.value.text) ? x % SECONDS_PER.year! : x;
    return [x - months * (1 - 28 / 30.44), x + months * (31 / 30.44 - 1)];
  }
  switch (s.hedge) {
    // "at least 10" is not 28,000: beyond the span a misreport could explain, it is another figure.
    case 'min':
      return [x, x * 2.5];
    case 'max':
      return [x / 2.5, x];
    case 'near':
      return [x * 0.85, x];
    case 'approx': {
      // "about 600" is 550–650 at most: half its last significant digit, and never more than 10%.
      // A length counts in the unit it is written in: "about two minutes" is 108–132 seconds.
      // "about 150" firefighters for 156: a round figure may stand 5% off, as reporters round.
      // "about 0.3 percent" is 0.25–0.35: a decimal counts in its last written place.
      const unit = s.kind === 'duration' ? (writtenUnit(s) ?? 1) : 1;
      const v = Math.abs(x / unit);
      if (!Number.isInteger(v)) {
        const written = step(s)?.step;
        const half = written !== undefined && written < 1 ? Math.min(written / 2, v * 0.2) * unit : 0;
        return [x - half, x + half];
      }
      const digits = String(v).replace(/0+$/, '');
      const stepOf = 10 ** (String(v).length - Math.max(1, digits.length));
      const half = Math.min(Math.max(stepOf / 2, v * 0.05), v * 0.1) * unit;
      return [x - half, x + half];
    }
    default:
      return [x, x];
  }
}

/** The unit a length of time is written in ("about two minutes"). */
const WRITTEN_UNIT = new RegExp(`\\b(${Object.keys(SECONDS_PER).join('|')})s?\\b`, 'i');
/** Seconds in the unit a length is written in; undefined when the text names none ("48h"). */
const writtenUnit = (s: Slot) => SECONDS_PER[WRITTEN_UNIT.exec(s.value.text)?.[1]?.toLowerCase() ?? ''];

function within(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, tolerance) * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Clock times agree when they name the same instant ("0740 GMT" and "08:40 BST"), or when one
 * is hedged and rounds the other ("around 7.50 pm" for 7.48 pm: within five minutes). `timeOf`
 * gives each its zone, the cluster's own where the time has none.
 */
function clocksAgree(a: Slot, b: Slot, timeOf: (s: Slot) => string): boolean {
  const [x, y] = [clockMinutes(timeOf(a)), clockMinutes(timeOf(b))];
  if (x === undefined || y === undefined) return sameValue(a.value, b.value);
  const d = Math.abs(x - y) % 1440;
  if (Math.min(d, 1440 - d) <= (a.hedge === 'approx' || b.hedge === 'approx' ? 5 : 0)) return true;
  // "shortly before 11pm" agrees with 22:52, "shortly after 3am" with 03:10: within a quarter of
  // an hour on the bound's side.
  const onBoundSide = (bound: Slot, at: number, other: number) => {
    const ahead = (((other - at) % 1440) + 1440) % 1440;
    const behind = (1440 - ahead) % 1440;
    return bound.hedge === 'max' ? behind <= 15 : bound.hedge === 'min' ? ahead <= 15 : false;
  };
  return onBoundSide(a, x, y) || onBoundSide(b, y, x);
}

/**
 * The one local zone a cluster's zoned clock times use, GMT aside ("6:40 a.m. CDT" in the wire):
 * the zone of another report's unzoned time of the story ("around 6:20 a.m." on the local
 * station's page). Undefined when the reports use several zones or none.
 */
function clusterZone(slots: readonly Slot[]): string | undefined {
  const zones = new Set<string>();
  for (const s of slots) {
    if (s.kind !== 'time') continue;
    const zone = zonedTime(s.value).split(' ')[1];
    if (zone && zone !== 'GMT' && zone !== 'UTC') zones.add(zone);
  }
  return zones.size === 1 ? [...zones][0] : undefined;
}

/** Minutes into the day, in UTC when the time carries a zone. */
function clockMinutes(value: string): number | undefined {
  const zoned = utcMinutes(value);
  if (zoned !== undefined) return zoned;
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The same amount of money in two different currencies ("$100,000" / "€100,000"). */
function sameAmountOtherCurrency(a: Slot, b: Slot): boolean {
  return a.kind === 'money' && b.kind === 'money' && !!a.unit && !!b.unit && !sameMoneyUnit(a.value, b.value) && a.value.value === b.value.value;
}

/** Do two figures agree, allowing for hedges and the configured tolerance? */
function figuresAgree(a: Slot, b: Slot, tolerance: number): boolean {
  if (sameAmountOtherCurrency(a, b)) return false;
  // "6,000 metres" and "6 km", "640 meters" and "2,100 feet": one quantity in two units.
  const ma = converted(a, b);
  if (ma) return sameMeasure(ma[0], ma[1], Math.max(0.03, tolerance));
  const x = a.value.value as number;
  const y = b.value.value as number;
  if (within(x, y, tolerance)) return true;
  // A month is 28 to 31 days against days or weeks; "40 months" and "41 months" are two counts.
  const months = (t: Slot) => /\bmonths?\b/i.test(t.value.text);
  const monthSlack = !(a.kind === 'duration' && months(a) && months(b));
  // Two writers hedging the same way are quoting a figure each: the figures must match, but for
  // the one between "more than 40" and "at least 41", which name one bound of whole things.
  if (a.hedge && a.hedge === b.hedge) return (a.hedge === 'min' || a.hedge === 'max') && Number.isInteger(x) && Number.isInteger(y) && Math.abs(x - y) === 1 && a.kind === 'number';
  if (a.value.upTo !== undefined || b.value.upTo !== undefined) {
    const [a0, a1] = interval(a, monthSlack);
    const [b0, b1] = interval(b, monthSlack);
    return a0 <= b1 && b0 <= a1;
  }
  // "3%" for 3.1%, "1.2 million" for 1,213,000: the coarser figure is the finer one rounded.
  if (!a.hedge && !b.hedge && rounded(a, b)) return true;
  const [a0, a1] = interval(a, monthSlack);
  const [b0, b1] = interval(b, monthSlack);
  const slack = tolerance * Math.max(Math.abs(x), Math.abs(y));
  return a0 <= b1 + slack && b0 <= a1 + slack;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trln: 1e12 };

/** The step a figure is written to: 12,400 → 100, 1.2 million → 100,000, 3.1% → 0.1. */
function step(s: Slot): { step: number; significant: number } | undefined {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|tn|bln|mln|trln|[kmb])?\b/i.exec(s.value.text);
  if (!m) return undefined;
  const whole = m[1]!.replace(/,/g, '');
  // "3h 48m": in a length of time, "m" is minutes, not millions.
  const scale = s.kind === 'duration' ? 1 : (SCALE[(m[3] ?? '').toLowerCase()] ?? 1);
  const digits = `${whole}${m[2] ?? ''}`.replace(/^0+/, '');
  if (m[2]) return { step: 10 ** -m[2].length * scale, significant: digits.length };
  const zeros = /0*$/.exec(whole)![0].length;
  return { step: 10 ** zeros * scale, significant: Math.max(1, digits.length - zeros) };
}

function rounded(a: Slot, b: Slot): boolean {
  // "two minutes" for 127 seconds: a whole number of minutes or hours rounds a length told in a
  // finer unit, within 7% (not "five hours" for five and a half; days and months count exactly).
  if (a.kind === 'duration' && b.kind === 'duration') {
    const [ua, ub] = [writtenUnit(a), writtenUnit(b)];
    if (ua && ub && ua !== ub && Math.max(ua, ub) <= SECONDS_PER.hour!) {
      const [coarse, fine, unit] = ua > ub ? [a, b, ua] : [b, a, ub];
      const x = coarse.value.value as number;
      if (Number.isInteger(x / unit) && Math.abs(x - (fine.value.value as number)) < 0.07 * Math.abs(x)) return true;
    }
  }
  const sa = step(a);
  const sb = step(b);
  if (!sa || !sb || sa.step === sb.step) return false;
  const [coarse, fine, st] = sa.step > sb.step ? [a, b, sa] : [b, a, sb];
  const x = coarse.value.value as number;
  const y = fine.value.value as number;
  if (Math.abs(x - y) > st.step / 2 + 1e-9 * Math.abs(x)) return false;
  // A one-digit figure ("4,000") rounds only what is within 4% of it: 3,800 nurses are not 4,000,
  // nor $480 million "$500 million".
  return st.significant >= 2 || Math.abs(x - y) < 0.04 * Math.abs(x);
}

/** 12,400 and 14,200; 15 and 51: the same digits in another order, or one digit off. */
function typoLike(x: number, y: number): boolean {
  const dx = String(x).replace(/\D/g, '');
  const dy = String(y).replace(/\D/g, '');
  if (dx.length !== dy.length || dx.length < 2) return false;
  if ([...dx].sort().join('') === [...dy].sort().join('')) return true;
  let diff = 0;
  for (let i = 0; i < dx.length; i++) if (dx[i] !== dy[i]) diff++;
  return diff === 1;
}

/** The moment of a trading session a figure is told at: the open ("in early trading"), or the close ("closed down"). */
function marketMoment(s: Slot): 'open' | 'close' | undefined {
  if (s.kind !== 'percent' && s.kind !== 'money') return undefined;
  // Only the words right around the figure: "fell 14% at the open and closed down 12.6%" tells two.
  const at = s.value.span.start - s.fact.span.start;
  const end = s.value.span.end - s.fact.span.start;
  const before = s.fact.text.slice(Math.max(0, at - 25), at);
  const after = s.fact.text.slice(end, end + 30);
  if (CLOSE_BEFORE.test(before) || CLOSE_AFTER.test(after)) return 'close';
  if (OPEN_NEAR.test(before) || OPEN_NEAR.test(after)) return 'open';
  return undefined;
}
const CLOSE_BEFORE = /\b(?:closed|closing|at the close|by the close|ended the (?:day|session))\b/i;
const CLOSE_AFTER = /^\S*\s+(?:(?:lower|higher)\s+)?(?:at|by) the close\b/i;
const OPEN_NEAR = /\b(?:in early trading|at the open(?:ing)?|in (?:early|morning|opening) (?:trade|deals|trading)|shortly after the open(?:ing)?)\b/i;

const isUntil = (s: Slot) => s.prep === 'until' || s.prep === 'till';
const WORLDWIDE = new Set(['worldwide', 'globally', 'global']);
const worldwide = (s: Slot) => s.local.some((w) => WORLDWIDE.has(w));

/** "45 passengers and two drivers": the count with the one "and" joins to it, else undefined. */
function partsSum(s: Slot): number | undefined {
  const text = (v: { span: { start: number; end: number } }) => v.span.start - s.fact.span.start;
  for (const v of s.fact.values) {
    if (v === s.value || v.kind !== 'number' || typeof v.value !== 'number' || typeof s.value.value !== 'number') continue;
    const [x, y] = v.span.start > s.value.span.start ? [s.value, v] : [v, s.value];
    if (/^(?:\s+[\p{L}-]+){0,2}\s+and\s+$/u.test(s.fact.text.slice(text(x) + (x.span.end - x.span.start), text(y)))) return s.value.value + v.value;
  }
  return undefined;
}

/** A figure in brackets right after another of its kind, which it converts: "8,000 soles ($2,160; £1,710)". */
const isConversion = (s: Slot) => convertedBy(s.value, s.fact.values, s.fact.text, s.fact.span.start) !== undefined;

/** A tally or a score ("9-3", "7-6(7-4)"), which analysis gives as text, not a number. */
const isTally = (s: Slot) => s.kind === 'number' && typeof s.value.value === 'string';
/** Either side first: "won 4-3" and "lost 3-4" tell one score. */
const tallyKey = (s: Slot) => {
  const [main, tie] = String(s.value.value).split('(');
  return `${main!.split('-').sort().join('-')}${tie ? `(${tie}` : ''}`;
};

/**
 * Two tallies one misreports are of one size: "won 3-1" for "1-0", "52-47" for "51-48"; a
 * bowler's "5-37" is no series' "1-0 lead".
 */
function tallyPlausible(a: Slot, b: Slot): boolean {
  const top = (s: Slot) => Math.max(...String(s.value.value).split('(')[0]!.split('-').map(Number));
  const [x, y] = [top(a), top(b)];
  return Math.abs(x - y) <= 5 || Math.max(x, y) / Math.max(1, Math.min(x, y)) <= 2.5;
}

/**
 * "more than 148,000 adults" against 184,312: a round bound whose leading digits are the other
 * figure's shuffled is that figure mistyped, though the bound admits it.
 */
function boundMistyped(a: Slot, b: Slot): boolean {
  const [bound, other] = (a.hedge === 'min' || a.hedge === 'max') && !b.hedge ? [a, b] : (b.hedge === 'min' || b.hedge === 'max') && !a.hedge ? [b, a] : [];
  if (!bound || !other || bound.kind !== 'number' || other.kind !== 'number') return false;
  const x = String(Math.round(Math.abs(bound.value.value as number)));
  const y = String(Math.round(Math.abs(other.value.value as number)));
  if (x.length !== y.length || x.length < 4 || !/^\d{2,3}0+$/.test(x)) return false;
  const lead = x.replace(/0+$/, '').length < 3 ? 3 : x.replace(/0+$/, '').length;
  const [p, q] = [x.slice(0, lead), y.slice(0, lead)];
  return p !== q && [...p].sort().join('') === [...q].sort().join('');
}

/** Both figures' quantities in one base unit, when they are measures of one dimension in different units. */
function converted(a: Slot, b: Slot): [Measure, Measure] | undefined {
  if (a.kind !== 'number' || b.kind !== 'number' || !a.unit || !b.unit || a.unit === b.unit) return undefined;
  const x = measureOf(a.value.value as number, a.unit);
  const y = measureOf(b.value.value as number, b.unit);
  return x && y && x.dimension === y.dimension ? [x, y] : undefined;
}

/**
 * Works of art as a museum counts them: "seven works" are the five paintings and two pastels.
 * Kept to counted units, not in the shared lexicon: "work" there is every clause's job and labour.
 */
const ARTWORKS = new Set(['work', 'artwork', 'painting', 'canvas', 'picture', 'pastel', 'drawing', 'masterpiece']);

function unitsCompatible(a: string, b: string): 'same' | 'generic' | undefined {
  if (sameSense(a, b)) return 'same';
  if (ARTWORKS.has(a) && ARTWORKS.has(b)) return 'generic';
  // Metres and kilometres measure one dimension, and many things in a story have a length.
  if (sameDimension(a, b)) return 'generic';
  if ((GENERIC_PERSON.has(a) && PERSON_NOUN.has(b)) || (GENERIC_PERSON.has(b) && PERSON_NOUN.has(a))) return 'generic';
  return undefined;
}

const cap = (n: number, max: number) => Math.min(n, max);

/** Three or more significant digits: 42.2, 3,435, 12,842 (not 40, 100 or 2,000). */
const significantDigits = (s: Slot) => String(s.value.value).replace(/\D/g, '').replace(/^0+|0+$/g, '').length;
const distinctive = (s: Slot) => significantDigits(s) >= 3;

export function figureJudge(
  tolerance: number,
  storyOf: () => ReadonlySet<string> = () => new Set(),
  publishedApart: (a: number, b: number) => boolean = () => false,
  slots: readonly Slot[] = [],
  isDraft: (doc: number) => boolean = () => false,
): PairJudge {
  // How many figures of each unit a document gives: the one count of passengers in each of two
  // reports is the passenger count, however differently the sentences run.
  const perUnit = new Map<string, number>();
  for (const s of slots) if (s.unit) perUnit.set(`${s.doc}:${s.unit}`, (perUnit.get(`${s.doc}:${s.unit}`) ?? 0) + 1);
  const onlyOne = (s: Slot) => perUnit.get(`${s.doc}:${s.unit}`) === 1;
  // What a length of time measures: the meeting that "lasted an hour and a half" is the one the
  // leaders "met for about an hour". A report gives few lengths of one thing.
  const lastingOf = new Map<Slot, string | undefined>();
  const lasting = (s: Slot) => {
    if (!lastingOf.has(s)) lastingOf.set(s, s.kind === 'duration' && (s.unit ?? s.verb) ? senses(s.unit ?? s.verb!)[0] : undefined);
    return lastingOf.get(s);
  };
  const perLasting = new Map<string, number>();
  for (const s of slots) {
    const what = lasting(s);
    if (what) perLasting.set(`${s.doc}:${what}`, (perLasting.get(`${s.doc}:${what}`) ?? 0) + 1);
  }
  const onlyLength = (s: Slot) => perLasting.get(`${s.doc}:${lasting(s)}`) === 1;
  // Read once per slot: the judge scores each slot against many others.
  const momentOfSlot = new Map<Slot, ReturnType<typeof marketMoment>>();
  const momentOf = (s: Slot) => {
    if (!momentOfSlot.has(s)) momentOfSlot.set(s, marketMoment(s));
    return momentOfSlot.get(s);
  };
  const localZone = clusterZone(slots);
  const timeOf = (s: Slot) => {
    const t = zonedTime(s.value);
    return localZone && !t.includes(' ') ? `${t} ${localZone}` : t;
  };
  const zoned = (s: Slot) => timeOf(s).includes(' ');
  let storyCache: ReadonlySet<string> | undefined;
  const story = () => (storyCache ??= storyOf());
  const placesOf = (s: Slot) => s.fact.values.filter((v) => v.kind === 'place' && !v.direction).map((v) => String(v.value));
  return {
    score(a, b) {
      if (a.kind !== b.kind || numberedApart(a, b) || isTally(a) !== isTally(b)) return undefined;
      // "match points at 4-5 in the fifth", "broke at 5-5": a running score is a moment of the
      // match, not its result; two such moments are two, whatever their words.
      if (isTally(a) && (a.prep === 'at' || b.prep === 'at')) return undefined;
      // "8,000 soles ($2,160)" / "5,000 soles (about 1,350 dollars)": two conversions follow the
      // sums they convert, which carry the conflict; the brackets add none of their own.
      if (a.kind === 'money' && isConversion(a) && isConversion(b)) return undefined;
      if (a.kind === 'time' && zoned(a) !== zoned(b)) return undefined;
      // "kept residents inside until 4:30 p.m." / "issued the order at 7:05 a.m.": the end of a
      // stretch of time and a moment are two times, unless one verb tells them.
      if (a.kind === 'time' && isUntil(a) !== isUntil(b) && !(a.headVerb && b.headVerb && sameSense(a.headVerb, b.headVerb))) return undefined;
      // "declared … before 3am" and "arrived … at 10.38pm": a time belongs to what happened at it.
      // But "held a press briefing at 10:00" and "speaking at a press conference at 11:00" time one
      // happening, which the nouns name alike.
      if (a.kind === 'time' && a.headVerb && b.headVerb && !sameSense(a.headVerb, b.headVerb) && !a.head.some((w) => w !== a.headVerb && b.head.some((x) => x !== b.headVerb && sameSense(w, x)))) return undefined;
      // "two more workers" adds to a total another report may give whole; two increments ("1,000
      // extra nurses" / "1,200 more nurses") are one figure told the same way.
      // Two sums told as parts ("of which £45,000 was aggravated damages" / "including £35,000 in
      // aggravated damages") are one part; a part against a whole is not, nor two bare counts of
      // people told as parts ("including six children" / "Three of them").
      const partsOfOne = a.subset && b.subset && a.kind === 'money' && b.kind === 'money';
      if (a.vague || b.vague || a.increment !== b.increment || ((a.subset || b.subset) && !partsOfOne)) return undefined;
      // The flights cancelled are not the flights scheduled; a count told as part of a whole is
      // another report's count only when the same verb counts it ("cancelled 318 of the 421
      // flights" / "has cancelled 280"), not any figure of the same noun ("Nine of its 14 deputies"
      // / "its 14 deputies").
      if ((a.whole && b.part) || (a.part && b.whole)) return undefined;
      if (a.part !== b.part && !(a.verb && b.verb && sameSense(a.verb, b.verb))) return undefined;
      // What may happen does not contradict what did; nor a rate ("100 people a year") a count.
      if (a.hypothetical !== b.hypothetical || a.perPeriod !== b.perPeriod) return undefined;
      // Ages only against the same person's age.
      if (a.age || b.age) {
        if (!(a.age && b.age && a.owner && a.owner === b.owner)) return undefined;
        return 10;
      }
      // A sum in another currency is another figure, unless it is the same amount: "$100,000" and
      // "€100,000" for one prize is a currency one outlet got wrong (no rate makes them equal).
      if (a.kind === 'money' && !sameMoneyUnit(a.value, b.value) && !sameAmountOtherCurrency(a, b)) return undefined;
      if (a.qualifier && b.qualifier && a.qualifier !== b.qualifier) return undefined;
      // "winds of nearly 50 knots" / "gusts of 55 knots": a gust is the wind's peak, not its speed.
      if (a.head.includes('gust') !== b.head.includes('gust')) return undefined;
      // A level reached, a level left and a change are three different figures.
      if (a.figureRole !== b.figureRole && (a.figureRole === 'from' || b.figureRole === 'from' || a.figureRole === 'level' || b.figureRole === 'level')) {
        const other = a.figureRole === 'level' ? b : b.figureRole === 'level' ? a : undefined;
        if (!other || other.figureRole !== 'count') return undefined;
      }
      if (!sameTimeFrame(a, b)) return undefined;
      // "down 14% in early trading" and "closed down 12.6%": a price at two moments of one session.
      const [ma, mb] = [momentOf(a), momentOf(b)];
      if (ma && mb && ma !== mb) return undefined;
      // "10 killed in Florida" and "4 killed in St. Lucie County" count different things.
      const casualties = a.event !== undefined || b.event !== undefined || (a.unit !== undefined && PERSON_NOUN.has(a.unit));
      if (casualties && !sameScope(placesOf(a), placesOf(b), story())) return undefined;
      if (a.event && b.event && a.event !== b.event) return undefined;
      // "1.3 million vehicles worldwide" / "912,000 vehicles … in the United States": a world
      // total and a count a clause places are two counts.
      if (worldwide(a) !== worldwide(b) && placesOf(worldwide(a) ? b : a).length > 0) return undefined;
      let s = 0;
      if (a.unit && b.unit && a.kind !== 'money') {
        // "310,144 voters cast their ballots" and "Of the 310,144 ballots cast": five significant
        // digits the same are one figure, whichever noun each sentence counts it by.
        // "escorted by nearly 300 soldiers" / "escorted by 297 officers and men": two kinds of people
        // that one verb counts are one count, told in two words.
        const peopleOfOneVerb = PERSON_NOUN.has(a.unit) && PERSON_NOUN.has(b.unit) && !!a.verb && !!b.verb && sameSense(a.verb, b.verb);
        const u = unitsCompatible(a.unit, b.unit) || (a.value.value === b.value.value && significantDigits(a) >= 5 ? 'generic' : undefined) || (peopleOfOneVerb ? 'generic' : undefined);
        if (!u) return undefined;
        // Lengths in two units are one quantity only when they measure the same thing, happen by
        // the same verb or share their words: "the 2,930-metre volcano" is no "5 kilometres from the summit".
        // A story's power or energy in watts is one quantity or two at most ("9,412 MW of generation
        // was lost" / "knocked 9.4 gigawatts of generation off the grid"); one shared word will do.
        const conv = converted(a, b);
        const fewKinds = conv !== undefined && (conv[0].dimension === 'power' || conv[0].dimension === 'energy' || conv[0].dimension === 'data');
        if (conv && !(a.verb && b.verb && sameSense(a.verb, b.verb)) && !a.unitWords.some((w) => b.unitWords.some((x) => sameSense(w, x))) && evidence(a, b).local.length < (fewKinds ? 1 : 2)) return undefined;
        s += u === 'same' ? (GENERIC_PERSON.has(a.unit) ? 2 : 3) : 2;
        // Metres, tonnes, storeys measure one thing: a story gives few figures in them; so does a
        // unit each document gives once.
        const fewOfThem = u === 'same' && (MEASURE.test(a.unit) || (!GENERIC_PERSON.has(a.unit) && onlyOne(a) && onlyOne(b)));
        // The same figure of the same thing to three significant digits ("Turnout was 42.2%" /
        // "42.2 per cent") is the same fact: no coincidence gives two outlets that.
        const sameDistinctive = u === 'same' && distinctive(a) && a.value.value === b.value.value;
        s += sameDistinctive ? 2.5 : fewOfThem ? 1 : 0;
        // "a 190kg male" / "Weight: 190kg": one measure each report gives once, the same to the
        // unit, is one fact whatever else the clauses say.
        if (u === 'same' && MEASURE.test(a.unit) && onlyOne(a) && onlyOne(b) && a.value.value === b.value.value && !sameDistinctive) s += 2;
      }
      if (a.kind === 'money') s += 1;
      // A sum in one currency that each report gives once is one sum ("1.6 billion euros of the
      // financial resources" / "about 1.1 billion euros in Iranian funds").
      if (a.kind === 'money' && a.unit && sameMoneyUnit(a.value, b.value) && onlyOne(a) && onlyOne(b)) s += 1.5;
      if (a.event && a.event === b.event) s += 2;
      const verbsMatch = !!a.verb && !!b.verb && sameSense(a.verb, b.verb);
      // "51' – Brandão and Albright clash heads" / "scored in the 58th minute": a match minute is
      // the time of what happened in it; with no word of that in common they time two things.
      if (a.unit === 'minute' && b.unit === 'minute' && a.kind === 'number' && !verbsMatch && evidence(a, b).local.length === 0) return undefined;
      if (verbsMatch) {
        s += 2;
        // "followed for an average of 11 years" / "were followed for 12 years": the one length each
        // report gives of one happening is its length.
        if (a.kind === 'duration' && onlyLength(a) && onlyLength(b)) s += 2;
      } else if (a.kind === 'duration' && lasting(a) !== undefined && lasting(a) === lasting(b)) {
        s += 2;
        if (onlyLength(a) && onlyLength(b)) s += 1.5;
      }
      if (a.qualifier && a.qualifier === b.qualifier) s += 1;
      // Two changes of one event ("employment rose by 71,000" / "came in at +74,000"): a change is
      // rarer than a count, so telling one of the same event is some evidence of the same figure.
      if (a.figureRole === 'change' && b.figureRole === 'change' && a.event !== undefined && a.event === b.event) s += 0.5;
      const e = evidence(a, b);
      // Units and verbs compared above are not counted again as shared words; the noun one figure
      // counts and the other's clause only names ("the debate lasted 19 hours" / "the debate has
      // closed, after some 17 hours") is a shared word like any other.
      const skip = new Set([...(a.unit && b.unit ? [a.unit, b.unit] : []), ...(verbsMatch ? [a.verb, b.verb] : [])]);
      s += cap(e.local.filter((w) => !skip.has(w)).length, 3);
      s += clauseScore(e);
      if (a.unitWords.some((w) => b.unitWords.some((x) => sameSense(w, x)))) s += 1;
      // A clock time is the time of what its clause says happened: the same happening verb and
      // the same subject ("the vote was held at 11:47" / "the vote took place at 10:52 GMT").
      if (a.kind === 'time' && a.headVerb && b.headVerb && sameSense(a.headVerb, b.headVerb) && e.head.length >= 2) s += 2 + 2 * Math.min(e.head.length - 1, 2);
      return s;
    },
    agreeAt: 4,
    repeatsAcrossDocument: true,
    // A bound agrees with every figure inside it and pins none: "can carry up to 1,800
    // passengers" leaves "1,416 passengers" free to conflict with "carrying 1,146".
    // Nor does a figure inside a bound settle the bound ("185 km/h" sustained is inside "gusts of
    // up to 250 km/h" and says nothing of the gusts); only the bound's own figure does.
    settles: (by, s) => {
      const bound = (x: Slot) => x.hedge === 'min' || x.hedge === 'max';
      if (bound(by)) return by.hedge === s.hedge;
      return !bound(s) || within(by.value.value as number, s.value.value as number, tolerance);
    },
    // Set where the labelled clusters put them: half a point higher (until the seventh session)
    // missed 13 more of 604 labelled conflicts to spare 5 false reports.
    conflictAt(a, b) {
      // "voted 9-3" / "by a 10-2 vote": a tally is rarer than a bare count, and never a typo of one.
      if (isTally(a)) return 5.5;
      // A figure without its noun ("rose to 17") needs more of its clause to match,
      // unless the figures share their digits (24,712 for 27,412: one figure mistyped).
      // Two digits swapped count when the figures hang on one verb ("who made 87" / "who made 78").
      const digits = String(a.value.value).replace(/\D/g, '').length;
      const typo = a.kind !== 'time' && ((typoLike(a.value.value as number, b.value.value as number) && (digits >= 3 || (digits === 2 && !!a.verb && a.verb === b.verb))) || boundMistyped(a, b));
      // Four or more digits the same but two swapped (12,482 for 12,842) are rarely two figures.
      if (a.kind === 'number' && (!a.unit || !b.unit)) return typo ? (digits >= 4 ? 4 : 4.5) : 7;
      // "45 million meticais" / "54 million meticais": a sum in one currency with its digits swapped.
      if (a.kind === 'money' && typo && sameMoneyUnit(a.value, b.value)) return 4;
      // "The SD, which slipped to 21.7%" / "SD: 20.7%": one share of one party with a digit slipped.
      if (a.kind === 'percent' && typo && digits >= 3) return 4;
      // "196 countries" / "169 countries": a count of one thing with three digits shuffled.
      if (a.kind === 'number' && typo && distinctive(a) && distinctive(b) && a.unit !== undefined && b.unit !== undefined && sameSense(a.unit, b.unit)) return 4;
      // Two clock times for the same happening ("the crush happened at 5:40" / "the tragedy
      // occurred around 6.15"): the event verb is the evidence a time has.
      if (a.kind === 'time' && evidence(a, b).head.length > 0) return 4.5;
      return 5.5;
    },
    agree: (a, b) => {
      if (a.kind === 'time') return clocksAgree(a, b, timeOf);
      if (isTally(a)) return tallyKey(a) === tallyKey(b);
      // "At least nine killed" in the morning and "12" at night fit one another, but the toll
      // has risen: a developing count told at different times is reported, not settled.
      if (risen(a, b) && (isDevelopingCount(a) || isDevelopingCount(b)) && publishedApart(a.doc, b.doc)) return false;
      // A draft that drops a source's "at least" gives a figure of its own: "at least 27 ships"
      // does not vouch for the draft's "37 ships" (a source that gives 37 would).
      if (isDraft(a.doc) !== isDraft(b.doc) && !(isDraft(a.doc) ? a : b).hedge && risen(a, b)) return false;
      if (boundMistyped(a, b)) return false;
      // "carrying 47 people" / "carrying 45 passengers and two drivers": a count told in its parts.
      if (a.kind === 'number' && (partsSum(a) === b.value.value || partsSum(b) === a.value.value)) return true;
      return figuresAgree(a, b, tolerance);
    },
    plausible(a, b) {
      if (a.age || a.kind === 'time') return true;
      if (isTally(a)) return tallyPlausible(a, b);
      const m = converted(a, b);
      const x = Math.abs(m ? m[0].base : (a.value.value as number));
      const y = Math.abs(m ? m[1].base : (b.value.value as number));
      if (x === 0 || y === 0) return false;
      const ratio = Math.max(x, y) / Math.min(x, y);
      // Estimates of one measured quantity by two parties differ more than counts do ("about 350
      // kg" by the company, "nearly 900 kg" by the collector; a 500-metre or a 2-km radius).
      const measured = measureOf(1, a.unit) !== undefined && measureOf(1, b.unit) !== undefined;
      return ratio <= (a.kind === 'duration' || measured ? 4 : 2.5) || typoLike(x, y);
    },
  };
}

/**
 * "at least nine" against 12: the other figure lies beyond what the bound's own rounding
 * allows ("more than 40" is still 41; "at least nine" is not 12).
 */
function risen(a: Slot, b: Slot): boolean {
  const [bound, other] = a.hedge === 'min' && b.hedge !== 'min' ? [a, b] : b.hedge === 'min' && a.hedge !== 'min' ? [b, a] : [undefined, undefined];
  if (!bound || !other) return false;
  const x = bound.value.value as number;
  const y = other.value.value as number;
  return y - x > (step(bound)?.step ?? 1);
}

/** A count that changes as a story develops (a toll), rather than a fixed fact (a workforce). */
export function isDevelopingCount(s: Slot): boolean {
  return (s.event !== undefined && DEVELOPING_EVENTS.has(s.event)) || (s.verb !== undefined && COUNT_RISE_VERBS.has(s.verb)) || s.local.includes('toll');
}

const pairings = new WeakMap<ClaimGraph, Map<number, { judge: PairJudge; pairing: Pairing }>>();

/**
 * Every two documents' figures paired by `figureJudge`, once per claim graph and
 * tolerance: number-mismatch reports from it and single-source reads it.
 */
export function figurePairing(ctx: RuleContext, tolerance: number): { judge: PairJudge; pairing: Pairing } {
  let byTolerance = pairings.get(ctx.graph);
  if (!byTolerance) pairings.set(ctx.graph, (byTolerance = new Map()));
  let hit = byTolerance.get(tolerance);
  if (!hit) {
    const slots = graphSlots(ctx.graph).filter((s) => FIGURE_KINDS.has(s.kind));
    const judge = figureJudge(
      tolerance,
      () => storyCountries(ctx.documents.flatMap((d) => d.values.filter((v) => v.kind === 'place').map((v) => String(v.value)))),
      (a, b) => anyPublishedApart(ctx, [a, b]),
      slots,
      (doc) => ctx.documents[doc]!.doc.role === 'draft',
    );
    const pairing = pairSlots(ctx, slots, judge);
    pairing.conflicts = pairing.conflicts.filter((c) => !changeReported(slots, c.a, c.b, tolerance));
    byTolerance.set(tolerance, (hit = { judge, pairing }));
  }
  return hit;
}

/**
 * "rose overnight to more than 2,300, up from about 1,500": when a report gives both figures as
 * a count's earlier and later level, one outlet's 1,500 and another's 2,300 are the same count
 * told at two moments, not a disagreement.
 */
function changeReported(slots: readonly Slot[], a: Slot, b: Slot, tolerance: number): boolean {
  const same = (x: Slot, y: Slot) => x.kind === y.kind && figuresAgree(x, y, tolerance);
  return slots.some(
    (from) =>
      from.figureRole === 'from' &&
      slots.some((to) => to.fact === from.fact && to !== from && to.figureRole === 'level' && ((same(from, a) && same(to, b)) || (same(from, b) && same(to, a)))),
  );
}
