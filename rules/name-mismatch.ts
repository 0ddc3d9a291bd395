import { DEMONYMS, defineRule, lookupPlace, namesCompatible, nearlySameName, type GlobalEntity, type ResolvedDocument, type RuleContext, type Span } from '@factlint/core';
import { sourceName } from './support/describe.js';

/**
 * An office is what a title names once its owner is taken away: "NZC chair" is "chair",
 * "Russian President" is "president", "ISP deputy director" is "deputy director". Words of
 * an office (heads and the words that qualify them) stay; a capitalised word that is none of
 * them (an organisation, a place, a nationality) is dropped.
 */
const OFFICE_HEADS = new Set([
  'minister', 'secretary', 'president', 'vice-president', 'chair', 'director', 'judge', 'governor', 'officer',
  'chief', 'commissioner', 'colonel', 'general', 'major', 'captain', 'lieutenant', 'sergeant', 'corporal',
  'admiral', 'brigadier', 'commander', 'marshal', 'superintendent', 'inspector', 'constable', 'spokesperson',
  'ambassador', 'mayor', 'senator', 'manager', 'coach', 'boss', 'executive', 'chancellor', 'premier', 'king',
  'queen', 'prince', 'princess', 'pope', 'dean', 'rector', 'treasurer', 'prosecutor', 'councillor',
  'council member', 'alderman', 'whip', 'leader', 'head', 'clerk', 'registrar', 'auditor', 'ombudsman',
  'deputy', 'controller', 'administrator', 'chairman', 'founder', 'owner', 'editor', 'presenter',
  'regent', 'prefect', 'sheriff', 'magistrate', 'coroner', 'coordinator', 'adviser', 'advisor', 'curator', 'delegate',
]);
const OFFICE_WORDS = new Set([
  ...OFFICE_HEADS,
  'vice', 'assistant', 'associate', 'executive', 'managing', 'senior', 'technical', 'sporting', 'financial',
  'district', 'magistrate', 'circuit', 'bankruptcy',
  'finance', 'operating', 'operations', 'foreign', 'interior', 'health', 'defence', 'defense', 'home', 'prime',
  'first', 'attorney', 'incident', 'section', 'budget', 'communications', 'compliance', 'medical', 'press',
  'police', 'fire', 'state', 'general', 'deputy', 'principal', 'permanent', 'under', 'information', 'technology',
  'marketing', 'sales', 'legal', 'research', 'scientific', 'academic', 'public', 'affairs', 'union', 'city', 'county',
  'additional', 'joint', 'municipal',
  // Portfolios: an infrastructure minister is not the justice minister.
  'justice', 'infrastructure', 'transport', 'education', 'environment', 'energy', 'agriculture', 'economy', 'economic',
  'trade', 'labour', 'labor', 'culture', 'climate', 'housing', 'water', 'management', 'security', 'immigration',
  'cabinet', 'development', 'digital', 'science', 'tourism', 'sport', 'employment', 'welfare', 'treasury', 'industry', 'commerce',
  'relations', 'emergency', 'intelligence', 'safety', 'nuclear', 'national', 'external', 'corporate', 'regional', 'provincial',
]);
/** Offices named by their club or firm, never by a portfolio. */
const OWNED_HEADS = new Set(['coach', 'manager', 'captain', 'skipper', 'boss', 'chairman', 'chairwoman', 'chair', 'owner', 'founder', 'president', 'ceo', 'executive']);
/** Words that make another office of the same head: a deputy director is not the director. */
const RANK = new Set(['deputy', 'vice', 'assistant', 'associate', 'under', 'junior', 'co', 'additional', 'joint']);
/** Words that name some office or other: "Whitcombe boss" fits "manager". */
const GENERIC = new Set(['boss', 'chief', 'head', 'leader', 'official']);
/** "boss", or "Whitcombe boss": a generic office whose other words only name its owner ("police chief" is an office of its own). */
const isGeneric = (office: string) => {
  const words = office.split(/\s+/);
  return GENERIC.has(words.at(-1)!) && words.slice(0, -1).every((w) => !OFFICE_WORDS.has(w));
};
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev|reverend|father|sheikh|hon|the)\.?$/i;

