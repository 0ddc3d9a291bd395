import type { Fact, FactGroup, ResolvedDocument, Span, Value } from '../model/index.js';
import { contentLemmas } from '../extract/facts.js';
import { surname } from '../resolve/entities.js';
import { sameDimension } from '../analyse/measures.js';
import { PERSON_NOUN, sameSense, senses } from './senses.js';
import { utcMinutes } from '../analyse/time-zones.js';
import { secondsPer } from '../analyse/time-units.js';
import { DOLLARS, isBareDollar } from '../analyse/dollars.js';


/** A clock time with its zone: the one written, else the one its document's country keeps. */
export function zonedTime(v: Value): string {
  const t = String(v.value);
  // A zone the analysis worked out wins over the one written: "8:00 a.m. ET" in September is UTC-04:00.
  return v.zone ? `${t.slice(0, 5)} ${v.zone}` : t;
}

/** Clock times agree when their digits do and at most one names a zone, or both mean the same UTC instant. */
function sameTime(a: string, b: string): boolean {
  const pa = /^(\d{2}):(\d{2})(?: (\S+))?$/.exec(a);
  const pb = /^(\d{2}):(\d{2})(?: (\S+))?$/.exec(b);
  if (!pa || !pb) return a === b;
  const minutes = (p: RegExpExecArray) => Number(p[1]) * 60 + Number(p[2]);
  if (!pa[3] || !pb[3]) return minutes(pa) === minutes(pb);
  const ua = utcMinutes(a);
  const ub = utcMinutes(b);
  if (ua === undefined || ub === undefined) return minutes(pa) === minutes(pb) && pa[3] === pb[3];
  return (ua + 1440) % 1440 === (ub + 1440) % 1440;
}

/** Currencies "pesos" may mean: the country tells which, and the text often does not. */
const PESOS = new Set(['PESO', 'PHP', 'MXN', 'CLP', 'ARS', 'COP', 'UYU', 'DOP', 'CUP']);

/** The rupees: a report that names no place of its own leaves "Rs" as India's (analyse's `localRupee`). */
const RUPEES = new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR']);

/** The same currency, or "pesos" against one of the pesos ("1.2 billion pesos" and "₱1.2 billion"), or two rupees. */
export function sameCurrency(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a !== undefined && b !== undefined && RUPEES.has(a) && RUPEES.has(b)) return true;
  return (a === 'PESO' && b !== undefined && PESOS.has(b)) || (b === 'PESO' && a !== undefined && PESOS.has(a));
}

/**
 * Two sums in one currency: `sameCurrency`, or a bare "$" against any dollar, since a report whose
 * places do not say which country it is from leaves "$" unnamed ("$1.26 billion" in a draft and
 * in a New Zealand paper). "US$4.16" and "A$6.40" name theirs and stay apart.
 */
export function sameMoneyUnit(a: Value, b: Value): boolean {
  if (sameCurrency(a.unit, b.unit)) return true;
  const bare = (v: Value) => v.unit === 'USD' && isBareDollar(v.text);
  return DOLLARS.has(a.unit ?? '') && DOLLARS.has(b.unit ?? '') && (bare(a) || bare(b));
}

/** Same kind and same normalised value (places: same name; times: same instant). */
export function sameValue(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'time') return sameTime(zonedTime(a), zonedTime(b));
  if (typeof a.value === 'number' && typeof b.value === 'number') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
  return String(a.value).toLowerCase() === String(b.value).toLowerCase();
}

/**
 * "- Saudi Arabia: -700,000 b/d" / "Saudi Arabia will cut 700,000 bpd": a change written with its
 * sign is the size the prose gives with a verb.
 */
function signedChange(a: Value, b: Value): boolean {
  if (a.kind !== b.kind || typeof a.value !== 'number' || typeof b.value !== 'number' || a.value === 0) return false;
  return (/^[-−+]/.test(a.text) || /^[-−+]/.test(b.text)) && Math.abs(a.value) === Math.abs(b.value);
}

