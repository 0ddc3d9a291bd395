import { measureOf, sameDimension, sameMeasure } from './measures.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysedDocument, DocumentMeta, Value } from '../model/index.js';
import { parseDocument } from '../parse/index.js';
import { secondsPer } from './time-units.js';
import { utcMinutes } from './time-zones.js';
import { sameValue } from '../align/facts.js';
import { analyseDocument, findValues, referenceDate, tokenise } from './index.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url);
/** All three seed reports were published on Sunday 16 June 2013. */
const PUBLISHED = '2013-06-16';

function seed(prefix: string): { path: string; text: string } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { path: `seeds/${name}`, text: readFileSync(new URL(name, SEEDS), 'utf8') };
}

function analyse(text: string, meta: DocumentMeta = { published: PUBLISHED }, path = 'story.txt'): AnalysedDocument {
  return analyseDocument(parseDocument({ path, role: 'source', text, meta, bodyStart: 0 }));
}

const valuesOf = (text: string, meta?: DocumentMeta): Value[] => analyse(text, meta).values;
const ofKind = (values: Value[], kind: Value['kind']) => values.filter((v) => v.kind === kind);

/** The values whose span overlaps the first occurrence of `phrase` in `text`. */
function valuesAt(doc: AnalysedDocument, phrase: string, occurrence = 1): Value[] {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = doc.doc.text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`phrase not found: ${phrase}`);
  const end = start + phrase.length;
  return doc.values.filter((v) => v.span.start < end && start < v.span.end);
}

const seeds = {
  '000': analyse(seed('000').text, { published: PUBLISHED }, seed('000').path),
  '001': analyse(seed('001').text, { published: PUBLISHED }, seed('001').path),
  '002': analyse(seed('002').text, { published: PUBLISHED }, seed('002').path),
};

describe('sentences', () => {
  it('does not end a sentence at the dots of abbreviations', () => {
    const text = 'Mr Cameron met the U.S. envoy at 10 a.m. on Sunday. He left.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'Mr Cameron met the U.S. envoy at 10 a.m. on Sunday.',
      'He left.',
    ]);
    expect(doc.sentences.map((s) => s.block)).toEqual([0, 0]);
    // Polish "ul." (ulica) before a street's name is no sentence's end.
    const street = 'Residents evacuated from ul. Jarzębinowa 12 were housed at a school. They left.';
    expect(analyse(street).sentences.map((s) => street.slice(s.span.start, s.span.end))).toEqual(['Residents evacuated from ul. Jarzębinowa 12 were housed at a school.', 'They left.']);
  });

  it('ends a sentence after "a.m." or "p.m." before a capitalised word that is no day, month or zone, and counts the number word that opens it', () => {
    const text = 'The jet landed at 11:58 a.m. Four passengers were taken to hospital. The vote came at 11 a.m. Monday, and crews left at 2 p.m. EDT.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'The jet landed at 11:58 a.m.',
      'Four passengers were taken to hospital.',
      'The vote came at 11 a.m. Monday, and crews left at 2 p.m. EDT.',
    ]);
    expect(valuesAt(doc, 'Four passengers')).toMatchObject([{ kind: 'number', value: 4 }]);
  });

  it('counts a number word after a list\'s bullet or a dash and one a tabloid sets in capitals ("• Two deaths", "- Five people", "where SEVEN passengers"), not one in a name ("the Group of Eight")', () => {
    const numbers = (t: string) => ofKind(valuesOf(t), 'number').map((v) => v.value);
    expect(numbers('Safety findings:\n\n• Two deaths in the treated arm followed a haemorrhage.\n\n- Five people were injured.\n')).toEqual([2, 5]);
    expect(numbers('The jet landed at Manchester, where SEVEN passengers were rushed to hospital.')).toEqual([7]);
    expect(numbers('Leaders of the Group of Eight met in June.')).toEqual([]);
  });

  it('reads a name ending in "Point" after a preposition of place as a place ("lifted off from Launch Complex 1 at Kaiwhata Point")', () => {
    const places = ofKind(valuesOf('The rocket lifted off from Launch Complex 1 at Kaiwhata Point on Wednesday. Crowds gathered at Kaiwhata Point to watch.'), 'place').map((v) => v.value);
    expect(places).toEqual(['Kaiwhata Point', 'Kaiwhata Point']);
    // "the eastern department of Boyacá": a department is a region, like a province.
    const span = valuesOf('The mine lies in the eastern department of Boyacá, officials said.').find((v) => v.kind === 'place');
    expect(span?.value).toBe('Boyacá');
  });

  it('reads a stretch of coast named after its region as a place ("off the Quang Ngai coast", "on New Zealand\'s Wairarapa coast")', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('The boat sank off the Quang Ngai coast on Sunday.')).toEqual(['Quang Ngai coast']);
    expect(places('The spaceport lies on New Zealand\'s Wairarapa coast.')).toEqual(['Wairarapa coast']);
  });

  it('reads a name with its administrative kind as a place wherever it stands ("Beira district accounts for", "struck Malatya\'s Yeşilyurt district", "Salwad village, whose houses")', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Beira district accounts for 1,212 cases and Dondo district for 388.')).toEqual(['Beira district', 'Dondo district']);
    expect(places('The aftershock struck Malatya\'s Yeşilyurt district on Tuesday.')).toEqual(['Yeşilyurt district']);
    expect(places('Salwad village, whose houses stand near the wall, was worst hit.')).toEqual(['Salwad']);
    expect(places('Every district reported cases. Police district officers attended.')).toEqual([]);
    // A commune or a tehsil after a preposition, as a province is.
    expect(places('Four people died in Tra Bong commune overnight.')).toEqual(['Tra Bong commune']);
  });

  it('reads courts named as buildings, infirmaries and German and Nordic street compounds as places ("at Bradford Crown Court", "at Leeds General Infirmary", "on Theodor-Heuss-Straße")', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Harrowby was sentenced at Bradford Crown Court on Friday.')).toEqual(['Bradford Crown Court']);
    expect(places('He died at Leeds General Infirmary on Monday.')).toEqual(['Leeds General Infirmary']);
    expect(places('The service was held at the Accra International Conference Centre on Saturday.')).toEqual(['the Accra International Conference Centre']);
    expect(places('The robbers held up the branch on Theodor-Heuss-Straße for an hour. Police closed the road on Dahlenburger Landstraße at noon. Protesters marched along Drottninggatan.')).toEqual(['Theodor-Heuss-Straße', 'Dahlenburger Landstraße', 'Drottninggatan']);
    // The bench, not a building: "the Supreme Court ruled"; a brigade is no street.
    expect(places('In a ruling at the Supreme Court, judges agreed. Crews from the Fire Brigade attended.')).toEqual([]);
  });

  it('reads capitals joined by a hyphen after "in" as a measure, not a place ("change from baseline in CDR-SB")', () => {
    expect(ofKind(valuesOf('The primary endpoint was change from baseline in CDR-SB at 18 months. Swelling was seen in ARIA-E scans.'), 'place')).toEqual([]);
  });

  it('reads a zone\'s offset as no count ("Local time in the UK was UTC+1", "WITA (GMT +8)")', () => {
    const values = valuesOf('Times in this notice are UTC. Local time in the UK on 11 October was UTC+1 (British Summer Time). Bali keeps WITA (GMT +8).');
    expect(ofKind(values, 'number')).toEqual([]);
  });

  it('does not end a sentence inside a time written with a dot ("10.15am")', () => {
    const text = 'The fire started in the engine room at 10.15am, when the ship was off Andros. It spread fast.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'The fire started in the engine room at 10.15am, when the ship was off Andros.',
      'It spread fast.',
    ]);
  });

  it('keeps titles and place names with dots inside one sentence', () => {
    const text = 'The Russian leader met Dr. Smith in St. Petersburg on Friday. They talked.';
    expect(analyse(text).sentences).toHaveLength(2);
  });

  it('gives each sentence its block and token range, and never crosses a block', () => {
    const text = 'Putin arrived late. He met Cameron.\n\nThe talks lasted an hour.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => [s.block, text.slice(s.span.start, s.span.end)])).toEqual([
      [0, 'Putin arrived late.'],
      [0, 'He met Cameron.'],
      [1, 'The talks lasted an hour.'],
    ]);
    for (const s of doc.sentences) {
      const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      expect(tokens[0]!.span.start).toBe(s.span.start);
      expect(tokens.at(-1)!.span.end).toBe(s.span.end);
      const block = doc.blocks[s.block]!;
      expect(s.span.start).toBeGreaterThanOrEqual(block.span.start);
      expect(s.span.end).toBeLessThanOrEqual(block.span.end);
    }
  });

  it('reads a hard-wrapped paragraph of seed 001 as one sentence across the line break', () => {
    const doc = seeds['001'];
    const text = doc.doc.text;
    const start = text.indexOf('The talks followed a decision');
    const end = text.indexOf('chemical weapons.') + 'chemical weapons.'.length;
    expect(doc.sentences.filter((s) => s.span.start === start && s.span.end === end)).toHaveLength(1);
    expect(text.slice(start, end)).toContain('President\nBashar');
  });

  it('analyses only claim-bearing blocks and captions', () => {
    const doc = seeds['002'];
    const analysedBlocks = new Set(doc.sentences.map((s) => doc.blocks[s.block]!.kind));
    expect([...analysedBlocks].sort()).toEqual(['caption', 'paragraph']);
    // Headings, the signature line and page furniture carry no tokens.
    for (const b of doc.blocks.filter((x) => !['paragraph', 'caption'].includes(x.kind))) {
      expect(doc.tokens.some((t) => t.span.start >= b.span.start && t.span.end <= b.span.end), b.text).toBe(false);
    }
  });
});

