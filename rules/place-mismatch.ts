import { compatiblePlaces, defineRule, tokenIndexAt, distanceKm, lookupPlace, placeKey, placeRank, placeReadings, storyCountries, storyReadings, type PlaceReading, type PlaceUse, type RuleContext, type Value, type ValueKind } from '@factlint/core';
import { pairSlots, type PairJudge } from './support/clusters.js';
import { reportDraftConflicts, reportSourceConflicts } from './support/report-values.js';
import { sourceName } from './support/describe.js';
import { graphSlots } from './support/all-slots.js';
import { clauseScore, evidence, happeningEvidence, historic, numberedApart, sameTimeFrame, type Slot } from './support/slots.js';
import { published } from './support/published.js';
import { kindOf, kindsApart, namedLikeTown, venueTowns } from './support/place-kinds.js';
import { placedByStories, siblingsApart } from './support/place-siblings.js';
import { statedIn } from './support/placed-in-state.js';
import { remarksBeside, shareRemark } from './support/remarks.js';

const KINDS = new Set<ValueKind>(['place']);

/** "on the outskirts of Dhaka" reaches beyond the city; "near Chivay" a little. */
function widen(ctx: RuleContext, s: Slot): number {
  const text = ctx.documents[s.doc]!.doc.text;
  const before = text.slice(Math.max(s.fact.span.start, s.value.span.start - 40), s.value.span.start);
  if (/\b(?:outskirts of|outside|suburbs? of|edge of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?$/i.test(before)) return 35;
  if (/\b(?:near|close to|around|not far from|near the (?:town|city|village) of)\s+(?:the\s+)?$/i.test(before)) return 10;
  return 0;
}

/**
 * "the largest community of Japanese descent outside Japan": a country or region after
 * "outside" says where something is not (a village "outside Lagos" lies beside the city).
 */
function excluded(s: Slot): boolean {
  return (s.prep === 'outside' || s.prep === 'beyond') && placeReadings(String(s.value.value)).some((r) => r.type === 'country' || r.type === 'region' || r.type === 'area');
}

/** A region named by its bearing alone, or one that spans countries (the tables give it no country). */
function unbounded(name: string): boolean {
  if (/^(?:the\s+)?(?:far\s+)?(?:north|south|east|west|north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west|midlands)(?:ern)?$/i.test(name.trim())) return true;
  return lookupPlace(name).some((r) => r.country === '' && r.type === 'area');
}

/** "divers from Britain", "tourists from Germany": where people come from, not where anything happened. */
const ORIGIN_BEFORE = /\b(?:\p{L}+(?:ers|ists|ians|ans|men|women)|people|nationals|citizens|children|pilgrims|delegates|crew|staff|teams?|troops|players|athletes|climbers|divers|tourists|passengers|volunteers|experts|officials|families|relatives|students|rescuers|firefighters|engineers|doctors|nurses)\s+(?:(?:[\p{Ll}-]+\s+){0,2})?from\s+(?:the\s+)?$/iu;

/** "bound for Iloilo", "headed for Mumbai": where a voyage goes, like "to". */
function roleOf(s: Slot): string {
  if (s.prep === 'for' && s.headVerb !== undefined && /^(?:bind|bound|head|destine|sail|leave)$/.test(s.headVerb)) return 'to';
  // "left the Choctaw Point terminal" is where the voyage began, as "from" tells it.
  if (s.prep === undefined && s.verb !== undefined && /^(?:leave|depart|exit)$/.test(s.verb)) return 'from';
  return role(s.prep);
}

/** What a preposition makes of a place: where something is, where it comes from, where it goes. */
function role(prep: string | undefined): string {
  if (prep === 'from' || prep === 'seat') return prep;
  if (prep === 'to' || prep === 'into' || prep === 'towards' || prep === 'toward') return 'to';
  return 'at';
}

const BEARING: Record<string, number> = { north: 0, 'north-east': 45, northeast: 45, east: 90, 'south-east': 135, southeast: 135, south: 180, 'south-west': 225, southwest: 225, west: 270, 'north-west': 315, northwest: 315 };

function bearingOf(s: Slot): number | undefined {
  const d = s.value.direction?.split(' ').at(-1);
  return d ? BEARING[d.toLowerCase()] : undefined;
}

const cap = (n: number, max: number) => Math.min(n, max);

/** What follows a town's name in a venue named after it ("Innsbruck University Hospital", "Bruneck hospital"). */
// Not a university: "who lectures at Swansea University" is where someone works, not where anything happened.
const VENUE_TAIL = /^(?:(?:University|General|Regional|Central|City|International|Main)\s)*(?:Hospital|hospital|Infirmary|Medical\sCent(?:er|re)|(?:Crown|Magistrates['’]?|Local|County|Sheriff|Coroner['’]?s)\sCourt|Clinic|clinic|Airport|airport|Station|station|Stadium|Arena|Cathedral|Prison|Harbour|Port|Air Base|air base|Airbase|airbase|Airfield|airfield)$/;

/**
 * The name to look a place up by: its own, or for a venue the gazetteer lacks but that is
 * named after its town ("Innsbruck University Hospital"), the town's. Undefined when neither is known.
 */
export function lookupName(name: string, story: ReadonlySet<string>): string | undefined {
  if (storyReadings(name, story).length > 0) return name;
  const town = venueTown(name);
  return town && storyReadings(town, story).some((r) => r.type === 'city') ? town : undefined;
}

/** "Innsbruck University Hospital" → "Innsbruck"; one word only: "San Maurizio hospital" is named after a saint. */
function venueTown(name: string): string | undefined {
  const [town, ...rest] = name.split(/\s+/);
  return town && rest.length > 0 && VENUE_TAIL.test(rest.join(' ')) ? town : undefined;
}

/** The kind of venue a name the gazetteer lacks says it is: "Place Bellecour" a square, "Mercy Medical Center" a centre. */
const VENUE_KIND = /\b(Place|Square|Plaza|Piazza|Platz|Street|Road|Avenue|Bridge|Stadium|Hospital|Station|Airport|Park|Cathedral|Church|School|Market|Centre|Center|Hall|Arena|Hotel|Court|Infirmary|Theatre|Theater|College|University|Museum|Library|District|County|Province|Borough|Parish|Ward|Gate|Platform|Pier|Berth|Hangar|Entrance|Exit|Stand|Block|Base|Airfield|kilometre|milepost)\b/i;
/** Stretches of one shore ("the Nightcliff foreshore", "Fannie Bay", "East Arm Wharf") are one kind: by different names, different stretches. */
const SHORE_KIND = /\b(?:Bay|Beach|Foreshore|Point|Cove|Wharf|Jetty|Pier|Quay|Terminal|Marina|Esplanade|Seafront|Waterfront)\b/i;
/** Named buildings are one kind whatever they are called: "Parliament House" and "The Lodge", "Itamaraty Palace" and "Planalto Palace". */
const BUILDING_KIND = /\b(?:House|Lodge|Palace|Palais|Palazzo|Manor|Residence|Chancellery|Castle|Château|Chateau|Building|Tower|Hall)\b/;
/**
 * Streets are one kind whatever their kind word: "Southeast Division Street" and "Southeast Powell
 * Boulevard" are two streets, as are "Theodor-Heuss-Straße" and "Dahlenburger Landstraße".
 */
const ROAD_WORDS = 'street|road|avenue|boulevard|lane|drive|way|highway|parkway|rue|calle|rua|avenida|via|viale|corso';
// Only roads: a compound square ("Marktplatz", "Stortorget") is a square, not a street.
const ROAD_KIND = new RegExp(`\\b(?:${ROAD_WORDS})\\b|\\p{L}(?:straße|strasse|gasse|allee|chaussee|damm|straat|gracht|laan|gatan|vägen|gata|vej|veien)$`, 'iu');
/** A road's kind word alone, lower-cased: no part of the road's name. */
const ROAD_WORD = new RegExp(`^(?:${ROAD_WORDS})$`);
const venueKind = (name: string) => (SHORE_KIND.test(name) ? 'shore' : BUILDING_KIND.test(name) ? 'building' : ROAD_KIND.test(name) ? 'road' : VENUE_KIND.exec(name)?.[1]!.toLowerCase());

/**
 * Two venues no table knows, of one kind and by different names, are two places ("Place des
 * Terreaux" and "Place Bellecour", two squares); other unknown pairs cannot be backed.
 */
function venuesApart(a: string, b: string): boolean | undefined {
  const ka = venueKind(a);
  if (!ka || ka !== venueKind(b)) return undefined;
  const key = (n: string) => n.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  if (key(a) === key(b)) return true;
  // "Fannie Bay" and "the Fannie Bay foreshore": one may lie in the other.
  const nameWords = (n: string) => key(n).split(' ').filter((w) => !VENUE_KIND.test(w) && !SHORE_KIND.test(w) && !BUILDING_KIND.test(w.replace(/^./, (c) => c.toUpperCase())) && !ROAD_WORD.test(w) && !/^(?:de|des|du|la|le|of|the|at|in)$/.test(w));
  // "Southeast Division Street" / "Southeast Powell Boulevard": a quarter's bearing is no part of the name.
  const named = (n: string) => {
    const w = nameWords(n);
    return w.length > 1 && /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|ne|nw|se|sw|n|s|e|w)$/.test(w[0]!) ? w.slice(1) : w;
  };
  // "The Lodge": a name that is its kind word alone is named by that word ("The Palace" may be
  // "Buckingham Palace"; "The Lodge" is not "Parliament House").
  const bareKind = (n: string, other: string) => nameWords(n).length === 0 && key(other).split(' ').includes(key(n));
  if (bareKind(a, b) || bareKind(b, a)) return undefined;
  const words = (n: string) => (named(n).length > 0 ? named(n) : key(n).split(' '));
  const [wa, wb] = [words(a), words(b)];
  // "the Great Hall of Parliament House" lies in "Parliament House": one name holds the other's words.
  if (wa.length === 0 || wb.length === 0 || wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return undefined;
  return wa[0] === wb[0] ? undefined : false;
}

/** How clearly two phrases must tell one happening before two unknown names count as two places. */
const GUESS_AT = 9;

/**
 * Two names no table knows ("Langlaagte" / "Crown Mines", "flown to Lukla" / "to Pheriche"),
 * neither a venue's kind nor a kind the stories give, that no document ever writes together:
 * reporters who name a small place inside another say so ("Pheriche, below Lukla"), so two
 * names never tied are two places. Only a pair clearly about one happening is reported (GUESS_AT).
 */
function unknownApart(ctx: RuleContext, a: string, b: string, story: ReadonlySet<string>): boolean {
  const [la, lb] = [lookupName(a, story), lookupName(b, story)];
  if (la !== undefined && lb !== undefined) return false;
  // A known name is a settlement, not a region or country the other may lie in.
  const known = la ?? lb;
  if (known !== undefined && !storyReadings(known, story).every(isSettlement)) return false;
  // A town the tables know keeps no venue's kind ("Byron Bay" is a town, not a bay).
  if ((la === undefined && venueKind(a)) || (lb === undefined && venueKind(b)) || kindOf(ctx, a) || kindOf(ctx, b)) return false;
  // "Val Pusteria", "the Glen", "the Suez Canal": a valley, a stretch of land or of water may
  // hold the other name.
  if (AREA_NAME.test(a) || AREA_NAME.test(b)) return false;
  // "Brunico" and "Bruneck": one town's names in two languages, or one name spelt two ways.
  const [ka, kb] = [placeKey(a), placeKey(b)];
  if (ka.slice(0, 4) === kb.slice(0, 4)) return false;
  // "Marion Operations" and "the Marion plant": names that share a word may name one site.
  const words = (n: string) => n.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w)).map(placeKey);
  const wb = words(b);
  if (words(a).some((w) => wb.includes(w))) return false;
  return !writtenTogether(ctx, a, b);
}

