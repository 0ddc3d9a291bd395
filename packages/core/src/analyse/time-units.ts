/**
 * Seconds in each unit a length of time is told in. A 365-day year and a twelfth of it for a
 * month, so "18 months" equals "a year and a half"; every stage that compares durations counts
 * them the same way, so this is the one table.
 */
export const SECONDS_PER: Readonly<Record<string, number>> = {
  second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, fortnight: 1_209_600,
  month: 2_628_000, year: 31_536_000, decade: 315_360_000, century: 3_153_600_000,
};

/** Seconds in a unit word, singular or plural ("days", "centuries"); undefined for any other word. */
export function secondsPer(unit: string): number | undefined {
  return SECONDS_PER[unit.toLowerCase().replace(/ies?$/, 'y').replace(/s$/, '')];
}
