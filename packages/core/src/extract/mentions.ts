import { getGender } from 'gender-detection-from-name';
import type { AnalysedDocument, Mention, Quote, Token } from '../model/index.js';
import { DEMONYMS, NAME_PARTICLES, ORG_ROLE_NOUNS, PARTY_STATE, PERSON_ROLE_NOUNS, SENTENCE_OPENERS, TITLE_HEADS, TITLES } from './lexicon.js';
import { BODY_FOR, inChargeOf, titleAt, isCapitalised, isRegionName, mentionFromTokens, nationalityNoun, npForward, portfolioBeforeOffice, portfolioOpen } from './names.js';
import { tokensStartingIn, tokensWithin } from './token-flags.js';

const TITLE_FIRST_WORDS = new Set(TITLES.map((t) => t.split(' ')[0]!));
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** No particle is longer than this: a length check spares most tokens the set lookup. */
const PARTICLE_MAX = 5;
const POSSESSIVE = /^['’]s?$/;
const ORG_AFTER_POSSESSIVE = /^(?:Union|Party|Association|Federation|Front|Alliance|Congress|Council|Park|Bank|Republic|Army|Liberation)$/;
const SECOND_TITLE_WORD = /^(?:minister|secretary|general|president|executive|justice|constable|inspector)$/;
/** What may stand before a sentence's first word: an opening mark, a colon, a dash. */
const OPENING_MARK = /^["“‘'(«:—–-]$/;
const SENTENCE_STOP = /^[.!?:;]$/;
const THE = /^the$/i;

// The patterns above run on every token; these length checks, implied by each pattern,
// answer most tokens without running it.
const isParticle = (s: string) => s.length <= PARTICLE_MAX && s !== 'st' && s !== 'st.' && NAME_PARTICLES.has(s.toLowerCase());
const isOpeningMark = (s: string) => s.length === 1 && OPENING_MARK.test(s);
const isSentenceStop = (s: string) => s.length === 1 && SENTENCE_STOP.test(s);
const isThe = (s: string) => s.length === 3 && THE.test(s);

/** An office in the writer's lower-case words: "chief operating officer", "deputy head". */
// Up to three lower-case words qualify it ("emergency management director", "external
// intelligence chief"); never an article, a relative or a word that says the office was held once.
const OFFICE = String.raw`(?:(?!(?:a|an|the|whose|who|which|his|her|its|their|our|and|or|but|former|then|late|ex|now|also|as)\s)\p{Ll}[\p{Ll}-]*\s+){0,3}(?:head|chief|director|president|vice-president|chair|chairman|chairwoman|chairperson|spokesperson|spokesman|spokeswoman|secretary|minister|manager|commissioner|governor|mayor|leader|executive|officer|coordinator|adviser|advisor|curator|editor|founder|superintendent|inspector|prosecutor|ambassador|regent|prefect|sheriff|magistrate)(?:\s+delegate)?`;
/** Whose office it is: "Norlantic's", "the JMA's". */
const OWNER = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}['’]s\s+`;
/**
 * ", deputy head of the …,", ", spokesperson for the ministry,": an office after a name, with no
 * article (", a spokesman for" describes; ", spokesman for" names the post).
 */
// A party or a nation may stand before the office: ", the committee's Labour chairman,".
const POST_TITLE = new RegExp(String.raw`^,\s+(?:(?:the\s+(?:\p{Ll}+['’]s\s+)?)?(?:${OWNER})?(?:\p{Lu}\p{Ll}+\s+){0,2}(${OFFICE})(?:\s+(?:of|at|for|to)\s+[^,.;:]{1,90})?|an?\s+(${OFFICE})\s+(?:of|at|for|to)\s+[^,.;:]{1,90})(?=[,.;:])`, 'u');
/** "Norlantic's chief operating officer, Katrin Vossberg,": the office set before the name, owned by a body or "the"/"its". */
const PRE_TITLE = new RegExp(String.raw`(?:(?<![\p{L}'’-])(?:the|its|their|his|her)\s+(?:\p{Ll}+['’]s\s+)?|(?<![\p{L}'’-])${OWNER})(${OFFICE}),\s+$`, 'u');
/** ", Senior Nuclear Safety Inspector at the …", ", Minister Delegate for Foreign Trade": an office in capitals after a name. */
const POST_TITLE_CAPS = /^,\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Head|Chief|Director|President|Chair|Chairman|Chairwoman|Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|Manager|Commissioner|Governor|Mayor|Leader|Executive|Officer|Coordinator|Adviser|Advisor|Curator|Editor|Superintendent|Inspector|Prosecutor|Ambassador|Prefect|Sheriff|Magistrate)(?:\s+Delegate)?)(?=\s+(?:of|at|for|to)\s|\s*[,.;:])/u;

