import { createRequire } from 'node:module';
import { Country, State } from 'country-state-city';
import { COUNTRY_ALIASES, LANDMARKS } from './landmarks.js';

const require = createRequire(import.meta.url);

export type PlaceType = 'country' | 'region' | 'city' | 'landmark';

export interface PlaceInfo {
  name: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2 code ('' for continents and regions spanning countries). */
  country: string;
  /** A region or city this place lies in, when known. */
  within?: string;
  lat: number;
  lon: number;
}

function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type CityRow = [name: string, countryCode: string, stateCode: string, latitude: string, longitude: string];

let small: Map<string, PlaceInfo[]> | null = null;
let cities: { rows: CityRow[]; byKey: Map<string, number[]> } | null = null;

function addTo(map: Map<string, PlaceInfo[]>, name: string, info: PlaceInfo): void {
  const k = key(name);
  if (!k) return;
  let list = map.get(k);
  if (!list) map.set(k, (list = []));
  list.push(info);
}

/** Countries, regions and landmarks: a few thousand entries, built on first use. */
function smallIndex(): Map<string, PlaceInfo[]> {
  if (small) return small;
  const map = new Map<string, PlaceInfo[]>();
  const countryName = new Map<string, string>();
  for (const c of Country.getAllCountries()) {
    const info: PlaceInfo = { name: c.name, type: 'country', country: c.isoCode, lat: Number(c.latitude), lon: Number(c.longitude) };
    countryName.set(c.isoCode, c.name);
    addTo(map, c.name, info);
    for (const a of COUNTRY_ALIASES[c.isoCode] ?? []) addTo(map, a, info);
  }
  for (const s of State.getAllStates()) {
    const within = countryName.get(s.countryCode);
    addTo(map, s.name, { name: s.name, type: 'region', country: s.countryCode, ...(within ? { within } : {}), lat: Number(s.latitude), lon: Number(s.longitude) });
  }
  for (const l of LANDMARKS) {
    const info: PlaceInfo = { name: l.name.replace(/^the /, ''), type: 'landmark', country: l.country, lat: l.lat, lon: l.lon, ...(l.within ? { within: l.within } : {}) };
    addTo(map, l.name, info);
    for (const a of l.aliases ?? []) addTo(map, a, info);
  }
  small = map;
  return map;
}

/**
 * 150,000 cities, indexed by name over the package's raw rows: building
 * objects for every city would cost a second and a hundred megabytes.
 */
function cityIndex(): { rows: CityRow[]; byKey: Map<string, number[]> } {
  if (cities) return cities;
  const rows = require('country-state-city/lib/assets/city.json') as CityRow[];
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i]![0]);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  }
  cities = { rows, byKey };
  return cities;
}

const cache = new Map<string, PlaceInfo[]>();

/** Every place a name may refer to (London, England and London, Ontario are both "London"). */
export function lookupPlace(name: string): PlaceInfo[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const k = key(name);
  const found = [...(smallIndex().get(k) ?? [])];
  const { rows, byKey } = cityIndex();
  for (const i of byKey.get(k) ?? []) {
    const [cityName, country, , lat, lon] = rows[i]!;
    found.push({ name: cityName, type: 'city', country, lat: Number(lat), lon: Number(lon) });
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(name, found);
  return found;
}

/** Countries, regions and landmarks only: what can be a place even without a preposition. */
export function lookupRegion(name: string): PlaceInfo[] {
  return smallIndex().get(key(name)) ?? [];
}

export function isKnownPlace(name: string): boolean {
  return lookupPlace(name).length > 0;
}

/** A country or first-level region: places that also act ("Russia said", "Washington warned"). */
export function isCountryOrRegion(name: string): boolean {
  return lookupPlace(name).some((p) => p.type === 'country' || p.type === 'region');
}

/** Great-circle distance in kilometres. */
function distanceKm(a: PlaceInfo, b: PlaceInfo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** How far apart two places of these kinds can be and still describe one location. */
function reach(p: PlaceInfo): number {
  switch (p.type) {
    case 'landmark':
    case 'city':
      return 25;
    case 'region':
      return 250;
    case 'country':
      return 1500;
  }
}

function contains(outer: PlaceInfo, inner: PlaceInfo): boolean {
  if (outer.type === 'country') return inner.country === outer.country;
  if (inner.within && key(inner.within) === key(outer.name)) return true;
  return outer.type === 'region' && inner.country === outer.country && distanceKm(outer, inner) <= reach(outer);
}

/**
 * Can two place names describe the same location? Same place, one inside the
 * other (Downing Street in London, Lough Erne in Northern Ireland), or close
 * enough to be one spot. `undefined` when either is unknown: no conflict can be backed.
 */
export function compatiblePlaces(a: string, b: string): boolean | undefined {
  const pa = lookupPlace(a);
  const pb = lookupPlace(b);
  if (pa.length === 0 || pb.length === 0) return undefined;
  for (const x of pa) {
    for (const y of pb) {
      if (key(x.name) === key(y.name) && x.country === y.country) return true;
      if (contains(x, y) || contains(y, x)) return true;
      if (x.country === y.country && distanceKm(x, y) <= Math.max(reach(x), reach(y)) && x.type !== 'country' && y.type !== 'country') return true;
    }
  }
  return false;
}
