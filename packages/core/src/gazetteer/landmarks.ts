/**
 * What the country/state/city tables lack, in one list for extraction and
 * containment: the everyday names journalists use for countries ("Britain",
 * "the US"), and the landmarks, seats of government, squares, stadiums,
 * districts and small towns news copy names as places ("Downing Street", "the
 * Kremlin", "Lough Erne", "Schloss Bellevue"). Each names the city or region it
 * lies in, so containment is decided by the list, not guessed by distance
 * ("Schloss Bellevue" is in Berlin; two venues in Berlin are still two places).
 *
 * An entry belongs here when it is a well-known place a news report may name,
 * not because one story mentions it; the three marked "for fixtures" are the
 * exceptions pnpm eval still depends on.
 */

/**
 * `venue`: a building or square (two different venues are two places even a few
 * hundred metres apart); `district`: a part of a city; `town`: a settlement the
 * city table misses; `area`: a valley, coast, lake or other stretch of land (and,
 * with country '', a part of the world that spans countries).
 */
export type LandmarkKind = 'venue' | 'district' | 'town' | 'area' | 'region';

export interface Landmark {
  name: string;
  aliases?: string[];
  kind: LandmarkKind;
  /** ISO 3166-1 alpha-2 code ('' for a part of the world that spans countries). */
  country: string;
  /** The city (as the city table names it) or region the place lies in. */
  within?: string;
  lat: number;
  lon: number;
  /** For areas: how far from the centre a place can be and still lie in it (km). */
  radius?: number;
  /** For regions: the state codes of the tables' regions they are made of. */
  members?: readonly string[];
  /** Seats of government that stand for a government when they "say" things. */
  seatOf?: string;
  /**
   * Extraction (analyse's places, mention types) takes the name as a place wherever
   * it stands ("Downing Street said"): `true` for the name and every alias, or the
   * names it takes. Without it only containment knows the entry; the rules find such
   * names after a preposition themselves ("at Schloss Bellevue").
   */
  extraction?: true | string[];
  /** `false`: containment leaves the entry out (it knows the place from the tables, or cannot place it). */
  containment?: false;
}

/** Everyday names of countries, beside the country table's own (both sides use them). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  US: ['USA', 'U.S.', 'U.S.A.', 'US', 'America', 'United States', 'United States of America'],
  RU: ['Russian Federation'],
  KR: ['Korea', 'Republic of Korea'],
  KP: ['DPRK'],
  CZ: ['Czechia'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  NL: ['Netherlands', 'Holland'],
  AE: ['UAE', 'Emirates'],
  CD: ['DR Congo', 'DRC'],
  MK: ['North Macedonia'],
  PS: ['Palestine', 'West Bank', 'Gaza', 'Gaza Strip'],
  VA: ['Vatican', 'Holy See'],
  MM: ['Burma'],
  BS: ['Bahamas'],
  GM: ['Gambia'],
  PH: ['Philippines'],
  HK: ['Hong Kong'],
  TR: ['Türkiye'],
};

/*
 * Extraction and containment kept separate lists until they were merged here, and
 * the lists had grown apart: these country aliases, and the landmarks without
 * `extraction` or with `containment: false`, are known to one side only. Giving one
 * to the other side changes what factlint extracts or reports, so do it as a change
 * of its own and check `pnpm eval`.
 */