describe('tokens', () => {
  it.each(['000', '001', '002'] as const)('seed %s: every token span points at its text in the original file', (prefix) => {
    const doc = seeds[prefix];
    const text = doc.doc.text;
    expect(doc.tokens.length).toBeGreaterThan(100);
    const wrong = doc.tokens.filter((t) => text.slice(t.span.start, t.span.end) !== t.text);
    expect(wrong).toEqual([]);
    // Ordered, non-overlapping, and never empty.
    doc.tokens.forEach((t, i) => {
      expect(t.span.end).toBeGreaterThan(t.span.start);
      if (i > 0) expect(t.span.start).toBeGreaterThanOrEqual(doc.tokens[i - 1]!.span.end);
    });
  });

  it('splits contractions and possessives into tokens that still map to the text', () => {
    const text = "He won't go, and they'd left. Assad’s forces can't win.";
    const doc = analyse(text);
    for (const t of doc.tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['wo', "n't", "'d", 'Assad', '’s', 'ca']),
    );
    expect(doc.tokens.find((t) => t.text === 'Assad')!.pos).toBe('PROPN');
    expect(doc.tokens.find((t) => t.text === 'forces')!.lemma).toBe('force');
  });

  it('tags numbers and punctuation', () => {
    const doc = analyse('Some 1,200 people fled.');
    expect(doc.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Some', 'word'],
      ['1,200', 'number'],
      ['people', 'word'],
      ['fled', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('offsets tokens by the block base', () => {
    const { tokens, sentences } = tokenise('Putin met Cameron.', 500);
    expect(tokens.map((t) => t.span)).toEqual([
      { start: 500, end: 505 },
      { start: 506, end: 509 },
      { start: 510, end: 517 },
      { start: 517, end: 518 },
    ]);
    expect(sentences).toEqual([{ tokenStart: 0, tokenEnd: 4, span: { start: 500, end: 518 } }]);
  });

  it('reads no tokens in a dateline or in a caption credit', () => {
    const wire = seeds['000'];
    expect(wire.tokens[0]!.text).toBe('Russian');
    expect(wire.tokens.every((t) => t.span.start >= 'LONDON - '.length)).toBe(true);
    const itv = seeds['002'];
    const caption = itv.blocks.find((b) => b.kind === 'caption')!;
    const words = itv.tokens.filter((t) => t.span.start >= caption.span.start && t.span.end <= caption.span.end).map((t) => t.text);
    expect(words).toEqual(['Prime', 'Minister', 'David', 'Cameron', 'and', 'Russian', 'President', 'Vladimir', 'Putin']);
  });
});

describe('numbers, money and percentages', () => {
  it('reads "two-thirds" as a number of about 0.6667', () => {
    const [v, ...rest] = valuesOf('Two-thirds of the delegates voted for the plan.');
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ kind: 'number', text: 'Two-thirds' });
    expect(v!.value).toBeCloseTo(2 / 3, 4);
  });

  it('reads "3 in 10" at the end of a clause as 30 per cent', () => {
    expect(valuesOf('Support for the deal stood at only 3 in 10.')).toEqual([
      { kind: 'percent', span: { start: 35, end: 42 }, text: '3 in 10', value: 30 },
    ]);
  });

  it('reads "3 in 10 voters" as 30 per cent, not as the numbers 3 and 10', () => {
    const values = valuesOf('Only 3 in 10 voters backed the deal.');
    expect(values.map((v) => [v.kind, v.text, v.value])).toEqual([['percent', '3 in 10', 30]]);
  });

  it('reads "1.2 million" as one number, with its noun as unit', () => {
    expect(valuesOf('Some 1.2 million people have fled the country.')).toEqual([
      { kind: 'number', span: { start: 5, end: 16 }, text: '1.2 million', value: 1_200_000, unit: 'people' },
    ]);
  });

  it('reads "$12 billion" as money in USD and nothing else', () => {
    const values = valuesOf('The fund was worth $12 billion, officials said.');
    expect(values).toEqual([{ kind: 'money', span: { start: 19, end: 30 }, text: '$12 billion', value: 12e9, unit: 'USD' }]);
  });

  it('reads other currencies and scale abbreviations', () => {
    const values = valuesOf('The deal is worth £3.5bn and €5m.');
    expect(values.map((v) => [v.kind, v.text, v.value, v.unit])).toEqual([
      ['money', '£3.5bn', 3.5e9, 'GBP'],
      ['money', '€5m', 5e6, 'EUR'],
    ]);
  });

  it('reads percentages with % and per cent', () => {
    const values = valuesOf('Some 40 per cent of voters backed it, and 45% opposed.');
    expect(values.map((v) => [v.kind, v.text, v.value])).toEqual([
      ['percent', '40 per cent', 40],
      ['percent', '45%', 45],
    ]);
  });

  it('reads digits with thousands separators and spelled-out counts', () => {
    const values = valuesOf('About 1,200 people and a dozen soldiers died.');
    expect(values.map((v) => [v.text, v.value, v.unit])).toEqual([
      ['1,200', 1200, 'people'],
      ['a dozen', 12, 'soldier'],
    ]);
  });

  it('takes the word a hyphen joins to a figure as its unit ("the 86-metre dam", "a 12-storey block")', () => {
    const units = ofKind(valuesOf('The 86-metre-high dam stood beside a 12-storey block and 40 homes.'), 'number').map((v) => [v.value, v.unit]);
    expect(units).toEqual([[86, 'metre'], [12, 'storey'], [40, 'home']]);
  });

  it('reads a measure written against its figure ("263mm", "196km/h"), but keeps "2.5m" a scale', () => {
    const units = ofKind(valuesOf('A gust of 196km/h hit as 263mm of rain fell on a 3km stretch. The repairs cost £2.5m.'), 'number').map((v) => [v.text, v.value, v.unit]);
    expect(units).toEqual([
      ['196km/h', 196, 'km/h'],
      ['263mm', 263, 'millimetre'],
      ['3km', 3, 'kilometre'],
    ]);
    expect(ofKind(valuesOf('The repairs cost £2.5m.'), 'money').map((v) => v.value)).toEqual([2500000]);
  });

  it('reads "one rebel fighter" as the number 1, counting fighters', () => {
    expect(valuesOf('The video showed one rebel fighter.')).toEqual([
      { kind: 'number', span: { start: 17, end: 20 }, text: 'one', value: 1, unit: 'fighter' },
    ]);
    const wire = valuesAt(seeds['000'], 'one rebel');
    expect(wire.map((v) => [v.kind, v.text, v.value])).toEqual([['number', 'one', 1]]);
    const blog = valuesAt(seeds['001'], 'one rebel');
    expect(blog.map((v) => [v.kind, v.text, v.value])).toEqual([['number', 'one', 1]]);
  });

  it('reads a capitalised number word that opens a sentence', () => {
    expect(valuesOf('One person died in the attack.').map((v) => [v.kind, v.text, v.value])).toEqual([['number', 'One', 1]]);
  });

  it('takes no number from the pronoun "one"', () => {
    expect(ofKind(valuesOf('"One should hardly back those who kill their enemies," he said.'), 'number')).toEqual([]);
    expect(valuesAt(seeds['002'], 'One should hardly')).toEqual([]);
  });

  it('takes no number from names: G8, Group of Eight, Second World War', () => {
    expect(ofKind(valuesOf('Leaders of the G8 will meet in Northern Ireland.'), 'number')).toEqual([]);
    expect(ofKind(valuesOf('Leaders of the Group of Eight (G8) meet in June.'), 'number')).toEqual([]);
    // A broadcaster's name whose capitalised word the tagger reads as an adverb.
    expect(ofKind(valuesOf('The rescue is over, Swain told India Now 24.'), 'number')).toEqual([]);
    expect(valuesOf('Veterans of the Second World War were honoured.')).toEqual([]);
    expect(valuesAt(seeds['001'], 'Group of Eight (G8)')).toEqual([]);
    expect(valuesAt(seeds['002'], 'Second World War')).toEqual([]);
    for (const doc of Object.values(seeds)) {
      expect(doc.values.filter((v) => /G8/.test(v.text))).toEqual([]);
    }
  });

  it('counts the head of a compound noun ("23 hearing days", "12 police officers")', () => {
    expect(ofKind(valuesOf('Over 23 hearing days, 12 police officers gave evidence.'), 'number').map((v) => [v.value, v.unit])).toEqual([[23, 'day'], [12, 'officer']]);
    // Written out, and three nouns long.
    expect(ofKind(valuesOf('Five fire department helicopters searched the valley.'), 'number').map((v) => [v.value, v.unit])).toEqual([[5, 'helicopter']]);
  });

  it('reads "two dozen" as 24 and takes no count from a bare "dozens"', () => {
    expect(ofKind(valuesOf('Dozens of cars burned and two dozen homes were lost.'), 'number').map((v) => [v.text, v.value])).toEqual([['two dozen', 24]]);
  });

  it('takes no count from a telephone number or a runway', () => {
    expect(ofKind(valuesOf('Relatives can call the family line on +49 69 2045 8800 or (020) 7946 0958.'), 'number')).toEqual([]);
    expect(ofKind(valuesOf('The jet landed on runway 10 with 283 people on board.'), 'number').map((v) => v.value)).toEqual([283]);
  });

  it('takes no number from "Number 10" or "No. 10"', () => {
    expect(ofKind(valuesOf('The meeting was held at Number 10 Downing Street.'), 'number')).toEqual([]);
    expect(ofKind(valuesOf('The Prime Minister was in No. 10 at the time.'), 'number')).toEqual([]);
  });

  it('takes no values from headings, captions and signatures', () => {
    const doc = seeds['002'];
    for (const b of doc.blocks.filter((x) => x.kind !== 'paragraph')) {
      expect(doc.values.filter((v) => v.span.start >= b.span.start && v.span.end <= b.span.end), b.text).toEqual([]);
    }
  });
});

describe('numbers in names', () => {
  it('takes no count from a score ("241/6") or a number word closing a compound ("day-five")', () => {
    expect(valuesOf('Australia reached 241/6 before the day-five crowd of 8,412 went home.').map((v) => v.text)).toEqual(['8,412']);
  });

  it('takes no count from a number that labels a level, a category or a road', () => {
    expect(valuesOf('Level 3 evacuations expanded as the storm reached Category 4 and Highway 138 closed.')).toEqual([]);
    // A number to call counts nothing; calls received do.
    expect(valuesOf('In an emergency, call 112 or dial 911. The line received 112 calls.').map((v) => [v.text, v.unit])).toEqual([['112', 'call']]);
    expect(valuesOf('Stay away from damaged buildings. Emergency line: 119. Helpline: 1925.')).toEqual([]);
    expect(valuesOf('The volcano stayed at alert level 2 while 300 people left.').map((v) => v.value)).toEqual([300]);
  });

  it('takes no count from "Channel 7" or "Terminal 5", but keeps dates and sentence openers', () => {
    expect(valuesOf('Repairs could cost $40 million, the director told Channel 7 on air.').map((v) => v.text)).toEqual(['$40 million']);
    // A numbered terminal is a place, never a count.
    expect(valuesOf('Flights from Terminal 5 were cancelled.').map((v) => [v.kind, v.value])).toEqual([['place', 'Terminal 5']]);
    expect(valuesOf('Police said 40 people were hurt. Some 12 were in hospital.').map((v) => v.value)).toEqual([40, 12]);
    expect(valuesOf('Britain sent 300 troops.').map((v) => v.value)).toEqual([300]);
  });
});

describe('shares, rates, spans and hours told in words', () => {
  it('reads "about six in every 100" as a percentage and "nearly a fifth" as a fraction, not "a third term"', () => {
    const vals = valuesOf('Statins cut the risk by nearly a fifth; about six in every 100 users were diagnosed. He won a third term.');
    expect(vals.map((v) => [v.kind, v.value])).toEqual([['number', 0.2], ['percent', 6]]);
  });

  it('reads "about half of" and "one train in three" as shares, and "half an hour" as a length of time', () => {
    const vals = valuesOf('About half of tram services were cancelled and one train in three ran. He waited half an hour.');
    expect(vals.map((v) => [v.kind, v.value])).toEqual([['number', 0.5], ['percent', 33.33], ['duration', 1800]]);
  });

  it('reads a rate ("$87.50 more a year", "£180,000-a-week") as no length of time', () => {
    expect(ofKind(valuesOf('Owners would pay about $87.50 more a year; he earns £180,000-a-week.'), 'duration')).toEqual([]);
  });

  it('reads both years of "between 2008 and 2015" and no count from a numbered note', () => {
    expect(valuesOf('1. They were recruited between 2008 and 2015.').map((v) => [v.kind, v.value])).toEqual([['date', '2008'], ['date', '2015']]);
  });

  it('reads "$300 bln a year" as a sum and a rate, and "COP33" as no sum', () => {
    const values = valuesOf('At COP33 the goal was set at $300 bln a year, up from the $250bn a year of Friday\'s draft; MZN 45 million went to Beira.');
    expect(values.filter((v) => v.kind !== 'date' && v.kind !== 'place').map((v) => [v.kind, v.text])).toEqual([
      ['money', '$300 bln'],
      ['money', '$250bn'],
      ['money', 'MZN 45 million'],
    ]);
  });

  it('dates a month told in the past without its year to the last one, and a month a clause looks ahead to the next', () => {
    const dates = (t: string) => ofKind(valuesOf(t, { published: '2030-04-16' }), 'date').map((v) => v.value);
    expect(dates('Kessler pleaded guilty in October to fraud.')).toEqual(['2029-10']);
    expect(dates('The boat will be lifted in a purpose-built steel cradle in October.')).toEqual(['2030-10']);
    expect(dates('The market read it as a door left open for September.')).toEqual(['2030-09']);
    expect(dates('The senator directed the authority to provide a written account by March 26.')).toEqual(['2030-03-26']);
  });

  it('takes "for a second day" and "in a minute" for no date', () => {
    expect(ofKind(valuesOf('Pilots were on strike for a second day on Friday. "Back in a minute," he said.'), 'date').map((v) => v.text)).toEqual(['Friday']);
  });

  it('takes no figure after a date and a comma for its year ("between 8 July and 13 July, 27.4% more deaths")', () => {
    const values = valuesOf('MoMo estimates 1,312 excess deaths between 8 July and 13 July, 27.4% more than expected. A ballot closed on 20 February, 94.6 per cent voting yes.', { published: '2031-07-16' });
    expect(ofKind(values, 'date').map((v) => [v.text, v.value])).toEqual([
      ['8 July', '2031-07-08'],
      ['13 July', '2031-07-13'],
      ['20 February', '2031-02-20'],
    ]);
    expect(ofKind(values, 'number').map((v) => v.value)).toEqual([1312]);
  });

  it('reads a country one goes or pays a visit to as a place ("went to France", "a state visit to France"), and "the west side of Cadiz" as Cadiz, but not a country sold to', () => {
    const places = (t: string) => valuesOf(t).filter((v) => v.kind === 'place').map((v) => v.value);
    expect(places('He is paying a state visit to France. Homes on the west side of Cadiz were destroyed.')).toEqual(['France', 'Cadiz']);
    expect(places('The company sold chips to China. He spoke to Britain about it.')).toEqual([]);
  });

  it('reads the places of a schedule\'s rows under a lead that says places follow ("Thursday 8 March: Usaquén and Chapinero"), and "the northern districts of Usaquén"', () => {
    const places = (t: string) => valuesOf(t).filter((v) => v.kind === 'place').map((v) => v.value);
    expect(places('Cuts rotate through 17 localities. The first cycle will be as follows:\n\nThursday 8 March: Usaquén and Chapinero\n\nFriday 9 March: Suba\n')).toEqual(['Usaquén', 'Chapinero', 'Suba']);
    expect(places('Each cut lasts 24 hours:\n\nThursday 8 March: Usaquén and Chapinero\n')).toEqual([]);
    expect(places('The cuts start with the northern districts of Usaquén on Thursday.')).toEqual(['Usaquén']);
  });

  it('reads numbered parts of a venue or a route as places, not counts ("at Gate 7", "a single entrance, Gate 11,", "at km 96")', () => {
    const values = valuesOf('The crush began behind Gate 7. Others queued at a single entrance, Gate 11, all night. The ship grounded at kilometre 143; the bus left the road at km 96.');
    expect(values.filter((v) => v.kind === 'place').map((v) => v.value)).toEqual(['Gate 7', 'Gate 11', 'kilometre 143', 'kilometre 96']);
    expect(values.filter((v) => v.kind === 'number')).toEqual([]);
  });

  it('reads race times as lengths of time ("2:04:27", "3:43.13"), and hours and minutes after "at" or before am/pm as clock times', () => {
    expect(valuesOf('He needed 2:04:27; his split was 1:43:07 and the mile took 3:43.13. The race began at 8:10 a.m. and ended at 1:02:36.').filter((v) => v.kind === 'duration' || v.kind === 'time').map((v) => [v.kind, v.text, v.value])).toEqual([
      ['duration', '2:04:27', 7467],
      ['duration', '1:43:07', 6187],
      ['duration', '3:43.13', 223.13],
      ['time', '8:10 a.m.', '08:10'],
      ['time', '1:02', '01:02'],
    ]);
  });

  it('reads noon, midday and midnight after a preposition as clock times, with a zone when given, and not "a noon rally"', () => {
    expect(ofKind(valuesOf('Pilots rallied at noon local time. The deal was signed before midnight. Talks resumed at midday GMT. It was a noon rally.'), 'time').map((v) => [v.text, v.value])).toEqual([
      ['noon local time', '12:00'],
      ['midnight', '00:00'],
      ['midday GMT', '12:00 GMT'],
    ]);
  });

  it('reads "two in the morning" and "3 in the afternoon" as clock times', () => {
    expect(ofKind(valuesOf('The papers were lodged at two in the morning; he trained at 3 in the afternoon.'), 'time').map((v) => v.value)).toEqual(['02:00', '15:00']);
  });
});

describe('ranges', () => {
  it('reads "between 40 and 50 devotees" as one figure with its upper end, not times, years or lengths', () => {
    expect(valuesOf('Between 40 and 50 devotees were hurt.')).toEqual([
      { kind: 'number', span: { start: 0, end: 17 }, text: 'Between 40 and 50', value: 40, upTo: 50, unit: 'devotee' },
    ]);
    expect(valuesOf('The match ended between 7 and 8 p.m. It took between 10 and 12 hours.').map((v) => [v.kind, v.text])).toEqual([
      ['number', '7'],
      ['time', '8 p.m.'],
      ['number', '10'],
      ['duration', '12 hours'],
    ]);
  });
});

describe('money in words', () => {
  it('reads sums in won, baht and rupiah, and leaves "won" the verb alone', () => {
    expect(valuesOf('The recall will cost 1.7 trillion won, and vouchers are worth 100,000 won. The team won 3 games.').map((v) => [v.kind, v.text, v.value, v.unit])).toEqual([
      ['money', '1.7 trillion won', 1.7e12, 'KRW'],
      ['money', '100,000 won', 100000, 'KRW'],
      ['number', '3', 3, 'game'],
    ]);
    expect(valuesOf('Damage reached 40 million baht.').map((v) => v.unit)).toEqual(['THB']);
  });

  it('reads shillings as Kenyan papers write them: Sh38 billion, KSh 8, 20 shillings', () => {
    expect(valuesOf('The Sh8-a-litre levy will raise Sh38 billion, or about 38 billion shillings; KSh 8 per litre; fares rise by at least 20 shillings.').filter((v) => v.kind === 'money').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['Sh8', 8, 'KES'],
      ['Sh38 billion', 38e9, 'KES'],
      ['38 billion shillings', 38e9, 'KES'],
      ['KSh 8', 8, 'KES'],
      ['20 shillings', 20, 'KES'],
    ]);
  });

  it('reads the rand as South African papers write it, scale hyphenated or not, but not a road number', () => {
    expect(valuesOf('The council approved R2.5 billion; the paper said R1.5-billion; a tanker costs R250,000. The R35 bus was late.').filter((v) => v.kind === 'money').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['R2.5 billion', 2.5e9, 'ZAR'],
      ['R1.5-billion', 1.5e9, 'ZAR'],
      ['R250,000', 250000, 'ZAR'],
    ]);
  });

  it('reads a tally or a score as one figure, both sides of it ("voted 9-3", "a five-to-four vote", "7-6(4)"), but not a range of a counted noun', () => {
    const numbers = (t: string) => ofKind(valuesOf(t), 'number').map((v) => [v.text, v.value]);
    expect(numbers('Jurors voted 9-3 on damages; the committee voted five to four; it was a five-four split.')).toEqual([
      ['9-3', '9-3'],
      ['five to four', '5-4'],
      ['five-four', '5-4'],
    ]);
    expect(numbers('Ashbury won 4-3 on penalties after a 2-2 draw. She won 6-3, 3-6, 7-6(4).')).toEqual([
      ['4-3', '4-3'],
      ['2-2', '2-2'],
      ['6-3', '6-3'],
      ['3-6', '3-6'],
      ['7-6(4)', '7-6(7-4)'],
    ]);
    expect(numbers('About 10-15 people came; children aged 5-11 were sent home; four to five hours.').map(([, v]) => v).filter((v) => typeof v === 'string')).toEqual([]);
  });

  it('reads a capital scale letter glued to a sum as financial copy writes it ("$160M", "$1.84B", "$2MM"), but not a flat number ("Flat 2B")', () => {
    expect(valuesOf('Savings of $160M on revenue of $1.84B, with a $2MM fee; she lives in Flat 2B.').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['$160M', 160e6, 'USD'],
      ['$1.84B', 1.84e9, 'USD'],
      ['$2MM', 2e6, 'USD'],
    ]);
  });

  it('reads the quetzal as Guatemalan papers write it ("Q250 million"), but not a quarter ("Q3 2031")', () => {
    expect(valuesOf('The fund holds Q250 million, and a family gets Q1,500; results for Q3 2031 are due.').filter((v) => v.kind === 'money').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['Q250 million', 250e6, 'GTQ'],
      ['Q1,500', 1500, 'GTQ'],
    ]);
  });

  it('reads the rupiah ("Rp 25 billion")', () => {
    expect(valuesOf('The agency released Rp 25 billion for shelters.').filter((v) => v.kind === 'money').map((v) => [v.text, v.value, v.unit])).toEqual([['Rp 25 billion', 25e9, 'IDR']]);
  });

  it('reads "a year" after a bracketed restatement as a rate, not a length of time', () => {
    expect(ofKind(valuesOf('The Treasury expects it to raise about 38 billion shillings ($294 million) a year.'), 'duration')).toEqual([]);
    expect(ofKind(valuesOf('The talks lasted a year.'), 'duration').map((v) => v.value)).toEqual([31536000]);
  });

  it('reads the naira as Nigerian papers write it, and Kenyan shillings, but not an N95 mask', () => {
    expect(valuesOf('The court awarded N25m; N4.7bn was credited; fees were N5,000 and ₦20 million; KSh 3 million. N95 masks ran out.').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['N25m', 25e6, 'NGN'],
      ['N4.7bn', 4.7e9, 'NGN'],
      ['N5,000', 5000, 'NGN'],
      ['₦20 million', 20e6, 'NGN'],
      ['KSh 3 million', 3e6, 'KES'],
    ]);
  });

  it('reads any ISO currency code, the metical in words, and a sign set apart ("US$ 11.4 billion"), but not "TOP 10"', () => {
    const money = (text: string) => ofKind(valuesOf(text), 'money').map((v) => [v.text, v.value, v.unit]);
    expect(money('The government approved MZN 45 million, or 54 million meticais in the radio\'s count; trade reached US$ 11.4 billion (R$ 63 billion). The TOP 10 list grew.')).toEqual([
      ['MZN 45 million', 45e6, 'MZN'],
      ['54 million meticais', 54e6, 'MZN'],
      ['US$ 11.4 billion', 11.4e9, 'USD'],
      ['R$ 63 billion', 63e9, 'BRL'],
    ]);
  });

  it('reads the Philippine peso as papers write it (₱, P1.2 billion), but not a form called P45', () => {
    const money = (text: string) => ofKind(valuesOf(text), 'money').map((v) => [v.text, v.value, v.unit]);
    expect(money('Damage reached ₱486.5 million, and crops lost P1.2 billion.')).toEqual([
      ['₱486.5 million', 486500000, 'PHP'],
      ['P1.2 billion', 1200000000, 'PHP'],
    ]);
    expect(money('He filed a P45 form.')).toEqual([]);
    expect(money('Crop damage reached 1.2 billion pesos.')).toEqual([['1.2 billion pesos', 1200000000, 'PESO']]);
  });

  it('reads cents as a hundredth of the currency, and no sum from the base of a rate', () => {
    const vals = valuesOf('The rate rises from 52.4 cents to 55.9 cents per $100 of assessed value, a 3.5-cent increase, or 12 per 100,000 people.');
    expect(vals.map((v) => [v.kind, v.text, v.value])).toEqual([
      ['money', '52.4 cents', 0.524],
      ['money', '55.9 cents', 0.559],
      ['money', '3.5-cent', 0.035],
      ['number', '12', 12],
    ]);
  });

  it('reads rupees and South Asian counting (lakh, crore)', () => {
    expect(valuesOf('Each family gets Rs 5 lakh; the temple works cost Rs 4.5 crore. Some three lakh devotees came.').map((v) => [v.kind, v.value, v.unit])).toEqual([
      ['money', 500000, 'INR'],
      ['money', 45000000, 'INR'],
      ['number', 300000, 'devotee'],
    ]);
  });
});

