import type { GlobalEntity, ResolvedDocument } from '../model/index.js';
import { nameWords, namesCompatible } from '../resolve/entities.js';
import { editDistance, nearlySameName } from '../resolve/spelling.js';

export { editDistance, nearlySameName };

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
