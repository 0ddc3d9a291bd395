import type { AnalysedDocument, Block, Mention, Quote, Token } from '../model/index.js';
import { cueAfter, cueBefore, interviewee, isReportingVerb, possessedSpeech, sentenceSubject, type Cue, type Zone } from './attribution.js';
import { TITLE_HEADS, TITLES } from './lexicon.js';
import { END_MARK, SPEAKER_LABEL } from '../parse/classify.js';
import { isKnownPlace } from '../gazetteer/index.js';
import { scanQuotes, type QuotedSpan } from './quote-marks.js';
import { tokenIndexAt } from '../model/tokens.js';
import { tokensStartingIn } from './token-flags.js';
import { mentionFromTokens, npForward } from './names.js';
import { matchAll } from '../analyse/match-all.js';
import { getGender } from 'gender-detection-from-name';
import { isSpeechLabel } from '../analyse/index.js';
import { tokenise } from '../analyse/nlp.js';

const CLAIM_BLOCKS = new Set(['paragraph', 'blockquote', 'list-item']);
const SENTENCE_END = /^[.!?…]$/;
/** "D-Ore., wrote": a period a comma follows closed an abbreviation, not the sentence. */
function endsSentenceAt(tokens: readonly Token[], i: number): boolean {
  return endsSentence(tokens[i]!.text) && !/^[,;]$/.test(tokens[i + 1]?.text ?? '');
}

/** `SENTENCE_END` for a token: one character long, so longer tokens skip the pattern. */
const endsSentence = (text: string) => text.length === 1 && SENTENCE_END.test(text);

interface Candidate {
  block: Block;
  q: QuotedSpan;
  /** For block quotes without marks: who the signature or lead-in names. */
  unmarked?: { mention: Mention | null; kind: 'signature' | 'before' | 'answer' };
}

