import * as chrono from 'chrono-node';
import type { Token, Value, ValueKind } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';
import { CARDINAL_WORDS, FRACTIONS, SCALES, parseNumber } from './number-words.js';
import { findPlaces, numberedPlaces } from './places.js';
import { matchAll } from './match-all.js';
import { ZONE_PATTERN as ZONE, zoneCode } from './time-zones.js';
import { secondsPer } from './time-units.js';

// South Asian grouping first ("2,31,500" is 231,500; "4,71,000 cusecs"), then the usual thousands.
const NUM = `(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
/** Scale words that no unit shares; "m" and "k" scale a figure only right after it. */
const SCALE_WORDS = 'million|billion|trillion|lakhs?|crores?|bn|mn|tn|bln|mln|trln';
// "R1.5-billion": South African papers hyphenate the scale word.
const SCALE = `(?:\\s?(?:${SCALE_WORDS}|m|k)\\b|-(?:million|billion|trillion)\\b)`;
const SCALE_AT_END = new RegExp(`${SCALE}$`, 'i');
const CURRENCY_SIGN: Record<string, string> = {
  $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD',
  NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', R$: 'BRL', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '৳': 'BDT', '₦': 'NGN',
  '₱': 'PHP',
};
/**
 * ISO 4217 codes as the platform lists them ("MZN 45 million", "KES 2bn"), less those that are
 * also capitalised English words ("TOP 10", "ALL 3") and the bullion and test codes.
 */
const ISO_CURRENCIES = Intl.supportedValuesOf('currency').filter((c) => !/^(?:ALL|TOP|CUP|SOS|BAM|GEL|MOP|CUC|XDR|XSU|XCG)$/.test(c));
const CURRENCY_CODES = `Rs\\.?|Rp\\.?|KSh|Kshs?|Sh|USh|TSh|Tk|Fr\\.|${ISO_CURRENCIES.join('|')}`;
/** Local abbreviations of a currency, without a trailing full stop: "Rs." is the rupee, "Sh" the Kenyan shilling. */
const CODE_UNIT: Record<string, string> = {
  Fr: 'CHF', Tk: 'BDT', Rs: 'INR', Rp: 'IDR', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', Sh: 'KES', USh: 'UGX', TSh: 'TZS',
};
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  yen: 'JPY', yuan: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rupees: 'INR',
  franc: 'CHF', francs: 'CHF', krona: 'SEK', kronor: 'SEK', krone: 'DKK', kroner: 'DKK', zloty: 'PLN',
  zlotys: 'PLN', reais: 'BRL', real: 'BRL', pesos: 'PESO', soles: 'PEN', taka: 'BDT', rand: 'ZAR',
  lira: 'TRY', won: 'KRW', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', naira: 'NGN',
  shekels: 'ILS', shilling: 'KES', shillings: 'KES', dirhams: 'AED', riyals: 'SAR', forint: 'HUF', hryvnias: 'UAH', hryvnia: 'UAH',
  kwacha: 'ZMW', cedis: 'GHS', cedi: 'GHS', birr: 'ETB',
  metical: 'MZN', meticais: 'MZN', meticals: 'MZN', kwanza: 'AOA', kwanzas: 'AOA', quetzales: 'GTQ', quetzals: 'GTQ',
  lempiras: 'HNL', bolivianos: 'BOB', lei: 'RON', leva: 'BGN', tenge: 'KZT', manat: 'AZN', lari: 'GEL', kyat: 'MMK',
};

const YEAR_IN_LIST = /(?:1[89]|20)\d{2}/g;
/** Words that put an age after them: "died aged 72", "at the age of ninety", "died at 72". */
const AGE_LEAD = /\b(?:aged|at the age of|(?:died|dead|retired|passed away) at)\s$/i;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const RE = {
  // "US$ 11.4 billion", "R$ 63 billion": Brazilian and Portuguese style set a space after the sign.
  // "$160M", "$1.84B", "$85M-$95M": financial copy glues a capital scale letter to a sum.
  money: new RegExp(`((?:US\\$|CA\\$|AU\\$|NZ\\$|HK\\$|[CASR]\\$|[$€£¥₹₩₽₺৳₦₱])\\s?|\\b(?:${CURRENCY_CODES})\\s?)(${NUM})(${SCALE}|(?:MM|BN|M|B|K)\\b)?`, 'g'),
  moneyWords: new RegExp(`\\b(${NUM}|${CARDINAL_WORDS})(${SCALE})?\\s(dollars?|euros?|pounds?|yen|yuan|roubles?|rubles?|rupees|francs?|kronor|krona|kroner|krone|zlotys?|reais|pesos|soles|taka|rand|lira|won|rupiah|ringgit|baht|dong|naira|shekels|shillings?|dirhams|riyals|forint|hryvnias?|kwacha|cedis?|birr|metical|meticais|meticals|kwanzas?|quetzal(?:es|s)|lempiras|bolivianos|lei|leva|tenge|manat|lari|kyat)\\b`, 'gi'),
  naira: new RegExp(`\\bN(${NUM})(${SCALE})?(?!\\w|\\.\\d)`, 'g'),
  peso: new RegExp(`\\bP(${NUM})(${SCALE})?(?!\\w|\\.\\d)`, 'g'),
  rand: new RegExp(`\\bR(${NUM})(${SCALE})?(?!\\w|\\.\\d)`, 'g'),
  kwacha: new RegExp(`\\bK(${NUM})(${SCALE})?(?!\\w|\\.\\d)`, 'g'),
  quetzal: new RegExp(`\\bQ(${NUM})(${SCALE})?(?!\\w|\\.\\d)`, 'g'),
  cents: new RegExp(`\\b(${NUM})[- ]cents?\\b`, 'g'),
  half: /\b[Hh]alf (?=of\b|the\b|their\b|its\b|all\b)/g,
  nounRatio: new RegExp(`\\b(one|${'two|three|four|five'}) ([a-z]+) in (three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b(?!\\s(?:days?|weeks?|months?|years?|hours?|minutes?|places?|cities|countries|districts?|regions?)\\b)`, 'gi'),
  hourOfDay: new RegExp(`\\b(${CARDINAL_WORDS}|\\d{1,2}) in the (morning|afternoon|evening)\\b`, 'gi'),
  percent: new RegExp(`\\b(${NUM}|${CARDINAL_WORDS})\\s?(%|per ?cent\\b|percent\\b)`, 'gi'),
  ratio: new RegExp(`\\b(\\d{1,3}|${CARDINAL_WORDS}) (?:in|out of) (?:every )?(\\d{1,4}|${CARDINAL_WORDS})\\b`, 'gi'),
  fraction: /\b(one|two|three|four|five|nine|a)[- ](half|halves|thirds?|quarters?|fifths?|tenths?)\b/gi,
  range: new RegExp(`\\b[Bb]etween (${NUM}|${CARDINAL_WORDS}) and (${NUM}|${CARDINAL_WORDS})\\b(?!\\s?(?:%|per ?cent|[ap]\\.?m\\b|o['’]clock|${SCALE_WORDS}|(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\\b))`, 'g'),
  raceTime: /(?<![\d:.])(?:(\d):([0-5]\d):([0-5]\d)(\.\d{1,3})?|(\d{1,2}):([0-5]\d)(\.\d{1,3}))(?![\d:])/g,
  clock: new RegExp(`\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s?([aApP])(?:\\.[mM]\\b\\.?|[mM]\\b))?(?:\\s(${ZONE})\\b)?`, 'g'),
  clockAmPm: new RegExp(`\\b(1[0-2]|0?[1-9])\\s?([ap])(?:\\.m\\b\\.?|m\\b)(?:\\s(${ZONE})\\b)?`, 'gi'),
  oclock: new RegExp(`\\b((${CARDINAL_WORDS}|\\d{1,2})\\s?o['’]clock)\\b(?:,? (in the (?:morning|afternoon|evening)|at night|tonight))?`, 'gi'),
  // "0245 hrs", and "0658H" as the Philippine and other forces write it, a capital H glued on.
  hrs: /\b([01]\d|2[0-3])([0-5]\d)(?:\s?hrs\b\.?(?!\s+of\b)|H\b)/g,
  military: new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s?(?:hours?\\s|hrs\\.?\\s)?(${ZONE})\\b`, 'g'),
  duration: new RegExp(
    `\\b(half an?|an?|${NUM}|${CARDINAL_WORDS})((?: and a half)?)[- ](second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?\\b((?: and a half\\b)?)(?!-old| old| ago|s? ago| earlier\\b|-(?!long\\b)[A-Za-z])`,
    'gi',
  ),
  namedHour: new RegExp(`\\b(?:at|by|before|after|until|till|from|around|about|since)\\s+(noon|midday|midnight)\\b((?:\\s(${ZONE})\\b)?)`, 'gi'),
  lengthAdjective: /\b(minute|hour|day|week|fortnight|month|year|decade)-long\b/gi,
  year: /\b(in|since|by|until|from|between|during|of|early|late|mid-?|the|before|after)\s((?:1[89]|20)\d{2})s?\b/gi,
  // "between 2008 and 2015", "from 2019 to 2021": the second year of a span.
  yearSpanEnd: /\b(?:between|from)\s(?:1[89]|20)\d{2}\s(and|to|until)\s((?:1[89]|20)\d{2})\b/gi,
  // "in 1992 and 1999", "in 2019, 2021 and 2023": the years after the first share its preposition.
  yearList: /\b(?:in|since|during)\s(?:1[89]|20)\d{2}((?:,\s(?:1[89]|20)\d{2})*,?\s(?:and|or)\s(?:1[89]|20)\d{2})\b/g,
  // "Lantern Light (1979)", "1979's Lantern Light", "a 2016 interview": a year that dates a work or an event.
  yearAlone: /\((1[89]\d{2}|20\d{2})\)|\b((?:1[89]|20)\d{2})['’]s\b|\b(?:a|an|her|his|its|their|this|that|whose)\s((?:1[89]|20)\d{2})\s(?=\p{Ll}+\b)(?!\p{Ll}+s\b|strong\b|more\b|of\b)/gu,
  coordinates: /\b\d{1,3}(?:[.,]\d+)?°\s?(?:\d{1,2}(?:[.,]\d+)?['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?)?[NS],?\s+\d{1,3}(?:[.,]\d+)?°\s?(?:\d{1,2}(?:[.,]\d+)?['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?)?[EW]\b/g,
  // "last July", "next March": chrono reads the month alone, in the year of publication.
  // "in October last year", "March 3 next year": a month, then the year told relative to publication.
  monthRelYear: /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(\d{1,2})(?:st|nd|rd|th)?)?,?\s(last|this|next)\s+year\b/g,
  lastMonth: /\b(last|next)\s(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(\d{1,2})(?:st|nd|rd|th)?\b)?(?!,?\s+\d{4})/g,
  // "this Tuesday (11)", "on Monday night (10)": Brazilian and Portuguese style give the day of
  // the month in brackets after the weekday.
  weekdayDay: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)((?:\s(?:morning|afternoon|evening|night))?)\s\((\d{1,2})\)/g,
  // "Twenty-five years ago": chrono reads only "five years ago" of it.
  yearsAgo: new RegExp(`\\b(${CARDINAL_WORDS})\\s(years?|months?)\\sago\\b`, 'gi'),
  // Not ordinals ("88th"), not scores ("2-1"), not parts of codes ("G8", "COVID-19").
  digits: new RegExp(`${NUM}(${SCALE})?(?![\\p{L}\\d]|-\\d)`, 'gu'),
  words: new RegExp(`\\b${CARDINAL_WORDS}\\b(${SCALE})?`, 'gi'),
  // "in the 78th minute", "78'", "90+4'": the minute of a match.
  matchMinute: /\bthe\s+(\d{1,3})(?:st|nd|rd|th)(?:\s*\+\s*(\d{1,2}))?\s+minute\b|(?<![\w.])(\d{1,3})(?:\+(\d{1,2}))?['’′](?=\s|$)/g,
  // "263mm", "196km/h", "40kg": a measure written against its figure, as Australian and British
  // papers print it. ("2.5m" stays a scale: "£2.5m" is millions far more often than metres.)
  glued: new RegExp(`(?<![\\p{L}\\d.,])${NUM}(mm|cm|km/h|kmh|km|kg|kph|mph|kWh|kW|MW|GW|ha|in|ft)(?![\\p{L}\\d])`, 'gu'),
};

const GLUED_METRES = new RegExp(`(?<![\\p{L}\\d.,$£€¥₹])(${NUM})m(?=\\s*\\(\\s*(?:about\\s+)?${NUM}\\s?(?:ft|feet)\\b|\\s+(?:high|deep|long|wide|tall|down|below|above|up|away|into|off)\\b)`, 'gu');

const SPACED_METRES = new RegExp(`(?<![\\p{L}\\d.,$£€¥₹]|[$£€¥₹]\\s)(${NUM})\\sm(?=\\s*(?:[,;:)]|\\.(?:\\s|$)|$)|\\s+(?:high|deep|long|wide|tall|down|below|above|up|away|into|off|waves?|seas?|swells?|cliff|drop|and|or|from|in|at|on)\\b)`, 'gu');

/** The word a glued measure abbreviates, as the noun after a spaced figure would read. */
const GLUED_UNIT: Record<string, string> = {
  mm: 'millimetre', cm: 'centimetre', km: 'kilometre', 'km/h': 'km/h', kmh: 'km/h', kph: 'km/h', mph: 'mph', kg: 'kilogram',
  kWh: 'kilowatt-hour', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', ha: 'hectare', in: 'inch', ft: 'foot',
};

const NUMBER_WORD = new RegExp(`\\b(?:${[
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'dozen', 'dozens', 'lakh', 'lakhs', 'crore', 'crores',
].join('|')})\\b`, 'i');
const COMPOUND_JOIN = /^(?:,? and |, | )$/;
const TIME_UNIT = /\b(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/i;

/**
 * What each pattern cannot match without, cheap to test: a paragraph without it skips the
 * pattern. Each is implied by its pattern (same case flags), so skipping never loses a match.
 */
const NEEDS = {
  moneyWords: /\s(?:dollar|euro|pound|yen|yuan|rouble|ruble|rupee|franc|kron|zloty|reais|peso|sole|taka|rand|lira|won|rupiah|ringgit|baht|dong|naira|shekel|shilling|dirham|riyal|forint|hryvnia|kwacha|cedi|birr|metica|kwanza|quetzal|lempira|boliviano|lei|leva|tenge|manat|lari|kyat)/i,
  percent: /%|per ?cent/i,
  range: /[Bb]etween \S+ and /,
  naira: /\bN\d/,
  peso: /\bP\d/,
  rand: /\bR\d/,
  kwacha: /\bK\d/,
  quetzal: /\bQ\d/,
  cents: /\d[- ]cents?\b/,
  half: /[Hh]alf (?:of|the|their|its|all)\b/,
  hourOfDay: / in the (?:morning|afternoon|evening)/i,
  ratio: new RegExp(` (?:in|out of) (?:every )?(?:\\d|${CARDINAL_WORDS})`, 'i'),
  fraction: /[- ](?:hal|third|quarter|fifth|tenth)/i,
  clock: /\d[:.]\d/,
  clockAmPm: /\d\s?[ap]\.?m/i,
  military: /\d{4}/,
  oclock: /o['’]clock/i,
  year: /(?:1[89]|20)\d\d/,
};

/** A value found, with how much it outranks others found on the same words. */
interface Candidate {
  v: Value;
  priority: number;
}

/** Words after "one" that make it a pronoun or part of a phrase, not a count. */
const NOT_A_COUNT_AFTER = /^(?:of|another|who|which|that|should|must|can|could|would|may|might|will|shall|is|was|has|had|does|did|day|by|after|way|thing|or|and|side|another|here|there|more|less|too|such|else)\b/i;

function tokenAfter(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens[tokenIndexAt(tokens, offset)];
}

function tokenBefore(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo - 1];
}

const CALENDAR_WORD = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "Channel 7", "Terminal 5", "Apollo 11": digits right after a proper noun mid-sentence
 * are part of its name. Not after a month or weekday ("June 16"), nor after a word
 * capitalised only because it opens the sentence ("In 2013", "Some 40 people").
 */
function namesWithNumber(text: string, tokens: readonly Token[], base: number, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  const prev = tokenBefore(tokens, base + start);
  // "India Now 24", "France 24": the tagger may read a name's capitalised word as an adverb.
  if (!prev || prev.span.end !== base + start - 1 || !/^\p{Lu}/u.test(prev.text) || (prev.pos !== 'PROPN' && !/^\p{Lu}/u.test(tokenBefore(tokens, prev.span.start)?.text ?? ''))) return false;
  if (CALENDAR_WORD.test(prev.text)) return false;
  const opening = text.slice(0, prev.span.start - base);
  return !/(?:^|[.!?:]["”’']?\s+|["“‘'«]\s*)$/.test(opening);
}

function isRateBefore(tokens: readonly Token[], offset: number): boolean {
  let prev = tokenBefore(tokens, offset);
  if (!prev) return false;
  // "38 billion shillings ($294 million) a year": the rate follows a figure's bracketed restatement.
  if (prev.text === ')') {
    let open = tokenBefore(tokens, prev.span.start);
    for (let k = 0; open && open.text !== '(' && k < 8; k++) open = tokenBefore(tokens, open.span.start);
    if (open?.text === '(') prev = tokenBefore(tokens, open.span.start);
    if (!prev) return false;
  }
  // "£180,000-a-week", "$87.50 more a year": a figure's rate.
  if (prev.text === '-' || prev.text === '–') return true;
  if (/^(?:more|less|extra)$/i.test(prev.text)) return tokenBefore(tokens, prev.span.start)?.pos === 'NUM';
  if (/^(?:once|twice|times|each)$/i.test(prev.text)) return true;
  // "$300 bln a year": a figure's scale word.
  if (/^(?:million|billion|trillion|thousand|bn|mn|tn|bln|mln|trln|m|k)$/i.test(prev.text)) return true;
  // A plural count noun right before ("vehicles a day"), or a figure ("$5 an hour").
  if ((prev.pos === 'NOUN' && /s$/i.test(prev.text) && prev.lemma !== prev.text.toLowerCase()) || prev.pos === 'NUM') return true;
  // "850,000 metric tons of copper a year", "2,800 tonnes of natural uranium a year": a measured
  // quantity of something, its figure a few words back with no verb between.
  let t: Token | undefined = prev;
  for (let k = 0; t && k < 6; k++, t = tokenBefore(tokens, t.span.start)) {
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.,;:!?]$/.test(t.text)) return false;
    if (t.text.toLowerCase() === 'of') {
      const unit = tokenBefore(tokens, t.span.start);
      const figure = unit && tokenBefore(tokens, unit.span.start);
      const scaled = figure && /^(?:metric|short|long|cubic|square)$/i.test(figure.text) ? tokenBefore(tokens, figure.span.start) : figure;
      return !!unit && unit.pos === 'NOUN' && !!scaled && (scaled.pos === 'NUM' || /^(?:million|billion|thousand)$/i.test(scaled.text));
    }
  }
  return false;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function scaleOf(s: string | undefined): number {
  if (!s) return 1;
  const t = s.trim().replace(/^-/, '');
  // A sum's glued capitals: "$160M", "$1.84B", "$2MM" (a million in bankers' shorthand).
  if (t === 'B') return 1e9;
  if (t === 'MM') return 1e6;
  return SCALES[t.toLowerCase()] ?? 1;
}

export interface ValueContext {
  /** The text to scan (a block's text), and its offset in the file. */
  text: string;
  base: number;
  tokens: readonly Token[];
  /** Reference date for relative dates (the publication date), when known. */
  reference?: Date;
  /** The whole document's text: how a name is used elsewhere tells a person from a place. */
  document?: string;
  /** The block is an item of a list ("- Düsseldorf – Lisbon" under "Cancelled routes"). */
  listItem?: boolean;
  /** File offsets of the tokens that open a sentence, as the tokenizer split them. */
  sentenceOpeners?: ReadonlySet<number>;
}

/** Verbs told in the past: any regular one, and the irregular ones news copy uses. */
const PAST_VERB = String.raw`(?:\p{Ll}+ed|was|were|had|began|took|won|lost|made|met|left|fled|fell|rose|saw|came|went|gave|held|sold|paid|told|said|found|became|struck|broke|ran|spent|sank|shook|hit|flew|drove|threw|spoke|wrote|caught|brought|bought|sent|led|kept|stood|sat|got|put|set|cut|shut|quit|beat|bit|hid|rode|stole|swore|tore|wore|woke|froze|chose|drew|grew|knew|thought|fought|bore)`;
/** A verb in the past before a date in its clause: "pleaded guilty in", "was arrested on". */
const PAST_BEFORE = new RegExp(String.raw`\b${PAST_VERB}\b[^.;!?]*$`, 'u');

/**
 * "pleaded guilty in October": a month after "in" or "on" whose clause is told in the past.
 * Not "a door left open for September", "to provide … by March 26", nor "will be lifted … in
 * October": a month a clause looks ahead to.
 */
function pastMonth(text: string, start: number): boolean {
  const sentence = clauseBefore(text, start);
  if (!/\b(?:in|on)\s+$/i.test(sentence) || FUTURE_BEFORE.test(sentence)) return false;
  return PAST_BEFORE.test(sentence.slice(-40));
}

/** "Thursday's march was the second": a weekday's possessive whose clause goes on in the past. */
const PAST_AFTER_POSSESSIVE = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){1,4}?${PAST_VERB}\b`, 'u');

const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;

/** What is set for a day, told in the present: "starts on", "begins", "kicks off". */
const SCHEDULED_BEFORE = /\b(?:starts|begins|opens|resumes|takes\s+place|kicks\s+off|gets\s+under\s?way)\b[^.;!?]*$/i;

/** "The third Test starts on Friday": a weekday in a clause that looks ahead, with no verb in the past nearer to it. */
function aheadWeekday(text: string, start: number): boolean {
  const sentence = clauseBefore(text, start);
  if (!/\b(?:on|this|next|from|until|by)\s+$/i.test(sentence) && !/\b(?:starts|begins|opens|resumes)\s+$/i.test(sentence)) return false;
  // "the team has until Thursday to confirm the appeal": a deadline told in the present is to come.
  const deadline = /\b(?:has|have|gets?|given)\s+until\s+$/i.test(sentence);
  return (deadline || FUTURE_BEFORE.test(sentence) || SCHEDULED_BEFORE.test(sentence)) && !PAST_BEFORE.test(sentence.slice(-30));
}

/** "the next day", "the following day", "a day later", "the day after": a day after the date before. */
const DAY_AFTER = /^(?:the\s+)?(?:next|following)\s+day$|^(?:a|one)\s+day\s+later$|^the\s+day\s+after$/i;

/** "will be lifted in October", "is due to open in May": what is still to come. */
const FUTURE_BEFORE = /\b(?:will|would|shall|'ll|due|plans?|planned|expected|scheduled|set\s+to|going\s+to|to\s+be)\b[^.;!?]*$/i;

/** The sentence before `start` up to it (within the 400 characters before: no clause runs longer). */
const clauseBefore = (text: string, start: number): string => text.slice(Math.max(0, start - 400), start).split(/[.!?]\s/).at(-1) ?? '';

/** "The next meeting is set for June 6": a clause that names what comes next. */
const AHEAD_BEFORE = /\b(?:next|upcoming|(?:set|slated|scheduled|planned|due)\s+for)\b[^.;!?]*$/i;

/** Stage 3 values: numbers, money, percentages, durations, clock times, dates and places in one block. */
export function findValues(ctx: ValueContext): Value[] {
  const { text, base, tokens } = ctx;
  const out: Candidate[] = [];
  const add = (kind: ValueKind, start: number, end: number, value: number | string, priority: number, extra: Partial<Value> = {}) => {
    out.push({ v: { kind, span: { start: base + start, end: base + end }, text: text.slice(start, end), value, ...extra }, priority });
  };

  // Most paragraphs have no figure at all: skip the number patterns when there is
  // neither a digit nor a number word, and the duration pattern without a unit of time.
  const digits = /\d/.test(text);
  const numberWords = NUMBER_WORD.test(text);
  const numeric = digits || numberWords;
  const scan = (re: RegExp, when: boolean): RegExpExecArray[] => (when ? matchAll(re, text) : []);
  for (const m of scan(RE.money, digits)) {
    // "55.9 cents per $100 of assessed value": the base a rate is told against is no sum.
    if (/\bper\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const n = parseNumber(m[2]!);
    const code = m[1]!.trim();
    // "COP33", "G20": a code glued to a small whole number names a meeting or a group, not a sum.
    if (/^[A-Z]{3}$/.test(m[1]!) && !m[3] && /^\d{1,3}$/.test(m[2]!)) continue;
    if (n !== undefined) add('money', m.index, m.index + m[0].length, n * scaleOf(m[3]), 9, { unit: CURRENCY_SIGN[code.toUpperCase()] ?? CODE_UNIT[code.replace(/\.$/, '')] ?? code });
  }
  // A currency written as one capital letter: "N25m", "N5,000" (the naira, in Nigerian papers),
  // "K25 million" (the kwacha), "Q250 million" (the quetzal),
  // "P1.2 billion", "P500,000" (the peso, in Philippine ones). Without a scale or a thousands
  // comma the letter and digits are a code: an "N95" mask, a "P45" form.
  for (const [re, needs, unit] of LETTER_CURRENCIES) {
    for (const m of scan(re, digits && needs.test(text))) {
      if (!m[2] && !m[1]!.includes(',')) continue;
      const n = parseNumber(m[1]!);
      if (n !== undefined) add('money', m.index, m.index + m[0].length, n * scaleOf(m[2]), 9, { unit });
    }
  }
  // "52.4 cents", "a 3.5-cent increase": a hundredth of the currency the story counts in.
  for (const m of scan(RE.cents, digits && NEEDS.cents.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('money', m.index, m.index + m[0].length, Number((n / 100).toFixed(10)), 9, { unit: /€|\beuros?\b/i.test(text) ? 'EUR' : 'USD' });
  }
  for (const m of scan(RE.moneyWords, numeric && NEEDS.moneyWords.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('money', m.index, m.index + m[0].length, n * scaleOf(m[2]), 9, { unit: CURRENCY_WORD[m[3]!.toLowerCase()] ?? m[3]! });
  }
  // "a 150,000-pound hardship fund", "a 2-million-euro grant": a sum as a compound before a noun of money.
  for (const m of scan(SUM_COMPOUND, digits && /\d-(?:\p{L}+-)?(?:pound|euro|dollar)/u.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('money', m.index, m.index + m[0].indexOf(m[3]!) + m[3]!.length, n * scaleOf(m[2]), 10, { unit: CURRENCY_WORD[m[3]!.toLowerCase()]! });
  }
  for (const m of scan(RE.percent, numeric && NEEDS.percent.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('percent', m.index, m.index + m[0].length, n, 8);
  }
  for (const m of scan(RE.ratio, numeric && NEEDS.ratio.test(text))) {
    const a = parseNumber(m[1]!);
    const b = parseNumber(m[2]!);
    // "the world No. 1 in five sets": a rank, then what it did in.
    if (/\b(?:No\.?|Number)\s$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (a !== undefined && b !== undefined && b > 0 && a <= b && b <= 1000) {
      add('percent', m.index, m.index + m[0].length, Math.round((a / b) * 10000) / 100, 8);
    }
  }
  // "between 40 and 50 devotees", "40 to 50 people": one figure, a range.
  for (const m of scan(RE.range, numeric && NEEDS.range.test(text))) {
    const low = parseNumber(m[1]!);
    const high = parseNumber(m[2]!);
    if (low === undefined || high === undefined || !(high > low)) continue;
    // "between 2019 and 2021" is a span of years, for the date patterns.
    if (/^(?:1[89]|20)\d\d$/.test(m[1]!) && /^(?:1[89]|20)\d\d$/.test(m[2]!)) continue;
    const next = tokenAfter(tokens, base + m.index + m[0].length);
    add('number', m.index, m.index + m[0].length, low, 8, { upTo: high, ...(next && next.pos === 'NOUN' ? { unit: next.lemma } : {}) });
  }
  // "voted 9-3", "won 4-3 on penalties", "6-3, 3-6, 7-6(4)", "a five-to-four vote": a tally or a
  // score is one figure, both sides of it, not two counts.
  let lastTallyEnd = -10;
  for (const m of scan(TALLY, numeric && TALLY_HINT.test(text))) {
    const words = m[1] === undefined;
    const [a, b] = words ? [parseNumber(m[4]!), parseNumber(m[5]!)] : [Number(m[1]), Number(m[2])];
    if (a === undefined || b === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const inSeries = /^,\s?$/.test(text.slice(lastTallyEnd, m.index));
    const ok = words ? WORD_TALLY_BEFORE.test(before) || TALLY_NOUN_AFTER.test(after) : inSeries || ((TALLY_BEFORE.test(before) || TALLY_PASSED_BEFORE.test(before) || TALLY_NOUN_AFTER.test(after)) && TALLY_END.test(after));
    if (!ok) continue;
    // "7-6(4)": the tie-break's loser's points in brackets; the winner's are two more, at least 7.
    const t = m[3] === undefined ? undefined : Number(m[3]);
    add('number', m.index, m.index + m[0].length, `${a}-${b}${t === undefined ? '' : `(${Math.max(7, t + 2)}-${t})`}`, 9);
    lastTallyEnd = m.index + m[0].length;
  }
  // "about half of tram services", "half the flights": a share of one half.
  for (const m of scan(RE.half, NEEDS.half.test(text))) {
    add('number', m.index, m.index + 4, 0.5, 7);
  }
  // "one train in three": a share told around its noun.
  for (const m of scan(RE.nounRatio, numberWords && NEEDS.ratio.test(text))) {
    const a = parseNumber(m[1]!);
    const b = parseNumber(m[3]!);
    if (a !== undefined && b !== undefined && b > a && b <= 1000) add('percent', m.index, m.index + m[0].length, Math.round((a / b) * 10000) / 100, 8);
  }
  for (const m of scan(RE.fraction, (numberWords || A_FRACTION.test(text)) && NEEDS.fraction.test(text))) {
    // "nearly a fifth", "a third of the budget" — but "a third term", "a fifth straight win" are ordinals.
    if (m[1]!.toLowerCase() === 'a' && !FRACTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const a = m[1]!.toLowerCase() === 'a' ? 1 : parseNumber(m[1]!);
    const f = FRACTIONS[m[2]!.toLowerCase()];
    if (a !== undefined && f !== undefined) add('number', m.index, m.index + m[0].length, Math.round(a * f * 10000) / 10000, 7);
  }
  // "needed 2:04:27", "a 35km split of 1:43:07", "3:43.13 for the mile": a race time is a length
  // of time. Hours, minutes and seconds with a one-digit hour, or minutes and seconds with a
  // fraction; never after "at", "from", "until" or "by", and never with a zone or am/pm after it.
  for (const m of scan(RE.raceTime, digits && NEEDS.clock.test(text))) {
    if (/\b(?:at|from|until|till|by|since|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/^\s?(?:[aApP]\.?[mM]\b|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T\b|local\b|hrs?\b|h\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const seconds = m[1] !== undefined
      ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(`0${m[4] ?? ''}`)
      : Number(m[5]) * 60 + Number(m[6]) + Number(`0${m[7]}`);
    add('duration', m.index, m.index + m[0].length, Math.round(seconds * 100) / 100, 9);
  }
  // "+2:47", "lost 2:47", "2:47 behind the winner", "third at 1:23": a race's gap, minutes and
  // seconds, told as a lead or a loss; no clock reads so.
  for (const m of scan(RACE_GAP, digits && NEEDS.clock.test(text))) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!m[1] && !GAP_BEFORE.test(before) && !GAP_AFTER.test(after)) continue;
    add('duration', m.index, m.index + m[0].length, Number(m[2]) * 60 + Number(m[3]), 9);
  }
  // "4h 32' 10\"", "44h 18' 37\"": a results list's time in hours, minutes (') and seconds (").
  for (const m of scan(PRIME_DURATION, digits && /\dh/i.test(text))) {
    add('duration', m.index, m.index + m[0].length, Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0), 9);
  }
  // "three-quarters of an hour", "a quarter of an hour": a part of one unit of time.
  for (const m of scan(PART_OF_UNIT, TIME_UNIT.test(text) && PART_OF_UNIT_TEST.test(text))) {
    const unit = secondsPer(m[2]!.toLowerCase());
    if (unit !== undefined) add('duration', m.index, m.index + m[0].length, Math.round(PART_FRACTION[m[1]!.toLowerCase().replace(/[\s-]+/g, ' ')]! * unit), 9);
  }
  // "Duration: 3h 48m", "2hr 31min": a stats line's length of time, hours and minutes run together.
  for (const m of scan(COMPACT_DURATION, digits && /\dh/i.test(text))) {
    add('duration', m.index, m.index + m[0].length, Number(m[1]) * 3600 + Number(m[2]) * 60, 9);
  }
  for (const m of scan(RE.clock, digits && NEEDS.clock.test(text))) {
    // "1.25" is a number, not a time: a dotted time needs am/pm or a zone.
    if (m[0].includes('.') && !/[:]/.test(m[0]) && !m[3] && !m[4]) continue;
    let h = Number(m[1]);
    if (m[3]?.toLowerCase() === 'p' && h < 12) h += 12;
    if (m[3]?.toLowerCase() === 'a' && h === 12) h = 0;
    add('time', m.index, m.index + m[0].length, `${two(h)}:${m[2]}${m[4] && m[4] !== 'local time' ? ` ${zoneCode(m[4])}` : ''}`, 8);
  }
  for (const m of scan(RE.clockAmPm, digits && NEEDS.clockAmPm.test(text))) {
    // "2.05pm": the minutes of a dotted time, which the clock above reads whole.
    if (/\d[.:]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    let h = Number(m[1]);
    if (m[2]!.toLowerCase() === 'p' && h < 12) h += 12;
    if (m[2]!.toLowerCase() === 'a' && h === 12) h = 0;
    // The pattern ignores case for "P.M."; a zone is written in capitals ("2pm West Yorkshire
    // Police" names no Western European Summer Time).
    const zone = m[3] && (m[3] === 'local time' || m[3] === m[3].toUpperCase()) ? m[3] : undefined;
    const end = zone || !m[3] ? m.index + m[0].length : m.index + m[0].length - m[3].length - 1;
    add('time', m.index, end, `${two(h)}:00${zone && zone !== 'local time' ? ` ${zoneCode(zone)}` : ''}`, 8);
  }
  for (const m of scan(RE.oclock, numeric && NEEDS.oclock.test(text))) {
    const n = parseNumber(m[2]!);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 12) continue;
    // Without "at night" or "in the evening" the hour is read as written, as "ten o'clock" mostly means.
    const later = m[3] !== undefined && !/morning/i.test(m[3]) && n < 12;
    add('time', m.index, m.index + m[1]!.length, `${two(later ? n + 12 : n)}:00`, 8);
  }
  // "rallied at noon local time", "signed before midnight": the two hours with names.
  for (const m of scan(RE.namedHour, /\b(?:noon|midday|midnight)\b/i.test(text))) {
    const start = m.index + m[0].length - m[1]!.length - (m[2] ? m[2].length : 0);
    add('time', start, m.index + m[0].length, `${/midnight/i.test(m[1]!) ? '00' : '12'}:00${m[3] && m[3] !== 'local time' ? ` ${zoneCode(m[3])}` : ''}`, 8);
  }
  // "at two in the morning", "shortly after 3 in the afternoon".
  for (const m of scan(RE.hourOfDay, numeric && NEEDS.hourOfDay.test(text))) {
    const n = parseNumber(m[1]!);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 12) continue;
    const later = !/morning/i.test(m[2]!) && n < 12;
    add('time', m.index, m.index + m[0].length, `${two(later ? n + 12 : n === 12 ? 0 : n)}:00`, 8);
  }
  for (const m of scan(RE.military, digits && NEEDS.military.test(text))) {
    add('time', m.index, m.index + m[0].length, `${m[1]}:${m[2]} ${zoneCode(m[3]!)}`, 8);
  }
  // "at around 0245 hrs", "at 0658H": South Asian and military copy write a local time so, with no zone.
  for (const m of scan(RE.hrs, digits && (text.includes('hrs') || /\dH\b/.test(text)))) {
    add('time', m.index, m.index + m[0].length, `${m[1]}:${m[2]}`, 8);
  }
  const durations: { start: number; end: number; seconds: number; unit: number }[] = [];
  for (const m of scan(RE.duration, TIME_UNIT.test(text))) {
    const before = text.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
    if (/\b(?:per|every)\s$/.test(before)) continue;
    const q = m[1]!.toLowerCase();
    const unitWord = m[3]!.toLowerCase();
    // "a second man" is an ordinal, not a length of time.
    if ((q === 'a' || q === 'an') && unitWord === 'second') continue;
    // "62,000 vehicles a day", "twice a week", "$5 an hour": a rate, not a length of time.
    if ((q === 'a' || q === 'an') && isRateBefore(tokens, base + m.index)) continue;
    const whole = q.startsWith('half') ? 0.5 : q === 'a' || q === 'an' ? 1 : parseNumber(q);
    const n = whole === undefined ? undefined : whole + (m[2] || m[4] ? 0.5 : 0);
    const unit = secondsPer(unitWord);
    if (n !== undefined && unit !== undefined) {
      const last = durations.at(-1);
      // "one year and six months", "2 hours 30 minutes": one length of time, told in two units.
      if (last && unit < last.unit && COMPOUND_JOIN.test(text.slice(last.end, m.index))) {
        last.end = m.index + m[0].length;
        last.seconds += n * unit;
        last.unit = unit;
      } else durations.push({ start: m.index, end: m.index + m[0].length, seconds: n * unit, unit });
    }
  }
  // "the week-long campaign", "a day-long strike": one of the unit, told as an adjective.
  for (const m of scan(RE.lengthAdjective, text.includes('-long'))) {
    const unit = secondsPer(m[1]!.toLowerCase());
    if (unit !== undefined) durations.push({ start: m.index, end: m.index + m[0].length, seconds: unit, unit });
  }
  for (const d of durations) add('duration', d.start, d.end, d.seconds, 7);
  for (const m of scan(RE.yearSpanEnd, digits && NEEDS.year.test(text))) {
    const start = m.index + m[0].length - m[2]!.length;
    add('date', start, start + m[2]!.length, m[2]!, 6, { certainty: 'certain' });
  }
  for (const m of scan(RE.year, digits && NEEDS.year.test(text))) {
    const start = m.index + m[1]!.length + 1;
    add('date', start, m.index + m[0].length, m[2]!, 6, { certainty: 'certain' });
  }
  for (const m of scan(RE.yearList, digits && NEEDS.year.test(text))) {
    const listStart = m.index + m[0].length - m[1]!.length;
    for (const y of matchAll(YEAR_IN_LIST, m[1]!)) add('date', listStart + y.index, listStart + y.index + 4, y[0], 6, { certainty: 'certain' });
  }
  for (const m of scan(RE.yearAlone, digits && NEEDS.year.test(text))) {
    const year = (m[1] ?? m[2] ?? m[3])!;
    const start = m.index + m[0].indexOf(year);
    add('date', start, start + 4, year, 6, { certainty: 'certain' });
  }
  for (const m of scan(RE.monthRelYear, ctx.reference !== undefined && /\b(?:last|this|next)\s+year\b/.test(text))) {
    const month = MONTH_NAMES.indexOf(m[2]!);
    const day = m[1] ?? m[3];
    const year = ctx.reference!.getUTCFullYear() + (m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0);
    add('date', m.index, m.index + m[0].length, day ? `${year}-${two(month + 1)}-${two(Number(day))}` : `${year}-${two(month + 1)}`, 7, { certainty: 'certain' });
  }
  for (const m of scan(RE.lastMonth, ctx.reference !== undefined && /\b(?:last|next)\s\p{Lu}/u.test(text))) {
    const month = MONTH_NAMES.indexOf(m[2]!);
    const ref = ctx.reference!;
    const refMonth = ref.getUTCMonth();
    // The month before publication ("last March" in March is a year ago), or after it.
    const year = m[1] === 'last' ? ref.getUTCFullYear() - (month >= refMonth ? 1 : 0) : ref.getUTCFullYear() + (month <= refMonth ? 1 : 0);
    add('date', m.index, m.index + m[0].length, m[3] ? `${year}-${two(month + 1)}-${two(Number(m[3]))}` : `${year}-${two(month + 1)}`, 7, { certainty: 'certain' });
  }
  // "the September quarter of 2030": a quarter named by its last month, with its year after "of"
  // (chrono reads the month alone, in the year of publication).
  for (const m of scan(MONTH_QUARTER_OF_YEAR, digits && /\squarter\sof\s/.test(text))) {
    const month = MONTH_NAMES.indexOf(m[1]!);
    add('date', m.index, m.index + m[0].length, `${m[2]}-${two(month + 1)}`, 7, { certainty: 'certain' });
  }
  // "Monday last week", "on Tuesday of next week": the weekday in the calendar week before or
  // after the one of publication (chrono reads the weekday alone, in the nearest week).
  for (const m of scan(WEEKDAY_OF_WEEK, ctx.reference !== undefined && /\b(?:last|next)\s+week\b/i.test(text))) {
    const weekday = WEEKDAY_NAMES.indexOf(m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase());
    const ref = ctx.reference!;
    const monday = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) - ((ref.getUTCDay() + 6) % 7) * 86_400_000;
    const d = new Date(monday + ((m[2]!.toLowerCase() === 'last' ? -7 : 7) + ((weekday + 6) % 7)) * 86_400_000);
    add('date', m.index, m.index + m[0].length, `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`, 7, { certainty: 'certain' });
  }
  for (const m of scan(RE.weekdayDay, digits && ctx.reference !== undefined && /\(\d{1,2}\)/.test(text))) {
    const day = Number(m[3]);
    const weekday = WEEKDAY_NAMES.indexOf(m[1]!);
    // The date within a week of publication with that weekday and that day of the month.
    for (let offset = -7; offset <= 7; offset++) {
      const d = new Date(ctx.reference!.getTime() + offset * 86_400_000);
      if (d.getUTCDate() !== day || d.getUTCDay() !== weekday) continue;
      add('date', m.index, m.index + m[0].length, `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(day)}`, 7, { certainty: 'certain' });
      break;
    }
  }
  for (const m of scan(RE.yearsAgo, numberWords && ctx.reference !== undefined && /\bago\b/i.test(text))) {
    const n = parseNumber(m[1]!);
    if (n === undefined || !Number.isInteger(n) || n <= 0) continue;
    const ref = ctx.reference!;
    const months = ref.getUTCFullYear() * 12 + ref.getUTCMonth() - (/^year/i.test(m[2]!) ? n * 12 : n);
    const value = /^year/i.test(m[2]!) ? `${Math.floor(months / 12)}` : `${Math.floor(months / 12)}-${two((months % 12) + 1)}`;
    add('date', m.index, m.index + m[0].length, value, 7, { certainty: 'certain' });
  }
  const dateHits = safeChrono(text, ctx.reference);
  for (let h = 0; h < dateHits.length; h++) {
    const found = dateHits[h]!;
    let r = found;
    // "between 8 July and 13 July, 27.4% more deaths": the figure after the comma is no year.
    const glued = /,\s*\d{1,4}$/.exec(r.text.replace(/[\s.;:]+$/, ''));
    if (glued && /^(?:[.,]\d|\s?%|\s?per ?cent)/i.test(text.slice(r.index + r.text.replace(/[\s.;:]+$/, '').length))) {
      const again = safeChrono(r.text.slice(0, glued.index), ctx.reference)[0];
      if (!again || again.index !== 0) continue;
      r = again;
      r.index = found.index;
    }
    const has = (c: 'day' | 'month' | 'year' | 'weekday') => r.start.isCertain(c);
    const dayPart = /\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b/i.test(r.text);
    const isDate = has('day') || has('month') || has('year') || has('weekday') || dayPart;
    if (!isDate) continue;
    let start = r.index;
    let t = r.text;
    const lead = /^(?:on|at|in|by|from|until|since|of)\s+/i.exec(t);
    if (lead) { start += lead[0].length; t = t.slice(lead[0].length); }
    t = t.replace(/[\s,.;:]+$/, '');
    // "our busiest morning. Today": a date does not run across a sentence end.
    // (A stop after a lower-case word: "Aug. 17" and "a.m. Tuesday" are abbreviations.)
    // ("Sept. 15, 2019", "Thurs. night": a month's or a weekday's abbreviation ends no sentence.)
    const stop = /^.*\p{Ll}{3}[.!?]["”’']?\s+/su.exec(t);
    const broken = stop && !/\b(?:Sept|Tues|Thur|Thurs)\.\s+$/.test(stop[0]) ? stop : null;
    if (broken) { start += broken[0].length; t = t.slice(broken[0].length); }
    // "on Thursday at 6 p.m.": chrono may keep the preposition before the time it leaves out.
    t = t.replace(/\s+(?:at|on|in|by|from)$/i, '');
    // "Tuesday is usually our busiest morning", "every Tuesday": a habit, not a day.
    const weekdayOnly = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i.test(t);
    if (weekdayOnly && (HABIT_AFTER.test(text.slice(start + t.length, start + t.length + 30)) || /\bevery\s+$/i.test(text.slice(Math.max(0, start - 8), start)))) continue;
    // "like it's a Tuesday night in the reserves", "any Monday": a kind of day, not a date.
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i.test(t) && /\b(?:a|an|any)\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !/^\s+(?:in|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text.slice(start + t.length, start + t.length + 14))) continue;
    // A month name that is also a word ("may", "march") needs a capital to be a date, or a day or
    // a year beside it: "the first march against the bill" is no 1 March.
    // Nor is "27 march" in "A Feb. 27 march drew 8,000": the day is another month's, read again with it.
    if (/\b(?:may|march)\b/.test(t) && !/\d/.test(t)) continue;
    const monthBefore = /^\d/.test(t) && /\b(?:may|march)\b/.test(t) ? MONTH_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (monthBefore) {
      const from = start - monthBefore[0].length;
      const day = /^\d{1,2}/.exec(t)![0];
      for (const again of safeChrono(text.slice(from, start + day.length), ctx.reference)) dateHits.push({ ...again, index: again.index + from });
      continue;
    }
    // "set to last 48 hours", "in the past 12 hours": a length of time, not a calendar date.
    if (/^(?:last|past|next)\s+(?:\d+|an?|\w+)\s+(?:hours?|minutes?|seconds?)$/i.test(t)) continue;
    // "the energy the Earth receives from the Sun", "Sun Microsystems": a weekday's abbreviation
    // alone is a word; as a date it comes with a day or a month ("Sun, Jun 16").
    if (/^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/.test(t)) continue;
    // "Viña del Mar", "Mar-a-Lago": a month's abbreviation alone is a word of a name, not a month.
    if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/i.test(t)) continue;
    // "for a second day", "in a minute": an ordinal or a moment, no date.
    if (/^(?:for|in|after|within|by)?\s*(?:an?|one)\s+(?:second|minute|moment)s?$/i.test(t)) continue;
    // "now" is no date, and "sat" or "sun" in lower case are a verb and a star.
    if (/^(?:now|right now|just now)$/i.test(t) || (/^[a-z]{3}$/.test(t) && !/^(?:today)$/.test(t))) continue;
    // "a week ago today": the day a week before; "today" only says from when it is counted.
    if (/^(?:today|tonight)$/i.test(t) && /\bago\s+$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "on 13 March, and vaccination began … the next day": a day after the date the story just
    // gave, not after publication; with no date before it in the paragraph, no date at all.
    if (DAY_AFTER.test(t)) {
      const anchor = out.filter((c) => c.v.kind === 'date' && c.v.span.end <= base + start && /^\d{4}-\d\d-\d\d$/.test(String(c.v.value))).at(-1);
      if (!anchor) continue;
      const next = new Date(`${String(anchor.v.value)}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      add('date', start, start + t.length, next.toISOString().slice(0, 10), 6, { certainty: anchor.v.certainty ?? 'certain' });
      continue;
    }
    // Read the calendar fields chrono resolved, not a Date in the machine's time zone.
    let year = r.start.get('year');
    let month = r.start.get('month');
    let day = r.start.get('day');
    if (year === null || month === null) continue;
    // "The ship sank on Monday", told on a Friday: chrono takes the nearest Monday, which may be
    // the one to come; a clause told in the past means the one before.
    // "The third Test starts on Friday", told on a Monday: the nearest Friday is the one before; a
    // clause that looks ahead means the one to come.
    if (ctx.reference && has('weekday') && !r.start.isCertain('day') && day !== null) {
      const ref = ctx.reference;
      const d = new Date(Date.UTC(year, month - 1, day));
      const past = pastMonth(text, start) || PAST_AFTER_POSSESSIVE.test(text.slice(start + t.length, start + t.length + 60));
      const week = past && d.getTime() > ref.getTime() ? -7 : !past && d.getTime() < Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) && aheadWeekday(text, start) ? 7 : 0;
      if (week !== 0) {
        d.setUTCDate(d.getUTCDate() + week);
        [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      }
    }
    // "pleaded guilty in October", told in April: a month named without its year in a clause told
    // in the past is the last one, not the one to come (chrono takes the publication's year).
    const ref = ctx.reference;
    // A month named without its year or a weekday: chrono picks its year, which the clause may correct.
    const monthAlone = ref !== undefined && has('month') && !has('year') && !has('weekday');
    // "The June quarter was revised", told in December: chrono takes the nearest June, the one to
    // come; a month named without a year and not looked forward to is the one before.
    if (ref && monthAlone && year === ref.getUTCFullYear() + 1 && !FUTURE_BEFORE.test(clauseBefore(text, start)) && !/\b(?:next|coming|until|by|from)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) year -= 1;
    // "The next full ministerial meeting is set for June 6", told in November: chrono may take the
    // June gone; a clause that looks ahead means the one to come.
    if (ref && monthAlone && year === ref.getUTCFullYear() && (month < ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && has('day') && (day ?? 31) < ref.getUTCDate()))) {
      const clause = clauseBefore(text, start);
      if ((FUTURE_BEFORE.test(clause.slice(-40)) || AHEAD_BEFORE.test(clause)) && !PAST_BEFORE.test(clause.slice(-30).replace(/\bset\s+(?:for|to)\b/gi, ''))) year += 1;
    }
    if (ref && monthAlone && !dayPart && (month > ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && (day ?? 1) > ref.getUTCDate() + 1)) && year === ref.getUTCFullYear() && pastMonth(text, start)) year -= 1;
    const value =
      has('day') || has('weekday') || dayPart
        ? `${year}-${two(month)}-${two(day ?? 1)}`
        : has('month')
          ? `${year}-${two(month)}`
          : `${year}`;
    // Weekday-only and week-level phrases, and relative dates with no publication date, are guesses.
    const relative = !has('year') || /\b(?:today|tonight|tomorrow|yesterday|last|next|this|ago|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(r.text);
    const certain = !(has('weekday') && !has('day')) && !/\bweek\b/i.test(t) && (ctx.reference !== undefined || !relative);
    add('date', start, start + t.length, value, 6, { certainty: certain ? 'certain' : 'uncertain' });
  }
  for (const p of findPlaces(text, tokens, base, ctx.document ?? text, ctx.listItem)) out.push({ v: p, priority: 5 });
  for (const p of numberedPlaces(text, base)) out.push({ v: p, priority: 9 });
  // "34°52'N 012°33'E": a position, one place value; its degrees and minutes count nothing.
  for (const m of scan(RE.coordinates, digits && text.includes('°'))) add('place', m.index, m.index + m[0].length, m[0], 9);
  // "at 10 a.m. on Sunday": chrono reads one phrase; keep the time and the date as two values.
  const times = out.filter((c) => c.v.kind === 'time').map((c) => c.v);
  for (const { v: c } of out) {
    if (c.kind !== 'date') continue;
    for (const t of times) {
      if (!(t.span.start < c.span.end && c.span.start < t.span.end)) continue;
      if (t.span.start <= c.span.start && t.span.end < c.span.end) c.span = { start: t.span.end, end: c.span.end };
      else if (t.span.start > c.span.start && t.span.end >= c.span.end) c.span = { start: c.span.start, end: t.span.start };
      const local = { start: c.span.start - base, end: c.span.end - base };
      const raw = text.slice(local.start, local.end);
      const lead = raw.length - raw.replace(/^[\s,]*(?:(?:on|at|in)\s+)?/i, '').length;
      const trail = raw.length - raw.replace(/[\s,.]+$/, '').replace(/\s+(?:at|on|in|by|from)$/i, '').length;
      c.span = { start: c.span.start + lead, end: c.span.end - trail };
      c.text = text.slice(c.span.start - base, c.span.end - base);
    }
  }
  const phones = digits && /\d[\s.-]\d{2}/.test(text) ? matchAll(PHONE, text).map((m) => [m.index, m.index + m[0].length] as const) : [];
  // "Okafor 6; Dunne 6, Garvey 7": a line of names each given a small figure is a list of
  // ratings or squad numbers, not counts.
  const ratings = digits && (text.match(RATING) ?? []).length >= 3;
  for (const m of scan(RE.digits, digits)) {
    let start = m.index;
    const prev = text[start - 1];
    // "| Iraq | -270 |", "Iraq: -270,000 b/d", "| +1.6 |": a signed change in a table or a list,
    // after a space or a cell's bar, keeps its sign ("COVID-19", "2-1" stay apart).
    const signed = (prev === '-' || prev === '−' || prev === '+') && (start === 1 || /[\s|(]/.test(text[start - 2]!)) && !/^[-–]\d/.test(text.slice(start + m[0].length, start + m[0].length + 2));
    if (prev && /[\w.,/:-]/.test(prev) && !/\s/.test(prev) && !signed) continue;
    // "UTC+1", "GMT +8": a zone's offset, no count.
    if (/(?:UTC|GMT)\s?[+−]$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (/^\d+$/.test(m[0]) && /\d-$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    // "241/6", "312/7": a score, not a count; "3/ Our field officer is at the beach": a thread's post number.
    if (/^\/\d/.test(text.slice(start + m[0].length, start + m[0].length + 2))) continue;
    if (/^\/\s/.test(text.slice(start + m[0].length, start + m[0].length + 2)) && !/\S/.test(text.slice(0, start))) continue;
    if (phones.some(([a, b]) => a <= start && start < b)) continue;
    if (ratings && /^\d{1,2}$/.test(m[0]) && /\p{Lu}[\p{L}'’-]+ $/u.test(text.slice(Math.max(0, start - 30), start)) && /^(?:[,;.]|\s*$)/.test(text.slice(start + m[0].length, start + m[0].length + 1))) continue;
    // "world No 87", "peaked at No 3", "up to No 19": a place in a ranking, a figure of its own;
    // "No 10 Downing Street", "the No. 3 cargo tank", "his new No 9": a label.
    const numbered = /(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(?:[Nn]umber|No\.?)\s$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (numbered) {
      if (numbered[1] && RANK_BEFORE.test(numbered[1]) && /^\d{1,4}$/.test(m[0]) && !(/^(?:at|to|from)$/i.test(numbered[1]) && /^\s+\p{Lu}/u.test(text.slice(start + m[0].length, start + m[0].length + 3)))) {
        const from = start - numbered[0].length + numbered[0].search(/(?:[Nn]umber|No\.?)\s$/);
        add('number', from, start + m[0].length, Number(m[0]), 2, { unit: 'rank' });
      }
      continue;
    }
    // "1. The paper is published…": a numbered list's marker.
    if (/^[.)]\s/.test(text.slice(start + m[0].length, start + m[0].length + 2)) && !/\S/.test(text.slice(0, start))) continue;
    // "its 2033 first-round pick", "the 2035 and 2037 first-round picks": a draft pick named by its year.
    if (/^(?:19|20)\d\d$/.test(m[0]) && ROUND_PICK_AFTER.test(text.slice(start + 4, start + 60))) continue;
    // "Triple Zero (000)": an emergency number; "the fires of '06 and '19": years cut short.
    if (/^0+$/.test(m[0]) && m[0].length >= 3) continue;
    if (/^\d\d$/.test(m[0]) && /(?:^|[\s(])['’]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "3.1 The DPC has imposed …": a formal document's numbered paragraph.
    if (/^\d{1,2}(?:\.\d{1,2})+\.?$/.test(m[0]) && !/\S/.test(text.slice(0, start)) && /^\s+\p{Lu}/u.test(text.slice(start + m[0].length, start + m[0].length + 3))) continue;
    // "Article 58(2)(j)": a sub-paragraph of a provision, no count.
    if (/[\d)]\($/.test(text.slice(Math.max(0, start - 2), start)) && /^\)/.test(text.slice(start + m[0].length))) continue;
    // "per $100 of assessed value", "per 100,000 people": the base of a rate.
    if (/\bper\s+[$€£¥₹₩₽₺৳₦₱]?$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "Level 3 evacuations", "a Category 4 storm", "Highway 138": the number is part of a label.
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (namesWithNumber(text, tokens, base, start)) continue;
    const n = parseNumber(m[0].replace(SCALE_AT_END, ''));
    if (n === undefined) continue;
    // "down 2.8 points on 2024", "compared with 2019": a year a comparison names, which chrono
    // leaves alone without "in", is a date.
    if (/^(?:19|20)\d\d$/.test(m[0]) && YEAR_BEFORE.test(text.slice(Math.max(0, start - 14), start))) {
      add('date', start, start + 4, m[0], 5, { certainty: 'certain' });
      continue;
    }
    const next = tokenAfter(tokens, base + start + m[0].length);
    // Ages ("the 61-year-old", "Martin Keogh, 61,") describe a person; mark them so.
    const after = text.slice(start + m[0].length, start + m[0].length + 10);
    // "died aged 72", "at the age of 72", "died at 72", "She was 72.": an age told after the verb.
    const told = n < 120 && Number.isInteger(n) && (AGE_LEAD.test(text.slice(Math.max(0, start - 18), start)) || (/\b(?:[Ss]he|[Hh]e) (?:was|is)\s$/.test(text.slice(Math.max(0, start - 8), start)) && /^(?:[.;]|,\s(?:and|but)\b|\s(?:years old|when)\b|$)/.test(after)));
    const age = told || /^-year-old/.test(after) || (/^,/.test(after) && /\p{Lu}\p{Ll}+,\s$/u.test(text.slice(Math.max(0, start - 30), start)) && n < 120);
    // "the 86-metre dam", "a 12-storey block": the word joined by a hyphen is the unit.
    const joined = /^-(\p{Ll}{2,})\b/u.exec(after)?.[1];
    const noun = countedNoun(tokens, next) ?? copulaNoun(tokens, next);
    // "a magnitude 5.9 aftershock", "a 6.4-magnitude quake": a quake's size, not a count of quakes.
    const magnitude = /\bmagnitude[\s-]$/i.test(text.slice(Math.max(0, start - 10), start)) || /^-magnitude\b/i.test(after);
    // "240 km/h": kilometres an hour, a speed, not a distance.
    const rest = text.slice(start + m[0].length, start + m[0].length + 24);
    const perHour = /^\s?(?:km\s?\/\s?h\b|(?:km|kilomet(?:er|re)s?)\s+(?:per|an)\s+hour\b)/i.test(rest) ? 'km/h' : /^\s?miles?\s+(?:per|an)\s+hour\b/i.test(rest) ? 'mph' : undefined;
    const unit = age ? 'years old' : magnitude ? 'magnitude' : perHour ?? (joined ? joined.replace(/(?<=[^s])s$/, '') : noun?.lemma);
    if (signed) start -= 1;
    add('number', start, m.index + m[0].length, (signed && prev !== '+' ? -1 : 1) * n * scaleOf(m[1]), 1, unit ? { unit } : {});
  }
  // "in the 78th minute", "78'", "90+4'": the minute of a match a goal or a card came in.
  for (const m of scan(RE.matchMinute, digits && MATCH_MINUTE_TEST.test(text))) {
    const minute = Number(m[1] ?? m[3]) + Number(m[2] ?? m[4] ?? 0);
    add('number', m.index, m.index + m[0].length, minute, 7, { unit: 'minute' });
  }
  for (const m of scan(RE.glued, digits && /\d\p{L}/u.test(text))) {
    const n = parseNumber(m[0].slice(0, m[0].length - m[1]!.length));
    if (n !== undefined) add('number', m.index, m.index + m[0].length, n, 1, { unit: GLUED_UNIT[m[1]!]! });
  }
  // "rolled some 180m (590ft) down a slope", "a wall 12m high": metres, where a foot conversion or
  // a word of height or depth follows; elsewhere "180m" is a scale ("£180m").
  for (const m of scan(GLUED_METRES, digits && /\dm\b/.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('number', m.index, m.index + m[1]!.length + 1, n, 2, { unit: 'metre' });
  }
  // "seas of up to 8 m, with a cross-sea", "a 40 m cliff": a spaced "m" after a figure no currency
  // leads is metres; "£2.5 m" stays millions.
  for (const m of scan(SPACED_METRES, digits && /\d\sm\b/.test(text))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) add('number', m.index, m.index + m[0].length, n, 2, { unit: 'metre' });
  }
  for (const m of scan(RE.words, numberWords)) {
    const start = m.index;
    const word = m[0];
    // "the day-five crowd", "a page-one story": a number word closing a compound is a label.
    if (/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    // A capitalised number word mid-sentence belongs to a name ("Group of Eight").
    const prevTok = tokenBefore(tokens, base + start);
    // ("at 11:58 a.m. Four passengers were taken": a sentence the tokenizer opens there; "• Two
    // deaths in the treated arm": a list's bullet opens one; "where SEVEN passengers were rushed":
    // a tabloid's capitals are emphasis, not a name.)
    if (/^[A-Z]/.test(word) && prevTok && !/^[.!?"“‘'«:•·▪*–—-]$/.test(prevTok.text) && !ctx.sentenceOpeners?.has(base + start) && !/^[A-Z]{3,}$/.test(word)) continue;
    const rest = text.slice(start + word.length).trimStart();
    // "the five-match series", "a three-member panel": the word joined by a hyphen is what is counted.
    // ("zero-tolerance", "one-off" count nothing.)
    const joined = /^(?:zero|one)$/i.test(word) ? undefined : /^-(\p{Ll}{2,})\b(?!-old)/u.exec(text.slice(start + word.length, start + word.length + 20))?.[1];
    // "the two leaders", "both sides": who is meant, not a count anyone reports.
    if (!joined && prevTok && /^(?:the|these|those|both|our|their|its|his|her)$/i.test(prevTok.text) && !/^(?:one|a)$/i.test(word)) continue;
    if (/^one$/i.test(word)) {
      if (NOT_A_COUNT_AFTER.test(rest)) continue;
      const next = tokenAfter(tokens, base + start + word.length);
      if (!next || !/^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)) continue;
      if (prevTok && /^(?:no|every|any|some|the|this|that|each|which)$/i.test(prevTok.text)) continue;
    }
    const n = parseNumber(word.replace(SCALE_AT_END, ''));
    if (n === undefined) continue;
    // "a nine-year-old boy", "died aged nine": an age in words, as in digits.
    const age = /^-year-old/.test(text.slice(start + word.length, start + word.length + 9)) || AGE_LEAD.test(text.slice(Math.max(0, start - 18), start));
    const noun = age ? undefined : countedNoun(tokens, tokenAfter(tokens, base + start + word.length));
    const unit = age ? 'years old' : joined ? joined.replace(/(?<=[^s])s$/, '') : noun?.lemma;
    add('number', start, start + word.length, n * scaleOf(m[1]), 1, unit ? { unit } : {});
  }
  // "UPC 0 62840 11021 4", "Best before 2031 MR 14": a product's codes count nothing and date no event.
  const codes = digits && PRODUCT_CODE_TEST.test(text) ? matchAll(PRODUCT_CODE, text).map((m) => [base + m.index, base + m.index + m[0].length] as const) : [];
  const kept = codes.length ? out.filter((c) => !codes.some(([a, b]) => c.v.span.start < b && a < c.v.span.end)) : out;
  return zonedWeekdays(text, base, dropOverlaps(kept));
}

/** "(2300 GMT Sunday)", "21:47 UTC on Tuesday": the weekday after a universal clock time. */
const WEEKDAY_AFTER_UTC = /^(?:\s+on)?\s+$/;
const MONTH_QUARTER_OF_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+quarter\s+of\s+((?:19|20)\d{2})\b/g;
const WEEKDAY_OF_WEEK = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?(last|next)\s+week\b/gi;
const UNIVERSAL_ZONE = /\b(?:GMT|UTC|Z)\b/;
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')})$`);

/**
 * "at 10 a.m. AEDT (2300 GMT Sunday)": a weekday told with a time converted to GMT is that
 * clock's day, the day before or after the one the story lives in. The date keeps the clock's
 * zone, so that no rule takes it for the local day of the event.
 */
function zonedWeekdays(text: string, base: number, values: Value[]): Value[] {
  if (!UNIVERSAL_ZONE.test(text)) return values;
  values.forEach((v, i) => {
    const prev = values[i - 1];
    if (v.kind !== 'date' || !prev || prev.kind !== 'time' || !WEEKDAY.test(v.text.replace(/[^\p{L}]+$/u, ''))) return;
    const zone = UNIVERSAL_ZONE.exec(prev.text)?.[0];
    if (zone && WEEKDAY_AFTER_UTC.test(text.slice(prev.span.end - base, v.span.start - base))) v.zone = zone;
  });
  return values;
}

const ROUND_PICK_AFTER = /^(?:(?:,\s*|\s+and\s+)(?:19|20)\d\d)*\s+(?:first|second|third|1st|2nd|3rd)[- ]round\b/i;
/** A barcode printed in groups ("0 62840 11021 4", 12 or 13 digits run together) or a packer's best-before code ("2031 MR 14"). */
const PRODUCT_CODE = /\b\d \d{5} \d{5} \d\b|\b\d{12,13}\b|\b(?:19|20)\d\d [A-Z]{2} \d{1,2}\b/g;
const PRODUCT_CODE_TEST = /\d \d{5} \d{5} \d|\d{12}|\d{4} [A-Z]{2} \d/;

/** "Of the survivors, 78 are children": a figure standing as the subject of "are" counts the plural noun after it. */
function copulaNoun(tokens: readonly Token[], next: Token | undefined): Token | undefined {
  if (!next || !/^(?:are|were)$/i.test(next.text)) return undefined;
  const noun = tokenAfter(tokens, next.span.end);
  return noun && noun.pos === 'NOUN' && noun.lemma !== noun.text.toLowerCase() ? noun : undefined;
}

/**
 * What a number counts: the noun after it, or the head of the compound it opens ("23 hearing
 * days", "five fire department helicopters"), up to three nouns in a row.
 */
function countedNoun(tokens: readonly Token[], next: Token | undefined): Token | undefined {
  // "rose to 7 yesterday": a day after a figure is when, not what it counts.
  // "five Republicans", "three Australians": members of a party or a people, counted like nouns.
  if (next && next.pos === 'PROPN' && COUNTED_PEOPLE.test(next.text)) return { ...next, lemma: next.text.toLowerCase().replace(/(?<=[^e])s$|(?<=ese)s$/, '') };
  if (!next || next.pos !== 'NOUN' || DAY_WORD.test(next.text)) return undefined;
  let noun = next;
  for (let i = 0; i < 2; i++) {
    const head = tokenAfter(tokens, noun.span.end);
    if (!head || head.pos !== 'NOUN' || head.span.start !== noun.span.end + 1 || !/^\p{Ll}/u.test(head.text)) break;
    noun = head;
  }
  return noun;
}

const COUNTED_PEOPLE = /^(?:Republicans|Democrats|Conservatives|Tories|Liberals|Independents|Socialists|Greens|Britons|\p{Lu}\p{Ll}{2,}(?:ians|ans|eses|ese|is))$/u;

const RATING = /\p{Lu}[\p{L}'’-]+ \d{1,2}(?=[,;.]|\s*$)/gmu;
/** A sum written as a compound before what it is the sum of ("150,000-pound hardship fund"); a weight is not ("a 300-pound man"). */
const SUM_COMPOUND = new RegExp(`(?<![\\p{L}\\d.,])(${NUM})(?:-(${SCALE_WORDS}))?-(pound|euro|dollar)(?:\\s\\([^()\\n]{1,30}\\))?\\s((?:[\\p{Ll}-]+\\s){0,2}(?:fund|funds|grant|package|deal|fine|loan|budget|scheme|payment|investment|contract|bonus|award|prize|settlement|salary|bill|bailout|donation|appeal|programme|program|project|upgrade|redevelopment|expansion|plan|stadium|transfer|bid|offer))\\b`, 'gu');
const PART_FRACTION: Record<string, number> = { 'three quarters': 0.75, 'a quarter': 0.25, quarter: 0.25, 'two thirds': 2 / 3, 'a third': 1 / 3 };
const PART_OF_UNIT = /\b(three[- ]quarters|a quarter|two[- ]thirds|a third)\s+of\s+an?\s+(hour|minute|day|week|month|year|century)\b/gi;
const PART_OF_UNIT_TEST = /\b(?:quarters?|thirds?)\s+of\s+an?\s/i;
const COMPACT_DURATION = /\b(\d{1,2})\s?(?:h|hr|hrs)\s?(\d{1,2})\s?(?:m|min|mins)\b/gi;
/** Minutes and seconds, with a plus sign for a gap in a results list ("+0:41"). */
const RACE_GAP = /(?<![\d:.])(\+\s?)?(\d{1,2}):([0-5]\d)(?![\d:]|\s?[aApP]\.?[mM]\b)/g;
/** What tells a gap before its figure: a loss or gain ("lost", "conceded", "trailing by"), or a place in the order ("third at"). */
const GAP_BEFORE = /(?:\b(?:lost|lose|loses|losing|gained|gain|gains|conceded|concede|concedes|ceded|trails?\s+by|trailing\s+by|deficit\s+of|lead\s+of|advantage\s+of|margin\s+of|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+at)\s+)$/i;
/** What tells a gap after its figure: "2:47 behind the winner", "1:10 down on Ferraris", "0:30 clear". */
const GAP_AFTER = /^\s+(?:behind|ahead|down|adrift|clear|back|in\s+arrears)\b/i;
/** Hours, minutes and seconds with prime marks: "4h 32' 10\"", "44h 18′ 37″". */
const PRIME_DURATION = /\b(\d{1,3})h\s?([0-5]?\d)['’′](?:\s?([0-5]?\d)(?:"|”|″|''))?/g;
/** Words before "No 87" that make it a place in an order, not a label: "world No 1", "ranked No 4". */
const RANK_BEFORE = /^(?:world|ranked|seeded|seed|at|to|from|chart|global|peaked|reached|is|was)$/i;
const YEAR_BEFORE = /\b(?:on|since|than|with|versus|vs\.?|from|until|before|after)\s$/i;
const MATCH_MINUTE_TEST = /\d(?:st|nd|rd|th)\s+minute\b|\d['’′](?:\s|$)/;
const DAY_WORD = /^(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|overnight)$/i;

/** Nouns a number labels rather than counts ("Level 3", "Category 4", "Route 66", "Car 7", "Turn 4", "Document: 47"), and a number to call ("call 112"). */
const LABEL_BEFORE = /(?:\b(?:[Ll]evel|[Cc]ategory|[Ss]tage|[Pp]hase|[Tt]ier|[Ss]ignal|[Gg]rade|[Ss]ection|[Aa]rticle|[Cc]hapter|[Rr]unway|[Gg]ate|[Pp]latform|[Ff]light|[Bb]erth)|\b(?:Route|Highway|Interstate|Terminal|Ward|Room|Engine|Unit|Pier|Channel|Car|Turn|Corner|Document)|\b[Cc]ars|\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Hh]elpline|[Hh]otline|(?:[Ee]mergency|[Ii]nformation|[Hh]elp)\s(?:[Ll]ine|[Nn]umber)))\s$|\b(?:[Hh]elpline|[Hh]otline|(?:[Ee]mergency|[Ii]nformation|[Hh]elp)\s(?:[Ll]ine|[Nn]umber)|Document|No\s\/\sDriver):\s+$/;
/** A telephone number ("+49 69 2045 8800", "(020) 7946 0958"): its groups of digits count nothing. */
const PHONE = /(?:\+\d{1,3}|\(0?\d{1,4}\))[\s.-]?\d{1,5}(?:[\s.-]\d{2,5}){1,4}|\b\d{3,5}[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g;

const LETTER_CURRENCIES: readonly [RegExp, RegExp, string][] = [
  [RE.naira, NEEDS.naira, 'NGN'],
  [RE.peso, NEEDS.peso, 'PHP'],
  [RE.rand, NEEDS.rand, 'ZAR'],
  // "K25 million": the kwacha, in Zambian papers.
  [RE.kwacha, NEEDS.kwacha, 'ZMW'],
  // "Q250 million": the quetzal, in Guatemalan papers ("Q3 2031" has neither scale nor comma).
  [RE.quetzal, NEEDS.quetzal, 'GTQ'],
];

/** Small number words a spoken tally is made of ("five to four"). */
const TALLY_WORD = '(?:zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** "9-3", "4–3", "7-6(4)" in digits; "five to four", "five-to-four", "five-four" in words. */
const TALLY = new RegExp(`(?<![\\w.,/:£$€-])(\\d{1,3})[-–](\\d{1,3})(?:\\s?\\((\\d{1,2})\\))?(?![\\w%]|[-–/]\\d|[.,]\\d)|\\b(${TALLY_WORD})(?:\\s+to\\s+|-to-|-)(${TALLY_WORD})\\b`, 'gi');
const TALLY_HINT = new RegExp(`\\d[-–]\\d|\\b${TALLY_WORD}(?:\\s+to\\s+|-to-|-)${TALLY_WORD}\\b`, 'i');
/**
 * What a score or a vote's tally follows: "won", "voted", "by a", "a vote of"; a bowler's figures
 * ("took 5-37", "figures of 5-37") and a lead taken ("went 1-0 up").
 */
const TALLY_BEFORE = /\b(?:took|takes|taking|(?:figures|returns?)\s+of|went|go|goes|going|won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draw|drawn|defeated|led|lead|leads|leading|trailed|trailing|voted|vote|votes|by|a|an|the|finished|ended|ending|from|at|it's|it is|was|is|were|(?:result|tally|count|score)\s+as|(?:vote|majority|margin|tally|score|scoreline)\s+of)\s+$/i;
/** A chamber's vote told by its outcome: "passed the bill 22-11", "It failed 14-19", "voting 98-59". */
const TALLY_PASSED_BEFORE = /\b(?:passed|passes|passing|approved|approves|rejected|rejects|adopted|cleared|backed|killed|confirmed|ratified|failed|fails|voting)\s+(?:(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,4})?$/iu;
/** A tally in words only where a vote is told: "voted five to four", "by a majority of five to four". */
const WORD_TALLY_BEFORE = /\b(?:voted|vote|votes|(?:majority|margin|tally|vote)\s+of|split|by)\s+$/i;
/** The nouns a tally stands before: "a 5-4 split", "an 11-1 vote", "a 2-2 draw". */
const TALLY_NOUN_AFTER = /^\s*(?:vote|votes|split|majority|margin|verdict|decision|ruling|win|victory|defeat|loss|draw|lead|scoreline|aggregate|result|thrashing|drubbing|home\s+win|away\s+win|on\s+penalties|after\s+extra|in\s+the\s+(?:shoot-?out|final|tie-?break|(?:first|second|third|final)\s+set)|at\s+(?:half|full)[- ]?time)\b/i;
/** After a tally: no counted noun ("10-15 people" is a range). */
const TALLY_END = /^(?:\s*(?:[,.;:)!?—–]|$)|\s+(?:vote|votes|split|majority|margin|verdict|decision|ruling|win|victory|defeat|loss|draw|lead|scoreline|aggregate|result|thrashing|drubbing|home|away|on|in|against|to|with|over|after|and|but|as|when|at|for|before|thanks|courtesy|up|down|ahead|behind|—|–)\b)/i;

const A_FRACTION = /\ba[- ](?:half|third|quarter|fifth|tenth)\b/i;
const FRACTION_AFTER = /^\s*(?:of\b|[,.;:)]|$|(?:lower|higher|less|more|fewer|smaller|larger|bigger|down|up)\b)/i;

const HABIT_AFTER = /^\s+(?:is|are|was|were)\s+(?:usually|always|normally|often|typically|generally|traditionally)\b/i;

/** Words without which chrono finds no date; most paragraphs have none, and chrono is the slowest step. */
const DATE_HINT = new RegExp(
  [
    '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b',
    '\\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b\\.?',
    '\\b(?:today|tonight|tomorrow|yesterday|ago)\\b',
    '\\b(?:last|next|this|coming|previous|past)\\s+(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\\b',
    // "12/06", "2013-06-12", "12.06.2013"; not a decimal ("3.4%", "10.15am"), which a single dot makes.
    '\\b\\d{1,4}(?:[/-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\.\\d{1,2}\\.\\d{2,4})\\b',
    '\\b\\d{1,2}(?:st|nd|rd|th)\\b',
  ].join('|'),
  'i',
);

const DATE_HINTS = new RegExp(DATE_HINT.source, 'gi');

interface DateHit {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

const AFTER_ANOTHER_EVENT = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:later|earlier|before|after|afterwards)$/i;

/** A count chrono took for the day of the month or the hour, before a day named by a word. */
const COUNT_BEFORE_DAY = /^(?:(?:up\s+|down\s+)?from\s+|to\s+)?\d{1,3}(?:\s+to\s+\d{1,3})?\s+(?:on\s+|(?=(?:today|tonight|yesterday|tomorrow|this|last|next|early|late)\b))/i;

function safeChrono(text: string, reference: Date | undefined): DateHit[] {
  // chrono is the slowest step: run it only on short windows around words that can start or
  // end a date, and shift its results back into the block.
  const windows: [number, number][] = [];
  for (const m of matchAll(DATE_HINTS, text)) {
    const start = Math.max(0, m.index - 40);
    const end = Math.min(text.length, m.index + m[0].length + 40);
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const results: DateHit[] = [];
  for (let [start, end] of windows) {
    // Widen to word boundaries so no word is cut in half.
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const read = (from: number, to: number) => {
      try {
        for (const r of chrono.parse(text.slice(from, to), { instant: reference ?? new Date(0), timezone: 0 }, { forwardDate: false })) {
          const index = r.index + from;
          // "13 days later", "a week before": counted from another event, not from the
          // publication date, so no calendar date (the length of time is a duration). Chrono
          // may have swallowed a date before it ("on March 9, 13 days later"): read that part again.
          if (AFTER_ANOTHER_EVENT.test(r.text)) {
            if (index > from) read(from, index);
            continue;
          }
          // "stayed above Alarm Level 3 through 15 October": a label's number starts no range of days.
          const labelled = /^\d{1,3}\b/.exec(r.text);
          if (labelled && LABEL_BEFORE.test(text.slice(Math.max(0, index - 20), index))) {
            read(index + labelled[0].length, index + r.text.length);
            continue;
          }
          // "up from 19 on Sunday": the number is a count; only the weekday is a date.
          // "rose to 11 today", "from 4 to 11 on Sunday": the same, before a day named by a word.
          const countOn = COUNT_BEFORE_DAY.exec(r.text);
          if (countOn) {
            read(index + countOn[0].length, index + r.text.length);
            continue;
          }
          // "on the afternoon of 13 March": chrono reads the part of the day and leaves every date
          // field implied; the date after "of" is the date.
          const partOf = /^(?:morning|afternoon|evening|night)\s+of\s+/i.exec(r.text);
          if (partOf && !r.start.isCertain('day') && !r.start.isCertain('month')) {
            read(index + partOf[0].length, index + r.text.length);
            continue;
          }
          if (!results.some((x) => x.index === index)) results.push({ index, text: r.text, start: r.start });
        }
      } catch {
        // A date chrono cannot read is not a date.
      }
    };
    read(start, end);
  }
  return results;
}

/** Keeps the best value where candidates overlap: higher priority first, then the longer span. */
function dropOverlaps(candidates: Candidate[]): Value[] {
  candidates.sort(
    (a, b) => b.priority - a.priority || b.v.span.end - b.v.span.start - (a.v.span.end - a.v.span.start) || a.v.span.start - b.v.span.start,
  );
  const kept: Value[] = [];
  for (const c of candidates) {
    if (kept.some((k) => k.span.start < c.v.span.end && c.v.span.start < k.span.end)) continue;
    kept.push(c.v);
  }
  kept.sort((a, b) => a.span.start - b.span.start);
  return kept;
}
