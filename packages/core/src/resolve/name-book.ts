import type { EntityType, ExtractedDocument } from '../model/index.js';
import { nameWords, namesCompatible } from './entities.js';
import { OCCUPATIONS } from '../extract/lexicon.js';

const OCCUPATION: ReadonlySet<string> = new Set(OCCUPATIONS);

const NON_PERSON_RELATIVE = /^,?\s+which\b/;
const PREPOSITION_BEFORE = /\b(?:by|of|with|from|for|to|and)\s+$/i;

export interface BookEntry {
  name: string;
  type: EntityType;
  titles: string[];
  nationality?: string;
  /** How many documents name this person or body in full: the story's subject is named by most. */
  documents: number;
}

/**
 * What the whole story cluster says about who is who: each full name with the
 * titles and nationality any document gives it. One outlet writes "President
 * Vladimir Putin", another "Russian President Vladimir Putin"; with the book,
 * the first outlet's "the Russian leader" can still find him.
 */
export class NameBook {
  readonly entries: BookEntry[] = [];

  static from(docs: readonly ExtractedDocument[]): NameBook {
    const book = new NameBook();
    for (const d of docs) book.read(d);
    return book;
  }

  /**
   * This book and what one more document says, leaving this book as it was: a draft reads the
   * sources' book and its own names, and its titles never reach the sources.
   */
  withDocument(doc: ExtractedDocument): NameBook {
    const book = new NameBook();
    for (const e of this.entries) book.entries.push({ ...e, titles: [...e.titles] });
    book.read(doc);
    return book;
  }

  private read(d: ExtractedDocument): void {
    const text = d.doc.text;
    const counted = new Set<BookEntry>();
    for (const m of d.mentions) {
      if (!m.name || nameWords(m.name).length < 2) continue;
      const name = m.name;
      let e = this.entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!e) this.entries.push((e = { name, type: m.type, titles: [], documents: 0 }));
      if (!counted.has(e)) {
        counted.add(e);
        e.documents++;
      }
      // "Alpenbahn Südtirol, which operates the service": two capitalised words need not be a
      // person; "which" says so for every outlet that names it.
      // After a preposition the name ends a longer phrase ("a team led by Mingma Tenzing Sherpa,
      // which climbed"), and "which" may be the phrase's.
      if (m.titles.length === 0 && NON_PERSON_RELATIVE.test(text.slice(m.span.end, m.span.end + 8)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.span.start - 8), m.span.start))) e.type = 'organisation';
      // A trade ("Singer Kieran Mulhall") is no office: another outlet's "the singer" is whoever it
      // writes about, so the book does not lend it.
      for (const t of m.titles) if (!OCCUPATION.has(t.toLowerCase()) && !e.titles.some((x) => x.toLowerCase() === t.toLowerCase())) e.titles.push(t);
      if (m.nationality && !e.nationality) e.nationality = m.nationality;
      if (e.type === 'unknown') e.type = m.type;
    }
  }

  /** How many documents name `name` in full, as written. */
  documentsNaming(name: string): number {
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower)?.documents ?? 0;
  }

  /** The entry a (possibly partial) name refers to, when exactly one fits. */
  lookup(name: string): BookEntry | undefined {
    const exact = this.entries.filter((e) => e.name.toLowerCase() === name.toLowerCase());
    if (exact.length === 1) return exact[0];
    const fits = this.entries.filter((e) => namesCompatible(e.name, name));
    if (fits.length === 1) return fits[0];
    // A person one outlet calls only by first name ("his widow, Agnieszka"), when exactly one
    // person in the story has that first name.
    if (fits.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name)) {
      const byFirst = this.entries.filter((e) => e.type !== 'organisation' && e.type !== 'place' && e.name.split(/\s+/)[0] === name);
      if (byFirst.length === 1) return byFirst[0];
    }
    return undefined;
  }
}