const AREA_NAME = /\b(?:Val|Valle|Vallée|Valley|Vale|Glen|Dale|Region|Province|District|County|Coast|Basin|Delta|Plateau|Highlands?|Lowlands?|Hills|Mountains|Forest|Park|Peninsula|Islands|River|Canal|Strait|Channel|Sea|Gulf|Lake|Ocean|Corridor|Waterway)\b/;

/**
 * Does some document name the two places in one sentence (a route, a list, one inside the other:
 * "Pheriche, below Lukla")? Two sentences of one paragraph that each name one
 * ("sailed from Puerto Williams on Monday … due alongside the Muelle Prat in Punta Arenas") do not tie them.
 */
function writtenTogether(ctx: RuleContext, a: string, b: string): boolean {
  for (const d of ctx.documents) {
    const text = d.doc.text;
    for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
      const window = text.slice(Math.max(0, at - TIED_WITHIN), at + a.length + TIED_WITHIN);
      const here = at - Math.max(0, at - TIED_WITHIN);
      for (let bt = window.indexOf(b); bt >= 0; bt = window.indexOf(b, bt + 1)) {
        const between = bt < here ? window.slice(bt + b.length, here) : window.slice(here + a.length, bt);
        if (!/[.!?]\s|\n/.test(between)) return true;
      }
    }
  }
  return false;
}