describe('durations', () => {
  it('reads "an hour" as 3600 seconds', () => {
    expect(valuesOf('The Russian leader arrived an hour late for the talks.')).toEqual([
      { kind: 'duration', span: { start: 27, end: 34 }, text: 'an hour', value: 3600 },
    ]);
    expect(valuesAt(seeds['001'], 'an hour').map((v) => [v.kind, v.value])).toEqual([['duration', 3600]]);
  });

  it('reads other definite lengths of time', () => {
    expect(valuesOf('The talks lasted half an hour.').map((v) => [v.text, v.value])).toEqual([['half an hour', 1800]]);
    expect(valuesOf('The talks lasted 90 minutes.').map((v) => [v.text, v.value])).toEqual([['90 minutes', 5400]]);
    expect(valuesOf('The siege lasted three days.').map((v) => [v.text, v.value])).toEqual([['three days', 259200]]);
  });

  it('reads a length told in two units as one duration', () => {
    const month = 2628000;
    expect(valuesOf('He was sentenced to one year and six months, suspended for three years.').map((v) => [v.text, v.value])).toEqual([
      ['one year and six months', 18 * month],
      ['three years', 3 * 31536000],
    ]);
    expect(valuesOf('He got a year and a half, she two and a half years.').map((v) => [v.text, v.value])).toEqual([
      ['a year and a half', 1.5 * 31536000],
      ['two and a half years', 2.5 * 31536000],
    ]);
    expect(valuesOf('The flight took 2 hours 30 minutes.').map((v) => [v.text, v.value])).toEqual([['2 hours 30 minutes', 9000]]);
    // A smaller unit first is two separate lengths, as is one in another clause.
    expect(valuesOf('It took six months and two years.').map((v) => v.text)).toEqual(['six months', 'two years']);
    expect(valuesOf('He served two years, and then three years more.').map((v) => v.text)).toEqual(['two years', 'three years']);
  });

  it('reads "a day" after a count as a rate, not a length of time', () => {
    expect(ofKind(valuesOf('The bridge carries 62,000 vehicles a day and trams twice a week.'), 'duration')).toEqual([]);
    expect(ofKind(valuesOf('The strike left patients waiting a day for care, and it lasted a week.'), 'duration').map((v) => v.text)).toEqual(['a day', 'a week']);
  });

  it('takes no value from vague spans of time', () => {
    expect(valuesOf('He has lived there for years after months of pleas.')).toEqual([]);
  });
});

describe('clock times', () => {
  it('reads "0930 GMT" as 09:30 GMT, not as a number', () => {
    expect(valuesOf('The talks began at 0930 GMT in the capital.')).toEqual([
      { kind: 'time', span: { start: 19, end: 27 }, text: '0930 GMT', value: '09:30 GMT' },
    ]);
  });

  it('reads a spaced "m" after a figure no currency leads as metres ("seas of up to 8 m,", "a 40 m cliff"), and "£2.5 m" and "8 m units" as millions', () => {
    const figures = (t: string) => valuesOf(t).filter((v) => v.kind === 'number' || v.kind === 'money').map((v) => [v.text, v.value, v.unit]);
    expect(figures('Seas of up to 8 m, with a cross-sea. A 40 m cliff. The firm raised £2.5 m. It sold 8 m units.')).toEqual([
      ['8 m', 8, 'metre'],
      ['40 m', 40, 'metre'],
      ['£2.5 m', 2500000, 'GBP'],
      ['8 m', 8000000, 'unit'],
    ]);
  });

  it('reads "2.05pm West Yorkshire Police" as 14:05 with no zone: a zone is written in capitals, and the minutes of a dotted time are no hour of their own', () => {
    const times = (t: string) => ofKind(valuesOf(t), 'time').map((v) => [v.text, v.value]);
    expect(times('At 2.05pm West Yorkshire Police told residents to stay in. At 2pm West Yorkshire Police spoke again. The jet left at 9 a.m. EDT.')).toEqual([
      ['2.05pm', '14:05'],
      ['2pm', '14:00'],
      ['9 a.m. EDT', '09:00 EDT'],
    ]);
  });

  it('reads the zones of Indonesia and India, and "hrs" before a zone', () => {
    expect(valuesOf('The dome collapsed at 9:42 a.m. WIB (0242 GMT).').map((v) => v.value)).toEqual(['09:42 WIB', '02:42 GMT']);
    expect(valuesOf('Services resumed at 1540 hrs IST.').map((v) => v.value)).toEqual(['15:40 IST']);
    // "hrs" alone writes a local time; hours of work are no clock time.
    expect(valuesOf('The wall gave way at around 0245 hrs.').map((v) => [v.kind, v.value])).toEqual([['time', '02:45']]);
    expect(valuesOf('Volunteers logged 1500 hrs of work.').some((v) => v.kind === 'time')).toBe(false);
    // A zone's letters starting a word are no zone: "9 am with".
    expect(valuesOf('They met at 9 am with the mayor.').map((v) => v.value)).toEqual(['09:00']);
  });

  it('reads "10 a.m." and "14:00 GMT"', () => {
    expect(ofKind(valuesOf('Mr Cameron met the U.S. envoy at 10 a.m. on Sunday. He left.'), 'time')).toEqual([
      { kind: 'time', span: { start: 33, end: 40 }, text: '10 a.m.', value: '10:00' },
    ]);
    expect(valuesOf('Talks resumed at 14:00 GMT.').map((v) => [v.text, v.value])).toEqual([['14:00 GMT', '14:00 GMT']]);
  });

  it('reads "9:30 a.m. local time" as one time value with its zone', () => {
    expect(valuesOf('The blast happened at 9:30 a.m. local time near the port.')).toEqual([
      { kind: 'time', span: { start: 22, end: 42 }, text: '9:30 a.m. local time', value: '09:30' },
    ]);
  });

  it('reads "9:30 AM local time" as a single time value and no number', () => {
    const values = valuesOf('The blast happened at 9:30 AM local time near the port.');
    expect(values.map((v) => v.kind)).toEqual(['time']);
  });

  it('reads "9:30 AM local time" as one time spanning the whole phrase', () => {
    expect(valuesOf('The blast happened at 9:30 AM local time near the port.')).toEqual([
      { kind: 'time', span: { start: 22, end: 40 }, text: '9:30 AM local time', value: '09:30' },
    ]);
  });

  it("reads \"ten o'clock\" as a time, later in the day when the text says so", () => {
    expect(valuesOf('I had maybe a dozen people before ten o’clock.').map((v) => [v.kind, v.text, v.value])).toEqual([
      ['number', 'a dozen', 12],
      ['time', 'ten o’clock', '10:00'],
    ]);
    expect(valuesOf("The bar shut at 11 o'clock at night.").map((v) => [v.text, v.value])).toEqual([["11 o'clock", '23:00']]);
  });

  it('reads "9:30 PM local time" as 21:30', () => {
    expect(valuesOf('The blast happened at 9:30 PM local time.').map((v) => [v.text, v.value])).toEqual([
      ['9:30 PM local time', '21:30'],
    ]);
  });

  it('keeps the date of "at 10 a.m. on Sunday" beside the time', () => {
    const values = valuesOf('Mr Cameron met the U.S. envoy at 10 a.m. on Sunday. He left.');
    expect(values.map((v) => [v.kind, v.value])).toEqual([
      ['time', '10:00'],
      ['date', '2013-06-16'],
    ]);
  });
});

