import type { Entity, EntityType, Mention } from '../model/index.js';
import { getGender } from 'gender-detection-from-name';
import { DEMONYMS, FEMALE_HONORIFICS, FEMALE_ROLE, MALE_HONORIFICS, MALE_ROLE } from '../extract/lexicon.js';

export type Gender = 'male' | 'female' | 'unknown';

/** An entity under construction, with what pronoun and role resolution need. */
export interface EntityDraft extends Entity {
  gender: Gender;
  /** Names the text used for this entity on their own, without a title ("Ocampo", not "Ms Mori"). */
  bare: Set<string>;
  /** Offsets of every mention, for recency. */
  lastSeen: number;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|cllr)\.?$/i;

const wordsCache = new Map<string, string[]>();

/** The words of a name without honorifics; names recur, so the split is cached. */
export function nameWords(name: string): string[] {
  let words = wordsCache.get(name);
  if (!words) {
    words = name
      .split(/\s+/)
      .map((w) => w.replace(/[.,]$/, ''))
      .filter((w) => w && !HONORIFIC.test(w));
    if (wordsCache.size > 20_000) wordsCache.clear();
    wordsCache.set(name, words);
  }
  return words;
}

export function surname(name: string): string {
  const words = nameWords(name);
  return ((familyFirst(words) ? words[0] : words.at(-1)) ?? name).toLowerCase();
}

/**
 * "Kim Seo-yeon", "Lee Jun-ho": a Korean name in its own order, family name first, which the
 * hyphenated given name with its lower-case second syllable shows. "Ms Kim" is then her.
 */
function familyFirst(words: readonly string[]): boolean {
  return words.length >= 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words.at(-1)!);
}


function genderOf(m: Mention): Gender {
  for (const t of m.titles) {
    const l = t.toLowerCase();
    if (MALE_HONORIFICS.has(l)) return 'male';
    if (FEMALE_HONORIFICS.has(l)) return 'female';
  }
  // The first name, when it is one that a name list knows ("Agnieszka", "Tomasz").
  const words = m.name && m.type !== 'organisation' && m.type !== 'place' ? nameWords(m.name) : [];
  // The first name, past any initials ("Y. Harshavardhan Raju"): an initial tells no gender.
  // "Kim Dong-hyun": a family name first is no given name ("Kim" would read as a woman's).
  const first = familyFirst(words) ? undefined : words.find((w) => !/^\p{L}{1,2}\.?$/u.test(w));
  if (words.length >= 2 && first && first !== words.at(-1)) {
    const g = getGender(first.split('-')[0]!.normalize('NFD').replace(/\p{M}/gu, ''));
    // "Gul Hassan Jamali": a given name that the lists give both ways ("Gul") yields to the one
    // after it, when that one is unambiguous and says otherwise.
    const given = words.slice(words.indexOf(first) + 1, -1).map((w) => getGender(w.split('-')[0]!.normalize('NFD').replace(/\p{M}/gu, '')));
    if ((g === 'male' || g === 'female') && given.some((x) => (x === 'male' || x === 'female') && x !== g)) return 'unknown';
    if (g === 'male' || g === 'female') return g;
  }
  // "the eldest daughter of …, Dr Adwoa Frimpong", "chairman Kim Dong-hyun": a kinship or a
  // gendered role tells, when the name does not ("Vice Chairman Anne-Claire Rochat" is a woman).
  const head = m.role?.split(/\s+/).at(-1);
  if (head && FEMALE_ROLE.test(head)) return 'female';
  if (head && MALE_ROLE.test(head)) return 'male';
  return 'unknown';
}

/** Words a company's name may end in or leave out, lower-cased: "Co.", "Ltd", "Holdings", "Power". */
/** A firm's trade after its name, which its own short name drops: "Harbourne Cruises", "Norvane Exchange", "Atlantic Airways". */
const TRADE_TAIL = /^(?:Cruises|Cruise|Airlines|Airways|Air|Holidays|Tours|Travel|Ferries|Shipping|Lines|Exchange|Bank|Motors|Foods|Industries|Systems|Technologies|Electronics|Semiconductor|Pharmaceuticals|Pharma|Energy|Mining|Resources|Logistics|Insurance|Capital|Media|Telecom|Digital|Press|Publishing)$/;
const CORPORATE_TAIL = /^(?:co\.?|corp\.?|corporation|company|inc\.?|ltd\.?|limited|plc|llc|group|holdings|power|ag|sa|nv|gmbh)$/;

