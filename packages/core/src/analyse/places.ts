import type { Token, Value } from '../model/index.js';
import { CARDINAL_WORDS, parseNumber } from './number-words.js';

const WEEKDAYS_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Ramadan)$/;
/** Words that make a capitalised run a person, an organisation or an event rather than a place. */
const NOT_PLACE_WORD = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Prime|Minister|Chancellor|King|Queen|Prince|Princess|Pope|Secretary|General|Senator|Governor|Judge|Justice|Sir|Lord|Lady|Party|Ministry|Department|Council|Commission|Committee|Bank|Company|Group|Inc|Ltd|Corp|Association|Union|University|News|Times|Post|Journal|Report|Summit|Conference|Court|Agency|Service|Office|Parliament|Congress|Senate|Assembly|Government|English|French|German|Russian|Arabic|Spanish|Chinese|Japanese)$/;
/** Words that make "the X" a place ("the Hague", "the Gulf", "Downing Street"). */
const PLACE_WORD = /^(?:Street|Road|Avenue|Square|Lane|Place|Palace|Hall|Bridge|Airport|Station|Port|Harbour|Island|Islands|Isle|Lake|Lough|Loch|River|Mount|Mountains|Valley|Gulf|Sea|Ocean|Bay|Coast|Province|Region|County|District|City|Town|Village|Hague|Netherlands|Philippines|Balkans|Caucasus|Sahel|Levant|Kingdom|States|Republic|Emirates|Strait|Channel|Peninsula|Desert|Forest|Park|Hospital|Stadium|Centre|Center|Capitol)$/;
const DIRECTION = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';

/**
 * Places where something happens or lies: "in London", "at Lough Erne, Northern
 * Ireland", "30 km north of the capital". A country acting as an agent
 * ("Russia said") is not a place value, so only locative phrases count.
 */
export function findPlaces(text: string, tokens: readonly Token[], base: number): Value[] {
  const out: Value[] = [];
  const direction = new RegExp(
    `\\b(\\d+(?:\\.\\d+)?|${CARDINAL_WORDS}|a few|several)\\s?(km|kilometres?|kilometers?|miles?|metres?|meters?|m)\\s(${DIRECTION})\\s(?:of\\s)?((?:the\\s(?:capital|city|border|town|coast)\\b)|[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+)*)`,
    'giu',
  );
  for (const m of text.matchAll(direction)) {
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
  const locative = /\b(?:in|at|near|outside|inside|across|throughout|to|from|into|towards?)\s+((?:the\s)?(?:[A-Z][\p{L}'’.-]*)(?:\s(?:of\s(?:the\s)?)?[A-Z][\p{L}'’.-]*)*(?:,\s[A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*)*)?)/gu;
  for (const m of text.matchAll(locative)) {
    let phrase = m[1]!;
    const start = m.index + m[0].length - phrase.length;
    // Strip a trailing possessive and whatever follows a comma that is not a place continuation.
    phrase = phrase.replace(/['’]s$/, '').replace(/\.$/, '');
    const words = phrase.replace(/^the\s/, '').split(/[\s,]+/).filter((w) => w && w !== 'of' && w !== 'the');
    if (words.length === 0 || words.length > 6) continue;
    if (words.some((w) => NOT_PLACE_WORD.test(w.replace(/[.'’]+$/, '')))) continue;
    if (WEEKDAYS_MONTHS.test(words[0]!)) continue;
    if (phrase.startsWith('the ') && !words.some((w) => PLACE_WORD.test(w))) continue;
    // "to" and "from" take people as often as places: only accept clear place words there.
    const prep = m[0].slice(0, m[0].length - m[1]!.length).trim().toLowerCase();
    if ((prep === 'to' || prep === 'from' || prep === 'towards' || prep === 'toward') && !words.some((w) => PLACE_WORD.test(w))) continue;
    // A person after "to"/"at" is caught above; a following "said" means a speaker, not a place.
    const after = text.slice(start + phrase.length, start + phrase.length + 12);
    if (/^\s+(?:said|says|told|added)\b/.test(after)) continue;
    const tok = tokens.find((t) => t.span.start === base + start);
    if (tok && tok.pos === 'VERB') continue;
    const parts = phrase.split(/,\s/);
    let offset = start;
    for (const part of parts) {
      const s = text.indexOf(part, offset);
      if (s < 0) break;
      offset = s + part.length;
      out.push({ kind: 'place', span: { start: base + s, end: base + s + part.length }, text: part, value: part });
    }
  }
  return out;
}
