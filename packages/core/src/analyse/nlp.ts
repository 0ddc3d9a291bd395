import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Span, Token, TokenKind } from '../model/index.js';

// Sentence boundaries and POS tags only: NER and sentiment cost time and are not used.
let instance: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

function tokenKind(type: string): TokenKind {
  switch (type) {
    case 'word':
    case 'hashtag':
    case 'mention':
    case 'email':
    case 'url':
      return 'word';
    case 'number':
    case 'ordinal':
      return 'number';
    case 'punctuation':
      return 'punctuation';
    case 'symbol':
    case 'currency':
      return 'symbol';
    default:
      return 'other';
  }
}

const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;

export interface TokenisedBlock {
  tokens: Token[];
  /** Sentences as [start, end) indices into `tokens`. */
  sentences: { tokenStart: number; tokenEnd: number; span: Span }[];
}

/**
 * Tokens, POS tags, lemmas and sentences of one block's text. `base` is the
 * block's offset in the file; token spans are file offsets.
 */
export function tokenise(text: string, base: number): TokenisedBlock {
  const engine = nlp();
  const its = engine.its;
  // The tagger treats line breaks as sentence ends; hard-wrapped lines are not.
  const doc = engine.readDoc(LINE_BREAK.test(text) ? text.replace(LINE_BREAKS, ' ') : text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const types = all.out(its.type) as string[];
  const tokens: Token[] = [];
  const indexMap: number[] = new Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const type = types[i]!;
    if (type === 'tabCRLF' || isBlank(value)) {
      indexMap[i] = tokens.length;
      continue;
    }
    let at = text.indexOf(value, cursor);
    let end: number;
    let word: string;
    if (at < 0 || at - cursor > 40) {
      // The tokenizer may expand contractions; fall back to the cursor so spans stay ordered.
      at = cursor;
      end = Math.min(text.length, at + value.length);
      word = text.slice(at, end);
    } else {
      // Found where it stands: the token's text is the value itself.
      end = at + value.length;
      word = value;
    }
    cursor = end;
    indexMap[i] = tokens.length;
    tokens.push({
      span: { start: base + at, end: base + end },
      text: word,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      kind: tokenKind(type),
    });
  }
  indexMap[values.length] = tokens.length;
  mergeSplitWords(tokens, indexMap);
  mergeTitleAbbreviations(tokens, indexMap);
  if (PARTY_STATE_HINT.test(text)) mergePartyStates(text, base, tokens, indexMap);
  if (text.includes('Managing ')) retagManaging(tokens);
  if (HYPHENED_NAME_HINT.test(text)) retagHyphenedNames(tokens);
  if (NUMBER_TEN.test(text)) mergeNumberTen(tokens, indexMap);
  const sentences: TokenisedBlock['sentences'] = [];
  for (const [s, e] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const tokenStart = indexMap[s] ?? tokens.length;
    const tokenEnd = indexMap[e + 1] ?? tokens.length;
    if (tokenEnd <= tokenStart) continue;
    // "at 10.15am": the tagger may end a sentence at "10." with no space before "15am".
    // A sentence ends before white space, so a break inside a run of characters is undone.
    const last = sentences.at(-1);
    // "Sen. Nora Vance, D-Ore., wrote": no sentence opens with a comma; the period was an abbreviation's.
    if (last && last.tokenEnd === tokenStart && (joinedAcross(tokens[tokenStart - 1], tokens[tokenStart]) || /^[,;]$/.test(tokens[tokenStart]!.text) || TITLE_ABBREVIATION.test(tokens[tokenStart - 1]!.text))) {
      last.tokenEnd = tokenEnd;
      last.span = { start: last.span.start, end: tokens[tokenEnd - 1]!.span.end };
      continue;
    }
    sentences.push({
      tokenStart,
      tokenEnd,
      span: { start: tokens[tokenStart]!.span.start, end: tokens[tokenEnd - 1]!.span.end },
    });
  }
  return { tokens, sentences: splitAfterClock(tokens, sentences) };
}

