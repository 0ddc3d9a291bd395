#!/usr/bin/env node
// Deterministic synthetic news corpus for `pnpm bench`.
//
// Articles are wire-style English reports of invented events, grouped into story
// clusters of 3–5 outlets covering the same event. Within a cluster the outlets
// share the speakers, the canonical quotes and the numbers, but each one words
// them its own way: synonyms swapped and words dropped inside quotes, partial
// quotes, different attribution ("he said", "said X", "X said: …"), an updated
// death toll here, a rounded figure there, "on Sunday" against "yesterday".
// That gives cross-document alignment real work to do.
//
// Everything comes from a seeded PRNG: the same seed gives byte-identical text,
// and cluster k does not depend on how many clusters are generated after it.
//
//   node scripts/bench-corpus.mjs [--articles N] [--seed S] [--out DIR]
//
// writes one directory per cluster (the texts plus a factlint.config.json with
// the outlets and publication dates), so a cluster can be linted with the CLI.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 20130616;
export const MIN_WORDS = 300;
export const MAX_WORDS = 700;

// ---------------------------------------------------------------------------
// PRNG

/** xmur3 string hash → 32-bit seed. */
function hashString(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** A small seeded PRNG (mulberry32) with the helpers the templates need. */
export function createRng(seed) {
  let a = (typeof seed === 'number' ? seed : hashString(String(seed))) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [lo, hi], inclusive. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** Picks from [[weight, value], …]. */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [w]) => s + w, 0);
      let x = next() * total;
      for (const [w, v] of pairs) {
        if ((x -= w) < 0) return v;
      }
      return pairs[pairs.length - 1][1];
    },
    shuffle: (arr) => {
      const out = [...arr];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample: (arr, k) => rng.shuffle(arr).slice(0, k),
  };
  return rng;
}

/** Words as the benchmark counts them: whitespace-separated runs. */
export function wordCount(text) {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Vocabularies

const MALE = ['James', 'Daniel', 'Marek', 'Tomas', 'Andrei', 'Luis', 'Peter', 'Mikael', 'Stefan', 'Carlos', 'Ivan', 'Jonas', 'Paulo', 'Samuel', 'David', 'Viktor', 'Henrik', 'Rafael', 'Adrian', 'Nikos', 'Omar', 'Felipe', 'George', 'Martin', 'Pavel', 'Lukas', 'Anton', 'Simon', 'Emil', 'Joseph', 'Kwame', 'Hugo', 'Matteo', 'Oscar', 'Bruno'];
const FEMALE = ['Anna', 'Maria', 'Elena', 'Sofia', 'Katarina', 'Laura', 'Ines', 'Helena', 'Marta', 'Julia', 'Claire', 'Ruth', 'Ingrid', 'Lucia', 'Nadia', 'Sarah', 'Eva', 'Teresa', 'Alina', 'Grace', 'Irina', 'Paula', 'Monika', 'Rosa', 'Hanna', 'Leila', 'Agnes', 'Camila', 'Diana', 'Olga', 'Amara', 'Beatriz', 'Freya', 'Chiara', 'Zofia'];
const SURNAMES = ['Nowak', 'Berg', 'Lindqvist', 'Moreau', 'Costa', 'Petrov', 'Halloran', 'Brennan', 'Vasquez', 'Okafor', 'Mensah', 'Ferreira', 'Horvath', 'Kowalski', 'Dimitrov', 'Larsen', 'Reyes', 'Santos', 'Keller', 'Marsh', 'Whitfield', 'Abbott', 'Popescu', 'Silva', 'Jansen', 'Andersen', 'Moretti', 'Russo', 'Fischer', 'Hartmann', 'Molnar', 'Kaplan', 'Demir', 'Haddad', 'Nasser', 'Osei', 'Kamau', 'Mwangi', 'Ortega', 'Navarro', 'Castillo', 'Duarte', 'Quinn', 'Doyle', 'Gallagher', 'Fletcher', 'Harding', 'Pryce', 'Sandoval', 'Varga', 'Szabo', 'Petersen', 'Lund', 'Holm', 'Strand', 'Conti', 'Bianchi', 'Marino', 'Albescu', 'Toivonen', 'Dragan', 'Kerrigan', 'Ashworth', 'Lowell', 'Carvalho', 'Rinaldi', 'Vogel', 'Brandt', 'Sorensen', 'Achebe'];

const COUNTRIES = [
  ['Poland', 'Polish', 'Warsaw'], ['Romania', 'Romanian', 'Bucharest'], ['Portugal', 'Portuguese', 'Lisbon'],
  ['Greece', 'Greek', 'Athens'], ['Chile', 'Chilean', 'Santiago'], ['Kenya', 'Kenyan', 'Nairobi'],
  ['Indonesia', 'Indonesian', 'Jakarta'], ['the Philippines', 'Filipino', 'Manila'], ['Canada', 'Canadian', 'Ottawa'],
  ['Australia', 'Australian', 'Canberra'], ['Turkey', 'Turkish', 'Ankara'], ['Hungary', 'Hungarian', 'Budapest'],
  ['Norway', 'Norwegian', 'Oslo'], ['Sweden', 'Swedish', 'Stockholm'], ['Spain', 'Spanish', 'Madrid'],
  ['Italy', 'Italian', 'Rome'], ['Colombia', 'Colombian', 'Bogota'], ['Nigeria', 'Nigerian', 'Abuja'],
  ['Ireland', 'Irish', 'Dublin'], ['Bulgaria', 'Bulgarian', 'Sofia'], ['Serbia', 'Serbian', 'Belgrade'],
  ['Croatia', 'Croatian', 'Zagreb'], ['Georgia', 'Georgian', 'Tbilisi'], ['New Zealand', 'New Zealand', 'Wellington'],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur'], ['Thailand', 'Thai', 'Bangkok'], ['Brazil', 'Brazilian', 'Brasilia'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Denmark', 'Danish', 'Copenhagen'], ['Austria', 'Austrian', 'Vienna'],
];

const TOWN_HEADS = ['Bel', 'Kar', 'Mor', 'Val', 'Ost', 'Dun', 'Sel', 'Tor', 'Ard', 'Lin', 'Bran', 'Hal', 'Cor', 'Mar', 'Ven', 'Ros', 'Ash', 'Kel', 'Nor', 'Fal', 'Gar', 'Pel', 'Tren', 'Vel', 'Sol', 'Brest', 'Lom', 'Cas', 'Mir', 'Dal'];
const TOWN_TAILS = ['ova', 'ford', 'ton', 'mere', 'heim', 'vik', 'grad', 'stad', 'wick', 'ina', 'esti', 'ado', 'burg', 'port', 'ley', 'oria', 'ica', 'ens', 'dale', 'avo', 'anje', 'ossa', 'by', 'ham', 'ara'];
const REGION_TAILS = ['ia', 'ovia', 'land', 'mark', 'ena', 'esia', 'avia', 'ora'];
const DIRECTIONS = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'];
const ADJ_DIR = { north: 'northern', south: 'southern', east: 'eastern', west: 'western', northeast: 'northeastern', northwest: 'northwestern', southeast: 'southeastern', southwest: 'southwestern' };
const RIVERS = ['Vela', 'Oster', 'Maren', 'Dravna', 'Sulo', 'Kessa', 'Arden', 'Tamsa', 'Liri', 'Brova'];
const COMPANY_A = ['Norvale', 'Castell', 'Brightwater', 'Ostmark', 'Halden', 'Veritas', 'Sentria', 'Meridian', 'Arcadia', 'Pellham', 'Granite', 'Solberg', 'Tavera', 'Kestrel'];
const COMPANY_B = ['Logistics', 'Textiles', 'Chemicals', 'Foods', 'Motors', 'Steel', 'Plastics', 'Paper', 'Packaging', 'Electronics', 'Glassworks', 'Pharmaceuticals'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * Outlets and their house styles. `kind` decides the furniture; `british` the
 * honorifics and date order; `curly` the quote marks; `lines` one paragraph per line.
 */
const OUTLETS = [
  { name: 'Continental Press Agency', tag: 'CPA', kind: 'wire', curly: false, british: false },
  { name: 'Global Wire Service', tag: 'GWS', kind: 'wire', curly: true, british: true },
  { name: 'The Morning Ledger', tag: 'the Ledger', kind: 'paper', curly: true, british: true },
  { name: 'Northfield Herald', tag: 'the Herald', kind: 'paper', curly: true, british: false },
  { name: 'Daily Courier', tag: 'the Courier', kind: 'paper', curly: false, british: true },
  { name: 'Channel 8 News', tag: 'Channel 8', kind: 'broadcast', curly: true, british: true },
  { name: 'Radio Meridian', tag: 'Radio Meridian', kind: 'broadcast', curly: false, british: false },
  { name: 'Eastern Times', tag: 'the Eastern Times', kind: 'paper', curly: true, british: false },
  { name: 'The Harbour Post', tag: 'the Post', kind: 'paper', curly: true, british: true },
  { name: 'World Desk (blog reprint)', tag: 'World Desk', kind: 'blog', curly: false, british: false, lines: true },
  { name: 'Atlas News Network', tag: 'ANN', kind: 'broadcast', curly: true, british: false },
  { name: 'Baltic & Balkan Wire', tag: 'BBW', kind: 'wire', curly: true, british: true },
];

// ---------------------------------------------------------------------------
// Small text helpers

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const DAY_MS = 86400000;
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (d, n) => new Date(d.getTime() + n * DAY_MS);

function spell(n) {
  if (n <= 20) return SMALL[n];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  if (n < 100) return tens[Math.floor(n / 10)] + (n % 10 ? `-${SMALL[n % 10]}` : '');
  return String(n);
}

/** 1234567 → "1,234,567". */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Wire style: words for one to nine, digits above. */
const count = (n) => (n < 10 ? spell(n) : grouped(n));

function money(amount, currency) {
  // amount in millions
  const sym = { USD: '$', EUR: '€', GBP: '£' }[currency];
  if (amount >= 1000) return `${sym}${(amount / 1000).toFixed(amount % 1000 === 0 ? 0 : 1)} billion`;
  return `${sym}${amount % 1 === 0 ? amount : amount.toFixed(1)} million`;
}

/**
 * Renders a quote template. `{a|b}` are wordings (a is what the speaker said),
 * `(word)` is a word outlets may drop, `[[phrase]]` marks a noun phrase that
 * makes a partial quote. `mode` is 'verbatim' or 'reworded'.
 */
function renderQuote(template, mode, rng) {
  let changed = false;
  let text = template
    .replace(/\{([^{}]+)\}/g, (_, alts) => {
      const options = alts.split('|');
      if (mode === 'reworded' && rng.chance(0.55)) {
        changed = true;
        return rng.pick(options.slice(1));
      }
      return options[0];
    })
    .replace(/\(([^()]+)\) /g, (_, word) => {
      if (mode === 'reworded' && rng.chance(0.5)) {
        changed = true;
        return '';
      }
      return `${word} `;
    });
  if (mode === 'reworded' && !changed) {
    // Force one change so a reworded quote is really reworded.
    const m = /\{([^{}]+)\}/.exec(template);
    if (m) text = renderQuote(template.replace(m[0], m[1].split('|')[1]), 'verbatim', rng);
  }
  return text.replace(/\[\[|\]\]/g, '').replace(/\s{2,}/g, ' ');
}

function partialPhrase(template) {
  const m = /\[\[([^\]]+)\]\]/.exec(template);
  return m ? renderQuote(m[1], 'verbatim', null) : null;
}