function shared(a: readonly string[], b: readonly string[]): number {
  const sb = new Set(b);
  let n = 0;
  for (const w of new Set(a)) if (sb.has(w)) n++;
  return n;
}

const sensesCache = new WeakMap<Fact, string[]>();
/** A fact's words as senses: "killed" and "death toll" and "died" are one. */
function factSenses(f: Fact): string[] {
  let out = sensesCache.get(f);
  if (!out) {
    const set = new Set<string>();
    for (const l of f.lemmas) for (const s of senses(l)) set.add(s);
    sensesCache.set(f, (out = [...set]));
  }
  return out;
}

/** Do two facts state the same thing? Shared senses, and a shared value or most of them. */
export function factsMatch(f: Fact, g: Fact): boolean {
  const fs = factSenses(f);
  const gs = factSenses(g);
  const s = shared(fs, gs);
  const min = Math.min(fs.length, gs.length);
  const valueMatch = f.values.some((v) => g.values.some((w) => sameValue(v, w) || signedChange(v, w)));
  if (valueMatch && s >= 1) return true;
  return s >= 3 && min > 0 && s / min >= 0.5;
}

/** Facts stating the same thing across documents, as connected groups. */
export function alignFacts(docs: readonly ResolvedDocument[]): FactGroup[] {
  const all = docs.flatMap((d, doc) => d.facts.map((fact) => ({ doc, fact })));
  const index = new Map<string, number[]>();
  all.forEach((x, i) => {
    for (const l of factSenses(x.fact)) {
      let list = index.get(l);
      if (!list) index.set(l, (list = []));
      list.push(i);
    }
  });
  const parent = all.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const linked = new Set<number>();
  all.forEach((x, i) => {
    const candidates = new Set<number>();
    for (const l of factSenses(x.fact)) for (const j of index.get(l)!) if (j > i && all[j]!.doc !== x.doc) candidates.add(j);
    for (const j of candidates) {
      if (factsMatch(x.fact, all[j]!.fact)) {
        parent[find(i)] = find(j);
        linked.add(i).add(j);
      }
    }
  });
  const groups = new Map<number, FactGroup>();
  for (const i of linked) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { id: '', members: [] }));
    g.members.push({ doc: all[i]!.doc, fact: all[i]!.fact.id });
  }
  return [...groups.values()].map((g, i) => ({ ...g, id: `fg${i + 1}` }));
}

export interface Support {
  doc: number;
  span: Span;
}

/**
 * Where other documents support a fact: a matching fact, or a sentence that
 * carries most of its words. Used by single-source and the draft rules.
 */
const SPECIFIC = new Set(['duration', 'money', 'percent', 'time']);

/**
 * The same specific quantity (a duration, a sum, a percentage, a clock time, a count of three
 * significant digits or more of the same things) is evidence on its own: "212,000 participants"
 * and "tracked 212,000 pensioners" share no other word.
 */
function sameSpecificValue(f: Fact, g: Fact): boolean {
  return f.values.some(
    (v) =>
      (SPECIFIC.has(v.kind) && g.values.some((w) => sameValue(v, w) || countedTime(v, w))) ||
      (specificCount(v) && g.values.some((w) => sameValue(v, w) && (sameThings(v, w) || (PERSON_NOUN.has(v.unit ?? '') && PERSON_NOUN.has(w.unit ?? ''))))),
  );
}

/**
 * "212,000", "14,860", "4.6 million": a count two reports rarely give alike by chance (not a
 * year). Two figures in the thousands ("41,000") are already rare; in the tens they are not.
 */
function specificCount(v: Value): boolean {
  if (v.kind !== 'number' || typeof v.value !== 'number') return false;
  const significant = String(Math.round(Math.abs(v.value))).replace(/0+$/, '');
  return (significant.length >= 3 || (significant.length === 2 && Math.abs(v.value) >= 1000)) && !(!v.unit && v.value >= 1900 && v.value <= 2100);
}

