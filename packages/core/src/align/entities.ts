import type { GlobalEntity, ResolvedDocument } from '../model/index.js';
import { foldName, nameWords, namesCompatible } from '../resolve/entities.js';

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
 * "Katrin Vollner" and "Katrin Vollmer", "Takashi Mori" and "Takeshi Mori": one person
 * whose name an outlet misspelled — the same other name part, one or two letters off in
 * the other, and a title in common or never both in one document. name-mismatch reports the spelling.
 */
export function misspelledSame(a: GlobalEntity, b: { canonical: string; titles: string[] }, doc?: number): boolean {
  // Any full form the others print ("Ignacio Fuenzalida Ortúzar" beside a title-led canonical).
  const mine = nameWords(b.canonical).join(' ');
  if (!a.aliases.some((x) => nameWords(x).length >= 2 && nearlySameName(nameWords(x).join(' '), mine))) return false;
  const sharedTitle = a.titles.some((t) => b.titles.some((u) => u.toLowerCase() === t.toLowerCase() && !/^(?:mr|mrs|ms|dr)\.?$/i.test(t)));
  // Without a title in common, two spellings that never meet in one document are still one person;
  // two that do (an "Anna Berg" quoting an "Anne Berg") are two.
  const meet = doc !== undefined && a.members.some((m) => m.doc === doc);
  return sharedTitle || (doc !== undefined && !meet);
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

function typesCompatible(a: string, b: string): boolean {
  return a === b || a === 'unknown' || b === 'unknown';
}

/**
 * One entity per real-world referent across documents. Full names merge when
 * compatible ("Vladimir Putin" ~ "Putin"); a bare surname merges only when
 * exactly one candidate carries it, so two people who share a surname stay apart.
 */
export function alignEntities(docs: readonly ResolvedDocument[]): { entities: GlobalEntity[]; entityOf: Map<string, string> } {
  const entities: GlobalEntity[] = [];
  const entityOf = new Map<string, string>();
  // Fullest names first, so that surnames find the person they abbreviate.
  const all = docs.flatMap((d, doc) => d.entities.map((e) => ({ doc, e })));
  all.sort((a, b) => nameWords(b.e.canonical).length - nameWords(a.e.canonical).length);
  for (const { doc, e } of all) {
    // Full names decide when both sides have one ("Takeshi Mori" is not "Yuko Mori", whatever
    // bare "Mori" aliases either picked up); a bare name may join one full name.
    const full = nameWords(e.canonical).length >= 2;
    const candidates = entities.filter(
      (g) =>
        typesCompatible(g.type, e.type) &&
        (full && nameWords(g.canonical).length >= 2
          ? namesCompatible(g.canonical, e.canonical) || g.aliases.some((a) => nameWords(a).length >= 2 && e.aliases.some((b) => nameWords(b).length >= 2 && namesCompatible(a, b)))
          : g.aliases.some((a) => e.aliases.some((b) => namesCompatible(a, b)))),
    );
    let target: GlobalEntity | undefined;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      const exact = candidates.filter((g) => g.aliases.some((a) => a.toLowerCase() === e.canonical.toLowerCase()));
      const titled = candidates.filter((g) => g.titles.some((t) => e.titles.some((u) => u.toLowerCase() === t.toLowerCase())));
      target = exact.length === 1 ? exact[0] : titled.length === 1 ? titled[0] : undefined;
    }
    if (!target && candidates.length === 0) {
      const fuzzy = entities.filter((g) => typesCompatible(g.type, e.type) && misspelledSame(g, e, doc));
      if (fuzzy.length === 1) target = fuzzy[0];
    }
    // "his widow, Agnieszka": a first name alone joins the one person in the story who has it.
    if (!target && candidates.length === 0 && e.type !== 'organisation' && e.type !== 'place' && nameWords(e.canonical).length === 1) {
      const byFirst = entities.filter((g) => g.type === 'person' && nameWords(g.canonical).length >= 2 && nameWords(g.canonical)[0] === e.canonical);
      if (byFirst.length === 1) target = byFirst[0];
    }
    if (!target) {
      target = { id: `g${entities.length + 1}`, type: e.type, canonical: e.canonical, aliases: [], titles: [], members: [] };
      entities.push(target);
    }
    for (const a of e.aliases) if (!target.aliases.includes(a)) target.aliases.push(a);
    for (const t of e.titles) if (!target.titles.some((x) => x.toLowerCase() === t.toLowerCase())) target.titles.push(t);
    if (nameWords(e.canonical).length > nameWords(target.canonical).length) target.canonical = e.canonical;
    if (target.type === 'unknown') target.type = e.type;
    target.members.push({ doc, entity: e.id });
    entityOf.set(`${doc}:${e.id}`, target.id);
  }
  return { entities, entityOf };
}
