import { getGender } from 'gender-detection-from-name';
import type { EntityType, Mention, Token } from '../model/index.js';
import { AMBIGUOUS_STATE_ABBREVIATIONS, lookupPlace, lookupRegion, STATE_ABBREVIATIONS } from '../gazetteer/index.js';

const PLACE_PREPOSITION = /^(?:from|in|near|outside)$/i;
import {
  TITLE_HEADS,
  DEMONYMS,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  ORG_ROLE_NOUNS,
  PARTY_LABEL,
  PERSON_ROLE_NOUNS,
  PRONOUNS,
  SENTENCE_OPENERS,
  TITLES,
} from './lexicon.js';

/** Titles by their first word, so a token is compared only with the titles it could start. */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const t of TITLES) {
  const words = t.split(' ');
  const list = TITLES_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  TITLES_BY_FIRST.set(words[0]!, list);
}

// Patterns tested on every token, made once: a pattern literal inside a function is a new object
// on every call.
const UPPER_FIRST = /^\p{Lu}/u;
const HYPHEN = /^[-‐]$/;
const ARTICLE = /^(?:the|a|an)$/i;
const THE = /^the$/i;
const AND = /^(?:and|&)$/;
const AGE = /-year-old$/i;
const AND_I = /^(?:and|&)$/i;
const OF_THE = /^(?:of|the)$/;
const NAME_JOINER = /^(?:of|the|-|‐)$/;
const HONORIFIC_TITLE = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?$/i;
const OBJECT_PRONOUN = /^(?:his|her|their|its|him|them)$/i;
/** Names that continue over "of": "Bank of England", "Secretary of State". */
const HEAD_OF_OF = /^(?:Bank|Secretary|Superintendent|Inspector|Commissioner|Director|Chief|Ministry|Department|Minister|Group|University|Institute|Republic|Kingdom|Isle|Chancellor|Duke|Prince|Queen|King|President|Governor|Mayor|Chamber|Court|Council|House|Office|Church|Museum|Board|Federation|Association|Union|League|Organisation|Organization|Growers|Producers|Farmers|Workers|Employers|Manufacturers|Physicians|Nurses|Teachers|Veterans|Friends)$/;

const regionNames = new Map<string, boolean>();

/** Is this a country, region or landmark's name? Names recur, so the answer is cached. */
export function isRegionName(name: string): boolean {
  let known = regionNames.get(name);
  if (known === undefined) {
    known = lookupRegion(name).length > 0;
    if (regionNames.size > 20_000) regionNames.clear();
    regionNames.set(name, known);
  }
  return known;
}

export function isCapitalised(t: Token): boolean {
  // ASCII answers without the pattern; other scripts ask it.
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(t.text);
}

function lower(t: Token): string {
  return t.text.toLowerCase();
}

function isPossessive(t: Token): boolean {
  return t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';
}

/** Can this token be part of a noun phrase naming a speaker? */
const FAMILY_NOUNS = /^(?:widow|widower|wife|husband|son|daughter|brother|sister|mother|father|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|partner|fiancée?)$/i;

/** "Anne-Claire": a hyphen with no space on either side, between two words. */
export function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!t && !!prev && !!next && HYPHEN.test(t.text) && prev.span.end === t.span.start && t.span.end === next.span.start;
}

export function isNpToken(t: Token): boolean {
  if (isPossessive(t)) return true;
  if (t.text === '-' || t.text === '.') return false;
  if (isCapitalised(t) && t.kind === 'word') return true;
  if (NAME_PARTICLES.has(lower(t))) return true;
  if (ARTICLE.test(t.text)) return true;
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') return t.kind === 'word' || t.kind === 'number';
  if (AGE.test(t.text)) return true;
  return false;
}

/** Letters after a name: a judge's (J, LJ, CJ), counsel's (KC, QC, SC, SAN), an honour or a seat. */
// An officer's service after the name ("Commodore Reynaldo B. Villacorta PCG", "Captain Ann Lee RN").
const POST_NOMINAL = /^(?:J|JJ|LJ|CJ|JA|KC|QC|SC|SAN|MP|MSP|MEP|TD|OBE|MBE|CBE|KBE|DBE|PCG|PN|PNP|PAF|USN|USMC|USAF|USCG|RN|RAF|RAN|RCN|RNZN)$/;

/** Matches the longest title (possibly several words) at tokens[i]; returns its length in tokens. */
export function titleAt(tokens: readonly Token[], i: number, end: number): number {
  let best = 0;
  for (const words of TITLES_BY_FIRST.get(lower(tokens[i]!)) ?? []) {
    if (words.length <= best || i + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (lower(tokens[i + k]!) !== words[k]) { ok = false; break; }
    }
    if (ok) best = words.length;
  }
  return best;
}

