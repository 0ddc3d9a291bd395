import { defineRule, factSupport } from '@factlint/core';
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
    for (const { d, i } of sources) {
      for (const fact of d.facts) {
        // Quantities are what a reader checks; a date or place alone is usually background.
        if (!withDates && !fact.values.some((v) => QUANTITIES.has(v.kind) && v.unit !== 'years old')) continue;
        // Each quantity is a claim of its own: "lasted about 40 seconds and was followed by
        // more than 30 aftershocks" is two, and another source may carry only one.
        const quantities = fact.values.filter((v) => QUANTITIES.has(v.kind) && v.unit !== 'years old');
        const claims = withDates || quantities.length === 0 ? [fact] : quantities.map((v) => ({ ...fact, values: [v] }));
        const supports = claims.map((c) => factSupport(ctx.documents, i, c));
        const weakest = supports.reduce((a, b) => (new Set(b.map((s) => s.doc)).size < new Set(a.map((s) => s.doc)).size ? b : a));
        const support = weakest;
        const count = 1 + new Set(support.map((s) => s.doc)).size;
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
