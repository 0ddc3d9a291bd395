import type { Token, Value } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';
import { CARDINAL_WORDS, parseNumber } from './number-words.js';
import { compatiblePlaces, isKnownPlace, lookupPlace, type PlaceType } from '../gazetteer/index.js';
import { matchAll } from './match-all.js';

const WEEKDAYS_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Ramadan)$/;
/** Words that make a capitalised run a person, an organisation or an event rather than a place. */
const NOT_PLACE_WORD = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Prime|Minister|Chancellor|King|Queen|Prince|Princess|Pope|Secretary|General|Senator|Governor|Judge|Justice|Sir|Lord|Lady|Party|Ministry|Department|Council|Commission|Committee|Bank|Company|Group|Inc|Ltd|Corp|Association|Union|University|News|Times|Post|Journal|Report|Summit|Conference|Court|Agency|Service|Office|Parliament|Congress|Senate|Assembly|Government|English|French|German|Russian|Arabic|Spanish|Chinese|Japanese)$/;
/** Words that make "the X" a place ("the Hague", "the Gulf", "Downing Street"). */
const PLACE_WORD = /^(?:Street|Road|Avenue|Square|Lane|Place|Palace|Hall|Bridge|Airport|Station|Port|Harbour|Island|Islands|Isle|Lake|Lough|Loch|River|Mount|Mountains|Valley|Gulf|Sea|Ocean|Bay|Coast|Province|Region|County|District|City|Town|Village|Hague|Netherlands|Philippines|Balkans|Caucasus|Sahel|Levant|Kingdom|States|Republic|Emirates|Strait|Channel|Peninsula|Desert|Forest|Park|Hospital|Stadium|Centre|Center|Capitol)$/;
const DIRECTION = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';

/** What `direction` cannot match without (same flags): most paragraphs give no bearing. */
const HAS_BEARING = new RegExp(`\\s(?:north|south|east|west)`, 'iu');
const direction = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${CARDINAL_WORDS}|a few|several)\\s?(km|kilometres?|kilometers?|miles?|metres?|meters?|m)\\s(${DIRECTION})\\s(?:of\\s)?((?:the\\s(?:capital|city|border|town|coast)\\b)|[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+)*)`,
  'giu',
);

// A capitalised place name, possibly several words ("Lough Erne", "Isle of Man", "St. Louis"),
// after a locative preposition and optional modifiers ("in southern Peru", "near the town of Chivay").
const WORD = "(?:St\\.|[A-Z][\\p{L}'’-]*)";
const NAME = `${WORD}(?:\\s(?:of\\s(?:the\\s)?|de\\s|del\\s|la\\s)?${WORD})*`;
const MODIFIER = '(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|rural|coastal|greater)\\s)';
const LEAD = '(?:the\\s(?:town|city|village|province|region|district|state|county|suburb|outskirts|port|island)\\sof\\s|the\\soutskirts\\sof\\s)';
const locative = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout|[Tt]o|[Ff]rom|[Ii]nto|[Tt]owards?|[Oo]n)\\s+${LEAD}?${MODIFIER}?((?:the\\s)?${NAME}(?:,\\s${NAME})?(?:\\s(?:province|district|region|county|state|valley|prefecture|municipality))?)`,
  'gu',
);

/** Words of a place one is "on": a street, an island, a lake, a coast. Before other names "on" means "about" ("talks on Syria"). */
const ON_PLACE_WORD = /^(?:Street|Road|Avenue|Lane|Square|Bridge|Island|Islands|Isle|Lake|Lough|Loch|River|Mount|Mountains|Coast|Peninsula|Strait|Channel|Sea|Ocean|Bay|Gulf)$/;

const SIZE: Record<PlaceType, number> = { venue: 0, district: 0, town: 0, area: 0, city: 1, region: 2, country: 3 };

/**
 * Does `outer` name a region or country that holds `inner`? Then "inner, outer" and
 * "inner in outer" ("Lough Erne, Northern Ireland", "Lough Erne in Northern Ireland",
 * "Springfield, Illinois") name one place, the smaller one. Two towns, or two countries,
 * side by side are a list, not one place.
 */
function encloses(outer: string, inner: string): boolean {
  const readings = lookupPlace(outer);
  const outerSize = Math.max(-1, ...readings.map((p) => SIZE[p.type]));
  if (outerSize < SIZE.region) return false;
  const innerReadings = lookupPlace(inner);
  if (innerReadings.length === 0) return true;
  return compatiblePlaces({ name: inner }, { name: outer }) === true && Math.min(...innerReadings.map((p) => SIZE[p.type])) < outerSize;
}

/** The first token that starts at `offset` (tokens are in text order), or undefined. */
function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const t = tokens[tokenIndexAt(tokens, offset)];
  return t && t.span.start === offset ? t : undefined;
}

/**
 * Places where something happens or lies: "in London", "at Lough Erne, Northern
 * Ireland", "30 km north of the capital". A country acting as an agent
 * ("Russia said") is not a place value, so only locative phrases count.
 */
