import type { RuleContext, Span, SuggestionInput } from '@factlint/core';
import { describeDoc, docList, conflictedSlots, oddOneOut, sourceClusters, valueClasses, type Pairing } from './clusters.js';
import type { Slot } from './slots.js';

/**
 * The reporting loops the value rules (number-, date- and place-mismatch) share.
 * From a pairing (`pairSlots`), `reportSourceConflicts` reports one diagnostic per
 * cluster of disagreeing source values, and `reportDraftConflicts` one per draft
 * value that no source agrees with and some source contradicts. The rule says how
 * its values are pointed at and quoted, and gives the message id and data.
 */
export interface ValueStyle {
  /** The range a value covers, as the primary location or a related one. */
  span(s: Slot): Span;
  /** A value as the messages quote it (`"at least 12 workers"`). */
  show(s: Slot): string;
}

/** Whether documents are named with their publication times: in the message's lists of sources, and in related places. */
export interface WithTimes {
  sources: boolean;
  related: boolean;
}

/** One disagreement among sources. */
export interface SourceFinding {
  /** What is shown, in document order: the differing values and the restatements of each. */
  members: Slot[];
  /** The class pointed at (the value the fewest outlets give) and its first value. */
  primaryClass: Slot[];
  primary: Slot;
  /** The other classes of agreeing values, the largest first. */
  others: Slot[][];
  /** The documents of the members, for naming them. */
  docs: number[];
}

/** The message parts every value rule fills in the same way. */
export interface SourceWords {
  /** The primary value and the first other class's value. */
  a: unknown;
  b: unknown;
  textA: string;
  sourceA: string;
  sourceB: string;
  /** `"15 people" in Broadcaster and "14" in Daily`. */
  others: string;
}

export interface FindingReport {
  messageId: string;
  data: Record<string, unknown>;
  suggestions?: SuggestionInput[];
}

export interface SourceStyle extends ValueStyle {
  times(f: SourceFinding): WithTimes;
  report(f: SourceFinding, words: SourceWords, times: WithTimes): FindingReport;
}

/** Reports each cluster of source values that cannot all be true, at the odd one out, with every other value related. */
export function reportSourceConflicts(ctx: RuleContext, pairing: Pairing, agree: (a: Slot, b: Slot) => boolean, style: SourceStyle): void {
  const conflicted = conflictedSlots(pairing);
  for (const cluster of sourceClusters(ctx, pairing)) {
    const classes = valueClasses(cluster, agree, conflicted);
    if (classes.length < 2) continue;
    // A wider value that agrees with several ("in Peru", "more than 10") takes no side and is left out.
    const members = classes.flat().sort((x, y) => x.doc - y.doc || x.span.start - y.span.start);
    const primaryClass = oddOneOut(classes);
    const primary = primaryClass[0]!;
    const others = classes.filter((c) => c !== primaryClass);
    const f: SourceFinding = { members, primaryClass, primary, others, docs: members.map((s) => s.doc) };
    const times = style.times(f);
    const list = (c: readonly Slot[]) => docList(ctx, c.map((s) => s.doc), f.docs, times.sources);
    const words: SourceWords = {
      a: primary.value.value,
      b: others[0]![0]!.value.value,
      textA: style.show(primary),
      sourceA: list(primaryClass),
      sourceB: list(others[0]!),
      others: others.map((c) => `${style.show(c[0]!)} in ${list(c)}`).join(' and '),
    };
    const { messageId, data, suggestions } = style.report(f, words, times);
    ctx.report({
      messageId,
      place: { doc: primary.doc, span: style.span(primary) },
      data,
      related: members.filter((s) => s !== primary).map((s) => related(ctx, s, f.docs, times.related, style)),
      ...(suggestions ? { suggestions } : {}),
    });
  }
}

/** A draft value that some source contradicts and none agrees with. */
export interface DraftFinding {
  draft: Slot;
  /** The source values shown as evidence. */
  sources: Slot[];
  /** The evidence in classes of agreeing values, the largest first. */
  classes: Slot[][];
  /** The draft's document and the sources', for naming them. */
  docs: number[];
}