/** What may follow "a.m." or "p.m." in the same sentence: a day, a month, a zone ("at 11 a.m. Monday", "2 p.m. EDT"). */
const AFTER_CLOCK_SAME_SENTENCE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|British|Irish|Local|Universal|Coordinated)|^\p{Lu}{2,5}$/u;

/**
 * "landed safely at 11:58 a.m. Four passengers were taken to hospital": the tagger reads
 * "a.m." as an abbreviation and runs on; a capitalised word after it that is no day, month or
 * zone opens a new sentence.
 */
function splitAfterClock(tokens: readonly Token[], sentences: TokenisedBlock['sentences']): TokenisedBlock['sentences'] {
  const out: TokenisedBlock['sentences'] = [];
  for (const sentence of sentences) {
    let start = sentence.tokenStart;
    for (let i = start + 1; i < sentence.tokenEnd - 1; i++) {
      if (!/^[ap]\.m\.$/i.test(tokens[i]!.text)) continue;
      const next = tokens[i + 1]!;
      if (!/^\p{Lu}\p{Ll}/u.test(next.text) || AFTER_CLOCK_SAME_SENTENCE.test(next.text)) continue;
      out.push({ tokenStart: start, tokenEnd: i + 1, span: { start: tokens[start]!.span.start, end: tokens[i]!.span.end } });
      start = i + 1;
    }
    out.push(start === sentence.tokenStart ? sentence : { tokenStart: start, tokenEnd: sentence.tokenEnd, span: { start: tokens[start]!.span.start, end: sentence.span.end } });
  }
  return out;
}

function joinedAcross(before: Token | undefined, after: Token | undefined): boolean {
  return before !== undefined && after !== undefined && before.span.end === after.span.start && /[.\d]$/.test(before.text) && /^[\p{L}\d]/u.test(after.text);
}

/**
 * Nothing but white space (or nothing at all), as `!value.trim()` says, without the copy
 * `trim` makes for every token: a string `trim` empties starts with white space, and every
 * white-space character is a control character, a space or beyond ASCII.
 */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  return value.length === 0 || ((c <= 32 || c >= 128) && !value.trim());
}

/**
 * Puts one word in place of `count` tokens from `first`, and shifts the sentence index map to
 * match: an index past the joined tokens moves back by the tokens gone, one inside them points
 * past the word.
 */
function joinTokens(tokens: Token[], indexMap: number[], first: number, count: number, text: string, pos: string): void {
  const span = { start: tokens[first]!.span.start, end: tokens[first + count - 1]!.span.end };
  tokens.splice(first, count, { span, text, lemma: text.toLowerCase(), pos, kind: 'word' });
  for (let k = 0; k < indexMap.length; k++) if (indexMap[k]! > first) indexMap[k] = Math.max(first + 1, indexMap[k]! - (count - 1));
}

const LETTERS = /^\p{L}+$/u;
const ASCII = /^[\p{ASCII}]+$/u;

/**
 * The tokenizer splits words at letters outside its alphabet ("Zieli|ń|ski",
 * "Gda|ń|sk"). Letters that touch are one word: glue them back, keeping the
 * first piece's tag, and shift the sentence index map to match.
 */
function mergeSplitWords(tokens: Token[], indexMap: number[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.span.end !== b.span.start || !LETTERS.test(a.text) || !LETTERS.test(b.text)) continue;
    if (ASCII.test(a.text) && ASCII.test(b.text)) continue;
    joinTokens(tokens, indexMap, i, 2, a.text + b.text, a.pos === 'X' ? b.pos : a.pos);
  }
}

/** Titles and a street's kind written short with a full stop that the tagger's list lacks: "Ir. Shahrul Nizam", "Insp. Ana Ruiz", "ul. Lublańska" (Polish "ulica"). */
const TITLE_ABBREVIATION = /^(?:Ir|Insp|Supt|Sgt|Cpl|Capt|Lt|Col|Maj|Brig|Cmdr|Adm|Gov|Sen|Rep|Hon|hon|Rev|Fr|Atty|Pres|Det|Const|ul|Ul)\.$/;

