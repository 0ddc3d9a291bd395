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
    // So is one whose words, two in three of them, the same speaker's source quote holds: a
    // misquote, which quote-mismatch shows ("with a bomb in the steering wheel" / "with a grenade
    // in the steering wheel, and …"), not an invention ("People here have lived next to this
    // plant for a long time" / "People of Shiomi have lived beside this plant for decades").
    const content = (t: string) => wordsOf(t).filter((w) => !FUNCTION_WORDS.has(w));
    for (const g of ctx.graph.quoteGroups) {
      const sources = g.members.filter((m) => ctx.documents[m.doc]!.doc.role === 'source').map((m) => new Set(content(m.text)));
      for (const m of g.members) {
        if (ctx.documents[m.doc]!.doc.role !== 'draft') continue;
        const words = content(m.text);
        if (words.length > 0 && sources.some((src) => words.filter((w) => src.has(w)).length * 3 >= words.length * 2)) supported.add(`${m.doc}:${m.quote}`);
      }
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