export function findPlaces(text: string, tokens: readonly Token[], base: number): Value[] {
  const out: Value[] = [];
  for (const m of HAS_BEARING.test(text) ? matchAll(direction, text) : []) {
    const anchor = m[4]!;
    const n = parseNumber(m[1]!);
    out.push({
      kind: 'place',
      span: { start: base + m.index, end: base + m.index + m[0].length },
      text: m[0],
      value: anchor.replace(/^the\s/i, 'the '),
      direction: `${n ?? m[1]} ${m[2]} ${m[3]!.toLowerCase()}`,
    });
  }
  for (const m of matchAll(locative, text)) {
    let phrase = m[1]!;
    const start = m.index + m[0].length - phrase.length;
    // Strip a trailing possessive and whatever follows a comma that is not a place continuation.
    phrase = phrase.replace(/['’]s(?:\s.*)?$/, '').replace(/\.$/, '');
    const words = phrase.replace(/^the\s/, '').split(/[\s,]+/).filter((w) => w && w !== 'of' && w !== 'the');
    if (words.length === 0 || words.length > 6) continue;
    if (words.some((w) => NOT_PLACE_WORD.test(w.replace(/[.'’]+$/, ''))) && !words.some((w) => /^(?:Hospital|Airport|Station|Stadium|Square|Street)$/.test(w))) continue;
    if (WEEKDAYS_MONTHS.test(words[0]!)) continue;
    if (phrase.startsWith('the ') && !words.some((w) => PLACE_WORD.test(w)) && !isKnownPlace(phrase)) continue;
    // An unknown capitalised word after "in" is as often a person or a thing as a place:
    // only names the gazetteer knows, or that are built like places ("Mill Lane"), count.
    const parts0 = phrase.split(/,\s/);
    const placeLike = (p: string) => isKnownPlace(p) || isKnownPlace(p.replace(/\s(?:province|district|region|county|state|valley|prefecture|municipality)$/, '')) || p.split(/\s+/).some((w) => PLACE_WORD.test(w));
    if (!parts0.every(placeLike)) continue;
    // "to" and "from" take people as often as places: only accept clear place words there.
    const prep = m[0].slice(0, m[0].length - m[1]!.length).trim().toLowerCase();
    if ((prep === 'to' || prep === 'from' || prep === 'towards' || prep === 'toward') && !words.some((w) => PLACE_WORD.test(w))) continue;
    // "On" before a country or a city is "about" ("agreement on Syria", "the ante on Syria"):
    // one is on a street, an island or a lake.
    if (prep === 'on' && !words.some((w) => ON_PLACE_WORD.test(w))) continue;
    // A person after "to"/"at" is caught above; a following "said" means a speaker, not a place.
    const after = text.slice(start + phrase.length, start + phrase.length + 12);
    if (/^\s+(?:said|says|told|added)\b/.test(after)) continue;
    // "In Russia we cannot imagine this": the place says who "we" are, the country speaking
    // through its people, not where something happens.
    if (/^\s+we\b/i.test(after)) continue;
    // "On the Syria conflict", "at the Geneva talks": the article belongs to the noun the
    // name describes; the name is no place of its own.
    if (phrase.startsWith('the ') && !words.some((w) => PLACE_WORD.test(w))) {
      const next = tokenStartingAt(tokens, base + start + phrase.length + (after.length - after.trimStart().length));
      if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) continue;
    }
    const tok = tokenStartingAt(tokens, base + start);
    if (tok && tok.pos === 'VERB' && !isKnownPlace(phrase)) continue;
    const parts = phrase.split(/,\s/);
    // "Lough Erne, Northern Ireland": one place, named by its smaller part.
    if (parts.length === 2 && encloses(parts[1]!, parts[0]!)) {
      out.push({ kind: 'place', span: { start: base + start, end: base + start + phrase.length }, text: phrase, value: parts[0]! });
      continue;
    }
    let offset = start;
    for (const part of parts) {
      const s = text.indexOf(part, offset);
      if (s < 0) break;
      offset = s + part.length;
      out.push({ kind: 'place', span: { start: base + s, end: base + s + part.length }, text: part, value: part });
    }
  }
  return nestPlaces(out, text, base);
}

/** "Lough Erne in Northern Ireland": a place and the region it lies in are one place, the smaller. */
function nestPlaces(places: Value[], text: string, base: number): Value[] {
  const out: Value[] = [];
  for (const p of places) {
    const prev = out.at(-1);
    if (
      prev &&
      !prev.direction &&
      !p.direction &&
      text.slice(prev.span.end - base, p.span.start - base) === ' in ' &&
      encloses(String(p.value), String(prev.value))
    ) {
      const span = { start: prev.span.start, end: p.span.end };
      out[out.length - 1] = { kind: 'place', span, text: text.slice(span.start - base, span.end - base), value: prev.value };
      continue;
    }
    out.push(p);
  }
  return out;
}