describe('dates', () => {
  it('reads a zone spelled out ("12:01 a.m. Eastern time") as its abbreviation', () => {
    expect(valuesOf('The lockout began at 12:01 a.m. Eastern time on Thursday.').filter((v) => v.kind === 'time').map((v) => v.value)).toEqual(['00:01 ET']);
  });

  it('reads "up from 19 on Sunday" as a count and a weekday, not the 19th', () => {
    expect(valuesOf('The toll has risen to 26, up from 19 on Sunday, officials said.').map((v) => [v.kind, v.text])).toEqual([
      ['number', '26'],
      ['number', '19'],
      ['date', 'Sunday'],
    ]);
  });

  it('reads a year a comparison names as a date, not a count ("down 2.8 points on 2024", "compared with 2019")', () => {
    expect(valuesOf('Turnout fell 2.8 points on 2024. Sales rose compared with 2019 levels.').map((v) => [v.kind, v.value])).toEqual([
      ['number', 2.8],
      ['date', '2024'],
      ['date', '2019'],
    ]);
    // A count that happens to fall in those years stays a count.
    expect(ofKind(valuesOf('Police counted 2024 marchers on Sunday.'), 'number').map((v) => v.value)).toEqual([2024]);
  });

  it('counts nothing in a line of ratings or squad numbers ("Okafor 6; Dunne 6, Garvey 7"), but keeps a count beside one name', () => {
    expect(ofKind(valuesOf('CALDERMOOR (4-3-3): Okafor 6; Dunne 6, Garvey 7, Mensah 6; Blake 8.'), 'number')).toEqual([]);
    expect(ofKind(valuesOf('Blake scored twice and Okafor made 6 saves.'), 'number').map((v) => v.value)).toEqual([6]);
  });

  it('reads a quake\'s magnitude as a magnitude, not a count of what follows ("a magnitude 5.9 aftershock", "a 6.4-magnitude quake")', () => {
    expect(ofKind(valuesOf('A magnitude 5.9 aftershock struck. A 6.4-magnitude quake hit in May. AFAD recorded 46 aftershocks.'), 'number').map((v) => [v.value, v.unit])).toEqual([
      [5.9, 'magnitude'],
      [6.4, 'magnitude'],
      [46, 'aftershock'],
    ]);
  });

  it('reads the minute of a match, as an ordinal or a stamp ("in the 78th minute", "63\' –", "90+4\'")', () => {
    expect(valuesOf('Blake equalised in the 78th minute.').map((v) => [v.kind, v.text, v.value, v.unit])).toEqual([['number', 'the 78th minute', 78, 'minute']]);
    expect(valuesOf("63' – Pryce is sent off. 90+4' – Marco scores from the spot.").map((v) => [v.kind, v.value, v.unit])).toEqual([
      ['number', 63, 'minute'],
      ['number', 94, 'minute'],
    ]);
  });

  it('reads "rose to 11 today" and "from 4 to 9 on Monday" as counts and a day, and counts nothing with "yesterday"', () => {
    expect(valuesOf('The toll rose to 11 today.').map((v) => [v.kind, v.text, v.unit])).toEqual([
      ['number', '11', undefined],
      ['date', 'today', undefined],
    ]);
    expect(valuesOf('It rose from 4 to 9 on Monday and to 7 yesterday.').map((v) => [v.kind, v.text, v.unit])).toEqual([
      ['number', '4', undefined],
      ['number', '9', undefined],
      ['date', 'Monday', undefined],
      ['number', '7', undefined],
      ['date', 'yesterday', undefined],
    ]);
  });

  it('keeps a month\'s abbreviation with its day ("Sept. 15, 2019")', () => {
    expect(valuesOf('The airline began flying the route on Sept. 15, 2019, and flies it daily.').filter((v) => v.kind === 'date').map((v) => v.text)).toEqual(['Sept. 15, 2019']);
  });

  it('takes no date from a weekday\'s abbreviation standing alone ("the Sun")', () => {
    expect(valuesOf('The satellite measures the energy the Earth receives from the Sun.').filter((v) => v.kind === 'date')).toEqual([]);
    expect(valuesOf('Voting closes on Sun, Jun 16, officials said.').filter((v) => v.kind === 'date').map((v) => v.text)).toEqual(['Sun, Jun 16']);
    expect(valuesOf('Fires burned in Viña del Mar and Valparaíso on Saturday.').filter((v) => v.kind === 'date').map((v) => v.text)).toEqual(['Saturday']);
  });

  it('reads "13 days later" as a length of time after another event, and keeps the date before it', () => {
    expect(valuesOf('The ministry ordered a recall on March 9, 13 days later.').map((v) => [v.kind, v.text, v.value])).toEqual([
      ['date', 'March 9', '2013-03-09'],
      ['duration', '13 days', 13 * 86400],
    ]);
  });

  it('takes no day from a habit, ends a date at a sentence end, and leaves "at" to the time', () => {
    expect(ofKind(valuesOf('“Tuesday is usually our busiest morning. Today I had a dozen people,” she said.'), 'date').map((v) => [v.text, v.value])).toEqual([['Today', '2013-06-16']]);
    expect(ofKind(valuesOf('The market opens every Friday.'), 'date')).toEqual([]);
    expect(valuesOf('The council meets on Thursday at 6 p.m.').map((v) => [v.kind, v.text])).toEqual([
      ['date', 'Thursday'],
      ['time', '6 p.m.'],
    ]);
  });

  it('resolves "on Sunday" against the publication date, uncertain because only a weekday is given', () => {
    const [v, ...rest] = valuesOf('The leaders met on Sunday in London.');
    expect(v).toMatchObject({ kind: 'date', text: 'Sunday', value: '2013-06-16', certainty: 'uncertain' });
    expect(rest.map((x) => x.kind)).toEqual(['place']);
  });

  it('reads a weekday in a clause told in the past as the one before, "the next day" from the date before it, and "a week ago today" as one date', () => {
    const friday = { published: '2031-03-21T16:00:00Z' };
    const dates = (t: string) => ofKind(valuesOf(t, friday), 'date').map((v) => [v.text, v.value]);
    expect(dates('The ship sank on Monday. Talks will resume on Monday.')).toEqual([
      ['Monday', '2031-03-17'],
      ['Monday', '2031-03-24'],
    ]);
    expect(dates('The doses reached Conakry on 13 March, and vaccination began the next day.')).toEqual([
      ['13 March', '2031-03-13'],
      ['next day', '2031-03-14'],
    ]);
    expect(dates('Vaccination began a week ago today in Gouécké.')).toEqual([['a week ago', '2031-03-14']]);
    // With no date before it, "the next day" is no date.
    expect(dates('Crews returned the next day.')).toEqual([]);
    // A kind of day is no date.
    expect(dates('He rolled it into the corner like it\'s a Tuesday night in the reserves. Talks ended on Tuesday night.')).toEqual([['Tuesday night', '2031-03-18']]);
    // A month with its year told relative to publication is one date.
    expect(dates('One trip, in October last year, coincided with the wedding. The Dane, appointed on 17 June last year, left. It reopens in March next year.')).toEqual([
      ['October last year', '2030-10'],
      ['17 June last year', '2030-06-17'],
      ['March next year', '2032-03'],
    ]);
  });

  it('dates a month gone this year to the next one when the clause looks ahead ("The next full ministerial meeting is set for June 6", told in November), and leaves "in September" after an earlier "will" alone', () => {
    const meta = { published: '2031-11-03T01:40:00Z' };
    expect(ofKind(valuesOf('The next full ministerial meeting is set for June 6.\n', meta), 'date').map((v) => v.value)).toEqual(['2032-06-06']);
    expect(ofKind(valuesOf('The Reserve Bank\'s next decision on the cash rate is in February.\n', meta), 'date').map((v) => v.value)).toEqual(['2032-02']);
    expect(ofKind(valuesOf('The defeat will go down as a stitch-up, and today Tolland goes before the FA over his red card in September.\n', meta), 'date').map((v) => v.value)).toEqual(['2031-11-03', '2031-09']);
  });

  it('dates a deadline told in the present to the weekday to come ("the team has until Thursday to confirm the appeal", told on a Sunday), and one told in the past to the weekday gone', () => {
    const meta = { published: '2033-06-12T20:05:00+02:00' };
    expect(ofKind(valuesOf('Under the rules, the team has until Thursday to confirm the appeal.\n', meta), 'date').map((v) => v.value)).toEqual(['2033-06-16']);
    expect(ofKind(valuesOf('The road was closed until Thursday.\n', meta), 'date').map((v) => v.value)).toEqual(['2033-06-09']);
  });

  it('reads a thread\'s post number ("3/ Our field officer is at the beach now") as no count, and "241/6" as no count either', () => {
    expect(ofKind(valuesOf('3/ Our field officer is at the beach now. Count so far: 163 people ashore.\n'), 'number').map((v) => v.text)).toEqual(['163']);
  });

  it('keeps the sign of a change in a list or a table ("Iraq: -270,000 b/d", "| Iraq | -270 |") and not of "COVID-19" or a score of 2-1', () => {
    const values = analyse('- Iraq: -270,000 b/d, to 4.161mn b/d\n\nThe COVID-19 ward reopened after a 2-1 win.\n', { published: PUBLISHED }, 'energy.md').values;
    // The score stays a tally ("2-1"), not a one and a minus one.
    expect(ofKind(values, 'number').map((v) => [v.text, v.value])).toEqual([['-270,000', -270000], ['4.161mn', expect.closeTo(4161000, 0)], ['2-1', '2-1']]);
  });

  it('reads "Car 7", "Turn 4" and a decision\'s "Document: 47" as labels, not counts, and keeps the penalty\'s seconds', () => {
    const values = valuesOf('**Document:** 47\n\nThe driver of Car 7 collided with Car 16 at Turn 4 and was given a 10 second time penalty. Race control noted cars 7 and 16.\n').filter((v) => v.text !== '16');
    expect(values.filter((v) => v.kind === 'number' || v.kind === 'duration').map((v) => [v.kind, v.text])).toEqual([['duration', '10 second']]);
  });

  it('reads the figures of a pipe table\'s column headed "(%)" as percentages, signs kept ("| Manufacturing | -1.8 |", "| +1.6 |")', () => {
    const doc = analyse(['### Table 1', '', '| Industry | Change (%) | Firms |', '|---|---|---|', '| Agriculture | +1.6 | 120 |', '| Manufacturing | -1.8 | 45 |'].join('\n'), { published: PUBLISHED }, 'stats.md');
    expect(doc.values.filter((v) => v.kind === 'percent' || v.kind === 'number').map((v) => [v.kind, v.text, v.value])).toEqual([
      ['percent', '+1.6', 1.6],
      ['number', '120', 120],
      ['percent', '-1.8', -1.8],
      ['number', '45', 45],
    ]);
  });

  it('resolves "tomorrow", "yesterday" and "last month" against 2013-06-16 (a Sunday)', () => {
    const values = ofKind(valuesOf('The summit opens tomorrow. The talks collapsed yesterday. The footage emerged last month.'), 'date');
    expect(values.map((v) => [v.text, v.value, v.certainty])).toEqual([
      ['tomorrow', '2013-06-17', 'certain'],
      ['yesterday', '2013-06-15', 'certain'],
      ['last month', '2013-05', 'certain'],
    ]);
  });

  it('reads years and calendar dates', () => {
    const values = valuesOf('The war began in 2011 and ended on March 3.');
    expect(values.map((v) => [v.kind, v.text, v.value])).toEqual([
      ['date', '2011', '2011'],
      ['date', 'March 3', '2013-03-03'],
    ]);
  });

  it('resolves the relative dates of the seeds', () => {
    const expected: [keyof typeof seeds, string, string][] = [
      ['000', 'on Sunday', '2013-06-16'],
      ['000', 'last month', '2013-05'],
      ['000', 'Sunday’s', '2013-06-16'],
      ['000', 'today', '2013-06-16'],
      ['001', "Sunday's", '2013-06-16'],
      ['001', 'today', '2013-06-16'],
      ['001', 'on Monday', '2013-06-17'],
      ['002', 'today', '2013-06-16'],
      ['002', 'tomorrow', '2013-06-17'],
      ['002', 'tonight', '2013-06-16'],
    ];
    for (const [prefix, phrase, value] of expected) {
      const found = valuesAt(seeds[prefix], phrase);
      expect(found.map((v) => [v.kind, v.value]), `${prefix}: ${phrase}`).toEqual([['date', value]]);
    }
  });

  it('marks relative dates uncertain when the publication date is unknown', () => {
    const values = valuesOf('The summit opens tomorrow.', {});
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ kind: 'date', text: 'tomorrow', certainty: 'uncertain' });
  });

  it('uses noon UTC of the publication date as the reference', () => {
    expect(referenceDate('2013-06-16')?.toISOString()).toBe('2013-06-16T12:00:00.000Z');
    expect(referenceDate('2013-06-16T23:30:00-05:00')?.toISOString()).toBe('2013-06-16T12:00:00.000Z');
    expect(referenceDate(undefined)).toBeUndefined();
    expect(referenceDate('June 2013')).toBeUndefined();
  });

  it('marks "next week" uncertain', () => {
    const [v] = ofKind(valuesOf('The leaders meet next week.'), 'date');
    expect(v).toMatchObject({ text: 'next week', certainty: 'uncertain' });
  });

  it('marks a full calendar date certain even without a publication date', () => {
    const [v] = valuesOf('The ceasefire ended on 3 March 2013.', {});
    expect(v).toMatchObject({ kind: 'date', text: '3 March 2013', value: '2013-03-03', certainty: 'certain' });
  });

  it('resolves relative dates the same in every time zone', () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
      const values = valuesOf('The talks collapsed yesterday and resume tomorrow.');
      expect(values.map((v) => [v.text, v.value])).toEqual([
        ['yesterday', '2013-06-15'],
        ['tomorrow', '2013-06-17'],
      ]);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('ages', () => {
  it('reads an age told after the verb ("died aged 72", "at the age of 72", "She was 72.") as an age, and no distance or count as one', () => {
    const ages = (t: string) => ofKind(valuesOf(t), 'number').map((v) => [v.text, v.unit]);
    expect(ages('Orla Devane has died aged 72. She was 72. The poet died at the age of 70. The 73-year-old sang.')).toEqual([
      ['72', 'years old'],
      ['72', 'years old'],
      ['70', 'years old'],
      ['73', 'years old'],
    ]);
    expect(ages('She was 72 kilometres away. The team was 12 strong.').map(([, unit]) => unit)).not.toContain('years old');
    expect(ages('A nine-year-old boy survived; his grandmother died aged ninety-one.')).toEqual([
      ['nine', 'years old'],
      ['ninety-one', 'years old'],
    ]);
  });
});

describe('years that date a work or an event', () => {
  const dates = (text: string) => ofKind(valuesOf(text, { published: '2026-03-04' }), 'date').map((v) => [v.text, v.value]);

  it('reads a year in brackets, a year\'s possessive, a year before a noun and the years of a list as dates, not counts', () => {
    expect(dates('Her best-known recordings include Lantern Light (1979), while 1979\'s Harbour Songs sold more. She received nominations in 1992 and 1999, and said in a 2016 interview that she recorded the 1986 duet quickly.')).toEqual([
      ['1979', '1979'],
      ['1979', '1979'],
      ['1992', '1992'],
      ['1999', '1999'],
      ['2016', '2016'],
      ['1986', '1986'],
    ]);
    expect(ofKind(valuesOf('A 2000-strong crowd gathered.'), 'date')).toEqual([]);
  });

  it('reads the day of the month in brackets after a weekday ("this Tuesday (11)") as part of the date, not a count', () => {
    const values = valuesOf('The leaders signed this Tuesday (11) a trade deal. Takamura arrived on Monday night (10).', { published: '2031-03-11' });
    expect(values.map((v) => [v.kind, v.text, v.value])).toEqual([
      ['date', 'Tuesday (11)', '2031-03-11'],
      ['date', 'Monday night (10)', '2031-03-10'],
    ]);
  });

  it('reads "on the afternoon of 13 March" as that date (chrono leaves every field of it implied)', () => {
    expect(dates('Oil first reached the shoreline on the afternoon of 13 March.')).toEqual([['13 March', '2026-03-13']]);
  });

  it('reads "last July" as the July before publication and "next May" as the one after (chrono reads the month alone, this year)', () => {
    expect(dates('Her final gig was at the festival last July. We met last March, on last March 4 exactly. The tour starts next May.')).toEqual([
      ['last July', '2025-07'],
      ['last March', '2025-03'],
      ['last March 4', '2025-03-04'],
      ['next May', '2026-05'],
    ]);
  });

  it('reads a month without a year that chrono puts in the next year as the one before, unless the clause looks ahead ("The June quarter was revised", told in December)', () => {
    const december = (t: string) => ofKind(valuesOf(t, { published: '2031-12-18T10:45:00+13:00' }), 'date').map((v) => [v.text, v.value]);
    expect(december('The June quarter was revised to a 0.3% contraction. The bank will next meet in June.')).toEqual([
      ['June', '2031-06'],
      ['June', '2032-06'],
    ]);
  });

  it('reads "the September quarter of 2030" as September 2030, the year after "of" (chrono reads the month alone, in the year of publication)', () => {
    const december = (t: string) => ofKind(valuesOf(t, { published: '2031-12-19T12:00:00+13:00' }), 'date').map((v) => [v.text, v.value]);
    expect(december('Compared with the September quarter of 2030, output was 1.1% lower.')).toEqual([['September quarter of 2030', '2030-09']]);
  });

  it('reads "Monday last week" as the Monday of the calendar week before publication, and "Friday of next week" as the one after (chrono reads the weekday alone)', () => {
    const tuesday = (t: string) => ofKind(valuesOf(t, { published: '2031-02-11T18:00:00+03:00' }), 'date').map((v) => [v.text, v.value]);
    expect(tuesday('The first swarm was spotted over Takaba on Monday last week. Spraying resumes on Friday of next week.')).toEqual([
      ['Monday last week', '2031-02-03'],
      ['Friday of next week', '2031-02-21'],
    ]);
  });

  it('reads "Twenty-five years ago" whole (chrono reads only "five years ago"), and months ago in words', () => {
    expect(dates('Twenty-five years ago she took a chance. Eighteen months ago the tour began.')).toEqual([
      ['Twenty-five years ago', '2001'],
      ['Eighteen months ago', '2024-09'],
    ]);
  });
});

describe('places', () => {
  const places = (text: string) => ofKind(valuesOf(text), 'place').map((v) => v.value);

  it('reads a name the gazetteer lacks as a place where nothing makes it a person', () => {
    expect(places('She was selling cheese at the market in Yanque when the quake hit.')).toEqual(['Yanque']);
    expect(places('Crews worked across Caylloma province and in the Stockholm region.')).toEqual(['Caylloma province', 'the Stockholm region']);
    expect(places('Speaking in Orléans, Beaudoin promised more buses.')).toEqual(['Orléans']);
    expect(places('Drivers were sent onto the nearby Burnside Bridge.')).toEqual(['Burnside Bridge']);
    expect(places('His brother travelled from Gdańsk for the verdict.')).toEqual(['Gdańsk']);
  });

  it('reads a square one is on ("on Place de la Bastille") and a residence by its own name ("at The Lodge"), but not a topic ("on Place reform")', () => {
    expect(places('Shortly before 5pm, clashes broke out on Place de la Bastille. Tear gas on Piazza Navona.')).toEqual(['Place de la Bastille', 'Piazza Navona']);
    expect(places('They signed five documents at The Lodge in Deakin after the meeting.')).toEqual(['The Lodge', 'Deakin']);
    expect(places('The minister spoke on Place reform. He joined the Lodge in 1990.')).toEqual([]);
    expect(places('Seven people were detained in Operation Cornerstone. Troops served in Operation Desert Storm in Kuwait.')).toEqual(['Kuwait']);
  });

  it('reads a water or a hill named with a nationality word ("English Bay") and one is on ("on Parliament Hill")', () => {
    expect(places('Ships waited at anchor in English Bay while the minister spoke on Parliament Hill.')).toEqual(['English Bay', 'Parliament Hill']);
  });

  it('reads the places a warning is issued for ("a red alert for Mumbai, Thane and Raigad"), not people', () => {
    expect(places('The IMD issued a red alert for Mumbai, Thane and Raigad on Tuesday.')).toEqual(['Mumbai', 'Thane', 'Raigad']);
    expect(places('The club issued a warning for Ana Ruiz and Tom Lee.')).toEqual([]);
    expect(places('Signal No. 4 was raised over Eastern Samar and Leyte as the storm approached.')).toEqual(['Eastern Samar', 'Leyte']);
  });

  it('reads Nigeria\'s Local Government Areas, and a name after "at" that the text places in a district', () => {
    expect(places('The bus crashed at Okpokwu in Ogbadibo Local Government Area on Sunday.')).toEqual(['Okpokwu', 'Ogbadibo Local Government Area']);
    expect(places('Floods cut the road in Apa LGA.')).toEqual(['Apa LGA']);
    expect(places('Villagers sheltered at Sindangrasa in Garut regency.')).toEqual(['Sindangrasa', 'Garut regency']);
    // A firm one works at, placed in a city, is no place of its own.
    expect(places('She worked at Halvorsen in Oslo for a decade.')).toEqual(['Oslo']);
  });

  it('reads a place above or below ("a hillside above Villa Independencia"), but not "below Wall Street estimates" nor "above the Earth"', () => {
    expect(places('The fire began on a hillside above Villa Independencia, as revenue fell below Wall Street estimates and the satellite orbits above the Earth.')).toEqual(['Villa Independencia']);
  });

  it('reads South Asian place words (upazila, ghat, launch terminal) and a river one is on', () => {
    expect(places('The launch capsized in Matlab Uttar upazila on Tuesday.')).toEqual(['Matlab Uttar upazila']);
    expect(places('Divers searched at Eklaspur launch ghat as the boat sank on the Dakatia river.')).toEqual(['Eklaspur launch ghat', 'the Dakatia river']);
  });

  it('knows cities by the names reporters use ("Frankfurt", "Nuremberg", "Wroclaw"), oceans, "the X area" and "around X"', () => {
    expect(places('The flight from Frankfurt was bound for Nuremberg.')).toEqual(['Frankfurt', 'Nuremberg']);
    expect(places('The train left Wroclaw and stopped in Tromso.')).toEqual(['Wroclaw', 'Tromso']);
    expect(places('The jet was cruising over the North Atlantic when smoke appeared.')).toEqual(['the North Atlantic']);
    expect(places('Passengers stayed in hotels in the Reykjavík area and around Akureyri.')).toEqual(['the Reykjavík area', 'Akureyri']);
    // "Around" after a verb it completes is no place.
    expect(places('The talks revolved around Lyon and Nice.')).toEqual([]);
  });

  it('reads a name the gazetteer lacks as a place when a country or region places it, even one of two words', () => {
    expect(places('The rocket stood on its pad at the spaceport in Sinnamary, French Guiana, overnight.')).toEqual(['Sinnamary']);
    expect(places('The treaty was signed in Ostrava, Czech Republic, on Friday.')).toEqual(['Ostrava']);
    // A word that names no place alone still keeps a name from being one.
    expect(places('The ruling was read out in the French Senate on Friday.')).toEqual([]);
  });

  it('reads both names of "between X and Y" and of "to X and Y", and venues built like places', () => {
    expect(places('The train hit the mud between Casteldarne and Vandoies.')).toEqual(['Casteldarne', 'Vandoies']);
    expect(places('Trains run between Mission and downtown Vancouver.')).toEqual(['Mission', 'Vancouver']);
    expect(places('Commuters were travelling to Bressanone and Bolzano.')).toEqual(['Bressanone', 'Bolzano']);
    expect(places('The cabinet met at Palazzo Widmann in the evening.')).toEqual(['Palazzo Widmann']);
    expect(places('Differences remained between Britain and Russia.')).toEqual([]);
  });

  it('reads a bearing from a place without a distance, and a school or a fairground as a venue', () => {
    expect(places('Glide, a small community east of Roseburg, was evacuated.')).toEqual(['Roseburg']);
    expect(places('The fire is burning north and east of the North Umpqua River.')).toEqual(['the North Umpqua River']);
    expect(places('Officials will meet at Glide High School.')).toEqual(['Glide High School']);
    const east = ofKind(valuesOf('The fire is burning north and east of Glide.'), 'place')[0]!;
    expect(east.direction).toBe('north and east');
  });

  it('reads names that open with an accented capital or hold "des", and a bridge named by its kind', () => {
    expect(places('She is a nurse at Édouard-Herriot hospital. The march ended at Place des Terreaux, near the Guillotière bridge.')).toEqual([
      'Édouard-Herriot hospital',
      'Place des Terreaux',
      'the Guillotière bridge',
    ]);
  });

  it('reads where a firm is based, islands and hills one is on, towns one comes from, and venues by their kind', () => {
    expect(places('The Tokyo-based firm hired a Kano-based trader.')).toEqual(['Tokyo', 'Kano']);
    expect(places('Pilgrims gathered on Kotappakonda hill and on Tinos. The agreement on Syria held.')).toEqual(['Kotappakonda hill', 'Tinos']);
    expect(places('They came from Utrecht to watch at the Basin Reserve and at Balogun Market.')).toEqual(['Utrecht', 'the Basin Reserve', 'Balogun Market']);
    expect(places('The quake struck 30 km north of the capital.')).toEqual(['the capital']);
  });

  it('reads natural features a verb takes, where a person lives, shore and port words, and Dutch particles', () => {
    expect(places('The worst of the storm surge hit Fannie Bay overnight.')).toEqual(['Fannie Bay']);
    expect(places('Maureen Tapsell, 74, of Rapid Creek, rode out the storm.')).toEqual(['Rapid Creek']);
    expect(places('The surge was worst along the Nightcliff foreshore. Ships waited off Hoek van Holland.')).toEqual(['the Nightcliff foreshore', 'Hoek van Holland']);
    expect(places('Divers checked every berth at East Arm.')).toEqual(['East Arm']);
    // "Fannie Bay" as a name the verb does not take, and a town owning a thing, are no places.
    expect(places('Fannie Bay residents were told to leave. The attack did damage to Rotterdam\'s reputation.')).toEqual([]);
  });

  it('reads a name after "at" or "on" as a place when the same report writes it with a place word', () => {
    const text = 'The ransomware first appeared at the Maasvlakte II terminal. Operations at Maasvlakte II restarted on Tuesday. Staff at Maasdelta were sent home.';
    expect(places(text)).toEqual(['the Maasvlakte II terminal', 'Maasvlakte II']);
  });

  it('takes what "the town of", "the parish of" introduce as a place, with or without a preposition, particles and all', () => {
    expect(places('The dam outside the town of Ribeirão das Pedras broke. The mud first hit the district of Vila Esperança.')).toEqual([
      'Ribeirão das Pedras',
      'Vila Esperança',
    ]);
    expect(places('At the parish of São Sebastião, volunteers sorted clothes. She has lived in Córrego do Ouro all her life.')).toEqual([
      'São Sebastião',
      'Córrego do Ouro',
    ]);
    // A capitalised lead is a name of its own, not a kind of place.
    expect(places('He thanked the Community of Sant Egidio.')).toEqual([]);
  });

  it('reads a named district as the place and its city as the container, but a city named first as the container', () => {
    expect(places("It broke out in the Haeundae district of Busan. Another broke out in Busan's Suyeong district.")).toEqual(['Haeundae district', 'Suyeong district']);
    expect(places('The plant is in the Santiago suburb of Quilicura, on the Greek island of Tinos.')).toEqual(['Quilicura', 'Tinos']);
  });

  it('reads rivers and streets named in Portuguese or Spanish, road numbers beside a road word, and "as far as"', () => {
    expect(places('The mud reached the Rio das Velhas and turned the water brown as far as Sabará.')).toEqual(['Rio das Velhas', 'Sabará']);
    expect(places('They slept in the gymnasium on Rua Sete de Setembro, near the search base on the BR-040 highway.')).toEqual([
      'Rua Sete de Setembro',
      'the BR-040 highway',
    ]);
    // One reaches a deal, and a number is no road without a road word.
    expect(places('The leaders reached the Geneva agreement at G8 talks in F-16 hangars.')).toEqual([]);
  });

  it('reads a list of names most of them built like places as places, but not a list of surnames or countries', () => {
    expect(places('Level 3 – GO NOW: Glide, Idleyld Park, Little River Road and Rock Creek Road.')).toEqual(['Glide', 'Idleyld Park', 'Little River Road', 'Rock Creek Road']);
    expect(places('Smith, Jones, Brown and Taylor spoke. Britain, France, Germany and Italy signed.')).toEqual([]);
  });

  it('does not take a state inside a longer proper name for a surname', () => {
    expect(places('He was flown to the Legacy Oregon Burn Center. The fire raced on in southern Oregon on Monday.')).toContain('Oregon');
  });

  it('reads the town a verb of travel takes, but not a country or a person', () => {
    expect(places('The train had left Brunico at 6:31 a.m., bound for Fortezza.')).toEqual(['Brunico', 'Fortezza']);
    expect(places('The envoy left Italy on Monday. He visited Smith later.')).toEqual([]);
  });

  it('takes no place from people, languages and parties after a preposition', () => {
    expect(places('Health Minister Tomas Lind spoke. The premier had full confidence in Lind.')).toEqual([]);
    expect(places('He ignored pleas to rein in Assad, officials said.')).toEqual([]);
    expect(places('The minister spoke in Bengali at the briefing.')).toEqual([]);
    expect(places('Moscow denied providing weapons to Syria.')).toEqual([]);
  });

  it('reads "30 km north of the capital" as one place with a direction', () => {
    expect(valuesOf('Shells landed 30 km north of the capital overnight.')).toEqual([
      {
        kind: 'place',
        span: { start: 14, end: 40 },
        text: '30 km north of the capital',
        value: 'the capital',
        direction: '30 km north',
      },
    ]);
  });

  it('reads locative phrases and not a country acting as an agent', () => {
    expect(ofKind(valuesOf('Russia said the talks would be held in Geneva.'), 'place').map((v) => v.value)).toEqual(['Geneva']);
    expect(ofKind(valuesOf('The summit opens on Monday, 17 June, in Lough Erne.'), 'place').map((v) => v.value)).toEqual(['Lough Erne']);
  });

  it('finds the places of the seeds', () => {
    const expected: [keyof typeof seeds, string, string][] = [
      ['000', 'in London', 'London'],
      ['000', 'in Lough Erne, Northern Ireland', 'Lough Erne'],
      ['000', 'in Geneva', 'Geneva'],
      ['001', 'in London', 'London'],
      ['001', 'in Northern Ireland', 'Northern Ireland'],
      ['002', 'in Lough Erne in Northern Ireland', 'Lough Erne'],
    ];
    for (const [prefix, phrase, value] of expected) {
      const found = ofKind(valuesAt(seeds[prefix], phrase), 'place');
      expect(found.map((v) => v.value), `${prefix}: ${phrase}`).toContain(value);
    }
  });

  it('takes no place from the dateline', () => {
    expect(seeds['000'].values.filter((v) => /LONDON/.test(v.text))).toEqual([]);
  });

  it('reads "in Downing Street" as a place', () => {
    expect(ofKind(valuesOf('He met Mr Putin in Downing Street.'), 'place').map((v) => v.value)).toEqual(['Downing Street']);
  });

  it('finds Downing Street in seed 002', () => {
    for (const phrase of ['in Downing Street', 'to Downing Street']) {
      expect(ofKind(valuesAt(seeds['002'], phrase), 'place').map((v) => v.value), phrase).toEqual(['Downing Street']);
    }
  });

  it('reads a place and the region around it as one place, named by the smaller', () => {
    const places = (text: string) => ofKind(valuesOf(text), 'place').map((v) => [v.text, v.value]);
    expect(places('Delegates gathered in Springfield, Illinois, on Friday.')).toEqual([['Springfield, Illinois', 'Springfield']]);
    expect(places('The plant in Wolfsburg in Lower Saxony closed.')).toEqual([['Wolfsburg in Lower Saxony', 'Wolfsburg']]);
    // Two towns side by side are a list, not one place.
    expect(places('Protests spread in Lyon, Paris and beyond.')).toEqual([['Lyon', 'Lyon'], ['Paris', 'Paris']]);
  });

  it('reads "on" before a country as "about", before a street, island or lake as a place', () => {
    expect(ofKind(valuesOf('Ministers failed to agree on Iran.'), 'place')).toEqual([]);
    expect(ofKind(valuesOf('Sanctions on Venezuela were eased.'), 'place')).toEqual([]);
    expect(ofKind(valuesOf('Talks on the Ukraine crisis resumed.'), 'place')).toEqual([]);
    expect(ofKind(valuesOf('Crowds gathered on Downing Street.'), 'place').map((v) => v.value)).toEqual(['Downing Street']);
  });

  it('takes no place from a name that describes the noun after it ("at the Geneva talks")', () => {
    expect(ofKind(valuesOf('Reporters waited at the Geneva talks.'), 'place')).toEqual([]);
  });

  it('takes no place from "in X we …": the place says who "we" are', () => {
    expect(ofKind(valuesOf('"In France we do things differently," she said.'), 'place')).toEqual([]);
    expect(ofKind(valuesOf('We met in France yesterday.'), 'place').map((v) => v.value)).toEqual(['France']);
  });

  it('knows a prefecture or province by its bare name ("eastern Hokkaido")', () => {
    expect(ofKind(valuesOf('JR Hokkaido halted all trains in eastern Hokkaido overnight.'), 'place').map((v) => v.value)).toEqual(['Hokkaido']);
  });

  it('reads buildings, plants and city centres as places', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Marchers streamed out of Uhuru Park towards Parliament Buildings.')).toEqual(['Uhuru Park', 'Parliament Buildings']);
    expect(places('The IG spoke at Vigilance House on Tuesday.')).toEqual(['Vigilance House']);
    expect(places('No abnormalities were found at its Tomari nuclear power station.')).toEqual(['Tomari nuclear power station']);
    // An owner's thing is a place only when named as a site: "at its Tomari office" is not.
    expect(places('Staff were sent home from its Tomari office.')).toEqual([]);
    expect(places('Traders shut their shops in the port city of Mombasa.')).toEqual(['Mombasa']);
    expect(places('Running battles went on in the central business district and later in the CBD.')).toEqual(['central business district', 'central business district']);
    expect(places('Bills are debated in the House every week.')).toEqual([]);
  });

  it('reads names a plural place noun governs as places, known or not', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('The pipe burst, draining the Hursthill and Brixton reservoirs.')).toEqual(['Hursthill', 'Brixton']);
    expect(places('It left suburbs including Melville, Auckland Park, Westdene and Northcliff dry.')).toEqual(['Melville', 'Auckland Park', 'Westdene', 'Northcliff']);
    // "the municipalities of …": names with their lower-case particles.
    expect(places('Most of the dead were in the municipalities of San Bartolo Ixtán, Santa Lucía del Monte and Chiquiján.')).toEqual(['San Bartolo Ixtán', 'Santa Lucía del Monte', 'Chiquiján']);
    expect(places('A calamity was declared in the departments of Alta Sierra and Suchitlán.')).toEqual(['Alta Sierra', 'Suchitlán']);
  });

  it('reads a bulleted list as places when the line before says it lists suburbs', () => {
    const d = analyse('Water cut\n\nThe following suburbs are without water:\n\n• Melville\n• Auckland Park\n\nThe following people spoke:\n\n• Anna Berg\n');
    expect(ofKind(d.values, 'place').map((v) => v.value)).toEqual(['Melville', 'Auckland Park']);
  });

  it('reads airports wherever they stand, rivers flowed down, hamlets and regencies named with their kind', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Yogyakarta International Airport and Adi Soemarmo airport in Solo have been shut.')).toEqual(['Yogyakarta International Airport', 'Adi Soemarmo airport', 'Solo']);
    expect(places('The airport said flights would resume.')).toEqual([]);
    expect(places('The dome collapse sent hot clouds down the Gendol river.')).toEqual(['the Gendol river']);
    expect(places('The bodies were found in Kinahrejo hamlet on the southern flank.')).toEqual(['Kinahrejo hamlet']);
    expect(places('An emergency was declared for the Magelang, Boyolali and Klaten regencies.')).toEqual(['Magelang', 'Boyolali', 'Klaten']);
  });

  it('reads where a person described by age and trade is from', () => {
    expect(ofKind(valuesOf('Among the protesters was Mercy Akinyi, 24, a hairdresser from Kibera.'), 'place').map((v) => v.value)).toEqual(['Kibera']);
  });

  it('reads an unknown island or town followed by "with"', () => {
    expect(ofKind(valuesOf('The engineer was flown to the general hospital in Syros with burns to his arms.'), 'place').map((v) => v.value)).toEqual(['Syros']);
  });

  it('ends a bearing\'s place at its name ("east of Pola while carrying …", "southeast of the port city of Kushiro")', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => [v.text, v.value]);
    expect(places('It lost power about 13 kilometres east of Pola while carrying fuel oil.')).toEqual([['13 kilometres east of Pola', 'Pola']]);
    expect(places('The quake hit about 40 km southeast of the port city of Kushiro.')).toEqual([['40 km southeast of the port city of Kushiro', 'Kushiro']]);
  });

  it('reads a country\'s coast, a barangay, a town before its court and a position in degrees as places, and no coast guard', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('The boat left from the Tunisian coast. The crew was handed to the Philippine Coast Guard.')).toEqual(['the Tunisian coast']);
    expect(places('Oil reached the shore in Barangay Buhay na Tubig on Tuesday.')).toEqual(['Barangay Buhay na Tubig']);
    expect(places('He was convicted in 2027 by a Rotterdam court of plotting a murder.')).toEqual(['Rotterdam']);
    const values = valuesOf("On scene at 34°52'N 012°33'E, the crew saw the boat.");
    expect(values.map((v) => [v.kind, v.text])).toEqual([['place', "34°52'N 012°33'E"]]);
  });

  it('reads the names a list gives after "districts:" as places', () => {
    expect(ofKind(valuesOf('The outbreak currently affects four districts: Beira, Dondo, Nhamatanda and Búzi.'), 'place').map((v) => v.value)).toEqual(['Beira', 'Dondo', 'Nhamatanda', 'Búzi']);
  });

  it('reads the two ends of a route where the line speaks of travel or lists routes, but not a pair of names or one hyphenated name', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Düsseldorf–Manchester is about 650 km, so you are owed €250.')).toEqual(['Düsseldorf', 'Manchester']);
    expect(places('Cancelled routes:\n\n- Düsseldorf – Lisbon\n- Düsseldorf — Munich')).toEqual(['Düsseldorf', 'Lisbon', 'Düsseldorf', 'Munich']);
    expect(places('The Smith–Jones partnership won the case.')).toEqual([]);
    expect(places('The Madrid-Retiro station recorded 40.9C on Sunday.')).not.toContain('Madrid');
  });

  it('reads fens, moors and marshes as places, and a compass point before a place ("in west Norfolk")', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('The boat was found at Sallow Fen, a farm in west Norfolk, and will go on show in the Fens.')).toEqual(['Sallow Fen', 'Norfolk', 'the Fens']);
    expect(places('The pipeline burst at Crown Mines on Sunday; the talks moved to Palm Springs.')).toEqual(['Crown Mines', 'Palm Springs']);
  });

  it('reads where a journey goes as a place ("flown to Lukla"), but not whom one speaks to', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Benedetti and Pasang were first flown to Lukla and then to Kathmandu.')).toEqual(['Lukla', 'Kathmandu']);
    expect(places('The climbers were evacuated from Pheriche on Tuesday.')).toEqual(['Pheriche']);
    expect(places('Pasang spoke to Mingma on the radio.')).toEqual([]);
  });

  it('reads climbing camps, faces and glaciers, and the world\'s regions and ranges, as places', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('They climbed from Camp II to Camp III on the Lhotse Face, then rested at Base Camp.')).toEqual(['Camp II', 'Camp III', 'the Lhotse Face', 'Base Camp']);
    expect(places('Fires burn in the Amazon; he trekked in the Himalayas and skied in the Alps.')).toEqual(['the Amazon', 'the Himalayas', 'the Alps']);
    expect(places('Amazon said its shares rose.')).toEqual([]);
  });

  it('takes no place from a person after "in" ("rein in Assad")', () => {
    expect(ofKind(valuesOf('Putin urged the West to rein in Assad.'), 'place')).toEqual([]);
    expect(ofKind(valuesAt(seeds['000'], 'rein in Assad'), 'place')).toEqual([]);
  });
});