/** Short forms newsrooms use for the same office or rank. */
function normaliseOffice(title: string): string {
  return title
    .toLowerCase()
    .replace(/\bvice\s+/g, 'vice-')
    // A judge presiding over this trial is still a judge; an acting mayor is the mayor for now.
    .replace(/\b(?:presiding|acting|interim|senior)\s+/g, '')
    .replace(/\bceo\b/g, 'chief executive')
    // "chief executive officer" is the chief executive; "chief operating officer" keeps its officer.
    .replace(/\bchief executive officer\b/g, 'chief executive')
    // Kenya's ministers are Cabinet Secretaries, "CS" in every paper there.
    .replace(/\bcs\b/g, 'cabinet secretary')
    .replace(/\bcfo\b/g, 'chief financial officer')
    .replace(/\bchair(?:man|woman|person)\b/g, 'chair')
    // "District Head" / "district chief": one post by either word.
    .replace(/(?<=\b(?!(?:deputy|vice|assistant|associate|acting|joint|co)\s)[a-z]+\s)head$/, 'chief')
    .replace(/\bspokes(?:man|woman)\b/g, 'spokesperson')
    .replace(/\bcouncil(?:man|woman|member|lor)\b/g, 'council member')
    .replace(/\blt\.?\s+col\.?\b/g, 'lieutenant colonel')
    .replace(/\bbrig\.?\s+gen\.?\b/g, 'brigadier general')
    .replace(/\bmaj\.?\s+gen\.?\b/g, 'major general')
    .replace(/\bgen\.?\b/g, 'general')
    .replace(/\bcol\.?\b/g, 'colonel')
    .replace(/\bcapt\.?\b/g, 'captain')
    .replace(/\blt\.?\b/g, 'lieutenant')
    .replace(/\bgov\.?\b/g, 'governor')
    .replace(/\bsen\.?\b/g, 'senator');
}

/** A title of an office no longer (or not yet) held: "former city councillor", "ex-minister". */
const NOT_HELD = /\b(?:former|ex|outgoing|incoming|late|then|would-be|elect)\b|-elect\b/i;

/**
 * Is a capitalised word of a title the office's owner rather than a word of the office? Owners
 * are bodies written short ("NZC", "CFUT"), nations ("Russian", "Australian") and places; a plain
 * word before the head is the portfolio ("Resources Minister", "Fisheries Minister"), which no
 * list of portfolios could hold in full.
 */
function ownerWord(w: string, k: number, words: readonly string[]): boolean {
  const bare = w.replace(/\.$/, '');
  // Written short ("NZC") or as a brand ("McKinsey"); a hyphenated portfolio ("Anti-Corruption") is no brand.
  if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(bare) || /\p{Ll}\p{Lu}/u.test(bare) || /\d/.test(bare)) return true;
  if (DEMONYMS.has(bare.toLowerCase()) || lookupPlace(bare).length > 0) return true;
  // Only a word that stands right before a word of the office can be its portfolio, and only an
  // office that has portfolios: a club's coach or a firm's chairman is named by whose it is
  // ("Ironclads coach", "Staufer chairman").
  const next = words[k + 1]?.toLowerCase().replace(/\.$/, '');
  if (next && OWNED_HEADS.has(next)) return true;
  return !next || !(OFFICE_HEADS.has(next) || OFFICE_WORDS.has(next));
}

