/**
 * Publication dates, from front matter or the config, in one canonical form:
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` when a time is given.
 * Relative dates in the text ("tomorrow") resolve against this value, so a
 * malformed or impossible date is rejected rather than guessed at.
 */
export function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date) return fromDate(value);
  if (typeof value !== 'string') return undefined;
  const m = PUBLISHED.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, frac, zone] = m as unknown as (string | undefined)[];
  const date = `${y}-${mo}-${d}`;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return undefined;
  if (hh === undefined) return date;
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss ?? 0) > 59) return undefined;
  return `${date}T${hh}:${mi}:${ss ?? '00'}${frac ?? ''}${normaliseZone(zone)}`;
}

/** The shapes accepted (also the `pattern` in config.schema.json): a date, optionally a time with optional seconds and zone. */
export const PUBLISHED_PATTERN =
  '^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?\\s*([Zz]|[+-]\\d{2}:?\\d{2})?)?$';
const PUBLISHED = new RegExp(PUBLISHED_PATTERN);

function normaliseZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone === 'Z' || zone === 'z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** A YAML timestamp parsed to a Date: midnight UTC was a bare date in the source. */
function fromDate(value: Date): string | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
