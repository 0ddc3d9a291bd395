import type { Diagnostic, SourceDocument } from '../model/index.js';
import { defineRule, type Rule } from '../rules/index.js';
import { doc } from './documents.js';

/*
 * Two short reports and a Markdown draft, through the whole pipeline. The
 * rules are small probes that read the text itself (quoted words, durations),
 * so these tests pin down the directives, whatever the real rules find.
 */
export const quoteProbe = defineRule({
  id: 'quote-mismatch',
  meta: {
    description: 'probe: a quote in a draft that no source gives word for word',
    defaultSeverity: 'warning',
    claims: ['quote'],
    options: {},
    messages: { differs: '"{{text}}" is not in any source' },
  },
  check(ctx) {
    const quotes = (text: string) => [...text.matchAll(/"([^"\n]+)"/g)].map((m) => ({ text: m[1]!, start: m.index + 1 }));
    const sources = ctx.documents.flatMap((d, i) => (d.doc.role === 'source' ? quotes(d.doc.text).map((q) => ({ ...q, doc: i })) : []));
    ctx.documents.forEach((d, i) => {
      if (d.doc.role !== 'draft') return;
      for (const q of quotes(d.doc.text)) {
        if (sources.some((s) => s.text === q.text)) continue;
        ctx.report({
          messageId: 'differs',
          place: { doc: i, span: { start: q.start, end: q.start + q.text.length } },
          data: { text: q.text },
          related: sources.map((s) => ({ doc: s.doc, span: { start: s.start, end: s.start + s.text.length }, message: s.text })),
        });
      }
    });
  },
}) as unknown as Rule;

export const durationProbe = defineRule({
  id: 'single-source',
  meta: {
    description: 'probe: a duration that fewer than minSources sources give',
    defaultSeverity: 'info',
    claims: ['fact'],
    options: { minSources: { type: 'integer', default: 2, minimum: 1, description: 'sources needed' } },
    messages: { only: '"{{text}}" is in {{count}} source(s)' },
  },
  check(ctx, { minSources }) {
    const durations = (text: string) => [...text.matchAll(/\b(?:\d+ minutes|an hour late)\b/g)];
    ctx.documents.forEach((d, i) => {
      for (const m of durations(d.doc.text)) {
        const count = ctx.documents.filter((o) => o.doc.role === 'source' && o.doc.text.includes(m[0])).length;
        if (count >= minSources) continue;
        ctx.report({ messageId: 'only', place: { doc: i, span: { start: m.index, end: m.index + m[0].length } }, data: { text: m[0], count } });
      }
    });
  },
}) as unknown as Rule;

export const probes = [quoteProbe, durationProbe];

export const WIRE = `LONDON - Russian President Vladimir Putin met British Prime Minister David Cameron on Sunday.

"We are not breaching any rules or norms," Putin said after the talks.

The talks lasted 90 minutes, officials said.
`;

export const ITV = `Vladimir Putin held talks with David Cameron at Downing Street on Sunday.

"We are not breaching any rules or norms," the Russian leader told reporters.

Putin arrived an hour late for the talks.
`;

export function cluster(draft: string, draftPath = 'drafts/putin.md'): SourceDocument[] {
  return [doc('sources/wire.txt', WIRE), doc('sources/itv.txt', ITV), doc(draftPath, draft, {}, 'draft')];
}

/** `file:line:column ruleId`, the shape the assertions read. */
export const where = (d: Diagnostic) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`;