describe('compact lengths of time', () => {
  it('reads hours and minutes run together ("3h 48m", "2hr 31min") as a duration, not millions', () => {
    expect(ofKind(valuesOf('Duration: 3h 48m. The match lasted 2hr 31min.'), 'duration').map((v) => [v.text, v.value])).toEqual([
      ['3h 48m', 13680],
      ['2hr 31min', 9060],
    ]);
  });
});

describe('ranks', () => {
  const numbers = (text: string) => ofKind(valuesOf(text), 'number').map((v) => [v.text, v.value, v.unit]);

  it('reads a place in a ranking as a figure ("world No 87", "peaked at No 3", "up to No. 2"), not a ratio after it', () => {
    expect(numbers('The world No 87 beat the world No. 1 in five sets. Her single peaked at No 3 in the UK. The win lifts Australia to No. 2 in the standings.')).toEqual([
      ['No 87', 87, 'rank'],
      ['No. 1', 1, 'rank'],
      ['five', 5, 'set'],
      ['No 3', 3, 'rank'],
      ['No. 2', 2, 'rank'],
    ]);
  });

  it('leaves a numbered label alone ("No 10 Downing Street", "the No. 3 cargo tank", "his new No 9")', () => {
    expect(valuesOf('He moved to No 10 Downing Street. The No. 3 starboard tank leaked. His new No 9 wore the No 9 shirt. She took the number 40 bus.')).toEqual([]);
    expect(numbers('World number 87 Jack Hensall won Wimbledon.')).toEqual([['number 87', 87, 'rank']]);
  });
});

