import { getGender } from 'gender-detection-from-name';
import { convertedBy } from './conversions.js';
import type { AnalysedDocument, Block, ParsedDocument, Sentence, Token, Value } from '../model/index.js';
import { tokenise } from './nlp.js';
import { findValues } from './values.js';
import { isBareDollar, LOCAL_DOLLAR } from './dollars.js';
import { countryOffsetAt, FIXED_COUNTRY_ZONES, NORTH_AMERICAN_ZONES } from './time-zones.js';
import { countryTimeZones, storyCountries } from '../gazetteer/index.js';
import { DEMONYMS } from '../gazetteer/demonyms.js';

export { findValues } from './values.js';
export { parseNumber } from './number-words.js';
export { tokenise } from './nlp.js';

export const CLAIM_BLOCKS = new Set(['paragraph', 'blockquote', 'list-item']);
/** Captions carry no claims, but they name the people pictured with their titles. */
const NAMING_BLOCKS = new Set(['caption']);

/** Noon UTC on the publication date, so "tomorrow" and "on Sunday" land on the right day in any zone. */
export function referenceDate(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!day) return undefined;
  const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * A release's line naming whose words follow, set as a heading: "Comment by Masaaki Tani, Site
 * Superintendent", "Statement from the Mayor". Like a caption it names someone; the quote after it is theirs.
 */
// "## Sir Nigel Ashcombe, Chairman, said:": a release's heading that introduces the quote under it.
const SPEECH_LABEL = /^(?:comments?|statement|remarks|message|quote|quotes)\s+(?:by|from|of)\s+\S|\b(?:said|says|added|commented|stated)\s*:\s*$/i;
/**
 * "**Conrad Imbert, Team Principal**", "**Elias Dornbach, Car 7**": a release sets a speaker's name
 * and post on its own line over their quote; a given name or an honorific says it is a person (a
 * blog's title, "Pryce Goes Cruising", has no post after a comma).
 */
const NAME_HEADING = /^\s*(?:(Sir|Dame|Dr|Mr|Mrs|Ms|Prof|Professor|Lord|Lady)\s+)?(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s+[^,:\n]{2,60}){1,2}\s*:?\s*$/u;
function namesSpeaker(text: string): boolean {
  const m = NAME_HEADING.exec(text);
  return m !== null && (m[1] !== undefined || getGender(m[2]!) !== 'unknown');
}
export const isSpeechLabel = (block: Block): boolean => block.kind === 'heading' && block.text.length < 200 && (SPEECH_LABEL.test(block.text) || namesSpeaker(block.text));

/** A line that introduces a list of places ("The following suburbs are affected:"). */
const PLACE_LIST_LEAD = /\b(?:suburbs|areas|towns|villages|districts|neighbou?rhoods|communities|municipalities|regions|provinces|counties|cities|islands|places|locations|townships)\b[^.!?]*:\s*$/i;
/**
 * A paragraph that names places of many kinds and ends on a colon ("… in 17 localities … The first
 * cycle will be as follows:"): the schedule after it lists places.
 */
const SCHEDULE_LEAD = /\b(?:localities|suburbs|areas|towns|villages|districts|neighbou?rhoods|wards|zones|sectors|municipalities|feeders)\b[\s\S]*\b(?:as follows|following|below)\s*:\s*$/i;
/** A schedule's row: a day, a date or a slot, then the places it applies to ("Thursday 8 March: Usaquén and Chapinero"). */
const SCHEDULE_ITEM = /^\s*(?:[•*–-]\s*)?[^:\n]{1,40}:\s+(\p{Lu}[^\n]*?)\s*[.;]?\s*$/u;
const SCHEDULE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|de|del|la|las|los|el))*$/u;
/** A list item that is only a name: "• Auckland Park". */
const LIST_PLACE = /^\s*(?:[•*–-]\s*)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\s*[.;,]?\s*$/u;

/** "**Castellano:** “…”": a live page's bold lead-in, kept as asterisks in scraped text. */
const BOLD = /\*\*(?=\S)([^*\n]{1,200}?)\*\*/g;

/**
 * The text the tagger reads, with bold markers blanked: the tokenizer glues a colon to them
 * (":*"), which hides the lead-in's colon from the speaker cues. Offsets stay as they were.
 */
function unbolded(text: string): string {
  return text.replace(BOLD, (_, inner: string) => `  ${inner}  `);
}

