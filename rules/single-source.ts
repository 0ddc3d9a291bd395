import { defineRule, factSupport } from '@factlint/core';
import { excerpt, sourceName } from './support/describe.js';

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
    },
    messages: {
      single: 'Only {{count}} of {{total}} sources reports this: "{{text}}"',
      few: 'Only {{count}} of {{total}} sources report this: "{{text}}"',
    },
  },
  check(ctx, { minSources }) {
    const sources = ctx.documents.map((d, i) => ({ d, i })).filter((x) => x.d.doc.role === 'source');
    const total = sources.length;
    // With fewer sources than the threshold, nothing could ever be corroborated.
    if (total < minSources) return;
    for (const { d, i } of sources) {
      for (const fact of d.facts) {
        const support = factSupport(ctx.documents, i, fact);
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