/** Splits a rendered quote into sentences (the pieces a middle cue can go between). */
function quoteSentences(text) {
  return text.match(/[^.!?]+[.!?]+(?:\s+|$)/g)?.map((s) => s.trim()) ?? [text];
}

// ---------------------------------------------------------------------------
// People

function makePerson(rng, used, spec) {
  const female = spec.gender ? spec.gender === 'f' : rng.chance(0.5);
  let first;
  let last;
  do {
    first = rng.pick(female ? FEMALE : MALE);
    last = rng.pick(SURNAMES);
  } while (used.has(last));
  used.add(last);
  const title = typeof spec.title === 'function' ? spec.title(female) : spec.title;
  const desc = typeof spec.desc === 'function' ? spec.desc(female) : spec.desc;
  return {
    first,
    last,
    full: `${first} ${last}`,
    female,
    title: title ?? null,
    desc: desc ?? null,
    roleNoun: spec.roleNoun ?? null,
    age: spec.age ? rng.int(spec.age[0], spec.age[1]) : null,
  };
}

// ---------------------------------------------------------------------------
// Event kinds. Each sets up the event's numbers and people, and supplies
// templates. Templates are functions of (c, v): c is the event, v the article's
// view of it (its numbers, its date words, its way of naming people).

const KINDS = {
  flood: {
    setup(r, c, used) {
      c.river = `${r.pick(RIVERS)} River`;
      c.n = { killed: r.int(4, 38), missing: r.int(2, 20), evacuated: r.int(8, 60) * 100, homes: r.int(3, 40) * 50, rain: r.int(90, 260) };
      c.money = { amount: r.int(12, 240), currency: r.pick(['USD', 'EUR']) };
      c.people = {
        lead: makePerson(r, used, { title: r.pick(['Interior Minister', 'Prime Minister', 'Governor']), roleNoun: 'the minister' }),
        spokes: makePerson(r, used, { desc: (f) => `a ${f ? 'spokeswoman' : 'spokesman'} for the national civil protection agency` }),
        witness: makePerson(r, used, { desc: `who runs a bakery near the river`, age: [34, 71] }),
        expert: makePerson(r, used, { title: 'Professor', desc: `a hydrologist at the University of ${c.capital}` }),
        other: makePerson(r, used, { title: 'Mayor', roleNoun: 'the mayor' }),
      };
      c.people.lead.roleNoun = c.people.lead.title === 'Governor' ? 'the governor' : c.people.lead.title === 'Prime Minister' ? 'the prime minister' : 'the minister';
      c.future = r.pick(['a national day of mourning', 'an emergency cabinet meeting', 'a visit to the worst-hit villages']);
      c.noun = 'the floods';
    },
    headline: [
      (c, v) => `${v.killedLead()} dead as floods sweep ${c.regionAdj} ${c.country}`,
      (c, v) => `Floods kill ${v.num('killed')} in ${c.country}, thousands flee homes`,
      (c) => `${c.river} bursts its banks, swamping ${c.town}`,
    ],
    lead: [
      (c, v) => `${v.killedLead()} people were killed and ${v.num('missing')} were missing ${v.when()} after the ${c.river} burst its banks and flooded ${c.town} and surrounding villages in ${c.regionPhrase}, officials said.`,
      (c, v) => `Flash floods tore through ${c.town} ${v.when()}, killing ${v.killedPhrase()} people and forcing about ${v.num('evacuated')} residents from their homes, according to emergency services.`,
      (c, v) => `Rescue teams in ${c.regionPhrase} were searching for ${v.num('missing')} people ${v.when()} after torrential rain sent the ${c.river} over its banks, leaving ${v.killedPhrase()} dead in and around ${c.town}.`,
    ],
    details: [
      (c, v) => `More than ${c.n.rain} millimetres of rain fell in 24 hours, the national weather service said, nearly three times the usual total for the whole month.`,
      (c, v) => `About ${v.num('homes')} homes were damaged or destroyed, and the regional authorities put the cost of the damage at ${v.money()} in a first estimate.`,
      (c, v) => `Television footage showed cars carried along flooded streets and residents being lifted from rooftops by army helicopters ${v.when()}. The water in the town centre reached more than two metres at its peak.`,
      (c, v) => `${c.town}, which lies about ${c.distance} km ${c.direction} of ${c.capital}, was cut off by road for much of the day, and power was down in large parts of the district.`,
      (c, v) => `Soldiers and volunteers filled sandbags through the night to protect the hospital and the main water treatment plant, and ${v.num('evacuated')} people spent the night in schools and sports halls.`,
    ],
    background: [
      (c, v) => `The ${c.river} last flooded ${v.pastWhen()}, when water reached the edge of the town centre but caused no deaths. Residents said this time the river rose far faster.`,
      (c, v) => `Environmental groups have long warned that building on the flood plain around ${c.town} has made the area more vulnerable, and that wetlands upstream that once absorbed heavy rain have been drained for farming.`,
      (c, v) => `Forecasters said more rain was expected ${v.futureWhen()}, though not as heavy, and warned that rivers further downstream would peak over the next two days.`,
    ],
    captions: [(c, v) => `Residents wade through a flooded street in ${c.town} ${v.when()}.`, (c) => `An army helicopter lifts a family from a rooftop near the ${c.river}.`],
    quotes: {
      lead: [
        { gist: 'every available resource had been sent to the region', text: `We have sent every available {resource|helicopter} to the region and we will not stop (the search) until every missing person is found. This is [[a national tragedy]] and the whole country stands with the people of ${'$TOWN'}.` },
        { gist: 'the government would pay to rebuild damaged homes', text: `The state will {pay for|cover the cost of} rebuilding every home that has been destroyed. Nobody will be left (alone) to deal with this.` },
      ],
      spokes: [
        { gist: 'the water was still rising in some areas', text: `The water is still rising in {some|several} villages downstream and we are asking people to (please) stay away from the riverbanks. Our teams have rescued more than ${'$HALF_EVAC'} people {so far|since the morning}.` },
        { gist: 'the death toll could rise', text: `We {fear|expect} the number of victims will rise (further) as the water goes down and we can reach the houses that are still cut off.` },
      ],
      witness: [
        { gist: 'the water had come up within minutes', text: `The water came up in {ten|a few} minutes. I (just) had time to grab my children and run upstairs. Everything downstairs is gone, [[everything we worked for]].` },
      ],
      expert: [
        { gist: 'flood defences on the river had not been upgraded for decades', text: `The defences along the river were built for a {different|much drier} climate. We have warned for years that they would not hold in a storm like this one.` },
      ],
      other: [
        { gist: 'the town had been abandoned by the central government for too long', text: `This town has been {asking|begging} for new flood walls for ten years. People are angry, and they have every right to be (angry).` },
      ],
    },
  },

  fire: {
    setup(r, c, used) {
      c.site = r.pick(['warehouse', 'factory', 'chemical plant', 'textile mill', 'packaging plant']);
      c.company = `${r.pick(COMPANY_A)} ${{ warehouse: 'Logistics', factory: r.pick(['Motors', 'Electronics', 'Plastics']), 'chemical plant': 'Chemicals', 'textile mill': 'Textiles', 'packaging plant': 'Packaging' }[c.site]}`;
      c.n = { killed: r.int(2, 24), injured: r.int(6, 70), firefighters: r.int(6, 30) * 5, hours: r.int(3, 14), workers: r.int(8, 40) * 10 };
      c.money = { amount: r.int(5, 90), currency: r.pick(['USD', 'EUR', 'GBP']) };
      c.people = {
        lead: makePerson(r, used, { title: 'Fire Chief', roleNoun: 'the fire chief' }),
        spokes: makePerson(r, used, { desc: (f) => `a ${f ? 'spokeswoman' : 'spokesman'} for ${c.company}` }),
        witness: makePerson(r, used, { desc: `who lives across the street`, age: [22, 68] }),
        expert: makePerson(r, used, { title: 'Detective Inspector', roleNoun: 'the inspector' }),
        other: makePerson(r, used, { title: 'Mayor', roleNoun: 'the mayor' }),
      };
      c.future = r.pick(['a vigil outside the site', 'a meeting with the victims\' families', 'a full safety inspection of similar buildings']);
      c.noun = 'the fire';
    },
    headline: [
      (c, v) => `${v.killedLead()} killed in ${c.site} fire in ${c.town}`,
      (c) => `Blaze at ${c.company} ${c.site} leaves dead and injured`,
      (c) => `Firefighters battle huge blaze in ${c.regionAdj} ${c.country}`,
    ],
    lead: [
      (c, v) => `A fire swept through a ${c.site} in the ${c.regionAdj} town of ${c.town} ${v.when()}, killing ${v.killedPhrase()} people and injuring ${v.num('injured')}, the local fire service said.`,
      (c, v) => `${v.killedLead()} people died and dozens were hurt when a blaze broke out at a ${c.site} owned by ${c.company} in ${c.town} ${v.when()}, officials said.`,
    ],
    details: [
      (c, v) => `The fire broke out ${v.time()} and took ${v.num('firefighters')} firefighters about ${spell(c.n.hours)} hours to bring under control. Thick black smoke could be seen from ${c.distance} km away.`,
      (c, v) => `Of the ${v.num('injured')} people taken to hospital, several were in a serious condition with burns and smoke inhalation, the regional health authority said.`,
      (c, v) => `${c.company} employs about ${grouped(c.n.workers)} people at the site. The company said it was cooperating fully with investigators and estimated the damage at ${v.money()}.`,
      (c, v) => `Police cordoned off the surrounding streets and residents of nearby buildings were told to keep their windows closed because of the smoke.`,
    ],
    background: [
      (c, v) => `It is the second serious fire at an industrial site in ${c.country} this year. ${cap(v.pastWhen().replace(/^in /, 'In '))}, a blaze at a warehouse near ${c.capital} killed three workers.`,
      (c, v) => `Unions have complained for years that safety inspections at factories and warehouses are too rare, and that fines for breaking the rules are too low to make a difference.`,
      (c, v) => `Local residents said fire exits at the ${c.site} had been locked in the past, a claim the company denied. Investigators said they would examine the building's fire doors and alarms.`,
    ],
    captions: [(c, v) => `Smoke rises from the ${c.site} in ${c.town} ${v.when()}.`, (c) => `Firefighters at the scene of the blaze on the edge of ${c.town}.`],
    quotes: {
      lead: [
        { gist: 'crews had faced extreme heat inside the building', text: `My crews went into that building {again and again|time after time} in extreme heat. Without them the {toll|number of dead} would have been (much) higher. It was [[the most difficult fire of my career]].` },
        { gist: 'the cause of the fire was not yet known', text: `It is too early to say what caused the fire, and I would ask people {not to speculate|to avoid speculation} until the investigation is complete.` },
      ],
      spokes: [
        { gist: 'the company was devastated', text: `We are {devastated|heartbroken} by what has happened and our thoughts are with the families of those who died. We will (fully) cooperate with the authorities.` },
      ],
      witness: [
        { gist: 'people had been screaming at the windows', text: `I heard the {explosion|bang} and then I saw people at the windows screaming for help. The smoke was so thick you could not see (anything) across the road.` },
      ],
      expert: [
        { gist: 'a criminal investigation had been opened', text: `We have opened a criminal {investigation|inquiry} and we are looking at whether safety rules were broken. We will go where the evidence takes us.` },
      ],
      other: [
        { gist: 'the town was in shock', text: `The whole town is in shock. Everybody here knows someone who works at that {site|place}, and tonight there are [[a lot of families waiting for news]].` },
      ],
    },
  },

  derailment: {
    setup(r, c, used) {
      c.n = { killed: r.int(3, 31), injured: r.int(20, 140), passengers: r.int(18, 60) * 10, speed: r.int(9, 19) * 10, limit: r.int(5, 8) * 10, cars: r.int(4, 9) };
      c.money = { amount: r.int(8, 60), currency: r.pick(['USD', 'EUR']) };
      c.operator = `${c.countryName.replace(/^the /, '')} Rail`;
      c.people = {
        lead: makePerson(r, used, { title: 'Transport Minister', roleNoun: 'the minister' }),
        spokes: makePerson(r, used, { desc: (f) => `a ${f ? 'spokeswoman' : 'spokesman'} for ${c.operator}` }),
        witness: makePerson(r, used, { desc: 'a passenger in the third carriage', age: [19, 66] }),
        expert: makePerson(r, used, { desc: 'a former rail safety inspector', title: null }),
        other: makePerson(r, used, { title: 'Governor', roleNoun: 'the governor' }),
      };
      c.future = r.pick(['a hearing before the parliamentary transport committee', 'the release of the first findings from the train\'s data recorder']);
      c.noun = 'the crash';
    },
    headline: [
      (c, v) => `Train derails near ${c.town}, ${v.killedPhrase()} dead`,
      (c, v) => `${c.country} rail crash kills ${v.num('killed')}, injures dozens`,
      (c) => `Investigators look at speed after ${c.town} derailment`,
    ],
    lead: [
      (c, v) => `A passenger train carrying about ${v.num('passengers')} people derailed near ${c.town} ${v.when()}, killing ${v.killedPhrase()} and injuring ${v.num('injured')}, officials said.`,
      (c, v) => `${v.killedLead()} people were killed ${v.when()} when ${c.n.cars} carriages of a ${c.operator} train left the tracks on a bend outside ${c.town}, about ${c.distance} km ${c.direction} of ${c.capital}.`,
    ],
    details: [
      (c, v) => `The train was travelling at about ${v.speed()} km/h on a stretch where the limit is ${c.n.limit} km/h, according to a preliminary report seen by local media.`,
      (c, v) => `The derailment happened ${v.time()}, and rescuers worked through the night to free passengers trapped in the overturned carriages.`,
      (c, v) => `Of the ${v.num('injured')} injured, about ${Math.max(3, Math.round(c.n.injured / 5))} were in a critical condition, the health ministry said. Hospitals in ${c.capital} sent extra surgeons to the area.`,
      (c, v) => `The line, one of the busiest in the country, will stay closed for at least a week. ${c.operator} said repairs would cost about ${v.money()}.`,
    ],
    background: [
      (c, v) => `It is the deadliest rail accident in ${c.country} in more than a decade. The government announced a programme to modernise the network ${v.pastWhen()}, but much of the work has been delayed.`,
      (c, v) => `Rail unions have warned repeatedly about staff shortages and long shifts for drivers, and said they would ask for an urgent meeting with the transport ministry.`,
      (c, v) => `The line links ${c.capital} with the ${c.regionAdj} provinces and carries about ${grouped(c.n.passengers * 40)} passengers a day, many of them commuters and students.`,
    ],
    captions: [(c) => `Overturned carriages lie beside the track near ${c.town}.`, (c, v) => `Rescuers search the wreckage of the train ${v.when()}.`],
    quotes: {
      lead: [
        { gist: 'the government wanted answers quickly', text: `The families {deserve|are owed} answers and they will get them. If anyone is found to be responsible, they will be held to account, [[whoever they are]].` },
        { gist: 'the line had been inspected recently', text: `The track on this line was inspected (only) last month and {no faults|no problems} were found. We will look at everything: the train, the track and the signals.` },
      ],
      spokes: [
        { gist: 'the driver was helping investigators', text: `The driver survived and is {helping|assisting} investigators. It would be wrong to blame anyone before we know the facts.` },
      ],
      witness: [
        { gist: 'the carriage had tipped over suddenly', text: `We were going {very|really} fast into the bend and then the carriage just tipped over. People were thrown everywhere. It was [[a complete nightmare]].` },
      ],
      expert: [
        { gist: 'speed on bends was a known risk', text: `Speed on bends like this one is a known {risk|danger}. The technology to slow trains down automatically exists, and it (simply) has not been installed on this line.` },
      ],
      other: [
        { gist: 'the region had long asked for investment in the railway', text: `For years we have {asked|pleaded} for money to modernise this line. Today we are counting the dead.` },
      ],
    },
  },

  strike: {
    setup(r, c, used) {
      c.sector = r.pick(['port', 'rail', 'hospital', 'airport']);
      c.union = `${r.pick(['National', 'United', 'General'])} ${r.pick({ port: ['Dockers', 'Port Workers'], rail: ['Rail Workers', 'Transport Workers'], hospital: ['Health Workers', 'Nurses'], airport: ['Aviation Workers', 'Airport Staff'] }[c.sector])} Union`;
      c.n = { workers: r.int(6, 90) * 1000, demand: r.int(8, 15), offer: r.int(2, 6), days: r.int(2, 5), killed: 0 };
      c.money = { amount: r.int(20, 400), currency: r.pick(['USD', 'EUR']) };
      c.people = {
        lead: makePerson(r, used, { title: 'Labour Minister', roleNoun: 'the minister' }),
        spokes: makePerson(r, used, { desc: `general secretary of the ${c.union}`, roleNoun: 'the union leader' }),
        witness: makePerson(r, used, { desc: r.pick(['a commuter waiting at the main station', 'a nurse on the picket line', 'a lorry driver stuck at the port gates']), age: [24, 60] }),
        expert: makePerson(r, used, { desc: `an economist at the ${c.capital} Institute of Economic Research` }),
        other: makePerson(r, used, { title: 'Opposition Leader', roleNoun: 'the opposition leader' }),
      };
      c.future = r.pick(['a new round of talks between the union and employers', 'a vote by union members on whether to extend the strike']);
      c.noun = 'the strike';
    },
    headline: [
      (c, v) => `${v.num('workers')} ${c.sector} workers walk out in pay dispute`,
      (c) => `${c.country} hit by ${c.sector} strike as talks collapse`,
      (c) => `Union rejects offer, ${c.sector} strike goes ahead`,
    ],
    lead: [
      (c, v) => `Tens of thousands of ${c.sector} workers across ${c.country} went on strike ${v.when()} after talks on pay broke down, with the ${c.union} demanding a rise of ${v.pct('demand')} against the employers' offer of ${v.pct('offer')}.`,
      (c, v) => `About ${v.num('workers')} members of the ${c.union} walked out ${v.when()}, bringing much of the country's ${c.sector} network to a halt in the biggest industrial action in a decade.`,
    ],
    details: [
      (c, v) => `The strike is due to last ${spell(c.n.days)} days. Business groups estimate that it could cost the economy ${v.money()} a day.`,
      (c, v) => `The union says wages in the sector have fallen in real terms for five years in a row, while employers argue that a rise of more than ${v.pct('offer')} is unaffordable.`,
      (c, v) => `Picket lines formed ${v.time()} outside ${c.sector === 'port' ? 'the main container terminal' : c.sector === 'hospital' ? 'the largest hospitals' : 'stations and depots'} in ${c.capital} and ${c.town}.`,
      (c, v) => `Emergency cover was being provided, the union said, but the authorities warned of severe disruption for the rest of the week.`,
    ],
    background: [
      (c, v) => `It is the third strike in the sector since ${v.pastWhen().replace(/^in /, '')}. A two-day stoppage last winter ended when the government agreed to a one-off payment, but the underlying dispute over pay was never settled.`,
      (c, v) => `Inflation in ${c.country} has been running at more than 6% for most of the year, pushing up the cost of food, rent and energy.`,
      (c, v) => `The government has said it will not increase its offer and has threatened to bring in a law requiring minimum service levels during strikes, which unions say would undermine the right to strike.`,
    ],
    captions: [(c, v) => `Striking workers on a picket line in ${c.capital} ${v.when()}.`, (c) => `Union members march through the centre of ${c.town}.`],
    quotes: {
      lead: [
        { gist: 'the door to talks remained open', text: `The door to talks {remains|is still} open, but the offer on the table is fair and it is (also) all the country can afford. [[A strike helps nobody]].` },
        { gist: 'the strike was unjustified', text: `This strike is {unjustified|unnecessary} and it is ordinary people who will pay the price for it.` },
      ],
      spokes: [
        { gist: 'members had been left with no choice', text: `Our members have been left with no choice. They have {waited|been patient} for five years and their patience has (now) run out. This is [[a fight for a decent wage]].` },
        { gist: 'the union was ready to return to talks', text: `We are ready to go back to the table {tomorrow|at any time} if the employers come with a serious offer.` },
      ],
      witness: [
        { gist: 'she supported the strikers despite the disruption', text: `It is {hard|difficult} for everybody, but I understand them. Prices have gone up and wages have not.` },
      ],
      expert: [
        { gist: 'a long strike would hurt growth', text: `A strike of a few days is manageable, but if it {drags on|goes on} for weeks it will (certainly) show up in the growth figures.` },
      ],
      other: [
        { gist: 'the government had mishandled the dispute', text: `The government has {mishandled|bungled} this dispute from the start and now the whole country is paying for it.` },
      ],
    },
  },

  talks: {
    setup(r, c, used) {
      const [c2, d2] = r.pick(COUNTRIES.filter(([n]) => n !== c.countryName));
      c.guestCountry = c2;
      c.guestDemonym = d2;
      c.n = { deal: r.int(2, 40), tariff: r.int(5, 25), hours: r.int(2, 6), agreements: r.int(3, 12), killed: 0 };
      c.money = { amount: r.int(2, 40) * 500, currency: 'USD' };
      c.people = {
        lead: makePerson(r, used, { title: 'Prime Minister', roleNoun: 'the prime minister' }),
        spokes: makePerson(r, used, { title: 'President', roleNoun: `the ${d2} president` }),
        witness: makePerson(r, used, { desc: `a trade negotiator who attended the talks` }),
        expert: makePerson(r, used, { desc: `an analyst at the ${c.capital} Centre for Foreign Policy` }),
        other: makePerson(r, used, { title: 'Foreign Minister', roleNoun: 'the foreign minister' }),
      };
      c.future = r.pick(['a signing ceremony for the trade agreement', 'a joint session of the two governments']);
      c.noun = 'the talks';
    },
    headline: [
      (c) => `${c.country} and ${c.guestCountry} agree to deepen trade ties`,
      (c, v) => `Leaders pledge ${v.money()} in new trade after ${c.capital} talks`,
      (c) => `${c.guestDemonym} president in ${c.capital} for talks on trade and security`,
    ],
    lead: [
      (c, v) => `The leaders of ${c.country} and ${c.guestCountry} agreed ${v.when()} to cut tariffs and expand trade worth ${v.money()} a year, after ${spell(c.n.hours)} hours of talks in ${c.capital}.`,
      (c, v) => `${c.guestCountry}'s president arrived in ${c.capital} ${v.when()} for talks that both sides hoped would end a two-year dispute over tariffs of up to ${v.pct('tariff')} on farm goods.`,
    ],
    details: [
      (c, v) => `The two governments signed ${count(c.n.agreements)} agreements covering energy, transport and education, and said they would set up a joint commission to settle trade disputes.`,
      (c, v) => `Tariffs of up to ${v.pct('tariff')} on farm goods will be phased out over three years, according to a joint statement released after the talks.`,
      (c, v) => `The two leaders held a joint news conference ${v.time()} at the presidential palace in ${c.capital}, where protesters had gathered outside.`,
    ],
    background: [
      (c, v) => `Relations between ${c.country} and ${c.guestCountry} soured ${v.pastWhen()} when both sides raised tariffs in a dispute over farm subsidies, and trade between them fell by almost a quarter.`,
      (c, v) => `It is the first visit to ${c.capital} by a ${c.guestDemonym} president in nine years. Business leaders from both countries travelled with the delegations and held separate meetings on investment.`,
      (c, v) => `Farmers' groups in both countries have lobbied hard against the tariffs, which they say have cost them export markets that took years to build.`,
    ],
    captions: [(c) => `The two leaders shake hands at the start of their talks in ${c.capital}.`, (c, v) => `Delegations from ${c.country} and ${c.guestCountry} meet ${v.when()}.`],
    quotes: {
      lead: [
        { gist: 'the agreement opened a new chapter', text: `Today we have opened {a new chapter|a new page} in the relationship between our two countries. This agreement is [[good for our farmers and good for our workers]].` },
        { gist: 'not every disagreement had been resolved', text: `We do not agree on everything, and I {said so|made that clear} to the president. But we agreed to keep talking.` },
      ],
      spokes: [
        { gist: 'he hoped trade would double within five years', text: `Our goal is to double trade {within|in} five years. I believe that is (entirely) possible if we remove the barriers that remain.` },
      ],
      witness: [
        { gist: 'the final hours of talks had been difficult', text: `The last hours were {difficult|tough}. There were moments when we thought there would be no deal.` },
      ],
      expert: [
        { gist: 'the deal was more symbolic than substantial', text: `The deal is more {symbolic|political} than economic. The real test will be whether the tariff cuts actually happen.` },
      ],
      other: [
        { gist: 'the talks had been frank', text: `It was a frank and at times (very) {difficult|hard} discussion, but [[a real step forward]].` },
      ],
    },
  },

  storm: {
    setup(r, c, used) {
      c.storm = `Storm ${r.pick(['Alva', 'Brenna', 'Corin', 'Dagny', 'Elin', 'Fergus', 'Greta', 'Hollis', 'Ilse', 'Jarek'])}`;
      c.n = { killed: r.int(2, 19), wind: r.int(11, 19) * 10, power: r.int(40, 400) * 1000, flights: r.int(40, 300), injured: r.int(10, 90) };
      c.money = { amount: r.int(30, 600), currency: r.pick(['USD', 'EUR', 'GBP']) };
      c.people = {
        lead: makePerson(r, used, { title: 'Governor', roleNoun: 'the governor' }),
        spokes: makePerson(r, used, { desc: (f) => `a forecaster at the national weather service` }),
        witness: makePerson(r, used, { desc: 'a fisherman in the harbour town', age: [30, 72] }),
        expert: makePerson(r, used, { desc: `a climate scientist at the University of ${c.capital}`, title: 'Dr' }),
        other: makePerson(r, used, { desc: (f) => `a ${f ? 'spokeswoman' : 'spokesman'} for the electricity grid operator` }),
      };
      c.future = r.pick(['the reopening of the main coastal road', 'an assessment of the damage by insurers']);
      c.noun = 'the storm';
    },
    headline: [
      (c, v) => `${c.storm} batters ${c.regionAdj} ${c.country}, ${v.killedPhrase()} dead`,
      (c, v) => `Hundreds of thousands without power as ${c.storm} hits coast`,
    ],
    lead: [
      (c, v) => `${c.storm} battered the ${c.regionAdj} coast of ${c.country} ${v.when()} with winds of up to ${v.wind()} km/h, killing ${v.killedPhrase()} people and leaving ${v.num('power')} homes without electricity.`,
      (c, v) => `${v.killedLead()} people were killed as ${c.storm} swept across ${c.regionPhrase} ${v.when()}, tearing off roofs, bringing down trees and cutting power to ${v.num('power')} homes.`,
    ],
    details: [
      (c, v) => `Gusts of ${v.wind()} km/h were recorded at the harbour in ${c.town}, the highest since records began, the weather service said.`,
      (c, v) => `About ${v.num('flights')} flights were cancelled at the airport in ${c.capital}, and ferry services along the coast were suspended.`,
      (c, v) => `Insurers said early estimates put the cost of the damage at ${v.money()}, most of it to homes and cars hit by falling trees.`,
      (c, v) => `Schools in the region will stay closed ${v.futureWhen()} while engineers check buildings for damage.`,
    ],
    background: [
      (c, v) => `${c.storm} is the fourth named storm of the season and the strongest to hit ${c.country} since ${v.pastWhen().replace(/^in /, '')}.`,
      (c, v) => `Coastal towns in ${c.regionPhrase} have been battered by a series of storms in recent winters, and several have asked the government for money to strengthen sea walls.`,
      (c, v) => `The weather service said the storm would weaken as it moved inland ${v.futureWhen()}, but warned of heavy rain and the risk of flooding in river valleys.`,
    ],
    captions: [(c, v) => `Waves crash over the sea wall in ${c.town} ${v.when()}.`, (c) => `A fallen tree blocks a road on the edge of ${c.town}.`],
    quotes: {
      lead: [
        { gist: 'people should stay indoors', text: `My message is simple: stay {indoors|at home} and stay off the roads. [[This storm is not over yet]], and the worst may still be to come overnight.` },
        { gist: 'crews were working to restore power', text: `Crews are working around the clock, but some {homes|households} could be without power for (several) days.` },
      ],
      spokes: [
        { gist: 'the storm had been forecast days in advance', text: `We {issued|put out} our highest warning two days ago. The wind speeds we saw were right at the top of what we expected.` },
      ],
      witness: [
        { gist: 'he had never seen waves so high', text: `I have been fishing here for forty years and I have never seen {waves|seas} like that. The whole harbour was underwater, [[a scene from a disaster film]].` },
      ],
      expert: [
        { gist: 'storms of this strength were becoming more common', text: `Storms of this strength used to come once in a generation. Now we are seeing them every few {years|winters}.` },
      ],
      other: [
        { gist: 'the damage to the grid was severe', text: `The damage to the network is {severe|extensive}. We have hundreds of engineers out (already), but it will take time.` },
      ],
    },
  },

  earthquake: {
    setup(r, c, used) {
      c.n = { killed: r.int(5, 90), injured: r.int(40, 600), magnitude: r.int(52, 74) / 10, depth: r.int(5, 40), buildings: r.int(30, 900), aftershocks: r.int(8, 60) };
      c.money = { amount: r.int(50, 900), currency: 'USD' };
      c.people = {
        lead: makePerson(r, used, { title: 'President', roleNoun: 'the president' }),
        spokes: makePerson(r, used, { desc: 'a seismologist at the national geological institute' }),
        witness: makePerson(r, used, { desc: 'a teacher whose school was damaged', age: [26, 63] }),
        expert: makePerson(r, used, { desc: (f) => `the head of the national disaster agency` }),
        other: makePerson(r, used, { desc: (f) => `a ${f ? 'spokeswoman' : 'spokesman'} for the Red Cross` }),
      };
      c.future = r.pick(['the arrival of international rescue teams', 'a donors\' conference in the capital']);
      c.noun = 'the earthquake';
    },
    headline: [
      (c, v) => `Magnitude ${c.n.magnitude.toFixed(1)} quake kills ${v.num('killed')} in ${c.country}`,
      (c) => `Rescuers dig through rubble after ${c.town} earthquake`,
    ],
    lead: [
      (c, v) => `A magnitude ${v.magnitude()} earthquake struck ${c.regionPhrase} ${v.when()}, killing ${v.killedPhrase()} people and injuring ${v.num('injured')}, as buildings collapsed in the town of ${c.town}.`,
      (c, v) => `Rescuers searched through the rubble of collapsed homes in ${c.town} ${v.when()} after a powerful earthquake left ${v.killedPhrase()} people dead and hundreds homeless.`,
    ],
    details: [
      (c, v) => `The quake hit ${v.time()} at a depth of ${c.n.depth} km, about ${c.distance} km ${c.direction} of ${c.capital}, according to the national geological institute.`,
      (c, v) => `More than ${count(c.n.aftershocks)} aftershocks were recorded in the following hours, the strongest of them magnitude 4.8.`,
      (c, v) => `At least ${count(c.n.buildings)} buildings collapsed or were badly damaged, among them two schools and a church built in the 18th century.`,
      (c, v) => `The government released ${v.money()} in emergency funds, and neighbouring countries offered to send rescue teams with sniffer dogs.`,
    ],
    background: [
      (c, v) => `${c.country} lies in an active seismic zone. A smaller earthquake struck the same area ${v.pastWhen()}, damaging dozens of homes but causing no deaths.`,
      (c, v) => `After a deadly earthquake decades ago, the government tightened building rules, but critics say they are poorly enforced and that many older buildings were never strengthened.`,
      (c, v) => `Mobile phone networks in ${c.town} were down for several hours, making it hard for families to reach relatives, and the main road into the town was blocked by a landslide.`,
    ],
    captions: [(c) => `Rescue workers search the rubble of a collapsed house in ${c.town}.`, (c, v) => `Residents sit outside their damaged homes ${v.when()}.`],
    quotes: {
      lead: [
        { gist: 'the country would rebuild', text: `We will rebuild {every|each} house, every school and every church. Our country has been through [[terrible days like this before]] and we have always stood up again.` },
        { gist: 'the search would continue through the night', text: `The search will go on through the night. As long as there is {any|the smallest} chance of finding someone alive, we will keep digging.` },
      ],
      spokes: [
        { gist: 'more aftershocks were likely', text: `More aftershocks are (very) likely in the coming days, some of them strong. People should not {go back into|return to} damaged buildings.` },
      ],
      witness: [
        { gist: 'the ground had shaken for a long time', text: `The ground shook for what felt like a {minute|whole minute}. The walls cracked and the children were screaming. We ran into the street in our pyjamas.` },
      ],
      expert: [
        { gist: 'many older buildings did not meet safety codes', text: `Many of the buildings that collapsed were old and did not meet {modern|current} safety codes. They were [[a disaster waiting to happen]].` },
      ],
      other: [
        { gist: 'the immediate need was shelter and clean water', text: `The most {urgent|pressing} need now is shelter and clean water. Thousands of people will sleep outside tonight.` },
      ],
    },
  },

  closure: {
    setup(r, c, used) {
      c.company = `${r.pick(COMPANY_A)} ${r.pick(COMPANY_B)}`;
      c.n = { jobs: r.int(4, 30) * 100, share: r.int(10, 45), years: r.int(30, 110), months: r.int(3, 18), killed: 0 };
      c.money = { amount: r.int(40, 800), currency: r.pick(['USD', 'EUR', 'GBP']) };
      c.people = {
        lead: makePerson(r, used, { title: 'Chief Executive', roleNoun: 'the chief executive' }),
        spokes: makePerson(r, used, { desc: `a regional organiser for the metalworkers' union` }),
        witness: makePerson(r, used, { desc: 'who has worked at the plant for 22 years', age: [41, 61] }),
        expert: makePerson(r, used, { desc: 'an industry analyst' }),
        other: makePerson(r, used, { title: 'Mayor', roleNoun: 'the mayor' }),
      };
      c.future = r.pick(['talks between the company and the unions on redundancy terms', 'a debate in parliament on the future of the industry']);
      c.noun = 'the closure';
    },
    headline: [
      (c, v) => `${c.company} to close ${c.town} plant, ${v.num('jobs')} jobs at risk`,
      (c) => `Shock in ${c.town} as ${c.company} announces closure`,
    ],
    lead: [
      (c, v) => `${c.company} said ${v.when()} it would close its plant in ${c.town} within ${spell(c.n.months)} months, putting about ${v.num('jobs')} jobs at risk in one of ${c.country}'s poorest regions.`,
      (c, v) => `About ${v.num('jobs')} workers face losing their jobs after ${c.company} announced ${v.when()} that it would shut its ${spell(c.n.years)}-year-old factory in ${c.town}.`,
    ],
    details: [
      (c, v) => `The company blamed falling demand and rising energy costs, and said production would move to existing sites abroad. Its shares rose ${v.pct('share')} on the news.`,
      (c, v) => `The closure will save the company about ${v.money()} a year, according to a statement released to the stock exchange ${v.time()}.`,
      (c, v) => `The plant is the largest private employer in ${c.town}, a ${c.townKind} of about ${grouped(c.population)} people about ${c.distance} km ${c.direction} of ${c.capital}.`,
    ],
    background: [
      (c, v) => `The plant opened ${c.n.years} years ago and at its peak employed more than twice as many people as it does today. ${c.company} has already cut jobs at two other sites ${v.pastWhen()}.`,
      (c, v) => `Manufacturing in ${c.country} has been hit by high energy prices and weak demand from its main export markets, and several large employers have announced cuts this year.`,
      (c, v) => `Under ${c.demonym} law, the company must consult the unions before any redundancies take effect, a process that usually takes several months.`,
    ],
    captions: [(c) => `Workers leave the ${c.company} plant in ${c.town} at the end of a shift.`],
    quotes: {
      lead: [
        { gist: 'the decision had been painful', text: `This was the most {painful|difficult} decision I have had to make, but the plant has lost money for four years and [[we cannot go on like this]].` },
        { gist: 'staff would be offered jobs elsewhere', text: `We will offer every {employee|worker} who wants one a job at another site, and we will (generously) support those who do not.` },
      ],
      spokes: [
        { gist: 'the union would fight the closure', text: `We will fight this decision {with everything we have|every step of the way}. These are skilled workers and this is [[a profitable company]].` },
      ],
      witness: [
        { gist: 'he did not know what he would do', text: `My father worked here, and (so did) my grandfather. I am 50 years old, where am I {supposed|meant} to find another job?` },
      ],
      expert: [
        { gist: 'the closure was part of a wider trend', text: `This is part of a {wider|broader} trend. Energy costs have made heavy industry in this region very hard to sustain.` },
      ],
      other: [
        { gist: 'the town would be devastated', text: `Without this plant the town {dies|will die}. I will ask the government for an emergency meeting this week.` },
      ],
    },
  },

  verdict: {
    setup(r, c, used) {
      c.n = { years: r.int(3, 14), amount: r.int(2, 90), counts: r.int(3, 12), witnesses: r.int(20, 90), killed: 0 };
      c.money = { amount: r.int(2, 90), currency: r.pick(['USD', 'EUR']) };
      c.people = {
        lead: makePerson(r, used, { title: 'Judge', roleNoun: 'the judge' }),
        spokes: makePerson(r, used, { title: 'Prosecutor', roleNoun: 'the prosecutor' }),
        witness: makePerson(r, used, { desc: 'one of the investors who lost their savings', age: [45, 80] }),
        expert: makePerson(r, used, { desc: 'a lawyer for the former minister' }),
        other: makePerson(r, used, { desc: 'the former finance minister', roleNoun: 'the former minister' }),
      };
      c.future = r.pick(['an appeal hearing', 'a separate trial of two former aides']);
      c.noun = 'the verdict';
    },
    headline: [
      (c, v) => `Former minister jailed for ${spell(c.n.years)} years over ${v.money()} fraud`,
      (c) => `Court convicts ex-minister in ${c.country}'s biggest corruption case`,
    ],
    lead: [
      (c, v) => `A court in ${c.capital} ${v.when()} sentenced ${v.ref(c.people.other, 'subj')} to ${v.years()} years in prison for embezzling ${v.money()} from a state investment fund.`,
      (c, v) => `${c.country}'s former finance minister was found guilty ${v.when()} on ${count(c.n.counts)} counts of fraud and abuse of office and jailed for ${v.years()} years, ending a trial that gripped the country.`,
    ],
    details: [
      (c, v) => `The trial lasted eleven months and heard from ${c.n.witnesses} witnesses. Prosecutors said the money had been moved through shell companies in three countries.`,
      (c, v) => `The court also ordered the seizure of property worth ${v.money()}, including a villa on the coast and a flat in ${c.capital}.`,
      (c, v) => `The verdict was read out ${v.time()} in a packed courtroom, as supporters of the former minister shouted outside.`,
    ],
    background: [
      (c, v) => `The former minister was arrested ${v.pastWhen()} after an investigation by the anti-corruption prosecutor's office, which said money meant for a state investment fund had been diverted to private accounts.`,
      (c, v) => `The case has become a test of the government's promise to fight corruption, a condition of a loan from international lenders.`,
      (c, v) => `Two former aides of the minister were charged in the same case and will be tried separately. Both deny wrongdoing.`,
    ],
    captions: [(c) => `The former minister arrives at court in ${c.capital}.`],
    quotes: {
      lead: [
        { gist: 'the defendant had betrayed public trust', text: `You held {one of the highest offices|one of the most senior posts} in the land and you used it to enrich yourself. This was [[a grave betrayal of public trust]].` },
      ],
      spokes: [
        { gist: 'the verdict showed nobody was above the law', text: `This verdict shows that {nobody|no one} is above the law in this country, no matter how powerful.` },
      ],
      witness: [
        { gist: 'she had lost her life savings', text: `I lost everything I had saved {in|over} thirty years. No sentence will give that back, but at least (now) the truth is known.` },
      ],
      expert: [
        { gist: 'the defence would appeal', text: `We will appeal. My client {has always maintained|still maintains} his innocence and this was [[a political trial from the first day]].` },
      ],
      other: [
        { gist: 'he had done nothing wrong', text: `I have done nothing wrong and history will {judge|prove} that.` },
      ],
    },
  },

  protest: {
    setup(r, c, used) {
      c.cause = r.pick(['a rise in fuel prices', 'plans to raise the retirement age', 'a new law restricting the media', 'cuts to university funding']);
      c.n = { police: r.int(8, 40) * 1000, organisers: 0, arrests: r.int(5, 120), officers: r.int(10, 60) * 100, injured: r.int(4, 40), killed: 0 };
      c.n.organisers = c.n.police * r.int(2, 4);
      c.money = { amount: r.int(1, 12), currency: 'EUR' };
      c.people = {
        lead: makePerson(r, used, { title: 'Interior Minister', roleNoun: 'the minister' }),
        spokes: makePerson(r, used, { desc: (f) => `a police ${f ? 'spokeswoman' : 'spokesman'}` }),
        witness: makePerson(r, used, { desc: 'a student who joined the march', age: [19, 27] }),
        expert: makePerson(r, used, { desc: `a political scientist at the University of ${c.capital}` }),
        other: makePerson(r, used, { desc: 'one of the organisers of the march' }),
      };
      c.future = r.pick(['a second national day of protest', 'a vote in parliament on the measure']);
      c.noun = 'the protests';
    },
    headline: [
      (c) => `Thousands march in ${c.capital} against ${c.cause}`,
      (c, v) => `Police arrest ${v.num('arrests')} as protests spread in ${c.country}`,
    ],
    lead: [
      (c, v) => `Tens of thousands of people marched through ${c.capital} ${v.when()} to protest against ${c.cause}, in the largest demonstration the country has seen in years.`,
      (c, v) => `Police in ${c.capital} arrested ${v.num('arrests')} people ${v.when()} as a mass protest against ${c.cause} turned violent near the parliament building.`,
    ],
    details: [
      (c, v) => `Police estimated the crowd at ${v.num('police')}, while organisers said ${v.num('organisers')} people had taken part.`,
      (c, v) => `About ${v.num('officers')} officers were deployed. Police used tear gas and water cannon ${v.time()} after some protesters threw stones and bottles; ${v.num('injured')} people were treated for injuries.`,
      (c, v) => `Smaller marches took place in ${c.town} and several other cities, and unions have called for a general strike ${v.futureWhen()}.`,
    ],
    background: [
      (c, v) => `Protests against ${c.cause} began ${v.pastWhen()} and have grown steadily, drawing support from unions, student groups and opposition parties.`,
      (c, v) => `The government says the measure is needed to control public spending and meet the targets agreed with the country's creditors.`,
      (c, v) => `Opinion polls suggest that a majority of voters oppose the plan, and support for the governing party has fallen to its lowest level since it took office.`,
    ],
    captions: [(c, v) => `Protesters march towards the parliament building in ${c.capital} ${v.when()}.`, (c) => `Riot police stand guard in the centre of ${c.capital}.`],
    quotes: {
      lead: [
        { gist: 'violence would not be tolerated', text: `The right to protest is sacred, but violence {will not be tolerated|is unacceptable}. Those who attacked police officers will face the full force of the law.` },
      ],
      spokes: [
        { gist: 'officers had shown restraint', text: `Our officers showed {great|enormous} restraint. We only used tear gas when a small group started throwing stones.` },
      ],
      witness: [
        { gist: 'she was protesting for her future', text: `I am here for my future. They {keep|are always} asking young people to pay for their mistakes, and we are [[a generation that has had enough]].` },
      ],
      expert: [
        { gist: 'the government had underestimated public anger', text: `The government has {underestimated|misjudged} how angry people are. If it does not change course, the protests will grow.` },
      ],
      other: [
        { gist: 'the march had been peaceful until police intervened', text: `The march was peaceful until the police {charged|moved in}. We will be back on the streets with [[an even bigger crowd]].` },
      ],
    },
  },
};

