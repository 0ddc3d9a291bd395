import { defineRule, namesWeekday, SAYING_VERBS, utcMinutes, type RuleContext, type ValueKind } from '@factlint/core';
import { pairSlots, type PairJudge } from './support/clusters.js';
import { reportDraftConflicts, reportSourceConflicts } from './support/report-values.js';
import { sourceName } from './support/describe.js';
import { graphSlots } from './support/all-slots.js';
import { clauseScore, COUNT_RISE_VERBS, evidence, happeningEvidence, type Slot } from './support/slots.js';

const KINDS = new Set<ValueKind>(['date']);
const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Reading {
  precision: 'day' | 'month';
  /** Weekday-only ("on Tuesday"): the week is a guess, the weekday is not. */
  weekdayOnly: boolean;
  /** "last Thursday", "next Monday", "this Friday": the words tell the week as well as the day. */
  shift?: 'last' | 'next' | 'this';
  value: string;
  time: number;
  weekday?: number;
}

/** "as many people as it does today", "even today": today as nowadays, not a day. */
function nowadays(s: Slot): boolean {
  if (!/^today$/i.test(s.value.text.trim())) return false;
  const before = s.fact.text.slice(0, Math.max(0, s.value.span.start - s.fact.span.start));
  return /\b(?:(?:as|than)\b(?:\s+[\w'’]+){0,5}?\s+(?:do|does|did|is|are|was|were|has|have)|even|still|until|up to|to this|of)\s+$/i.test(before);
}

function reading(s: Slot): Reading | undefined {
  if (nowadays(s)) return undefined;
  const v = String(s.value.value);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return undefined;
  const weekdayOnly = s.value.certainty === 'uncertain';
  // An uncertain date that is not a weekday ("next week", "later this month") is too vague to contradict.
  if (weekdayOnly && !namesWeekday(s.value.text)) return undefined;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1));
  const shift = /^(last|next|this)\s/i.exec(s.value.text)?.[1]?.toLowerCase() as Reading['shift'];
  return { precision: m[3] ? 'day' : 'month', weekdayOnly, value: v, time, ...(m[3] ? { weekday: new Date(time).getUTCDay() } : {}), ...(shift ? { shift } : {}) };
}

/** What a preposition makes of a date: the day itself, the end of a span, its start, or a deadline. */
function role(prep: string | undefined): string {
  switch (prep) {
    case 'until':
    case 'till':
    case 'through':
      return 'until';
    case 'since':
    case 'from':
      return 'since';
    case 'by':
    case 'before':
      return 'by';
    case 'after':
      return 'after';
    default:
      return 'on';
  }
}

/** "the fourth quarter ended Dec. 31": a period's last day, compared only with other ends. */
function roleOf(s: Slot): string {
  const before = s.fact.text.slice(0, Math.max(0, s.value.span.start - s.fact.span.start));
  if (!s.prep && (s.headVerb === 'end' || /\b(?:ended|ending|ends)\s+$/i.test(before))) return 'until';
  // "until the end of Monday 14 July", "through the end of Monday": the span's last day.
  if (/\b(?:until|till|through|to)\s+the\s+end\s+of\s+$/i.test(before)) return 'until';
  // "between 8 July and 13 July": the span's first day and its last.
  if (s.prep === 'between') return 'since';
  if (/\bbetween\s+[^,;]{1,40}\s+and\s+$/i.test(before)) return 'until';
  // "stayed open until 7pm today": the day of a clock time a stretch ends at is its end too.
  if (!s.prep && /\b(?:until|till)\s+(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?)?\s+$/i.test(before)) return 'until';
  return role(s.prep);
}

type Relation = 'agree' | 'conflict' | 'unrelated';

function relate(a: Reading, b: Reading, compareWeekdays: boolean): Relation {
  if (a.weekdayOnly && b.weekdayOnly) {
    if (a.weekday === b.weekday) return 'agree';
    return compareWeekdays ? 'conflict' : 'unrelated';
  }
  if (a.weekdayOnly || b.weekdayOnly) {
    const [w, c] = a.weekdayOnly ? [a, b] : [b, a];
    if (c.precision === 'month') return w.value.startsWith(c.value) ? 'agree' : 'unrelated';
    // "will fly on Thursday" against "began flying on Sept. 15, 2019": years apart, two events.
    if (Math.abs(w.time - c.time) > 400 * DAY) return 'unrelated';
    // "Monday" against a resolved date: the same weekday is agreement (the week is a guess);
    // another weekday is a conflict no guess of the week explains ("on Tuesday" / "last night",
    // said on a Thursday morning), and so is the same weekday more than a week away.
    // "last Thursday", "next Monday": the words tell the week, so no other week agrees ("last
    // Thursday", told on Thursday 17 March, is 10 March, not 3 March).
    if (w.weekday === c.weekday && w.shift !== undefined) return w.time === c.time ? 'agree' : 'conflict';
    if (w.weekday === c.weekday && Math.abs(w.time - c.time) <= 7 * DAY) return 'agree';
    if (w.weekday !== c.weekday) return compareWeekdays ? 'conflict' : 'unrelated';
    return Math.abs(w.time - c.time) > 7 * DAY ? 'conflict' : 'unrelated';
  }
  if (a.precision !== b.precision) {
    const [day, month] = a.precision === 'day' ? [a, b] : [b, a];
    if (day.value.startsWith(month.value)) return 'agree';
    // "arrested on 9 June 2026" against "arrested in May 2026": a day outside the month of the same
    // year is another date; a day against a year is too coarse to say.
    return day.precision === 'day' && month.precision === 'month' && day.value.slice(0, 4) === month.value.slice(0, 4) ? 'conflict' : 'unrelated';
  }
  if (a.value === b.value) return 'agree';
  // "began flying the route on Sept. 15, 2019" and "will fly on Thursday": years apart, two
  // events, unless only the year was mistyped (the same month and day).
  if (Math.abs(a.time - b.time) > 400 * DAY && a.value.slice(4) !== b.value.slice(4)) return 'unrelated';
  return 'conflict';
}

const cap = (n: number, max: number) => Math.min(n, max);

/** The clock times told beside a date in its clause ("at 10:40 p.m. on Tuesday", "10:40 p.m. last night"). */
function clocksBeside(s: Slot): string[] {
  return s.fact.values
    .filter((v) => v.kind === 'time' && Math.abs(v.span.start - s.value.span.start) <= 60)
    .map((v) => String(v.value).slice(0, 5));
}

/**
 * The instant a date and a zoned clock time beside it name, in minutes since the epoch: "9:01 p.m.
 * PT on Wednesday" and "12:01 a.m. ET Thursday" are one moment told on two local days.
 */
function zonedInstant(s: Slot, r: Reading | undefined): number | undefined {
  if (!r || r.precision !== 'day') return undefined;
  for (const v of s.fact.values) {
    if (v.kind !== 'time' || Math.abs(v.span.start - s.value.span.start) > 60) continue;
    const minutes = utcMinutes(String(v.value));
    if (minutes !== undefined) return r.time / 60_000 + minutes;
  }
  return undefined;
}

/**
 * One happening at one minute: "made landfall at 10:40 p.m. on Tuesday" and "made landfall …
 * at 10:40 p.m. last night" date the same moment, however far the verb stands from the date.
 */
function sameClock(a: Slot, b: Slot): boolean {
  const ca = clocksBeside(a);
  return ca.length > 0 && clocksBeside(b).some((t) => ca.includes(t) && t !== '00:00' && t !== '12:00');
}

/**
 * "began on September 16 and was detected on September 28" against "got in on
 * September 19 and was spotted on September 28": two clauses with two dates each,
 * one of them the same day (a day each document names only once), the other in the
 * same place in the sequence. The shared day ties the two sequences together.
 */
function parallelTest(slots: readonly Slot[], r: (s: Slot) => Reading | undefined): (a: Slot, b: Slot) => boolean {
  const inFact = new Map<string, Slot[]>();
  const occurrences = new Map<string, number>();
  for (const x of slots) {
    if (r(x)?.precision === 'day') {
      const k = `${x.doc}:${x.fact.id}`;
      inFact.set(k, [...(inFact.get(k) ?? []), x]);
    }
    const o = `${x.doc}:${String(x.value.value)}`;
    occurrences.set(o, (occurrences.get(o) ?? 0) + 1);
  }
  const once = (s: Slot) => occurrences.get(`${s.doc}:${String(s.value.value)}`) === 1;
  return (a, b) => {
    const da = inFact.get(`${a.doc}:${a.fact.id}`) ?? [];
    const db = inFact.get(`${b.doc}:${b.fact.id}`) ?? [];
    if (da.length !== 2 || db.length !== 2) return false;
    const oa = da.find((x) => x !== a);
    const ob = db.find((x) => x !== b);
    if (!oa || !ob || oa.value.value !== ob.value.value || oa.value.certainty === 'uncertain') return false;
    if (!once(oa) || !once(ob)) return false;
    return a.value.span.start < oa.value.span.start === b.value.span.start < ob.value.span.start;
  };
}

/** A date on a verb of a count's rise ("the toll rose to 22 on Monday"): when the count moved. */
const countRose = (s: Slot) => s.verb !== undefined && COUNT_RISE_VERBS.has(s.verb);

/**
 * Verbs of saying: "the fire department said on Sunday evening" and "… said last night"
 * date two briefings as often as one; a statement is repeated, an event happens once.
 */
const saying = (s: Slot) => s.verb !== undefined && SAYING_VERBS.has(s.verb);

export function judge(compareWeekdays: boolean, slots: readonly Slot[] = []): PairJudge {
  const readings = new Map<Slot, Reading | undefined>();
  const r = (s: Slot) => {
    if (!readings.has(s)) readings.set(s, reading(s));
    return readings.get(s);
  };
  const parallel = parallelTest(slots, r);
  const slotOf = new Map(slots.map((s) => [s.value, s]));
  const agrees = (x: Slot, y: Slot) => {
    const [rx, ry] = [r(x), r(y)];
    return rx !== undefined && ry !== undefined && relate(rx, ry, compareWeekdays) === 'agree';
  };
  /** Does `s`'s clause give, beside `s`, a date that agrees with `other`? */
  const datesOther = (s: Slot, other: Slot) =>
    s.fact.values.some((v) => {
      if (v === s.value || v.kind !== 'date') return false;
      const t = slotOf.get(v);
      return t !== undefined && agrees(t, other);
    });
  const sameEvent = (a: Slot, b: Slot) => {
    const e = evidence(a, b);
    return e.head.length > 0 || e.local.length >= 2 || (e.values > 0 && e.facts.length >= 2) || parallel(a, b) || sameClock(a, b);
  };
  return {
    score(a, b) {
      if (!r(a) || !r(b)) return undefined;
      if (roleOf(a) !== roleOf(b)) return undefined;
      // "On 24 January it received the proposal … and rejected it on 7 February" / "rejected the
      // proposal last month": a clause that gives the other's date too tells of another step.
      if (datesOther(a, b) || datesOther(b, a)) return undefined;
      // "The death toll rose to 22 on Monday" dates a count's rise, not the collapse "on Sunday".
      if (countRose(a) !== countRose(b)) return undefined;
      // Verbs naming different events weigh against one date, and the people the clauses
      // count or name are then no evidence of one happening (`happeningEvidence`). ("markets are
      // betting on a cut at its next assessment on September 26" / "the next assessment is
      // scheduled for 19 September": a shared head noun names the event.)
      const { head, local, clause, otherVerbs } = happeningEvidence(a, b);
      let s = 0;
      if (otherVerbs && head.length === 0) s -= 1.5;
      s += cap(head.length * 3, 6);
      s += cap(local.length, 3);
      s += clauseScore(clause);
      if (a.marks.some((m) => b.marks.includes(m))) s += 1.5;
      if (parallel(a, b)) s += 4;
      if (sameClock(a, b)) s += 4;
      // "has until Thursday to confirm the appeal" / "have until Wednesday evening to confirm it":
      // two ends of a span, each with what is to be done by then, are rarer than two days.
      if (roleOf(a) !== 'on' && head.length > 0) s += 1;
      return s;
    },
    agreeAt: 4,
    repeatsAcrossDocument: true,
    // The same event: the words the dates hang on, or much of the clause around them.
    // A statement is dated by its clause only when the two clauses tell the same announcement
    // at length ("said on Monday it would close its dryer plant in Marion" / "said on Tuesday
    // that it will close its dryer plant in Marion").
    conflictAt: (a, b) => {
      if (!sameEvent(a, b)) return Infinity;
      if ((saying(a) || saying(b)) && !sameClock(a, b)) return saying(a) && saying(b) && evidence(a, b).local.length >= 4 ? 12 : Infinity;
      return 5.5;
    },
    agree: (a, b) => {
      const [ia, ib] = [zonedInstant(a, r(a)), zonedInstant(b, r(b))];
      if (ia !== undefined && ib !== undefined) return ia === ib;
      return relate(r(a)!, r(b)!, compareWeekdays) === 'agree';
    },
    plausible: (a, b) => {
      const [ia, ib] = [zonedInstant(a, r(a)), zonedInstant(b, r(b))];
      if (ia !== undefined && ib !== undefined) return ia !== ib && relate(r(a)!, r(b)!, compareWeekdays) === 'conflict';
      return relate(r(a)!, r(b)!, compareWeekdays) === 'conflict';
    },
  };
}

function describeDate(s: Slot): string {
  const v = String(s.value.value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    const day = WEEKDAYS[d.getUTCDay()]!;
    const text = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    // A weekday name says nothing more than its weekday; a resolved relative date says which day.
    if (s.value.certainty === 'uncertain') return `"${s.value.text}"`;
    return new RegExp(`^(?:on\\s+)?${day}$`, 'i').test(s.value.text) ? `"${s.value.text}"` : `"${s.value.text}" (${day} ${text})`;
  }
  return `"${s.value.text}"`;
}

function valueData(ctx: RuleContext, s: Slot) {
  const d = ctx.documents[s.doc]!;
  return {
    file: d.doc.path,
    source: sourceName(d),
    text: s.value.text,
    date: s.value.value,
    certainty: s.value.certainty ?? 'certain',
    ...(d.doc.meta.published ? { published: d.doc.meta.published } : {}),
  };
}

export default defineRule({
  id: 'date-mismatch',
  meta: {
    description: 'Report one event given different dates once relative dates are resolved against each publication date',
    defaultSeverity: 'warning',
    claims: ['fact'],
    options: {
      compareWeekdays: {
        type: 'boolean',
        default: true,
        description: 'Report two different weekday names for one event ("on Thursday" against "last Friday") even though the week of each is inferred',
      },
    },
    messages: {
      differs: 'Sources date this differently: {{textA}} in {{sourceA}} but {{others}}',
      draftDiffers: 'The draft dates this {{textA}} but {{others}}',
    },
  },
  check(ctx, { compareWeekdays }) {
    // "(2300 GMT Sunday)": the day of a converted clock, not of the event where it happened.
    const slots = graphSlots(ctx.graph).filter((s) => KINDS.has(s.kind) && !s.value.zone);
    const j = judge(compareWeekdays, slots);
    const pairing = pairSlots(ctx, slots, j);
    const agree = (a: Slot, b: Slot) => j.agree(a, b);
    const style = { span: (s: Slot) => s.value.span, show: describeDate };
    // Related places name their publication times: a relative date is read against them.
    const times = () => ({ sources: false, related: true });
    reportSourceConflicts(ctx, pairing, agree, {
      ...style,
      times,
      report: ({ members }, w) => ({ messageId: 'differs', data: { ...w, dates: members.map((s) => valueData(ctx, s)) } }),
    });
    reportDraftConflicts(ctx, pairing, agree, {
      ...style,
      times,
      report: ({ sources }, w) => ({ messageId: 'draftDiffers', data: { ...w, dates: sources.map((s) => valueData(ctx, s)) } }),
    }, undefined, true);
  },
});