/** How far apart two names of one sentence may stand (a long sentence's span). */
const TIED_WITHIN = 400;

const isSettlement = (r: PlaceReading) => r.type === 'city' || r.type === 'town';

/** A name built like a ground or a park ("Eden Park", "Kensington Oval") that the tables know only as a town. */
function groundLikeTown(name: string, story: ReadonlySet<string>): boolean {
  if (!/\s(?:Park|Oval|Stadium|Arena|Ground|Gardens|Green|Fields?|Domain)$/.test(name)) return false;
  const readings = storyReadings(name, story);
  return readings.length > 0 && readings.every((r) => isSettlement(r) || r.type === 'district');
}
/** A suburb lies within this distance of its city's centre (see the gazetteer's reach for towns). */
const SUBURB_KM = 20;
/** Closer than this, two readings may be one spot spelt two ways. */
const SAME_SPOT_KM = 1.5;

/**
 * The city the story is filed from: the settlement its datelines name ("MUMBAI:", "Mumbai, Jul 15
 * (PTI)"), in more documents than any other. Undefined when no dateline names a known town.
 */
function storyCity(ctx: RuleContext, story: ReadonlySet<string>): PlaceReading | undefined {
  const count = new Map<string, { n: number; reading: PlaceReading }>();
  for (const d of ctx.documents) {
    const name = d.blocks.find((b) => b.dateline)?.dateline;
    if (!name) continue;
    const reading = storyReadings(name, story).find(isSettlement);
    if (!reading) continue;
    const c = count.get(placeKey(name)) ?? { n: 0, reading };
    c.n++;
    count.set(placeKey(name), c);
  }
  const [top, second] = [...count.values()].sort((a, b) => b.n - a.n);
  if (top) return !second || second.n < top.n ? top.reading : undefined;
  // No dateline: the city most of the reports name ("the Federal Court in Sydney"), when one
  // stands out.
  const named = new Map<string, { docs: Set<number>; reading: PlaceReading }>();
  ctx.documents.forEach((d, i) => {
    for (const v of d.values) {
      if (v.kind !== 'place' || v.direction) continue;
      const reading = storyReadings(String(v.value), story).find((r) => r.type === 'city');
      if (!reading || (placeRank(String(v.value), story) ?? 0) < 2) continue;
      const c = named.get(placeKey(String(v.value))) ?? { docs: new Set<number>(), reading };
      c.docs.add(i);
      named.set(placeKey(String(v.value)), c);
    }
  });
  const [first, next] = [...named.values()].sort((a, b) => b.docs.size - a.docs.size);
  return first && first.docs.size >= Math.max(2, Math.ceil(ctx.documents.length / 2)) && (!next || next.docs.size < first.docs.size) ? first.reading : undefined;
}