/** Background paragraphs that fit any event; they pad an article to its length. */
const GENERIC_BACKGROUND = [
  (c, v) => `${c.town} is a ${c.townKind} of about ${grouped(c.population)} people in ${c.regionPhrase}. Its economy depends largely on ${c.economy}, and many young people have left in recent years to look for work in ${c.capital} or abroad.`,
  (c, v) => `${c.regionName} has been at the centre of a long-running debate over public spending, with local politicians complaining that roads, hospitals and schools in the region have been neglected for decades.`,
  (c, v) => `The government, which came to power ${v.pastWhen()}, has promised to spend more on infrastructure outside the capital, but critics say little of that money has reached ${c.regionPhrase} so far.`,
  (c, v) => `Opposition parties called for a full inquiry into the response to ${c.noun}, and said they would raise the matter in parliament ${v.futureWhen()}.`,
  (c, v) => `It is the latest in a series of incidents that have raised questions about safety standards and emergency planning in ${c.country}, where a government report ${v.pastWhen()} found that many local authorities lacked basic equipment.`,
  (c, v) => `The prime minister's office said in a statement that the government would do ${v.q[0]}whatever is necessary${v.q[1]} and that ministers would meet to discuss the situation.`,
  (c, v) => `Newspapers in ${c.capital} devoted their front pages to ${c.noun}, with several asking why warnings from experts had not been acted upon.`,
];

