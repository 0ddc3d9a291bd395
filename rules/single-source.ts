import { defineRule, factSupport, quoteContentWords, quoteSupport, type Fact, type RuleContext, type Value } from '@factlint/core';
import { figurePairing } from './support/figures.js';
import { isBackground } from './support/background.js';
import { ofAnotherEvent } from './support/other-events.js';
import { excerpt, sourceName } from './support/describe.js';

const QUANTITIES = new Set(['number', 'money', 'percent', 'duration', 'time']);

export default defineRule({
  id: 'single-source',
  meta: {
    description: 'Report a statement or quote that fewer than `minSources` sources carry, and a draft claim fewer than `minSources` sources support',
    defaultSeverity: 'info',
    claims: ['fact', 'quote'],
    options: {
      minSources: {
        type: 'integer',
        default: 2,
        minimum: 2,
        description: 'How many sources must carry a statement for it to count as corroborated',
      },
      withDates: {
        type: 'boolean',
        default: false,
        description: 'Also check statements whose only checkable value is a date or a place',
      },
      quotes: {
        type: 'boolean',
        default: true,
        description: 'Also check direct quotes: a remark only one source quotes or reports',
      },
      quoteWords: {
        type: 'integer',
        default: 3,
        minimum: 1,
        description: 'Content words a quote needs to count as a claim (shorter scare quotes are left alone)',
      },
    },
    messages: {
      single: 'Only {{count}} of {{total}} sources reports this: "{{text}}"',
      few: 'Only {{count}} of {{total}} sources report this: "{{text}}"',
      none: 'None of the {{total}} sources reports this: "{{text}}"',
      singleQuote: 'Only {{count}} of {{total}} sources carries this quote{{speakerPart}}: "{{text}}"',
      fewQuote: 'Only {{count}} of {{total}} sources carry this quote{{speakerPart}}: "{{text}}"',
    },
  },
  check(ctx, { minSources, withDates, quotes, quoteWords }) {
    const total = ctx.documents.filter((d) => d.doc.role === 'source').length;
    // With fewer sources than the threshold, nothing could ever be corroborated.
    if (total < minSources) return;
    // The figures number-mismatch pairs across documents, agreeing or not: a source's figure
    // another source gives differently is disputed, not carried by one source alone; a
    // draft's figure a source contradicts is the mismatch rules' business.
    let pairs: Counterparts | undefined;
    const counterparts = () => (pairs ??= figureCounterparts(ctx));
    ctx.documents.forEach((d, i) => {
      // A draft is judged by the sources that support it; a source counts itself.
      const draft = d.doc.role === 'draft';
      const own = draft ? 0 : 1;
      for (const fact of d.facts) {
        // Quantities are what a reader checks; a date or place alone is usually background.
        const quantities = fact.values.filter((v) => QUANTITIES.has(v.kind) && v.unit !== 'years old' && !statedAge(d.doc.text, v) && !describes(d.doc.text, v) && !ofAnotherEvent(d.doc.text, fact, v) && !introducesSource(d.doc.text, v));
        if (!withDates && quantities.length === 0) continue;
        // Each quantity is a claim of its own: "lasted about 40 seconds and was followed by
        // more than 30 aftershocks" is two, and another source may carry only one. A
        // quantity restated in brackets ("9:30 AM local time (0730 GMT)") is one claim.
        const news = quantities.filter((v) => !isBackground(d, fact, v));
        if (quantities.length > 0 && news.length === 0) continue;
        if (draft && news.some((v) => counterparts().disputed.has(v))) continue;
        const claims = withDates || quantities.length === 0 ? [[fact]] : restatements(d.doc.text, news).map((alts) => alts.map((v) => ({ ...fact, values: [v] })));
        const supportOf = (c: Fact) => withCounterparts(factSupport(ctx.documents, i, c), c.values.length === 1 ? counterparts().support.get(c.values[0]!) : undefined);
        const supports = claims.map((alts) => alts.map(supportOf).reduce((a, b) => (docCount(b) > docCount(a) ? b : a)));
        const support = supports.reduce((a, b) => (docCount(b) < docCount(a) ? b : a));
        const count = own + docCount(support);
        if (count >= minSources) continue;
        ctx.report({
          messageId: count === 0 ? 'none' : count === 1 ? 'single' : 'few',
          place: { doc: i, span: fact.span },
          data: {
            count,
            total,
            text: excerpt(fact.text),
            source: sourceName(d),
            values: fact.values.map((v) => ({ kind: v.kind, text: v.text, value: v.value })),
          },
          related: related(ctx, support),
        });
      }
      if (!quotes) return;
      const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
      for (const q of d.quotes) {
        // The inner quote of a nested quote is the speaker's own words' business.
        if (q.nested) continue;
        if (quoteContentWords(d, q) < quoteWords) continue;
        const support = quoteSupport(ctx.graph, i, q);
        // A draft quote no source carries is quote-unsupported's, and so is one no source quotes
        // in any close wording, whatever a source tells in its own words.
        if (draft && (support.length === 0 || !quotedBySource(ctx, i, q.id))) continue;
        const count = own + docCount(support);
        if (count >= minSources) continue;
        const speaker = q.speaker === undefined ? undefined : names.get(q.speaker);
        ctx.report({
          messageId: count === 1 ? 'singleQuote' : 'fewQuote',
          place: { doc: i, span: q.span },
          data: { count, total, text: excerpt(q.text), source: sourceName(d), speaker: speaker ?? null, speakerPart: speaker ? ` from ${speaker}` : '' },
          related: related(ctx, support),
        });
      }
    });
  },
});

