import { createRequire } from 'node:module';
import { CITY_ALIASES, CONTAINMENT_ONLY_COUNTRY_ALIASES, COUNTRY_ALIASES, EXTRACTION_ONLY_COUNTRY_ALIASES, LANDMARKS, type Landmark, type LandmarkKind } from './landmarks.js';

/**
 * The one index of place names: countries, first-level regions and 150,000 cities
 * from country-state-city (its data files, read once, on first use) and the
 * landmark list. Extraction and containment look names up in it, each seeing the
 * entries the landmark list gives it (`landmarks.ts`).
 */

export type PlaceType = 'country' | 'region' | 'city' | LandmarkKind;

export interface PlaceReading {
  name: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2 ('' for a part of the world that spans countries). */
  country: string;
  /** Region code within the country (cities and regions), from the state table. */
  state?: string;
  /** The city or region a landmark lies in. */
  within?: string;
  lat: number;
  lon: number;
  radius?: number;
  /** For a region the tables lack: the state codes it is made of. */
  members?: readonly string[];
}

export type View = 'extraction' | 'containment';

/** British counties by name: "-shire" and the ones without it. No town bears these names. */
export const BRITISH_COUNTY = /(?:shire|^(?:Kent|Norfolk|Suffolk|Essex|Surrey|Devon|Cornwall|Dorset|Somerset|Cumbria|Northumberland|Rutland|County Durham|Isle of Wight|East Sussex|West Sussex|East Riding of Yorkshire|North Yorkshire))$/;

/** A name as lookups compare it: accents, case, a leading "the", trailing punctuation and ’ folded. */
export function placeKey(name: string): string {
  return exactKey(name).replace(/’/g, "'");
}

const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' };

/** The key extraction has always compared by: like `placeKey`, but "Queen’s" is not "Queen's". */
function exactKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Letters no decomposition strips: "Wrocław" is written "Wroclaw", "Tromsø" "Tromso".
    .replace(/[łŁøØđĐħĦ]/g, (c) => FOLD[c] ?? c)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CountryRow { name: string; isoCode: string; latitude: string; longitude: string; timezones?: { zoneName: string }[] | null }
interface StateRow { name: string; isoCode: string; countryCode: string; latitude: string; longitude: string }
type CityRow = [name: string, country: string, state: string, lat: string, lon: string];

/** A reading under one of its names, and the lookups that see it. */
interface Entry {
  name: string;
  reading: PlaceReading;
  extraction: boolean;
  containment: boolean;
}

interface Tables {
  /** Countries, regions and landmarks, by `placeKey`. */
  small: Map<string, Entry[]>;
  cityRows: CityRow[];
  /** Row numbers of the cities, by `placeKey`. */
  cities: Map<string, number[]>;
}

let tables: Tables | undefined;

/** Kinds of administrative division a name may carry after it ("Sofala Province", "Nevşehir province"). */
const DIVISION_KINDS = 'prefecture|province|region|county|oblast|governorate|district|state|department|municipality|division|krai|voivodeship';
/** As the tables write it, capitalised: indexed under the bare name too. */
const DIVISION_SUFFIX = new RegExp(`\\s+(?:${DIVISION_KINDS.replace(/\b\w/g, (c) => c.toUpperCase())})$`);
const GENERIC_REGION = /^(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|North-East|North-West|South-East|South-West|Capital|Upper|Lower|Federal|Coast|Greater|Middle|Far|Islands?|Lakes?|Mountain|River|Sea)\b/;

function landmarkReading(l: Landmark): PlaceReading {
  return {
    name: l.name.replace(/^the /, ''),
    type: l.kind,
    country: l.country,
    ...(l.within ? { within: l.within } : {}),
    lat: l.lat,
    lon: l.lon,
    ...(l.radius ? { radius: l.radius } : {}),
    ...(l.members ? { members: l.members } : {}),
  };
}

let countryZones: Map<string, string[]> | undefined;

/** The IANA time zones of a country (ISO 3166-1 alpha-2), from the same tables. */
export function countryTimeZones(code: string): readonly string[] {
  if (!countryZones) {
    const require = createRequire(import.meta.url);
    const countries = require('country-state-city/lib/assets/country.json') as CountryRow[];
    countryZones = new Map(countries.map((c) => [c.isoCode, (c.timezones ?? []).map((z) => z.zoneName)]));
  }
  return countryZones.get(code) ?? [];
}

