import type { ResolvedDocument } from '@factlint/core';

/** A publication date or date-time as an instant, and whether it has a time of day. */
export interface Published {
  raw: string;
  /** Milliseconds since the epoch (midnight UTC for a bare date). */
  at: number;
  hasTime: boolean;
}

export function published(doc: ResolvedDocument): Published | undefined {
  const raw = doc.doc.meta.published;
  if (!raw) return undefined;
  const hasTime = /T\d{2}:\d{2}/.test(raw);
  const at = Date.parse(hasTime ? raw : `${raw.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at)) return undefined;
  return { raw, at, hasTime };
}

const day = (p: Published) => new Date(p.at).toISOString().slice(0, 10);

/**
 * Were two documents published at different times? A bare date only differs
 * from a date-time on another day: "2024-03-07" may be any hour of that day.
 */
export function publishedApart(a: Published | undefined, b: Published | undefined): boolean {
  if (!a || !b) return false;
  if (a.hasTime && b.hasTime) return a.at !== b.at;
  return day(a) !== day(b);
}

/** "18:40 UTC" when every time shown falls on one day, else "2024-09-14 18:40 UTC"; a bare date as is. */
export function formatPublished(p: Published, all: readonly (Published | undefined)[]): string {
  if (!p.hasTime) return day(p);
  const iso = new Date(p.at).toISOString();
  const sameDay = all.every((q) => !q || day(q) === day(p));
  return `${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`;
}