/**
 * "Dana Baimukhanova, 52, wore …", "Isamu Okabe (54), who fishes …": a person's age set beside
 * their name, which the contract leaves out of single-source claims as the README says.
 */
function statedAge(text: string, v: Value): boolean {
  if (v.kind !== 'number' || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1 || v.value > 110 || !/^\d+$/.test(v.text)) return false;
  const before = text.slice(Math.max(0, v.span.start - 40), v.span.start);
  const after = text.slice(v.span.end, v.span.end + 3);
  if (/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(before) && /^\s*(?:,|\.|;|$)/.test(after)) return true;
  return /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*\(\s*$/u.test(before) && /^\s*\)/.test(after);
}

/** "One senior player told the Clarion", "one resident said": a source brought in, not a count. */
function introducesSource(text: string, v: Value): boolean {
  return v.kind === 'number' && /^one$/i.test(v.text) && /^(?:\s+[\p{Ll}-]+){1,3}\s+(?:told|said|says|added|explained|recalled|described|admitted|insisted|claimed|put it|wrote)\b/u.test(text.slice(v.span.end, v.span.end + 60));
}

/**
 * "the agency's five-step scale", "a three-member committee": a count inside a compound
 * modifier describes a thing's make-up, not the story's events ("a 5,000-strong crowd" still counts).
 */
function describes(text: string, v: Value): boolean {
  if (v.kind !== 'number') return false;
  if (/^-(?!strong\b)\p{Ll}/u.test(text.slice(v.span.end, v.span.end + 8))) return true;
  // "the 2,930-metre volcano": a measure worn by something already known is its standing size.
  return /\bthe\s+$/i.test(text.slice(Math.max(0, v.span.start - 5), v.span.start)) && /^[\d.,]+-\p{L}+$/u.test(v.text) && /^\s\p{Ll}/u.test(text.slice(v.span.end, v.span.end + 2));
}

/** Is this quote one of an utterance that a source quotes too (quote-unsupported's test)? */
function quotedBySource(ctx: RuleContext, doc: number, quote: string): boolean {
  return ctx.graph.utterances.some((u) => u.members.some((m) => m.doc === doc && m.quote === quote) && u.members.some((m) => ctx.documents[m.doc]!.doc.role === 'source'));
}

const related = (ctx: RuleContext, support: readonly Support[]) =>
  support.map((s) => ({ doc: s.doc, span: s.span, message: `also in ${sourceName(ctx.documents[s.doc]!)}` }));

type Support = ReturnType<typeof factSupport>[number];
const docCount = (support: readonly Support[]) => new Set(support.map((s) => s.doc)).size;

/** Between a figure and its restatement: the unit of the first, a bracket, a hedge ("640 meters (about 2,100 feet)"). */
const RESTATED = /^\s*(?:[\p{L}.]+\s+){0,2}[(\[]\s*(?:(?:about|around|some|roughly|nearly|almost|approximately|approx\.|more than|over|just over|just under)\s+)?$/u;

/** Values grouped with their bracketed restatements: "5 miles (8 km)", "9:30 AM local time (0730 GMT)". */
function restatements(text: string, values: readonly Value[]): Value[][] {
  const groups: Value[][] = [];
  for (const v of values) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && prev.kind === v.kind && RESTATED.test(text.slice(prev.span.end, v.span.start))) last.push(v);
    else groups.push([v]);
  }
  return groups;
}

function withCounterparts(support: Support[], more: readonly Support[] | undefined): Support[] {
  if (!more) return support;
  const docs = new Set(support.map((s) => s.doc));
  return [...support, ...more.filter((s) => !docs.has(s.doc))];
}

interface Counterparts {
  /** A value's counterparts in sources: figures of the same fact, agreeing or (between sources) disputed. */
  support: Map<Value, Support[]>;
  /** Draft values a source gives differently. */
  disputed: Set<Value>;
}

function figureCounterparts(ctx: RuleContext): Counterparts {
  const isSource = (doc: number) => ctx.documents[doc]!.doc.role === 'source';
  // Pairs are judged two documents at a time, so the source pairs are the same with drafts present.
  const { agreements, conflicts, contested } = figurePairing(ctx, 0).pairing;
  const support = new Map<Value, Support[]>();
  const disputed = new Set<Value>();
  const add = (v: Value, s: Support) => {
    let list = support.get(v);
    if (!list) support.set(v, (list = []));
    if (!list.some((x) => x.doc === s.doc)) list.push(s);
  };
  const link = (e: (typeof agreements)[number]) => {
    if (isSource(e.b.doc)) add(e.a.value, { doc: e.b.doc, span: e.b.fact.span });
    if (isSource(e.a.doc)) add(e.b.value, { doc: e.a.doc, span: e.a.fact.span });
  };
  for (const e of agreements) if (e.strong) link(e);
  for (const e of conflicts) {
    if (isSource(e.a.doc) && isSource(e.b.doc)) link(e);
    else disputed.add(isSource(e.a.doc) ? e.b.value : e.a.value);
  }
  // "met for about an hour" / "a closed-door meeting that lasted an hour and a half": two sources
  // giving one fact differently, if too loosely for number-mismatch to say so, each carry it.
  for (const e of contested) if (isSource(e.a.doc) && isSource(e.b.doc)) link(e);
  return { support, disputed };
}