/** The office a title names, or undefined for an honorific, a profession, a description or a past office. */
export function officeOf(title: string): string | undefined {
  if (NOT_HELD.test(title)) return undefined;
  const words = title.split(/\s+/).filter((w) => !HONORIFIC.test(w) && !/['’]s?$/.test(w));
  const kept = words.filter((w, k) => {
    const lw = w.toLowerCase().replace(/\.$/, '');
    // "NZC", "ISP", "Palnadu", "Russian": the owner of the office, not the office.
    // "Inspector-General", "Director-General": an office told in hyphenated parts.
    const parts = lw.split('-');
    if (/^\p{Lu}/u.test(w) && !OFFICE_WORDS.has(lw) && !OFFICE_WORDS.has(normaliseOffice(lw)) && !(parts.length > 1 && parts.every((x) => OFFICE_WORDS.has(x))) && ownerWord(w, k, words)) {
      // "Chief Public Relations Officer": a word between two words of an office is the office's.
      const inside = k > 0 && k < words.length - 1 && OFFICE_WORDS.has(words[k - 1]!.toLowerCase()) && OFFICE_WORDS.has(words[k + 1]!.toLowerCase());
      return inside || k === words.length - 1;
    }
    return true;
  });
  // "chief of staff", "head of state": offices whose "of" is part of their name, kept as written.
  const fixed = /^(?:(?:deputy|acting)\s+)?(?:chief of staff|head of state|head of government)$/i.exec(kept.join(' '));
  if (fixed) return fixed[0].toLowerCase();
  // "Minister of Infrastructure and Water Management" is the infrastructure and water management minister.
  // "Inspector-General of Police" is the police inspector-general.
  const ofForm = /^(.*?\b(?:minister|secretary|commissioner|director|general|inspector|superintendent|head|chief|executive|officer|regent|chair|president|spokesperson|spokesman|spokeswoman))\s+(?:of|for|at)\s+(?:the\s+)?(.+)$/i.exec(kept.join(' '));
  // "chief executive of KNH", "spokesman for Team High Tech Crime": the owner after "of" or "for"
  // is no part of the office, as the owner before it is not ("KNH chief executive").
  const owner = ofForm && ofForm[2]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !OFFICE_WORDS.has(w.toLowerCase()));
  const office = normaliseOffice(ofForm ? (owner ? ofForm[1]! : `${ofForm[2]} ${ofForm[1]}`) : kept.join(' ')).trim();
  const head = office.split(/\s+/).at(-1) ?? '';
  return OFFICE_HEADS.has(head) || OFFICE_HEADS.has(head.split('-').at(-1)!) || OFFICE_HEADS.has(office.split(/\s+/).slice(-2).join(' ')) ? office : undefined;
}

/** Can one person hold both titles at once, as the same post told more or less fully? */
export function sameOffice(a: string, b: string): boolean {
  if (a === b) return true;
  // "head" fits any office but its deputy's: a deputy head is not the head.
  if (isGeneric(a) || isGeneric(b)) {
    const [g, other] = isGeneric(a) ? [a, b] : [b, a];
    const generic = g.split(/\s+/).at(-1)!;
    const words = other.split(/\s+/);
    // A spokesperson or an adviser speaks for the head or counsels them; they are not the head.
    if (/^(?:spokesperson|adviser|advisor)$/.test(words.at(-1)!)) return false;
    // A deputy is not the head, the chief or the boss, of whatever is named after them;
    // an official may be either.
    const ranked = words.some((w) => RANK.has(w) || w.startsWith('vice-'));
    return !(ranked && (generic !== 'official' || words.at(-1) === generic));
  }
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // "infrastructure minister" is "infrastructure and water management minister" told short.
  if (short.at(-1) === long.at(-1) && short.every((w) => long.includes(w)) && long.includes('and')) return true;
  // "Varundi Superintendent of Police" / "Superintendent of Police": a word in between that is no
  // word of any office (the place the office is of) leaves the same post.
  if (short.at(-1) === long.at(-1) && short.length >= 2 && inOrder(short, long)) {
    const extra = long.filter((w) => !short.includes(w));
    if (extra.every((w) => !OFFICE_WORDS.has(w) && !OFFICE_HEADS.has(w) && !RANK.has(w) && !w.startsWith('vice-'))) return true;
  }
  if (long.slice(-short.length).join(' ') !== short.join(' ')) return false;
  return !long.slice(0, long.length - short.length).some((w) => RANK.has(w) || w.startsWith('vice-'));
}

/** Are the words of `short` in `long`, in the same order? */
function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** How many more or fewer words one name has than another: a rival of the same shape shows the fix word for word. */
const wordGap = (a: string, b: string) => Math.abs(a.split(/\s+/).length - b.split(/\s+/).length);

interface Usage {
  doc: number;
  spelling: string;
  titles: string[];
  span: Span;
}

function firstMentionOf(d: ResolvedDocument, spans: readonly Span[], spelling: string): Span | undefined {
  const last = spelling.split(/\s+/).at(-1)!.toLowerCase();
  return spans.find((s) => d.doc.text.slice(s.start, s.end).toLowerCase().includes(last)) ?? spans[0];
}

export default defineRule({
  id: 'name-mismatch',
  meta: {
    description: "Report a person's name spelled differently, or given a different office, than the other documents give it",
    defaultSeverity: 'warning',
    claims: ['mention'],
    options: {
      titles: { type: 'boolean', default: true, description: 'Also report an office title that differs from the one the other sources use' },
    },
    messages: {
      spelling: '"{{actual}}" is spelled "{{expected}}" in {{sources}}',
      title: '{{name}} is "{{actual}}" here but "{{expected}}" in {{sources}}',
    },
  },
  check(ctx, { titles }) {
    for (const g of ctx.graph.entities) {
      if (g.type !== 'person' || g.members.length < 2) continue;
      const usages = usagesOf(ctx, g);
      const sourcesUsing = (pred: (u: Usage) => boolean) => [...new Set(usages.filter((u) => pred(u) && ctx.documents[u.doc]!.doc.role === 'source').map((u) => u.doc))];
      const names = (docs: number[]) => docs.map((i) => sourceName(ctx.documents[i]!)).join(', ');

      // Spelling: full names that are one person but differ by a letter or two.
      const spellings = [...new Set(usages.map((u) => u.spelling).filter((s) => s.split(/\s+/).length >= 2))];
      // Sources agree with a spelling when they write the same name, more or less fully:
      // "Joseph Rono" votes with "Joseph Kiprotich Rono" against "Joseph Ronoh".
      const votes = new Map<string, number[]>();
      const votesFor = (s: string) => {
        let v = votes.get(s);
        if (!v) votes.set(s, (v = sourcesUsing((u) => u.spelling === s || (namesCompatible(u.spelling, s) && !nearlySameName(u.spelling, s)))));
        return v;
      };
      for (const spelling of spellings) {
        // The best-supported rival only: one report per misspelling.
        // "Medicare Summary Notice" / "Notices": a plural is a thing's name, not a person's misspelt.
        const rival = spellings
          .filter((o) => o !== spelling && nearlySameName(o, spelling) && o !== `${spelling}s` && spelling !== `${o}s`)
          .sort((a, b) => votesFor(b).length - votesFor(a).length || wordGap(a, spelling) - wordGap(b, spelling) || b.length - a.length)[0];
        if (rival) {
          const mine = votesFor(spelling);
          const theirs = votesFor(rival);
          // Report the minority spelling (drafts never vote). On a tie neither is known to be
          // right: the later document's spelling is reported, at info level.
          if (theirs.length < mine.length) continue;
          const tie = theirs.length === mine.length;
          if (tie && (Math.min(...usages.filter((x) => x.spelling === spelling).map((x) => x.doc)) < Math.min(...usages.filter((x) => x.spelling === rival).map((x) => x.doc)))) continue;
          // On a tie a draft that writes one of the two spellings follows a source: nothing to fix.
          for (const u of usages.filter((x) => x.spelling === spelling && !(tie && ctx.documents[x.doc]!.doc.role === 'draft'))) {
            const right = usages.find((x) => x.spelling === rival)!;
            const at = ctx.documents[u.doc]!.doc.text.slice(u.span.start, u.span.end);
            // "Gholam-Reza Sadeqi" against "Gholamreza Sadeghi": the hyphen is a style, the surname the error.
            const styled = (w: string | undefined) => w?.replace(/(?<=\p{L})[-'’](?=\p{L})/gu, '').toLowerCase();
            const wrongWord = spelling.split(/\s+/).find((w, i) => styled(w) !== styled(rival.split(/\s+/)[i]));
            const wordAt = wrongWord ? at.indexOf(wrongWord) : -1;
            const span = wordAt >= 0 ? { start: u.span.start + wordAt, end: u.span.start + wordAt + wrongWord!.length } : u.span;
            const replacement = wordAt >= 0 ? rival.split(/\s+/)[spelling.split(/\s+/).indexOf(wrongWord!)]! : rival;
            ctx.report({
              messageId: 'spelling',
              place: { doc: u.doc, span },
              ...(tie ? { severity: 'info' as const } : {}),
              data: { actual: spelling, expected: rival, sources: names(theirs) },
              related: usages.filter((x) => x.spelling === rival).map((x) => ({ doc: x.doc, span: x.span, message: `${sourceName(ctx.documents[x.doc]!)}: ${rival}` })),
              suggestions: [{ message: `Spell it as ${names(theirs)} ${theirs.length === 1 ? 'does' : 'do'}`, replacement, span }],
            });
            void right;
          }
        }
      }

      if (!titles) continue;
      // Office: the office each document gives the person, where it gives one.
      const officeOfUsage = (u: Usage) => u.titles.map(officeOf).find(Boolean);
      const offices = usages.map((u) => ({ u, office: officeOfUsage(u) })).filter((x): x is { u: Usage; office: string } => !!x.office);
      // Each office's support: the sources whose office is the same post, told however fully.
      const sourceOffices = offices.filter((x) => ctx.documents[x.u.doc]!.doc.role === 'source');
      // A generic office ("leader", "head") fits almost any other: where it fits two posts that
      // cannot be one, it votes for neither ("CFUT leader" settles nothing between "president"
      // and "General Secretary"); otherwise it votes as itself.
      const specific = [...new Set(sourceOffices.map((x) => x.office).filter((o) => !isGeneric(o)))];
      const voters = sourceOffices.filter((x) => {
        if (!isGeneric(x.office)) return true;
        const fits = specific.filter((o) => sameOffice(x.office, o));
        return !fits.some((o, i) => fits.some((p, k) => k > i && !sameOffice(o, p)));
      });
      const supportOf = (office: string) => [...new Set(voters.filter((x) => sameOffice(x.office, office)).map((x) => x.u.doc))];
      const ranked = [...new Set(voters.map((x) => x.office))]
        .map((office) => ({ office, docs: supportOf(office) }))
        // The best-supported office; among equals a specific one before a generic one, then the
        // earlier document's (a tie reports the later), then the fullest.
        .sort((a, b) => b.docs.length - a.docs.length || Number(isGeneric(a.office)) - Number(isGeneric(b.office)) || Math.min(...a.docs) - Math.min(...b.docs) || b.office.length - a.office.length);
      const top = ranked[0];
      if (!top) continue;
      const rival = ranked.find((r) => !sameOffice(r.office, top.office));
      // One source against one: neither is known right; the later one is reported, at info level.
      const tie = !!rival && rival.docs.length === top.docs.length;
      for (const { u, office } of offices) {
        if (sameOffice(office, top.office)) continue;
        ctx.report({
          messageId: 'title',
          place: { doc: u.doc, span: u.span },
          ...(tie ? { severity: 'info' as const } : {}),
          data: { name: g.canonical, actual: office, expected: top.office, sources: names(top.docs) },
          related: offices.filter((x) => sameOffice(x.office, top.office)).map((x) => ({ doc: x.u.doc, span: x.u.span, message: `${sourceName(ctx.documents[x.u.doc]!)}: ${x.office}` })),
        });
      }
    }
    reportGivenNames(ctx);
  },
});

interface Holder {
  /** The global entity. */
  id: string;
  docs: number[];
  spelling: string;
  given: string;
  family: string;
  offices: string[];
  usages: Usage[];
}

/** Where each document first names a person, how it spells them and the titles it gives them itself. */
function usagesOf(ctx: RuleContext, g: GlobalEntity): Usage[] {
  const usages: Usage[] = [];
  for (const { doc, entity } of g.members) {
    const d = ctx.documents[doc]!;
    const e = d.entities.find((x) => x.id === entity);
    if (!e) continue;
    const span = firstMentionOf(d, e.mentions, e.canonical);
    // Only what this document calls them: titles learned from the others would agree with anything.
    if (span) usages.push({ doc, spelling: e.canonical, titles: e.titles.filter((t) => !e.borrowedTitles?.includes(t)), span });
  }
  return usages;
}

/**
 * "Acting returning officer Janice Kershaw" in one report, "The acting returning officer, Janet
 * Kershaw" in another: a given name misheard is two entities to the alignment, which never merges
 * different given names. One surname, one office and given names alike at their start, in
 * documents that never name both, are one person whose given name one report got wrong.
 */
function reportGivenNames(ctx: RuleContext): void {
  const holders: Holder[] = [];
  for (const g of ctx.graph.entities) {
    if (g.type !== 'person') continue;
    const words = g.canonical.split(/\s+/);
    if (words.length !== 2) continue;
    const usages = usagesOf(ctx, g);
    const offices = new Set(usages.flatMap((u) => u.titles.map(officeOf)).filter((o): o is string => o !== undefined && !isGeneric(o)));
    if (usages.length === 0) continue;
    holders.push({ id: g.id, docs: [...new Set(usages.map((u) => u.doc))], spelling: g.canonical, given: words[0]!, family: words[1]!, offices: [...offices], usages });
  }
  // "Graham Whitcombe" in one report says the words "Graeme Whitcombe" says in another: whose
  // words they are tells one person as surely as one office does.
  const spokeAlike = (a: Holder, b: Holder) => ctx.graph.utterances.some((u) => u.members.some((m) => m.speaker === a.id) && u.members.some((m) => m.speaker === b.id));
  const isSource = (d: number) => ctx.documents[d]!.doc.role === 'source';
  for (const a of holders) {
    for (const b of holders) {
      if (a === b || a.family.toLowerCase() !== b.family.toLowerCase() || a.given === b.given) continue;
      if (a.docs.some((d) => b.docs.includes(d))) continue;
      const [ga, gb] = [a.given.toLowerCase(), b.given.toLowerCase()];
      if (Math.min(ga.length, gb.length) < 4 || ga.slice(0, 3) !== gb.slice(0, 3)) continue;
      if (!a.offices.some((x) => b.offices.some((y) => sameOffice(x, y))) && !spokeAlike(a, b)) continue;
      const [mine, theirs] = [a.docs.filter(isSource).length, b.docs.filter(isSource).length];
      // The minority spelling is reported; on a tie, the later document's, at info level.
      if (mine > theirs || (mine === theirs && Math.min(...a.docs) < Math.min(...b.docs))) continue;
      const tie = mine === theirs;
      for (const u of a.usages) {
        const at = ctx.documents[u.doc]!.doc.text.slice(u.span.start, u.span.end);
        const k = at.indexOf(a.given);
        const span = k >= 0 ? { start: u.span.start + k, end: u.span.start + k + a.given.length } : u.span;
        ctx.report({
          messageId: 'spelling',
          place: { doc: u.doc, span },
          ...(tie ? { severity: 'info' as const } : {}),
          data: { actual: a.spelling, expected: b.spelling, sources: b.docs.filter(isSource).map((d) => sourceName(ctx.documents[d]!)).join(', ') },
          related: b.usages.map((x) => ({ doc: x.doc, span: x.span, message: `${sourceName(ctx.documents[x.doc]!)}: ${b.spelling}` })),
          suggestions: [{ message: `Spell it as the other reports do`, replacement: b.given, span }],
        });
      }
    }
  }
}
