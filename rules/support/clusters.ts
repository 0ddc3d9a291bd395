import type { RuleContext } from '@factlint/core';
import { excerpt, sourceName } from './describe.js';
import { formatPublished, published, publishedApart, type Published } from './published.js';
import { sameValue, type Slot } from './slots.js';

/**
 * The pairing machinery the value rules share. For every pair of documents
 * (two sources, or a draft and a source) each rule scores which of their values
 * state the same thing; values that agree settle each other, and a conflict is
 * kept only between values neither of which is settled by the other document
 * (so "lowered to 1.25% from 1.5%" and "cut to 1.25%" agree). Source conflicts
 * are grouped into one finding per fact; a draft value is reported when no
 * source agrees with it and some source contradicts it (`report-values.ts`).
 */
export interface PairJudge {
  /** How strongly two slots look like the same fact; undefined when they cannot be. */
  score(a: Slot, b: Slot): number | undefined;
  /** Minimum score for agreeing values to settle each other. */
  agreeAt: number;
  /** When set, agreeing values settle each other only from this score (may depend on the pair). */
  settleAt?: (a: Slot, b: Slot) => number;
  /** Does agreeing with `by` settle `s`? ("in Peru" agrees with "near Chivay" but does not settle where the quake hit.) */
  settles?: (by: Slot, s: Slot) => boolean;
  /**
   * A value the other document gives anywhere, agreeing, settles that document's other values
   * against it (figures and dates: a report names many places, and repeats one for another event).
   */
  repeatsAcrossDocument?: boolean;
  /** Is the value one of a list in its clause ("Montreal and Vancouver")? Lists sharing a member settle each other. */
  listed?: (s: Slot) => boolean;
  /** Minimum score for differing values to conflict (may depend on the pair). */
  conflictAt(a: Slot, b: Slot): number;
  agree(a: Slot, b: Slot): boolean;
  /** Can these two differing values be one fact misreported? (magnitude, precision) */
  plausible(a: Slot, b: Slot): boolean;
}

export interface Edge {
  a: Slot;
  b: Slot;
  score: number;
  /** As clearly the same fact as a conflict must be: such agreements group values for reporting. */
  strong?: boolean;
}

export interface Pairing {
  agreements: Edge[];
  conflicts: Edge[];
  /**
   * Differing values as clearly about one fact as agreeing ones must be, but short of what a
   * conflict needs: too weak to report, strong enough that neither is a claim only one report makes.
   */
  contested: Edge[];
}

export function pairSlots(ctx: RuleContext, slots: readonly Slot[], judge: PairJudge): Pairing {
  const byDoc = new Map<number, Slot[]>();
  for (const s of slots) {
    let l = byDoc.get(s.doc);
    if (!l) byDoc.set(s.doc, (l = []));
    l.push(s);
  }
  const role = (d: number) => ctx.documents[d]!.doc.role;
  const docs = [...byDoc.keys()].sort((x, y) => x - y);
  const agreements: Edge[] = [];
  const conflicts: Edge[] = [];
  const contested: Edge[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const di = docs[i]!;
      const dj = docs[j]!;
      if (role(di) === 'draft' && role(dj) === 'draft') continue;
      // A slot an agreement settles, with that agreement's score: a conflict that fits the slot
      // better still stands ("gusts of up to 230 km/h" settled by the other's sustained 185
      // km/h, but matched closer by its "gusts of up to 250 km/h").
      const settled = new Map<Slot, number>();
      // The clauses that repeat a slot's value: a value the other clause already gives
      // is not misreported by that clause's other figure, however well that figure fits
      // ("climbs to 4,650 metres before dropping more than 3,000 metres" / "drops more than 3,000 metres").
      const settledIn = new Map<Slot, Set<Slot['fact']>>();
      const settle = (x: Slot, score: number) => settled.set(x, Math.max(score, settled.get(x) ?? -Infinity));
      const repeatedBy = new Map<Slot, Set<number>>();
      // Clause pairs that give one value alike, keyed either way round.
      const sharedClauses = new Set<string>();
      const repeatedIn = (x: Slot, by: Slot) => {
        // Only the same figure: "in Santiago" agrees with "the suburb of Maipú" but does not repeat it.
        if (!sameValue(x.value, by.value)) return;
        let facts = settledIn.get(x);
        if (!facts) settledIn.set(x, (facts = new Set()));
        facts.add(by.fact);
        let docs = repeatedBy.get(x);
        if (!docs) repeatedBy.set(x, (docs = new Set()));
        docs.add(by.doc);
        sharedClauses.add(`${x.fact.id}|${by.fact.id}`);
      };
      const candidates: Edge[] = [];
      for (const a of byDoc.get(di)!) {
        for (const b of byDoc.get(dj)!) {
          const score = judge.score(a, b);
          if (score === undefined) continue;
          if (judge.agree(a, b)) {
            if (score >= judge.agreeAt) {
              if (score >= (judge.settleAt?.(a, b) ?? judge.agreeAt)) {
                if (judge.settles?.(b, a) ?? true) settle(a, score);
                if (judge.settles?.(a, b) ?? true) settle(b, score);
              }
              repeatedIn(a, b);
              repeatedIn(b, a);
              agreements.push({ a, b, score, strong: score >= judge.conflictAt(a, b) });
            }
          } else if (score >= judge.conflictAt(a, b) && judge.plausible(a, b)) {
            candidates.push({ a, b, score });
          } else if (score >= judge.agreeAt && judge.plausible(a, b)) {
            contested.push({ a, b, score });
          }
        }
      }
      candidates.sort((x, y) => y.score - x.score);
      const used = new Set<Slot>();
      for (const c of candidates) {
        if ((settled.get(c.a) ?? -Infinity) >= c.score || (settled.get(c.b) ?? -Infinity) >= c.score || used.has(c.a) || used.has(c.b)) continue;
        if (settledIn.get(c.a)?.has(c.b.fact) || settledIn.get(c.b)?.has(c.a.fact)) continue;
        // The other document gives this very figure too, of the same thing: its different figure
        // counts something else ("carrying around 220 passengers" / "some 220 passengers on
        // board … About 170 passengers swam ashore").
        if (judge.repeatsAcrossDocument && (repeatedBy.get(c.a)?.has(c.b.doc) || repeatedBy.get(c.b)?.has(c.a.doc))) continue;
        // Two lists that share a member ("in Montreal and Vancouver" / "between Mission and
        // downtown Vancouver") name different sets, not one thing placed twice.
        if (judge.listed && sharedClauses.has(`${c.a.fact.id}|${c.b.fact.id}`) && judge.listed(c.a) && judge.listed(c.b)) continue;
        used.add(c.a).add(c.b);
        conflicts.push(c);
      }
    }
  }
  return { agreements, conflicts, contested };
}

