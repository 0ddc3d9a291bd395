/**
 * Zone abbreviations newsrooms print after a clock time, with their offset from UTC in hours.
 * Only unambiguous ones: "AST" (Atlantic or Arabia) and "GST" (Gulf or South Georgia) are
 * left out, so a time with them stays a local time rather than a wrong instant.
 */
export const TIME_ZONE_OFFSETS: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, BST: 1, WET: 0, WEST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, AKST: -9, AKDT: -8, HST: -10, ET: -5, PT: -8,
  BRT: -3, ART: -3,
  WAT: 1, CAT: 2, SAST: 2, EAT: 3,
  TRT: 3, PKT: 5, IST: 5.5, NPT: 5.75, ICT: 7, WIB: 7, WITA: 8, WIT: 9, SGT: 8, HKT: 8, PHT: 8, AWST: 8,
  JST: 9, KST: 9, ACST: 9.5, AEST: 10, AEDT: 11, NZST: 12, NZDT: 13,
  CT: -6, MT: -7,
};

/**
 * Countries on one zone all year, without summer time (ISO codes): a clock time a report set
 * there gives without a zone is that zone's. Countries with several zones or summer time are
 * left out: their local times stay local.
 */
export const FIXED_COUNTRY_ZONES: Readonly<Record<string, string>> = {
  IN: 'IST', PK: 'PKT', NP: 'NPT', JP: 'JST', KR: 'KST', PH: 'PHT', SG: 'SGT', HK: 'HKT', TH: 'ICT', VN: 'ICT',
  TR: 'TRT', NG: 'WAT', KE: 'EAT', TZ: 'EAT', UG: 'EAT', ET: 'EAT', ZA: 'SAST', ZM: 'CAT', ZW: 'CAT', MZ: 'CAT', AR: 'ART', GH: 'GMT',
};

/** Zones North American copy spells out ("12:01 a.m. Eastern time"), as their abbreviations. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Eastern time': 'ET', 'Central time': 'CT', 'Mountain time': 'MT', 'Pacific time': 'PT',
};

/** The abbreviation a zone is compared by: "Eastern time" is ET. */
export function zoneCode(zone: string): string {
  return ZONE_NAMES[zone] ?? zone;
}

/** The abbreviations and spelled-out zones as a pattern alternative, longest first, plus "local time". */
export const ZONE_PATTERN = `(?:${[...Object.keys(ZONE_NAMES), ...Object.keys(TIME_ZONE_OFFSETS)].sort((a, b) => b.length - a.length).join('|')}|local time)`;

/**
 * A normalised clock time ("21:01 PT", "00:01 ET") as minutes after midnight UTC on its own
 * day (negative or past 1440 when the zone carries it over midnight); undefined without a zone
 * the table knows.
 */
export function utcMinutes(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2}) (\w+)$/.exec(time);
  const offset = m ? TIME_ZONE_OFFSETS[m[3]!] : undefined;
  return m && offset !== undefined ? Number(m[1]) * 60 + Number(m[2]) - offset * 60 : undefined;
}
