import { defineRule, type RuleContext } from '@factlint/core';
import { anyPublishedApart, publishedOf, quoted } from './support/clusters.js';
import { reportDraftConflicts, reportSourceConflicts } from './support/report-values.js';
import { sourceName } from './support/describe.js';
import { figurePairing, isDevelopingCount } from './support/figures.js';
import type { Slot } from './support/slots.js';

function developing(slots: readonly Slot[]): boolean {
  return slots.some(isDevelopingCount);
}

function valueData(ctx: RuleContext, s: Slot) {
  return {
    file: ctx.documents[s.doc]!.doc.path,
    source: sourceName(ctx.documents[s.doc]!),
    text: s.text,
    value: s.value.value,
    ...(s.hedge ? { hedge: s.hedge } : {}),
    ...(publishedOf(ctx, s.doc) ? { published: publishedOf(ctx, s.doc)!.raw } : {}),
  };
}

/** The fields both messages carry: what is counted, the two figures and how the first is written. */
function figures(s: Slot, w: { a: unknown; b: unknown; textA: string }, b: Slot) {
  return { kind: s.kind, ...(s.unit ? { unit: s.unit } : {}), a: w.a, b: w.b, textA: w.textA, textB: quoted(b) };
}

export default defineRule({
  id: 'number-mismatch',
  meta: {
    description: 'Report one fact given with different numbers, durations, counts or sums across sources, or a draft figure that differs from its sources',
    defaultSeverity: 'warning',
    claims: ['fact'],
    options: {
      tolerance: {
        type: 'number',
        default: 0,
        minimum: 0,
        description: 'Relative difference to ignore (0.05 lets 1,900 and 2,000 agree)',
      },
    },
    messages: {
      differs: 'Sources give different figures: {{textA}} in {{sourceA}} but {{others}}',
      differsPublished: 'Sources give different figures: {{textA}} in {{sourceA}} but {{others}}',
      differsOverTime: 'Sources give different figures: {{textA}} in {{sourceA}} but {{others}}; the reports were published at different times and the count may have changed in between',
      draftDiffers: 'The draft gives {{textA}} but {{others}}',
    },
  },
  check(ctx, { tolerance }) {
    const { judge: j, pairing } = figurePairing(ctx, tolerance);
    const agree = (a: Slot, b: Slot) => j.agree(a, b);
    const style = { span: (s: Slot) => s.span, show: quoted };

    reportSourceConflicts(ctx, pairing, agree, {
      ...style,
      times: ({ docs }) => {
        const apart = anyPublishedApart(ctx, docs);
        return { sources: apart, related: apart };
      },
      report({ members, primary, others }, w, times) {
        const apart = times.sources;
        const timeDependent = apart && developing(members);
        return {
          messageId: timeDependent ? 'differsOverTime' : apart ? 'differsPublished' : 'differs',
          data: {
            ...figures(primary, w, others[0]![0]!),
            sourceA: w.sourceA,
            sourceB: w.sourceB,
            others: w.others,
            publishedApart: apart,
            timeDependent,
            values: members.map((s) => valueData(ctx, s)),
          },
        };
      },
    });

    // Drafts: a figure no source agrees with and some source contradicts, shown with
    // every source value of the same fact (contradicting, or agreeing with those that do).
    const isDraft = (s: Slot) => ctx.documents[s.doc]!.doc.role === 'draft';
    reportDraftConflicts(ctx, pairing, agree, {
      ...style,
      evidence(contradicting) {
        const evidenceSlots = new Set(contradicting);
        for (const e of pairing.agreements) {
          if (!e.strong || isDraft(e.a) || isDraft(e.b)) continue;
          // A bound vouches for no figure inside it: "185 km/h" is not the gusts' "up to 230 km/h".
          if (!(j.settles?.(e.a, e.b) ?? true) || !(j.settles?.(e.b, e.a) ?? true)) continue;
          if (evidenceSlots.has(e.a)) evidenceSlots.add(e.b);
          else if (evidenceSlots.has(e.b)) evidenceSlots.add(e.a);
        }
        return [...evidenceSlots].sort((x, y) => x.doc - y.doc || x.span.start - y.span.start);
      },
      // A count that may have changed between the sources' publication times says when each was published.
      times: ({ sources }) => {
        const apart = anyPublishedApart(ctx, sources.map((s) => s.doc)) && developing(sources);
        return { sources: apart, related: apart };
      },
      report: ({ draft, sources, classes }, w, times) => ({
        messageId: 'draftDiffers',
        data: { ...figures(draft, w, classes[0]![0]!), others: w.others, timeDependent: times.sources, values: sources.map((s) => valueData(ctx, s)) },
        suggestions:
          classes.length === 1 && sources[0]!.value.text !== draft.value.text
            ? [{ message: `Use the sources' figure`, replacement: sources[0]!.value.text, span: draft.value.span }]
            : [],
      }),
    }, j.settles, true);
  },
});
