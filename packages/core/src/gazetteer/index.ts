import { lookup, type PlaceReading } from './tables.js';

/*
 * Core's gazetteer: one index of place names (`tables.ts`: country-state-city's
 * countries, regions and cities, and the landmark list in `landmarks.ts`), looked
 * up two ways. Extraction asks whether a name is a place at all (below); the place
 * rules ask whether two places can be one location (`containment.ts`).
 */

export { placeKey, type PlaceReading, type PlaceType } from './tables.js';
export { countryTimeZones, landmarkNames } from './tables.js';
export { LANDMARKS, type Landmark, type LandmarkKind } from './landmarks.js';
export { AMBIGUOUS_STATE_ABBREVIATIONS, STATE_ABBREVIATIONS } from './states.js';
export {
  compatiblePlaces,
  distanceKm,
  placeRank,
  placeReadings,
  sameScope,
  storyCountries,
  storyReadings,
  type PlaceUse,
} from './containment.js';

/** Every place a name may refer to, for extraction (London, England and London, Ontario are both "London"). */
export function lookupPlace(name: string): PlaceReading[] {
  return lookup(name, 'extraction');
}

/** Countries, regions and landmarks only: what can be a place even without a preposition. */
export function lookupRegion(name: string): PlaceReading[] {
  return lookup(name, 'extraction', false);
}

export function isKnownPlace(name: string): boolean {
  return lookupPlace(name).length > 0;
}

/** A country or first-level region: places that also act ("Russia said", "Washington warned"). */
export function isCountryOrRegion(name: string): boolean {
  return lookupPlace(name).some((p) => p.type === 'country' || p.type === 'region');
}
