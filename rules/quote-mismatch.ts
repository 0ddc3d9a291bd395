import { compareWordings, defineRule, FUNCTION_WORDS, wordsOf, type QuoteRef, type RuleContext, type WordingComparison } from '@factlint/core';
import { excerpt, sourceName } from './support/describe.js';
import { renderWordDiff } from './support/wording-diff.js';

const RANK = { same: 0, 'function-words': 1, content: 2 } as const;

function diffOf(a: string, b: string): string {
  const cmp = compareWordings(a, b);
  return cmp.difference === 'same' ? 'same words' : renderWordDiff(cmp.textA, cmp.textB);
}

/** Characters of coverage two sources may differ by and still count as covering the same stretch. */
const SLACK = 3;

/** The source wording a draft's quote is closest to, and how it differs. */
function closestSource(draft: QuoteRef, sources: readonly QuoteRef[]): { source: QuoteRef; cmp: WordingComparison } | undefined {
  let best: { source: QuoteRef; cmp: WordingComparison } | undefined;
  const compared = sources.map((source) => ({ source, cmp: compareWordings(draft.text, source.text) }));
  // A source that quotes only part of the draft's stretch vouches for that part alone: the
  // draft is judged against the sources that cover the most of it ("will not hesitate to widen
  // the danger zone" leaves "if the situation demands it" to the wire's full quote).
  const covered = (cmp: WordingComparison) => cmp.charsA[1] - cmp.charsA[0];
  const most = Math.max(...compared.map((c) => covered(c.cmp)));
  for (const { source, cmp } of compared) {
    if (covered(cmp) < most - SLACK) continue;
    const cost = RANK[cmp.difference] * 1000 + cmp.onlyA.length + cmp.onlyB.length;
    const bestCost = best ? RANK[best.cmp.difference] * 1000 + best.cmp.onlyA.length + best.cmp.onlyB.length : Infinity;
    if (cost < bestCost) best = { source, cmp };
  }
  return best;
}

export default defineRule({
  id: 'quote-mismatch',
  meta: {
    description: 'Report an utterance whose wording differs between documents, or a draft quote that differs from its source',
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
      draftDiffers: "{{speaker}}'s words differ from {{source}}: {{diff}}",
      draftDiffersFunctionWords: "{{speaker}}'s words differ slightly from {{source}}: {{diff}}",
    },
  },
  check(ctx, options) {
    const role = (doc: number) => ctx.documents[doc]!.doc.role;
    for (const group of ctx.quoteGroups()) {
      const speaker = ctx.graph.entities.find((e) => e.id === group.speaker)?.canonical ?? 'The speaker';
      const sources = group.members.filter((m) => role(m.doc) === 'source');
      checkSources(ctx, sources, speaker, options.reportFunctionWords);
      for (const draft of group.members.filter((m) => role(m.doc) === 'draft')) {
        checkDraft(ctx, draft, sources, speaker, options.reportFunctionWords);
      }
    }
  },
});

