/** English number words and their values; the building blocks of spelled-out quantities. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, bn: 1e9, k: 1e3, tn: 1e12,
  // Wire shorthand: "$300 bln", "4.2 mln".
  mln: 1e6, bln: 1e9, trln: 1e12,
  // South Asian counting: a lakh is 100,000, a crore ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};

const WORD = [...Object.keys(UNITS), ...Object.keys(TENS)].join('|');
/** A spelled-out cardinal: "five", "twenty-five", "two hundred and fifty", "a dozen". */
export const CARDINAL_WORDS = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${WORD}|a dozen|a hundred|a thousand|a million|a billion)(?:[ -](?:dozen|hundred|thousand|million|billion)(?:(?: and)? (?:${WORD}))?)*`;

/** Reads a spelled-out or digit number ("twenty-five", "1,200", "1.2 million", "a dozen"). */
export function parseNumber(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  // "2,31,500": lakh grouping, commas every two digits above the thousands.
  const t = (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(lower) ? lower.replace(/,/g, '') : lower.replace(/,(?=\d{3})/g, '')).trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and' || w === 'a' || w === 'an') {
      if (w !== 'and') { current = Math.max(current, 1); seen = true; }
      continue;
    }
    if (w === 'dozen' || w === 'dozens') { current = (current || 1) * 12; seen = true; continue; }
    if (/^\d+(?:\.\d+)?$/.test(w)) { current += Number(w); seen = true; continue; }
    if (w in UNITS) { current += UNITS[w]!; seen = true; continue; }
    if (w in TENS) { current += TENS[w]!; seen = true; continue; }
    if (w in SCALES) {
      const s = SCALES[w]!;
      if (s === 100) current = (current || 1) * 100;
      else { total += (current || 1) * s; current = 0; }
      seen = true;
      continue;
    }
    return undefined;
  }
  return seen ? total + current : undefined;
}