/** Background that only fits disasters. */
const DISASTER_BACKGROUND = [
  (c, v) => `International organisations offered help, and the European Union said it was ready to provide assistance if the ${c.demonym} government asked for it.`,
  (c, v) => `Local media reported long queues outside the town hall in ${c.town}, where officials were handing out information and registering people who needed help.`,
  (c, v) => `The authorities set up a telephone hotline for relatives, and volunteers from across the country arrived in ${c.town} to help with food, blankets and transport.`,
  (c, v) => `Church bells rang in ${c.town} in the evening, and hundreds of people gathered in the main square to light candles.`,
  (c, v) => `Shops and offices in the centre of ${c.town} stayed closed, and public transport was running a reduced service, the regional authority said.`,
  (c, v) => `Reporters who reached ${c.town} described scenes of confusion, with residents trying to find out what had happened to relatives and neighbours.`,
  (c, v) => `Police said they had no reason to believe the events were linked to any criminal activity, but that all possibilities remained open.`,
  (c, v) => `Social media was filled with photographs and videos from ${c.town}, and a fundraising appeal set up by residents had raised more than ${v.smallMoney()} by the evening.`,
];

const NEXT_STEPS = [
  (c, v) => `${cap(c.future)} is expected ${v.futureWhen()}.`,
  (c, v) => `Officials said ${c.future} would take place ${v.futureWhen()}.`,
  (c, v) => `Attention now turns to ${c.future}, scheduled for ${v.futureWhen().replace(/^on /, '')}.`,
];

