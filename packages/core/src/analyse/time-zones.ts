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

/** The zone each of them keeps, summer time and all: "8:00 a.m. ET" in September is UTC-04:00. */
export const NORTH_AMERICAN_ZONES: Readonly<Record<string, string>> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

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
  const m = /^(\d{2}):(\d{2}) (\S+)$/.exec(time);
  const offset = m ? zoneOffset(m[3]!) : undefined;
  return m && offset !== undefined ? Number(m[1]) * 60 + Number(m[2]) - offset * 60 : undefined;
}

/** Hours ahead of UTC of a zone code: an abbreviation ("CET") or an offset ("UTC+01:00"). */
export function zoneOffset(code: string): number | undefined {
  const known = TIME_ZONE_OFFSETS[code];
  if (known !== undefined) return known;
  const m = /^UTC([+-])(\d{2}):(\d{2})$/.exec(code);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : undefined;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset a country's clocks keep at an instant, as a zone code ("UTC+01:00"), when all its
 * zones keep the same one then: Slovakia in March is UTC+01:00, in July UTC+02:00; Spain, with
 * the Canaries an hour behind, has none.
 */
export function countryOffsetAt(zones: readonly string[], at: Date): string | undefined {
  let offset: string | undefined;
  for (const zone of zones) {
    let format = offsetFormats.get(zone);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
      } catch {
        return undefined;
      }
      offsetFormats.set(zone, format);
    }
    const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
    // "GMT+01:00", or "GMT" alone for UTC itself.
    const m = /^GMT([+-]\d{2}:\d{2})?$/.exec(name);
    const o = m ? `UTC${m[1] ?? '+00:00'}` : undefined;
    if (!o || (offset && o !== offset)) return undefined;
    offset = o;
  }
  return offset;
}
