import { landmarkNames, legalHomeBefore, placeReadings, type ClaimGraph, type Fact, type Value } from '@factlint/core';

const NOT_PLACE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|English|French|German|Spanish|Russian|Arabic|Chinese|Japanese|Portuguese|Italian|Dutch|Swedish|Danish|Polish|Korean|Hindi|Urdu|Turkish|Greek|Hebrew|Persian|Farsi|The|A|An|This|That|His|Her|Their|Its|Our|Parliament|Congress|Court|Government|Mr|Mrs|Ms|Dr|Prime|President|Minister)$/;
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|to|from|into)\s+(?:the\s+(?:town|city|village|district|suburb|outskirts|port|island|region|province)\s+of\s+)?(?:(?:northern|southern|eastern|western|central|downtown|rural)\s+)?/g;

/**
 * Places the analyser leaves out: a locative phrase whose name core's gazetteer
 * knows for containment ("at Sergels torg", "in Vanier"). Names of people and
 * weekdays are not places, however a gazetteer spells them.
 */
export function extraPlacesFor(graph: ClaimGraph): (doc: number, fact: Fact) => Value[] {
  const extra = new Set(landmarkNames().map((n) => n.toLowerCase().replace(/^the /, '')));
  return (doc, fact) => {
    const d = graph.documents[doc]!;
    const out: Value[] = [];
    LOCATIVE.lastIndex = 0;
    for (const m of fact.text.matchAll(LOCATIVE)) {
      const start = fact.span.start + m.index + m[0].length;
      if (legalHomeBefore(d.doc.text.slice(Math.max(0, fact.span.start + m.index - 16), fact.span.start + m.index))) continue;
      const rest = d.doc.text.slice(start, Math.min(fact.span.end, start + 60));
      const words = /^((?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})/u.exec(rest)?.[1]?.split(/\s+/) ?? [];
      for (let n = words.length; n >= 1; n--) {
        const phrase = words.slice(0, n).join(' ').replace(/['’]s$|[.,]$/, '');
        const bare = phrase.replace(/^the\s+/i, '');
        const last = bare.split(' ').at(-1)!;
        const known = extra.has(bare.toLowerCase()) || (/^[A-Z]/.test(last) && !NOT_PLACE.test(bare.split(' ')[0]!) && placeReadings(bare).length > 0);
        if (!known) continue;
        const span = { start, end: start + phrase.length };
        if (fact.values.some((v) => v.span.start < span.end && span.start < v.span.end)) break;
        if (!extra.has(bare.toLowerCase()) && d.mentions.some((x) => x.type === 'person' && x.span.start < span.end && span.start < x.span.end)) break;
        out.push({ kind: 'place', span, text: phrase, value: phrase });
        break;
      }
    }
    return out;
  };
}