describe('findValues', () => {
  it('offsets value spans by base and keeps text relative to the block', () => {
    const text = 'Some 1.2 million people fled, and $12 billion was pledged.';
    const base = 100;
    const { tokens } = tokenise(text, base);
    const values = findValues({ text, base, tokens });
    expect(values.map((v) => [v.kind, v.span, v.text])).toEqual([
      ['number', { start: 105, end: 116 }, '1.2 million'],
      ['money', { start: 134, end: 145 }, '$12 billion'],
    ]);
    for (const v of values) expect(text.slice(v.span.start - base, v.span.end - base)).toBe(v.text);
  });

  it('resolves relative dates against the given reference', () => {
    const text = 'The summit opens tomorrow.';
    const { tokens } = tokenise(text, 0);
    const reference = new Date(Date.UTC(2013, 5, 16, 12));
    expect(findValues({ text, base: 0, tokens, reference })).toEqual([
      { kind: 'date', span: { start: 17, end: 25 }, text: 'tomorrow', value: '2013-06-17', certainty: 'certain' },
    ]);
  });

  it('returns values in text order without overlaps', () => {
    for (const doc of Object.values(seeds)) {
      doc.values.forEach((v, i) => {
        expect(doc.doc.text.slice(v.span.start, v.span.end)).toBe(v.text);
        if (i > 0) expect(v.span.start).toBeGreaterThanOrEqual(doc.values[i - 1]!.span.end);
      });
    }
  });
});

