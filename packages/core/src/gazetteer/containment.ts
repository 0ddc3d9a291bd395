import { BRITISH_COUNTY, lookup, placeKey, type PlaceReading, type PlaceType } from './tables.js';

/**
 * "Can these two place names be one location?", answered by containment: by the
 * landmark list's `within` links and the city table's state codes (Zurich is not in
 * the canton of Bern however close the two are), with venues that are different
 * places even inside one city (the Chancellery and Schloss Bellevue are both in
 * Berlin), and readings limited to the story's countries (Orléans in an Ottawa
 * story is the suburb, not the French city). The place rules use it.
 */

/** Every reading of a place name ("London" is in England and in Ontario). */
export function placeReadings(name: string): PlaceReading[] {
  return lookup(name, 'containment');
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The reading a `within` name refers to: a city or region of the same country. */
function container(r: PlaceReading): PlaceReading | undefined {
  if (!r.within) return undefined;
  const cands = placeReadings(r.within).filter((x) => x.country === r.country && x !== r);
  return cands.find((x) => x.type === 'city') ?? cands.find((x) => x.type === 'region') ?? cands[0];
}

/** The chain of places a reading lies in: venue → city → region → country. */
function ancestors(r: PlaceReading): PlaceReading[] {
  const out: PlaceReading[] = [];
  let cur: PlaceReading | undefined = r;
  for (let i = 0; i < 4 && cur; i++) {
    const up = container(cur);
    if (!up || out.includes(up)) break;
    out.push(up);
    cur = up;
  }
  return out;
}

function sameReading(a: PlaceReading, b: PlaceReading): boolean {
  return a.country === b.country && placeKey(a.name) === placeKey(b.name);
}

/** Does `outer` contain `inner`? By the tables' own links, never by closeness alone. */
function contains(outer: PlaceReading, inner: PlaceReading): boolean {
  if (outer.type === 'country') return outer.country === inner.country && inner.type !== 'country';
  if (inner.country !== outer.country) return false;
  const chain = [inner, ...ancestors(inner)];
  for (const x of chain.slice(1)) if (sameReading(x, outer)) return true;
  if (outer.type === 'region') {
    // "Yorkshire and the Humber" is made of counties the tables list ("North Yorkshire", "Leeds").
    if (outer.members && chain.some((x) => x.state !== undefined && outer.members!.includes(x.state))) return true;
    return chain.some((x) => x.state !== undefined && x.state === outer.state && x.type !== 'region');
  }
  if (outer.type === 'area') return distanceKm(outer, inner) <= (outer.radius ?? 20);
  if (outer.type === 'city') {
    // A venue or district without a recorded city: close to the centre is inside.
    if ((inner.type === 'venue' || inner.type === 'district') && !inner.within) return distanceKm(outer, inner) <= 10;
  }
  return false;
}

export interface PlaceUse {
  name: string;
  /** Extra reach in km: "on the outskirts of Dhaka" reaches beyond the city's centre. */
  widen?: number;
}

/** How far apart two readings may lie and still be one spot, by their kinds. */
function reach(r: PlaceReading): number {
  switch (r.type) {
    case 'venue':
      return 0.3;
    case 'district':
      return 1.5;
    case 'town':
    case 'city':
      // A suburb the tables list as a town of its own lies within about a dozen km of its
      // city's centre; two towns further apart (Talcahuano and Concepción, 13 km) are two
      // places. The tables give no populations, so a sprawling capital's outer suburbs
      // (Santiago and Quilicura, 14 km) read as apart too.
      return 12;
    case 'area':
      return r.radius ?? 20;
    default:
      return 8;
  }
}

/**
 * The city table files British towns under their nation ("England"), not their county: whether
 * Harrogate lies in North Yorkshire, or Canterbury in Kent, it cannot tell.
 */
const NATION_STATES = new Set(['ENG', 'SCT', 'WLS', 'NIR']);
const filedUnderNation = (r: PlaceReading) => r.type !== 'region' && r.type !== 'country' && r.country === 'GB' && (r.state === undefined || NATION_STATES.has(r.state));
/**
 * A county, or a region made of counties: not a borough the table names after its city ("Leeds",
 * "Bradford"), which reporters mean as the city, and which the city table places well enough.
 */
const belowNation = (r: PlaceReading) => r.type === 'region' && r.country === 'GB' && (r.members !== undefined || BRITISH_COUNTY.test(r.name));

const nation = (r: PlaceReading) => r.type === 'region' && r.country === 'GB' && NATION_STATES.has(r.state ?? '');

/** Can two readings be one location? Undefined where the tables cannot tell (`filedUnderNation`). */
function readingsCompatible(a: PlaceReading, wa: number, b: PlaceReading, wb: number): boolean | undefined {
  if (sameReading(a, b) && a.type === b.type) return true;
  if (contains(a, b) || contains(b, a)) return true;
  if ((belowNation(a) && filedUnderNation(b)) || (belowNation(b) && filedUnderNation(a))) return undefined;
  // Nor does it say which nation a county is in: "England" against "North Yorkshire" stays open.
  if ((nation(a) && belowNation(b)) || (nation(b) && belowNation(a))) return undefined;
  if (a.country !== b.country) return false;
  // Two regions, or a region and what it does not contain, are different places.
  if (a.type === 'region' || b.type === 'region' || a.type === 'country' || b.type === 'country') return false;
  const settlement = (r: PlaceReading) => r.type === 'city' || r.type === 'town';
  const d = distanceKm(a, b);
  if (settlement(a) && settlement(b)) {
    // "built in Richmond" (Tasman) / "in Nelson": two towns in different provinces or states are
    // two places however close; a suburb the tables list as a town lies in its city's. "Near"
    // and "outside" reach over the line.
    if (a.state && b.state && a.state !== b.state && wa === 0 && wb === 0) return false;
    return d <= Math.max(reach(a) + wa, reach(b) + wb);
  }
  // A venue or district against a settlement it is not recorded in: only when the
  // venue has no recorded city and lies close to the settlement's centre.
  if (settlement(a) !== settlement(b)) {
    const [s, v, w] = settlement(a) ? [a, b, wa] : [b, a, wb];
    if (v.within) return false;
    return d <= 10 + w;
  }
  // Two venues or districts: the same spot only when (almost) on top of each other.
  return d <= Math.max(reach(a), reach(b)) + Math.max(wa, wb) / 10;
}

/**
 * Readings of a name limited to the story's countries. Countries and regions always
 * count; a city name with no reading in the story's countries is most likely a
 * place the tables lack, so it has no usable reading at all.
 */
export function storyReadings(name: string, story: ReadonlySet<string>): PlaceReading[] {
  const all = placeReadings(name);
  if (story.size === 0) return all;
  const inStory = all.filter((r) => story.has(r.country));
  if (inStory.length > 0) return [...inStory, ...all.filter((r) => r.type === 'country' && !story.has(r.country))];
  return all.filter((r) => r.type === 'country' || (r.type === 'region' && all.every((x) => x.type !== 'city')));
}

/**
 * Can two place uses describe one location? `true` when some readings are the
 * same place, one inside the other, or close enough; `false` when every pair of
 * readings is apart; `undefined` when either name is unknown (nothing can be backed).
 */
export function compatiblePlaces(a: PlaceUse, b: PlaceUse, story: ReadonlySet<string> = new Set()): boolean | undefined {
  // "Iloilo City" and "Iloilo", "Kuwait City" and "Kuwait": a city named after its province or
  // country lies in it, whether or not the tables list it.
  const bare = (n: string) => placeKey(n.replace(/\s+City$/i, ''));
  if (bare(a.name) === bare(b.name)) return true;
  const ra = storyReadings(a.name, story);
  const rb = storyReadings(b.name, story);
  if (ra.length === 0 || rb.length === 0) return undefined;
  let unknown = false;
  for (const x of ra) {
    for (const y of rb) {
      const r = readingsCompatible(x, a.widen ?? 0, y, b.widen ?? 0);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
  }
  return unknown ? undefined : false;
}

/**
 * The story's countries: the countries the place names across all documents
 * point to, each name voting for its readings' countries.
 */
export function storyCountries(names: Iterable<string>): Set<string> {
  const score = new Map<string, number>();
  for (const n of new Set(names)) {
    const rs = placeReadings(n);
    // A country, region or listed venue names its country; a bare city name spreads its vote.
    const strong = new Set(rs.filter((r) => r.type !== 'city').map((r) => r.country).filter(Boolean));
    const weak = new Set(rs.map((r) => r.country).filter(Boolean));
    if (strong.size > 0) for (const c of strong) score.set(c, (score.get(c) ?? 0) + 1 / strong.size);
    else for (const c of weak) score.set(c, (score.get(c) ?? 0) + 1 / weak.size);
  }
  const top = Math.max(0, ...score.values());
  const out = new Set<string>();
  for (const [c, s] of score) if (s >= Math.max(0.99, top * 0.34)) out.add(c);
  return out;
}

const RANK: Record<PlaceType, number> = { venue: 0, district: 1, town: 2, city: 2, area: 3, region: 4, country: 5 };

/** How narrow a place is (venue 0 … country 5), by its narrowest reading in the story; undefined when unknown. */
export function placeRank(name: string, story: ReadonlySet<string>): number | undefined {
  const rs = storyReadings(name, story);
  return rs.length ? Math.min(...rs.map((r) => RANK[r.type])) : undefined;
}

/**
 * Do two sets of places give a count the same scope? "10 killed in Florida" and "4 killed
 * in St. Lucie County" count different things: one place strictly inside the other.
 * Unknown or missing places, equal places and places apart (a possible misreport) do not
 * separate the counts.
 */
export function sameScope(a: readonly string[], b: readonly string[], story: ReadonlySet<string>): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.some((x) => b.some((y) => placeKey(x) === placeKey(y)))) return true;
  let nested = false;
  for (const x of a) {
    for (const y of b) {
      const c = compatiblePlaces({ name: x }, { name: y }, story);
      if (c === undefined) continue;
      const rx = placeRank(x, story);
      const ry = placeRank(y, story);
      if (c && rx === ry) return true;
      if (c) nested = true;
    }
  }
  return !nested;
}