/** First words of the two-word demonyms ("south" of "south african"): only these start one. */
const DEMONYM_FIRST_WORDS = new Set([...DEMONYMS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

function demonymAt(tokens: readonly Token[], i: number, end: number): { len: number; country: string } | null {
  if (i + 1 < end && DEMONYM_FIRST_WORDS.has(lower(tokens[i]!))) {
    const two = `${lower(tokens[i]!)} ${lower(tokens[i + 1]!)}`;
    const country = DEMONYMS.get(two);
    if (country) return { len: 2, country };
  }
  const one = lower(tokens[i]!);
  const country = DEMONYMS.get(one);
  if (country && (isCapitalised(tokens[i]!) || one === 'us')) return { len: 1, country };
  return null;
}

const EVENT_WORDS = /^(?:War|Summit|Cup|Games|Olympics|Championship|Conference|Treaty|Agreement|Accord|Act|Bill|Day|Week|Festival|Awards?|Prize|Medal|Convention|Declaration|Revolution|Spring|Crisis|Election|Referendum|Fire|Wildfire|Blaze|Storm|Typhoon|Hurricane|Cyclone|Flood|Floods|Earthquake|Quake|Tsunami|Disaster|Attack|Shooting|Crash|Flight|Derby|Marathon|Operation|Programme|Program|Show|Statement|Budget|Report|Review|Plan|Strategy|Policy|Inquiry|Census|Survey|Index|Forecast|Update|Street|Road|Square|Avenue|Lane|Lough|Lake|River|Mount|Island|Islands|Ireland|Kingdom|Republic|States|Sea|Ocean|Gulf|Bay|Valley|Airport|Palace|Bridge|Park|Hall|Stadium)$/;

const PLACE_SUFFIX = /^(?:Street|Road|Lane|Avenue|Square|Valley|Point|Peninsula|Headland|Heights|Lough|Lake|River|Mount|Mountains|Island|Islands|Park|Stadium|Airport|Bridge|Hall|Palace|Bay|Gulf|Sea|Ocean|Coast|Province|Region|County|District|Hospital|Station|Port|Harbour|Centre|Center|Arena|Ground|School|Fairgrounds|Fairground|Highway|Creek|Canyon|Forest|Beach|Reserve|Plaza|Mall|Market|Pier|Wharf|House|Buildings)$/;

/** "Mount Merapi", "Lake Taupo", "Cape Town": a place's kind may come first. */
const PLACE_PREFIX = /^(?:Mount|Mt\.?|Lake|Lough|Loch|Cape|Isle|Gulf|Port|Fort|Bay|Sierra|Cerro|Monte|Pulau|Gunung)$/;

/** "Seo-yeon", "Jun-ho": the lower-case syllable after a hyphen, written close up to a capitalised one. */
function isNameSyllable(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const dash = tokens[k - 1];
  const before = tokens[k - 2];
  return /^\p{Ll}+$/u.test(t.text) && dash?.text === '-' && before !== undefined && isCapitalised(before) && before.span.end === dash.span.start && dash.span.end === t.span.start;
}

function isOrgWord(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return ORG_NAME_WORDS.test(w) || (/^\p{Lu}{2,}$/u.test(w) && ORG_NAME_WORDS.test(w[0] + w.slice(1).toLowerCase()));
}

/** Last words of clubs' and services' names: "Kelmouth Town", "Bolton Wanderers", "Volunteer Firefighters". */
const CLUB_OR_SERVICE_TAIL = /^(?:Town|Athletic|Wanderers|Rangers|Hotspur|Albion|Firefighters|Lifeguards|Coastguard|Paramedics)$/;

/** Titles that are also common given names ("Dean"). */
const GIVEN_NAME_TITLES = new Set(['dean']);

/** States and provinces as AP and Canadian Press styles abbreviate them (the unambiguous ones), full stop or not. */
const STATE_ABBREVIATION = new RegExp(
  `^(?:${Object.keys(STATE_ABBREVIATIONS).filter((k) => !AMBIGUOUS_STATE_ABBREVIATIONS.has(k)).map((k) => k.replace(/\./g, '\\.').replace(/\\\.$/, '\\.?')).join('|')})$`,
);

export function classifyName(words: string[], titles: string[]): EntityType {
  if (titles.length === 0 && words.length >= 2 && (PLACE_SUFFIX.test(words.at(-1)!) || (PLACE_PREFIX.test(words[0]!) && !words.some(isOrgWord)))) return 'place';
  // Countries, regions and landmarks are places even when they speak ("Washington said").
  if (titles.length === 0 && words.length <= 4) {
    const name = words.join(' ');
    if (lookupRegion(name).length > 0) return 'place';
  }
  if (titles.length === 0 && words.some((w) => EVENT_WORDS.test(w))) return 'unknown';
  // "Oakville, Ont.", "Mobile, Ala.", "Burnaby, B.C.": a state's or province's short form in AP and CP style.
  if (titles.length === 0 && words.length === 1 && STATE_ABBREVIATION.test(words[0]!)) return 'place';
  // "Airbus A321neo", "Boeing 737": a model with its number is a thing, never a person.
  if (titles.length === 0 && words.some((w) => /\p{L}/u.test(w) && /\d/.test(w) || /^\d+$/.test(w))) return 'unknown';
  // "Co Galway", "Co. Mayo": an Irish county, not a company.
  if (titles.length === 0 && words.length >= 2 && /^Co\.?$/.test(words[0]!) && lookupRegion(words.slice(1).join(' ')).length > 0) return 'place';
  // "Bluewake Maritime Inc.", "BLUEWAKE MARITIME INC." (a release's letterhead): a corporate tail
  // keeps its full stop, and a letterhead its capitals.
  if (words.some(isOrgWord) || words.some((w) => /^[A-Z]{2,6}$/.test(w))) return 'organisation';
  // "Kelmouth Town", "Ashbury Athletic", "Municipal Firefighters": a club's or a service's name
  // ends in the word a person's never does (places like "Cape Town" were looked up above).
  if (words.length >= 2 && CLUB_OR_SERVICE_TAIL.test(words.at(-1)!)) return 'organisation';
  if (titles.length > 0) return 'person';
  if (words.length >= 2) return 'person';
  return 'unknown';
}

/** Head words of an office that a capitalised run may end in ("the Transport Minister"). */
const OFFICE_HEAD = new Set(['minister', 'secretary', 'director', 'commissioner', 'governor', 'mayor', 'chancellor', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'prosecutor']);

/** Who speaks for a body without being named. */
const REPRESENTATIVE = /^(?:spokesperson|spokesman|spokeswoman|representative|official|source|statement)$/;

/** Words before a title that say the office is not (or not yet) held: no part of it. */
const FORMER = /^(?:former|ex|then|late|outgoing|incoming|new|newly|longtime|long-time)$/;

/** Offices and bodies whose name runs on with a portfolio: "Minister of …", "Department of …". */
const PORTFOLIO_HEAD = /^(?:Minister|Ministry|Secretary|Department|Office|Commissioner|Committee)$/;

/** Words that name a minister's portfolio, so a name after them can be told from it. */
const PORTFOLIO_WORDS = new Set([
  'Shipping', 'Health', 'Finance', 'Education', 'Defence', 'Defense', 'Transport', 'Energy', 'Water', 'Environment',
  'Justice', 'Labour', 'Labor', 'Trade', 'Agriculture', 'Fisheries', 'Industry', 'Industries', 'Commerce', 'Tourism',
  'Housing', 'Interior', 'Foreign', 'Home', 'Affairs', 'Planning', 'Roads', 'Railways', 'Aviation', 'Power', 'Mines',
  'Minerals', 'Petroleum', 'Information', 'Communications', 'Culture', 'Sport', 'Sports', 'Youth', 'Women', 'Children',
  'Welfare', 'Disaster', 'Management', 'Relief', 'Food', 'Land', 'Lands', 'Local', 'Government', 'Public', 'Works',
  'Science', 'Technology', 'Telecommunications', 'Posts', 'Irrigation', 'Forests', 'Climate', 'Change', 'Social',
  'Economy', 'Infrastructure', 'Immigration', 'Security', 'Development', 'Budget', 'Treasury', 'Cooperatives', 'Livestock',
  'Assistance', 'Protection', 'Family', 'Families', 'Equality', 'Solidarity', 'Integration', 'Citizenship', 'Heritage', 'Arts',
  'Reconstruction', 'Sanitation', 'Services', 'Population',
]);
/** "Court of Arbitration for Sport", "Centers for Disease Control", "Office for National Statistics": a body's field after "for". */
export const BODY_FOR = /^(?:Arbitration|Court|Centres?|Centers?|Office|Commission|Committee|Agency|Institute|Council|Fund|Foundation|Organi[sz]ation|Society|Union|Federation|Alliance|Coalition|Network|Partnership|Trust|Ministry|Department|Tribunal|Board|Bureau|Association|Authority|Directorate|Initiative|Programme|Program)$/;
/** Offices whose portfolio follows "for": "MMC for Environment", "Minister for Health". */
const PORTFOLIO_HEAD_FOR = /^(?:MMC|Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman)$/;

/**
 * "Resources and Energy Workers Union WA secretary Dean Muirhead": does the "and" at `andAt` join
 * two words of a body's name, which an office and a name then follow (before `end`)?
 */
function orgNameJoined(tokens: readonly Token[], andAt: number, end: number): boolean {
  if (andAt === 0 || !isCapitalised(tokens[andAt - 1]!)) return false;
  let k = andAt + 1;
  let org = false;
  for (; k < end && isCapitalised(tokens[k]!); k++) org ||= isOrgWord(tokens[k]!.text);
  return org && k > andAt + 1 && k < end - 1 && TITLE_HEADS.has(lower(tokens[k]!)) && isCapitalised(tokens[k + 1]!);
}

/** Does the run from `i` to `j` open a portfolio ("Minister of Infrastructure") that "and" continues? */
export function portfolioOpen(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) if (((tokens[k + 1]!.text === 'of' && PORTFOLIO_HEAD.test(tokens[k]!.text)) || (tokens[k + 1]!.text === 'for' && PORTFOLIO_HEAD_FOR.test(tokens[k]!.text)))) return !tokens.slice(k + 2, j).some((t) => t.text === 'and');
  return false;
}

/**
 * "Water and Sanitation Minister Sizwe Dlamini": does the "and" at `andAt` join two words of a
 * portfolio, which an office and a name then follow (before `end`)?
 */
export function portfolioBeforeOffice(tokens: readonly Token[], andAt: number, end: number): boolean {
  if (!AND.test(tokens[andAt]!.text) || andAt === 0 || !isCapitalised(tokens[andAt - 1]!)) return false;
  // "Administrator Marisol Reyes and Prime Minister Kenji Kanemura": a person's full name before
  // "and" ends one mention; no portfolio is named after a given name.
  if (andAt >= 2 && isCapitalised(tokens[andAt - 2]!) && getGender(tokens[andAt - 2]!.text) !== 'unknown') return false;
  // "Industry Minister Junichiro Ohashi and Resources Minister Claire Whitford": an office with
  // words after it before "and" has its holder named already; the "and" starts another mention.
  for (let k = andAt - 2; k >= 0 && isCapitalised(tokens[k]!); k--) {
    if (OFFICE_HEAD.has(lower(tokens[k]!))) return false;
  }
  for (let k = andAt + 1; k < end - 1 && isCapitalised(tokens[k]!); k++) {
    if (PORTFOLIO_HEAD.test(tokens[k]!.text) || PORTFOLIO_HEAD_FOR.test(tokens[k]!.text)) return k > andAt + 1 && isCapitalised(tokens[k + 1]!);
  }
  return false;
}

/**
 * Where the name starts in a run after an office's "of" or "for" ("Infrastructure and Water
 * Management Sanne de Vries"): at the first given name the lists know, or sooner where portfolio
 * words the lexicon knows end ("Shipping Shafiqul Islam Mazumder": "Islam" is a given name too);
 * -1 when it cannot tell.
 */
/** A field's abstract noun, which no one is named ("Public Prosecutions", "Statistics", "Accidents"). */
const PORTFOLIO_NOUN = /^\p{Lu}\p{Ll}+(?:ions|ics|ies|ments?|ances?|ences?|ness|ity|ism|dents)$/u;

function portfolioEnd(run: readonly Token[]): number {
  if (run.length < 3) return -1;
  let portfolio = 0;
  while (portfolio < run.length && (PORTFOLIO_WORDS.has(run[portfolio]!.text) || PORTFOLIO_NOUN.test(run[portfolio]!.text) || (portfolio > 0 && AND.test(run[portfolio]!.text)))) portfolio++;
  if (portfolio === 0 || run.length - portfolio < 2 || AND.test(run[portfolio - 1]!.text)) portfolio = -1;
  let g = givenNameAt(run);
  if (g >= 0 && portfolio > 0) g = Math.min(g, portfolio);
  // A given name the lists do not know ("Thandeka"): a portfolio joined by "and" ends two words
  // before the run does, a given name and a family name; without "and", the known portfolio words do.
  if (g < 0 && run.length >= 4 && run.some((t) => AND.test(t.text)) && run.slice(-2).every(isCapitalised)) g = run.length - 2;
  return g < 0 ? portfolio : g;
}

/**
 * Where a person's name starts inside a run that an office or a body's name opens: the first
 * capitalised word after the first that the name lists know as a given name, with a family name
 * after it. -1 when there is none.
 */
function givenNameAt(run: readonly Token[]): number {
  return run.findIndex((t, k) => k >= 1 && k < run.length - 1 && isCapitalised(t) && getGender(t.text) !== 'unknown');
}

/**
 * "the Frenchman", "the Northern Irishman", "the Swede": a capitalised word naming a nationality,
 * which refers back to someone rather than naming them.
 */
const NATIONAL_NOUN = /^(?:\p{Lu}\p{Ll}{2,}(?:man|woman)|Swede|Dane|Finn|Pole|Turk|Scot|Brit|Briton|Spaniard|Kiwi|Aussie|Croat|Serb)$/u;
const COMPASS = /^(?:Northern|Southern|Eastern|Western)$/;
export function nationalityNoun(tokens: readonly Token[], from: number, end: number): boolean {
  const last = tokens[end - 1]!.text;
  return NATIONAL_NOUN.test(last) && (end - from === 1 || (end - from === 2 && COMPASS.test(tokens[from]!.text)));
}

/** "Special Agent in Charge Lydia Brandt": "in" joins an office to "Charge", part of its title. */
export function inChargeOf(prev: Token, t: Token, next: Token | undefined): boolean {
  return t.text === 'in' && next?.text === 'Charge' && TITLE_HEADS.has(lower(prev));
}

/** A party's member as reporters name a lawmaker again: "the Maine Republican", "the Bangor Democrat". */

/**
 * How many tokens a party's label takes before a person's given name ("Conservative Giles
 * Ormerod"): a label, like a nationality, says who they are and is no word of their name.
 */
function partyAt(tokens: readonly Token[], i: number, end: number): number {
  for (const len of [2, 1]) {
    if (i + len + 1 >= end) continue;
    const label = tokens.slice(i, i + len).map((t) => t.text).join(' ');
    if (!PARTY_LABEL.test(label)) continue;
    const next = tokens[i + len]!;
    if (isCapitalised(next) && getGender(next.text) !== 'unknown') return len;
  }
  return 0;
}

export const PARTY_MEMBER = /^(?:Republican|Democrat|Independent|Conservative|Tory|Liberal|Socialist)$/;

/**
 * Builds a mention from a token run that names someone: "Russian President
 * Vladimir Putin", "Al Jazeera's Tim Friend", "the international aid agency",
 * "prime minister david cameron", "he".
 */
export function mentionFromTokens(tokens: readonly Token[], start: number, end: number, text: string): Mention | null {
  // "the Bangor Republican said": a description of the one in focus, not a name.
  if (end - start >= 3 && end - start <= 4 && lower(tokens[start]!) === 'the' && PARTY_MEMBER.test(tokens[end - 1]!.text) && tokens.slice(start + 1, end - 1).every(isCapitalised)) {
    const span = { start: tokens[start]!.span.start, end: tokens[end - 1]!.span.end };
    return { span, text: text.slice(span.start, span.end), titles: [], role: tokens.slice(start + 1, end).map(lower).join(' '), type: 'person' };
  }
  // "Q15 Gareth Lloyd-Hughes:": a hearing's question number before the member's name is no part of it.
  if (end - start >= 2 && /^Q\d{1,4}$/.test(tokens[start]!.text)) return mentionFromTokens(tokens, start + 1, end, text);
  const m = readMention(tokens, start, end, text);
  // "Mr RENSHAW", "Dr MARSH" (a transcript's labels): a person's name in capitals after an
  // honorific is the name "Renshaw", a person's however short ("Dr MARSH" is no acronym);
  // capitals alone may be an acronym and stay.
  if (m?.name && m.titles.some((t) => PERSONAL_HONORIFIC.test(t)) && /^(?:(?:Mc|Mac)?[\p{Lu}.'’-]+\s?)+$/u.test(m.name) && /\p{Lu}{3}/u.test(m.name)) {
    return { ...m, type: 'person', name: m.name.toLowerCase().replace(/(?:^|[\s'’-]|\bmc|\bmac)\p{Ll}/gu, (c) => c.toUpperCase()) };
  }
  return m;
}

const PERSONAL_HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Senator|Sen\.|Cr|Councillor|Sir|Dame)\.?$/;

function readMention(tokens: readonly Token[], start: number, end: number, text: string): Mention | null {
  if (end <= start) return null;
  // "Chief Public Relations Officer (CPRO) S. K. Deshmukh": the office's abbreviation is read past.
  for (let k = start + 1; k + 3 < end; k++) {
    if (tokens[k]!.text === '(' && /^[A-Z]{2,6}$/.test(tokens[k + 1]!.text) && tokens[k + 2]!.text === ')') {
      const rest = [...tokens.slice(start, k), ...tokens.slice(k + 3, end)];
      const m = mentionFromTokens(rest, 0, rest.length, text);
      return m && { ...m, span: { start: tokens[start]!.span.start, end: tokens[end - 1]!.span.end }, text: text.slice(tokens[start]!.span.start, tokens[end - 1]!.span.end) };
    }
  }
  // "Hardoi CMO Dr Rajeev Kumar Saxena": a personal honorific inside the run opens the person's
  // name; the capitalised words before it, with an office's initials among them, are no name of
  // theirs ("Chief Medical Officer Dr …" keeps its title).
  for (let k = start + 1; k < end - 1; k++) {
    const before = tokens.slice(start, k);
    if (/^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(tokens[k]!.text) && isCapitalised(tokens[k + 1]!) && before.every((t) => isCapitalised(t) && !PERSONAL_HONORIFIC.test(t.text)) && before.some((t) => /^[A-Z]{2,6}$/.test(t.text))) {
      start = k;
      break;
    }
  }
  // "Mayo-born Orla", "London-based Ana Ruiz": where someone is from describes them; the name follows.
  for (let k = start + 1; k < end - 1; k++) {
    if (/^(?:born|based|bred|raised)$/i.test(tokens[k]!.text) && tokens[k - 1]!.span.end === tokens[k]!.span.start && /-$/.test(text.slice(tokens[k]!.span.start - 1, tokens[k]!.span.start))) start = k + 1;
  }
  // A possessor names someone else: "Al Jazeera's Tim Friend" is Tim Friend. But a
  // possessive inside a name stays: "Swedish Health Workers' Union", "Queen's Park".
  let familyName: string | undefined;
  for (let i = end - 1; i > start; i--) {
    if (!isPossessive(tokens[i]!) || i + 1 >= end) continue;
    const after = tokens.slice(i + 1, end);
    const whole = text.slice(tokens[start]!.span.start, tokens[end - 1]!.span.end);
    const insideName = (after.length === 1 && ORG_NAME_WORDS.test(after[0]!.text)) || isRegionName(whole.replace(/^the\s+/i, ''));
    if (!insideName) {
      // "Nowak's widow Agnieszka" is Agnieszka Nowak.
      if (FAMILY_NOUNS.test(after[0]!.text) && after.length === 2 && isCapitalised(after[1]!) && isCapitalised(tokens[i - 1]!)) {
        familyName = tokens[i - 1]!.text;
      }
      start = i + 1;
    }
    break;
  }
  // Coordinated speakers: take the first ("Human Rights Watch and the Syrian opposition …").
  for (let i = start + 1; i < end; i++) {
    // "Sindh's relief and rehabilitation minister": "and" between lower-case words joins one office's portfolio.
    const inRole = i + 1 < end && /^\p{Ll}/u.test(tokens[i - 1]!.text) && /^\p{Ll}/u.test(tokens[i + 1]!.text) && tokens.slice(i + 1, end).some((t) => TITLE_HEADS.has(lower(t)));
    if (AND_I.test(tokens[i]!.text) && !inRole && !orgNameJoined(tokens, i, end) && !portfolioOpen(tokens, start, i) && !portfolioBeforeOffice(tokens, i, end)) { end = i; break; }
  }
  while (end > start && isPossessive(tokens[end - 1]!)) end--;
  if (end <= start) return null;
  const spanStart = tokens[start]!.span.start;
  let spanEnd = tokens[end - 1]!.span.end;
  let whole = text.slice(spanStart, spanEnd);
  if (end - start === 1) {
    const p = lower(tokens[start]!);
    if (PRONOUNS.has(p)) return { span: { start: spanStart, end: spanEnd }, text: whole, titles: [], type: 'person', pronoun: p };
  }
  let i = start;
  let hasDeterminer = false;
  if (ARTICLE.test(tokens[i]!.text)) { hasDeterminer = true; i++; }
  // A place or seat of government named whole ("Queen's Park", "the White House", "Downing Street").
  const asWritten = text.slice(tokens[i]!.span.start, tokens[end - 1]!.span.end);
  if (i < end && isCapitalised(tokens[i]!) && isRegionName(asWritten)) {
    return { span: { start: spanStart, end: spanEnd }, text: whole, name: asWritten, titles: [], type: 'place' };
  }
  // "a tourist from Lyon, France, who …, told her brother": a town after a preposition of place
  // is where someone is from, not someone speaking (as "Washington said" may be).
  if (!hasDeterminer && start > 0 && PLACE_PREPOSITION.test(tokens[start - 1]!.text) && lookupPlace(asWritten).some((r) => r.type === 'city')) {
    return { span: { start: spanStart, end: spanEnd }, text: whole, name: asWritten, titles: [], type: 'place' };
  }
  const titles: string[] = [];
  let nationality: string | undefined;
  let role: string | undefined;
  const roleWords: string[] = [];
  // Descriptors before the name: demonyms, titles, lower-case role words ("charity", "opposition").
  // Lower-case words right before a title belong to it: "sporting director", "deputy director".
  let modifiersFrom = -1;
  while (i < end) {
    const d = demonymAt(tokens, i, end);
    if (d) { nationality = d.country; roleWords.push(...tokens.slice(i, i + d.len).map(lower)); i += d.len; modifiersFrom = -1; continue; }
    const party = partyAt(tokens, i, end);
    if (party) { roleWords.push(...tokens.slice(i, i + party).map(lower)); i += party; modifiersFrom = -1; continue; }
    const tl = titleAt(tokens, i, end);
    if (tl > 0) {
      const from = modifiersFrom >= 0 && i - modifiersFrom <= 2 ? modifiersFrom : i;
      titles.push(tokens.slice(from, i + tl).map((t) => t.text).join(' '));
      roleWords.push(...tokens.slice(i, i + tl).map(lower));
      i += tl;
      modifiersFrom = -1;
      continue;
    }
    const w = lower(tokens[i]!);
    const nextCap = i + 1 < end && isCapitalised(tokens[i + 1]!);
    if ((!isCapitalised(tokens[i]!) || (ORG_ROLE_NOUNS.has(w) && nextCap && i === start)) && i + 1 < end) {
      const modifier = !isCapitalised(tokens[i]!) && (tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'NOUN' || (tokens[i]!.pos === 'VERB' && /ing$/.test(w))) && !FORMER.test(w);
      if (modifier && modifiersFrom < 0) modifiersFrom = i;
      else if (!modifier) modifiersFrom = -1;
      roleWords.push(w);
      i++;
      continue;
    }
    break;
  }
  // "Inspector-General of Police", "Director-General": two title words joined by a hyphen are one office.
  for (let k = titles.length - 2; k >= 0; k--) {
    if (whole.includes(`${titles[k]}-${titles[k + 1]}`)) titles.splice(k, 2, `${titles[k]}-${titles[k + 1]}`);
  }
  const offices = titles.filter((t) => !HONORIFIC_TITLE.test(t));
  // "Justice Minister Sanne de Vries": a title word before "Minister" is the portfolio, not a second office.
  const [penult, last] = [titles.at(-2), titles.at(-1)];
  if (penult && last && /^(?:Minister|Secretary|minister|secretary)$/.test(last) && !penult.includes(' ') && whole.includes(`${penult} ${last}`)) {
    titles.splice(-2, 2, `${penult} ${last}`);
    offices.splice(-2, 2, `${penult} ${last}`);
  }
  if (offices.length > 1) {
    // "The Prime Minister President Putin …" (a garbled caption): only the nearest office is his.
    const lastOffice = titles.lastIndexOf(offices.at(-1)!);
    titles.splice(0, lastOffice);
  }
  let nameTokens = tokens.slice(i, end);
  // "Kalgoona Managing Director": a firm's name before an office of two words or more is whose
  // office it is, not a person's name ("… and Chief Executive Officer, Mr Brendan Kearsley").
  // One word will do where "and" joins it to another office ("Tri-Coast Polymers President and CEO
  // Martin Sorensen").
  const joinedOffice = /^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(tokens[end - 1]!.span.end, tokens[end - 1]!.span.end + 8));
  if (titles.length === 0 && (nameTokens.length >= 3 || (joinedOffice && nameTokens.length === 2 && getGender(nameTokens[0]!.text) === 'unknown' && !TITLE_HEADS.has(lower(nameTokens[0]!))))) {
    for (let k = 1; k < nameTokens.length - (joinedOffice ? 0 : 1); k++) {
      const len = titleAt(tokens, i + k, end);
      if (len < (joinedOffice ? 1 : 2) || i + k + len !== end || !nameTokens.slice(0, k).every((t, n) => isCapitalised(t) || (n > 0 && t.text === '-')) || !nameTokens.slice(k).every(isCapitalised)) continue;
      const office = text.slice(tokens[i + k]!.span.start, tokens[end - 1]!.span.end);
      return { span: { start: spanStart, end: spanEnd }, text: whole, titles: [office], role: office.toLowerCase(), type: 'person' };
    }
  }
  // "the Minister of Health", "Minister of Agriculture and Livestock": a portfolio and nothing
  // after it is the office, held by whoever the text names beside it, not a person called "Health".
  if (titles.length && i > start && /^(?:of|for)$/.test(lower(tokens[i - 1]!)) && nameTokens.length > 0 && PORTFOLIO_WORDS.has(nameTokens[0]!.text) && nameTokens.every((t, k) => PORTFOLIO_WORDS.has(t.text) || (k > 0 && AND.test(t.text)) || (k > 0 && isCapitalised(t) && AND.test(nameTokens[k - 1]!.text) && k === nameTokens.length - 1))) {
    titles[titles.length - 1] = `${titles.at(-1)!} ${lower(tokens[i - 1]!)} ${text.slice(nameTokens[0]!.span.start, nameTokens.at(-1)!.span.end)}`;
    roleWords.push(...nameTokens.map(lower));
    nameTokens = [];
  }
  // "President and Chief Executive Officer of Bluewake", "Mayor of Roundstone": one word after an
  // office's "of" that no list knows as a given name is the body or place the office is of.
  if (titles.length && i > start && lower(tokens[i - 1]!) === 'of' && nameTokens.length === 1 && getGender(nameTokens[0]!.text) === 'unknown') {
    titles[titles.length - 1] = `${titles.at(-1)!} of ${nameTokens[0]!.text}`;
    roleWords.push(lower(nameTokens[0]!));
    nameTokens = [];
  }
  // "Minister of Infrastructure and Water Management Sanne de Vries": a portfolio after "of" runs
  // on to the person's given name.
  if (titles.length && i > start && (lower(tokens[i - 1]!) === 'of' || lower(tokens[i - 1]!) === 'for') && nameTokens.length >= 3) {
    // The name begins at the first given name the lists know, or sooner where portfolio words the
    // lexicon knows end ("for Shipping Shafiqul Islam Mazumder": "Islam" is a given name too).
    let g = portfolioEnd(nameTokens);
    // "the Minister of Local Government and Disaster Risk Management, Vikash Doorgakant,": words no
    // list knows as a given name, closed by a comma before the name, finish the portfolio.
    const last = nameTokens.at(-1)!;
    const closed = text.slice(last.span.end, last.span.end + 2).startsWith(',');
    if (g > 0 && g < nameTokens.length && closed && getGender(nameTokens[g]!.text) === 'unknown' && nameTokens.slice(g).every((t) => isCapitalised(t) && getGender(t.text) === 'unknown')) g = nameTokens.length;
    if (g > 0 && nameTokens.slice(0, g).every((t) => isCapitalised(t) || AND.test(t.text))) {
      titles[titles.length - 1] = `${titles.at(-1)!} ${lower(tokens[i - 1]!)} ${text.slice(nameTokens[0]!.span.start, nameTokens[g - 1]!.span.end)}`;
      roleWords.push(...nameTokens.slice(0, g).map(lower));
      nameTokens = nameTokens.slice(g);
    }
  }
  // "Provincial Minister for Relief and Rehabilitation Mir Zulfiqar Ali Talpur": an office the
  // lists do not know, with its portfolio after "for", runs to the name as one the lists know does.
  const headAt = nameTokens.findIndex((t, k) => k < nameTokens.length - 3 && (PORTFOLIO_HEAD.test(t.text) || PORTFOLIO_HEAD_FOR.test(t.text)) && /^(?:of|for)$/.test(nameTokens[k + 1]!.text));
  if (headAt >= 0 && nameTokens.slice(0, headAt).every(isCapitalised)) {
    const rest = nameTokens.slice(headAt + 2);
    const g = portfolioEnd(rest);
    if (g > 0 && rest.slice(0, g).every((t) => isCapitalised(t) || AND.test(t.text))) {
      const pre = nameTokens.slice(0, headAt + 2 + g);
      titles.push(text.slice(pre[0]!.span.start, pre.at(-1)!.span.end));
      roleWords.push(...pre.map(lower));
      nameTokens = rest.slice(g);
    }
  }
  // Titles the list does not know end in a head word: "Labour Minister Nasreen Jahan",
  // "Lieutenant Colonel Mahbub Chowdhury", "Whitcombe boss Gary Tolland".
  for (let k = nameTokens.length - 2; k >= 0; k--) {
    // A known title inside the run: "Palnadu Superintendent of Police Y. Harshavardhan Raju".
    const tl = titleAt(nameTokens, k, nameTokens.length);
    if (tl > 1 && k + tl < nameTokens.length) {
      // "Egoli Water managing director Pieter van der Merwe": a title in lower case after
      // capitalised words is the office alone; the words before it name whose it is.
      const owned = k > 0 && !isCapitalised(nameTokens[k]!) && nameTokens.slice(0, k).every(isCapitalised);
      const pre = nameTokens.slice(owned ? k : 0, k + tl);
      titles.push(text.slice(pre[0]!.span.start, pre.at(-1)!.span.end));
      roleWords.push(...pre.map(lower));
      nameTokens = nameTokens.slice(k + tl);
      break;
    }
    // A title head, or any lower-case word: "Defence lawyer Markus Henning".
    const t = nameTokens[k]!;
    const roleWord = !isCapitalised(t) && t.kind === 'word' && !NAME_PARTICLES.has(lower(t)) && !OF_THE.test(t.text) && !isNameSyllable(nameTokens, k) && !(t.text === 'for' && k > 0 && BODY_FOR.test(nameTokens[k - 1]!.text));
    // "Treasury CS Joseph Rono", "KNH CEO Faith Mwende": an abbreviated office before a given name.
    const abbreviatedOffice = /^[A-Z]{2,5}$/.test(t.text) && k <= nameTokens.length - 3 && getGender(nameTokens[k + 1]!.text) !== 'unknown';
    if (!TITLE_HEADS.has(lower(t)) && !roleWord && !abbreviatedOffice) continue;
    // "secretary Dean Muirhead", "Dean Elgar": a title word that is also a given name, after an
    // office or opening the run, before a surname, is the given name.
    if (isCapitalised(t) && k === nameTokens.length - 2 && getGender(t.text) !== 'unknown' && (nameTokens.slice(0, k).some((x) => TITLE_HEADS.has(lower(x))) || (k === 0 && titles.length === 0 && GIVEN_NAME_TITLES.has(lower(t))))) continue;
    // "Egoli Water managing director Pieter van der Merwe": lower-case words of the office after
    // capitalised ones; the capitalised words name whose office it is ("Defence lawyer" keeps its portfolio).
    const lowerFrom = nameTokens.findIndex((x, n) => n < k && !isCapitalised(x));
    // A firm or a body of two words or more; one capitalised word may be the office's own ("Deputy",
    // "Former") or its place ("Sleman deputy regent").
    const owner = lowerFrom >= 2 && nameTokens.slice(lowerFrom, k).every((x) => !isCapitalised(x)) && !nameTokens.slice(0, lowerFrom).some((x) => TITLE_HEADS.has(lower(x)) || FORMER.test(lower(x))) ? lowerFrom : 0;
    const pre = nameTokens.slice(owner, k + 1);
    titles.push(text.slice(pre[0]!.span.start, pre.at(-1)!.span.end));
    roleWords.push(...nameTokens.slice(0, k + 1).map(lower));
    nameTokens = nameTokens.slice(k + 1);
    break;
  }
  // "Principal Inspector of Air Accidents Gareth Lowry": an office read from its head word, with
  // its portfolio after "of", runs to the person's given name.
  if (titles.length > 0 && nameTokens.length >= 4 && /^(?:of|for)$/.test(lower(nameTokens[0]!))) {
    const rest = nameTokens.slice(1);
    const g = portfolioEnd(rest);
    if (g > 0 && rest.slice(0, g).every((t) => isCapitalised(t) || AND.test(t.text))) {
      titles[titles.length - 1] = `${titles.at(-1)!} ${text.slice(nameTokens[0]!.span.start, rest[g - 1]!.span.end)}`;
      roleWords.push(...nameTokens.slice(0, g + 1).map(lower));
      nameTokens = rest.slice(g);
    }
  }
  // "SGN Chief Executive Officer Ir. Shahrul Nizam": an honorific after the office opens the name.
  for (let tl = nameTokens.length > 1 ? titleAt(nameTokens, 0, nameTokens.length) : 0; tl > 0 && tl < nameTokens.length && titles.length > 0; tl = nameTokens.length > 1 ? titleAt(nameTokens, 0, nameTokens.length) : 0) {
    titles.push(text.slice(nameTokens[0]!.span.start, nameTokens[tl - 1]!.span.end));
    nameTokens = nameTokens.slice(tl);
  }
  // "Chief Minister Sindh Syed Faraz Ali Shah", "IG Punjab Usman Anwar": South Asian style sets
  // the province after the office; a region before a given name is the office's, not the name's.
  if (titles.length > 0 && nameTokens.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(nameTokens[0]!.text) && getGender(nameTokens[0]!.text) === 'unknown' && nameTokens.slice(1).every(isCapitalised) && lookupPlace(nameTokens[0]!.text).length > 0) {
    titles[titles.length - 1] = `${titles.at(-1)!} ${nameTokens[0]!.text}`;
    roleWords.push(lower(nameTokens[0]!));
    nameTokens = nameTokens.slice(1);
  }
  // "Pellew J", "Hale LJ", "Tunde Ajibade SAN", "Ann Roy KC": a judge's or counsel's letters after
  // the surname are a title, not a second name.
  if (nameTokens.length >= 2 && POST_NOMINAL.test(nameTokens.at(-1)!.text)) {
    titles.push(nameTokens.at(-1)!.text);
    nameTokens = nameTokens.slice(0, -1);
  }
  // "The Chief Medical Director of BSUTH": the body after the office owns it; no one is named.
  if (titles.length && nameTokens.length >= 2 && nameTokens.length <= 5 && lower(nameTokens[0]!) === 'of' && givenNameAt(nameTokens.slice(1)) < 0) {
    titles[titles.length - 1] = `${titles.at(-1)!} ${text.slice(nameTokens[0]!.span.start, nameTokens.at(-1)!.span.end)}`;
    roleWords.push(...nameTokens.map(lower));
    nameTokens = [];
  }
  // "Cabinet Secretary for the National Treasury Joseph Kiprotich Rono": a body's name run
  // into its officer's; the person starts at a given name the name lists know.
  if (nameTokens.length >= 3 && nameTokens.every(isCapitalised)) {
    const g = givenNameAt(nameTokens);
    // "Council Members Gabriela Ortiz, …": a plural office before the first of a list of names.
    const pluralOffice = (t: Token) => /s$/.test(t.text) && (TITLE_HEADS.has(lower(t).slice(0, -1)) || lower(t) === 'members');
    if (g >= 1 && nameTokens.slice(0, g).some((t) => ORG_NAME_WORDS.test(t.text) || pluralOffice(t))) {
      // The title takes in the role words before it: "Council Members", not "Members".
      const from = roleWords.length > 0 && !titles.length ? tokens[hasDeterminer ? start + 1 : start]! : nameTokens[0]!;
      titles.push(text.slice(from.span.start, nameTokens[g - 1]!.span.end));
      roleWords.push(...nameTokens.slice(0, g).map(lower));
      nameTokens = nameTokens.slice(g);
    }
  }
  // "the Transport Minister", "the Budget Director": a run of capitalised words ending in a
  // title's head word names an office, not someone; it is a role description.
  // ("The Chief Medical Director of …": the article may stand before the titles, too.)
  const afterThe = hasDeterminer || /\bthe\s+$/i.test(text.slice(Math.max(0, (nameTokens[0]?.span.start ?? 0) - 5), nameTokens[0]?.span.start ?? 0)) || (titles.length > 0 && /\bthe\s+$/i.test(text.slice(Math.max(0, tokens[start]!.span.start - 5), tokens[start]!.span.start)));
  if (nameTokens.length >= 2 && nameTokens.length <= 3 && afterThe && OFFICE_HEAD.has(lower(nameTokens.at(-1)!)) && nameTokens.every(isCapitalised)) {
    titles.push(text.slice(nameTokens[0]!.span.start, nameTokens.at(-1)!.span.end));
    roleWords.push(...nameTokens.map(lower));
    nameTokens = [];
  }
  // "the Executive Secretary", "the Deputy Director": an office's head after a title word is the
  // rest of the office, not a name.
  if (nameTokens.length === 1 && titles.length > 0 && afterThe && OFFICE_HEAD.has(lower(nameTokens[0]!)) && isCapitalised(nameTokens[0]!)) {
    const from = tokens.find((t) => t.span.start >= spanStart && !/^(?:the|a|an)$/i.test(t.text)) ?? nameTokens[0]!;
    titles[titles.length - 1] = text.slice(from.span.start, nameTokens[0]!.span.end);
    roleWords.push(lower(nameTokens[0]!));
    nameTokens = [];
  }
  // "Sabine Imhof of Bank Albis": a person's name ends where their affiliation begins.
  const ofAt = nameTokens.findIndex((t) => t.text === 'of');
  if (ofAt >= 2 && !nameTokens.slice(0, ofAt).some((t) => ORG_NAME_WORDS.test(t.text)) && nameTokens.slice(0, ofAt).every((t) => isCapitalised(t) || t.text === '-')) {
    nameTokens = nameTokens.slice(0, ofAt);
    end = start + (nameTokens.at(-1) ? tokens.indexOf(nameTokens.at(-1)!) - start + 1 : 0);
  }
  const nameWords = nameTokens.map((t) => t.text);
  const bodyFor = (t: Token, k: number) => t.text === 'for' && k > 0 && BODY_FOR.test(nameTokens[k - 1]!.text) && k + 1 < nameTokens.length;
  if (nameTokens.length > 0 && nameTokens.every((t, k) => isCapitalised(t) || NAME_PARTICLES.has(lower(t)) || isPossessive(t) || NAME_JOINER.test(t.text) || isNameSyllable(nameTokens, k) || bodyFor(t, k))) {
    let name = text.slice(nameTokens[0]!.span.start, nameTokens.at(-1)!.span.end);
    if (familyName && nameTokens.length === 1) name = `${name} ${familyName}`;
    spanEnd = nameTokens.at(-1)!.span.end;
    whole = text.slice(spanStart, spanEnd);
    if (roleWords.length) role = roleWords.join(' ');
    // A role word before a person's name leaves them a person when the name lists know the given
    // name, or when the role word ends a phrase describing an office ("leader in council Riaan Pretorius").
    const personal = nameWords.length >= 2 && (getGender(nameWords[0]!) !== 'unknown' || /^(?:in|on|of)$/i.test(tokens[start - 1]?.text ?? ''));
    let type = (roleWords.some((w) => ORG_ROLE_NOUNS.has(w)) && titles.length === 0 && !personal) || nameTokens.some(bodyFor) ? 'organisation' : classifyName(nameWords, titles);
    let fullName = name;
    if (nationality && titles.length === 0 && i > start) {
      const withDemonym = text.slice(tokens[hasDeterminer ? start + 1 : start]!.span.start, nameTokens.at(-1)!.span.end);
      if (type === 'organisation' || classifyName(withDemonym.split(/\s+/), []) === 'organisation') {
        fullName = withDemonym;
        type = 'organisation';
      }
    }
    return {
      span: { start: spanStart, end: spanEnd }, text: whole, name: fullName, titles, ...(role ? { role } : {}),
      ...(nationality ? { nationality } : {}), type,
    };
  }
  // No proper name: a role description that refers back ("the Russian leader", "the agency").
  const words = tokens.slice(i, end).map(lower);
  const all = [...roleWords, ...words];
  const head = all.at(-1);
  if (!head) {
    if (titles.length) {
      return { span: { start: spanStart, end: spanEnd }, text: whole, titles, role: roleWords.join(' '), ...(nationality ? { nationality } : {}), type: 'person' };
    }
    return null;
  }
  const headWord = head.replace(/^.*-(?=year-old$)/, '');
  // "a JR Hokkaido spokesperson said": someone unnamed speaking for a body speaks as the body.
  // ("the Kremlin spokesman" may be the one just named; only the indefinite is anonymous.)
  const body = tokens.slice(i, end - 1);
  if (/^an?$/i.test(tokens[start]!.text) && REPRESENTATIVE.test(headWord) && body.length > 0 && body.every((t, k) => isCapitalised(t) || isJoiningHyphen(tokens, i + k)) && titles.length === 0 && !nationality) {
    const name = text.slice(body[0]!.span.start, body.at(-1)!.span.end);
    return { span: { start: body[0]!.span.start, end: body.at(-1)!.span.end }, text: name, name, titles: [], type: 'organisation' };
  }
  let type: EntityType = 'unknown';
  // "the 47-year-old Argentine", "the Frenchman": age and nationality describe a person.
  const describesPerson = /\byear-old\b/.test(whole) || (nationality !== undefined && all.length === 1) || /(?:man|woman)$/.test(headWord);
  if (PERSON_ROLE_NOUNS.has(headWord) || titles.length || describesPerson) type = 'person';
  else if (ORG_ROLE_NOUNS.has(headWord)) type = 'organisation';
  else if (!hasDeterminer) return null;
  if (type === 'unknown') return null;
  return {
    span: { start: spanStart, end: spanEnd }, text: whole, titles, role: all.join(' '),
    ...(nationality ? { nationality } : {}), type,
  };
}

/** Walks back from `end` (exclusive) over a noun phrase; returns its first token index. */
export function npBackward(tokens: readonly Token[], end: number, min: number): number {
  if (end > min && PRONOUNS.has(lower(tokens[end - 1]!)) && !OBJECT_PRONOUN.test(tokens[end - 1]!.text)) return end - 1;
  let i = end;
  while (i > min) {
    const t = tokens[i - 1]!;
    if (isNpToken(t) || isJoiningHyphen(tokens, i - 1)) { i--; continue; }
    // "Secretary of State John Kerry", "Bank of England": "of" between capitalised words.
    if (t.text === 'of' && i - 2 >= min && isCapitalised(tokens[i - 2]!) && i < end && isCapitalised(tokens[i]!)) { i--; continue; }
    // "MMC for Environment and Infrastructure Services", "Minister for Health": a portfolio after "for".
    if (t.text === 'for' && i - 2 >= min && PORTFOLIO_HEAD_FOR.test(tokens[i - 2]!.text) && i < end && isCapitalised(tokens[i]!)) { i--; continue; }
    if (AND.test(t.text) && i - 2 >= min && isCapitalised(tokens[i - 2]!) && i < end && (isCapitalised(tokens[i]!) || THE.test(tokens[i]!.text))) { i--; continue; }
    break;
  }
  // A capitalised sentence opener ("But", "However") is not part of the phrase.
  while (i < end && SENTENCE_OPENERS.has(lower(tokens[i]!)) && !ARTICLE.test(tokens[i]!.text)) i++;
  return i;
}

/** Walks forward from `start` over a noun phrase; returns the index after its last token. */
export function npForward(tokens: readonly Token[], start: number, max: number): number {
  let i = start;
  if (i < max && PRONOUNS.has(lower(tokens[i]!))) return i + 1;
  while (i < max) {
    const t = tokens[i]!;
    if (isJoiningHyphen(tokens, i)) { i++; continue; }
    if (isNpToken(t)) {
      // A verb-like word ends the phrase even when the tagger calls it a noun ("said Cameron, who").
      if (i > start && t.pos === 'VERB' && !isCapitalised(t)) break;
      i++;
      continue;
    }
    // "launch director Hélène Marchetti": a word the tagger reads as a verb, naming what an office heads.
    // "chief operating officer": the same inside an office's words; and "the label's managing
    // director" after a determiner or a possessive.
    if (t.pos === 'VERB' && !isCapitalised(t) && i + 1 < max && TITLE_HEADS.has(lower(tokens[i + 1]!)) && ((i === start && i + 2 < max && isCapitalised(tokens[i + 2]!)) || (i > start && (TITLE_HEADS.has(lower(tokens[i - 1]!)) || /^(?:['’]s|the|its|his|her|their)$/i.test(tokens[i - 1]!.text))))) {
      i++;
      continue;
    }
    // "Chief Public Relations Officer (CPRO) S. K. Deshmukh": an office's abbreviation in brackets.
    if (t.text === '(' && i > start && i + 3 < max && /^[A-Z]{2,6}$/.test(tokens[i + 1]!.text) && tokens[i + 2]!.text === ')' && isCapitalised(tokens[i + 3]!)) {
      i += 3;
      continue;
    }
    if (i > start && i + 2 < max && inChargeOf(tokens[i - 1]!, t, tokens[i + 1]) && isCapitalised(tokens[i + 2]!)) {
      i++;
      continue;
    }
    if (t.text === 'of' && i > start && isCapitalised(tokens[i - 1]!) && i + 1 < max && isCapitalised(tokens[i + 1]!) && HEAD_OF_OF.test(tokens[i - 1]!.text)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}