const OFFICE_FOR = /^(?:MMC|Minister|Secretary|Commissioner)$/;

const LOCATIVE = /^(?:in|at|near|outside|inside|around|across)$/;
const AGE_APPOSITIVE = /^,\s+\d{1,3},/;

/** ", a 34-year-old nurse", ", the union's local leader": an appositive that makes a name someone's. */
function describedAsPerson(after: string): boolean {
  // ", 58," : only people are given an age this way.
  if (AGE_APPOSITIVE.test(after)) return true;
  const m = /^,\s+(?:a|an|the|his|her|their)\s+((?:[\p{L}\d'’-]+\s+){0,3}?)([\p{L}-]+)/u.exec(after);
  if (!m) return false;
  const head = m[2]!.toLowerCase();
  return /\d+-year-old/.test(after.slice(0, 30)) || PERSON_ROLE_NOUNS.has(head);
}
const VENUE_AFTER = /^(?:hospital|clinic|airport|station|bridge|stadium|square|street|road|avenue|university|school|college|park|market|prison|cathedral|church|mosque|temple|harbour|harbor|port|district|province|county|valley)$/;
// "returning officer", "acting director": a participle qualifies an office too; "Deputy returning
// officer" opening a sentence is capitalised.
const isTitleModifier = (t: Token) =>
  (/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ing$/.test(t.text))) && !/^(?:former|then|late|outgoing|incoming|new|longtime)$/.test(t.text)) ||
  /^(?:Deputy|Acting|Assistant|Associate|Senior|Interim|Vice|Additional|Joint)$/.test(t.text);

const MONTH_SURNAME = /^(?:May|June|April|August)$/;
const TITLE_CASE_FUNCTION_WORD = /^(?:Is|Are|Was|Were|Been|Has|Have|Had|Would|Could|Should|Must|Might|Does|Did|The|And|Or|But|With|From|Into|Over|After|Before|Says|Tells|Told|Wins|Won|Gets|Got|Makes|Made)$/;

function startsName(t: Token, sentenceInitial: boolean, next: Token | undefined): boolean {
  if (t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  if (isCapitalised(t)) {
    if (CALENDAR.test(t.text)) return false;
    if (sentenceInitial && SENTENCE_OPENERS.has(lower)) return false;
    // "Addressing Kessler directly, she said": a participle opening its sentence is no given name.
    if (sentenceInitial && t.pos === 'VERB' && /\p{Ll}ing$/u.test(t.text)) return false;
    // A capitalised common word opening a sentence ("Failure to …") is not a name.
    if (sentenceInitial && t.pos !== 'PROPN' && !(next && isCapitalised(next)) && !DEMONYMS.has(lower)) return false;
    return true;
  }
  // Lower-case titles before a name: "prime minister Cameron".
  return TITLE_FIRST_WORDS.has(lower) && next !== undefined && (isCapitalised(next) || TITLE_FIRST_WORDS.has(next.text.toLowerCase()));
}

function continuesName(t: Token, prev: Token, next: Token | undefined): boolean {
  // "Health Workers' Union", "People's Party": a possessive inside an organisation's name.
  if (POSSESSIVE.test(t.text) && next && ORG_AFTER_POSSESSIVE.test(next.text)) return true;
  if (t.text === '-' && next && isCapitalised(next) && (isParticle(prev.text) || (prev.span.end === t.span.start && t.span.end === next.span.start))) return true;
  // "Kim Seo-yeon", "Lee Jun-ho": a given name's hyphenated second syllable, written close up.
  if (t.text === '-' && next && isCapitalised(prev) && prev.span.end === t.span.start && t.span.end === next.span.start && /^\p{Ll}+$/u.test(next.text)) return true;
  if (prev.text === '-' && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && prev.span.end === t.span.start) return true;
  if (t.kind !== 'word') return false;
  // "on Avenue Berthelot I got chatting": the pronoun is nobody's regnal number.
  // "Theresa May", "Ellie June": a month that is also a surname, after a given name and before no day.
  if (MONTH_SURNAME.test(t.text) && isCapitalised(prev) && getGender(prev.text) !== 'unknown' && !(next && /^\d/.test(next.text))) return true;
  // "Tavian Broussard Is an Ironclad" (a headline in title case): a verb or an article is no part of a name.
  if (isCapitalised(t)) return !CALENDAR.test(t.text) && t.text !== 'I' && !TITLE_CASE_FUNCTION_WORD.test(t.text);
  // "van der Berg", "de la Cruz": particles may come two in a row.
  if (isParticle(t.text) && next && (isCapitalised(next) || next.text === '-' || isParticle(next.text))) return true;
  // "al-Assad" may come as "al", "-", "Assad".
  if (t.text === '-' && isParticle(prev.text) && next && isCapitalised(next)) return true;
  if (t.text === 'of' && isCapitalised(prev) && next && isCapitalised(next)) return true;
  if (inChargeOf(prev, t, next)) return true;
  // "State Minister for Shipping Shafiqul Islam Mazumder": a portfolio after "for" is the office's.
  if (t.text === 'for' && (OFFICE_FOR.test(prev.text) || BODY_FOR.test(prev.text)) && next && isCapitalised(next)) return true;
  const lower = t.text.toLowerCase();
  // "BNPB head Hartanto", "Arsenal boss Mikel Arteta": an office's head word between its body and a name.
  if (TITLE_HEADS.has(lower) && isCapitalised(prev) && next && isCapitalised(next) && next.kind === 'word') return true;
  return TITLE_FIRST_WORDS.has(lower) || (TITLE_FIRST_WORDS.has(prev.text.toLowerCase()) && SECOND_TITLE_WORD.test(lower));
}

/**
 * Stage 4, mentions: people, organisations and places named in the writer's own
 * words (outside quotes), with the titles and nationality written beside them.
 */
export function extractMentions(doc: AnalysedDocument, quotes: readonly Quote[]): Mention[] {
  const tokens = doc.tokens;
  const text = doc.doc.text;
  // Per token: inside a quote (the speaker's words, not the writer's), inside a date or time.
  const quotedTok = tokensStartingIn(tokens, quotes.map((q) => q.span));
  const dateTok = tokensWithin(tokens, doc.values.filter((v) => v.kind === 'date' || v.kind === 'time').map((v) => v.span));
  const mentions: Mention[] = [];
  // Capitalised words the document also uses mid-sentence: those are names wherever they stand.
  const namesMidSentence = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (isCapitalised(t) && !isOpeningMark(tokens[i - 1]!.text)) namesMidSentence.add(t.text);
    }
  }
  // "ADMINISTRATOR REYES: Good morning…": a transcript's label was read as a name when its quote
  // was (a title, then the name); capitals alone would make it an acronym's organisation.
  const labels = new Map<number, Mention>();
  for (const q of quotes) {
    const m = q.speakerMention;
    if (q.cue?.kind === 'signature' && m?.name && m.span.end <= q.span.start && !labels.has(m.span.start)) labels.set(m.span.start, m);
  }
  const taken = new Set<Mention>();
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      const label = labels.get(t.span.start);
      if (label) {
        if (!taken.has(label)) mentions.push(label);
        taken.add(label);
        while (i < s.tokenEnd && tokens[i]!.span.end <= label.span.end) i++;
        continue;
      }
      // A sentence may begin after an opening quote mark; a closing one (`," Dahl said`) ends a quote instead.
      const initial =
        i === s.tokenStart ||
        (isOpeningMark(tokens[i - 1]!.text) && (i - 1 === s.tokenStart || isSentenceStop(tokens[i - 2]!.text)));
      if (isThe(t.text) && !quotedTok[i]) {
        // A role description that refers back: "the Syrian leader", "the aid agency".
        const e = npForward(tokens, i, s.tokenEnd);
        // "the Lumina Apparels knitwear factory", "the ferry Thalassa Star": a name inside is
        // read as a name (next), not folded into a description; "the Russian leader" is one.
        let named = false;
        for (let k = i + 1; k < e && !named; k++) {
          const w = tokens[k]!;
          named = isCapitalised(w) && !DEMONYMS.has(w.text.toLowerCase()) && !TITLE_FIRST_WORDS.has(w.text.toLowerCase()) && !dateTok[k];
        }
        // "The Panel considered …", "the Company regrets …": releases and rulings capitalise the
        // bodies and parties they define; a lone capitalised role noun is still "the panel".
        const definedTerm = e === i + 2 && isCapitalised(tokens[i + 1]!) && (ORG_ROLE_NOUNS.has(tokens[i + 1]!.text.toLowerCase()) || PERSON_ROLE_NOUNS.has(tokens[i + 1]!.text.toLowerCase()));
        if (definedTerm && !quotedTok[i]) {
          const word = tokens[i + 1]!.text.toLowerCase();
          const span = { start: t.span.start, end: tokens[i + 1]!.span.end };
          mentions.push({ span, text: text.slice(span.start, span.end), titles: [], role: word, type: ORG_ROLE_NOUNS.has(word) ? 'organisation' : 'person' });
          i = e;
          continue;
        }
        const m = e > i + 1 && !named ? mentionFromTokens(tokens, i, e, text) : null;
        if (m && !m.name && m.role && m.type !== 'unknown' && !/s$/.test(m.role.split(' ').at(-1)!)) {
          mentions.push(m);
          i = e;
          continue;
        }
      }
      // "(KNH) chief executive Dr Faith Mwende": a lower-case office of several words before a name.
      const lowerOffice = TITLE_FIRST_WORDS.has(t.text) ? titleAt(tokens, i, s.tokenEnd) : 0;
      const officeFirst = lowerOffice > 1 && i + lowerOffice < s.tokenEnd && isCapitalised(tokens[i + lowerOffice]!);
      if (quotedTok[i] || dateTok[i] || (!officeFirst && !startsName(t, initial, tokens[i + 1]))) { i++; continue; }
      let j = i + 1;
      for (;;) {
        while (j < s.tokenEnd && !quotedTok[j] && !dateTok[j] && continuesName(tokens[j]!, tokens[j - 1]!, tokens[j + 1])) j++;
        // "Minister of Infrastructure and Water Management Sanne de Vries", "Department of Health
        // and Human Services": a portfolio joined by "and" is still the office's name.
        if (j + 1 < s.tokenEnd && tokens[j]!.text === 'and' && isCapitalised(tokens[j + 1]!) && !quotedTok[j + 1] && (portfolioOpen(tokens, i, j) || portfolioBeforeOffice(tokens, j, s.tokenEnd))) { j++; continue; }
        break;
      }
      // A lone capitalised word opening a sentence ("Turnout was 31%") is a name only if the
      // document capitalises it elsewhere too, or it is a country or region.
      // "Sutrisno, 58, was milking his cows": a mononym described as someone is a name wherever it stands.
      if (initial && j === i + 1 && !namesMidSentence.has(t.text) && !isRegionName(t.text) && !describedAsPerson(text.slice(t.span.end, t.span.end + 60))) { i = j; continue; }
      // "Al Jazeera's Tim Friend": the possessive ends one mention; the next starts after it.
      // "Chief Ladi Oyebanji (SAN)", "the Inspector General of Police (IGP)": letters in brackets
      // right after a name are that name's post-nominal or abbreviation, nobody of their own.
      const prevMention = mentions.at(-1);
      if (tokens[i - 1]?.text === '(' && tokens[j]?.text === ')' && prevMention && /^\s*$/.test(text.slice(prevMention.span.end, tokens[i - 1]!.span.start)) && /^[A-Z.]{2,6}$/.test(text.slice(t.span.start, tokens[j - 1]!.span.end))) {
        i = j;
        continue;
      }
      // "sporting director Mark Ellery", "deputy director Ana Ruiz": lower-case words before a
      // lower-case title are part of it.
      if (/^\p{Ll}/u.test(t.text) && TITLE_FIRST_WORDS.has(t.text.toLowerCase())) {
        for (let k = 0; k < 3 && i > s.tokenStart && isTitleModifier(tokens[i - 1]!) && !quotedTok[i - 1] && !dateTok[i - 1]; k++) i--;
      }
      const m = mentionFromTokens(tokens, i, j, text);
      // "the Devane family said": a surname before "family" names the family, who speak as one.
      if (m?.name && !m.titles.length && /^famil(?:y|ies)$/.test(tokens[j]?.text ?? '') && !quotedTok[j]) {
        const span = { start: m.span.start, end: tokens[j]!.span.end };
        mentions.push({ span, text: text.slice(span.start, span.end), name: `${m.name} family`, titles: [], role: 'family', type: 'organisation' });
        i = j + 1;
        continue;
      }
      if (m?.name && PARTY_STATE.test(m.name)) { i = j; continue; }
      // "the Northern Irishman smiled": a nationality refers back to someone, like "the veteran".
      if (m?.name && i > s.tokenStart && isThe(tokens[i - 1]!.text) && nationalityNoun(tokens, i, j)) {
        const span = { start: tokens[i - 1]!.span.start, end: m.span.end };
        mentions.push({ span, text: text.slice(span.start, span.end), titles: [], role: m.name.toLowerCase(), type: 'person' });
        i = j;
        continue;
      }
      // "a nurse at Édouard-Herriot hospital", "the Guillotière bridge": a name before a
      // lower-case venue word names the venue, nobody who could speak.
      if (m?.name && tokens[j] && VENUE_AFTER.test(tokens[j]!.text)) m.type = 'place';
      // "Aurélie, a 34-year-old nurse": a name the text describes as someone is a person's.
      if (m?.name && m.type === 'unknown' && describedAsPerson(text.slice(m.span.end, m.span.end + 60))) m.type = 'person';
      // "in Kalitengah Lor", "near Wukirsari Baru": an unknown name after a preposition of place,
      // with no title and a first word no list knows as a given name, is where, not who.
      const before = i > s.tokenStart ? tokens[i - 1]!.text.toLowerCase() : '';
      if (m?.name && m.type === 'person' && m.titles.length === 0 && !m.role && LOCATIVE.test(before) && getGender(m.name.split(' ')[0]!) === 'unknown' && !POSSESSIVE.test(tokens[j]?.text ?? '')) m.type = 'unknown';
      // "Danish retailer Nordhaven", "the ferry operator Aigaion Lines": named by what it is.
      const kind = i > s.tokenStart ? tokens[i - 1]! : undefined;
      if (m?.name && kind && /^\p{Ll}/u.test(kind.text) && ORG_ROLE_NOUNS.has(kind.text.toLowerCase()) && m.titles.length === 0) {
        m.type = 'organisation';
        m.role ??= kind.text.toLowerCase();
      }
      // "Kenji Morikawa, head of the JMA's monitoring division, told reporters": the office set
      // after the name is the person's title as much as one set before it.
      if (m?.name && m.type !== 'organisation' && m.type !== 'place') {
        const after = text.slice(m.span.end, m.span.end + 120);
        const post = POST_TITLE.exec(after) ?? POST_TITLE_CAPS.exec(after);
        // ", a spokesman for the unit": the post, told as one of its kind.
        const office = post?.[1] ?? post?.[2];
        if (office && !m.titles.some((t) => t.toLowerCase() === office.toLowerCase())) {
          m.titles = [...m.titles, office];
          m.type = 'person';
        }
        // "In a statement, Norlantic's chief operating officer, Katrin Vossberg, said": so later
        // is "the chief operating officer".
        const pre = m.titles.length === 0 ? PRE_TITLE.exec(text.slice(Math.max(0, m.span.start - 90), m.span.start)) : null;
        if (pre) {
          m.titles = [pre[1]!];
          m.type = 'person';
        }
      }
      if (m && (m.name || m.titles.length)) mentions.push(m);
      i = j;
    }
  }
  return joinAppositives(mentions, text);
}