// ---------------------------------------------------------------------------
// Events

function makeEvent(seed, index) {
  const r = createRng(`${seed}:event:${index}`);
  const kindName = r.pick(Object.keys(KINDS));
  const [countryName, demonym, capital] = r.pick(COUNTRIES);
  const direction = r.pick(DIRECTIONS);
  const regionName = `${r.pick(TOWN_HEADS)}${r.pick(REGION_TAILS)}`;
  const c = {
    id: `c${String(index + 1).padStart(4, '0')}`,
    kind: kindName,
    countryName,
    country: countryName,
    demonym,
    capital,
    town: `${r.pick(TOWN_HEADS)}${r.pick(TOWN_TAILS)}`,
    townKind: r.pick(['town', 'market town', 'port town', 'city']),
    population: r.int(8, 180) * 1000,
    economy: r.pick(['farming and food processing', 'tourism', 'fishing and the port', 'a handful of large factories', 'mining', 'timber and paper mills']),
    regionName,
    regionAdj: ADJ_DIR[direction],
    regionPhrase: r.pick([`the ${ADJ_DIR[direction]} province of ${regionName}`, `the ${ADJ_DIR[direction]} region of ${regionName}`, `${regionName} province`]),
    direction,
    distance: r.int(4, 60) * 5,
    // Any day from 2010 to 2019.
    date: new Date(Date.UTC(2010, 0, 1, 12) + r.int(0, 3650) * DAY_MS),
    futureOffset: r.int(1, 5),
    pastMonths: r.int(2, 30),
    hour: r.int(0, 23),
    minute: r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]),
  };
  const used = new Set();
  KINDS[kindName].setup(r, c, used);
  // The quotes: every speaker says one or two things; the lead's first line is the story's key quote.
  c.utterances = [];
  for (const role of ['lead', 'spokes', 'witness', 'expert', 'other']) {
    const pool = KINDS[kindName].quotes[role];
    const take = role === 'lead' || role === 'spokes' ? pool.length : 1;
    pool.slice(0, take).forEach((u, i) => c.utterances.push({ role, key: role === 'lead' && i === 0, gist: u.gist, text: u.text.replace('$TOWN', c.town).replace('$HALF_EVAC', grouped(Math.round((c.n.evacuated ?? 1000) / 200) * 100)) }));
  }
  return c;
}

