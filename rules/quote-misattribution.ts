import { alignWords, defineRule, FUNCTION_WORDS, nearlySameName, wordsOf, type QuoteRef } from '@factlint/core';
import { excerpt, sourceName } from './support/describe.js';

/**
 * Are two wordings one remark's words, as a misattribution needs: four words in a row, or most
 * of the shorter wording's words in one run.
 */
function sameWords(a: string, b: string): boolean {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  // The longest stretch of the two wordings' word alignment that skips no word on either side.
  let run = 0;
  let best = 0;
  const { pairs } = alignWords(wa, wb);
  pairs.forEach(([i, j], k) => {
    const prev = pairs[k - 1];
    run = prev && i === prev[0] + 1 && j === prev[1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best >= 4 || best >= 0.6 * Math.min(wa.length, wb.length);
}

export default defineRule({
  id: 'quote-misattribution',
  meta: {
    description: 'Report the same words given to different speakers, across sources or in a draft against its sources',
    defaultSeverity: 'warning',
    claims: ['quote'],
    options: {
      minWords: {
        type: 'integer',
        default: 3,
        minimum: 1,
        description: 'Content words a wording needs before it counts as evidence of who said it',
      },
    },
    messages: {
      draft: 'These words are {{expected}}\'s in {{sources}}, not {{actual}}\'s',
      sources: '{{actual}} is given words that {{sources}} attribute to {{expected}}',
      disputed: '{{sources}} attribute these words to {{expected}}; {{source}} gives them to {{actual}}',
    },
  },
  check(ctx, { minWords }) {
    const name = (id: string | undefined) => ctx.graph.entities.find((e) => e.id === id)?.canonical ?? 'someone';
    const role = (doc: number) => ctx.documents[doc]!.doc.role;
    const contentWords = (text: string) => wordsOf(text).filter((w) => !FUNCTION_WORDS.has(w)).length;
    const same = (a: QuoteRef, b: QuoteRef) => wordsOf(a.text).join(' ') === wordsOf(b.text).join(' ');
    // A short sentence counts when its whole quote is long enough and another speaker is given the
    // very same words: "This was not a paperwork error. It was a business model" is evidence of who
    // spoke, though each of its sentences is short.
    const substantial = (m: QuoteRef, members: readonly QuoteRef[]) => {
      if (contentWords(m.text) >= minWords) return true;
      const whole = ctx.documents[m.doc]!.quotes.find((q) => q.id === m.quote)?.text ?? m.text;
      return contentWords(whole) >= minWords && contentWords(m.text) >= 2 && members.some((o) => o.speaker !== m.speaker && same(o, m));
    };
    // Does the person hold an office of the organisation ("Ramon Ilagan, President and Chief
    // Executive Officer of Bluewake" for Bluewake Maritime Inc.)? Their words are the body's.
    const speaksFor = (personId: string, orgId: string) => {
      const org = ctx.graph.entities.find((e) => e.id === orgId);
      const person = ctx.graph.entities.find((e) => e.id === personId);
      // The body may be typed unknown, or a person ("Bluewake Maritime", two capitalised words) who
      // holds no title of their own.
      if (!org || org.type === 'place' || (org.type === 'person' && org.titles.length > 0) || !person || person.type !== 'person' || org === person) return false;
      const words = new Set([org.canonical.split(/\s+/)[0]!.toLowerCase()].filter((w) => w.length > 2));
      const offices = person.members.flatMap((m) => {
        const local = ctx.documents[m.doc]!.entities.find((e) => e.id === m.entity);
        return local ? [...local.titles, ...local.roles] : [];
      });
      return offices.some((o) => o.toLowerCase().split(/[\s,]+/).some((w) => words.has(w)));
    };
    // One finding per quote, however many of its sentences are utterances of their own.
    const quotesReported = new Set<string>();
    for (const u of ctx.graph.utterances) {
      const attributed = u.members.filter((m) => m.speaker && substantial(m, u.members));
      if (new Set(attributed.map((m) => m.speaker)).size < 2) continue;
      // Who the sources say spoke, counted once per document.
      const docsBySpeaker = new Map<string, Set<number>>();
      for (const m of attributed) {
        if (role(m.doc) !== 'source') continue;
        let docs = docsBySpeaker.get(m.speaker!);
        if (!docs) docsBySpeaker.set(m.speaker!, (docs = new Set()));
        docs.add(m.doc);
      }
      const ranked = [...docsBySpeaker].sort((a, b) => b[1].size - a[1].size);
      const [top, second] = ranked;
      if (!top) continue;
      const majority = !second || top[1].size > second[1].size ? top[0] : undefined;
      const evidence = (speaker: string) => attributed.filter((m) => m.speaker === speaker && role(m.doc) === 'source');
      const sourceList = (speaker: string) => [...new Set(evidence(speaker).map((m) => sourceName(ctx.documents[m.doc]!)))].join(', ');
      const reported = new Set<number>();
      for (const m of attributed) {
        if (reported.has(m.doc) || quotesReported.has(`${m.doc}:${m.quote}`)) continue;
        const isDraft = role(m.doc) === 'draft';
        // With no majority among the sources, the later document's attribution is the one questioned.
        const expected = majority ?? (isDraft ? undefined : ranked.find(([s]) => s !== m.speaker && [...docsBySpeaker.get(s)!].some((d) => d < m.doc))?.[0]);
        if (!expected || m.speaker === expected) continue;
        // One person spelled two ways is a name-mismatch, not a misattribution.
        if (nearlySameName(name(expected), name(m.speaker))) continue;
        // A company's statement quotes its chief; an outlet gives the words to the company.
        if (speaksFor(expected, m.speaker!) || speaksFor(m.speaker!, expected)) continue;
        // The same words, not the same topic: "we will put it right" (the bank) is not "put things
        // right for customers who have lost out" (the regulator), though they share three words.
        if (!evidence(expected).some((e) => sameWords(e.text, m.text))) continue;
        reported.add(m.doc);
        quotesReported.add(`${m.doc}:${m.quote}`);
        ctx.report({
          messageId: isDraft ? 'draft' : majority ? 'sources' : 'disputed',
          place: { doc: m.doc, span: m.span },
          // Two sources that disagree, with none to break the tie, is worth a look, not an alarm.
          ...(isDraft || majority ? {} : { severity: 'info' as const }),
          data: { expected: name(expected), actual: name(m.speaker), sources: sourceList(expected), source: sourceName(ctx.documents[m.doc]!), text: m.text },
          related: evidence(expected).map((e) => ({
            doc: e.doc,
            span: e.span,
            message: `${sourceName(ctx.documents[e.doc]!)} gives "${excerpt(e.text, 60)}" to ${name(expected)}`,
          })),
        });
      }
    }
  },
});