// ", " or an "of …" complement then ", ": "The undersecretary of public health, Ignacio Fuensalida,".
const APPOSITION_COMMA = /^(?:\s+of\s+[\p{L}'’ -]{1,40})?\s*,\s*$/u;
const APPOSITION_CLOSE = /^\s*(?:[,.;:)]|$)/;
const STYLED_APPOSITION = /^\s*,\s*the\s+$/;
/** The noun a mention is the complement of: "the eldest daughter of" the late President. */
const ROLE_OF_BEFORE = /\b(\p{Ll}+)\s+of\s+$/u;
/** An office's lower-case complement before the comma and the name: " of staff, ", " of operations, ". */
const OFFICE_COMPLEMENT = /^\s+of\s+(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?)\s*,\s*$/u;
/** An office cut off inside its portfolio: "Minister of Public Health and". */
const UNFINISHED_OFFICE = /\s(?:and|&)$/;
const OF_BEFORE_BODY = /^\s+of\s+(?:the\s+)?$/;
/** A body's abbreviation in brackets, if any, then the comma before the name: " (CONAE), ". */
const BODY_THEN_COMMA = /^\s*(?:\(\p{Lu}{2,8}\)\s*)?,\s*$/u;

/**
 * "Brazil's foreign minister, Marina Lopes, described …": a title or role and the
 * name set beside it between commas are one mention of one person, so the name
 * carries the title and the role is not left to be guessed at on its own.
 */
function joinAppositives(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    let a = mentions[k]!;
    let b = mentions[k + 1];
    // "the Minister of Public Health and Social Assistance, Gerardo Paiz Letona,": words read as a
    // name after an office's "and" end the portfolio when a name stands beside the office.
    if (a.name && a.titles.length > 0 && UNFINISHED_OFFICE.test(a.titles.at(-1)!) && b?.name && APPOSITION_COMMA.test(text.slice(a.span.end, b.span.start))) {
      const office = a.text.replace(/^(?:the|a|an)\s+/i, '');
      const { name: _portfolio, ...rest } = a;
      a = { ...rest, titles: [...a.titles.slice(0, -1), office], role: office.toLowerCase() };
    }
    // "The Executive Secretary of the National Emergency Coordinator (CONAE), Efraín Santizo
    // Morales,": the body the office is "of" is a mention of its own between the role and the name.
    const c = mentions[k + 2];
    let ofBody = b !== undefined && c !== undefined && !b.pronoun && (b.type !== 'person' || (b.titles.length === 0 && getGender(b.text.split(/\s+/)[0]!) === 'unknown')) && OF_BEFORE_BODY.test(text.slice(a.span.end, b.span.start)) && BODY_THEN_COMMA.test(text.slice(b.span.end, c.span.start));
    // A town after the body ("… Teaching Hospital, Makurdi, Professor …") is no name for the office.
    if (ofBody && !(c!.type === 'person' || (c!.name ?? '').trim().split(/\s+/).length >= 2)) ofBody = false;
    if (ofBody) b = c;
    const joins =
      b !== undefined &&
      !a.name && !a.pronoun && a.type !== 'organisation' && a.type !== 'place' && (a.titles.length > 0 || a.role !== undefined) &&
      b.name !== undefined && (b.type === 'person' || b.type === 'unknown') &&
      // "The Methodist Bishop of Accra, the Rt Rev. Samuel Ato Eshun,": a styled name may keep its article.
      (ofBody || APPOSITION_COMMA.test(text.slice(a.span.end, b.span.start)) || (b.titles.length > 0 && STYLED_APPOSITION.test(text.slice(a.span.end, b.span.start)))) &&
      APPOSITION_CLOSE.test(text.slice(b.span.end, b.span.end + 3));
    // "The eldest daughter of the late President, Dr Adwoa Frimpong,": the name is the
    // daughter's; the office belongs to the person she is the daughter of.
    const head = joins ? ROLE_OF_BEFORE.exec(text.slice(Math.max(0, a.span.start - 30), a.span.start))?.[1]?.toLowerCase() : undefined;
    if (head && b && PERSON_ROLE_NOUNS.has(head)) {
      out.push(a, { ...b, role: head });
      k += 1;
      joinOfficeBefore(out, text);
      continue;
    }
    if (!joins || !b) {
      out.push(a);
      joinOfficeBefore(out, text);
      continue;
    }
    // "The president's chief of staff, Petra Marušić,": the office's lower-case complement is
    // part of it, not the office of someone else ("chief" alone is any head).
    const complement = ofBody ? undefined : OFFICE_COMPLEMENT.exec(text.slice(a.span.end, b.span.start))?.[1];
    const office = a.titles.at(-1) ?? a.role;
    const own = complement && office ? [...a.titles.slice(0, -1), `${office} of ${complement}`] : a.titles;
    const titles = [...own, ...b.titles.filter((t) => !own.includes(t))];
    const nationality = a.nationality ?? b.nationality;
    const role = a.role && complement ? `${a.role} of ${complement}` : a.role;
    out.push({
      span: { start: a.span.start, end: b.span.end },
      text: text.slice(a.span.start, b.span.end),
      name: b.name!,
      titles,
      ...(role ? { role } : {}),
      ...(nationality ? { nationality } : {}),
      type: 'person',
    });
    k += ofBody ? 2 : 1;
    joinOfficeBefore(out, text);
  }
  return out;
}

/**
 * "Chair and CEO Harriet Lindqvist", "Kalgoona Managing Director and Chief Executive Officer, Mr
 * Brendan Kearsley": an office joined by "and" to the office set beside a name is that person's
 * too. Merges the last two mentions of `out` when they are such a pair.
 */
function joinOfficeBefore(out: Mention[], text: string): void {
  const [office, named] = [out.at(-2), out.at(-1)];
  if (!office || !named?.name || named.titles.length === 0 || office.name || office.pronoun || office.titles.length === 0 || office.type === 'organisation') return;
  if (!/^\s+(?:and|&)\s+$/.test(text.slice(office.span.end, named.span.start))) return;
  const titles = [...office.titles, ...named.titles.filter((t) => !office.titles.includes(t))];
  out.splice(-2, 2, { ...named, span: { start: office.span.start, end: named.span.end }, text: text.slice(office.span.start, named.span.end), titles, type: 'person' });
}