function load(): Tables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const countries = require('country-state-city/lib/assets/country.json') as CountryRow[];
  const states = require('country-state-city/lib/assets/state.json') as StateRow[];
  const cityRows = require('country-state-city/lib/assets/city.json') as CityRow[];
  const small = new Map<string, Entry[]>();
  const add = (name: string, reading: PlaceReading, extraction: boolean, containment: boolean) => {
    const k = placeKey(name);
    if (!k) return;
    let list = small.get(k);
    if (!list) small.set(k, (list = []));
    list.push({ name, reading, extraction, containment });
  };
  for (const c of countries) {
    const r: PlaceReading = { name: c.name, type: 'country', country: c.isoCode, lat: Number(c.latitude), lon: Number(c.longitude) };
    add(c.name, r, true, true);
    for (const a of COUNTRY_ALIASES[c.isoCode] ?? []) add(a, r, true, true);
    for (const a of EXTRACTION_ONLY_COUNTRY_ALIASES[c.isoCode] ?? []) add(a, r, true, false);
    for (const a of CONTAINMENT_ONLY_COUNTRY_ALIASES[c.isoCode] ?? []) add(a, r, false, true);
  }
  for (const s of states) {
    const reading: PlaceReading = { name: s.name, type: 'region', country: s.countryCode, state: s.isoCode, lat: Number(s.latitude), lon: Number(s.longitude) };
    add(s.name, reading, true, true);
    // The table writes "Hokkaidō Prefecture", "Kunduz Province"; reporters write "Hokkaido".
    // A name that is only a direction or a common word without its division word is no name.
    const bare = s.name.replace(DIVISION_SUFFIX, '');
    if (bare !== s.name && bare.length >= 4 && !GENERIC_REGION.test(bare)) add(bare, reading, true, true);
  }
  for (const l of LANDMARKS) {
    const r = landmarkReading(l);
    const extracted = l.extraction === true ? undefined : new Set(l.extraction ?? []);
    for (const n of [l.name, ...(l.aliases ?? [])]) add(n, r, !extracted || extracted.has(n), l.containment !== false);
  }
  const cities = new Map<string, number[]>();
  for (let i = 0; i < cityRows.length; i++) {
    // The table lists each English county as a "city" too ("Cornwall", "North Yorkshire"): the county is the region.
    if (cityRows[i]![1] === 'GB' && BRITISH_COUNTY.test(cityRows[i]![0])) continue;
    const k = placeKey(cityRows[i]![0]);
    const list = cities.get(k);
    if (list) list.push(i);
    else cities.set(k, [i]);
  }
  for (const [alias, { name, country }] of Object.entries(CITY_ALIASES)) {
    const rows = (cities.get(placeKey(name)) ?? []).filter((i) => cityRows[i]![1] === country);
    if (rows.length > 0) cities.set(placeKey(alias), [...(cities.get(placeKey(alias)) ?? []), ...rows]);
  }
  tables = { small, cityRows, cities };
  return tables;
}

const caches: Record<View, Map<string, PlaceReading[]>> = { extraction: new Map(), containment: new Map() };
const rawCaches: Record<View, Map<string, PlaceReading[]>> = { extraction: new Map(), containment: new Map() };

/**
 * Every reading of a name one side knows ("London" is in England and in Ontario),
 * countries, regions and landmarks first, then cities. Extraction compares names
 * by `exactKey`, containment by `placeKey`; `withCities: false` leaves the cities out.
 */
export function lookup(name: string, view: View, withCities = true): PlaceReading[] {
  // The same spelling is asked for again and again: skip normalising it (the costly part) twice.
  const asWritten = rawCaches[view];
  const rawKey = withCities ? name : `\u0000${name}`;
  const seen = asWritten.get(rawKey);
  if (seen) return seen;
  const k = view === 'containment' ? placeKey(name) : exactKey(name);
  const cache = caches[view];
  const cacheKey = withCities ? k : `\u0000${k}`;
  const hit = cache.get(cacheKey);
  if (hit) {
    remember(asWritten, rawKey, hit);
    return hit;
  }
  const t = load();
  const pk = placeKey(name);
  // Under one placeKey, extraction takes only the names that match to the letter ("’" is not "'").
  const sameName = (n: string) => view === 'containment' || (!n.includes('’') && !k.includes('’')) || exactKey(n) === k;
  const found: PlaceReading[] = [];
  for (const e of t.small.get(pk) ?? []) if (e[view] && sameName(e.name)) found.push(e.reading);
  if (withCities) {
    for (const i of t.cities.get(pk) ?? []) {
      const [n, country, state, lat, lon] = t.cityRows[i]!;
      if (sameName(n)) found.push({ name: n, type: 'city', country, state, lat: Number(lat), lon: Number(lon) });
    }
  }
  // "Nevşehir province", "Sofala province", "Yeşilyurt district": a name with its kind of division
  // in lower case is the division the tables know by the name alone.
  const division = found.length === 0 ? LOWER_DIVISION.exec(name) : null;
  if (division) {
    // Not a town of the name: "Palghar district" holds more than Palghar.
    for (const r of lookup(division[1]!, view, withCities)) if (r.type === 'region' || r.type === 'district' || r.type === 'area') found.push(r);
  }
  remember(cache, cacheKey, found);
  remember(asWritten, rawKey, found);
  return found;
}

/** As copy writes it, in lower case after the name: looked up by the bare name. */
const LOWER_DIVISION = new RegExp(`^(\\p{Lu}.*?)\\s+(${DIVISION_KINDS})$`, 'u');

function remember(cache: Map<string, PlaceReading[]>, key: string, readings: PlaceReading[]): void {
  if (cache.size > 50_000) cache.clear();
  cache.set(key, readings);
}

/** The names and aliases of the landmarks containment knows. */
export function landmarkNames(): string[] {
  return LANDMARKS.filter((l) => l.containment !== false).flatMap((l) => [l.name, ...(l.aliases ?? [])]);
}