/** "Swiss National Bank" → "SNB". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Of|The|And|For)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** What name comparisons need of a name, computed once per name (names recur). */
interface NameForm {
  /** `nameWords`, lower-cased. */
  lower: string[];
  /** The family name, lower-cased: the last word, or the first in a family-first name. */
  family: string;
  /** The given name, lower-cased, when there is one. */
  given: string | undefined;
  /** `lower` joined with spaces. */
  joined: string;
  acronym: boolean;
}

const formCache = new Map<string, NameForm>();

function nameForm(name: string): NameForm {
  let form = formCache.get(name);
  if (!form) {
    const words = nameWords(name);
    const lower = words.map(foldName);
    const first = familyFirst(words);
    form = {
      lower,
      family: (first ? lower[0] : lower.at(-1)) ?? '',
      given: lower.length < 2 ? undefined : first ? lower.at(-1) : lower[0],
      joined: lower.join(' '),
      acronym: /^[A-Z]{2,6}$/.test(name.replace(/\./g, '')),
    };
    if (formCache.size > 20_000) formCache.clear();
    formCache.set(name, form);
  }
  return form;
}

/** Letters that do not decompose into a base letter and a mark: "Łukasz", "Søren", "Đoković". */
const UNMARKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

/**
 * A name word as wires print it: lower case without diacritics. Agencies drop them ("Rastislav
 * Hudak" for "Rastislav Hudák"); it is one name, and spelling rules judge the rest.
 */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łøđßæœıðþ]/g, (c) => UNMARKED[c]!);
}

/** Do two forms name the same person? "Vladimir Putin" ~ "Putin" ~ "V. Putin"; "Ana Duarte" ≁ "Rui Duarte". */
/** The words that join an Arabic name to a father's: "bin", "ibn", "bint". */
const PATRONYMIC = /^(?:bin|ibn|bint|ben)$/;

export function namesCompatible(a: string, b: string): boolean {
  const formA = nameForm(a);
  const formB = nameForm(b);
  if (formA.acronym !== formB.acronym) {
    const [short, long] = formA.acronym ? [a, b] : [b, a];
    if (nameWords(long).length >= 2 && short.replace(/\./g, '') === initials(long)) return true;
  }
  const wa = formA.lower;
  const wb = formB.lower;
  if (wa.length === 0 || wb.length === 0) return false;
  if (formA.joined === formB.joined) return true;
  // "Hokkaido Electric", "Hokkaido Electric Power Co.": a company named with or without its
  // corporate tail. ("Manchester United Supporters Trust" is another body.)
  {
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (short.length >= 2 && short.length < long.length && short.every((w, k) => long[k] === w) && long.slice(short.length).every((w) => CORPORATE_TAIL.test(w))) return true;
  }
  // "Hayashi Noboru" in a paper that keeps Japanese order, "Noboru Hayashi" in the wire's.
  if (wa.length === 2 && wb.length === 2 && wa[0] === wb[1] && wa[1] === wb[0]) return true;
  // A bare name is the family name ("Kim" for "Kim Seo-yeon", "Putin" for "Vladimir Putin"),
  // or, in a Spanish name of three words, the first surname ("Saavedra" for "Verónica
  // Saavedra Lagos", whose second surname is her mother's).
  if (wa.length === 1 || wb.length === 1) {
    const [bare, full] = wa.length === 1 ? [wa[0]!, formB] : [wb[0]!, formA];
    if (full.lower.length === 1) return bare === full.lower[0];
    if (bare === full.family || (full.lower.length === 3 && full.family === full.lower[2] && bare === full.lower[1])) return true;
    // "Castaño" for "Hernán Darío Castaño Ruiz": two given names, then two surnames.
    return full.lower.length === 4 && full.family === full.lower[3] && bare === full.lower[2] && isGivenName(full.lower[1]!);
  }
  // "Khalid bin Mansour" for "Khalid bin Mansour bin Abdulaziz Al Saud": an Arabic name cut after
  // a father's name, the longer going on with another "bin" or the family's "Al".
  {
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (short.length >= 3 && short.length < long.length && short.some((w) => PATRONYMIC.test(w)) && short.every((w, k) => long[k] === w) && (PATRONYMIC.test(long[short.length]!) || /^(?:al|āl|el)$/.test(long[short.length]!))) return true;
  }
  if (formA.family !== formB.family) {
    // "Carmen Lozano" for "Carmen Lozano Ibarra": a Spanish or Portuguese name without its second
    // surname, the first name and the first surname the same.
    const [two, three] = wa.length === 2 && wb.length === 3 ? [wa, wb] : wb.length === 2 && wa.length === 3 ? [wb, wa] : [];
    return !!two && !!three && two[0] === three[0] && two[1] === three[1] && !familyFirst(nameWords(a)) && !familyFirst(nameWords(b));
  }
  // "Durga Prasad" for "V. Durga Prasad", "Venkata Rao" for "Gali Venkata Rao": the fuller
  // name ends with every word of the shorter one.
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.length < longer.length && shorter.every((w, k) => longer[longer.length - shorter.length + k] === w)) return true;
  const fa = formA.given!;
  const fb = formB.given!;
  return fa === fb || (fa.length <= 2 && fb.startsWith(fa[0]!)) || (fb.length <= 2 && fa.startsWith(fb[0]!));
}