/** Sources against each other: one diagnostic per utterance, every other wording related. */
function checkSources(ctx: RuleContext, members: readonly QuoteRef[], speaker: string, reportFunctionWords: boolean): void {
  const docs = new Set(members.map((m) => m.doc));
  if (docs.size < 2) return;
  // The worst difference between any two documents' wordings decides the severity, and the
  // first pair that shows it is where the diagnostic stands: a partial quote the others agree
  // with shows nothing ("a moment of real hope" / "… it is not a cure" / "… it's not a cure").
  let worst: WordingComparison['difference'] = 'same';
  let shown: { one: QuoteRef; other: QuoteRef; cmp: WordingComparison } | undefined;
  // A document that gives the remark in pieces ("I'm not angry with the nurses." "I'm angry that
  // it has come to this.") sets a piece another document gives whole, word for word, against that
  // twin only, not against the remark's other pieces there (a partial quote of a piece covers only
  // a stretch of it and leaves the rest to compare).
  const words = members.map((m) => wordsOf(m.text).join(' '));
  const apart = (i: number, j: number) => {
    const t = members.findIndex((m, k) => m.doc === members[j]!.doc && words[k] === words[i]);
    return t >= 0 && t !== j;
  };
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      if (a.doc === b.doc || apart(i, j) || apart(j, i)) continue;
      const cmp = compareWordings(a.text, b.text);
      // Two excerpts cut from different stretches of one remark ("difficult" and "in no way a
      // reflection of …", both from the release's sentence) share no word to differ in.
      if (cmp.difference !== 'same' && cmp.stretchA[1] - cmp.stretchA[0] === cmp.onlyA.length && cmp.stretchB[1] - cmp.stretchB[0] === cmp.onlyB.length) continue;
      // Nor do two that share only function words ("after the court has spoken" / "congratulated
      // her on her campaign, not on the result", both cut from one long answer).
      if (cmp.difference !== 'same' && !sharesContentWord(a.text, b.text)) continue;
      if (RANK[cmp.difference] > RANK[worst]) {
        worst = cmp.difference;
        shown = { one: a, other: b, cmp };
      }
    }
  }
  if (worst === 'same' || !shown) return;
  const primary = shown.one;
  if (worst === 'function-words' && !reportFunctionWords) return;
  ctx.report({
    messageId: worst === 'content' ? 'differs' : 'differsFunctionWords',
    place: { doc: primary.doc, span: primary.span },
    ...(worst === 'content' ? {} : { severity: 'info' as const }),
    data: {
      speaker,
      count: docs.size,
      diff: shown ? renderWordDiff(shown.cmp.textA, shown.cmp.textB) : '',
      difference: worst,
      wordings: members.map((m) => ({ file: ctx.documents[m.doc]!.doc.path, text: m.text })),
    },
    related: members
      .filter((m) => m !== primary)
      .map((m) => ({
        doc: m.doc,
        span: m.span,
        message:
          m.doc === primary.doc
            ? `same document: "${excerpt(m.text)}"`
            : `${sourceName(ctx.documents[m.doc]!)}: "${excerpt(m.text)}" (${diffOf(primary.text, m.text)})`,
      })),
  });
}

/** Do two wordings share a word that is not a function word? */
function sharesContentWord(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => !FUNCTION_WORDS.has(w)) ?? []);
  const wb = words(b);
  for (const w of words(a)) if (wb.has(w)) return true;
  return false;
}

/**
 * A draft's quote against the closest source wording. Ellipses and [insertions]
 * are the editor's right; other differences are reported on the draft with the
 * source's exact words as the fix.
 */
function checkDraft(ctx: RuleContext, draft: QuoteRef, sources: readonly QuoteRef[], speaker: string, reportFunctionWords: boolean): void {
  const best = closestSource(draft, sources);
  if (!best || best.cmp.difference === 'same') return;
  if (best.cmp.difference === 'function-words' && !reportFunctionWords) return;
  const { source, cmp } = best;
  const name = sourceName(ctx.documents[source.doc]!);
  const stretch = { start: draft.span.start + cmp.charsA[0], end: draft.span.start + cmp.charsA[1] };
  ctx.report({
    messageId: cmp.difference === 'content' ? 'draftDiffers' : 'draftDiffersFunctionWords',
    place: { doc: draft.doc, span: draft.span },
    ...(cmp.difference === 'content' ? {} : { severity: 'info' as const }),
    data: {
      speaker,
      source: name,
      diff: renderWordDiff(cmp.textA, cmp.textB),
      difference: cmp.difference,
      expected: cmp.textB,
      actual: cmp.textA,
    },
    related: sources.map((s) => ({
      doc: s.doc,
      span: s.span,
      message: `${sourceName(ctx.documents[s.doc]!)}: "${excerpt(s.text)}"`,
    })),
    suggestions: [{ message: `Use ${name}'s words`, replacement: cmp.textB, span: stretch }],
  });
}