function titleCase(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "prime minister david cameron" → a person mention with title "prime minister" and name "David Cameron". */
export function signatureMention(block: Block): Mention | null {
  const sig = block.signature;
  if (!sig) return null;
  const start = block.span.start + block.text.indexOf(sig);
  let rest = sig.replace(/[,.]+$/, '');
  const titles: string[] = [];
  for (;;) {
    const lowerRest = rest.toLowerCase();
    const t = TITLES.find((x) => lowerRest.startsWith(`${x} `));
    if (!t) break;
    titles.push(rest.slice(0, t.length));
    rest = rest.slice(t.length + 1);
  }
  // "Jane Doe, chief executive of X": the name comes first.
  let [name] = rest.split(/,\s*/);
  if (!name) return null;
  // "kumo pay chief executive takeshi mori": the name follows the last title word.
  const words = name.trim().split(/\s+/);
  const lastTitle = words.map((w) => w.toLowerCase()).findLastIndex((w) => TITLE_HEADS.has(w));
  if (lastTitle >= 0 && lastTitle < words.length - 1) {
    titles.push(words.slice(0, lastTitle + 1).join(' '));
    name = words.slice(lastTitle + 1).join(' ');
  }
  return { span: { start, end: start + sig.length }, text: sig, name: titleCase(name.trim()), titles, type: 'person' };
}

/** "Senator Jane Holloway (Chair)": the member a transcript's header names as its chair. */
const CHAIR_IN_HEADER = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s*\(Chair(?:man|person|woman)?\)/u;
const REPORTED_SPEECH = /\b(?:said|says|told|according to)\b/;
const FIRST_PERSON_TOLD = /\b(?:I|we)(?:['’]m|['’]ve been|['’]re| am| was| were| have been| had been)\s+told\b/gi;
const NOT_A_SPEAKER = /^(?:UPDATE|UPDATED|LATEST|CORRECTION|CLARIFICATION|NOTE|EDITOR'?S NOTE|PHOTO|PHOTOS|VIDEO|CREDIT|SOURCE|SOURCES|WATCH|READ MORE|READ ALSO|KEY POINTS|LIVE|BREAKING|BREAKING NEWS|ALSO READ|RELATED|DISCLAIMER|ANALYSIS|EXCLUSIVE|OPINION|FACT CHECK|BACKGROUND|CONTEXT|TRANSCRIPT|EXCERPT|FULL TRANSCRIPT|ENDS|END|(?:JOINT\s+|MEDIA\s+|PRESS\s+|NEWS\s+)?(?:STATEMENT|RELEASE|ADVISORY|NOTICE|BULLETIN|COMMUNIQU[EÉ])|FOR IMMEDIATE RELEASE|EMBARGO(?:ED)?)$/;

const WORK_BEFORE = /\b(?:program|programme|show|series|column|book|novel|memoir|film|movie|documentary|song|album|single|track|podcast|newsletter|segment|paper|study|report|article|play|opera|exhibition|painting|canvas|portrait|seascape|landscape|sculpture|poem|titled|entitled),?\s*$/i;
/** "'Jeune fille au jardin, Mézy' (1891)": a year in brackets after the marks dates a work. */
const DATED_AFTER = /^\s*\((?:c\.\s*)?(?:1[0-9]|20)\d{2}\)|^\s*,\s+(?:an?|the|his|her|their)\s+(?:(?:1[0-9]|20)\d{2}\s+)?(?:view|painting|canvas|portrait|seascape|landscape|work|song|single|film|novel|album|poem)\b/i;
const POSSESSIVE_NAME_BEFORE = /\p{Lu}[\p{L}.&-]*['’]s\s*$/u;

/** Another title in marks right after or before this one: "'Paper Lungs', 'Tidal', the still-thrilling 'Ninety Days'". */
const TITLE_LISTED_AFTER = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)(?:the\s+[\p{Ll}-]+\s+)?['‘"“]\p{Lu}/u;
const TITLE_LISTED_BEFORE = /['’"”]\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+[\p{Ll}-]+\s+)?$/u;

/** `Pilbara Lode Minerals Limited ("Pilbara Lode" or "the Company")`, `(the "Agreement")`: a release's defined term in brackets. */
const DEFINED_TERM_BEFORE = /\((?:the\s+|together,?\s+)?$|\(["“][^"”()]{1,40}["”]\s+or\s+(?:the\s+)?$/;
const DEFINED_TERM_AFTER = /^\s*(?:\)|or\s+(?:the\s+)?["“])/;

/** '… told the paper, "but we held"', "said on the programme:": the work is where the words were said, not their title. */
const SAID_TO_WORK_BEFORE = /\b(?:told|tells|telling|said\s+(?:to|in|on)|says\s+(?:to|in|on)|wrote\s+in|writing\s+in|speaking\s+(?:to|on|in))\s+(?:the|a|an|this|our|his|her|their)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+,?\s*$/iu;

function isTitleOfWork(before: string, inner: string, after = ''): boolean {
  if ((WORK_BEFORE.test(before) && !SAID_TO_WORK_BEFORE.test(before)) || DATED_AFTER.test(after)) return true;
  if (DEFINED_TERM_BEFORE.test(before) && DEFINED_TERM_AFTER.test(after) && inner.split(/\s+/).length <= 5 && /^(?:the\s+)?\p{Lu}/u.test(inner)) return true;
  // After an outlet's possessive, a short run of capitalised words is a show's name.
  const words = inner.replace(/[.,!?]+$/, '').split(/\s+/);
  const titleCase = words.length <= 6 && words.every((w) => /^(?:\p{Lu}|\d|of|the|and|nga|de|a|in|on)/u.test(w));
  if (POSSESSIVE_NAME_BEFORE.test(before) && titleCase) return true;
  // Titles in a run ("Between 'Tidal' and 'Ninety Days'", a setlist in prose): words in title case
  // with no sentence of their own, beside others of their kind, are names of works, not speech.
  return titleCase && !/[.!?…]$/.test(inner.trim()) && (TITLE_LISTED_AFTER.test(after) || TITLE_LISTED_BEFORE.test(before));
}

/** An interview's answer and question lines. */
const ANSWER = /^\s*A\s*[:.–—-]\s+/;
const QUESTION = /^\s*(?:Q|Question)\s*[:.–—-]\s+/;
/** An answer carried on into the next paragraph speaks in the first person singular (a club's "we" is the writer's). */
const FIRST_PERSON = /\b(?:I|my|me|I'm|I've|I'll|I'd)\b/;

function blockHasMarks(block: Block): boolean {
  return /["“”„«»]|(?:^|\s)['‘][\p{Lu}]/u.test(block.text);
}

function unmarkedSpan(block: Block, skip = 0): QuotedSpan {
  const lead = skip + block.text.slice(skip).length - block.text.slice(skip).trimStart().length;
  const trail = block.text.trimEnd().length;
  return {
    open: block.span.start + lead,
    close: block.span.start + trail,
    inner: { start: block.span.start + lead, end: block.span.start + trail },
    family: 'double',
    closed: true,
    nested: false,
  };
}

/** Does some question speak to the one answering ("Were you nervous?"), or some answer in the first person? */
function interviewLike(blocks: readonly Block[]): boolean {
  return blocks.some((b) => (QUESTION.test(b.text) && /\b(?:you|your|yours|yourself)\b/i.test(b.text)) || (ANSWER.test(b.text) && FIRST_PERSON.test(b.text.replace(/’/g, "'"))));
}

/**
 * The person the paragraph before an interview's questions says is answering them ("Chiveve FM
 * spoke this afternoon to the Provincial Health Director, Dr. Rosário Mabjaia. Part of the
 * interview is transcribed below."), looking past the question lines to the nearest prose.
 */
function introducedInterviewee(doc: AnalysedDocument, answerBlock: number): Mention | null {
  const zone: Zone = { tokens: doc.tokens, text: doc.doc.text, values: doc.values };
  let seen = 0;
  for (let k = answerBlock - 1; k >= 0 && seen < 2; k--) {
    const b = doc.blocks[k]!;
    if (QUESTION.test(b.text) || ANSWER.test(b.text)) continue;
    if (!CLAIM_BLOCKS.has(b.kind)) continue;
    seen++;
    const m = interviewee(zone, tokenIndexAt(doc.tokens, b.span.start), tokenIndexAt(doc.tokens, b.span.end));
    if (m) return m;
  }
  return null;
}

const INTERPRETER_LABEL = /^(?:THE\s+)?(?:INTERPRETER|TRANSLATOR)$/i;
/** "Prime Minister Takamura spoke in Japanese", "…, speaking through an interpreter", "was interpreted by". */
const INTERPRETED = /\s(?:spoke|speaks|speaking)\s+(?:in\s+\p{Lu}\p{Ll}+|through\s+an?\s+(?:interpreter|translator))|\s(?:was|were)\s+(?:interpreted|translated)\b/gu;

/**
 * Whose words a transcript's "INTERPRETER:" lines render: the one person the document says spoke
 * in another language or through an interpreter and who has no label of their own.
 */
function interpretedSpeaker(doc: AnalysedDocument, labelled: readonly string[]): Mention | null {
  const found: Mention[] = [];
  for (const m of matchAll(INTERPRETED, doc.doc.text)) {
    const verb = tokenIndexAt(doc.tokens, m.index + 1);
    let start = verb;
    while (start > 0 && /^\p{Lu}/u.test(doc.tokens[start - 1]!.text) && doc.tokens[start - 1]!.span.end + 1 >= doc.tokens[start]!.span.start) start--;
    if (start === verb) continue;
    const mention = mentionFromTokens(doc.tokens, start, verb, doc.doc.text);
    const surname = mention?.name?.split(/\s+/).at(-1)?.toLowerCase();
    if (!mention?.name || !surname || labelled.some((l) => l.split(/\s+/).includes(surname))) continue;
    if (!found.some((f) => f.name === mention.name)) found.push(mention);
  }
  return found.length === 1 ? found[0]! : null;
}

/** A charge or offence the quote names: "sentence for", "convicted of", "charged with" (an accusation stays its accuser's words). */
const CHARGE_BEFORE = /\b(?:sentenced?|jailed|imprisoned|convicted|charged|indicted|guilty|arrested|detained|prosecuted)\b[^.;:!?]{0,40}\b(?:for|of|with)\s*$/i;

/** `"…," the statement said.`: a document's words, after the quote, named only as what they came in. */
const STATEMENT_CUE = /^\s*[,—–-]?\s*the\s+(?:statement|release|letter|post|message)\s+(?:said|says|added|adds|read|reads|continued|went on)\b/i;
/** "her family said in a statement", "Bluewake issued a statement": the sentence that names who issued it. */
const ISSUED_STATEMENT = /\b(?:said|says|added)\s+in\s+an?\s+(?:\p{L}+\s+)?statement\b|\b(?:issued|released|put\s+out|posted)\s+an?\s+(?:\p{L}+\s+)?statement\b/u;

/**
 * `"It is with broken hearts …," the statement said.`: the speaker is whoever the text last said
 * issued a statement, within the three sentences before the quote; no one if none did.
 */
function statementCue(doc: AnalysedDocument, zone: Zone, close: number): Cue | null {
  const m = STATEMENT_CUE.exec(doc.doc.text.slice(close + 1, close + 60));
  if (!m) return null;
  const verbStart = close + 1 + m[0].search(/\S+$/);
  const verb = { start: verbStart, end: close + 1 + m[0].length };
  const at = doc.sentences.findIndex((x) => x.span.end >= close);
  for (let k = (at < 0 ? doc.sentences.length : at) - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const sentence = doc.sentences[k]!;
    if (!ISSUED_STATEMENT.test(doc.doc.text.slice(sentence.span.start, sentence.span.end))) continue;
    const found = cueBefore(zone, sentence.tokenStart, sentence.tokenEnd);
    return { kind: 'after', verb, mention: found?.mention ?? null };
  }
  return { kind: 'after', verb, mention: null };
}

/** "UPA: United Progress Alliance.": a key to an abbreviation, the words after it spelling it out, is no one's line. */
function spellsOut(label: string, after: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(label)) return false;
  const initials = after.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).slice(0, label.length).map((w) => w[0]).join('');
  return initials === label;
}

/** "Pilot: …", "Winnipeg Centre: …": a label in ordinary case, one to three words, before a line of speech. */
const EXCHANGE_LABEL = /^\s*(?:Q\d+\.?\s+)?(?:\[\d+\]\s+)?(\p{Lu}[\p{Ll}'’.-]+(?:\p{Lu}[\p{Ll}'’.-]+)?(?:\s+(?:\p{Lu}[\p{Ll}'’.-]+(?:\p{Lu}[\p{Ll}'’.-]+)?|of|for|the)){0,4})((?:\s+\([^()\n]{1,40}\)){0,2}):\s+(?=\p{Lu}|["“‘])(?=(?:\S+\s+){3}\S)/u;

/** A transcriber's mark or note: an omission, a stage direction in brackets, the service's credit. */
const TRANSCRIBER_NOTE = /^\s*(?:\[[^\]\n]*\]|\([^)\n]*\))\.?\s*$|^\s*(?:transcribed|transcript|transcription)\s+(?:by|provided|prepared)\b/i;

/** A label in ordinary case before a turn of a few words: "Hon. Members: Withdraw!". */
const SHORT_TURN = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s+\S/u;

/** "(Rt Hon Ellen Marsh)": a person's name in a label's brackets, after the honorifics that say it is one ("(Holborn North)" is a seat). */
function personInBrackets(brackets: string): string | undefined {
  const first = /\(([^()]+)\)/.exec(brackets)?.[1]?.trim();
  if (!first || !BRACKET_HONORIFICS.test(first)) return undefined;
  const name = first.replace(BRACKET_HONORIFICS, '');
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(name) ? name : undefined;
}
const BRACKET_HONORIFICS = /^(?:(?:(?:Rt\.?|Right)\s+Hon\.?|Hon\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\s+)+/;
const SECTION_NOUN = /(?:s|tion|ment|ure|ance|ence|ity|ness|ing)$/;
const NOT_EXCHANGE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Note|Notes|Update|Updated|Background|Context|Source|Sources|Photo|Credit|Watch|Listen|Read|Related|Analysis|Opinion|Correction|Clarification|Disclaimer|Summary|Verdict|Result|Results|Score|Key|Q|A|Question|Answer|Issued|Published|Posted|Contact|Media|Tel|Email|Phone|Website|Warning|Advice|Tip|Tips|Step|Pros|Cons)$/i;

/**
 * A line of an exchange printed label by label in ordinary case: its label, when the paragraph
 * before or after it is another such line (one labelled paragraph alone is a heading's kicker or
 * a field, not a dialogue).
 */
function exchangeLabel(blocks: readonly Block[], b: Block): RegExpExecArray | null {
  const own = exchangeMatch(b);
  if (!own) return null;
  // A briefing's questions and answers ("Q: …?" / "Vice Minister Park Min-soo: …") are an exchange too.
  const near = [blocks[b.index - 1], blocks[b.index + 1]].some((x) => x !== undefined && (exchangeMatch(x) !== null || QUESTION.test(x.text)));
  return near ? own : null;
}

function exchangeMatch(b: Block): RegExpExecArray | null {
  if (!CLAIM_BLOCKS.has(b.kind)) return null;
  const m = EXCHANGE_LABEL.exec(b.text);
  if (!m || m[1]!.split(/\s+/).some((w) => NOT_EXCHANGE.test(w.replace(/[.]$/, ''))) || isKnownPlace(m[1]!)) return null;
  // "Resources: …", "Operations: …", "Closures: …": a release's sections are named by common nouns;
  // "Gareth Lloyd-Hughes:" is a person whose surname ends like one.
  const words = m[1]!.split(/\s+/);
  if (SECTION_NOUN.test(words.at(-1)!) && !(words.length >= 2 && getGender(words[0]!) !== 'unknown')) return null;
  return m;
}

/**
 * "ATHLETIC: Novotný; Ferrier, Colquhoun (c), Achterberg …": a team sheet after a label is a list
 * of names, no one's words: five or more items of a few capitalised words each.
 */
function isNameList(rest: string): boolean {
  const items = rest.replace(/[.]\s*$/, '').split(/\s*[;,]\s*/);
  return items.length >= 5 && items.every((x) => /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$)){1,3}(?:\([\p{L}\d]{1,3}\))?$/u.test(x.trim()));
}

/** A transcript label in capitals read as a name in prose: its title words apart from the name. */
function labelMention(label: string): { name?: string; titles: string[]; role?: string } {
  // "NH:" in a questions-and-answers interview: initials, which the resolver matches to a name.
  if (/^[A-Z]{2,3}$/.test(label)) return { name: label, titles: [] };
  // A label in capitals is read in ordinary case; one already in it keeps its case ("Lee Ha-eun").
  const text = /\p{Ll}/u.test(label) ? label : titleCase(label.toLowerCase());
  const { tokens } = tokenise(text, 0);
  const m = mentionFromTokens(tokens, 0, tokens.length, text);
  if (!m || m.titles.length === 0) return { name: text, titles: [] };
  return { ...(m.name ? { name: m.name } : {}), titles: m.titles, ...(m.role ? { role: m.role } : {}) };
}

/**
 * "PRIME MINISTER:" in a transcript of two prime ministers: the one the document names with the
 * title ("welcoming Prime Minister Merritt") whom no label names ("PRIME MINISTER KANEMURA").
 */
function holderOf(text: string, titles: readonly string[], labelled: readonly string[]): string | undefined {
  const title = titles.at(-1);
  if (!title) return undefined;
  const taken = new Set(labelled.flatMap((l) => l.split(/\s+/)));
  const names = new Map<string, string>();
  const re = new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s+((?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s?){1,3})(?!['’]s)`, 'gu');
  for (const m of matchAll(re, text)) {
    const surname = m[1]!.trim().split(/\s+/).at(-1)!;
    if (!taken.has(surname.toLowerCase())) names.set(surname.toLowerCase(), surname);
  }
  // The surname alone: resolution joins it to the fullest name the document gives.
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/** Does the document's own byline ("Posted by Jihoon", "By Ana Ruiz") name the one who signs? */
function signsOwnPost(doc: AnalysedDocument, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byline = new RegExp(`(?:^|\\n)\\s*(?:posted|written|published)?\\s*by\\s+${escaped}\\b`, 'i');
  return byline.test(doc.doc.text.slice(0, Math.min(doc.doc.text.length, 1500)));
}

/** Quote candidates of a document, in order, including unmarked block quotes. */
function candidates(doc: AnalysedDocument): Candidate[] {
  const out: Candidate[] = [];
  const blocks = doc.blocks;
  const claimed = new Set<number>();
  // Pull quotes without marks, closed by a signature line: "– prime minister david cameron".
  for (const b of blocks) {
    if (b.kind !== 'signature') continue;
    const mention = signatureMention(b);
    const surname = mention?.name?.split(/\s+/).at(-1)?.toLowerCase();
    // "Posted by Jihoon" … "- Jihoon": a blog's author signing off their own post quotes no one.
    if (mention?.name && signsOwnPost(doc, mention.name)) continue;
    // "> …" paragraphs closed by "> — Mereana Tawhiri, co-founder and CEO": a signature inside a
    // Markdown block quote signs every paragraph of it, however many and whatever they name.
    const lineStart = doc.doc.text.lastIndexOf('\n', b.span.start - 1) + 1;
    const signsBlockQuote = /^\s*>/.test(doc.doc.text.slice(lineStart, b.span.start));
    for (let k = b.index - 1, n = 0; k >= 0 && (n < 4 || signsBlockQuote); k--) {
      const p = blocks[k]!;
      if (signsBlockQuote) {
        if (p.kind !== 'blockquote' || !/^[\s>]*$/.test(doc.doc.text.slice(p.span.end, blocks[k + 1]!.span.start))) break;
        claimed.add(k);
        n++;
        continue;
      }
      if (!CLAIM_BLOCKS.has(p.kind)) break;
      if (blockHasMarks(p)) break;
      // "Here is how she put it, as I noted it down in court:": the writer's line that introduces
      // the block ends it, and nothing before it belongs to the quote.
      if (/:\s*$/.test(p.text)) break;
      // Narrative that names the signer or reports speech is the writer's, not the pull quote;
      // beyond the nearest paragraph, a pull quote speaks in the first person.
      const words = p.text.toLowerCase();
      const firstPerson = /\b(?:i|we|my|our|us|me|i'm|we're|i've|we've)\b/.test(words.replace(/[’]/g, "'"));
      const namesOrFigures = /[a-z,;]\s+\p{Lu}|\d/u.test(p.text);
      if (n > 0 && !firstPerson && namesOrFigures) break;
      if (surname && new RegExp(`\\b${surname}\\b`).test(words)) break;
      if (/\b(?:he|she|they|[A-Z][\p{L}-]+)\s+(?:said|says|told|added)\b|\baccording to\b/u.test(p.text)) break;
      claimed.add(k);
      n++;
    }
    for (const k of [...claimed].filter((k) => k < b.index && !out.some((c) => c.block.index === k)).sort((a, c) => a - c)) {
      out.push({ block: blocks[k]!, q: unmarkedSpan(blocks[k]!), unmarked: { mention, kind: 'signature' } });
    }
  }
  // An interview printed as questions and answers: "A: It's a special day for me…", and the
  // paragraphs that carry an answer on in the first person, are the interviewee's words.
  let answering = false;
  let answerer: Mention | null = null;
  let lastLabel: Mention | null = null;
  // A transcript: speaker labels open three or more of its paragraphs and most of them (a story
  // that quotes a few lines of one does not run its own prose on as the last speaker's).
  const prose = blocks.filter((b) => CLAIM_BLOCKS.has(b.kind) || (b.kind === 'boilerplate' && SPEAKER_LABEL.test(b.text)));
  // A hearing's labels in ordinary case ("Q14 Chair:", "Sarah Linwood:") mark turns as capitals do.
  const isLabelled = (x: Block) => SPEAKER_LABEL.test(x.text) || exchangeLabel(blocks, x) !== null;
  const labelled = prose.filter(isLabelled).length;
  // A document that calls itself a transcript ("Partial Transcript", "the following is a
  // transcript of …") runs its turns on over unlabelled paragraphs however long they are.
  const calledTranscript = labelled >= 3 && blocks.slice(0, 12).some((b) => TRANSCRIPT_HEADER.test(b.text));
  const transcript = (labelled >= 3 && labelled * 2 > prose.length) || calledTranscript;
  // The names a transcript's labels give ("PRESIDENT SOUZA" → "souza"), in lower case.
  const labelledNames = prose.map((b) => SPEAKER_LABEL.exec(b.text)?.[1]?.toLowerCase()).filter((x): x is string => x !== undefined);
  // Whom the INTERPRETER lines speak for: read once, at the first such line.
  let interpreted: Mention | null | undefined;
  // Offices a transcript's labels have named a holder for ("the prime minister" → "Ellen Marsh").
  const holders = new Map<string, string>();
  for (const b of blocks) {
    if (!CLAIM_BLOCKS.has(b.kind) || claimed.has(b.index)) {
      if (b.kind !== 'paragraph') lastLabel = null;
      if (b.kind === 'boilerplate' && QUESTION.test(b.text)) answering = false;
      continue;
    }
    // "MARTA KOWALCZYK: It was a hard day…": a transcript line under its speaker's label; in an
    // exchange printed line by line, a label in ordinary case ("Winnipeg Centre: Northjet 417, roger …").
    const label = SPEAKER_LABEL.exec(b.text) ?? exchangeLabel(blocks, b);
    // Not a dateline ("NEW DELHI: …") nor a page's label ("WATCH:", "KEY POINTS:").
    if (label && !NOT_A_SPEAKER.test(label[1]!) && !isKnownPlace(label[1]!) && !spellsOut(label[1]!, b.text.slice(label[0].length)) && !isNameList(b.text.slice(label[0].length))) {
      answering = false;
      claimed.add(b.index);
      const at = b.span.start + b.text.indexOf(label[1]!);
      // "Mr RENSHAW:", "Cr McINNES:": an honorific before the name in capitals is a title.
      const honorific = /^(\S*\p{Ll}\S*)\s+(?=(?:Mc|Mac)?\p{Lu}{2})/u.exec(label[1]!)?.[1];
      const bare = honorific ? label[1]!.slice(honorific.length).trim() : label[1]!;
      // "CHAIR:" in a hearing's transcript is the member its header marks "(Chair)".
      const chair = /^(?:the\s+)?chair(?:man|person|woman)?$/i.test(bare) ? CHAIR_IN_HEADER.exec(doc.doc.text)?.[1]?.replace(/^(?:Senator|Sen\.|Mr|Mrs|Ms|Dr|Cr|Councillor)\s+/, '') : undefined;
      // "INTERPRETER:" renders the words of the one speaker the transcript says was interpreted.
      if (INTERPRETER_LABEL.test(bare) && interpreted === undefined) interpreted = interpretedSpeaker(doc, labelledNames);
      // "ADMINISTRATOR REYES", "PRIME MINISTER KANEMURA": an office before the name is a title, read
      // as prose reads "Prime Minister Kanemura"; "PRIME MINISTER" alone is whoever holds it.
      const read = chair ? undefined : labelMention(bare);
      const titles = [...(honorific ? [honorific] : []), ...(read?.titles ?? [])];
      // Hansard: "The Prime Minister (Rt Hon Ellen Marsh):" names the office's holder in brackets
      // once; the office's later labels ("The Prime Minister:") are hers.
      const officeKey = bare.toLowerCase().replace(/^the\s+/, '');
      const bracketed = label[2] ? personInBrackets(label[2]) : undefined;
      if (bracketed && read && !read.name) holders.set(officeKey, bracketed);
      const held = read && !read.name ? (bracketed ?? holders.get(officeKey)) : undefined;
      const name = chair ?? held ?? read?.name ?? (read ? holderOf(doc.doc.text, read.titles, labelledNames) : undefined) ?? titleCase(bare.toLowerCase());
      const mention: Mention = (INTERPRETER_LABEL.test(bare) ? interpreted : null) ?? { span: { start: at, end: at + label[1]!.length }, text: label[1]!, ...(name ? { name } : {}), titles, ...(read?.role && !name ? { role: read.role } : {}), type: 'person' };
      lastLabel = mention;
      const marks = blockHasMarks(b) ? scanQuotes(b.text, b.span.start) : [];
      // 'CABAHUG: "Good morning, Ernie. …"': the answer is in marks; the label still says whose.
      if (marks.length > 0 && /^["“„«‘']/.test(b.text.slice(label[0].length))) {
        for (const q of marks) out.push({ block: b, q, ...(q.nested ? {} : { unmarked: { mention, kind: 'signature' as const } }) });
        continue;
      }
      out.push({ block: b, q: unmarkedSpan(b, label[0].length), unmarked: { mention, kind: 'signature' } });
      for (const q of marks) out.push({ block: b, q: { ...q, nested: true } });
      continue;
    }
    // A label that names no speaker ("NEW DELHI:") ends the last speaker's turn, and so does one
    // too short for an exchange's ("Hon. Members: Withdraw!").
    if (label || SHORT_TURN.test(b.text)) lastLabel = null;
    // A hearing's transcript: a paragraph with no label goes on with the last speaker's words.
    // A transcript's excerpt inside a story: a paragraph between two labelled ones is the first
    // speaker's too ("PRIME MINISTER: …" / "Australia wants …" / "PRIME MINISTER KANEMURA: …").
    // A reporter's line between the turns ("Holloway said …") is prose; a speaker's own "I'm told"
    // is still the turn.
    const reportedIn = (x: Block) => REPORTED_SPEECH.test(x.text.replace(FIRST_PERSON_TOLD, ''));
    const reported = () => reportedIn(b);
    // A turn of two or three paragraphs goes on until the next label, or the excerpt's end mark
    // ("[END OF EXCERPTS]"), across paragraphs that carry no marks and report no one.
    const turnGoesOn = (from: number): boolean => {
      for (let j = from + 1; j < Math.min(blocks.length, from + 4); j++) {
        const x = blocks[j]!;
        if (isLabelled(x) || END_MARK.test(x.text.trim())) return true;
        if (x.kind !== 'paragraph' || blockHasMarks(x) || reportedIn(x)) return false;
      }
      return false;
    };
    // "[...]", "(Whereupon, at 2:52 p.m., the hearing was adjourned.)", "Transcribed by …": the
    // transcriber's marks and notes are no one's words, and the turn before them has ended.
    if (TRANSCRIBER_NOTE.test(b.text)) {
      lastLabel = null;
      continue;
    }
    const inExcerpt = !transcript && turnGoesOn(b.index);
    if (lastLabel && (transcript || inExcerpt) && !blockHasMarks(b) && b.kind === 'paragraph' && !reported()) {
      claimed.add(b.index);
      out.push({ block: b, q: unmarkedSpan(b, 0), unmarked: { mention: lastLabel, kind: 'signature' } });
      continue;
    }
    const answer = ANSWER.exec(b.text);
    // The first answer of an interview: the paragraph that introduces it may name who answers.
    if (answer && !answering) {
      const introduced = introducedInterviewee(doc, b.index);
      // A release's questions and answers ("Q. What will happen to Shirasagi's employees? A.
      // Hinokawa has committed …") are its own text, not anyone's quotes: with no one introduced,
      // an interview's questions speak to the one answering ("Were you nervous?") or its answers
      // speak in the first person ("a special day for me").
      if (!introduced && !answerer && !interviewLike(blocks)) continue;
      answerer = introduced ?? answerer;
    }
    answering = answer !== null || (answering && !blockHasMarks(b) && FIRST_PERSON.test(b.text.replace(/’/g, "'")));
    if (answering) {
      claimed.add(b.index);
      out.push({ block: b, q: unmarkedSpan(b, answer?.[0].length ?? 0), unmarked: { mention: answerer, kind: 'answer' } });
      if (blockHasMarks(b)) for (const q of scanQuotes(b.text, b.span.start)) out.push({ block: b, q: { ...q, nested: true } });
    }
  }
  for (const b of blocks) {
    if (!CLAIM_BLOCKS.has(b.kind) || claimed.has(b.index)) continue;
    if (b.kind === 'blockquote' && !blockHasMarks(b)) {
      out.push({ block: b, q: unmarkedSpan(b), unmarked: { mention: null, kind: 'before' } });
      continue;
    }
    for (const q of scanQuotes(b.text, b.span.start)) out.push({ block: b, q });
  }
  return out.sort((a, b) => a.q.open - b.q.open);
}

function isPartial(block: Block, q: QuotedSpan, inner: string): boolean {
  // "**Castellano:** “…”": bold markers around a lead-in are no words.
  const before = block.text.slice(0, q.open - block.span.start).trimEnd().replace(/\*+$/, '').trimEnd();
  const startsUpper = /^[\s.…[(]*\p{Lu}/u.test(inner);
  if (before === '') return false;
  const last = before.at(-1)!;
  if (/[:.!?…"”’»]/.test(last)) return !(startsUpper || inner.split(/\s+/).length >= 6);
  if (/[,—–-]/.test(last) && startsUpper) return false;
  // `"We are tired," she said, "and we are not going away."`: the second half of a broken quote.
  if (last === ',' && /\b(?:said|says|added|adds|continued|insisted|warned|explained|stressed|argued|noted|told (?:\w+ ?){1,2})\s*,$/.test(before)) return false;
  return true;
}

/**
 * A clause's subject that may be taken for a quote's speaker by a colon alone: a person or a
 * third-person pronoun; not "we" (a paper printing a passage), nor "Videos … appeared to show".
 */
function speaksAsSubject(m: Mention | null | undefined): boolean {
  if (!m) return false;
  return m.pronoun ? /^(?:he|she|they)$/i.test(m.pronoun) : m.type === 'person';
}

/**
 * "Brennerman: “We lost tonight.”", "**Castellano, again, on Hollander:** “…”": a live page's
 * lead-in, a name opening the paragraph before a colon (with what follows a comma after it).
 * A surname alone the tagger cannot type speaks when the document names that person in full
 * elsewhere ("Gail Brennerman", "Sen. Brennerman").
 */
function leadIn(tokens: readonly Token[], start: number, colon: number, text: string): Cue | null {
  // "Radio (Castellanos): “…”", "Statement (Ministry of Health): “…”": the medium, then whose words.
  if (colon - start >= 4 && MEDIUM_LABEL.test(tokens[start]!.text) && tokens[colon - 1]!.text === ')') {
    const open = tokens[start + 1]?.text === '(' ? start + 1 : tokens[start + 2]?.text === '(' ? start + 2 : -1;
    if (open > start) return leadIn(tokens, open + 1, colon - 1, text);
  }
  const end = npForward(tokens, start, colon);
  if (end <= start || (end < colon && tokens[end]!.text !== ',') || colon - start > 12) return null;
  const m = mentionFromTokens(tokens, start, end, text);
  if (!m?.name || m.pronoun) return null;
  if (m.type !== 'person') {
    if (m.type !== 'unknown') return null;
    const name = m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`(?:\\p{Lu}[\\p{L}'’-]+|Mr|Mrs|Ms|Dr|Sen\\.|Rep\\.|Gov\\.)\\s+${name}\\b`, 'u').test(text)) return null;
  }
  return { kind: 'before', verb: tokens[colon]!.span, mention: m };
}

/** The medium a live page names before whose words it carries: "Radio (Castellanos):", "Team radio (Dornbach):". */
const MEDIUM_LABEL = /^(?:Radio|Team|Statement|Tweet|Post|Video|Audio|Message|Interview)$/i;

/** A header or an editor's note that says the document is a transcript. */
const TRANSCRIPT_HEADER = /^(?:(?:partial|full|edited|unofficial|official)\s+)?transcript\b|\bthe following is an?\s+(?:(?:partial|full|edited|lightly edited)\s+)?transcript\b/i;

/** Does a sentence of the writer's end between tokens `from` and `to`? */
function endsSentenceBetween(tokens: readonly Token[], quoted: ArrayLike<number | boolean>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentenceAt(tokens, i) && !quoted[i]) return true;
  return false;
}

/** The first token of the last sentence between tokens `start` and `end` (a paragraph's). */
function lastSentenceStart(tokens: readonly Token[], start: number, end: number): number {
  for (let i = end - 2; i > start; i--) if (endsSentence(tokens[i]!.text)) return i + 1;
  return start;
}

/**
 * The one who speaks in indirect speech in the last sentence of paragraph `index` ("the judge
 * said Harrowby's pleas could not …"), when that paragraph quotes no one; a pronoun does not count.
 */
function reportedSpeaker(doc: AnalysedDocument, zone: Zone, index: number, quotes: readonly Quote[]): Mention | null {
  const b = doc.blocks[index];
  if (!b || !CLAIM_BLOCKS.has(b.kind) || quotes.some((x) => x.span.start >= b.span.start && x.span.end <= b.span.end)) return null;
  const tokens = doc.tokens;
  const end = tokenIndexAt(tokens, b.span.end);
  const subject = sentenceSubject(zone, lastSentenceStart(tokens, tokenIndexAt(tokens, b.span.start), end), end);
  if (!subject?.mention || subject.mention.pronoun) return null;
  const verb = tokens[tokenIndexAt(tokens, subject.verb.start)];
  return verb && isReportingVerb(verb) ? subject.mention : null;
}

/** The speaker of the last quote with a cue or of a full quote, for the quotes after it. */
interface LastSpeaker { mention: Mention | null; block: number; quote: Quote }

/** Stage 4, quotes: every quoted stretch with its cue and speaker phrase (resolved to an entity later). */
export function extractQuotes(doc: AnalysedDocument): Quote[] {
  const tokens = doc.tokens;
  const text = doc.doc.text;
  const zone: Zone = { tokens, text, values: doc.values };
  const cands = candidates(doc);
  const quotes: Quote[] = [];
  let lastSpeaker = null as LastSpeaker | null;
  let lastQuoteOpen = false;

  // Tokens inside any quote, so that cues are looked for only in the writer's words.
  const quotedTok = tokensStartingIn(tokens, cands.map((c) => ({ start: c.q.open, end: c.q.close })));

  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    const { block, q } = c;
    // Neighbouring quotes in the same paragraph, not counting quotes nested inside others.
    let p = n - 1;
    while (p >= 0 && cands[p]!.q.nested) p--;
    let x = n + 1;
    while (x < cands.length && cands[x]!.q.nested) x++;
    const prev = cands[p]?.block === block ? cands[p] : undefined;
    const next = cands[x]?.block === block ? cands[x] : undefined;
    const innerText = text.slice(q.inner.start, q.inner.end);
    // "on DYWR's early program "Maupay nga Aga"", "CBN's "Opening Bell Live"": the title of a
    // show, a book or a paper is no one's words.
    if (!c.unmarked && isTitleOfWork(block.text.slice(0, q.open - block.span.start), innerText, block.text.slice(q.inner.end - block.span.start, q.inner.end - block.span.start + 30).replace(/^["”’'»]/, ''))) continue;
    const blockStartTok = tokenIndexAt(tokens, block.span.start);
    const blockEndTok = tokenIndexAt(tokens, block.span.end);
    const qStart = tokenIndexAt(tokens, q.open);
    const qEnd = tokenIndexAt(tokens, q.close);

    // The writer's words after the quote, up to the next quote or sentence end.
    let afterEnd = next ? tokenIndexAt(tokens, next.q.open) : blockEndTok;
    for (let i = qEnd; i < afterEnd; i++) {
      if (endsSentenceAt(tokens, i) && !quotedTok[i]) { afterEnd = i; break; }
    }
    // The writer's words before it, back to the previous quote or sentence start.
    let beforeStart = prev ? tokenIndexAt(tokens, prev.q.close) : blockStartTok;
    for (let i = qStart - 1; i >= beforeStart; i--) {
      if (endsSentenceAt(tokens, i) && !quotedTok[i]) { beforeStart = i + 1; break; }
    }
    const partial = c.unmarked ? false : isPartial(block, q, innerText);
    // A quote opening its paragraph, or a Markdown block quote.
    const opensBlock = !/\S/.test(block.text.slice(0, q.open - block.span.start));

    let cue: Cue | null = null;
    if (q.nested) {
      // Words the speaker quotes from someone else: whose they are is the speaker's story, not ours.
      quotes.push({ kind: 'quote', id: `q${quotes.length + 1}`, span: q.inner, text: innerText, partial, nested: true, sentence: { start: q.open, end: q.close } });
      continue;
    }
    if (c.unmarked?.kind === 'signature') {
      cue = c.unmarked.mention ? { kind: 'signature', verb: c.unmarked.mention.span, mention: c.unmarked.mention } : null;
    } else if (c.unmarked?.kind === 'answer' && c.unmarked.mention) {
      // An interview's answer: the person its introduction names, however far back.
      cue = { kind: 'before', verb: c.unmarked.mention.span, mention: c.unmarked.mention };
    } else {
      cue = cueAfter(zone, qEnd, afterEnd) ?? statementCue(doc, zone, q.close);
      // `"… has been checked." He said crews were …`: a quote that ends its sentence is followed
      // by a new one, whose reporting verb governs its own clause. Only a bare `He said.` after it
      // is its cue.
      if (cue && /[.!?…]$/.test(innerText.trimEnd())) {
        const after = tokens[tokenIndexAt(tokens, Math.max(cue.verb.end, cue.mention?.span.end ?? 0))];
        // An exclamation or a question ends no sentence of the writer's: `"Shame on you!" Sloboda
        // shouted towards the benches` is the shout's cue, with where it was shouted after it.
        const aside = /[!?]$/.test(innerText.trimEnd()) && (after?.pos === 'ADP' || after?.pos === 'ADV');
        if (after && after.span.start < (tokens[afterEnd]?.span.start ?? Infinity) && after.kind === 'word' && !aside) cue = null;
        // '… Port Mirabel." The unit had been restarted on Sunday, the company said.': a cue at the
        // end of the next sentence reports that sentence, not the quote before it.
        const opens = tokens[qEnd] && /^[,–—-]$/.test(tokens[qEnd]!.text) ? qEnd + 1 : qEnd;
        // ('"Shame on you!" Domov's parliamentary leader Juraj Sloboda shouted': words of the
        // speaker's own noun phrase may come first.)
        const cueAt = cue ? tokenIndexAt(tokens, Math.min(cue.verb.start, cue.mention?.span.start ?? Infinity)) : opens;
        if (tokens.slice(opens, cueAt).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')) cue = null;
      }
      // "trusted the company's “no impact” assurances": the possessor's words, whoever says so.
      if (!cue && partial) cue = possessedSpeech(zone, qStart, qEnd, beforeStart - 1);
      if (!cue) {
        const before = cueBefore(zone, beforeStart, qStart);
        if (before) cue = { ...before, kind: prev && beforeStart > blockStartTok ? 'middle' : 'before' };
      }
      // "…, he was emphatic: “Pricing held up.”": a full quote after a colon is the words of the
      // introducing clause's subject, whatever its verb.
      if (!cue && !partial && qStart > beforeStart && tokens[qStart - 1]?.text === ':') {
        const subject = sentenceSubject(zone, beforeStart, qStart - 1);
        if (speaksAsSubject(subject?.mention)) cue = { ...subject!, kind: 'before' };
        else if ((tokens[beforeStart - 1]?.span.end ?? 0) <= block.span.start) cue = leadIn(tokens, beforeStart, qStart - 1, text);
      }
      // `X called it "…" and warned that "…"`: a verb joined to the one before the previous quote
      // shares its subject.
      const last = lastSpeaker;
      const joinedTo: Mention | null | undefined = last && last.quote === quotes.at(-1) ? last.mention : undefined;
      const prevQuote = quotes.at(-1);
      if (!cue && prev && joinedTo && beforeStart > blockStartTok) {
        const between = tokens.slice(beforeStart, qStart);
        const lead = between.findIndex((t) => !/^[,”"’'»]$/.test(t.text));
        const verb = between.slice(lead + 1).find((t) => t.pos !== 'ADV');
        if (lead >= 0 && /^(?:and|but|then)$/i.test(between[lead]!.text) && verb && isReportingVerb(verb)) {
          cue = { kind: 'middle', verb: verb.span, mention: joinedTo };
        }
      }
      // "the so-called 'adobe problem'": a label the writer quotes, not anyone's words.
      // "handed a five-year sentence for 'propaganda against the state'", "charged with 'insulting the
      // president'": the name of a charge is the law's words, not the subject's.
      const lead = block.text.slice(0, q.open - block.span.start);
      const scare = partial && (/\b(?:so-called|so called|dubbed|termed|known as|nicknamed)\s*$/i.test(lead) || CHARGE_BEFORE.test(lead.slice(-80)));
      if (scare) cue = null;
      else if (!cue && partial && prev && joinedTo && prevQuote?.cue && !endsSentenceBetween(tokens, quotedTok, tokenIndexAt(tokens, prev.q.close), qStart)) {
        // 'said he had been "drowning in gambling debts" and had "lost his career"': fragments of
        // one sentence are one speaker's, whose cue the first fragment found.
        cue = { kind: prevQuote.cue.kind === 'after' ? 'after' : 'before', verb: prevQuote.cue.span, mention: joinedTo };
      } else if (!cue && partial) {
        // The sentence's subject speaks through a partial quote: find where the sentence starts.
        let s = qStart;
        while (s > blockStartTok && !(endsSentence(tokens[s - 1]!.text) && !quotedTok[s - 1])) s--;
        cue = sentenceSubject(zone, s, qStart);
      }
      // A quote opening its paragraph, or a Markdown block quote, introduced by "X said:"
      // at the end of the paragraph before.
      // "Comment by Masaaki Tani, Site Superintendent" set as a heading right before the quote.
      const label = opensBlock && !prev ? doc.blocks[block.index - 1] : undefined;
      if (!cue && label && isSpeechLabel(label)) cue = cueBefore(zone, tokenIndexAt(tokens, label.span.start), tokenIndexAt(tokens, label.span.end));
      if (!cue && (c.unmarked?.kind === 'before' || (opensBlock && !prev))) {
        const lead = doc.blocks.slice(0, block.index).reverse().find((b) => CLAIM_BLOCKS.has(b.kind) && b.kind !== 'blockquote');
        if (lead && /:\s*$/.test(lead.text)) {
          // The sentence that ends in the colon introduces the quote ("…, where he wrote:").
          const leadEnd = tokenIndexAt(tokens, lead.span.end);
          const leadStart = lastSentenceStart(tokens, tokenIndexAt(tokens, lead.span.start), leadEnd);
          cue = cueBefore(zone, leadStart, leadEnd);
          if (!cue) {
            // Whatever its verb, the introducing sentence's subject speaks next ("…, the President
            // of the Republic addressed the nation from the palace:"); "We print the key passage:"
            // (the paper) does not, and the one in focus goes on.
            const subject = sentenceSubject(zone, leadStart, leadEnd);
            if (speaksAsSubject(subject?.mention)) cue = subject;
          }
        }
      }
    }

    const quote: Quote = {
      kind: 'quote',
      id: `q${quotes.length + 1}`,
      span: q.inner,
      text: innerText,
      partial,
      sentence: { start: tokens[beforeStart]?.span.start ?? q.open, end: tokens[Math.max(afterEnd, qEnd) - 1]?.span.end ?? q.close },
    };
    if (cue) {
      quote.cue = { text: text.slice(cue.verb.start, cue.verb.end), span: cue.verb, kind: cue.kind };
      if (cue.mention) quote.speakerMention = cue.mention;
      // The last paragraph of a quote run over paragraphs, its cue naming the speaker: the
      // resolver gives the paragraphs before it, left open, to the one it names.
      const before = quotes.at(-1);
      const previousBlock = doc.blocks[block.index - 1];
      if (cue.mention?.name && !cue.mention.pronoun && !partial && lastQuoteOpen && before && !before.partial && !before.nested && previousBlock && before.span.start >= previousBlock.span.start && opensBlock) quote.continues = before.id;
    } else if (!partial) {
      // A full quote with no cue belongs to whoever is in focus (resolved later): usually
      // the previous speaker, continuing; or the person the narrative just named.
      quote.cue = { text: '', span: { start: q.open, end: q.open }, kind: 'continuation' };
      // "Passing sentence, the judge said Harrowby's pleas could not …" then a paragraph of quote:
      // a paragraph between that reports someone's words in the writer's own gives the quote after
      // it to them, not to the speaker before.
      const reported = opensBlock && lastSpeaker && lastSpeaker.block < block.index - 1 ? reportedSpeaker(doc, zone, block.index - 1, quotes) : null;
      if (reported) quote.speakerMention = reported;
      else if (lastSpeaker && block.index - lastSpeaker.block <= 2) {
        if (lastSpeaker.mention) quote.speakerMention = lastSpeaker.mention;
        // An explicit multi-paragraph quote: the previous paragraph's quote was left open.
        if (lastSpeaker.block !== block.index && !lastSpeaker.quote.partial && lastQuoteOpen) quote.continues = lastSpeaker.quote.id;
      }
    }
    quotes.push(quote);
    if (!partial || cue) lastSpeaker = { mention: quote.speakerMention ?? null, block: block.index, quote };
    lastQuoteOpen = !q.closed;
  }
  return quotes;
}


