import { defineRule, factSupport, type Fact, type RuleContext, type Value } from '@factlint/core';
import { figurePairing } from './support/figures.js';
import { isBackground } from './support/background.js';
import { excerpt, sourceName } from './support/describe.js';

const QUANTITIES = new Set(['number', 'money', 'percent', 'duration', 'time']);

export default defineRule({
  id: 'single-source',
  meta: {
    description: 'Report a checkable statement that fewer than `minSources` sources make',
    defaultSeverity: 'info',
    claims: ['fact'],
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
    },
    messages: {
      single: 'Only {{count}} of {{total}} sources reports this: "{{text}}"',
      few: 'Only {{count}} of {{total}} sources report this: "{{text}}"',
    },
  },
  check(ctx, { minSources, withDates }) {
    const sources = ctx.documents.map((d, i) => ({ d, i })).filter((x) => x.d.doc.role === 'source');
    const total = sources.length;
    // With fewer sources than the threshold, nothing could ever be corroborated.
    if (total < minSources) return;
    // The figures number-mismatch pairs across sources, agreeing or not: a figure another
    // source gives differently is disputed, not carried by one source alone.
    let pairs: Map<Value, Support[]> | undefined;
    const counterparts = () => (pairs ??= figureCounterparts(ctx));
    for (const { d, i } of sources) {
      for (const fact of d.facts) {
        // Quantities are what a reader checks; a date or place alone is usually background.
        const quantities = fact.values.filter((v) => QUANTITIES.has(v.kind) && v.unit !== 'years old');
        if (!withDates && quantities.length === 0) continue;
        // Each quantity is a claim of its own: "lasted about 40 seconds and was followed by
        // more than 30 aftershocks" is two, and another source may carry only one. A
        // quantity restated in brackets ("9:30 AM local time (0730 GMT)") is one claim.
        const news = quantities.filter((v) => !isBackground(d, fact, v));
        if (quantities.length > 0 && news.length === 0) continue;
        const claims = withDates || quantities.length === 0 ? [[fact]] : restatements(d.doc.text, news).map((alts) => alts.map((v) => ({ ...fact, values: [v] })));
        const supportOf = (c: Fact) => withCounterparts(factSupport(ctx.documents, i, c), c.values.length === 1 ? counterparts().get(c.values[0]!) : undefined);
        const supports = claims.map((alts) => alts.map(supportOf).reduce((a, b) => (docCount(b) > docCount(a) ? b : a)));
        const weakest = supports.reduce((a, b) => (docCount(b) < docCount(a) ? b : a));
        const support = weakest;
        const count = 1 + docCount(support);
        if (count >= minSources) continue;
        ctx.report({
          messageId: count === 1 ? 'single' : 'few',
          place: { doc: i, span: fact.span },
          data: {
            count,
            total,
            text: excerpt(fact.text),
            source: sourceName(d),
            values: fact.values.map((v) => ({ kind: v.kind, text: v.text, value: v.value })),
          },
          related: support.map((s) => ({ doc: s.doc, span: s.span, message: `also in ${sourceName(ctx.documents[s.doc]!)}` })),
        });
      }
    }
  },
});

type Support = ReturnType<typeof factSupport>[number];
const docCount = (support: readonly Support[]) => new Set(support.map((s) => s.doc)).size;

/** Values grouped with their bracketed restatements: "5 miles (8 km)", "9:30 AM local time (0730 GMT)". */
function restatements(text: string, values: readonly Value[]): Value[][] {
  const groups: Value[][] = [];
  for (const v of values) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && prev.kind === v.kind && /^\s*[(\[]\s*$/.test(text.slice(prev.span.end, v.span.start))) last.push(v);
    else groups.push([v]);
  }
  return groups;
}

function withCounterparts(support: Support[], more: readonly Support[] | undefined): Support[] {
  if (!more) return support;
  const docs = new Set(support.map((s) => s.doc));
  return [...support, ...more.filter((s) => !docs.has(s.doc))];
}

function figureCounterparts(ctx: RuleContext): Map<Value, Support[]> {
  const isSource = (doc: number) => ctx.documents[doc]!.doc.role === 'source';
  // Pairs are judged two documents at a time, so the source pairs are the same with drafts present.
  const { agreements, conflicts } = figurePairing(ctx, 0).pairing;
  const out = new Map<Value, Support[]>();
  const add = (v: Value, s: Support) => {
    let list = out.get(v);
    if (!list) out.set(v, (list = []));
    if (!list.some((x) => x.doc === s.doc)) list.push(s);
  };
  for (const e of [...agreements.filter((x) => x.strong), ...conflicts]) {
    if (!isSource(e.a.doc) || !isSource(e.b.doc)) continue;
    add(e.a.value, { doc: e.b.doc, span: e.b.fact.span });
    add(e.b.value, { doc: e.a.doc, span: e.a.fact.span });
  }
  return out;
}
