import { compareWordings, defineRule, type QuoteRef, type WordingComparison } from '@factlint/core';
import { excerpt, sourceName } from './support/describe.js';
import { renderWordDiff } from './support/wording-diff.js';

const RANK = { same: 0, 'function-words': 1, content: 2 } as const;

function diffOf(a: string, b: string): string {
  const cmp = compareWordings(a, b);
  return cmp.difference === 'same' ? 'same words' : renderWordDiff(cmp.textA, cmp.textB);
}

export default defineRule({
  id: 'quote-mismatch',
  meta: {
    description: 'Report an utterance whose wording differs between documents',
    defaultSeverity: 'warning',
    claims: ['quote'],
    options: {
      reportFunctionWords: {
        type: 'boolean',
        default: true,
        description: 'Also report (at info level) wordings that differ only in function words or contractions',
      },
    },
    messages: {
      differs: '{{speaker}} is quoted differently in {{count}} sources: {{diff}}',
      differsFunctionWords: '{{speaker}} is quoted with small wording differences in {{count}} sources: {{diff}}',
      wording: '{{source}}: "{{text}}" ({{diff}})',
    },
  },
  check(ctx, options) {
    for (const group of ctx.quoteGroups()) {
      const docs = new Set(group.members.map((m) => m.doc));
      if (docs.size < 2) continue;
      const primary = group.members[0]!;
      // The worst difference between any two documents' wordings decides the severity.
      let worst: WordingComparison['difference'] = 'same';
      let shown: { other: QuoteRef; cmp: WordingComparison } | undefined;
      for (let i = 0; i < group.members.length; i++) {
        for (let j = i + 1; j < group.members.length; j++) {
          const a = group.members[i]!;
          const b = group.members[j]!;
          if (a.doc === b.doc) continue;
          const cmp = compareWordings(a.text, b.text);
          if (RANK[cmp.difference] > RANK[worst]) worst = cmp.difference;
          if (a === primary && (!shown || RANK[cmp.difference] > RANK[shown.cmp.difference])) shown = { other: b, cmp };
        }
      }
      if (worst === 'same') continue;
      if (worst === 'function-words' && !options.reportFunctionWords) continue;
      const speaker = ctx.graph.entities.find((e) => e.id === group.speaker)?.canonical ?? 'The speaker';
      const related = group.members
        .filter((m) => m !== primary)
        .map((m) => ({
          doc: m.doc,
          span: m.span,
          message: ctx.documents[m.doc]!.doc.path === ctx.documents[primary.doc]!.doc.path
            ? `same document: "${excerpt(m.text)}"`
            : `${sourceName(ctx.documents[m.doc]!)}: "${excerpt(m.text)}" (${diffOf(primary.text, m.text)})`,
        }));
      ctx.report({
        messageId: worst === 'content' ? 'differs' : 'differsFunctionWords',
        place: { doc: primary.doc, span: primary.span },
        ...(worst === 'content' ? {} : { severity: 'info' as const }),
        data: {
          speaker,
          count: docs.size,
          diff: shown ? renderWordDiff(shown.cmp.textA, shown.cmp.textB) : '',
          difference: worst,
          wordings: group.members.map((m) => ({ file: ctx.documents[m.doc]!.doc.path, text: m.text })),
        },
        related,
      });
    }
  },
});