describe('places in lists and parts', () => {
  const places = (text: string) => valuesOf(text).filter((v) => v.kind === 'place').map((v) => v.value);
  it('reads a list after a preposition of place as places when one of them is known', () => {
    expect(places('Flights were diverted to Nagpur, Indore and Bhopal.')).toEqual(['Nagpur', 'Indore', 'Bhopal']);
    // A list that is a clause's subject is people.
    expect(places('In Lyon, Dupuis and Marchand agreed.')).toEqual(['Lyon']);
  });
  it('reads a part of a known place, and a name after its abbreviation in brackets', () => {
    expect(places('The storm flooded low-lying areas of Chennai.')).toEqual(['Chennai']);
    expect(places('Trains between Howrah Terminus (HWH) and Bardhaman stopped.')).toEqual(['Howrah Terminus', 'Bardhaman']);
  });
  it('leaves languages and names describing a common noun alone', () => {
    expect(places('He spoke in Marathi to reporters.')).toEqual([]);
    expect(places('Trains on the Central and Harbour lines were halted.')).toEqual([]);
  });
});

describe('measures', () => {
  it('converts units of one dimension to one base, and keeps dimensions apart', () => {
    expect(measureOf(6, 'km')).toEqual({ dimension: 'length', base: 6000 });
    expect(sameMeasure(measureOf(640, 'meter')!, measureOf(2100, 'foot')!)).toBe(true);
    expect(sameMeasure(measureOf(6, 'kilometer')!, measureOf(8000, 'metre')!)).toBe(false);
    expect(sameDimension('tonne', 'kilogram')).toBe(true);
    expect(sameDimension('mile', 'acre')).toBe(false);
    expect(measureOf(12, 'worker')).toBeUndefined();
    // Power and data: "9,412 MW" is "9.4 gigawatts", "1,300 gigabytes" is "1.3 TB".
    expect(sameMeasure(measureOf(9412, 'mw')!, measureOf(9.4, 'gigawatt')!)).toBe(true);
    expect(sameMeasure(measureOf(1300, 'gigabyte')!, measureOf(1.3, 'tb')!)).toBe(true);
    expect(sameDimension('gigabyte', 'megawatt')).toBe(false);
  });
});

describe('time units and zones', () => {
  it('counts a unit word in seconds whether singular or plural, and nothing else', () => {
    expect(secondsPer('days')).toBe(86_400);
    expect(secondsPer('Centuries')).toBe(100 * secondsPer('year')!);
    expect(secondsPer('months')! * 12).toBe(secondsPer('year'));
    expect(secondsPer('hearings')).toBeUndefined();
  });

  it('reads a zoned clock time as minutes after midnight UTC, and nothing without a known zone', () => {
    expect(utcMinutes('21:01 PT')).toBe(29 * 60 + 1);
    expect(utcMinutes('00:01 ET')).toBe(5 * 60 + 1);
    expect(utcMinutes('12:00 GMT')).toBe(720);
    expect(utcMinutes('12:00 AST')).toBeUndefined();
    expect(utcMinutes('12:00')).toBeUndefined();
  });

  it('gives an unzoned clock time the zone of the one country the report is set in, when it keeps one all year', () => {
    const india = ofKind(valuesOf('The express derailed near Korai station in Odisha at 7.48 pm, officials said.'), 'time');
    expect(india.map((v) => [v.value, v.zone])).toEqual([['19:48', 'IST']]);
    expect(sameValue(india[0]!, { kind: 'time', span: { start: 0, end: 0 }, text: '14:18 GMT', value: '14:18 GMT' })).toBe(true);
    // Summer time, or no country at all: the time stays local.
    expect(ofKind(valuesOf('The train left Madrid at 7.48 pm.'), 'time').map((v) => v.zone)).toEqual([undefined]);
    expect(ofKind(valuesOf('The meeting began at 7.48 pm.'), 'time').map((v) => v.zone)).toEqual([undefined]);
  });

  it('gives the clocks of a dateline\'s country on the day of publication, and "local time" those of the story\'s country', () => {
    const release = (published: string) => ofKind(valuesOf('PRESS RELEASE\n\nBratislava, 12 March 2031\n\nThe vote on the motion was held at 11:47.\n', { published }), 'time');
    expect(release('2031-03-12T13:30:00+01:00').map((v) => v.zone)).toEqual(['UTC+01:00']);
    expect(release('2031-07-12T13:30:00+02:00').map((v) => v.zone)).toEqual(['UTC+02:00']);
    expect(utcMinutes('11:47 UTC+01:00')).toBe(10 * 60 + 47);
    const blog = 'The pilots walked out at 00:01. Several hundred rallied at noon local time outside the headquarters in Düsseldorf.\n';
    // Without a dateline an unmarked time may be the writer's clock; "local time" is the place's.
    expect(ofKind(valuesOf(blog, { published: '2030-03-07T14:20:00+00:00' }), 'time').map((v) => [v.value, v.zone])).toEqual([
      ['00:01', undefined],
      ['12:00', 'UTC+01:00'],
    ]);
    // A country whose zones differ that day (Spain and the Canaries) gives none.
    expect(ofKind(valuesOf('Madrid, 14 July 2031\n\nThe peak came at 17:40.\n', { published: '2031-07-14T19:00:00+02:00' }), 'time').map((v) => v.zone)).toEqual([undefined]);
  });
});

describe('results, formal documents and ships', () => {
  it('reads a race gap as a length of time, and a clock time still as a time', () => {
    const values = valuesOf('Brouwers lost 2:47 and reached the finish 2:47 behind the winner; Lemarchand is third at 1:23. The crash came at 2:47 a.m.\n');
    expect(ofKind(values, 'duration').map((v) => [v.text, v.value])).toEqual([['2:47', 167], ['2:47', 167], ['1:23', 83]]);
    expect(ofKind(values, 'time').map((v) => v.text)).toEqual(['2:47 a.m.']);
  });

  it('reads a results list\'s "+0:41" gap and a time written with prime marks', () => {
    const list = 'Stage 11 result:\n\n1. Baptiste Lemarchand (Solène–Atlantique) 4h 32\' 10"\n2. Oskar Lindqvist (Team Baltica) +0:41\n3. Tiago Nunes (Lusitânia Pro) +1:23\n';
    expect(ofKind(valuesOf(list), 'duration').map((v) => v.value)).toEqual([16330, 41, 83]);
  });

  it('counts nothing in a numbered paragraph\'s number or a provision\'s sub-paragraph', () => {
    const values = valuesOf('3.1 The DPC has imposed a fine under Article 58(2)(j) GDPR and Article 46(1) after complaints from 14 people.\n');
    expect(ofKind(values, 'number').map((v) => v.text)).toEqual(['14']);
  });

  it('places nothing where a ship is flagged or a firm registered, and a site a ship left', () => {
    const values = valuesOf('The Kestrel Bay, flagged in Singapore, left the Choctaw Point terminal at 12:58 a.m.\n');
    expect(ofKind(values, 'place').map((v) => v.value)).toEqual(['Choctaw Point terminal']);
  });
});

describe('shores', () => {
  it('reads a beach or a spit the tables lack as a place, and a name off a shore after a distance or a verb of the sea', () => {
    const values = valuesOf('The whales stranded at Kaiwhenua Beach near Farewell Spit on Tuesday. A plane spotted them about six kilometres off Pākawau. He kicked off Wednesday with a speech.\n');
    expect(ofKind(values, 'place').map((v) => v.value)).toEqual(['Kaiwhenua Beach', 'Farewell Spit', 'Pākawau']);
  });
});

describe('South Asian figures', () => {
  it('reads lakh grouping ("2,31,500", "Rs 1,00,000") as the whole figure', () => {
    const values = valuesOf('The camps shelter 2,31,500 people, the discharge at Kotri was 4,71,000 cusecs and Rs 1,00,000 was paid to each family.\n');
    expect(values.filter((v) => v.kind === 'number' || v.kind === 'money').map((v) => [v.text, v.value])).toEqual([
      ['2,31,500', 231500],
      ['4,71,000', 471000],
      ['Rs 1,00,000', 100000],
    ]);
  });
});

describe('rupees', () => {
  it('gives "Rs" the currency of the one country the report is set in, India\'s otherwise', () => {
    expect(valuesOf('In Dadu, Sindh, the chief minister announced Rs 15 billion for families in Karachi.\n').filter((v) => v.kind === 'money').map((v) => v.unit)).toEqual(['PKR']);
    expect(valuesOf('The state announced Rs 15 crore for families in Mumbai.\n').filter((v) => v.kind === 'money').map((v) => v.unit)).toEqual(['INR']);
  });
});

describe('recall notices', () => {
  it('counts nothing in a barcode or a best-before code, and dates no event with one', () => {
    const values = valuesOf('Kale Caesar Salad Kit, 310 g, UPC 0 62840 11021 4, best before 2031 MR 14 to 2031 MR 24, was recalled on March 7, 2031.\n');
    expect(values.filter((v) => v.kind !== 'place').map((v) => [v.kind, v.text])).toEqual([
      ['number', '310'],
      ['date', 'March 7, 2031'],
    ]);
  });

  it('reads every name of a longer list of places after a preposition', () => {
    const values = valuesOf('The salads were sold at stores in Manitoba, New Brunswick, Nova Scotia, Ontario and Quebec.\n');
    expect(ofKind(values, 'place').map((v) => v.value)).toEqual(['Manitoba', 'New Brunswick', 'Nova Scotia', 'Ontario', 'Quebec']);
  });
});

describe('languages', () => {
  it('places nothing in a language an answer was given in ("in Kiswahili")', () => {
    expect(ofKind(valuesOf('Wafula answered in Kiswahili at the Kitale hotel on Thursday.\n'), 'place').map((v) => v.value)).toEqual([]);
  });
});

describe('bushfire copy', () => {
  it('reads ranges as places, and counts nothing in an emergency number or a year cut short', () => {
    const values = valuesOf("The fire started in the Gerrang Ranges near Mellick on Monday. Call Triple Zero (000). Like the fires of '06 and '19, it spread fast, and 12 homes were lost.\n");
    expect(ofKind(values, 'place').map((v) => v.value)).toEqual(['the Gerrang Ranges', 'Mellick']);
    expect(ofKind(values, 'number').map((v) => v.text)).toEqual(['12']);
  });
});