// ---------------------------------------------------------------------------
// Articles

/** The article's view of the event: its own numbers, dates and ways of naming people. */
function makeView(c, outlet, published, r) {
  const n = { ...c.n };
  const discrepancies = [];
  // Some outlets carry a different figure: an updated toll, a rounded count, a misreading.
  if (c.n.killed > 0 && r.chance(0.3)) {
    n.killed = c.n.killed + r.int(1, 4);
    discrepancies.push('killed');
  }
  for (const key of ['injured', 'evacuated', 'arrests', 'jobs', 'workers']) {
    if (n[key] !== undefined && r.chance(0.2)) {
      const x = n[key] * (1 + r.pick([-0.15, -0.1, 0.1, 0.2]));
      const unit = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
      n[key] = Math.round(x / unit) * unit;
      discrepancies.push(key);
    }
  }
  const moneyAmount = r.chance(0.15) ? Math.round(c.money.amount * 1.5) : c.money.amount;
  if (moneyAmount !== c.money.amount) discrepancies.push('money');
  const eventDay = Math.round((c.date.getTime() - published.getTime()) / DAY_MS); // 0 or -1
  const future = addDays(c.date, c.futureOffset);
  const introduced = new Set();
  let lastPerson = null;
  const wd = (d) => WEEKDAYS[d.getUTCDay()];
  const md = (d) => (outlet.british ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`);
  const dateTweak = r.chance(0.08) ? 1 : 0; // an outlet that gets the follow-up day wrong
  const v = {
    outlet,
    n,
    discrepancies,
    q: outlet.curly ? ['“', '”'] : ['"', '"'],
    num: (key) => count(n[key]),
    killedPhrase: () => (r.chance(0.4) ? `at least ${count(n.killed)}` : count(n.killed)),
    /** At the start of a sentence: no bare digits. */
    killedLead: () => (n.killed < 10 ? cap(r.chance(0.4) ? `at least ${count(n.killed)}` : count(n.killed)) : r.pick([`At least ${n.killed}`, cap(spell(n.killed)), `At least ${n.killed}`])),
    pct: (key) => `${n[key]}${r.chance(0.5) ? '%' : ' percent'}`,
    money: () => money(moneyAmount, c.money.currency),
    smallMoney: () => `${{ USD: '$', EUR: '€', GBP: '£' }[c.money.currency]}${r.int(12, 95) * 1000}`.replace(/(\d)(\d{3})$/, '$1,$2'),
    speed: () => String(n.speed),
    wind: () => String(n.wind),
    magnitude: () => (r.chance(0.85) ? n.magnitude.toFixed(1) : (n.magnitude + 0.1).toFixed(1)),
    years: () => (r.chance(0.5) ? spell(n.years) : String(n.years)),
    when: () => {
      if (eventDay === 0) return r.weighted([[6, `on ${wd(c.date)}`], [2, 'today'], [1, `on ${wd(c.date)}, ${md(c.date)}`]]);
      return r.weighted([[5, `on ${wd(c.date)}`], [3, 'yesterday'], [1, `on ${md(c.date)}`]]);
    },
    time: () => {
      const h = c.hour;
      const m = String(c.minute).padStart(2, '0');
      const twelve = h % 12 === 0 ? 12 : h % 12;
      const ampm = outlet.british ? (h < 12 ? 'am' : 'pm') : h < 12 ? 'a.m.' : 'p.m.';
      const t = outlet.british ? `${twelve}.${m}${ampm}` : `${twelve}:${m} ${ampm}`;
      return r.pick([`at about ${t}`, `shortly after ${t}`, `at ${t} local time`]);
    },
    futureWhen: () => {
      const f = addDays(future, dateTweak);
      const diff = Math.round((f.getTime() - published.getTime()) / DAY_MS);
      if (diff === 0) return 'later today';
      if (diff === 1 && r.chance(0.7)) return 'tomorrow';
      if (diff < 7 && r.chance(0.7)) return `on ${wd(f)}`;
      return `on ${md(f)}`;
    },
    pastWhen: () => {
      const p = new Date(Date.UTC(c.date.getUTCFullYear(), c.date.getUTCMonth() - c.pastMonths, 1, 12));
      const y = c.date.getUTCFullYear() - p.getUTCFullYear();
      return r.pick([`in ${MONTHS[p.getUTCMonth()]} ${p.getUTCFullYear()}`, y === 0 ? `in ${MONTHS[p.getUTCMonth()]}` : y === 1 ? 'last year' : `in ${p.getUTCFullYear()}`]);
    },
    /** A person's name at this point in the article. pos: 'subj' (before a verb) or 'end' (end of a clause). */
    ref(p, pos = 'subj') {
      if (!introduced.has(p)) {
        introduced.add(p);
        lastPerson = p;
        if (p.title && (!p.desc || r.chance(0.6))) return `${p.title} ${p.full}`;
        if (p.desc) {
          const age = p.age && r.chance(0.6) ? `, ${p.age}` : '';
          const desc = p.desc.startsWith('who ') ? p.desc : p.desc;
          return pos === 'subj' ? `${p.full}${age}, ${desc},` : `${p.full}${age}, ${desc}`;
        }
        return p.full;
      }
      lastPerson = p;
      if (p.roleNoun && r.chance(0.2)) return pos === 'subj' ? cap(p.roleNoun) : p.roleNoun;
      if (outlet.british && r.chance(0.5) && !p.title?.startsWith('Dr') && !p.title?.startsWith('Prof')) return `${p.female ? 'Ms' : 'Mr'} ${p.last}`;
      return p.last;
    },
    /** "she"/"he" when the person was the last one named, else their name. */
    sayer(p) {
      if (lastPerson === p && introduced.has(p)) return p.female ? 'she' : 'he';
      return v.ref(p, 'end');
    },
    isIntroduced: (p) => introduced.has(p),
    isLast: (p) => lastPerson === p,
    forget: () => {
      lastPerson = null;
    },
  };
  return v;
}

const CUE_VERBS = [[10, 'said'], [2, 'told reporters'], [1, 'said in a statement'], [1, 'told $OUTLET'], [1, 'warned'], [1, 'insisted'], [1, 'explained']];
const PARTIAL_FRAMES = [
  (ref, np, c) => `${ref} described ${c.noun} as ${np}.`,
  (ref, np) => `${ref} called it ${np}.`,
  (ref, np, c) => `${ref} spoke of ${np} in ${c.town}.`,
  (ref, np) => `In remarks to reporters, ${ref} said it was ${np}.`,
];

/**
 * One or two paragraphs that quote an utterance, attributed in one of the ways
 * newsrooms do. Returns { paragraphs, quotes } where quotes counts direct quotes.
 */
function quoteParagraphs(c, v, u, r, stats) {
  const p = c.people[u.role];
  const [o, cl] = v.q;
  const mode = r.weighted([[45, 'verbatim'], [40, 'reworded'], [15, 'truncated']]);
  let text = renderQuote(u.text, mode === 'truncated' ? 'verbatim' : mode, r);
  let sentences = quoteSentences(text);
  if (mode === 'truncated' && sentences.length > 1) sentences = sentences.slice(0, r.int(1, sentences.length - 1));
  text = sentences.join(' ');
  const phrase = partialPhrase(u.text);
  const verb = () => r.weighted(CUE_VERBS).replace('$OUTLET', v.outlet.tag);
  /** "We will rebuild." → "We will rebuild," before a trailing cue. */
  const withComma = (s) => (/[.]$/.test(s) ? `${s.slice(0, -1)},` : s);
  const paras = [];
  const style = r.weighted([
    [phrase && !u.key ? 3 : 0, 'partial'],
    [3, 'after-said-x'],
    [3, 'after-x-said'],
    [2, 'before-colon'],
    [sentences.length > 1 ? 3 : 0, 'middle'],
    [2, 'intro-pronoun'],
    [v.isLast(p) ? 3 : 0, 'pronoun'],
    [v.outlet.kind === 'broadcast' && !u.key ? 1 : 0, 'signature'],
  ]);
  stats.styles[style] = (stats.styles[style] ?? 0) + 1;
  switch (style) {
    case 'partial': {
      const frame = r.pick(PARTIAL_FRAMES);
      paras.push(frame(v.ref(p, 'subj'), `${o}${phrase}${cl}`, c));
      stats.partial++;
      // A partial quote alone is not enough: follow with the full sentence(s), continued.
      if (r.chance(0.6)) {
        paras.push(`${o}${withComma(text)}${cl} ${v.sayer(p)} added.`);
        stats.direct++;
      }
      break;
    }
    case 'after-said-x':
      paras.push(`${o}${withComma(text)}${cl} said ${v.ref(p, 'end')}.`);
      stats.direct++;
      break;
    case 'after-x-said': {
      const who = v.ref(p, 'subj');
      paras.push(`${o}${withComma(text)}${cl} ${who} ${verb()}.`);
      stats.direct++;
      break;
    }
    case 'before-colon': {
      const who = v.ref(p, 'subj');
      paras.push(`${who} ${r.pick(['said', 'told reporters', 'said in a statement', `told ${v.outlet.tag}`])}: ${o}${text}${cl}`);
      stats.direct++;
      break;
    }
    case 'middle': {
      const [first, ...rest] = sentences;
      const who = r.chance(0.5) ? `said ${v.ref(p, 'end')}` : `${v.ref(p, 'subj')} said`;
      paras.push(`${o}${withComma(first)}${cl} ${who}. ${o}${rest.join(' ')}${cl}`);
      stats.direct++;
      break;
    }
    case 'intro-pronoun': {
      const who = v.ref(p, 'subj');
      const pron = p.female ? 'she' : 'he';
      paras.push(`${who} ${r.pick(['said', 'told reporters', 'insisted'])} ${u.gist}. ${o}${withComma(text)}${cl} ${pron} ${r.pick(['said', 'said', 'added'])}.`);
      stats.direct++;
      break;
    }
    case 'pronoun':
      paras.push(`${o}${withComma(text)}${cl} ${p.female ? 'she' : 'he'} ${r.pick(['said', 'added', 'said'])}.`);
      stats.direct++;
      break;
    case 'signature':
      paras.push(`${o}${text}${cl}`);
      paras.push(`– ${p.title ? `${p.title} ${p.full}` : p.full}`);
      v.ref(p, 'end');
      stats.direct++;
      break;
  }
  return paras;
}

function dateline(c, v, r) {
  const place = (['talks', 'verdict', 'protest'].includes(c.kind) ? c.capital : c.town).toUpperCase();
  switch (v.outlet.kind) {
    case 'wire':
      return r.pick([`${place}, ${c.country.replace(/^the /, '')} (${v.outlet.tag}) - `, `${place} - `, `${place}, ${c.country.replace(/^the /, '')} — `]);
    case 'paper':
      return r.chance(0.5) ? `${place} — ` : '';
    default:
      return '';
  }
}

function makeArticle(c, outlet, slot, seed) {
  const r = createRng(`${seed}:article:${c.id}:${slot}`);
  const kind = KINDS[c.kind];
  const published = addDays(c.date, r.chance(0.6) ? 0 : 1);
  const v = makeView(c, outlet, published, r);
  const stats = { direct: 0, partial: 0, styles: {} };
  const target = r.int(MIN_WORDS + 40, MAX_WORDS - 40);

  const head = [];
  if (outlet.kind !== 'wire') head.push(r.pick(kind.headline)(c, v));
  if (outlet.kind === 'paper' && r.chance(0.7)) head.push(`By ${r.pick([...MALE, ...FEMALE])} ${r.pick(SURNAMES)}`);
  if (outlet.kind === 'broadcast' && r.chance(0.5)) head.push(`${WEEKDAYS[published.getUTCDay()]} ${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]} ${published.getUTCFullYear()}`);

  // The body, in the order a reporter would file it.
  const body = [];
  const keyFirst = c.utterances.find((u) => u.key);
  const others = r.shuffle(c.utterances.filter((u) => !u.key)).filter(() => r.chance(0.75));
  // Every article quotes at least three utterances.
  while (others.length < 3) others.push(r.pick(c.utterances.filter((u) => !u.key && !others.includes(u))));
  const details = r.shuffle(kind.details);
  const disaster = ['flood', 'fire', 'derailment', 'storm', 'earthquake'].includes(c.kind);
  const background = [...r.shuffle(kind.background), ...r.shuffle(disaster ? [...GENERIC_BACKGROUND, ...DISASTER_BACKGROUND] : GENERIC_BACKGROUND)];
  const captions = outlet.kind === 'broadcast' || r.chance(0.35) ? r.sample(kind.captions, outlet.kind === 'broadcast' ? 2 : 1) : [];
  const credit = () => `${r.pick(['Photo', 'Picture'])}: ${r.pick(FEMALE)} ${r.pick(SURNAMES)}/${r.pick(['Reuters', 'AFP', 'AP', 'Getty Images', 'EPA'])}`;

  const flow = [['quote', keyFirst], ['detail']];
  for (const u of others) flow.push(['quote', u], [r.chance(0.6) ? 'detail' : 'background']);
  if (captions.length) flow.splice(r.int(2, Math.min(4, flow.length)), 0, ['caption']);
  if (captions.length > 1) flow.splice(r.int(5, flow.length), 0, ['caption']);
  flow.push(['next']);
  for (let i = 0; i < 12; i++) flow.push(['background']);

  // Running word count (whitespace-separated, as the benchmark counts).
  let total = wordCount(head.join(' '));
  const counts = [];
  const push = (para, what) => {
    body.push(para);
    counts.push([wordCount(para), what]);
    total += counts[counts.length - 1][0];
  };
  const pop = () => {
    body.pop();
    total -= counts.pop()[0];
  };
  push(dateline(c, v, r) + r.pick(kind.lead)(c, v), 'lead');
  let nextDone = false;
  for (const [what, u] of flow) {
    // Past the target only quotes still go in (every article keeps its quotes), and only while they fit.
    if (what === 'quote' ? total > MAX_WORDS - 90 : total >= target) continue;
    let paras = [];
    if (what === 'quote') paras = quoteParagraphs(c, v, u, r, stats);
    else if (what === 'detail' && details.length) paras = [details.shift()(c, v)];
    else if (what === 'background' || what === 'detail') {
      if (background.length) paras = [background.shift()(c, v)];
      v.forget();
    } else if (what === 'caption') {
      const cap1 = captions.shift()(c, v);
      paras = [outlet.kind === 'broadcast' ? `${cap1} ${credit()}` : `${cap1} (${credit()})`];
    } else if (what === 'next' && !nextDone) {
      paras = [r.pick(NEXT_STEPS)(c, v)];
      nextDone = true;
    }
    for (const para of paras) push(para, what);
    if (what !== 'quote' && total > MAX_WORDS - 25) pop();
  }
  // Short articles: pad with the rest of the background.
  while (total < MIN_WORDS + 10 && background.length) push(background.shift()(c, v), 'background');
  // Long ones: drop trailing non-quote paragraphs until the furniture fits too.
  while (total > MAX_WORDS - 12 && counts.length > 1 && counts[counts.length - 1][1] !== 'quote') pop();

  const tail = [];
  if (outlet.kind === 'broadcast' && r.chance(0.6)) tail.push(r.pick(['Share this article', 'Read more: latest news from the region']));
  if (outlet.kind === 'blog') tail.push(r.pick(['No comments:', '2 comments:', 'Post a Comment']), 'Newer Post Older Post Home');
  const sep = outlet.lines ? '\n' : '\n\n';
  const text = `${[...head, ...body, ...tail].join(sep)}\n`.replace(/\b([ap])\.m\.\./g, '$1.m.');
  return {
    cluster: c.id,
    slot,
    kind: c.kind,
    outlet: outlet.name,
    published: iso(published),
    file: `${String(slot + 1).padStart(2, '0')}-${outlet.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.txt`,
    text,
    words: wordCount(text),
    directQuotes: stats.direct,
    partialQuotes: stats.partial,
    attribution: stats.styles,
    discrepancies: v.discrepancies,
  };
}

// ---------------------------------------------------------------------------
// Corpus

/** Cluster sizes of 3–5 that add up to exactly `articles` (at least 3). */
function clusterSizes(articles, seed) {
  const r = createRng(`${seed}:sizes`);
  const sizes = [];
  let left = Math.max(3, Math.floor(articles));
  while (left > 0) {
    let size = r.int(3, 5);
    if (left <= 5) size = left;
    else if (left - size < 3) size = left - 3;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function generateCluster(seed, index, size) {
  const c = makeEvent(seed, index);
  const r = createRng(`${seed}:outlets:${index}`);
  const outlets = r.sample(OUTLETS, size);
  const articles = outlets.map((outlet, slot) => {
    const a = makeArticle(c, outlet, slot, seed);
    a.path = `${c.id}/${a.file}`;
    return a;
  });
  return { id: c.id, kind: c.kind, event: `${c.kind} in ${c.town}, ${c.country}`, date: iso(c.date), articles };
}

/**
 * Generates `articles` articles (default 1000) in clusters of 3–5. Deterministic
 * for a given seed; sizes come from the seed, so cluster k's text depends only on
 * (seed, k, its size).
 */
export function generateCorpus({ articles = 1000, seed = DEFAULT_SEED } = {}) {
  const sizes = clusterSizes(articles, seed);
  const clusters = sizes.map((size, i) => generateCluster(seed, i, size));
  const all = clusters.flatMap((c) => c.articles);
  return { seed, clusters, articles: all, words: all.reduce((s, a) => s + a.words, 0) };
}

/** Writes the corpus as one directory per cluster, each with a factlint.config.json. */
export function writeCorpus(corpus, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const cl of corpus.clusters) {
    const d = path.join(dir, cl.id);
    mkdirSync(d, { recursive: true });
    const documents = {};
    for (const a of cl.articles) {
      writeFileSync(path.join(d, a.file), a.text);
      documents[a.file] = { outlet: a.outlet, published: a.published };
    }
    writeFileSync(path.join(d, 'factlint.config.json'), JSON.stringify({ sources: ['*.txt'], documents }, null, 2) + '\n');
  }
  writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({ seed: corpus.seed, articles: corpus.articles.length, words: corpus.words, clusters: corpus.clusters.map((c) => ({ id: c.id, event: c.event, date: c.date, articles: c.articles.map((a) => a.file) })) }, null, 2) + '\n',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = path.resolve(opt('--out', path.join(here, '..', '.bench', 'corpus')));
  const corpus = generateCorpus({ articles: Number(opt('--articles', 1000)), seed: Number(opt('--seed', DEFAULT_SEED)) });
  writeCorpus(corpus, out);
  console.log(`wrote ${corpus.articles.length} articles (${corpus.words} words) in ${corpus.clusters.length} clusters to ${out}`);
}
