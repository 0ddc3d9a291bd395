import { defineRule, FUNCTION_WORDS, wordsOf } from '@factlint/core';
import { excerpt } from './support/describe.js';

export default defineRule({
  id: 'quote-unsupported',
  meta: {
    description: 'Report a draft quote that no source contains in any close wording',
    defaultSeverity: 'error',
    claims: ['quote'],
    options: {
      minWords: {
        type: 'integer',
        default: 3,
        minimum: 1,
        description: 'Content words a draft quote needs before it is checked (shorter scare quotes are left alone)',
      },
    },
    messages: {
      unsupported: 'No source contains this quote{{speakerPart}}: "{{text}}"',
    },
  },
  check(ctx, { minWords }) {
    const sources = ctx.documents.filter((d) => d.doc.role === 'source').length;
    if (sources === 0) return;
    // Every draft quote that shares an utterance with a source is supported.
    const supported = new Set<string>();
    for (const u of ctx.graph.utterances) {
      if (!u.members.some((m) => ctx.documents[m.doc]!.doc.role === 'source')) continue;
      for (const m of u.members) supported.add(`${m.doc}:${m.quote}`);
    }
    ctx.documents.forEach((d, i) => {
      if (d.doc.role !== 'draft') return;
      const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
      for (const q of d.quotes) {
        if (supported.has(`${i}:${q.id}`)) continue;
        if (wordsOf(q.text).filter((w) => !FUNCTION_WORDS.has(w)).length < minWords) continue;
        const speaker = q.speaker ? names.get(q.speaker) : undefined;
        ctx.report({
          messageId: 'unsupported',
          place: { doc: i, span: q.span },
          data: { text: excerpt(q.text), speaker: speaker ?? null, speakerPart: speaker ? ` from ${speaker}` : '' },
        });
      }
    });
  },
});