describe('features, sites and companies', () => {
  it('reads a natural feature named with its kind wherever it stands, and a site named beside a describing word', () => {
    const values = valuesOf('The Menindee Lakes have dropped to 4 per cent. A fall of ground occurred at the Yilgarra Underground Mine, and nine workers were trapped at Yilgarra. The bunch came off the Aubrac plateau.\n');
    expect(ofKind(values, 'place').map((v) => v.value)).toEqual(['Menindee Lakes', 'the Yilgarra Underground Mine', 'Yilgarra', 'the Aubrac plateau']);
  });

  it('places people who are "in" a known place though a verb of saying follows, and no company that shares a village\'s name', () => {
    expect(ofKind(valuesOf('UNHCR staff in Aceh said 163 people came ashore.\n'), 'place').map((v) => v.value)).toEqual(['Aceh']);
    const text = 'Lumio Platforms Inc. was fined on Tuesday.\n\nIn New York, Lumio\'s Nasdaq-listed shares fell. Nobody at Lumio takes this lightly.\n';
    expect(ofKind(valuesOf(text), 'place').map((v) => v.value)).toEqual(['New York']);
  });

  it('counts picks, not seconds, in "two second-round picks"', () => {
    expect(ofKind(valuesOf('The Ironclads also get two second-round picks after an hour-long meeting.\n'), 'duration').map((v) => v.text)).toEqual(['hour-long']);
  });
});

describe('rates of measured things', () => {
  it('reads "850,000 metric tons of copper a year" as a rate and "from a year earlier" as no length, but keeps "lasted a year"', () => {
    const values = valuesOf('The refinery produces roughly 850,000 metric tons of copper a year. Revenue rose 12% from a year earlier. The strike lasted a year.\n');
    expect(ofKind(values, 'duration').map((v) => v.text)).toEqual(['a year']);
    expect(ofKind(values, 'duration')[0]!.span.start).toBeGreaterThan(100);
  });
});

describe('counts told by a copula', () => {
  it('counts the plural noun after "are" or "were" when a figure is the subject ("78 are children")', () => {
    const values = valuesOf('Of the survivors, 78 are children and 12 were women. Some 40 are expected to leave.\n');
    expect(ofKind(values, 'number').map((v) => [v.text, v.unit])).toEqual([
      ['78', 'child'],
      ['12', 'woman'],
      ['40', undefined],
    ]);
  });
});

describe('draft picks', () => {
  it('counts nothing in a pick named by its year ("its 2033, 2035 and 2037 first-round picks")', () => {
    const values = valuesOf('Columbus is sending its 2033, 2035 and 2037 first-round picks to Sacramento, along with two second-round picks.\n');
    expect(ofKind(values, 'number').map((v) => v.text)).toEqual(['two']);
  });

  it('reads a name the document places elsewhere ("in Hexby,") after "at" and "to" too, British rivers and lakes named kind first, and a town with its region after "from"', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Water poured over the barrier at Hexby on Tuesday. Crews drove to Hexby at dawn. Joan Pye, who lives on Mill Lane in Hexby, said it was quick.')).toEqual(['Hexby', 'Hexby', 'Mill Lane', 'Hexby']);
    expect(places('The barrier at Hexby held.')).toEqual([]);
    expect(places('The River Tarrow burst its banks near Lough Corran. River Island shares fell.')).toEqual(['River Tarrow', 'Lough Corran']);
    expect(places('Daniel Ward, 31, from Stockport, Greater Manchester, said he was lucky.')).toEqual(['Stockport']);
  });

  it('gives a weekday told beside a time converted to GMT the clock\'s zone ("(2300 GMT Sunday)", "21:47 UTC on Tuesday"), and a bare "$" the dollar of the one country a report is from', () => {
    const values = valuesOf('The call began at 10 a.m. AEDT (2300 GMT Sunday). The quake struck at 21:47 UTC on Tuesday. Perth-based Coralline said the $6.40 offer undervalued its mines in Western Australia; it is worth US$4.16.\n');
    expect(ofKind(values, 'date').map((v) => [v.text.replace(/\)$/, ''), v.zone])).toEqual([
      ['Sunday', 'GMT'],
      ['Tuesday', 'UTC'],
    ]);
    expect(ofKind(values, 'money').map((v) => [v.text, v.unit])).toEqual([
      ['$6.40', 'AUD'],
      ['US$4.16', 'USD'],
    ]);
  });

  it('reads inches and feet glued to a figure, a part of a unit of time as a length of time, and a bracketed bare "$" after another dollar as the US dollar', () => {
    const values = valuesOf('More than 90mm (3.5in) of rain fell and the river rose 15ft. The show was halted for three-quarters of an hour, then a quarter of an hour more. Perth-based Coralline, with mines in Western Australia, launched an A$8.6 billion ($5.6 billion) bid and paid $6.40 a share.\n');
    expect(ofKind(values, 'number').map((v) => [v.text, v.unit])).toEqual([
      ['90mm', 'millimetre'],
      ['3.5in', 'inch'],
      ['15ft', 'foot'],
    ]);
    expect(ofKind(values, 'duration').map((v) => [v.text, v.value])).toEqual([
      ['three-quarters of an hour', 2700],
      ['a quarter of an hour', 900],
    ]);
    expect(ofKind(values, 'money').map((v) => [v.text, v.unit])).toEqual([
      ['A$8.6 billion', 'AUD'],
      ['$5.6 billion', 'USD'],
      ['$6.40', 'AUD'],
    ]);
  });

  it('places a name the document places elsewhere after "to", and the second of "in X and Y", past a word in lower case', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('Water poured over the barrier at Low Hexby shortly after 7am. Families in Aldwick and Low Hexby have begun the clean-up. The bus to Aldwick was late.')).toEqual(['Low Hexby', 'Aldwick', 'Aldwick']);
  });

  it('reads a sum written as a compound before a noun of money ("a 150,000-pound ($190,000) hardship fund"), not a weight ("a 300-pound man")', () => {
    const values = valuesOf('It would set up a 150,000-pound ($190,000) hardship fund. A 2-million-euro grant was paid to a 300-pound man.\n');
    expect(ofKind(values, 'money').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['150,000-pound', 150000, 'GBP'],
      ['$190,000', 190000, 'USD'],
      ['2-million-euro', 2000000, 'EUR'],
    ]);
    expect(ofKind(values, 'number').map((v) => [v.text, v.unit])).toEqual([['300', 'pound']]);
  });

  it('reads a chamber\'s tally told by its outcome ("passed the bill 22-11", "It failed 14-19", "voting 98-59"), not a range of a count', () => {
    const values = valuesOf('The Senate passed the bill 22-11 at 6:09 a.m. Wednesday. The House followed, voting 98-59 to accept it. It failed 14-19 at about 2:30 a.m. Police said 10-15 people were hurt.\n');
    expect(ofKind(values, 'number').map((v) => v.value)).not.toContain('10-15');
    expect(ofKind(values, 'number').map((v) => v.value).slice(0, 3)).toEqual(['22-11', '98-59', '14-19']);
    // A motion named in several words, and a result told "as" a tally.
    const again = valuesOf('The Sabor passed a motion of no confidence 78-61, with five abstentions. The board had first shown the result as 78-62 with four abstentions.\n');
    expect(ofKind(again, 'number').map((v) => v.value)).toEqual(['78-61', 5, '78-62', 4]);
  });

  it('reads a known place as someone\'s surname only after a given name ("Euronext Amsterdam" is no person; "Claire Holloway" is)', () => {
    const places = (t: string) => ofKind(valuesOf(t), 'place').map((v) => v.value);
    expect(places('In a filing to Euronext Amsterdam on Wednesday, the company said more.\n\nSpeaking to reporters in Amsterdam on Wednesday, its chief said no.')).toEqual(['Amsterdam']);
    expect(places('Claire Holloway filed the report.\n\nThe police had confidence in Holloway.')).toEqual([]);
  });

  it('reads a forces-style time with a capital H ("0658H", "1800H") as a clock time', () => {
    const values = valuesOf('The vessel sent a distress call at 0658H and capsized at about 0710H. The next briefing is at 1800H. Take the 2H exit.\n');
    expect(ofKind(values, 'time').map((v) => [v.text, v.value])).toEqual([
      ['0658H', '06:58'],
      ['0710H', '07:10'],
      ['1800H', '18:00'],
    ]);
  });

  it('reads a lower-case "march" or "may" as a month only beside a day or a year ("the first march against the bill" is no 1 March)', () => {
    const dates = (t: string) => ofKind(valuesOf(t, { published: '2031-03-24T11:00:00Z' }), 'date').map((v) => [v.text, v.value]);
    expect(dates('It was the second protest since the first march against the bill on Feb. 27.\n')).toEqual([['Feb. 27', '2031-02-27']]);
    expect(dates('Students met on 3 march to plan it.\n')).toEqual([['3 march', '2031-03-03']]);
  });

  it('dates a weekday\'s possessive whose clause goes on in the past to the day before publication ("Thursday\'s march drew 8,000", told on a Monday)', () => {
    const dates = (t: string) => ofKind(valuesOf(t, { published: '2031-03-24T11:00:00Z' }), 'date').map((v) => v.value);
    expect(dates("Thursday's protest was the second against the bill. Thursday's march drew 8,000 people.\n")).toEqual(['2031-03-20', '2031-03-20']);
    expect(dates("Thursday's vote will decide it.\n")).toEqual(['2031-03-27']);
  });

  it('reads a capitalised preposition joined by a hyphen to a name as part of the name ("freed in In-Akar")', () => {
    const places = ofKind(valuesOf('They were freed on Sunday in In-Akar, a town near the border, and taken to In Salah.\n'), 'place').map((v) => v.value);
    expect(places).toContain('In-Akar');
  });

  it('reads an air base as a place ("landed at Villacoublay air base", "at Ramstein Air Base")', () => {
    const places = ofKind(valuesOf('The plane landed at Villacoublay air base at 6:40 pm. Another touched down at Ramstein Air Base.\n'), 'place').map((v) => v.value);
    expect(places).toEqual(['Villacoublay air base', 'Ramstein Air Base']);
  });

  it('reads a bowler\'s figures and a lead taken as tallies ("took 5-37", "figures of 5-37", "went 1-0 up"), not a range of weeks', () => {
    const values = valuesOf('Kesavan took 5-37 as India went 1-0 up. He finished with figures of 6-40. The repairs took 3-4 weeks.\n');
    expect(ofKind(values, 'number').map((v) => v.value)).toEqual(['5-37', '1-0', '6-40']);
  });

  it('counts the noun a number word is joined to by a hyphen, after "the" too ("the five-match series", "a three-member panel"), but not "zero-tolerance"', () => {
    const values = valuesOf('India lead the five-match series. A three-member panel heard it under the zero-tolerance rule.\n');
    expect(ofKind(values, 'number').map((v) => [v.value, v.unit])).toEqual([
      [5, 'match'],
      [3, 'member'],
    ]);
  });

  it('dates a weekday in a clause that looks ahead to the one to come, though chrono finds the last one nearer ("The third Test starts on Friday", told on a Monday)', () => {
    const dates = (t: string) => ofKind(valuesOf(t, { published: '2031-12-15T07:45:00Z' }), 'date').map((v) => v.value);
    expect(dates('The third Test, a day-night match at Adelaide Oval, starts on Friday.\n')).toEqual(['2031-12-19']);
    expect(dates('Talks will resume on Friday.\n')).toEqual(['2031-12-19']);
    expect(dates('The ship sank on Friday.\n')).toEqual(['2031-12-12']);
  });

  it('reads "A Feb. 27 march" as 27 February, not 27 March', () => {
    const dates = ofKind(valuesOf('A Feb. 27 march drew about 8,000 people, according to police.\n', { published: '2031-03-20T12:00:00Z' }), 'date');
    expect(dates.map((v) => [v.text, v.value])).toEqual([['Feb. 27', '2031-02-27']]);
  });

  it('gives a time told in a country\'s or a city\'s clocks that zone on the day of publication ("10.59pm UK time", "18:40 Paris time", "5.40pm Nigerian time"), and North America\'s zones their summer offset ("8:00 a.m. ET" in September)', () => {
    const zones = (t: string, published: string) => ofKind(valuesOf(t, { published }), 'time').map((v) => [v.text, v.zone]);
    expect(zones('They walked out until 11.59pm German time (10.59pm UK time). The plane landed at 18:40 Paris time, or 5.40pm Nigerian time.\n', '2032-03-15T20:45:00Z')).toEqual([
      ['11.59pm', 'UTC+01:00'],
      ['10.59pm', 'UTC+00:00'],
      ['18:40', 'UTC+01:00'],
      ['5.40pm', 'WAT'],
    ]);
    expect(zones('The call is at 8:00 a.m. ET.\n', '2028-09-11T12:00:00Z')).toEqual([['8:00 a.m. ET', 'UTC-04:00']]);
    expect(zones('The call is at 8:00 a.m. ET.\n', '2028-01-11T12:00:00Z')).toEqual([['8:00 a.m. ET', 'UTC-05:00']]);
  });

  it('reads a substation and a district named with a bearing and two words as places ("at the Dos Rios substation", "in South Palo Seco")', () => {
    const places = ofKind(valuesOf('A transformer caught fire at its Saguaro Bend substation. The plant is in South Palo Seco.\n'), 'place').map((v) => v.value);
    expect(places).toEqual(['Saguaro Bend substation', 'South Palo Seco']);
  });

  it('reads "180m" as metres where a foot conversion or a word of height follows ("rolled some 180m (590ft) down", "a wall 12m high"), and as millions elsewhere ("£5m", "180m viewers")', () => {
    const values = valuesOf('The coach rolled some 180m (590ft) down a steep slope. A wall 12m high fell. He paid £5m up front. Viewers numbered 180m.\n');
    expect(values.filter((v) => v.kind === 'number' || v.kind === 'money').map((v) => [v.text, v.value, v.unit])).toEqual([
      ['180m', 180, 'metre'],
      ['590ft', 590, 'foot'],
      ['12m', 12, 'metre'],
      ['£5m', 5000000, 'GBP'],
      ['180m', 180000000, undefined],
    ]);
  });

  it('reads no range of days from a label\'s number ("stayed above Alarm Level 3 through 15 October" is 15 October)', () => {
    const dates = ofKind(valuesOf('The river stayed above Alarm Level 3 through 15 October.\n', { published: '2031-10-16T08:00:00Z' }), 'date');
    expect(dates.map((v) => [v.text, v.value])).toEqual([['15 October', '2031-10-15']]);
  });
});