/** Stage 3: sentences, tokens and values for the claim-bearing blocks of one document. */
export function analyseDocument(parsed: ParsedDocument): AnalysedDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const values: Value[] = [];
  const reference = referenceDate(parsed.doc.meta.published);
  // All the tagging first, then all the values: each step's code and tables stay warm in the
  // processor's caches, which is worth about a tenth of the stage.
  const claimBlocks: { block: Block; tokens: Token[]; openers: Set<number> }[] = [];
  for (const block of parsed.blocks) {
    const claims = CLAIM_BLOCKS.has(block.kind);
    if (!claims && !NAMING_BLOCKS.has(block.kind) && !isSpeechLabel(block)) continue;
    // In a caption only the people pictured matter, not the credit ("Photo: Jane Doe/PA Wire").
    // "[Image: Commissioner Niamh Raftery speaks …]": a label opening the caption introduces it.
    const text = claims
      ? block.text
      : block.text
          .replace(/^\s*\[?\s*(?:Image|Photo|Picture|Photograph|Pictured)\s*:/i, (m) => ' '.repeat(m.length))
          .replace(/\b(?:Photo|Picture|Image|Photograph|Credit|Pictured|Source)\s*:[\s\S]*$/i, (m) => ' '.repeat(m.length));
    const t = tokenise(text.includes('**') ? unbolded(text) : text, block.span.start);
    const offset = tokens.length;
    tokens.push(...t.tokens);
    for (const s of t.sentences) {
      sentences.push({ span: s.span, block: block.index, tokenStart: s.tokenStart + offset, tokenEnd: s.tokenEnd + offset });
    }
    if (claims) claimBlocks.push({ block, tokens: t.tokens, openers: new Set(t.sentences.map((s) => t.tokens[s.tokenStart]!.span.start)) });
  }
  // "The following suburbs are without water:" then "• Melville", "• Auckland Park": a list the
  // line before it says is of places is a list of places, however unknown the names.
  let placeList = false;
  for (const { block, tokens: blockTokens, openers } of claimBlocks) {
    const found = findValues({ text: block.text, base: block.span.start, tokens: blockTokens, sentenceOpeners: openers, document: parsed.doc.text, listItem: block.kind === 'list-item', ...(reference ? { reference } : {}) });
    const item = block.kind === 'list-item' ? LIST_PLACE.exec(block.text) : null;
    // "Thursday 8 March: Usaquén and Chapinero" under a lead that says places follow.
    const row = placeList && block.kind === 'list-item' && !item ? SCHEDULE_ITEM.exec(block.text) : null;
    if (row) {
      const names = row[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/);
      if (names.every((n) => SCHEDULE_NAME.test(n.trim()))) {
        let at = block.text.indexOf(row[1]!);
        for (const n of names) {
          const name = n.trim();
          const i = block.text.indexOf(name, at);
          if (i < 0) break;
          at = i + name.length;
          const start = block.span.start + i;
          if (found.some((v) => v.span.start < start + name.length && start < v.span.end)) continue;
          found.push({ kind: 'place', span: { start, end: start + name.length }, text: name, value: name });
        }
      }
    }
    if (placeList && item && found.length === 0) {
      const start = block.span.start + item.index + item[0].indexOf(item[1]!);
      found.push({ kind: 'place', span: { start, end: start + item[1]!.length }, text: item[1]!, value: item[1]! });
    }
    if (block.kind !== 'list-item') placeList = PLACE_LIST_LEAD.test(block.text) || SCHEDULE_LEAD.test(block.text);
    if (block.text.startsWith('|')) percentColumns(block, found);
    values.push(...found);
  }
  // The town a dateline names ("LONDON -", "Bratislava, 12 March 2031") sets the clocks too.
  const datelines = parsed.blocks.flatMap((b) => (b.dateline ? [b.dateline] : []));
  // The one country the document's places lie in, read once and only when a value asks for it.
  let country: string | undefined | null = null;
  const countryOf = () => (country === null ? (country = documentCountry(values, datelines)) : country);
  localZone(values, reference, datelines, countryOf, parsed.doc.text);
  localRupee(values, countryOf);
  localDollar(values, countryOf, parsed.doc.text);
  return { ...parsed, tokens, sentences, values };
}

/** A table's header cell that says its column is in per cent: "Change (%)", "Share, per cent". */
const PERCENT_HEADER = /%|\bper\s?cent\b|\bpercentage\b/i;

/**
 * "| Industry | Change (%) |" over "| Manufacturing | -1.8 |": a pipe table whose header puts a
 * column in per cent makes its bare figures percentages.
 */
function percentColumns(block: Block, found: Value[]): void {
  const lines = block.text.split('\n');
  const header = lines[0]!.split('|').slice(1, -1);
  const percent = header.map((cell) => PERCENT_HEADER.test(cell));
  if (!percent.some(Boolean)) return;
  let from = block.span.start + lines[0]!.length + 1;
  for (const line of lines.slice(1)) {
    for (const v of found) {
      if (v.kind !== 'number' || v.unit !== undefined || v.span.start < from || v.span.start >= from + line.length) continue;
      const column = (line.slice(0, v.span.start - from).match(/\|/g)?.length ?? 0) - 1;
      if (percent[column]) v.kind = 'percent';
    }
    from += line.length + 1;
  }
}

