import type { ExtractedDocument } from '../model/index.js';
import { foldName, nameWords, type EntityDraft, type EntityTable } from './entities.js';

/*
 * Tabloids and sports pages call their people by nicknames: "The Belém Bullet, 27, was caught
 * …", "For Big Marc, who crossed the line fourth, …". A name parser takes each for a person of
 * its own, and the quotes given to the nickname then belong to nobody the other reports name.
 * Two shapes are common enough to read:
 *  - an epithet: capitalised words the text always writes after "the", introduced as a person
 *    (with an age, "The Belém Bullet, 27,"). It names whoever the story was about just before,
 *    as "he" would.
 *  - a familiar form: "Big", "Little", "Young" before a shortening of one person's given name
 *    ("Big Marc" for Marcus Achebe-Wright, "Big Sam").
 */

/** Words a nickname opens with before a given name. */
// Not "Saint", "King" or "Sir": those open names and titles of their own.
const FAMILIAR = new Set(['big', 'little', 'lil', 'young', 'old', 'wee', 'mighty', 'super']);

/** "The Belém Bullet, 27," / "the Belém Bullet (27)": an age given to the name at some mention. */
const AGE_AFTER = /^\s*(?:,\s*|\(\s*)\d{1,2}\s*[,)]/;
const THE_BEFORE = /\bthe\s+$/i;

interface Focus {
  at: number;
  entity: EntityDraft;
}

/**
 * Folds each nickname entity into the person it stands for (named in full elsewhere in the
 * document) and returns which entity went into which, for the caller to repoint its references.
 */
export function mergeEpithets(doc: ExtractedDocument, table: EntityTable, focus: readonly Focus[]): Map<EntityDraft, EntityDraft> {
  const text = doc.doc.text;
  const merged = new Map<EntityDraft, EntityDraft>();
  const named = (e: EntityDraft) => e.type === 'person' && e.aliases.some((a) => nameWords(a).length >= 2) && !merged.has(e);
  for (const e of [...table.entities]) {
    if (e.type !== 'person' || e.titles.length > 0 || e.mentions.length === 0) continue;
    const words = nameWords(e.canonical);
    if (words.length < 2 || words.length > 4 || e.aliases.length > 1) continue;
    const target = familiarOf(table, e, words, named) ?? epithetOf(table, text, e, words, focus, named);
    if (!target || target === e) continue;
    table.absorb(target, e);
    merged.set(e, target);
  }
  return merged;
}

function familiarOf(table: EntityTable, e: EntityDraft, words: readonly string[], named: (e: EntityDraft) => boolean): EntityDraft | undefined {
  if (words.length !== 2 || !FAMILIAR.has(words[0]!.toLowerCase())) return undefined;
  const short = foldName(words[1]!);
  if (short.length < 3) return undefined;
  const fits = table.entities.filter(
    (x) => x !== e && named(x) && x.aliases.some((a) => {
      const w = nameWords(a);
      return w.length >= 2 && foldName(w[0]!).startsWith(short);
    }),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

function epithetOf(table: EntityTable, text: string, e: EntityDraft, words: readonly string[], focus: readonly Focus[], named: (e: EntityDraft) => boolean): EntityDraft | undefined {
  // Written after "the" every time, and not a group ("the Rolling Stones").
  if (!e.mentions.every((m) => THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)))) return undefined;
  if (/s$/.test(words.at(-1)!)) return undefined;
  if (!e.mentions.some((m) => AGE_AFTER.test(text.slice(m.end, m.end + 8)))) return undefined;
  const first = e.mentions[0]!.start;
  let latest: Focus | undefined;
  for (const f of focus) if (f.at < first && f.entity !== e && named(f.entity) && (!latest || f.at > latest.at)) latest = f;
  if (latest) return latest.entity;
  // No subject yet ("DRUGS cheat Davi Lacerda's bid … was booted out"): the person the story
  // names first is the one it is about.
  let opening: EntityDraft | undefined;
  for (const x of table.entities) {
    if (x === e || !named(x) || x.mentions[0]!.start >= first) continue;
    if (!opening || x.mentions[0]!.start < opening.mentions[0]!.start) opening = x;
  }
  return opening;
}
