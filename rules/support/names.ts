import { editDistance } from '@factlint/core';

/**
 * "Takeshi Mori" and "Takashi Mori": one name part equal, the other a letter or two off.
 * Two such names on the same words are one person spelled two ways (name-mismatch), not
 * two speakers.
 */
export function nearlySameName(a: string, b: string): boolean {
  // Accents are spelling too: "Tomás Brannigan" and "Tomas Branagan" differ in the surname only.
  const fold = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/);
  const wa = fold(a);
  const wb = fold(b);
  if (wa.length !== wb.length || wa.length < 2) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    differing++;
    if (editDistance(wa[i]!, wb[i]!) > (Math.min(wa[i]!.length, wb[i]!.length) >= 6 ? 2 : 1)) return false;
  }
  return differing === 1;
}
