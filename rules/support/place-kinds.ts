import type { RuleContext } from '@factlint/core';

/*
 * What the stories themselves call the small places the tables do not know: "Kinahrejo hamlet",
 * "the hamlet of Kalitengah Lor", "Kalitengah Lor, a hamlet about 4.5 km from the crater". Two
 * such names of one kind are two places (place-mismatch), and a name with a kind is as good as
 * known.
 */

/** Kinds of small place whose names, when the stories give two, are two places: one hamlet is not another. */
const SMALL_PLACE_KIND = 'hamlet|village|suburb|township|neighbou?rhood|barangay|ward|terminal|settlement|upazila|thana|city|town';
/** Kinds the tables' settlements are: "the city of El Alto" is not La Paz, a city the tables know. */
const SETTLEMENT_KIND = new Set(['city', 'town']);

const KIND_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3}";
/** The kind words themselves: a literal scan, cheap, before the names around them are read. */
const KIND_WORD = new RegExp(`\\b(${SMALL_PLACE_KIND})\\b`, 'gi');
/** "Kinahrejo hamlet", "Kalitengah Lor, a hamlet …": the name before the kind word. */
const NAME_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])(${KIND_NAME})(?:,\\san?\\s(?:[\\p{Ll}-]+\\s)?|\\s)$`, 'u');
/** "the hamlet of Kalitengah Lor": the name after it. */
const NAME_AFTER = new RegExp(`^\\sof\\s(${KIND_NAME})`, 'u');
const OWN_KIND = new RegExp(`\\s(${SMALL_PLACE_KIND})$`, 'i');
const kindKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '');

const learnedKinds = new WeakMap<RuleContext, Map<string, string>>();

/** What the stories call each name they give a small kind to, read once per run from every document. */
function kindsOf(ctx: RuleContext): Map<string, string> {
  let kinds = learnedKinds.get(ctx);
  if (kinds) return kinds;
  kinds = new Map();
  for (const d of ctx.documents) {
    const text = d.doc.text;
    for (const m of text.matchAll(KIND_WORD)) {
      if (!/^\p{Ll}/u.test(m[0])) continue;
      const kind = m[1]!.toLowerCase().replace('neighborhood', 'neighbourhood');
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
      // "the hamlet of X", and with a word that describes it, "the border town of Tamalat".
      const after = /\bthe\s(?:\p{Ll}[\p{Ll}-]+\s)?$/iu.test(text.slice(Math.max(0, m.index - 24), m.index)) ? NAME_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1] : undefined;
      for (const name of [before, after]) if (name && !kinds.has(kindKey(name))) kinds.set(kindKey(name), kind);
    }
  }
  learnedKinds.set(ctx, kinds);
  return kinds;
}

/** What the stories call a name no table knows ("Kinahrejo hamlet" says it itself). */
export function kindOf(ctx: RuleContext, name: string): string | undefined {
  const own = OWN_KIND.exec(name)?.[1]?.toLowerCase();
  return own ?? kindsOf(ctx).get(kindKey(name));
}

/** "Port Fourchon", "Fort Myers", "San Vicente": a name built as settlements' names are. */
const TOWN_NAME = /^(?:Port|Fort|Saint|St\.?|Sainte|San|Santa|Santo|São|Puerto|Porto|Bandar)\s\p{Lu}\p{Ll}+$/u;
export const namedLikeTown = (name: string) => TOWN_NAME.test(name.trim());

/**
 * Two names no table knows that the stories call places of one small kind ("hamlet") are two
 * places; so are a name the stories call a city or a town and a settlement the tables know
 * (`settlement`), when the names differ.
 */
export function kindsApart(ctx: RuleContext, a: string, b: string, settlement: (name: string) => boolean = () => false): boolean | undefined {
  const [x, y] = [kindKey(a), kindKey(b)];
  if (x.includes(y) || y.includes(x)) return undefined;
  const ka = kindOf(ctx, a);
  const kb = kindOf(ctx, b);
  if (ka && ka === kb) return false;
  if (ka && !kb && (SETTLEMENT_KIND.has(ka) || ka === 'village') && (settlement(b) || namedLikeTown(b))) return false;
  if (kb && !ka && (SETTLEMENT_KIND.has(kb) || kb === 'village') && (settlement(a) || namedLikeTown(a))) return false;
  return undefined;
}

/** "the San Cayetano mine near the town of Tasco", "the Hilltop plant outside Marion": a venue the stories place by a town. */
const VENUE_NEAR = /\bthe\s(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\s(?:[\p{Ll}-]+\s)?(?:mine|colliery|plant|factory|refinery|mill|quarry|farm|camp|stadium|hospital|prison|dam|terminal|resort|hotel)\b,?\s(?:near|in|outside|close\sto|just\soutside)\s(?:the\s(?:town|village|city|municipality|district)\sof\s)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})/gu;

const learnedVenues = new WeakMap<RuleContext, Map<string, Set<string>>>();

/**
 * The towns the stories place a named venue by: "San Cayetano", which the tables know as a town
 * elsewhere, is to these stories the mine near Tasco, and "arrived at San Cayetano" is no
 * other town than "arrived in Tasco". Keys and towns are lower-cased names.
 */
export function venueTowns(ctx: RuleContext, name: string): ReadonlySet<string> | undefined {
  let venues = learnedVenues.get(ctx);
  if (!venues) {
    venues = new Map();
    for (const d of ctx.documents) {
      for (const m of d.doc.text.matchAll(VENUE_NEAR)) {
        const key = kindKey(m[1]!);
        let towns = venues.get(key);
        if (!towns) venues.set(key, (towns = new Set()));
        towns.add(kindKey(m[2]!));
      }
    }
    learnedVenues.set(ctx, venues);
  }
  return venues.get(kindKey(name));
}