/**
 * Entities of one document, built from its name mentions: full names first, so
 * that a bare surname joins the person it abbreviates, and a surname shared by
 * two people stays ambiguous rather than merging them.
 */
export class EntityTable {
  readonly entities: EntityDraft[] = [];

  /** `renown(name)`: how many documents of the story name a full name (none known: 0). */
  constructor(private readonly renown: (name: string) => number = () => 0) {}

  private add(m: Mention, type: EntityType): EntityDraft {
    const e: EntityDraft = {
      id: `e${this.entities.length + 1}`,
      type,
      canonical: m.name!,
      aliases: [m.name!],
      titles: [...m.titles],
      roles: m.role ? [m.role] : [],
      mentions: [m.span],
      gender: genderOf(m),
      bare: new Set(m.titles.length === 0 ? [m.name!.toLowerCase()] : []),
      lastSeen: m.span.start,
      ...(m.nationality ? { nationality: m.nationality } : {}),
    };
    this.entities.push(e);
    return e;
  }

  private merge(e: EntityDraft, m: Mention): EntityDraft {
    const name = m.name!;
    if (!e.aliases.includes(name)) e.aliases.push(name);
    if (m.titles.length === 0) e.bare.add(name.toLowerCase());
    if (nameWords(name).length > nameWords(e.canonical).length) e.canonical = name;
    for (const t of m.titles) if (!e.titles.some((x) => x.toLowerCase() === t.toLowerCase())) e.titles.push(t);
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    if (m.nationality && !e.nationality) e.nationality = m.nationality;
    if (e.type === 'unknown' && m.type !== 'unknown') e.type = m.type;
    if (e.gender === 'unknown') e.gender = genderOf(m);
    e.mentions.push(m.span);
    e.lastSeen = Math.max(e.lastSeen, m.span.start);
    return e;
  }

  /** Finds the entity a name refers to, or undefined (also when ambiguous). */
  find(name: string, before = Infinity, gender: Gender = 'unknown'): EntityDraft | undefined {
    // A bare surname is never an exact match: "Mori" may be either of two Moris.
    // Lower-cased once here, not once per alias compared.
    const lower = name.toLowerCase();
    const full = nameWords(name).length >= 2;
    const exact = full ? this.entities.filter((e) => e.aliases.some((a) => a.toLowerCase() === lower)) : [];
    if (exact.length === 1) return exact[0];
    // "Mrs Nowak" is not the late Mr Nowak nor his brother.
    // A full name is compared with full names only: "Agnieszka Nowak" is not whoever was called "Nowak".
    const compatible = this.entities.filter(
      (e) =>
        e.aliases.some((a) => (!full || nameWords(a).length >= 2 || /^[A-Z]{2,6}$/.test(a)) && namesCompatible(a, name)) &&
        (gender === 'unknown' || e.gender === 'unknown' || e.gender === gender),
    );
    if (compatible.length === 1) return compatible[0];
    if (compatible.length > 1) {
      // Writers settle on one bare surname for the main person: "Ocampo" stays Javier Ocampo
      // after his brother "Martín Ocampo" appears.
      const settled = compatible.filter((e) => e.bare.has(lower) && e.mentions.some((s) => s.start < before));
      if (settled.length === 1) return settled[0];
      const seen = compatible.filter((e) => e.mentions.some((s) => s.start < before));
      // "Adeyemi, 52, …" after "Peggy Adeyemi" (her mother, named in this story alone): a bare
      // surname shared by two people is the one the other outlets name too, the story's subject.
      const fame = (e: EntityDraft) => Math.max(0, ...e.aliases.filter((a) => nameWords(a).length >= 2).map(this.renown));
      const famous = [...seen].sort((a, b) => fame(b) - fame(a));
      // (Two people several outlets name, "Takeshi Mori" and "Yuko Mori", are told apart by recency.)
      if (famous.length >= 2 && fame(famous[0]!) >= 2 && famous.slice(1).every((e) => fame(e) <= 1)) return famous[0];
      // Otherwise the one named most recently before this point.
      seen.sort((a, b) => lastBefore(b, before) - lastBefore(a, before));
      return seen[0];
    }
    // "Harbourne said" after "Harbourne Cruises": a firm called by its name without its trade word.
    if (!full && compatible.length === 0) {
      const firms = this.entities.filter((e) => e.type === 'organisation' && e.aliases.some((a) => {
        const w = a.split(/\s+/);
        return w.length >= 2 && w[0]!.toLowerCase() === lower && w.slice(1).every((x) => TRADE_TAIL.test(x) || CORPORATE_TAIL.test(x.toLowerCase()));
      }));
      if (firms.length === 1) return firms[0];
    }
    // "Thijs arrived last night", "Agnieszka wept": club sites, tabloids and family stories call a
    // person by the given name, when exactly one person here has it and nobody has it as a surname.
    if (!full && !DEMONYMS.has(lower)) {
      const given = this.entities.filter(
        (e) => e.type === 'person' && e.aliases.some((a) => nameForm(a).given === lower) && (gender === 'unknown' || e.gender === 'unknown' || e.gender === gender),
      );
      if (given.length === 1) return given[0];
    }
    return undefined;
  }

