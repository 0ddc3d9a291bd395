import { foldName } from './entities.js';

/*
 * How two spellings of one name differ: a letter or two, a transliteration, a misheard ending.
 * Resolution reads it to find the person the other reports spell otherwise; alignment, to merge
 * them across documents; name-mismatch, to report the spelling.
 */

/** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * "Takeshi Mori" and "Takashi Mori", "Ignacio Fuensalida" and "Ignacio Fuenzalida Ortúzar":
 * one name part a letter or two off, the others equal (a second surname may be left out).
 * Accents are spelling too: "Tomás Brannigan" and "Tomas Branagan" differ in the surname only.
 */
export function nearlySameName(a: string, b: string): boolean {
  // "Gholam-Reza" and "Gholamreza": a hyphen or an apostrophe inside a name part is no spelling.
  // Diacritics and letters such as "ł" fold as the entity table folds them (`foldName`).
  // An abbreviation's full stop ("Co." / "Co", "J. Smith" / "J Smith") is house style too.
  const fold = (n: string) => foldName(n).replace(/(?<=\p{L})[-'’](?=\p{L})/gu, '').replace(/(?<=\p{L})\.(?=\s|$)/gu, '').split(/\s+/).filter(Boolean);
  const wa = fold(a);
  const wb = fold(b);
  // "Jan De Wulf" and "Jan Dewulf": a particle written apart or joined is one name, spelt two ways.
  // ("Place Jean-Macé" and "Place Jean Macé" differ in a hyphen, which is house style.)
  const spaced = (n: string) => foldName(n).replace(/[-'’]/g, ' ').split(/\s+/).filter(Boolean).join(' ');
  if (wa.length !== wb.length && wa.join('') === wb.join('') && Math.min(wa.length, wb.length) >= 2) return spaced(a) !== spaced(b);
  const n = Math.min(wa.length, wb.length);
  if (n < 2 || Math.abs(wa.length - wb.length) > 1) return false;
  if (oneWordOff(wa, wb)) return true;
  // "Joseph Kiprotich Rono" and "Joseph Ronoh": a middle name one outlet leaves out.
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (short.length === long.length) return false;
  for (let k = 1; k < long.length - 1; k++) if (oneWordOff(short, [...long.slice(0, k), ...long.slice(k + 1)])) return true;
  return false;
}

/**
 * A name as romanisations and regional spellings vary it: doubled and long vowels, "ee" and "i",
 * "oo" and "u", "ph" and "f", "w", "b" and "v", "tx" and "ch", an aspirate's "h" ("Rajeev" / "Rajiv",
 * "Chowdhury" / "Choudhury", "Etxeberria" / "Echeverría"), and English ones of one sound ("Vail" / "Vale").
 */
function transliterationKey(word: string): string {
  return word
    // English spellings of one sound: "Vail" / "Vale", "Blain" / "Blaine", "Mayne" / "Main".
    .replace(/([^aeiouy])e$/, '$1')
    .replace(/a[iy](?=[^aeiou]?$)/, 'a')
    // Basque and Spanish spellings of one name: "Etxeberria" / "Echeverría".
    .replace(/tx/g, 'ch')
    .replace(/b/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/([bcdgjkpt])h/g, '$1')
    .replace(/ee|ie|y(?=[^aeiou]|$)/g, 'i')
    .replace(/oo|ou|ow(?=[^aeiou]|$)/g, 'u')
    .replace(/w/g, 'v')
    .replace(/([aeiou])\1+/g, '$1')
    .replace(/([^aeiou])\1+/g, '$1');
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The consonants of a word after its first letter: "Katherine" and "Kathryn" are both k-t-h-r-n. */
const skeleton = (w: string) => w[0] + w.slice(1).replace(/[aeiouy]/g, '');

/**
 * One word a letter or two off, the others equal, position by position. Words romanised two
 * ways do not count against that: "Mohammed Lamine Ould Dahy" is "Mohamed Lemine Ould Dahi"
 * with one slip ("Lamine"), the rest transliteration.
 */
function oneWordOff(wa: readonly string[], wb: readonly string[]): boolean {
  let differing = 0;
  let romanised = 0;
  for (let i = 0; i < Math.min(wa.length, wb.length); i++) {
    if (wa[i] === wb[i]) continue;
    // "Rajeev" and "Rajiv", "Mohamed" and "Muhammad": one name transliterated two ways.
    if (transliterationKey(wa[i]!) === transliterationKey(wb[i]!)) { romanised++; continue; }
    differing++;
    // Two letters off in a short word only when two other name parts vouch for it ("Sarat
    // Chandra Naik" / "Sarat Chandra Nayak"); a long given name may be written with other vowels
    // ("Katherine" / "Kathryn").
    const shortest = Math.min(wa[i]!.length, wb[i]!.length);
    const d = editDistance(wa[i]!, wb[i]!);
    const vowelsOnly = shortest >= 7 && d <= 3 && skeleton(wa[i]!) === skeleton(wb[i]!);
    // "Hebblethwaite" / "Hebblewhite": a long name's ending misheard, its first syllables alike.
    const endingOnly = shortest >= 9 && d <= 3 && commonPrefix(wa[i]!, wb[i]!) >= 6;
    if (d > (shortest >= 6 || (shortest >= 4 && Math.min(wa.length, wb.length) >= 3) ? 2 : 1) && !vowelsOnly && !endingOnly) return false;
  }
  // Something is spelt differently, and at most one word beyond romanisation; one word at least
  // is written alike, so that two romanised names share something besides their sounds.
  return differing + romanised >= 1 && differing <= 1 && differing + romanised < Math.min(wa.length, wb.length);
}
