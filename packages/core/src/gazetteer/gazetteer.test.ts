import { describe, expect, it } from 'vitest';
import { compatiblePlaces, isCountryOrRegion, isKnownPlace, lookupPlace } from './index.js';

describe('gazetteer', () => {
  it('knows countries by their everyday names', () => {
    expect(lookupPlace('Britain')[0]?.country).toBe('GB');
    expect(lookupPlace('the US')[0]?.country).toBe('US');
    expect(isCountryOrRegion('Syria')).toBe(true);
  });

  it('knows cities, regions and landmarks', () => {
    expect(isKnownPlace('London')).toBe(true);
    expect(isKnownPlace('Northern Ireland')).toBe(true);
    expect(isKnownPlace('Downing Street')).toBe(true);
    expect(isKnownPlace('the Kremlin')).toBe(true);
    expect(isKnownPlace('Gazipur')).toBe(true);
  });

  it('does not invent places', () => {
    expect(isKnownPlace('Assad')).toBe(false);
    expect(isKnownPlace('Turnout')).toBe(false);
    expect(compatiblePlaces('Zorbakistan', 'London')).toBeUndefined();
  });

  it('treats containment as no conflict', () => {
    expect(compatiblePlaces('London', 'Downing Street')).toBe(true);
    expect(compatiblePlaces('Lough Erne', 'Northern Ireland')).toBe(true);
    expect(compatiblePlaces('United Kingdom', 'London')).toBe(true);
    expect(compatiblePlaces('UK', 'Britain')).toBe(true);
    expect(compatiblePlaces('Shibuya', 'Tokyo')).toBe(true);
  });

  it('reports real conflicts', () => {
    expect(compatiblePlaces('Paris', 'Berlin')).toBe(false);
    expect(compatiblePlaces('Geneva', 'London')).toBe(false);
    expect(compatiblePlaces('Moscow', 'Downing Street')).toBe(false);
  });
});
