import type { Entity, ExtractedDocument, Mention, Quote, ResolvedDocument, Token } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';
import { BUSINESS_NOUNS, DEMONYMS, FEMALE_HONORIFICS, MALE_HONORIFICS, ORG_ROLE_NOUNS, PARTY_NAME, PERSON_ROLE_NOUNS, PRONOUNS, PUBLIC_BODY, SPEECH_NOUNS, STATE_BODY } from '../extract/lexicon.js';
import { EntityTable, initials, isGivenName, nameWords, type EntityDraft } from './entities.js';
import { mergeEpithets } from './epithets.js';
import { NameBook } from './name-book.js';
import { nearlySameName } from './spelling.js';

export { EntityTable, namesCompatible, surname, nameWords } from './entities.js';
export { NameBook, type BookEntry } from './name-book.js';

/** "the Maine Republican": a lawmaker of that party, known by the label after the name ("Annette Vollmer (R-Maine)"). */
const PARTY_HEADS = new Set(['republican', 'democrat', 'independent']);
const PARTY_LETTER: Record<string, string> = { R: 'republican', D: 'democrat', I: 'independent' };
const PARTY_LABEL_AFTER = /^(?:,\s*|\s*\()([RDI])-\p{Lu}/u;

function partyOf(e: EntityDraft, text: string): string | undefined {
  for (const s of e.mentions) {
    const m = PARTY_LABEL_AFTER.exec(text.slice(s.end, s.end + 6));
    if (m) return PARTY_LETTER[m[1]!];
  }
  return undefined;
}

const AGE_ROLE = /\b(\d{1,3})\s*-\s*year\s*-\s*old\b/;

const LEADER_NOUNS = new Set(['leader', 'head', 'chief', 'boss', 'strongman', 'premier', 'monarch', 'ruler']);
const SPOKESPERSON = /^(?:spokesperson|spokesman|spokeswoman|representative)$/;
const LEADER_TITLES = /\b(?:president|prime minister|chancellor|premier|king|queen|emir|sheikh|leader|first minister|pope|ayatollah)\b/i;
const RELATIVE_PRONOUN = /^(?:who|which|whose|where)$/i;
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** Nothing before a word in its sentence but white space and opening quote marks. */
const OPENING_ONLY = /^[\s"“‘'«„]*$/;
const TALKED_TO = /\b(?:chat(?:ted|ting)?|talk(?:ed|ing)?|sp(?:oke|eaking)|met|meet|asked|interviewed|caught up|got chatting)\s+(?:(?:to|with)\s+)?$/i;
const INVERTED_CUE_BEFORE = /,\s+(?:said|says|added|explained|noted|according to)\s+$/;
const TRAILING_CUE_AFTER = /^\s+(?:has\s+)?(?:said|says|told|tells|added|explained|confirmed|noted)\b/;
const SENTENCE_OPENER = /^[\s"“‘'«„]*(?:(?:\p{L}+ly|Afterwards|Later|Then|Earlier|Meanwhile|However|But|And|Still|Now|Yesterday|Today|Tonight|Also),?\s+)?$/u;
/** How close before a role an organisation's name counts as just named: about two sentences. */
const JUST_NAMED = 250;
const PREPOSITION_BEFORE = /\b(?:from|in|at|of|for|with|to|near|into|on|about|against|outside)\s+(?:the\s+)?$/i;
const OWNER_BEFORE = /(?<![\p{L}'’])\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s+$/u;

/** "'s answer", "'s line", "'s view": a possessor's words. */
const SPOKEN_AFTER = /^['’]s\s+(?:answer|line|argument|case|view|position|response|reply|message|pitch|promise|claim|defen[cs]e|explanation|verdict|comment|remarks?|words)\b/;

interface SalienceEvent {
  at: number;
  entity: EntityDraft;
}

/** Keeps the events in text order, a new one after those at the same place (as a stable sort would). */
function insertEvent(events: SalienceEvent[], event: SalienceEvent): void {
  let i = events.length;
  while (i > 0 && events[i - 1]!.at > event.at) i--;
  events.splice(i, 0, event);
}

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** Is the next word from `i` that is no adverb a verb ("The agency also issued")? */
function verbFollows(tokens: readonly Token[], i: number, end: number): boolean {
  while (i < end && tokens[i]!.pos === 'ADV') i++;
  return i < end && isVerb(tokens[i]!);
}

/** A clause opened by these words is an aside: "near where the storm came ashore". */
const SUBORDINATOR = /\b(?:where|when|while|as|after|before|because|since|although|though|which|who|that)\b/;

/** Sentence subjects among the name mentions: the mention nearest before the sentence's first verb. */
function subjectEvents(doc: ExtractedDocument, table: Map<number, EntityDraft>): SalienceEvent[] {
  const events: SalienceEvent[] = [];
  // Offsets inside a quote, marked once: a lookup instead of a scan of every quote.
  const quotedAt = new Uint8Array(doc.doc.text.length + 1);
  for (const q of doc.quotes) quotedAt.fill(1, q.span.start, q.span.end);
  const inQuote = (o: number) => quotedAt[o] === 1;
  // Mentions and sentences are both in text order: one pass hands each sentence its mentions.
  let next = 0;
  for (const s of doc.sentences) {
    while (next < doc.mentions.length && doc.mentions[next]!.span.start < s.span.start) next++;
    const inSentence: Mention[] = [];
    for (let k = next; k < doc.mentions.length && doc.mentions[k]!.span.start < s.span.end; k++) {
      if (doc.mentions[k]!.span.end <= s.span.end) inSentence.push(doc.mentions[k]!);
    }
    const relative: { start: number; end: number }[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
      if (doc.tokens[i]!.text !== ',' || !RELATIVE_PRONOUN.test(doc.tokens[i + 1]!.text)) continue;
      let k = i + 2;
      while (k < s.tokenEnd && doc.tokens[k]!.text !== ',') k++;
      relative.push({ start: doc.tokens[i]!.span.start, end: doc.tokens[Math.min(k, s.tokenEnd - 1)]!.span.end });
    }
    // An appositive after a name ("Carlos Quispe, head of Peru's Civil Defence Institute, said"):
    // the names inside describe the subject; they are not it.
    for (const m of inSentence) {
      if (!m.name) continue;
      // "The director general of Rhône Transit, Hélène de la Roche-Vasseur, defended …": a name in
      // an "of" phrase completes a role; the name set beside the role is the subject, not an aside.
      if (/\bof\s+(?:the\s+)?$/i.test(doc.doc.text.slice(Math.max(0, m.span.start - 8), m.span.start))) continue;
      // "In Sophiatown, Bongani Nkosi, 52, said": a place an opening phrase names has no appositive.
      if (PREPOSITION_BEFORE.test(doc.doc.text.slice(Math.max(0, m.span.start - 14), m.span.start))) continue;
      // "Jordan Whitfield, 34, a Mississauga man heading to a job interview in Vancouver, said":
      // appositives in a row, one opening on an article may hold a participle.
      let i = tokenIndexAt(doc.tokens, m.span.end);
      while (doc.tokens[i]?.text === ',') {
        let k = i + 1;
        const described = /^(?:a|an|the)$/i.test(doc.tokens[k]?.text ?? '');
        while (k < s.tokenEnd && k - i < 16 && doc.tokens[k]!.text !== ',' && (!isVerb(doc.tokens[k]!) || (described && doc.tokens[k]!.pos === 'VERB' && /(?:ing|ed)$/.test(doc.tokens[k]!.text)))) k++;
        if (!(k < s.tokenEnd && doc.tokens[k]!.text === ',' && k - i > 1)) break;
        relative.push({ start: doc.tokens[i]!.span.start, end: doc.tokens[k]!.span.end });
        i = k;
      }
    }
    // "Branagan's header was chalked off": a possessor is not the subject; nor is a name
    // inside ", who travelled from Gdańsk for the verdict,".
    const candidates = inSentence.filter(
      (m) =>
        !inQuote(m.span.start) &&
        !relative.some((r) => r.start <= m.span.start && m.span.end <= r.end) &&
        table.has(m.span.start) &&
        !POSSESSIVE_AFTER.test(doc.doc.text.slice(m.span.end, m.span.end + 2)),
    );
    // A preposition before a role word only ("leader in council Riaan Pretorius") governs the role, not the person.
    const governed = (m: Mention) => PREPOSITION_BEFORE.test(doc.doc.text.slice(Math.max(0, m.span.start - 14), m.span.start)) && !(m.role && m.name && /^\p{Ll}/u.test(m.text) && !m.titles.length);
    // "at her home in Roundstone, Co Galway, following …": a place set after a place the
    // preposition governs is governed with it.
    const afterPreposition = (m: Mention): boolean => {
      if (governed(m)) return true;
      if (table.get(m.span.start)?.type !== 'place') return false;
      const prev = inSentence.filter((x) => x.span.end <= m.span.start).at(-1);
      return prev !== undefined && /^,\s*$/.test(doc.doc.text.slice(prev.span.end, m.span.start)) && table.get(prev.span.start)?.type !== 'person' && governed(prev);
    };
    let found = false;
    // "…, the fire jumped the river, said Mara Lindqvist, a spokeswoman": the person an
    // inverted reporting cue names is the one in focus, whatever the reported clause's subject.
    // Not "said Republicans would fight": a name with its own verb after it is the reported clause's subject.
    const reporter = candidates.find(
      (m) => table.get(m.span.start)?.type === 'person' && INVERTED_CUE_BEFORE.test(doc.doc.text.slice(Math.max(0, m.span.start - 12), m.span.start)) && !isVerb(doc.tokens[tokenIndexAt(doc.tokens, m.span.end)] ?? doc.tokens[0]!),
    );
    // "Among the residents who stayed up was Pauline Briggs, 67, a retired school cook": a
    // person brought in after an inverted "was", with an age or a description, is the one in
    // focus for the quote that follows.
    // "KNH has received 38 people, KNH spokesperson Faith Mwende told Kilele FM.": the reporting
    // clause closing the sentence names who is in focus, whatever the reported clause's subject.
    const trailing =
      reporter ??
      candidates.find((m) => {
        if (table.get(m.span.start)?.type !== 'person' || !TRAILING_CUE_AFTER.test(doc.doc.text.slice(m.span.end, m.span.end + 14))) return false;
        const k = tokenIndexAt(doc.tokens, m.span.start);
        let c = k - 1;
        while (c > s.tokenStart && doc.tokens[c]!.text !== ',' && !isVerb(doc.tokens[c]!)) c--;
        return c > s.tokenStart && doc.tokens[c]!.text === ',' && doc.tokens.slice(s.tokenStart, c).some(isVerb);
      });
    // "According to Sharmin Sultana, senior station officer, the launch lay in 60 feet of water.":
    // the person a sentence opens by citing is the one in focus, whatever the clause's subject.
    const cited =
      candidates.find((m) => table.get(m.span.start)?.type === 'person' && /^\s*According to\s+$/i.test(doc.doc.text.slice(s.span.start, m.span.start))) ??
      // "Kerridge's answer is that the Budget pays its own way. She insists …": whose words the
      // sentence opens with is the one in focus, though a possessor is no subject.
      inSentence.find((m) => m.span.start === s.span.start && table.get(m.span.start)?.type === 'person' && SPOKEN_AFTER.test(doc.doc.text.slice(m.span.end, m.span.end + 24)));
    const introduced =
      trailing ??
      cited ??
      candidates.find(
        (m) =>
          table.get(m.span.start)?.type === 'person' &&
          /\b(?:was|were|is|are)\s+$/.test(doc.doc.text.slice(Math.max(0, m.span.start - 6), m.span.start)) &&
          /^,\s+(?:\d{1,3},|an?\s|the\s)/.test(doc.doc.text.slice(m.span.end, m.span.end + 8)),
      );
    if (introduced) {
      events.push({ at: introduced.span.start, entity: table.get(introduced.span.start)! });
      found = true;
    }
    // "The agency also issued an alert about equipment made by Calder Networks": a role opening
    // the sentence is its subject (put in focus once resolved); no name later in it is.
    const roleOpens = inSentence.some((m) => !m.name && !m.pronoun && m.role !== undefined && m.span.start >= s.span.start && SENTENCE_OPENER.test(doc.doc.text.slice(s.span.start, m.span.start)) && verbFollows(doc.tokens, tokenIndexAt(doc.tokens, m.span.end), s.tokenEnd));
    if (roleOpens) found = true;
    // The subject is the name nearest before the first verb that has one close by:
    // "Speaking first in French, Beaudoin promised …" skips the participle.
    for (let i = s.tokenStart; i < s.tokenEnd && !found; i++) {
      const t = doc.tokens[i]!;
      if (!isVerb(t) || inQuote(t.span.start)) continue;
      if (candidates.length === 0) continue;
      const before = candidates.filter((m) => m.span.end <= t.span.start);
      let k = before.length - 1;
      // "Brigadier General Mahbub Chowdhury of the Fire Service and Civil Defence said": the
      // subject is the head name, not the names in its "of …" phrase or a conjunct.
      while (k > 0) {
        const between = doc.doc.text.slice(before[k - 1]!.span.end, before[k]!.span.start);
        // "Joost Mulder of the foundation Privacy Eerst said": a common noun may name the body's kind.
        if (!/^\s*(?:,\s*)?(?:of|at|for|from|and|with)(?:\s+the)?(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*$/iu.test(between)) break;
        k--;
      }
      // "Elisabeth Kofler, 52, a teacher from Brunico, was …": the object of a preposition is no subject.
      while (k > 0 && afterPreposition(before[k]!)) k--;
      // "At the tram stop on Avenue Berthelot I got chatting": every name before the verb is a preposition's; a later verb may
      // still have its subject ("In Binh Son, near where the storm came ashore, Nguyen Thi Hoa said").
      if (before[k] && afterPreposition(before[k]!)) {
        const opener = doc.tokens.slice(s.tokenStart, i).map((x) => x.text.toLowerCase());
        if (SUBORDINATOR.test(opener.slice(opener.lastIndexOf(',') + 1).join(' '))) continue;
        break;
      }
      const m = before[k];
      const e = m && table.get(m.span.start);
      if (!m || !e) continue;
      // "The mayor also warned Copper State against disconnecting …": a name right after a verb is
      // its object, not the subject of a verb after it.
      const prior = doc.tokens[tokenIndexAt(doc.tokens, m.span.start) - 1];
      if (prior && prior.pos === 'VERB' && tokenIndexAt(doc.tokens, m.span.start) - 1 >= s.tokenStart) continue;
      let gap = doc.tokens.slice(tokenIndexAt(doc.tokens, m.span.end), i).filter((x) => !inQuote(x.span.start));
      // "Ocampo, who speaks through an interpreter, saw it differently": step over the clause.
      const firstComma = gap.findIndex((x) => x.text === ',');
      const lastComma = gap.map((x) => x.text).lastIndexOf(',');
      if (firstComma === 0 && lastComma > 0) gap = gap.slice(lastComma + 1);
      // Only adverbs, commas and short time phrases may stand between subject and verb.
      // A verb inside ", who …" belongs to a relative clause, not to the sentence's subject.
      // "… in Roundstone, Co Galway, her family said": a pronoun or possessive between the name
      // and the verb opens the verb's own subject.
      if (gap.length <= 8 && !gap.some(isVerb) && !gap.some((x) => /^(?:who|which|that|whose|he|she|they|we|his|her|their|its|our)$/i.test(x.text))) {
        events.push({ at: m.span.start, entity: e });
        found = true;
        break;
      }
    }
    // "Franziska Mair of the provincial geology office estimates that …": when the tagger
    // misses the verb, a person's name opening the sentence is still its subject.
    const opener = candidates[0];
    const person = opener && table.get(opener.span.start);
    if (!found && opener && person?.type === 'person' && OPENING_ONLY.test(doc.doc.text.slice(s.span.start, opener.span.start))) {
      events.push({ at: opener.span.start, entity: person });
      found = true;
    }
    // "Jang Min-seok's 79-year-old mother died …. He told NSB News": with no named subject,
    // the person whose possession opens the sentence is the one in focus.
    const owner = inSentence[0];
    const ownerEntity = owner && table.get(owner.span.start);
    if (!found && owner && ownerEntity?.type === 'person' && OPENING_ONLY.test(doc.doc.text.slice(s.span.start, owner.span.start)) && POSSESSIVE_AFTER.test(doc.doc.text.slice(owner.span.end, owner.span.end + 2))) {
      events.push({ at: owner.span.start, entity: ownerEntity });
      found = true;
    }
    // "I spoke to season-ticket holder Martin Keogh on the train home. '…,' he said": with the
    // writer as subject, the person the sentence names is the one in focus.
    // (The writer may come after an opening phrase: "At the tram stop on Avenue Berthelot I got chatting to Aurélie.")
    const writer = /(?:^[\s"“‘'«„]*|[\p{Ll},]\s+)(?:I|We)\s+\p{Ll}/u.exec(doc.doc.text.slice(s.span.start, s.span.end));
    if (!found && writer) {
      // The person named after the writer ("… I got chatting to Aurélie"), not a street before.
      const after = s.span.start + writer.index;
      // Someone the writer spoke with: a person, or a name after a verb of talking or meeting
      // ("chatting to Aurélie", "I met Aurélie") — not a place one went down to.
      const personLike = (m: Mention) => {
        const e = table.get(m.span.start);
        if (!e || e.type === 'organisation' || e.type === 'place') return false;
        return e.type === 'person' || TALKED_TO.test(doc.doc.text.slice(Math.max(s.span.start, m.span.start - 30), m.span.start));
      };
      const m = candidates.find((x) => x.span.start > after && personLike(x)) ?? candidates.find(personLike);
      if (m) events.push({ at: m.span.start, entity: table.get(m.span.start)! });
    }
    // "For Whitaker, the sentence brings some relief, but not closure. '…,' she said": a sentence
    // whose subject is no one's, opening on a phrase about one person, puts that person in focus.
    const about = inSentence[0];
    const aboutEntity = about && table.get(about.span.start);
    if (!found && !writer && about && aboutEntity?.type === 'person' && ABOUT_OPENING.test(doc.doc.text.slice(s.span.start, about.span.start)) && /^\s*,/.test(doc.doc.text.slice(about.span.end, about.span.end + 2))) {
      events.push({ at: about.span.start, entity: aboutEntity });
      found = true;
    }
    // "The field belongs to Richard Bellamy, whose family has owned land there since 1931. '…,' he
    // said": a sentence whose subject is no one, bringing in one person by full name for the
    // first time, puts that newcomer in focus.
    // ("He also ruled out the departure of Kofi Mensah": a pronoun subject keeps the focus.)
    if (!found && !writer && !PRONOUN_OPENING.test(doc.doc.text.slice(s.span.start, s.span.end))) {
      const newcomers = candidates.filter((m) => {
        const e = table.get(m.span.start);
        return e?.type === 'person' && m.name !== undefined && nameWords(m.name).length >= 2 && e.mentions[0]?.start === m.span.start;
      });
      const people = inSentence.filter((m) => table.get(m.span.start)?.type === 'person' && !inQuote(m.span.start));
      if (newcomers.length === 1 && people.length === 1) events.push({ at: newcomers[0]!.span.start, entity: table.get(newcomers[0]!.span.start)! });
    }
  }
  return events;
}

/** A sentence whose subject is a pronoun, after at most an opening phrase: "He also ruled out …", "On Friday, she said …". */
const PRONOUN_OPENING = /^[\s"“‘'«„]*(?:[\p{L}\d ]{0,30},\s*)?(?:he|she|they|we|i)\b/iu;

/**
 * "One European negotiator, who asked not to be named, put it more plainly. '…,' he said": a
 * sentence whose subject is an unnamed person ("one European negotiator", "a senior official",
 * "I asked a young Kenyan delegate") brings someone new into focus, whom the next pronoun means,
 * not the named person before. The description becomes an anonymous entity of its document.
 */
function anonymousSubjects(doc: ExtractedDocument, salience: SalienceEvent[], table: EntityTable): void {
  const quoted = doc.quotes.map((q) => q.span);
  // A lead withholds names it gives later ("A Nigerian federal judge on Thursday ordered …"):
  // its unnamed people are not new to the story.
  const lead = doc.blocks.find((b) => b.kind === 'paragraph');
  for (const s of doc.sentences) {
    if (lead && s.span.start < lead.span.end) continue;
    const text = doc.doc.text.slice(s.span.start, s.span.end);
    const m = UNNAMED_SUBJECT.exec(text);
    if (!m) continue;
    // The description runs to its first person noun: "One European negotiator", "a young Kenyan delegate".
    const words = m[1]!.split(/\s+/);
    const head = words.findIndex((w, i) => i > 0 && PERSON_ROLE_NOUNS.has(w.toLowerCase()));
    if (head < 0) continue;
    const phrase = words.slice(0, head + 1).join(' ');
    // "an ICC spokesperson" speaks for the body it names; only nationalities may be capitalised.
    if (words.slice(1, head).some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w.toLowerCase()))) continue;
    const from = m.index + m[0].length - m[1]!.length;
    const at = s.span.start + from;
    const after = text.slice(from + phrase.length);
    // "A Nigerian federal judge, Halima Bello-Sanni, ruled", "I asked a local doctor, Ana Ruiz, …":
    // the name in apposition is the person, met as a name.
    if (/^\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*,/u.test(after)) continue;
    // Only the subject: a verb, or ", who", follows ("Asked about his late father, a former
    // amateur player, the coach became emotional" names the father, not the subject); the writer's
    // interviewee is the exception.
    const next = doc.tokens[tokenIndexAt(doc.tokens, at + phrase.length)];
    const writers = /\bI\s+\S+(?:\s+to)?\s+$/.test(text.slice(0, from));
    if (!writers && !/^\s*,\s*(?:who|whose)\b/.test(after) && !(next && next.span.start >= at + phrase.length && isVerb(next))) continue;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    // A named person the sentence makes its subject keeps the focus.
    if (salience.some((e) => e.at >= s.span.start && e.at < s.span.end && e.entity.type === 'person')) continue;
    // "The agency said it would examine the study. A spokesperson said …": the body's own voice,
    // which resolving the role finds; no new person.
    if (head === 1 && SPOKESPERSON.test(words[1]!.toLowerCase()) && bodyInFocus(salience, at)) continue;
    const description = phrase.replace(/^(?:One|A|An|Another)\b/, (w) => w.toLowerCase());
    const entity = table.ensure({ span: { start: at, end: at + phrase.length }, text: phrase, name: description, titles: [], role: words[head]!.toLowerCase(), type: 'person' });
    insertEvent(salience, { at, entity });
  }
}

/** A sentence opening on an unnamed person, or a writer's sentence about one: "One European negotiator, who …", "I asked a young Kenyan delegate". */
const UNNAMED_SUBJECT = /^[\s"“‘'«„]*(?:[^,.]{0,60},\s*)?(?:I\s+(?:asked|spoke\s+to|talked\s+to|met)\s+)?((?:One|one|A|a|An|an|Another|another)(?:\s+[\p{L}-]+){1,5})/u;

/** "For Whitaker, …", "To Ms Salas, …": a sentence opening on a phrase about one person. */
const ABOUT_OPENING = /^[\s"“‘'«„]*(?:For|To|Like|Unlike)\s+$/;

const ACRONYM = /^[A-Z]{2,5}$/;

/** The person met before `at` whose title's initials begin with `acronym`, if exactly one. */
function officeHolder(table: EntityTable, acronym: string, at: number): EntityDraft | undefined {
  if (table.entities.some((e) => e.type === 'organisation' && e.aliases.some((a) => a !== acronym && initials(a) === acronym) && e.mentions.some((s) => s.start < at))) return undefined;
  const holders = table.entities.filter(
    (e) => e.type === 'person' && e.mentions.some((s) => s.start < at) && e.titles.some((t) => initials(t).startsWith(acronym)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * The organisation just in focus before `at`, when the latest event is one and was met within
 * `JUST_NAMED`: whom "A spokesperson said" speaks for.
 */
function bodyInFocus(salience: readonly SalienceEvent[], at: number): EntityDraft | undefined {
  let latest: SalienceEvent | undefined;
  for (const e of salience) if (e.at < at && (!latest || e.at > latest.at)) latest = e;
  return latest?.entity.type === 'organisation' && at - latest.at < JUST_NAMED ? latest.entity : undefined;
}

/**
 * "NH: It's the best day of my life": an interview set out as questions and answers labels the
 * answers with the initials of the one person named before who has them.
 */
function initialledPerson(table: EntityTable, acronym: string, at: number): EntityDraft | undefined {
  if (acronym.length > 3 || table.entities.some((e) => e.type !== 'person' && e.aliases.includes(acronym))) return undefined;
  const people = table.entities.filter(
    (e) => e.type === 'person' && e.mentions.some((s) => s.start < at) && e.aliases.some((a) => nameWords(a).length === acronym.length && initials(a) === acronym),
  );
  return people.length === 1 ? people[0] : undefined;
}

const GENDERED_PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/i;

/**
 * "Ngatinem, 64, fled with her grandchildren", "Sutrisno … said he had fled": a name no list
 * knows the gender of takes it from the first pronoun its own sentence uses after it, when no
 * one else is mentioned in between.
 */
function learnGenderFromPronouns(doc: ExtractedDocument, byMention: ReadonlyMap<number, EntityDraft>): void {
  const text = doc.doc.text;
  let s = 0;
  doc.mentions.forEach((m, k) => {
    const e = byMention.get(m.span.start);
    // "Jang Min-seok's mother … her flat": after a possessive the pronoun is the possessed one's.
    if (!e || e.gender !== 'unknown' || e.type !== 'person' || POSSESSIVE_AFTER.test(text.slice(m.span.end, m.span.end + 3))) return;
    while (s < doc.sentences.length && doc.sentences[s]!.span.end <= m.span.start) s++;
    const sentence = doc.sentences[s];
    if (!sentence) return;
    const next = doc.mentions[k + 1];
    const to = Math.min(sentence.span.end, next && next.type !== 'place' ? next.span.start : Infinity);
    const p = GENDERED_PRONOUN.exec(text.slice(m.span.end, to));
    if (p) e.gender = p[1] ? 'male' : 'female';
  });
}

/** Is a person's gender stated (an honorific) rather than guessed from a given name? */
function genderStated(e: EntityDraft): boolean {
  return e.titles.some((t) => MALE_HONORIFICS.has(t.toLowerCase()) || FEMALE_HONORIFICS.has(t.toLowerCase()));
}

const COUNTED_GROUP = /^(?:\d[\d,]*|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Some|Most|Both|All|Few|Dozens|Hundreds|Thousands)\s/;

function compatibleWithPronoun(e: EntityDraft, pronoun: string): boolean {
  const kind = PRONOUNS.get(pronoun);
  // A lone capitalised word of unknown type ("Turnout", "Lima") is no antecedent for he or she.
  // A lone given name the name lists know ("Aurélie, a 34-year-old nurse") is someone.
  // A counted group ("Four Republicans", "Several Democrats") is no one person, however typed.
  const personLike = !COUNTED_GROUP.test(e.canonical) && (e.type === 'person' || (e.type === 'unknown' && (e.canonical.split(/\s+/).length >= 2 || e.gender !== 'unknown')));
  if (kind === 'male') return personLike && e.gender !== 'female';
  if (kind === 'female') return personLike && e.gender !== 'male';
  if (kind === 'neuter') return e.type !== 'person';
  if (kind === 'plural') return e.type !== 'person';
  return false;
}

function resolveRole(m: Mention, table: EntityTable, at: number, salience: SalienceEvent[], book?: NameBook, text = ''): EntityDraft | undefined {
  const words = (m.role ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const head = words.at(-1)?.replace(/^.*-(?=year-old$)/, '') ?? '';
  const titles = m.titles.map((t) => t.toLowerCase());
  const seenBefore = (e: EntityDraft) => e.mentions.some((s) => s.start < at);
  const recency = (e: EntityDraft) => {
    const sal = salience.filter((s) => s.entity === e && s.at < at).at(-1)?.at ?? -1;
    const last = Math.max(-1, ...e.mentions.filter((s) => s.start < at).map((s) => s.start));
    return Math.max(sal, last);
  };
  if (m.type === 'organisation' || ORG_ROLE_NOUNS.has(head)) {
    const orgs = table.entities.filter((e) => e.type === 'organisation' && seenBefore(e));
    // Described before as this ("the aid agency"), or named so ("the ministry" for the Ministry of …).
    const described = orgs.filter((e) => e.roles.some((r) => r.split(' ').includes(head)) || nameWords(e.canonical).some((w) => w.toLowerCase() === head));
    // "Italy's infrastructure ministry said": an organisation named by whose it is, not the
    // last one met (the wire service in the dateline).
    const owner = described.length === 0 ? OWNER_BEFORE.exec(text.slice(Math.max(0, m.span.start - 40), m.span.start)) : null;
    if (owner) {
      const span = { start: m.span.start - owner[0].length, end: m.span.end };
      const name = text.slice(span.start, span.end);
      return table.ensure({ span, text: name, name, titles: [], type: 'organisation' });
    }
    // "the family said": the family the story named ("the Devane family"), or nobody — never
    // the record label last named.
    if (/^famil(?:y|ies)$/.test(head)) return described.sort((a, b) => recency(b) - recency(a))[0];
    // "the Dutch government said", "the Iranian foreign ministry": a state body named by its
    // nation is a body of its own, not the last organisation met.
    if (described.length === 0 && STATE_BODY.test(head) && m.nationality) {
      const name = m.text.replace(/^the\s+/i, '');
      return table.ensure({ span: m.span, text: m.text, name: name.charAt(0).toUpperCase() + name.slice(1), titles: [], type: 'organisation' });
    }
    if (described.length === 0 && STATE_BODY.test(head)) {
      // "The ministry said": the one ministry the other outlets name, or nobody — never the
      // broadcaster or company last named.
      const named = book?.entries.filter((b) => b.type === 'organisation' && nameWords(b.name).some((w) => w.toLowerCase() === head));
      return named?.length === 1 ? table.ensure({ span: m.span, text: m.text, name: named[0]!.name, titles: [], type: 'organisation' }) : undefined;
    }
    // "the company" is no ministry: a business noun skips public bodies.
    const fitting = BUSINESS_NOUNS.has(head) ? orgs.filter((e) => !PUBLIC_BODY.test(e.canonical)) : orgs;
    // One just named ("Danish retailer Nordhaven said … the company said") is meant before
    // one called so paragraphs ago.
    const latest = [...fitting].sort((a, b) => recency(b) - recency(a))[0];
    if (latest && recency(latest) >= at - JUST_NAMED) return latest;
    const pool = described.length ? described : fitting;
    return pool.sort((a, b) => recency(b) - recency(a))[0];
  }
  // A party's name alone ("the swing from Conservative to …") is nobody.
  const people = table.entities.filter((e) => (e.type === 'person' || e.type === 'unknown') && seenBefore(e) && !PARTY_NAME.test(e.canonical));
  // "the new MP" is not the one the story called its MP before: that was the last one.
  const newHolder = /\b(?:new|newly[- ]elected|incoming)\s+(?:\S+\s+)?\S+$/i.test(m.text);
  const age = AGE_ROLE.exec(m.role ?? '')?.[1];
  // "the rescue chief", "the union leader": a head of something named, not of the state; only
  // "the leader" or "the Russian leader" is the president or prime minister.
  // A nationality is capitalised ("the Guatemalan leader"); what a head leads is not ("rescue").
  const modifiedLeader = m.text.split(/\s+/).slice(0, -1).some((w) => /^\p{Ll}/u.test(w) && !/^(?:the|a|an|former|then|new|veteran|longtime|embattled|outgoing)$/.test(w) && !DEMONYMS.has(w));
  const scored = (newHolder ? [] : people)
    .map((e) => {
      const et = e.titles.map((t) => t.toLowerCase());
      if (m.nationality && e.nationality && m.nationality !== e.nationality) return { e, score: -1 };
      // "the 31-year-old" is no one the story gave another age: ages name people, "old" does not.
      if (age) {
        const ages = e.roles.map((r) => AGE_ROLE.exec(r)?.[1]).filter(Boolean);
        if (ages.length > 0) return { e, score: ages.includes(age) ? 4 : -1 };
        return { e, score: 0 };
      }
      let score = 0;
      // The title itself, or a longer one holding it whole ("the Chief Minister" is the "Chief
      // Minister Sindh", not a provincial minister met since), outranks a title sharing its head.
      if (titles.some((t) => et.includes(t) || (t.includes(' ') && et.some((x) => ` ${x} `.includes(` ${t} `))))) score += 4;
      else if (et.some((t) => t.split(' ').includes(head) || t === words.slice(-2).join(' '))) score += 3;
      else if (e.roles.some((r) => r.split(' ').includes(head))) score += 2;
      else if (LEADER_NOUNS.has(head) && !modifiedLeader && (et.some((t) => LEADER_TITLES.test(t)) || e.roles.some((r) => LEADER_TITLES.test(r)))) score += 2;
      else if (PARTY_HEADS.has(head) && partyOf(e, text) === head) score += 2;
      if (m.nationality && e.nationality === m.nationality) score += 1;
      return { e, score };
    })
    .filter((x) => x.score >= 2);
  scored.sort((a, b) => b.score - a.score || recency(b.e) - recency(a.e));
  if (scored[0]) return scored[0].e;
  // Nobody here fits, but the rest of the story names exactly one person with this title.
  const fits = book?.entries.filter(
    (b) => b.type !== 'organisation' && titles.length > 0 && b.titles.some((t) => titles.includes(t.toLowerCase())) && (!m.nationality || !b.nationality || b.nationality === m.nationality),
  );
  if (fits && fits.length === 1) {
    const b = fits[0]!;
    // "the chairman" here is the "Dang Van Thuan" this document names, whom the others spell
    // "Dang Van Tuan": a spelling of the one name, not a second person.
    const spelt = table.entities.filter((x) => x.type !== 'organisation' && x.type !== 'place' && nearlySameName(x.canonical, b.name));
    const e = spelt.length === 1 ? spelt[0]! : table.ensure({ span: m.span, text: m.text, name: b.name, titles: m.titles, type: 'person', ...(b.nationality ? { nationality: b.nationality } : {}) });
    // What the other documents call them is theirs, not this document's (`name-mismatch` reads only its own).
    for (const t of b.titles) {
      if (e.titles.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
      e.titles.push(t);
      (e.borrowedTitles ??= []).push(t);
    }
    return e;
  }
  // "The Medicines Safety Agency said it would examine the study. A spokesperson said: …": a
  // spokesperson no one names speaks for the body just in focus.
  if (/^an?\s/i.test(m.text) && SPOKESPERSON.test(head)) {
    const body = bodyInFocus(salience, at);
    if (body) return body;
  }
  // A description with no title to match ("the 47-year-old Argentine", "the veteran")
  // refers, like a pronoun, to the person most recently in focus. "A Russian official said"
  // brings in someone new: no one before.
  if (!/^an?\s/i.test(m.text)) {
    const focus = salience
      .filter((s) => s.at < at && (s.entity.type === 'person' || (s.entity.type === 'unknown' && s.entity.canonical.includes(' '))))
      .filter((s) => !m.nationality || !s.entity.nationality || s.entity.nationality === m.nationality)
      .sort((a, b) => b.at - a.at)[0];
    // "One passenger fractured an ankle" then "The commander told investigators": someone the
    // story only described is not someone else described another way.
    const described = focus && /^\p{Ll}/u.test(focus.entity.canonical) && head !== '' && !focus.entity.roles.some((r) => r.split(' ').includes(head));
    if (focus && !described) return focus.entity;
  }
  return undefined;
}

/** Does `name` name the entity: one of its aliases, or a name sharing its last word ("Carr" / "Helen Carr")? */
function sharesName(e: EntityDraft, name: string): boolean {
  const last = (n: string) => nameWords(n).at(-1)?.toLowerCase();
  return e.aliases.some((a) => a.toLowerCase() === name.toLowerCase() || last(a) === last(name));
}

/**
 * Stage 5: entities of one document and the speaker of every quote. Pronouns
 * resolve to the most recent compatible sentence subject or speaker (subjects
 * outrank objects, as readers expect), role descriptions to the entity whose
 * title, role or nationality fits, names to the entity they abbreviate.
 */
export function resolveDocument(doc: ExtractedDocument, book: NameBook = new NameBook()): ResolvedDocument {
  const table = new EntityTable((name) => book.documentsNaming(name));
  const byMention = table.addMentions(doc.mentions);
  // What the other documents say of these people: titles and nationality.
  for (const e of table.entities) {
    const entry = book.lookup(e.canonical);
    if (!entry) continue;
    if (entry.nationality && !e.nationality) e.nationality = entry.nationality;
    // A document that only ever says "Dahl" (or "Agnieszka") still means the person the others name in full.
    if (nameWords(e.canonical).length === 1 && nameWords(entry.name).length > 1 && e.type !== 'organisation' && e.type !== 'place') {
      if (!e.aliases.includes(entry.name)) e.aliases.push(entry.name);
      e.canonical = entry.name;
    }
    for (const t of entry.titles) {
      if (e.titles.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
      e.titles.push(t);
      (e.borrowedTitles ??= []).push(t);
    }
    if (e.type === 'unknown' || (entry.type === 'organisation' && e.type === 'person' && e.titles.length === 0)) e.type = entry.type;
  }
  // "Pine Hollow, he said, …": a name the document's values read as a place where it stands ("in
  // Pine Hollow") is a place, which no "he" means, unless a title or a given name makes it someone.
  const placeNames = new Set(doc.values.filter((v) => v.kind === 'place').map((v) => String(v.value).toLowerCase()));
  for (const e of table.entities) {
    if (e.type === 'person' && e.titles.length === 0 && e.aliases.some((a) => nameWords(a).length >= 2 && placeNames.has(a.toLowerCase())) && !isGivenName(nameWords(e.canonical)[0] ?? '')) e.type = 'place';
  }
  learnGenderFromPronouns(doc, byMention);
  const salience = subjectEvents(doc, byMention);
  // "The Belém Bullet, 27," and "Big Marc" are nicknames of people the story names in full.
  const nicknamed = mergeEpithets(doc, table, salience);
  if (nicknamed.size > 0) {
    for (const s of salience) s.entity = nicknamed.get(s.entity) ?? s.entity;
    for (const [at, e] of byMention) byMention.set(at, nicknamed.get(e) ?? e);
  }
  anonymousSubjects(doc, salience, table);
  // Role descriptions in the writer's words teach the table who is who: after
  // "the Syrian leader" resolves to Assad, "the Russian leader" cannot be him.
  // "The gaffer didn't …", "Afterwards the governor said …": a role opening its sentence,
  // after at most an adverb of time or manner, is the subject.
  const opensSentence = (at: number) => {
    const s = doc.sentences.find((x) => x.span.start <= at && at < x.span.end);
    return s !== undefined && SENTENCE_OPENER.test(doc.doc.text.slice(s.span.start, at));
  };
  const resolveRoleMention = (m: Mention) => {
    const e = resolveRole(m, table, m.span.start, salience, book, doc.doc.text);
    if (!e) return;
    if (m.nationality && !e.nationality) e.nationality = m.nationality;
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    e.mentions.push(m.span);
    // "The gaffer didn't hold back." makes the manager the one in focus; "… and the
    // Syrian leader had to go" in a reported clause does not.
    if (opensSentence(m.span.start)) {
      insertEvent(salience, { at: m.span.start, entity: e });
    }
    e.mentions.sort((a, b) => a.start - b.start);
  };
  // Blocks are in text order: a binary search finds the one holding an offset.
  const blockOf = (at: number) => {
    let lo = 0;
    let hi = doc.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = doc.blocks[mid]!;
      if (at < b.span.start) hi = mid - 1;
      else if (at >= b.span.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const resolvedQuotes: Quote[] = [];
  const speakerOf = new Map<string, EntityDraft | undefined>();

  const resolveMention = (m: Mention, at: number): EntityDraft | undefined => {
    if (m.pronoun) {
      const events = salience.filter((s) => s.at < at).sort((a, b) => b.at - a.at);
      const compatible = events.filter((s) => compatibleWithPronoun(s.entity, m.pronoun!));
      // "she" skips the latest candidate when its gender is unknown and the one before it is a
      // known woman: an unknown two-word name is as often a company as a person.
      const kind = PRONOUNS.get(m.pronoun);
      const [first, second] = compatible;
      // 'Yuki Tanabe said: "…" He said …': a gender guessed from a given name ("Yuki" is mostly
      // a woman's name) yields to the paragraph: the one person it just named is meant, not
      // someone paragraphs back whose name fits better.
      const nearest = events[0];
      if (nearest && nearest !== first && (kind === 'male' || kind === 'female') && nearest.entity.type === 'person' && !COUNTED_GROUP.test(nearest.entity.canonical) && !genderStated(nearest.entity) && blockOf(nearest.at) === blockOf(at) && (!first || blockOf(first.at) !== blockOf(at))) return nearest.entity;
      if (first && second && first.entity.type !== 'person' && first.entity.gender === 'unknown' && second.entity.gender === kind && first.entity.titles.length === 0) return second.entity;
      // "Andi Rachmat Pratama … told reporters." then '"…," he said.': with no one the pronoun
      // fits, a gender the name lists guessed ("Andi" is listed as a woman's name) yields too.
      if (!first && nearest && (kind === 'male' || kind === 'female') && nearest.entity.type === 'person' && !COUNTED_GROUP.test(nearest.entity.canonical) && !genderStated(nearest.entity)) return nearest.entity;
      return first?.entity;
    }
    if (m.name) {
      // "The IG also said": an office's initials name the person who holds it (Inspector-General
      // Hassan Abdi Noor), when no body of that name has been met.
      const office = ACRONYM.test(m.name) ? (officeHolder(table, m.name, at) ?? initialledPerson(table, m.name, at)) : undefined;
      if (office) return office;
      // The mention found at the cue's start must be this name: in "Conservative leader Helen
      // Carr" the party opens the phrase and is a mention of its own.
      const atStart = byMention.get(m.span.start);
      const known = (atStart && sharesName(atStart, m.name) ? atStart : undefined) ?? table.find(m.name, at + 1);
      if (!known) return table.ensure(m);
      // A signature or cue may give the fullest form of a name ("– health minister tomas lind").
      if (!known.aliases.some((a) => a.toLowerCase() === m.name!.toLowerCase())) known.aliases.push(m.name);
      if (nameWords(m.name).length > nameWords(known.canonical).length) known.canonical = m.name;
      return known;
    }
    return resolveRole(m, table, at, salience, book, doc.doc.text);
  };

  // '"…," he told Atlas Wire by telephone. "We are happy …"': a quote right after the cue of the
  // one before, in its paragraph, goes on in the same voice; the cue's own object is no speaker.
  const sameSpeakerGoesOn = (q: Quote) => {
    const prev = resolvedQuotes.at(-1);
    if (!prev || !speakerOf.get(prev.id) || !prev.cue || prev.cue.kind === 'continuation') return false;
    const between = doc.doc.text.slice(prev.span.end, q.span.start);
    const [pb, qb] = [blockOf(prev.span.start), blockOf(q.span.start)];
    // A paragraph that is nothing but the quote before, then one opening with a quote: the
    // speaker goes on ("Comment by Masaaki Tani" then two quoted paragraphs).
    if (qb === pb + 1 && pb >= 0) {
      const b = doc.blocks[pb]!;
      const outside = doc.doc.text.slice(b.span.start, prev.span.start) + doc.doc.text.slice(prev.span.end, b.span.end);
      return /^[\s"“”‘’'«»„.,]*$/.test(outside) && /^[\s"“‘'«„]*$/.test(doc.doc.text.slice(doc.blocks[qb]!.span.start, q.span.start));
    }
    if (pb !== qb) return false;
    return prev.cue.span.start >= prev.span.end && prev.cue.span.end <= q.span.start && (between.match(/[.!?](?=[\s"“‘'«]|$)/g)?.length ?? 0) <= 1;
  };
  // "Passing sentence, the judge said …" then a paragraph of quote: extraction names the one who
  // speaks in indirect speech in the paragraph just before, which quotes no one.
  const reportedBefore = (q: Quote) => {
    const m = q.speakerMention;
    if (!m) return false;
    const mb = blockOf(m.span.start);
    return mb >= 0 && mb === blockOf(q.span.start) - 1 && !resolvedQuotes.some((x) => blockOf(x.span.start) === mb);
  };
  // The later paragraph of a quote run over paragraphs that names its speaker in full, after an
  // opening paragraph that had no cue.
  const namesOwnSpeaker = (q: Quote) => {
    if (!q.continues || !q.speakerMention?.name || q.speakerMention.pronoun || !q.cue || q.cue.kind === 'continuation') return false;
    return resolvedQuotes.find((x) => x.id === q.continues)?.cue?.kind === 'continuation';
  };
  const resolveQuote = (q: Quote) => {
    let speaker: EntityDraft | undefined;
    const ownSpeaker = namesOwnSpeaker(q);
    if (q.continues && speakerOf.has(q.continues) && !ownSpeaker) speaker = speakerOf.get(q.continues);
    else if (ownSpeaker) {
      speaker = resolveMention(q.speakerMention!, q.cue!.span.start);
      // '"The question now is … / "What the Bank has bought …," said Priya Natarajan': the cue at
      // the end of a quote run over paragraphs names who spoke its opening paragraphs too.
      for (let id = q.continues; id && speaker; id = resolvedQuotes.find((x) => x.id === id)?.continues) {
        const part = resolvedQuotes.find((x) => x.id === id);
        if (!part || part.cue?.kind !== 'continuation') break;
        part.speaker = speaker.id;
        speakerOf.set(part.id, speaker);
      }
    } else if (q.cue?.kind === 'continuation' && sameSpeakerGoesOn(q)) speaker = speakerOf.get(resolvedQuotes.at(-1)!.id);
    else if (q.cue?.kind === 'continuation' && reportedBefore(q)) speaker = resolveMention(q.speakerMention!, q.speakerMention!.span.start);
    else if (q.cue?.kind === 'continuation') {
      // A quote with no cue belongs to whoever is in focus: the last speaker, or a
      // person the paragraphs since have made their subject ("Vogel placed the deal
      // in context." then a quote paragraph).
      let latest: SalienceEvent | undefined;
      for (const s of salience) {
        if (s.at < q.span.start && (s.entity.type === 'person' || s.entity.type === 'organisation' || s.entity.canonical.includes(' ')) && (!latest || s.at > latest.at)) latest = s;
      }
      speaker = latest?.entity;
      if (!speaker && q.speakerMention) speaker = resolveMention(q.speakerMention, q.cue.span.start);
    } else if (q.speakerMention) speaker = resolveMention(q.speakerMention, q.cue?.span.start ?? q.span.start);
    if (!speaker && q.cue?.kind === 'continuation') {
      speaker = [...resolvedQuotes].reverse().map((x) => speakerOf.get(x.id)).find(Boolean);
    }
    // "The commander told investigators that she …" with no commander named or met: the
    // description is who speaks, as "one passenger" is.
    const sm = q.speakerMention;
    if (!speaker && sm && !sm.name && !sm.pronoun && sm.role && sm.type === 'person' && q.cue !== undefined && q.cue.kind !== 'continuation' && q.cue.kind !== 'signature' && /^the\s/i.test(sm.text)) {
      const description = sm.text.replace(/^The\b/, 'the');
      speaker = table.ensure({ span: sm.span, text: sm.text, name: description, titles: sm.titles, role: sm.role, type: 'person' });
    }
    speakerOf.set(q.id, speaker);
    const out: Quote = { ...q };
    if (speaker) {
      out.speaker = speaker.id;
      // A speaker is salient from the cue on: the next "he said" most likely means them.
      const speechNoun = q.cue?.kind === 'before' && SPEECH_NOUNS.test(q.cue.text);
      if (q.cue && (q.cue.kind === 'after' || q.cue.kind === 'signature' || q.cue.kind === 'continuation' || (q.cue.kind === 'before' && !speechNoun))) {
        insertEvent(salience, { at: q.cue.span.start, entity: speaker });
      }
      if (q.speakerMention && !speaker.mentions.some((s) => s.start === q.speakerMention!.span.start)) {
        speaker.mentions.push(q.speakerMention.span);
        speaker.mentions.sort((a, b) => a.start - b.start);
        if (q.speakerMention.role && !q.speakerMention.pronoun && !speaker.roles.includes(q.speakerMention.role)) speaker.roles.push(q.speakerMention.role);
      }
    }
    resolvedQuotes.push(out);
  };

  // Role descriptions and quotes in reading order: each may put someone in focus for the next.
  const events: { at: number; run: () => void }[] = [
    ...doc.mentions.filter((m) => !m.name && m.role).map((m) => ({ at: m.span.start, run: () => resolveRoleMention(m) })),
    ...doc.quotes.map((q) => ({ at: q.span.start, run: () => resolveQuote(q) })),
  ];
  events.sort((a, b) => a.at - b.at);
  for (const e of events) e.run();
  resolvedQuotes.sort((a, b) => a.span.start - b.span.start);

  // Facts whose subject is a role ("The Russian leader, who arrived …") point at the entity too.
  const facts = doc.facts.map((f) => {
    if (!f.subject || f.subject.name) return f;
    const e = f.subject.pronoun ? undefined : resolveRole(f.subject, table, f.span.start, salience, book, doc.doc.text);
    return e ? { ...f, subject: { ...f.subject, name: e.canonical } } : f;
  });

  const entities: Entity[] = table.entities.map(({ gender: _g, lastSeen: _l, bare: _b, ...e }) => e);
  return { ...doc, quotes: resolvedQuotes, facts, entities };
}