export const EXTRACTION_ONLY_COUNTRY_ALIASES: Record<string, string[]> = {
  CD: ['Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  SZ: ['Eswatini'],
  TL: ['Timor-Leste'],
  PS: ['Palestinian territories'],
  CV: ['Cabo Verde'],
  MO: ['Macau', 'Macao'],
  FJ: ['Fiji'],
};

export const CONTAINMENT_ONLY_COUNTRY_ALIASES: Record<string, string[]> = {
  VA: ['Vatican City'],
};

/**
 * Names reporters use for cities the city table files under another name: an English
 * exonym ("Nuremberg" for Nürnberg), a dropped qualifier ("Frankfurt" for Frankfurt am Main),
 * an older or newer name. Keys are as written; values are the table's names, with the country
 * where the table name is shared.
 */
export const CITY_ALIASES: Record<string, { name: string; country: string }> = {
  Frankfurt: { name: 'Frankfurt am Main', country: 'DE' },
  Ludwigshafen: { name: 'Ludwigshafen am Rhein', country: 'DE' },
  Nuremberg: { name: 'Nürnberg', country: 'DE' },
  Kiev: { name: 'Kyiv', country: 'UA' },
  Ghent: { name: 'Gent', country: 'BE' },
  Saragossa: { name: 'Zaragoza', country: 'ES' },
  Peking: { name: 'Beijing', country: 'CN' },
  Saigon: { name: 'Ho Chi Minh City', country: 'VN' },
  Rangoon: { name: 'Yangon', country: 'MM' },
  'Mexico City': { name: 'Ciudad de México', country: 'MX' },
  Astana: { name: 'Nur-Sultan', country: 'KZ' },
  'Abu Dhabi': { name: 'Abu Dhabi Municipality', country: 'AE' },
  'Quebec City': { name: 'Québec', country: 'CA' },
  // The table gives capitals and ports their official long names.
  Bogotá: { name: 'Bogotá D.C.', country: 'CO' },
  Cartagena: { name: 'Cartagena de Indias', country: 'CO' },
  'New York': { name: 'New York City', country: 'US' },
  'Panama City': { name: 'Panamá', country: 'PA' },
};

export const LANDMARKS: Landmark[] = [
  // Germany
  { name: 'Schloss Bellevue', aliases: ['Bellevue Palace'], kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5175, lon: 13.3535 },
  { name: 'the Chancellery', aliases: ['Chancellery', 'Federal Chancellery', 'Kanzleramt', 'Bundeskanzleramt'], kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5202, lon: 13.3692, seatOf: 'DE', extraction: ['the Chancellery', 'Chancellery', 'Kanzleramt'] },
  { name: 'the Bundestag', aliases: ['Bundestag', 'Reichstag', 'the Reichstag'], kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5186, lon: 13.3762, extraction: true },
  { name: 'Brandenburg Gate', aliases: ['the Brandenburg Gate', 'Brandenburger Tor'], kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5163, lon: 13.3777 },
  { name: 'Alexanderplatz', kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5219, lon: 13.4132 },
  { name: 'Potsdamer Platz', kind: 'venue', country: 'DE', within: 'Berlin', lat: 52.5096, lon: 13.376 },
  { name: 'Kreuzberg', kind: 'district', country: 'DE', within: 'Berlin', lat: 52.4986, lon: 13.403 },
  { name: 'HafenCity', kind: 'district', country: 'DE', within: 'Hamburg', lat: 53.5413, lon: 9.9985 },
  // United Kingdom
  { name: 'Downing Street', aliases: ['Number 10', 'No 10', 'No. 10', '10 Downing Street'], kind: 'venue', country: 'GB', within: 'London', lat: 51.5034, lon: -0.1276, seatOf: 'GB', extraction: true },
  { name: 'Whitehall', kind: 'district', country: 'GB', within: 'London', lat: 51.5045, lon: -0.1265, seatOf: 'GB', extraction: true },
  { name: 'Westminster', kind: 'district', country: 'GB', within: 'London', lat: 51.4995, lon: -0.1248, extraction: true },
  { name: 'Buckingham Palace', kind: 'venue', country: 'GB', within: 'London', lat: 51.5014, lon: -0.1419, extraction: true },
  { name: 'Kensington Palace', kind: 'venue', country: 'GB', within: 'London', lat: 51.5058, lon: -0.1877 },
  { name: 'Trafalgar Square', kind: 'venue', country: 'GB', within: 'London', lat: 51.508, lon: -0.1281 },
  { name: 'Parliament Square', kind: 'venue', country: 'GB', within: 'London', lat: 51.5005, lon: -0.1263 },
  { name: 'Canary Wharf', kind: 'district', country: 'GB', within: 'London', lat: 51.5054, lon: -0.0235 },
  { name: 'Wembley Stadium', aliases: ['Wembley'], kind: 'venue', country: 'GB', within: 'London', lat: 51.556, lon: -0.2796 },
  { name: 'Heathrow', aliases: ['Heathrow Airport'], kind: 'venue', country: 'GB', within: 'London', lat: 51.47, lon: -0.4543 },
  { name: 'Windsor Castle', kind: 'venue', country: 'GB', within: 'Windsor', lat: 51.4839, lon: -0.6044 },
  { name: 'Chequers', kind: 'venue', country: 'GB', within: 'England', lat: 51.7427, lon: -0.7818 },
  { name: 'Holyrood', kind: 'venue', country: 'GB', within: 'Edinburgh', lat: 55.952, lon: -3.175 },
  { name: 'Stormont', kind: 'venue', country: 'GB', within: 'Belfast', lat: 54.605, lon: -5.832 },
  { name: 'Old Trafford', kind: 'venue', country: 'GB', within: 'Manchester', lat: 53.4631, lon: -2.2913 },
  { name: 'Anfield', kind: 'venue', country: 'GB', within: 'Liverpool', lat: 53.4308, lon: -2.9608 },
  // England's regions and the counties reporters still name, which the state table lacks, by the
  // counties and unitary authorities it lists: "Yorkshire and the Humber" holds "North Yorkshire"
  // and "Leeds", not "Cumbria". (The table files towns under England, so a town against a region
  // is for the table to leave open; `filedUnderNation` in containment.ts.)
  ...englishRegions(),
  { name: 'Lough Erne', kind: 'area', country: 'GB', within: 'Northern Ireland', lat: 54.45, lon: -7.68, radius: 25, extraction: true },
  { name: 'Gleneagles', kind: 'venue', country: 'GB', within: 'Scotland', lat: 56.28, lon: -3.74, extraction: true },
  // Britain's national parks and uplands, which news places weather, fires and crashes in.
  { name: 'the Lake District', aliases: ['Lake District'], kind: 'area', country: 'GB', within: 'Cumbria', lat: 54.46, lon: -3.09, radius: 30, extraction: true },
  { name: 'the Yorkshire Dales', aliases: ['Yorkshire Dales'], kind: 'area', country: 'GB', lat: 54.23, lon: -2.1, radius: 35, extraction: true },
  { name: 'the North York Moors', aliases: ['North York Moors'], kind: 'area', country: 'GB', within: 'North Yorkshire', lat: 54.38, lon: -0.88, radius: 25, extraction: true },
  { name: 'the Peak District', aliases: ['Peak District'], kind: 'area', country: 'GB', lat: 53.3, lon: -1.78, radius: 30, extraction: true },
  { name: 'Dartmoor', kind: 'area', country: 'GB', within: 'Devon', lat: 50.57, lon: -3.92, radius: 20, extraction: true },
  { name: 'Exmoor', kind: 'area', country: 'GB', lat: 51.13, lon: -3.64, radius: 18, extraction: true },
  { name: 'the New Forest', aliases: ['New Forest'], kind: 'area', country: 'GB', within: 'Hampshire', lat: 50.87, lon: -1.6, radius: 20, extraction: true },
  { name: 'the Cotswolds', aliases: ['Cotswolds'], kind: 'area', country: 'GB', lat: 51.83, lon: -1.83, radius: 40, extraction: true },
  { name: 'Snowdonia', aliases: ['Eryri'], kind: 'area', country: 'GB', within: 'Wales', lat: 52.92, lon: -3.89, radius: 35, extraction: true },
  { name: 'the Brecon Beacons', aliases: ['Brecon Beacons', 'Bannau Brycheiniog'], kind: 'area', country: 'GB', within: 'Wales', lat: 51.88, lon: -3.43, radius: 25, extraction: true },
  { name: 'the Cairngorms', aliases: ['Cairngorms'], kind: 'area', country: 'GB', within: 'Scotland', lat: 57.08, lon: -3.66, radius: 35, extraction: true },
  // United States
  { name: 'the White House', aliases: ['White House'], kind: 'venue', country: 'US', within: 'Washington, D.C.', lat: 38.8977, lon: -77.0365, seatOf: 'US', extraction: true },
  { name: 'Capitol Hill', aliases: ['the Capitol', 'US Capitol'], kind: 'venue', country: 'US', within: 'Washington, D.C.', lat: 38.8899, lon: -77.0091, extraction: ['Capitol Hill', 'the Capitol'] },
  { name: 'Foggy Bottom', kind: 'district', country: 'US', within: 'Washington, D.C.', lat: 38.8951, lon: -77.0483, extraction: true, containment: false },
  { name: 'the Pentagon', aliases: ['Pentagon'], kind: 'venue', country: 'US', within: 'Arlington', lat: 38.8719, lon: -77.0563, extraction: true },
  { name: 'Camp David', kind: 'venue', country: 'US', within: 'Maryland', lat: 39.6483, lon: -77.465, extraction: true },
  { name: 'Manhattan', kind: 'district', country: 'US', within: 'New York City', lat: 40.7831, lon: -73.9712, extraction: true },
  { name: 'Brooklyn', kind: 'district', country: 'US', within: 'New York City', lat: 40.6782, lon: -73.9442, extraction: true },
  { name: 'Queens', kind: 'district', country: 'US', within: 'New York City', lat: 40.7282, lon: -73.7949 },
  { name: 'the Bronx', aliases: ['Bronx'], kind: 'district', country: 'US', within: 'New York City', lat: 40.8448, lon: -73.8648 },
  { name: 'Wall Street', kind: 'venue', country: 'US', within: 'New York City', lat: 40.7066, lon: -74.0089, extraction: true },
  { name: 'Times Square', kind: 'venue', country: 'US', within: 'New York City', lat: 40.758, lon: -73.9855 },
  { name: 'Mar-a-Lago', kind: 'venue', country: 'US', within: 'Florida', lat: 26.677, lon: -80.037 },
  // France, Benelux, Switzerland, Austria
  { name: 'the Élysée', aliases: ['Élysée', 'Elysee', 'the Elysee', 'Élysée Palace', 'Elysee Palace'], kind: 'venue', country: 'FR', within: 'Paris', lat: 48.8704, lon: 2.3167, seatOf: 'FR', extraction: true },
  { name: 'Matignon', aliases: ['Hôtel Matignon', 'Hotel Matignon'], kind: 'venue', country: 'FR', within: 'Paris', lat: 48.8546, lon: 2.3206 },
  { name: "Quai d'Orsay", kind: 'venue', country: 'FR', within: 'Paris', lat: 48.8617, lon: 2.3156, extraction: true },
  { name: 'Place de la Concorde', kind: 'venue', country: 'FR', within: 'Paris', lat: 48.8656, lon: 2.3212 },
  { name: 'Place de la République', aliases: ['Place de la Republique'], kind: 'venue', country: 'FR', within: 'Paris', lat: 48.8674, lon: 2.3636 },
  { name: 'Montmartre', kind: 'district', country: 'FR', within: 'Paris', lat: 48.8867, lon: 2.3431 },
  { name: 'Binnenhof', aliases: ['the Binnenhof'], kind: 'venue', country: 'NL', within: 'The Hague', lat: 52.0799, lon: 4.3133 },
  { name: 'Dam Square', kind: 'venue', country: 'NL', within: 'Amsterdam', lat: 52.3731, lon: 4.8926 },
  { name: 'the Hague', aliases: ['The Hague', 'Den Haag'], kind: 'town', country: 'NL', within: 'South Holland', lat: 52.0705, lon: 4.3007, extraction: true, containment: false },
  { name: 'Berlaymont', aliases: ['the Berlaymont'], kind: 'venue', country: 'BE', within: 'Brussels', lat: 50.8433, lon: 4.3826 },
  { name: 'Grand-Place', aliases: ['Grand Place'], kind: 'venue', country: 'BE', within: 'Brussels', lat: 50.8467, lon: 4.3525 },
  { name: 'Brussels', kind: 'town', country: 'BE', lat: 50.8503, lon: 4.3517, extraction: true, containment: false },
  { name: 'Federal Palace', aliases: ['Bundeshaus', 'Palais fédéral'], kind: 'venue', country: 'CH', within: 'Bern', lat: 46.9466, lon: 7.4444 },
  { name: 'Palais des Nations', kind: 'venue', country: 'CH', within: 'Geneva', lat: 46.2266, lon: 6.1404, extraction: true },
  { name: 'Geneva', aliases: ['Genève', 'Genf'], kind: 'town', country: 'CH', within: 'Geneva', lat: 46.2044, lon: 6.1432 },
  { name: 'Davos', kind: 'town', country: 'CH', within: 'Graubünden', lat: 46.8027, lon: 9.836, extraction: true },
  { name: 'Bürgenstock', kind: 'venue', country: 'CH', within: 'Nidwalden', lat: 46.996, lon: 8.382 },
  { name: 'Hofburg', aliases: ['the Hofburg'], kind: 'venue', country: 'AT', within: 'Vienna', lat: 48.2066, lon: 16.3655 },
  { name: 'Ballhausplatz', kind: 'venue', country: 'AT', within: 'Vienna', lat: 48.2086, lon: 16.363 },
  // Southern and eastern Europe
  { name: 'Palazzo Chigi', kind: 'venue', country: 'IT', within: 'Rome', lat: 41.901, lon: 12.4799 },
  { name: 'the Quirinale', aliases: ['Quirinale', 'Quirinal Palace'], kind: 'venue', country: 'IT', within: 'Rome', lat: 41.8996, lon: 12.4875 },
  { name: "St Peter's Square", aliases: ["St. Peter's Square", 'Saint Peter’s Square', "Saint Peter's Square"], kind: 'venue', country: 'VA', lat: 41.9022, lon: 12.4567 },
  { name: 'the Vatican', aliases: ['Vatican City'], kind: 'area', country: 'VA', lat: 41.9029, lon: 12.4534, extraction: true, containment: false },
  { name: 'Moncloa', aliases: ['the Moncloa', 'Moncloa Palace'], kind: 'venue', country: 'ES', within: 'Madrid', lat: 40.4439, lon: -3.7349 },
  { name: 'Puerta del Sol', kind: 'venue', country: 'ES', within: 'Madrid', lat: 40.4169, lon: -3.7035 },
  { name: 'Syntagma Square', aliases: ['Syntagma'], kind: 'venue', country: 'GR', within: 'Athens', lat: 37.9755, lon: 23.7348 },
  { name: 'Wenceslas Square', kind: 'venue', country: 'CZ', within: 'Prague', lat: 50.081, lon: 14.428 },
  { name: 'Prague Castle', kind: 'venue', country: 'CZ', within: 'Prague', lat: 50.0903, lon: 14.4005 },
  { name: "Heroes' Square", kind: 'venue', country: 'HU', within: 'Budapest', lat: 47.515, lon: 19.0778 },
  { name: 'Maidan', aliases: ['Maidan Nezalezhnosti'], kind: 'venue', country: 'UA', within: 'Kyiv', lat: 50.4501, lon: 30.5234 },
  { name: 'Bankova', aliases: ['Bankova Street'], kind: 'venue', country: 'UA', within: 'Kyiv', lat: 50.4474, lon: 30.53 },
  { name: 'the Kremlin', aliases: ['Kremlin'], kind: 'venue', country: 'RU', within: 'Moscow', lat: 55.752, lon: 37.6175, seatOf: 'RU', extraction: true },
  { name: 'Red Square', kind: 'venue', country: 'RU', within: 'Moscow', lat: 55.7539, lon: 37.6208, extraction: true },
  { name: 'Taksim Square', aliases: ['Taksim'], kind: 'venue', country: 'TR', within: 'Istanbul', lat: 41.037, lon: 28.985 },
  // Nordics
  { name: 'Rosenbad', kind: 'venue', country: 'SE', within: 'Stockholm', lat: 59.3297, lon: 18.0636, seatOf: 'SE', extraction: true },
  { name: 'Mynttorget', kind: 'venue', country: 'SE', within: 'Stockholm', lat: 59.3258, lon: 18.0707, extraction: true }, // a small square; here for fixtures/c09 (pnpm eval needs it)
  { name: 'Sergels torg', aliases: ['Sergel Square', 'Sergels Torg'], kind: 'venue', country: 'SE', within: 'Stockholm', lat: 59.3326, lon: 18.0649 },
  { name: 'Gamla stan', aliases: ['Gamla Stan'], kind: 'district', country: 'SE', within: 'Stockholm', lat: 59.3251, lon: 18.0711 },
  { name: 'Södermalm', kind: 'district', country: 'SE', within: 'Stockholm', lat: 59.3134, lon: 18.0634 },
  { name: 'Christiansborg', aliases: ['Christiansborg Palace'], kind: 'venue', country: 'DK', within: 'Copenhagen', lat: 55.6761, lon: 12.5803 },
  { name: 'Stortinget', aliases: ['the Storting', 'Storting'], kind: 'venue', country: 'NO', within: 'Oslo', lat: 59.9128, lon: 10.7403 },
  // Americas
  { name: 'Parliament Hill', kind: 'venue', country: 'CA', within: 'Ottawa', lat: 45.4236, lon: -75.7009, seatOf: 'CA', extraction: true },
  { name: 'Rideau Hall', kind: 'venue', country: 'CA', within: 'Ottawa', lat: 45.4444, lon: -75.6864 },
  { name: 'Orléans', aliases: ['Orleans'], kind: 'district', country: 'CA', within: 'Ottawa', lat: 45.4692, lon: -75.5151 }, // a suburb; here for fixtures/c08 (pnpm eval needs it)
  { name: 'Kanata', kind: 'district', country: 'CA', within: 'Ottawa', lat: 45.3088, lon: -75.8987 },
  { name: "Queen's Park", kind: 'venue', country: 'CA', within: 'Toronto', lat: 43.6625, lon: -79.3908, extraction: true },
  { name: 'Casa Rosada', kind: 'venue', country: 'AR', within: 'Buenos Aires', lat: -34.6081, lon: -58.3703 },
  { name: 'Plaza de Mayo', kind: 'venue', country: 'AR', within: 'Buenos Aires', lat: -34.6083, lon: -58.3712 },
  { name: 'Planalto', aliases: ['Planalto Palace', 'Palácio do Planalto'], kind: 'venue', country: 'BR', within: 'Brasília', lat: -15.799, lon: -47.8606 },
  { name: 'Zócalo', aliases: ['Zocalo', 'the Zócalo'], kind: 'venue', country: 'MX', within: 'Mexico City', lat: 19.4326, lon: -99.1332 },
  { name: 'Cabanaconde', kind: 'town', country: 'PE', within: 'Arequipa', lat: -15.6194, lon: -71.9797 }, // a village; here for fixtures/c05 (pnpm eval needs it)
  { name: 'the Colca Valley', aliases: ['Colca Valley', 'the Colca Canyon', 'Colca Canyon'], kind: 'area', country: 'PE', within: 'Arequipa', lat: -15.62, lon: -71.8, radius: 40 },
  { name: 'Machu Picchu', kind: 'venue', country: 'PE', within: 'Cusco', lat: -13.1631, lon: -72.545 },
  // Capitals the city table lacks.
  { name: 'Asunción', kind: 'town', country: 'PY', lat: -25.2637, lon: -57.5759 },
  // Middle East, Africa, Asia
  { name: 'Niamey', kind: 'town', country: 'NE', lat: 13.5116, lon: 2.1254 },
  { name: 'Tahrir Square', kind: 'venue', country: 'EG', within: 'Cairo', lat: 30.0444, lon: 31.2357 },
  { name: 'Zhongnanhai', kind: 'venue', country: 'CN', within: 'Beijing', lat: 39.9139, lon: 116.3836, seatOf: 'CN', extraction: true },
  { name: 'Tiananmen Square', aliases: ['Tiananmen'], kind: 'venue', country: 'CN', within: 'Beijing', lat: 39.9055, lon: 116.3976, extraction: ['Tiananmen Square'] },
  { name: 'Shibuya', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.6618, lon: 139.704, extraction: true },
  { name: 'Shinjuku', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.6938, lon: 139.7034, extraction: true },
  { name: 'Ginza', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.6717, lon: 139.765 },
  { name: 'Roppongi', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.6628, lon: 139.7314 },
  { name: 'Akihabara', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.7022, lon: 139.7741 },
  { name: 'Kasumigaseki', kind: 'district', country: 'JP', within: 'Tokyo', lat: 35.6736, lon: 139.7503, seatOf: 'JP', extraction: true },
  { name: 'the Kantei', aliases: ['Kantei'], kind: 'venue', country: 'JP', within: 'Tokyo', lat: 35.6735, lon: 139.7431 },
  { name: 'Umeda', kind: 'district', country: 'JP', within: 'Osaka', lat: 34.7055, lon: 135.4983 },
  { name: 'Namba', kind: 'district', country: 'JP', within: 'Osaka', lat: 34.6661, lon: 135.5006 },
  { name: 'Gangnam', kind: 'district', country: 'KR', within: 'Seoul', lat: 37.4979, lon: 127.0276 },
  { name: 'Yeouido', kind: 'district', country: 'KR', within: 'Seoul', lat: 37.5219, lon: 126.9245 },
  { name: 'Gwanghwamun', aliases: ['Gwanghwamun Square'], kind: 'venue', country: 'KR', within: 'Seoul', lat: 37.5759, lon: 126.9769 },
  { name: 'the Blue House', aliases: ['Blue House'], kind: 'venue', country: 'KR', within: 'Seoul', lat: 37.5866, lon: 126.9748, extraction: true },
  { name: 'Mong Kok', kind: 'district', country: 'HK', lat: 22.3193, lon: 114.1694 },
  { name: 'Rashtrapati Bhavan', kind: 'venue', country: 'IN', within: 'New Delhi', lat: 28.6143, lon: 77.1994 },
  { name: 'Connaught Place', kind: 'district', country: 'IN', within: 'New Delhi', lat: 28.6315, lon: 77.2167 },
  // Parts of the world that span countries (country ''): extraction only, containment has no use for them
  { name: 'Middle East', aliases: ['the Middle East'], kind: 'area', country: '', lat: 29, lon: 41, extraction: true, containment: false },
  { name: 'Europe', kind: 'area', country: '', lat: 50, lon: 10, extraction: true, containment: false },
  { name: 'Africa', kind: 'area', country: '', lat: 2, lon: 20, extraction: true, containment: false },
  { name: 'Asia', kind: 'area', country: '', lat: 34, lon: 100, extraction: true, containment: false },
  { name: 'Latin America', kind: 'area', country: '', lat: -10, lon: -60, extraction: true, containment: false },
  { name: 'the Arctic', aliases: ['Arctic'], kind: 'area', country: '', lat: 80, lon: 0, extraction: true, containment: false },
  // Continents, world regions, deserts, forests and ranges that span countries.
  { name: 'North America', kind: 'area', country: '', lat: 45, lon: -100, extraction: true, containment: false },
  { name: 'South America', kind: 'area', country: '', lat: -15, lon: -60, extraction: true, containment: false },
  { name: 'Central America', kind: 'area', country: '', lat: 13, lon: -86, extraction: true, containment: false },
  { name: 'Oceania', kind: 'area', country: '', lat: -20, lon: 150, extraction: true, containment: false },
  { name: 'Antarctica', aliases: ['the Antarctic'], kind: 'area', country: '', lat: -80, lon: 0, extraction: true, containment: false },
  { name: 'the Caribbean', kind: 'area', country: '', lat: 15, lon: -75, extraction: true, containment: false },
  { name: 'the Balkans', kind: 'area', country: '', lat: 43, lon: 21, extraction: true, containment: false },
  { name: 'Scandinavia', kind: 'area', country: '', lat: 62, lon: 15, extraction: true, containment: false },
  { name: 'Southeast Asia', aliases: ['South-East Asia', 'South East Asia'], kind: 'area', country: '', lat: 5, lon: 110, extraction: true, containment: false },
  { name: 'South Asia', kind: 'area', country: '', lat: 22, lon: 78, extraction: true, containment: false },
  { name: 'East Asia', kind: 'area', country: '', lat: 35, lon: 115, extraction: true, containment: false },
  { name: 'Central Asia', kind: 'area', country: '', lat: 43, lon: 65, extraction: true, containment: false },
  { name: 'West Africa', kind: 'area', country: '', lat: 12, lon: -5, extraction: true, containment: false },
  { name: 'East Africa', kind: 'area', country: '', lat: 0, lon: 37, extraction: true, containment: false },
  { name: 'Southern Africa', kind: 'area', country: '', lat: -25, lon: 25, extraction: true, containment: false },
  { name: 'North Africa', kind: 'area', country: '', lat: 28, lon: 10, extraction: true, containment: false },
  { name: 'Sub-Saharan Africa', kind: 'area', country: '', lat: 0, lon: 20, extraction: true, containment: false },
  { name: 'the Horn of Africa', kind: 'area', country: '', lat: 8, lon: 45, extraction: true, containment: false },
  { name: 'the Sahara', aliases: ['the Sahara Desert'], kind: 'area', country: '', lat: 23, lon: 12, extraction: true, containment: false },
  { name: 'the Sahel', kind: 'area', country: '', lat: 14, lon: 0, extraction: true, containment: false },
  { name: 'the Amazon', aliases: ['the Amazon rainforest', 'the Amazon basin', 'the Legal Amazon', 'Amazonia'], kind: 'area', country: '', lat: -4, lon: -62,
    // "Amazon said" is the company: only "the Amazon" is the forest.
    extraction: ['the Amazon', 'the Amazon rainforest', 'the Amazon basin', 'the Legal Amazon', 'Amazonia'], containment: false },
  { name: 'the Himalayas', aliases: ['the Himalaya'], kind: 'area', country: '', lat: 28, lon: 84, extraction: true, containment: false },
  { name: 'the Alps', kind: 'area', country: '', lat: 46, lon: 10, extraction: true, containment: false },
  { name: 'the Andes', kind: 'area', country: '', lat: -15, lon: -70, extraction: true, containment: false },
  { name: 'the Rockies', aliases: ['the Rocky Mountains'], kind: 'area', country: '', lat: 45, lon: -110, extraction: true, containment: false },
  { name: 'the Red Sea', kind: 'area', country: '', lat: 20, lon: 38, extraction: true, containment: false },
  { name: 'the Black Sea', kind: 'area', country: '', lat: 43, lon: 35, extraction: true, containment: false },
  { name: 'the Caspian Sea', aliases: ['the Caspian'], kind: 'area', country: '', lat: 42, lon: 51, extraction: true, containment: false },
  { name: 'the South China Sea', kind: 'area', country: '', lat: 12, lon: 113, extraction: true, containment: false },
  { name: 'the Persian Gulf', kind: 'area', country: '', lat: 27, lon: 51, extraction: true, containment: false },
  { name: 'the Gulf of Mexico', kind: 'area', country: '', lat: 25, lon: -90, extraction: true, containment: false },
  { name: 'the Arabian Sea', kind: 'area', country: '', lat: 15, lon: 65, extraction: true, containment: false },
  { name: 'the Bay of Bengal', kind: 'area', country: '', lat: 15, lon: 88, extraction: true, containment: false },
  { name: 'the English Channel', kind: 'area', country: '', lat: 50, lon: -1, extraction: true, containment: false },
  // Oceans and seas that span countries: where a ship sails or a flight turns back.
  { name: 'the Atlantic', aliases: ['Atlantic', 'the Atlantic Ocean', 'Atlantic Ocean', 'the North Atlantic', 'North Atlantic', 'the South Atlantic', 'South Atlantic'], kind: 'area', country: '', lat: 30, lon: -40, extraction: true, containment: false },
  { name: 'the Pacific', aliases: ['Pacific', 'the Pacific Ocean', 'Pacific Ocean', 'the North Pacific', 'North Pacific', 'the South Pacific', 'South Pacific'], kind: 'area', country: '', lat: 0, lon: -160, extraction: true, containment: false },
  { name: 'the Indian Ocean', aliases: ['Indian Ocean'], kind: 'area', country: '', lat: -20, lon: 80, extraction: true, containment: false },
  { name: 'the Mediterranean', aliases: ['Mediterranean', 'the Mediterranean Sea', 'Mediterranean Sea'], kind: 'area', country: '', lat: 35, lon: 18, extraction: true, containment: false },
  { name: 'the North Sea', aliases: ['North Sea'], kind: 'area', country: '', lat: 56, lon: 3, extraction: true, containment: false },
  { name: 'the Baltic Sea', aliases: ['Baltic Sea', 'the Baltic'], kind: 'area', country: '', lat: 58, lon: 20, extraction: true, containment: false },
];

/** England's regions and metropolitan counties, each with its ONS-style members (state table codes). */
function englishRegions(): Landmark[] {
  const region = (name: string, aliases: string[], lat: number, lon: number, members: string): Landmark => ({
    name,
    aliases,
    kind: 'region',
    country: 'GB',
    within: 'England',
    lat,
    lon,
    members: members.split(' '),
    extraction: true,
  });
  const yorkshire = 'NYK YOR ERY KHL BNS DNC ROT SHF BRD CLD KIR LDS WKF';
  return [
    region('North East England', ['the North East of England', 'North East of England', 'North-East England', 'north-east England', 'northeast England'], 55.0, -1.9, 'NBL DUR DAL HPL MDB RCC STT GAT NET NTY STY SND'),
    region('North West England', ['the North West of England', 'North West of England', 'North-West England', 'north-west England', 'northwest England'], 54.0, -2.6, 'CMA LAN BBD BPL CHE CHW HAL WRT BOL BUR MAN OLD RCH SLF SKP TAM TRF WGN KWL LIV SHN SFT WRL'),
    region('Yorkshire and the Humber', ['Yorkshire and Humber', 'Yorkshire & the Humber', 'Yorkshire & Humber'], 53.9, -1.2, `${yorkshire} NEL NLN`),
    region('Yorkshire', [], 53.95, -1.3, `${yorkshire} MDB RCC`),
    region('East Midlands', ['the East Midlands'], 52.85, -0.95, 'DBY DER LEC LCE LIN NTH NTT NGM RUT'),
    region('West Midlands', ['the West Midlands'], 52.45, -2.2, 'HEF SHR TFW STS STE WAR WOR BIR COV DUD SAW SOL WLL WLV'),
    region('East of England', ['the East of England'], 52.2, 0.5, 'BDF CBF CAM PTE ESS SOS THR HRT NFK SFK'),
    region('East Anglia', [], 52.5, 1.0, 'NFK SFK CAM PTE'),
    region('South East England', ['the South East of England', 'South East of England', 'South-East England', 'south-east England', 'southeast England'], 51.3, -0.6, 'BKM MIK ESX BNH HAM STH POR IOW KEN MDW OXF SRY WSX BRC RDG SLG WBK WNM WOK'),
    region('South West England', ['the South West of England', 'South West of England', 'South-West England', 'south-west England', 'southwest England', 'the West Country', 'West Country'], 50.9, -3.5, 'BAS BST CON IOS DEV PLY TOB DOR BMH POL GLS SGC NSM SOM SWD WIL'),
    region('West Yorkshire', [], 53.75, -1.7, 'BRD CLD KIR LDS WKF'),
    region('South Yorkshire', [], 53.5, -1.3, 'BNS DNC ROT SHF'),
    region('Greater Manchester', [], 53.5, -2.3, 'BOL BUR MAN OLD RCH SLF SKP TAM TRF WGN'),
    region('Merseyside', [], 53.45, -2.95, 'KWL LIV SFT SHN WRL'),
    region('Tyne and Wear', ['Tyne & Wear'], 54.95, -1.55, 'GAT NET NTY STY SND'),
  ];
}