export interface DraftWords {
  a: unknown;
  /** The value of the largest class of sources. */
  b: unknown;
  textA: string;
  /** `Wire and Daily give "12 people"; Broadcaster gives "15 people"`. */
  others: string;
}

export interface DraftStyle extends ValueStyle {
  /** The source values to show, from those contradicting the draft (default: those). */
  evidence?(contradicting: Slot[]): Slot[];
  times(f: DraftFinding): WithTimes;
  report(f: DraftFinding, words: DraftWords, times: WithTimes): FindingReport;
}

/** Reports each draft value that no source agrees with and some source contradicts, with the sources' values related. */
export function reportDraftConflicts(
  ctx: RuleContext,
  pairing: Pairing,
  agree: (a: Slot, b: Slot) => boolean,
  style: DraftStyle,
  settles: (by: Slot, s: Slot) => boolean = () => true,
  closestWins = false,
): void {
  const isDraft = (s: Slot) => ctx.documents[s.doc]!.doc.role === 'draft';
  // A source's value vouches for the draft's only when it settles it: "in South Korea" does not
  // make "in Daegu" right when another source says Busan.
  // With `closestWins` (figures), nor when a source's value of another fact fits it more loosely
  // than a contradicting one matches it: "gusts of up to 250 km/h" fits the sustained "185
  // km/h", but "gusts of up to 230 km/h" is the figure it states.
  const bestConflict = new Map<Slot, number>();
  for (const e of pairing.conflicts) {
    if (isDraft(e.a) === isDraft(e.b)) continue;
    const d = isDraft(e.a) ? e.a : e.b;
    bestConflict.set(d, Math.max(e.score, bestConflict.get(d) ?? -Infinity));
  }
  const agreed = new Set<Slot>();
  for (const e of pairing.agreements) {
    if (isDraft(e.a) === isDraft(e.b)) continue;
    const [d, s] = isDraft(e.a) ? [e.a, e.b] : [e.b, e.a];
    if (settles(s, d) && (!closestWins || e.score >= (bestConflict.get(d) ?? -Infinity))) agreed.add(d);
  }
  const contradicted = new Map<Slot, Slot[]>();
  for (const e of pairing.conflicts) {
    if (isDraft(e.a) === isDraft(e.b)) continue;
    const [d, s] = isDraft(e.a) ? [e.a, e.b] : [e.b, e.a];
    if (agreed.has(d)) continue;
    contradicted.set(d, [...(contradicted.get(d) ?? []), s]);
  }
  for (const [draft, contradicting] of contradicted) {
    const sources = style.evidence ? style.evidence(contradicting) : contradicting;
    const classes = valueClasses(sources, agree);
    const f: DraftFinding = { draft, sources, classes, docs: [draft.doc, ...sources.map((s) => s.doc)] };
    const times = style.times(f);
    const give = (c: readonly Slot[]) => `${docList(ctx, c.map((s) => s.doc), f.docs, times.sources)} ${new Set(c.map((s) => s.doc)).size > 1 ? 'give' : 'gives'} ${style.show(c[0]!)}`;
    const words: DraftWords = { a: draft.value.value, b: classes[0]![0]!.value.value, textA: style.show(draft), others: classes.map(give).join('; ') };
    const { messageId, data, suggestions } = style.report(f, words, times);
    ctx.report({
      messageId,
      place: { doc: draft.doc, span: style.span(draft) },
      data,
      related: sources.map((s) => related(ctx, s, f.docs, times.related, style)),
      ...(suggestions ? { suggestions } : {}),
    });
  }
}

function related(ctx: RuleContext, s: Slot, docs: readonly number[], withTime: boolean, style: ValueStyle) {
  return { doc: s.doc, span: style.span(s), message: `${describeDoc(ctx, s.doc, docs, withTime)}: ${style.show(s)}` };
}