/** Connected groups of source slots joined by conflicts (and the agreements around them). */
export function sourceClusters(ctx: RuleContext, pairing: Pairing): Slot[][] {
  const isSource = (s: Slot) => ctx.documents[s.doc]!.doc.role === 'source';
  const parent = new Map<Slot, Slot>();
  const find = (x: Slot): Slot => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  const union = (a: Slot, b: Slot) => parent.set(find(a), find(b));
  const conflicted = new Set<Slot>();
  for (const e of pairing.conflicts) {
    if (!isSource(e.a) || !isSource(e.b)) continue;
    union(e.a, e.b);
    conflicted.add(e.a).add(e.b);
  }
  // Agreeing values join the group of a value they agree with: the outlets that give the same figure.
  const grouped = new Set(conflicted);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of pairing.agreements) {
      if (!e.strong || !isSource(e.a) || !isSource(e.b)) continue;
      if (!grouped.has(e.a) && !grouped.has(e.b)) continue;
      if (find(e.a) === find(e.b)) continue;
      union(e.a, e.b);
      grouped.add(e.a).add(e.b);
      changed = true;
    }
  }
  const roots = new Set([...conflicted].map(find));
  const groups = new Map<Slot, Slot[]>();
  for (const s of new Set([...parent.keys(), ...conflicted])) {
    const r = find(s);
    if (!roots.has(r)) continue;
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    if (!g.includes(s)) g.push(s);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x.doc - y.doc || x.span.start - y.span.start));
}

/**
 * Slots split into classes of values that all agree with each other, the largest
 * (by documents) first. Agreement is not transitive ("in Stockholm" agrees with
 * both squares), so the classes are built from the conflicting values; another
 * value joins a class only when it agrees with that class alone.
 */
export function valueClasses(members: readonly Slot[], agree: (a: Slot, b: Slot) => boolean, conflicted?: ReadonlySet<Slot>): Slot[][] {
  const core = conflicted ? members.filter((s) => conflicted.has(s)) : [...members];
  const classes: Slot[][] = [];
  for (const s of core) {
    const c = classes.find((k) => k.every((x) => agree(x, s)));
    if (c) c.push(s);
    else classes.push([s]);
  }
  for (const s of members) {
    if (core.includes(s)) continue;
    const fits = classes.filter((k) => k.every((x) => agree(x, s)));
    const touches = classes.filter((k) => k.some((x) => agree(x, s)));
    if (fits.length === 1 && touches.length === 1) fits[0]!.push(s);
  }
  const docsOf = (c: Slot[]) => new Set(c.map((s) => s.doc)).size;
  return classes.sort((x, y) => docsOf(y) - docsOf(x) || x[0]!.doc - y[0]!.doc);
}

/** The class to point at: the figure the fewest outlets give, the earliest document first among equals. */
export function oddOneOut(classes: readonly Slot[][]): Slot[] {
  const docsOf = (c: readonly Slot[]) => new Set(c.map((s) => s.doc)).size;
  const fewest = Math.min(...classes.map(docsOf));
  return classes.filter((c) => docsOf(c) === fewest).sort((x, y) => x[0]!.doc - y[0]!.doc || x[0]!.span.start - y[0]!.span.start)[0]!;
}

/** The slots that take part in some conflict. */
export function conflictedSlots(pairing: Pairing): Set<Slot> {
  const out = new Set<Slot>();
  for (const e of pairing.conflicts) out.add(e.a).add(e.b);
  return out;
}

/** How a document and its publication time are named in messages. */
export function describeDoc(ctx: RuleContext, doc: number, all: readonly number[], withTime: boolean): string {
  const d = ctx.documents[doc]!;
  const p = published(d);
  if (!withTime || !p) return sourceName(d);
  return `${sourceName(d)} (published ${formatPublished(p, all.map((i) => published(ctx.documents[i]!)))})`;
}

export function publishedOf(ctx: RuleContext, doc: number): Published | undefined {
  return published(ctx.documents[doc]!);
}

/** Were any two of these documents published at different times? */
export function anyPublishedApart(ctx: RuleContext, docs: readonly number[]): boolean {
  const ps = [...new Set(docs)].map((d) => publishedOf(ctx, d));
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) if (publishedApart(ps[i], ps[j])) return true;
  return false;
}

/** `"at least 12 workers"`: a value's words as the document gives them. */
export function quoted(s: Slot): string {
  return `"${excerpt(s.text, 60)}"`;
}

/** "Wire and Broadcaster": the documents of a class of agreeing values. */
export function docList(ctx: RuleContext, docs: readonly number[], all: readonly number[], withTime: boolean): string {
  const names = [...new Set(docs)].map((d) => describeDoc(ctx, d, all, withTime));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