/** The one country a document's places and datelines lie in, if there is one. */
function documentCountry(values: readonly Value[], datelines: readonly string[]): string | undefined {
  // A place's own name, and the larger place its phrase puts it in ("Korai station in Odisha").
  const names = values.filter((v) => v.kind === 'place').flatMap((v) => [String(v.value), ...(/(?:\s+in\s+|,\s*)([^,]+)$/.exec(v.text)?.slice(1) ?? [])]);
  const countries = storyCountries([...names, ...datelines]);
  return countries.size === 1 ? [...countries][0]! : undefined;
}

/** The rupees of the countries besides India that count in them ("Rs 15 billion" in a Sindh story is PKR). */
const RUPEE_COUNTRIES: Readonly<Record<string, string>> = { PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };

/** Gives "Rs" and "rupees" the currency of the one country the document's places lie in, when it is not India. */
function localRupee(values: Value[], countryOf: () => string | undefined): void {
  const rupees = values.filter((v) => v.kind === 'money' && v.unit === 'INR' && !/₹|INR/.test(v.text));
  if (rupees.length === 0) return;
  const country = countryOf();
  const code = country ? RUPEE_COUNTRIES[country] : undefined;
  if (code) for (const v of rupees) v.unit = code;
}

/**
 * Gives a bare "$" the dollar of the one country the document's places lie in, when that country
 * has its own: an Australian announcement's "$6.40" a share is A$6.40, not US$.
 */
function localDollar(values: Value[], countryOf: () => string | undefined, text: string): void {
  // "A$8.6 billion ($5.6 billion)": the wires' conversion in brackets is in US dollars.
  const conversion = (v: Value) => text[v.span.start - 1] === '(' && (convertedBy(v, values, text)?.unit ?? 'USD') !== 'USD';
  const dollars = values.filter((v) => v.kind === 'money' && v.unit === 'USD' && isBareDollar(v.text) && !conversion(v));
  if (dollars.length === 0) return;
  const country = countryOf();
  const code = country ? LOCAL_DOLLAR[country] : undefined;
  if (code) for (const v of dollars) v.unit = code;
}

const NAMED_CLOCK_AFTER = /^\s+\(?((?:\p{Lu}[\p{L}.]*)(?:\s\p{Lu}\p{L}+)?)\s+time\b/u;

/** Sets the zone of a time told in a country's or a city's clocks ("10.59pm UK time"); says whether it did. */
function namedClock(t: Value, text: string, at: Date): boolean {
  const m = NAMED_CLOCK_AFTER.exec(text.slice(t.span.end, t.span.end + 30));
  if (!m) return false;
  const name = DEMONYMS.get(m[1]!.toLowerCase()) ?? m[1]!;
  const countries = storyCountries([name]);
  if (countries.size !== 1) return false;
  const zone = FIXED_COUNTRY_ZONES[[...countries][0]!] ?? countryOffsetAt(countryTimeZones([...countries][0]!), at);
  if (zone) t.zone = zone;
  return zone !== undefined;
}

/**
 * Gives the document's unzoned clock times the zone of the one country its places lie in, when
 * that country keeps one zone all year: "at 7.48 pm" in a report from Jajpur is 14:18 GMT.
 */
function localZone(values: Value[], at: Date | undefined, datelines: readonly string[], countryOf: () => string | undefined, text: string): void {
  // "8:00 a.m. ET", "9 p.m. Pacific time": North America's zones keep summer time, so the offset
  // is the one their clocks kept on the day of publication.
  if (at) for (const v of values) {
    const code = v.kind === 'time' ? / (ET|CT|MT|PT)$/.exec(String(v.value))?.[1] : undefined;
    const zone = code ? countryOffsetAt([NORTH_AMERICAN_ZONES[code]!], at) : undefined;
    if (zone) v.zone = zone;
  }
  const times = values.filter((v) => v.kind === 'time' && !String(v.value).includes(' '));
  if (times.length === 0) return;
  // "10.59pm UK time", "18:40 Paris time", "5.40pm Nigerian time": the clocks of the country named.
  const named = at ? times.filter((t) => namedClock(t, text, at)) : [];
  const country = countryOf();
  // A country whose clocks change keeps the offset of the day the document was published
  // ("11:47" in Bratislava in March is UTC+01:00), when all its zones agree then. Only a
  // dateline says that the clocks are that country's: a blog in London naming Düsseldorf may
  // tell London's time or Düsseldorf's.
  const dated = datelines.length > 0 ? storyCountries(datelines) : undefined;
  const datedCountry = dated?.size === 1 ? [...dated][0]! : undefined;
  const fixed = country ? FIXED_COUNTRY_ZONES[country] : undefined;
  const zone = fixed ?? (datedCountry && at ? countryOffsetAt(countryTimeZones(datedCountry), at) : undefined);
  // "at noon local time" says the clocks are those of the place the story is in.
  const local = fixed ?? (country && at ? countryOffsetAt(countryTimeZones(country), at) : undefined);
  for (const t of times) {
    if (named.includes(t)) continue;
    const z = /\blocal time\b/i.test(t.text) ? (local ?? zone) : zone;
    if (z) t.zone = z;
  }
}