/**
 * "in Vikhroli" against "in Bhandup", two suburbs of the Mumbai the story is set in: parts of
 * the story's city by different names are different places, however close they lie. The city
 * itself still holds them all ("in Mumbai" agrees with both).
 */
function partsOfCity(a: string, b: string, city: PlaceReading | undefined, story: ReadonlySet<string>): boolean {
  if (!city || placeKey(a) === placeKey(b) || placeKey(a) === placeKey(city.name) || placeKey(b) === placeKey(city.name)) return false;
  const near = (name: string) => storyReadings(name, story).filter((r) => isSettlement(r) && distanceKm(r, city) <= SUBURB_KM);
  const ra = near(a);
  const rb = near(b);
  return ra.length > 0 && rb.length > 0 && ra.every((x) => rb.every((y) => distanceKm(x, y) > SAME_SPOT_KM));
}

export function judge(story: ReadonlySet<string>, ctx?: RuleContext): PairJudge {
  let city: PlaceReading | undefined | null = null;
  const cityOf = () => (city === null ? (city = ctx ? storyCity(ctx, story) : undefined) : city);
  /** How narrow a place is: a venue is narrower than a city, a city than a country. */
  const nameOf = (s: Slot) => lookupName(String(s.value.value), story) ?? String(s.value.value);
  const specificity = (s: Slot) => (s.value.direction ? 2 : (placeRank(nameOf(s), story) ?? 6));
  // How large a place is, an unknown name taken for a small one (a village the tables lack).
  const level = (s: Slot) => (s.value.direction ? 2 : (placeRank(nameOf(s), story) ?? 2));
  const use = (s: Slot): PlaceUse => ({ name: nameOf(s), widen: ctx ? widen(ctx, s) : 0 });
  const settlement = (name: string) => storyReadings(name, story).some(isSettlement);
  const publishedAt = (s: Slot) => (ctx ? published(ctx.documents[s.doc]!)?.at : undefined);
  // x is a place inside y (never the country around it: a clause that names "Peru" still places
  // its quake near Chivay, not near Cabanaconde; nor a neighbouring town: El Alto is not La Paz).
  const onePlace = (x: string, y: string) => {
    const town = venueTown(x);
    if (town && placeKey(town) === placeKey(y)) return true;
    return (placeRank(x, story) ?? 6) < (placeRank(y, story) ?? 6) && compatiblePlaces({ name: x }, { name: y }, story) === true;
  };
  const remarks = ctx ? remarksBeside(ctx) : () => new Set<string>();
  // How many places each document says one person spoke at ("Speaking in Auckland, Aldous said"):
  // one each in two reports is one appearance, told in two places.
  let spokenCount: Map<string, number> | undefined;
  const onlySpokenPlace = (s: Slot) => {
    spokenCount ??= countSpokenPlaces(ctx);
    return s.speaker !== undefined && spokenCount.get(`${s.doc}|${s.speaker}`) === 1;
  };
  const memo = new Map<string, boolean | undefined>();
  // Pairs told apart only because no story ties the two unknown names together (`unknownApart`).
  const guessed = new Set<string>();
  // Asked once per pair of names: many pairs of phrases share them, and it reads every document.
  const apartByName = new Map<string, boolean>();
  const namesApart = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let r = apartByName.get(key);
    if (r === undefined) apartByName.set(key, (r = unknownApart(ctx!, a, b, story)));
    return r;
  };
  const pairKey = (a: Slot, b: Slot) => `${a.doc}:${a.span.start}|${b.doc}:${b.span.start}`;
  // `relation` decides the pair first, and records there whether it only guessed.
  const isGuess = (a: Slot, b: Slot) => {
    relation(a, b);
    return guessed.has(pairKey(a, b));
  };
  const relation = (a: Slot, b: Slot): boolean | undefined => {
    const key = pairKey(a, b);
    if (memo.has(key)) return memo.get(key);
    let r: boolean | undefined;
    if (a.value.direction || b.value.direction) {
      // "30 km north of X" is a position relative to X: only another position from X compares.
      if (!a.value.direction || !b.value.direction) r = undefined;
      else if (compatiblePlaces({ name: String(a.value.value) }, { name: String(b.value.value) }, story) !== true && String(a.value.value).toLowerCase() !== String(b.value.value).toLowerCase()) r = undefined;
      else {
        const x = bearingOf(a);
        const y = bearingOf(b);
        r = x === undefined || y === undefined ? undefined : Math.min(Math.abs(x - y), 360 - Math.abs(x - y)) < 90;
      }
    } else if (unbounded(String(a.value.value)) || unbounded(String(b.value.value))) {
      // "the North West", "the Sahel": a part of a country told by its bearing, or a region that
      // spans countries, may hold the other place; nothing here can tell.
      r = undefined;
    } else {
      const [va, vb] = [String(a.value.value), String(b.value.value)];
      // One name is one place, known to the tables or not; otherwise the tables, the venues'
      // kinds and the kinds the stories give small places decide.
      // "ASHBY, Ky." in a dateline places Ashby in Kentucky, whatever other Ashby the tables know.
      const stated = ctx !== undefined && (statedIn(ctx, va, vb) || statedIn(ctx, vb, va));
      // "arrived at San Cayetano" / "arrived in Tasco": the stories' mine near Tasco, not the
      // tables' town of that name far away; only its own town is known to hold it. (A plant named
      // after the town it stands in, "the Marion plant in Marion", leaves the town the town.)
      const venueAway = (name: string) => {
        const towns = ctx ? venueTowns(ctx, name) : undefined;
        return towns && ![...towns].some((t) => storyReadings(name, story).some((x) => storyReadings(t, story).some((y) => distanceKm(x, y) <= 30))) ? towns : undefined;
      };
      const [ta, tb] = [venueAway(va), venueAway(vb)];
      if (ta || tb) r = placeKey(va) === placeKey(vb) || ta?.has(vb.toLowerCase()) || tb?.has(va.toLowerCase()) ? true : undefined;
      else r = placeKey(va) === placeKey(vb) || stated ? true : (compatiblePlaces(use(a), use(b), story) ?? venuesApart(nameOf(a), nameOf(b)) ?? (ctx ? (kindsApart(ctx, va, vb, settlement) ?? siblingsApart(ctx, va, vb)) : undefined));
      // A venue the phrase named before its town, against another venue of its kind: two
      // stations by different names are two places, in one district or not.
      if ((a.venue || b.venue) && venuesApart(String(a.venue?.value ?? va), String(b.venue?.value ?? vb)) === false) r = false;
      if (r === true && partsOfCity(nameOf(a), nameOf(b), cityOf(), story)) r = false;
      // "a series starting at Eden Park": a ground may share its name with a town far away.
      if (r === false && (groundLikeTown(nameOf(a), story) || groundLikeTown(nameOf(b), story))) r = undefined;
      if (r === undefined && ctx && !listedPlace(ctx, a) && !listedPlace(ctx, b) && namesApart(va, vb)) {
        r = false;
        guessed.add(key);
      }
    }
    memo.set(key, r);
    return r;
  };
  const oneAppearance = (a: Slot, b: Slot) => !!a.spoken && !!b.spoken && a.speaker === b.speaker && onlySpokenPlace(a) && onlySpokenPlace(b);
  const sameEvent = (a: Slot, b: Slot) => {
    if (shareRemark(remarks, a, b) || oneAppearance(a, b)) return true;
    const e = evidence(a, b);
    return e.head.length > 0 || (e.values > 0 && e.facts.length >= 2) || e.local.length >= 3;
  };
  return {
    score(a, b) {
      if (roleOf(a) !== roleOf(b) || excluded(a) || excluded(b)) return undefined;
      // "move production from Marion to Saltillo" / "moved to Marion from Toledo": a clause that
      // names the other's place in another part tells of another movement, not a misplaced one.
      if (namesElsewhere(b, a, onePlace) || namesElsewhere(a, b, onePlace)) return undefined;

      // Where someone spoke is not where the events they spoke of happened.
      if (!a.spoken !== !b.spoken) return undefined;
      if (!sameTimeFrame(a, b) || numberedApart(a, b) || historic(a, publishedAt(a)) !== historic(b, publishedAt(b))) return undefined;
      // "held in Iran" / "landed in Muscat" / "left Muscat" in one story of the same two people:
      // different verbs and no shared event word place different happenings.
      const { head, local, clause, otherVerbs } = happeningEvidence(a, b);
      let s = 0;
      if (otherVerbs && head.length === 0) s -= 1.5;
      s += cap(head.length * 3, 6);
      s += cap(local.length, 3);
      s += clauseScore(clause);
      // Both beside one remark quoted in both: where it was said.
      if (shareRemark(remarks, a, b)) s += 3;
      // The one place each report says one person spoke at, on one day: one appearance.
      if (oneAppearance(a, b)) s += 8;
      return s;
    },
    agreeAt: 3,
    // "in the Colca Valley" agrees with both Chivay and Cabanaconde: containment settles
    // nothing unless the two phrases are as clearly about one event as a conflict must be.
    settleAt: (a, b) => (sameEvent(a, b) ? 6 : Infinity),
    // A country against a town in another country ("held in the Netherlands" / "left Muscat") in
    // a story that travels between them needs clearer evidence of one happening than two towns do.
    // "firefighters in Spain and Portugal" / "in Andalusia": a list that names the other's place,
    // or a place around it, covers it and conflicts with none of it.
    conflictAt: (a, b) => (!sameEvent(a, b) || listedAround(ctx, a, b, onePlace) || listedAround(ctx, b, a, onePlace) ? Infinity : Math.abs(level(a) - level(b)) >= 3 ? 7.5 : isGuess(a, b) ? GUESS_AT : 6),
    settles: (by, s) => specificity(by) <= specificity(s),
    listed: (s) => listedPlace(ctx, s),
    agree: (a, b) => relation(a, b) === true,
    plausible: (a, b) => relation(a, b) === false,
  };
}

