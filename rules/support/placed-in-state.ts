import { placeKey, placeReadings, STATE_ABBREVIATIONS, type RuleContext } from '@factlint/core';

/*
 * The US state (or Canadian province) a story places a town in, in the wire agencies' style:
 * "ASHBY, Ky. (MP) —", "Lafayette, Ind.", "Port Mirabel, Texas". The tables may know another
 * town of the name in another state (an Ashby in Massachusetts); the story's own word wins.
 */

/** "ASHBY, Ky." or "Lafayette, Indiana": a town's name, a comma, its state. */
const TOWN_STATE = /(?:^|[\s(])(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}),\s((?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|W\.Va\.)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[\s,;:)(—–-]|$)/gu;

const learned = new WeakMap<RuleContext, Map<string, Set<string>>>();

/** Each name's state as the stories write it beside the name, read once per run from every document. */
function statesOf(ctx: RuleContext): Map<string, Set<string>> {
  let map = learned.get(ctx);
  if (map) return map;
  map = new Map();
  for (const d of ctx.documents) {
    for (const m of d.doc.text.matchAll(TOWN_STATE)) {
      const state = STATE_ABBREVIATIONS[m[2]!] ?? usState(m[2]!);
      if (!state) continue;
      const key = placeKey(m[1]!);
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(state);
    }
  }
  learned.set(ctx, map);
  return map;
}

/** A state written out ("Indiana", "New Mexico"), by its code; undefined for anything else. */
function usState(name: string): string | undefined {
  const r = placeReadings(name).find((x) => x.type === 'region' && (x.country === 'US' || x.country === 'CA'));
  return r?.state;
}

/** Do the stories place `town` in the state or province `region` names ("ASHBY, Ky." against "in rural Kentucky")? */
export function statedIn(ctx: RuleContext, town: string, region: string): boolean {
  const states = statesOf(ctx).get(placeKey(town));
  if (!states) return false;
  const code = STATE_ABBREVIATIONS[region] ?? usState(region);
  return code !== undefined && states.has(code);
}