  /** Adds all name mentions, full names first. Returns the entity of each mention by its start offset. */
  addMentions(mentions: readonly Mention[]): Map<number, EntityDraft> {
    const of = new Map<number, EntityDraft>();
    const named = mentions.filter((m) => m.name);
    const fullFirst = [...named].sort((a, b) => nameWords(b.name!).length - nameWords(a.name!).length || a.span.start - b.span.start);
    for (const m of fullFirst) {
      const words = nameWords(m.name!);
      let e: EntityDraft | undefined;
      if (words.length >= 2 || (m.type === 'organisation' && !/^[A-Z]{2,6}$/.test(m.name!))) {
        const lower = m.name!.toLowerCase();
        e = this.entities.find((x) => x.aliases.some((a) => a.toLowerCase() === lower))
          ?? (m.type !== 'organisation' ? this.entities.find((x) => x.type !== 'organisation' && x.aliases.some((a) => nameWords(a).length >= 2 && namesCompatible(a, m.name!))) : undefined)
          ?? (m.type !== 'organisation' && m.type !== 'place' && words.length >= 2 && m.titles.length === 0 ? this.entities.find((x) => x.type === 'organisation' && x.aliases.some((a) => shortFormOf(m.name!, a))) : undefined);
      } else {
        e = this.find(m.name!, m.span.start, genderOf(m));
      }
      of.set(m.span.start, e ? this.merge(e, m) : this.add(m, m.type));
    }
    for (const e of this.entities) e.mentions.sort((a, b) => a.start - b.start);
    return of;
  }

  /** Folds `other` (a nickname found to be `into`) into `into`, and drops it from the table. */
  absorb(into: EntityDraft, other: EntityDraft): void {
    for (const a of other.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    for (const r of other.roles) if (!into.roles.includes(r)) into.roles.push(r);
    into.mentions.push(...other.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    into.lastSeen = Math.max(into.lastSeen, other.lastSeen);
    const i = this.entities.indexOf(other);
    if (i >= 0) this.entities.splice(i, 1);
  }

  /** Registers a speaker named only at a cue or signature. */
  ensure(m: Mention): EntityDraft {
    return this.find(m.name!, m.span.start, genderOf(m)) ?? this.add(m, m.type === 'unknown' ? 'person' : m.type);
  }
}

/** "Copper State" for "Copper State Electric": a body's name less its last word, two words or more. */
function shortFormOf(short: string, full: string): boolean {
  const [ws, wf] = [nameWords(short), nameWords(full)];
  return ws.length >= 2 && wf.length === ws.length + 1 && ws.every((w, k) => w === wf[k]);
}

function lastBefore(e: EntityDraft, before: number): number {
  let best = -1;
  for (const s of e.mentions) if (s.start < before && s.start > best) best = s.start;
  return best;
}

/** Do the name lists know `word` as a given name ("darío", "amparo"), accents and case aside? */
export function isGivenName(word: string): boolean {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return getGender(plain.charAt(0).toUpperCase() + plain.slice(1)) !== 'unknown';
}