/** "ran for 23 days of hearings" and "over 23 hearing days": a length of time and a count of its units. */
function countedTime(v: Value, w: Value): boolean {
  const [d, n] = v.kind === 'duration' && w.kind === 'number' ? [v, w] : w.kind === 'duration' && v.kind === 'number' ? [w, v] : [undefined, undefined];
  const unit = n?.unit === undefined ? undefined : secondsPer(n.unit);
  return !!d && !!n && unit !== undefined && Math.abs((d.value as number) - (n.value as number) * unit) < 1;
}

function sameThings(v: Value, w: Value): boolean {
  if (v.kind !== 'number' || sameValue(v, w) || signedChange(v, w)) return true;
  // A count of named things ("five helicopters") is not carried by a bare figure of a clause
  // about something else ("38 were still missing"); a bare figure ("the toll rose to 17") may
  // count anything.
  if (!v.unit) return true;
  if (!w.unit) return false;
  return sameSense(v.unit, w.unit) || sameDimension(v.unit, w.unit);
}

export function factSupport(docs: readonly ResolvedDocument[], doc: number, fact: Fact, minShare = 0.6): Support[] {
  const support: Support[] = [];
  const lemmas = new Set(fact.lemmas);
  // A statement of quantity is supported only where the same quantity appears.
  const quantified = fact.values.some((v) => v.kind !== 'date' && v.kind !== 'place');
  docs.forEach((d, di) => {
    if (di === doc || d.doc.role !== 'source') return;
    // A quantity is carried only by a statement that gives one of its kind, equal or not
    // ("lasted three hours" carries the length of the talks; a conflict is another rule's).
    // A count carries a count of the same things, or the same figure: "12 bridges" is not
    // carried by "40 homes" in a clause that otherwise matches.
    const carries = (g: Fact) => !quantified || fact.values.some((v) => v.kind !== 'date' && v.kind !== 'place' && g.values.some((w) => (w.kind === v.kind && sameThings(v, w)) || countedTime(v, w)));
    const f = d.facts.find((g) => (factsMatch(fact, g) && carries(g)) || sameSpecificValue(fact, g));
    if (f) { support.push({ doc: di, span: f.span }); return; }
    const quoted = quantified ? quotedFigure(docs[doc]!, fact, d) : undefined;
    if (quoted) { support.push({ doc: di, span: quoted }); return; }
    if (quantified || lemmas.size < 2) return;
    for (const s of d.sentences) {
      const sl = contentLemmas(d.tokens.slice(s.tokenStart, s.tokenEnd));
      const n = shared([...lemmas], sl);
      if (n >= 2 && n / lemmas.size >= minShare) { support.push({ doc: di, span: s.span }); return; }
    }
  });
  return support;
}

/**
 * "Delgado said she served a dozen customers" is carried by another source quoting
 * Delgado with a dozen: the figure in the words of the person the statement names.
 */
function quotedFigure(own: ResolvedDocument, fact: Fact, other: ResolvedDocument): Span | undefined {
  const named = new Set<string>();
  for (const m of fact.subject ? [fact.subject, ...fact.mentions] : fact.mentions) {
    const e = own.entities.find((x) => x.mentions.some((s) => s.start < m.span.end && m.span.start < s.end));
    if (e) named.add(surname(e.canonical));
  }
  if (named.size === 0) return undefined;
  const figures = fact.values.filter((v) => v.kind !== 'date' && v.kind !== 'place');
  for (const q of other.quotes) {
    const speaker = q.speaker === undefined ? undefined : other.entities.find((x) => x.id === q.speaker);
    if (!speaker || !named.has(surname(speaker.canonical))) continue;
    const inside = other.values.some((w) => w.span.start >= q.span.start && w.span.end <= q.span.end && figures.some((v) => sameValue(v, w)));
    if (inside) return q.span;
  }
  return undefined;
}

