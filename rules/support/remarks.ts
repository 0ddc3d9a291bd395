import type { RuleContext } from '@factlint/core';
import type { Slot } from './slots.js';

/*
 * Reporters place a remark where it was made: "Strehlow spoke to party members in Chemnitz.
 * 'This is not the end of our road,' he said." Two reports that quote one remark (one quote
 * group) beside a place are telling where that remark was made, however differently the
 * sentences around it run: the remark is the event the two places belong to.
 */

/** A place where something is said or done: not "the mayor of Dresden", "from Berlin". */
const AT = new Set(['in', 'at']);

const learned = new WeakMap<RuleContext, (s: Slot) => ReadonlySet<string>>();

/**
 * The quote groups of the remarks told beside a slot: quotes in its sentence, or in the
 * sentence before or after it in the same paragraph. Empty for a place in another role.
 */
export function remarksBeside(ctx: RuleContext): (s: Slot) => ReadonlySet<string> {
  let fn = learned.get(ctx);
  if (fn) return fn;
  const groupOf = new Map<string, string>();
  for (const g of ctx.graph.quoteGroups) {
    if (g.members.length < 2) continue;
    for (const m of g.members) groupOf.set(`${m.doc}:${m.quote}`, g.id);
  }
  const memo = new Map<Slot, ReadonlySet<string>>();
  const none: ReadonlySet<string> = new Set();
  fn = (s: Slot) => {
    if (!AT.has(s.prep ?? '')) return none;
    let hit = memo.get(s);
    if (hit) return hit;
    const d = ctx.documents[s.doc]!;
    const sentences = d.sentences;
    const at = sentences.findIndex((x) => x.span.start <= s.value.span.start && s.value.span.end <= x.span.end);
    const found = new Set<string>();
    if (at >= 0) {
      const block = sentences[at]!.block;
      const window = [sentences[at - 1], sentences[at], sentences[at + 1]].filter((x) => x !== undefined && x.block === block);
      const from = window[0]!.span.start;
      const to = window.at(-1)!.span.end;
      for (const q of d.quotes) {
        if (q.span.start < from || q.span.start > to) continue;
        const g = groupOf.get(`${s.doc}:${q.id}`);
        if (g) found.add(g);
      }
    }
    hit = found.size > 0 ? found : none;
    memo.set(s, hit);
    return hit;
  };
  learned.set(ctx, fn);
  return fn;
}

/** Do two slots stand beside one remark, quoted in both reports? */
export function shareRemark(remarks: (s: Slot) => ReadonlySet<string>, a: Slot, b: Slot): boolean {
  const ra = remarks(a);
  if (ra.size === 0) return false;
  for (const g of remarks(b)) if (ra.has(g)) return true;
  return false;
}