/** Places of speaking per document and speaker ("told reporters in Wellington"). */
function countSpokenPlaces(ctx: RuleContext | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (!ctx) return counts;
  for (const s of graphSlots(ctx.graph)) {
    if (s.kind !== 'place' || !s.spoken || s.speaker === undefined) continue;
    const key = `${s.doc}|${s.speaker}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Does `s`'s clause name `other`'s place as another of its places? The place itself or one
 * inside it: "back in the Netherlands … after an exchange at Muscat International Airport" names
 * where "the plane left Muscat" as well.
 */
function namesElsewhere(s: Slot, other: Slot, onePlace: (x: string, y: string) => boolean): boolean {
  const name = String(other.value.value);
  const key = placeKey(name);
  if (placeKey(String(s.value.value)) === key) return false;
  return s.fact.values.some((v) => v !== s.value && v.kind === 'place' && !v.direction && (placeKey(String(v.value)) === key || onePlace(String(v.value), name)));
}

/** Is `s` one of a list of places that also names `other`'s place or one around it? */
function listedAround(ctx: RuleContext | undefined, s: Slot, other: Slot, onePlace: (x: string, y: string) => boolean): boolean {
  if (!listedPlace(ctx, s)) return false;
  const name = String(other.value.value);
  return s.fact.values.some((v) => v !== s.value && v.kind === 'place' && !v.direction && (placeKey(String(v.value)) === placeKey(name) || onePlace(name, String(v.value))));
}

/** A place coordinated with another in its clause: "in Montreal and Vancouver", "between Mission and Vancouver". */
function listedPlace(ctx: RuleContext | undefined, s: Slot): boolean {
  if (!ctx) return false;
  const text = ctx.documents[s.doc]!.doc.text;
  return s.fact.values.some((v) => {
    if (v === s.value || v.kind !== 'place') return false;
    const [x, y] = v.span.start < s.value.span.start ? [v, s.value] : [s.value, v];
    return /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:(?:the|downtown|central)\s+)?$/.test(text.slice(x.span.end, y.span.start));
  });
}

const PART_OF_CITY = /^\s+(?:suburb|district|neighbou?rhood|borough|municipality|commune|township|ward)\s+of\s+$/i;

/**
 * One location per phrase: in "at Mynttorget in central Stockholm" or "in Lough
 * Erne, Northern Ireland" the first name is the place, the rest says where it lies.
 */
export function mostSpecific(ctx: RuleContext, slots: Slot[], known: (s: Slot) => boolean = () => true): Slot[] {
  const drop = new Set<Slot>();
  const inRole = new Map<Slot, string | undefined>();
  const venues = new Map<Slot, Value>();
  const byFact = new Map<string, Slot[]>();
  for (const s of slots) {
    const k = `${s.doc}:${s.fact.id}`;
    byFact.set(k, [...(byFact.get(k) ?? []), s]);
  }
  for (const list of byFact.values()) {
    list.sort((x, y) => x.value.span.start - y.value.span.start);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if (cur.value.direction || prev.value.direction) continue;
      const between = ctx.documents[cur.doc]!.doc.text.slice(prev.value.span.end, cur.value.span.start);
      // "the Santiago suburb of Maipú": the part named after its city is the place.
      if (PART_OF_CITY.test(between) && known(cur)) { drop.add(prev); continue; }
      if (!/^\s*(?:,\s*(?:in|near|outside)?|in|of|near|outside)?\s*(?:the\s+)?(?:(?:northern|southern|eastern|western|central|downtown)\s+)?$/i.test(between)) continue;
      // "along Castle Road, Independence Avenue, Liberation Road": two of one kind are a list, not
      // one place inside the other.
      const kind = venueKind(String(prev.value.value));
      if (kind !== undefined && kind === venueKind(String(cur.value.value))) continue;
      if (known(prev)) { drop.add(cur); continue; }
      // A venue no table knows ("flown to San Maurizio hospital in Bolzano") leaves the town to
      // compare by, in the venue's role: the place he was flown to.
      // The venue's name still tells it from another venue of its kind ("near Korai station in
      // Jajpur district" against "near Jenapur station").
      drop.add(prev);
      inRole.set(cur, prev.prep);
      if (venueKind(String(prev.value.value))) venues.set(cur, prev.value);
    }
  }
  return slots.filter((s) => !drop.has(s)).map((s) => (inRole.has(s) ? { ...s, prep: inRole.get(s), ...(venues.has(s) ? { venue: venues.get(s) } : {}) } : s));
}

/**
 * "flown to the general hospital in Syros", "airlifted to hospital in Athens": the town a
 * destination lies in is where someone went, in the destination's role.
 */
const SPEECH_VERB = /^(?:sp[eo]ke|spoken|speaking|speak|speaks|talk(?:s|ed|ing)?|said|say|says|told|tell|wrote|write|writes|explained|announced|declared|reported|pledged|promised|appealed|addressed|listened|replied|responded|read|sang|waved)\s+$/i;
/** People addressed, not a destination: "to party members in", "to reporters in". */
const AUDIENCE = /\b(?:members|supporters|reporters|journalists|people|residents|voters|crowds?|audiences?|delegates|workers|students|staff|fans|followers|colleagues|activists|officials|leaders|troops|soldiers|families|relatives|survivors|parliament|lawmakers|congress|press)\s+$/i;

export function withDestination(ctx: RuleContext, s: Slot): Slot {
  if (s.prep !== 'in') return s;
  const text = ctx.documents[s.doc]!.doc.text;
  const before = text.slice(Math.max(s.fact.span.start, s.value.span.start - 50), s.value.span.start);
  // "according to researchers in Dublin", "next to a school in Glide": no one went there.
  // Nor in "spoke to party members in Chemnitz": what follows "to" is whom, not where.
  const m = /\b(\p{L}+\s+)?(?:to|into)\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\p{Ll}-]+\s+){0,3})in\s+$/u.exec(before);
  if (!m || /^(?:according|due|thanks|next|close|compared|similar|prior|owing|up|contrary|relative|opposite)\s+$/i.test(m[1] ?? '')) return s;
  if (SPEECH_VERB.test(m[1] ?? '') || AUDIENCE.test(m[2] ?? '')) return s;
  // "a new hospital, to be built in Richmond", "plans to open a plant in Saltillo": an infinitive
  // says what is done there, not where anyone goes.
  if (m[2]) {
    const d = ctx.documents[s.doc]!;
    const at = s.value.span.start - before.length + m.index + m[0].length - m[2].length - 'in'.length - (/\s+$/.exec(m[0])?.[0].length ?? 0);
    const word = d.tokens[tokenIndexAt(d.tokens, at)];
    if (word && (word.pos === 'VERB' || word.pos === 'AUX')) return s;
  }
  return { ...s, prep: 'to' };
}

function valueData(ctx: RuleContext, s: Slot) {
  const d = ctx.documents[s.doc]!;
  return { file: d.doc.path, source: sourceName(d), text: s.value.text, place: s.value.value, ...(s.venue ? { venue: s.venue.text } : {}), ...(s.value.direction ? { direction: s.value.direction } : {}) };
}

const SEAT_BEFORE = /\b(?:based|headquartered|registered|incorporated|domiciled)\s+(?:in|at)\s+(?:the\s+)?$/i;

/**
 * "Aube Sahel, which is based in Lyon", "headquartered in Zug": where a body has its seat, set
 * only against another report of its seat, never against where anything happened.
 */
function asSeat(s: Slot, text: string): Slot {
  return SEAT_BEFORE.test(text.slice(Math.max(0, s.value.span.start - 30), s.value.span.start)) ? { ...s, prep: 'seat' } : s;
}

/**
 * A place where something happens or lies. "on the Syria conflict" and "an attack on
 * VAR" name topics, not places; an all-capitals word is an acronym unless it is a
 * country's ("UK", "UAE").
 */
function placeLike(s: Slot, text: string): boolean {
  // "the Cleveland-based company": where a firm has its seat, not where anything happened.
  if (/-based$/i.test(s.value.text)) return false;
  if (s.prep === 'from' && ORIGIN_BEFORE.test(text.slice(Math.max(0, s.value.span.start - 60), s.value.span.start))) return false;
  // "lectures at Swansea University": a university's town is where someone works.
  if (/^\s+(?:University|College|Polytechnic)\b/.test(text.slice(s.value.span.end, s.value.span.end + 14))) return false;
  const name = String(s.value.value).replace(/^the\s+/i, '');
  if (s.prep === 'on' && !/\b(?:Street|Road|Avenue|Island|Isle|Coast|Square|Place|Plaza|Piazza|Platz|Praça|Promenade|Esplanade|Quay|Wharf|Pier|Beach|Boulevard|Lane)\b/.test(name)) return false;
  if (/^[A-Z]{2,}$/.test(name) && !placeReadings(name).some((r) => r.type === 'country')) return false;
  return true;
}

/** A town compared for a venue shows the venue too: "Korai station" (Jajpur district). */
const shown = (s: Slot) => (s.venue ? `"${s.venue.text}" (${s.value.text})` : `"${s.value.text}"`);
const spanOf = (s: Slot) => (s.venue ? { start: s.venue.span.start, end: s.value.span.end } : s.value.span);

export default defineRule({
  id: 'place-mismatch',
  meta: {
    description: 'Report one event placed in different places or directions, when the gazetteer can tell the places apart',
    defaultSeverity: 'warning',
    claims: ['fact'],
    options: {},
    messages: {
      differs: 'Sources place this differently: {{textA}} in {{sourceA}} but {{others}}',
      draftDiffers: 'The draft places this {{textA}} but {{others}}',
    },
  },
  check(ctx) {
    const base = graphSlots(ctx.graph).filter((s) => KINDS.has(s.kind));
    const names = base.map((s) => String(s.value.value));
    // A country a phrase names as the container ("Innsbruck University Hospital in Austria")
    // is in the story, however few of its places the story names.
    const containers = base.flatMap((s) => {
      const outer = /(?:\s+in\s+|,\s*)([^,]+)$/.exec(s.value.text)?.[1];
      return outer ? placeReadings(outer).filter((r) => r.type === 'country').map((r) => r.country) : [];
    });
    const story = new Set([...storyCountries([...names, ...names.flatMap((n) => venueTown(n) ?? [])]), ...containers]);
    // A name the stories call a hamlet or a suburb is as good as known: another of its kind is another place.
    // So is one the stories list beside another place or place inside a larger one.
    const known = (s: Slot) => {
      const name = String(s.value.value);
      return lookupName(name, story) !== undefined || kindOf(ctx, name) !== undefined || placedByStories(ctx, name);
    };
    // Every place takes part, known or not: a venue no table knows still counts against another
    // of its kind (venuesApart), and two unknown names against each other (unknownApart).
    const slots = mostSpecific(ctx, base, known).map((s) => asSeat(withDestination(ctx, s), ctx.documents[s.doc]!.doc.text)).filter((s) => s.value.direction || placeLike(s, ctx.documents[s.doc]!.doc.text));
    const j = judge(story, ctx);
    const pairing = pairSlots(ctx, slots, j);
    const agree = (a: Slot, b: Slot) => j.agree(a, b);
    const style = { span: spanOf, show: shown, times: () => ({ sources: false, related: false }) };
    reportSourceConflicts(ctx, pairing, agree, {
      ...style,
      report: ({ members }, w) => ({ messageId: 'differs', data: { ...w, places: members.map((s) => valueData(ctx, s)) } }),
    });
    reportDraftConflicts(
      ctx,
      pairing,
      agree,
      {
        ...style,
        report: ({ sources }, w) => ({ messageId: 'draftDiffers', data: { ...w, places: sources.map((s) => valueData(ctx, s)) } }),
      },
      j.settles,
      // A source that names the draft's place for another happening ("his party's event in
      // Leipzig") does not vouch for it against one telling the same remark somewhere else.
      true,
    );
  },
});