/**
 * "Ir." before a name: the abbreviation and its full stop are one word, and no sentence ends
 * there (the tokenizer reads the stop as one). Shifts the sentence index map to match.
 */
function mergeTitleAbbreviations(tokens: Token[], indexMap: number[]): void {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const a = tokens[i]!;
    const dot = tokens[i + 1]!;
    const next = tokens[i + 2]!;
    if (dot.text !== '.' || a.span.end !== dot.span.start || !TITLE_ABBREVIATION.test(`${a.text}.`)) continue;
    if (next.span.start === dot.span.end || !/^\p{Lu}/u.test(next.text)) continue;
    joinTokens(tokens, indexMap, i, 2, `${a.text}.`, 'PROPN');
  }
}

/**
 * A US lawmaker's party and state after the name, in the wire agencies' style: "Raymond
 * Castellano, D-N.Y., said", "(R-Texas)", "R-W.Va.". The tokenizer cuts "D-N.Y." into five
 * pieces, and the last ("Y.") reads as a name that then takes the quote.
 */
// "D-St. Louis", "R-Kansas City": a district of two words, too.
const PARTY_STATE = /(?<=[,(]\s?)[DRI]-(?:[A-Z][a-z]{0,11}\.?|[A-Z]\.){1,3}(?:\s[A-Z][a-z]{1,11}){0,2}(?=[,)]|\s(?:said|says|told|wrote|added)\b)/g;
const PARTY_STATE_HINT = /[,(]\s?[DRI]-[A-Z]/;

/** Glues each party-and-state label into one token that is no word of a name. */
function mergePartyStates(text: string, base: number, tokens: Token[], indexMap: number[]): void {
  for (const m of text.matchAll(PARTY_STATE)) {
    const start = base + m.index;
    const end = start + m[0].length;
    const first = tokens.findIndex((t) => t.span.start >= start);
    if (first < 0 || tokens[first]!.span.start !== start) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.span.end <= end) last++;
    if (tokens[last]!.span.end !== end || last === first) continue;
    joinTokens(tokens, indexMap, first, last - first + 1, m[0], 'X');
  }
}

/**
 * "Managing Director Jane Ro": the tagger reads a capitalised "Managing" as a verb, which ends
 * the name's phrase. (In lower case, "Egoli Water managing director", it already ends the owner's.)
 */
function retagManaging(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.text === 'Managing' && /^(?:Director|director|Editor|editor|Partner|partner)$/.test(tokens[i + 1]!.text)) tokens[i] = { ...t, pos: 'PROPN' };
  }
}

const HYPHENED_NAME_HINT = /\b(?:In|At|On)-\p{Lu}/u;

/**
 * "freed in In-Akar", "In-Salah": a preposition written with a capital and joined by a hyphen
 * to a capitalised word begins a name, as "El-Fasher" does; the tagger reads it as the preposition.
 */
function retagHyphenedNames(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [t, dash, next] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (t.pos !== 'ADP' || !/^(?:In|At|On)$/.test(t.text) || dash.text !== '-') continue;
    if (t.span.end !== dash.span.start || dash.span.end !== next.span.start || !/^\p{Lu}/u.test(next.text)) continue;
    tokens[i] = { ...t, pos: 'PROPN' };
  }
}

const NUMBER_TEN = /\b(?:No|Number) 10\b/;

/**
 * "A No 10 spokeswoman", "Number 10 said": Downing Street by its door, one name. The tagger reads
 * "No" as the determiner and the name is lost (or "No" taken for a person).
 */
function mergeNumberTen(tokens: Token[], indexMap: number[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!/^(?:No|Number)$/.test(a.text) || b.text !== '10' || b.span.start !== a.span.end + 1) continue;
    joinTokens(tokens, indexMap, i, 2, `${a.text} 10`, 'PROPN');
  }
}

export type { Sentence };
