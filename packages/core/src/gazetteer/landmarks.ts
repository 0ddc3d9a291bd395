/**
 * What the country/state/city tables lack: the everyday names journalists use
 * for countries ("Britain", "the US"), and the landmarks, seats of government
 * and summit venues they use as places or metonyms ("Downing Street", "the
 * Kremlin", "Lough Erne"). Each names the city or region it lies in.
 */
export interface Landmark {
  name: string;
  aliases?: string[];
  /** ISO country code. */
  country: string;
  /** The city or region it lies in, as the gazetteer names it. */
  within?: string;
  lat: number;
  lon: number;
  /** Seats of government that stand for a government when they "say" things. */
  seatOf?: string;
}

export const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'the UK', 'the United Kingdom'],
  US: ['USA', 'U.S.', 'U.S.A.', 'US', 'America', 'the US', 'the United States', 'United States of America'],
  RU: ['Russian Federation'],
  KR: ['Korea', 'Republic of Korea'],
  KP: ['DPRK'],
  CZ: ['Czechia'],
  CI: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
  NL: ['the Netherlands', 'Holland'],
  AE: ['UAE', 'the UAE', 'Emirates'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  MK: ['North Macedonia'],
  SZ: ['Eswatini'],
  TL: ['Timor-Leste'],
  PS: ['Palestine', 'Palestinian territories', 'the West Bank', 'West Bank', 'Gaza', 'the Gaza Strip', 'Gaza Strip'],
  VA: ['the Vatican', 'Vatican', 'Holy See'],
  MM: ['Burma'],
  CV: ['Cabo Verde'],
  BS: ['Bahamas'],
  GM: ['Gambia'],
  PH: ['the Philippines'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  FJ: ['Fiji'],
  TR: ['Türkiye'],
};

export const LANDMARKS: Landmark[] = [
  { name: 'Downing Street', aliases: ['Number 10', 'No 10', 'No. 10', '10 Downing Street'], country: 'GB', within: 'London', lat: 51.5034, lon: -0.1276, seatOf: 'GB' },
  { name: 'Whitehall', country: 'GB', within: 'London', lat: 51.5045, lon: -0.1265, seatOf: 'GB' },
  { name: 'Westminster', country: 'GB', within: 'London', lat: 51.4995, lon: -0.1248 },
  { name: 'Buckingham Palace', country: 'GB', within: 'London', lat: 51.5014, lon: -0.1419 },
  { name: 'Lough Erne', country: 'GB', within: 'Northern Ireland', lat: 54.45, lon: -7.68 },
  { name: 'Gleneagles', country: 'GB', within: 'Scotland', lat: 56.28, lon: -3.74 },
  { name: 'the White House', aliases: ['White House'], country: 'US', within: 'Washington', lat: 38.8977, lon: -77.0365, seatOf: 'US' },
  { name: 'Capitol Hill', aliases: ['the Capitol'], country: 'US', within: 'Washington', lat: 38.8899, lon: -77.0091 },
  { name: 'the Pentagon', aliases: ['Pentagon'], country: 'US', within: 'Arlington', lat: 38.8719, lon: -77.0563 },
  { name: 'Foggy Bottom', country: 'US', within: 'Washington', lat: 38.8951, lon: -77.0483 },
  { name: 'Camp David', country: 'US', within: 'Maryland', lat: 39.6483, lon: -77.465 },
  { name: 'Manhattan', country: 'US', within: 'New York City', lat: 40.7831, lon: -73.9712 },
  { name: 'Brooklyn', country: 'US', within: 'New York City', lat: 40.6782, lon: -73.9442 },
  { name: 'Wall Street', country: 'US', within: 'New York City', lat: 40.7066, lon: -74.0089 },
  { name: 'the Kremlin', aliases: ['Kremlin'], country: 'RU', within: 'Moscow', lat: 55.752, lon: 37.6175, seatOf: 'RU' },
  { name: 'Red Square', country: 'RU', within: 'Moscow', lat: 55.7539, lon: 37.6208 },
  { name: 'the Élysée', aliases: ['Élysée', 'Elysee', 'the Elysee', 'Élysée Palace', 'Elysee Palace'], country: 'FR', within: 'Paris', lat: 48.8704, lon: 2.3167, seatOf: 'FR' },
  { name: "Quai d'Orsay", country: 'FR', within: 'Paris', lat: 48.8617, lon: 2.3156 },
  { name: 'Zhongnanhai', country: 'CN', within: 'Beijing', lat: 39.9139, lon: 116.3836, seatOf: 'CN' },
  { name: 'Tiananmen Square', country: 'CN', within: 'Beijing', lat: 39.9055, lon: 116.3976 },
  { name: 'the Chancellery', aliases: ['Chancellery', 'Kanzleramt'], country: 'DE', within: 'Berlin', lat: 52.5202, lon: 13.3692, seatOf: 'DE' },
  { name: 'Bundestag', aliases: ['the Bundestag', 'Reichstag', 'the Reichstag'], country: 'DE', within: 'Berlin', lat: 52.5186, lon: 13.3762 },
  { name: 'Palais des Nations', country: 'CH', within: 'Geneva', lat: 46.2266, lon: 6.1404 },
  { name: 'Davos', country: 'CH', within: 'Graubünden', lat: 46.8027, lon: 9.836 },
  { name: 'Shibuya', country: 'JP', within: 'Tokyo', lat: 35.6618, lon: 139.704 },
  { name: 'Shinjuku', country: 'JP', within: 'Tokyo', lat: 35.6938, lon: 139.7034 },
  { name: 'Kasumigaseki', country: 'JP', within: 'Tokyo', lat: 35.6736, lon: 139.7503, seatOf: 'JP' },
  { name: 'the Blue House', aliases: ['Blue House'], country: 'KR', within: 'Seoul', lat: 37.5866, lon: 126.9748 },
  { name: 'Parliament Hill', country: 'CA', within: 'Ottawa', lat: 45.4236, lon: -75.7009, seatOf: 'CA' },
  { name: "Queen's Park", country: 'CA', within: 'Toronto', lat: 45.6625, lon: -79.3908 },
  { name: 'the Hague', aliases: ['The Hague', 'Den Haag'], country: 'NL', within: 'South Holland', lat: 52.0705, lon: 4.3007 },
  { name: 'Brussels', country: 'BE', lat: 50.8503, lon: 4.3517 },
  { name: 'the Vatican', aliases: ['Vatican City'], country: 'VA', lat: 41.9029, lon: 12.4534 },
  { name: 'Mynttorget', country: 'SE', within: 'Stockholm', lat: 59.3258, lon: 18.0707 },
  { name: 'Rosenbad', country: 'SE', within: 'Stockholm', lat: 59.3297, lon: 18.0636, seatOf: 'SE' },
  { name: 'Middle East', aliases: ['the Middle East'], country: '', lat: 29, lon: 41 },
  { name: 'Europe', country: '', lat: 50, lon: 10 },
  { name: 'Africa', country: '', lat: 2, lon: 20 },
  { name: 'Asia', country: '', lat: 34, lon: 100 },
  { name: 'Latin America', country: '', lat: -10, lon: -60 },
  { name: 'the Arctic', aliases: ['Arctic'], country: '', lat: 80, lon: 0 },
];
