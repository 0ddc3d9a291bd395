import { placeKey, placeRank, type RuleContext, type Value } from '@factlint/core';

/*
 * What the stories tell of how the places no table knows relate to one another. Reporters list
 * neighbouring communities as separate places ("GO NOW: Glide, Idleyld Park and Rock Creek") and
 * say which larger place a small one lies in ("near Aliade in Gwer East Local Government Area",
 * "El Olivar, on the eastern edge of Viña del Mar"). Two names one list gives, or two names placed
 * in the same larger place, are two places: where one report says a fire started near the one
 * and another near the other, that is a conflict the cluster itself backs.
 */

/** Between two names of one list: "Glide, Idleyld Park", "Mumbai, Thane and Raigad". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/;
/** The last gap of a list: a comma alone may be a town and its region ("Kourou, French Guiana"). */
const LIST_END = /^\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?$/;
/** Between a small place and the larger one it lies in. */
const IN_GAP = /^\s*(?:,\s*)?(?:in|on\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edge|outskirts|fringes?)\s+of|part\s+of|within)\s+(?:the\s+)?$/i;
/** Roads and rivers cross the places a list gives with them: no evidence of two places. */
const LINEAR = /\b(?:Road|Rd|Street|St|Avenue|Ave|Highway|Hwy|Lane|Drive|Boulevard|Route|Motorway|Freeway|Expressway|River|Creek|Canal|Railway|Line)\b\.?$/;

interface Relations {
  /** Pairs of names (by key) that one list gives as separate places. */
  listed: Set<string>;
  /** Each name's larger places, by key. */
  parents: Map<string, Set<string>>;
  /** The names with a sibling: another name in their list, or another name in their larger place. */
  withSibling: Set<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const learned = new WeakMap<RuleContext, Relations>();

function relationsOf(ctx: RuleContext): Relations {
  let r = learned.get(ctx);
  if (r) return r;
  r = { listed: new Set(), parents: new Map(), withSibling: new Set() };
  for (const d of ctx.documents) {
    const places = d.values.filter((v) => v.kind === 'place' && !v.direction).sort((x, y) => x.span.start - y.span.start);
    let run: Value[] = [];
    const closeRun = (ended: boolean) => {
      if (ended && run.length >= 2) {
        const names = run.map((v) => String(v.value)).filter((n) => !LINEAR.test(n)).map(placeKey);
        for (let i = 0; i < names.length; i++) {
          for (let j = i + 1; j < names.length; j++) {
            if (names[i] === names[j]) continue;
            r!.listed.add(pairKey(names[i]!, names[j]!));
            r!.withSibling.add(names[i]!).add(names[j]!);
          }
        }
      }
      run = [];
    };
    for (let i = 0; i < places.length; i++) {
      const cur = places[i]!;
      const prev = places[i - 1];
      const gap = prev ? d.doc.text.slice(prev.span.end, cur.span.start) : undefined;
      if (prev && gap !== undefined && IN_GAP.test(gap)) {
        const parent = String(cur.value);
        // A country or a region holds too much: a village in it may lie in a town in it.
        if ((placeRank(parent, new Set()) ?? 0) <= 2) {
          const key = placeKey(String(prev.value));
          let set = r.parents.get(key);
          if (!set) r.parents.set(key, (set = new Set()));
          set.add(placeKey(parent));
        }
      }
      if (prev && gap !== undefined && LIST_GAP.test(gap)) {
        if (run.length === 0) run.push(prev);
        run.push(cur);
        if (LIST_END.test(gap)) closeRun(true);
      } else closeRun(false);
    }
    closeRun(false);
  }
  // Names that share a larger place: each has a sibling ("Aliade" and "Taraku", both in Gwer East).
  const byParent = new Map<string, string[]>();
  for (const [name, parents] of r.parents) for (const p of parents) byParent.set(p, [...(byParent.get(p) ?? []), name]);
  for (const names of byParent.values()) {
    for (const a of names) if (names.some((b) => b !== a && !a.includes(b) && !b.includes(a))) r.withSibling.add(a);
  }
  learned.set(ctx, r);
  return r;
}

/**
 * Does some story give this name a sibling: another place in its list, or another place in the
 * same larger place? Then it is a place of its own. (A name placed in a larger place alone, as in
 * "the general hospital in Guntur", is still compared by the larger place.)
 */
export function placedByStories(ctx: RuleContext, name: string): boolean {
  return relationsOf(ctx).withSibling.has(placeKey(name));
}

/** Two names the stories list as separate places, or place in the same larger place, are two places. */
export function siblingsApart(ctx: RuleContext, a: string, b: string): boolean | undefined {
  const [x, y] = [placeKey(a), placeKey(b)];
  if (x === y || x.includes(y) || y.includes(x)) return undefined;
  const r = relationsOf(ctx);
  if (r.listed.has(pairKey(x, y))) return false;
  const px = r.parents.get(x);
  const py = r.parents.get(y);
  if (px && py && [...px].some((p) => py.has(p))) return false;
  return undefined;
}
