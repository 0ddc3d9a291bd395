import { describe, expect, it } from 'vitest';
import { compatiblePlaces, isCountryOrRegion, isKnownPlace, landmarkNames, lookupPlace, lookupRegion, placeKey, placeReadings, storyCountries } from './index.js';

describe('a division named with its kind in lower case', () => {
  it('is the division the tables know by the name alone ("Nevşehir province"), never a town of that name ("Palghar district")', () => {
    expect(lookupPlace('Nevşehir province').map((r) => [r.name, r.type])).toEqual([['Nevşehir', 'region']]);
    expect(lookupPlace('Palghar district')).toEqual([]);
    expect(compatiblePlaces({ name: 'Göreme' }, { name: 'Nevşehir province' }, new Set(['TR']))).toBe(true);
  });
});

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

  it('knows capitals and ports the city table names otherwise or lacks ("Bogotá D.C.", "Cartagena de Indias", Niamey)', () => {
    expect(placeReadings('Bogotá').some((r) => r.country === 'CO')).toBe(true);
    expect(placeReadings('Cartagena').map((r) => r.country)).toEqual(expect.arrayContaining(['CO', 'ES']));
    expect(placeReadings('Niamey').map((r) => r.country)).toEqual(['NE']);
    expect(compatiblePlaces({ name: 'Santa Marta' }, { name: 'Cartagena' }, new Set(['CO']))).toBe(false);
  });

  it('knows England\'s regions by the counties they hold, and leaves a town the table files under England open against a county', () => {
    const gb = new Set(['GB']);
    const c = (a: string, b: string) => compatiblePlaces({ name: a }, { name: b }, gb);
    expect(c('Yorkshire and the Humber', 'North West of England')).toBe(false);
    expect(c('Yorkshire and the Humber', 'North Yorkshire')).toBe(true);
    expect(c('England', 'the East Midlands')).toBe(true);
    expect(c('West Yorkshire', 'Leeds')).toBe(true);
    expect(c('East Anglia', 'Kent')).toBe(false);
    expect(c('Norfolk', 'Cambridgeshire')).toBe(false);
    // The table lists no county under its nation; its "city" rows named after counties are the counties.
    expect(c('England', 'North Yorkshire')).toBe(undefined);
    expect(lookupPlace('Cornwall').filter((r) => r.country === 'GB').map((r) => r.type)).toEqual(['region']);
    // The city table files Canterbury and Harrogate under England, not under their counties.
    expect(c('Kent', 'Canterbury')).toBe(undefined);
    expect(c('North Yorkshire', 'Harrogate')).toBe(undefined);
    // A borough named after its city is the city: Leeds and Bradford are two places.
    expect(c('Leeds', 'Bradford')).toBe(false);
  });

  it('takes a city named after its province or country as lying in it ("Iloilo City" / "Iloilo")', () => {
    expect(compatiblePlaces({ name: 'Iloilo City' }, { name: 'Iloilo' }, new Set(['PH']))).toBe(true);
  });

  it('knows a region by its name without the division word, unless that leaves a common word', () => {
    expect(lookupRegion('Hokkaido').map((r) => [r.type, r.country])).toEqual([['region', 'JP']]);
    expect(compatiblePlaces({ name: 'Kushiro' }, { name: 'Hokkaido' })).toBe(true);
    // "Capital District", "Capital Region": no region called "Capital".
    expect(lookupRegion('Capital')).toEqual([]);
  });

  it('does not invent places', () => {
    expect(isKnownPlace('Assad')).toBe(false);
    expect(isKnownPlace('Turnout')).toBe(false);
    expect(compatiblePlaces({ name: 'Zorbakistan' }, { name: 'London' })).toBeUndefined();
    expect(compatiblePlaces({ name: 'Mill Lane' }, { name: 'Hollow Road' })).toBeUndefined();
  });

  // Pairs of names that can be one location (one inside the other, or the same place), and pairs that cannot.
  const together: [string, string][] = [
    ['London', 'Downing Street'],
    ['Lough Erne', 'Northern Ireland'],
    ['United Kingdom', 'London'],
    ['UK', 'Britain'],
    ['Shibuya', 'Tokyo'],
    ['the Chancellery', 'Berlin'],
  ];
  const apart: [string, string][] = [
    ['Paris', 'Berlin'],
    ['Geneva', 'London'],
    ['Moscow', 'Downing Street'],
    ['Zurich', 'Bern'],
    ['the Chancellery', 'Schloss Bellevue'],
  ];

  it('treats containment as no conflict', () => {
    for (const [a, b] of together) expect(compatiblePlaces({ name: a }, { name: b }), `${a} / ${b}`).toBe(true);
  });

  it('reports real conflicts, by the tables and not by closeness', () => {
    for (const [a, b] of apart) expect(compatiblePlaces({ name: a }, { name: b }), `${a} / ${b}`).toBe(false);
  });

  it('keeps a suburb near its city’s centre as one spot, and neighbouring towns apart', () => {
    const chile = new Set(['CL']);
    expect(compatiblePlaces({ name: 'Santiago' }, { name: 'Providencia' }, chile)).toBe(true);
    expect(compatiblePlaces({ name: 'Talcahuano' }, { name: 'Concepción' }, chile)).toBe(false);
  });

  it('reads a name in the story’s countries: Orléans in an Ottawa story is the suburb', () => {
    const story = storyCountries(['Ottawa', 'Vanier', 'Ontario']);
    expect(story.has('CA')).toBe(true);
    expect(compatiblePlaces({ name: 'Orléans' }, { name: 'Ottawa' }, story)).toBe(true);
    expect(compatiblePlaces({ name: 'Orléans' }, { name: 'Vanier' }, story)).toBe(false);
  });
});

describe('one index, two views', () => {
  it('gives extraction the landmarks marked for it, and containment the rest too', () => {
    expect(lookupRegion('Downing Street').length).toBeGreaterThan(0);
    expect(placeReadings('Downing Street')[0]).toMatchObject({ type: 'venue', within: 'London', country: 'GB' });
    expect(lookupRegion('Schloss Bellevue')).toEqual([]);
    expect(placeReadings('Schloss Bellevue')[0]).toMatchObject({ type: 'venue', within: 'Berlin' });
    expect(lookupRegion('Tiananmen')).toEqual([]);
    expect(placeReadings('Tiananmen')).toHaveLength(1);
    expect(landmarkNames()).toContain('Sergels torg');
  });

  it('keeps parts of the world out of containment', () => {
    expect(lookupRegion('Europe')).toHaveLength(1);
    expect(placeReadings('Europe')).toEqual([]);
    expect(landmarkNames()).not.toContain('Europe');
  });

  it('reads cities and regions from the same tables for both', () => {
    const lyon = (rs: readonly { type: string; country: string; state?: string }[]) => rs.filter((r) => r.type === 'city' && r.country === 'FR');
    expect(lyon(lookupPlace('Lyon'))).toEqual(lyon(placeReadings('Lyon')));
    expect(lookupPlace('Bavaria').some((r) => r.type === 'region' && r.country === 'DE')).toBe(true);
  });

  it('folds the typographic apostrophe for containment only', () => {
    expect(placeKey('Queen’s Park')).toBe(placeKey("Queen's Park"));
    expect(placeReadings('Queen’s Park')).toEqual(placeReadings("Queen's Park"));
    expect(lookupRegion("Queen's Park")).toHaveLength(1);
    expect(lookupRegion('Queen’s Park')).toEqual([]);
  });
});
