/**
 * Word senses in news copy: which lemmas name the same thing, which verbs name
 * the same kind of event, which words carry no evidence that two clauses state
 * the same fact. Fact alignment matches statements by sense, not by word
 * ("12 people were killed" / "the death toll rose to 12"), and the value rules
 * (number-, date- and place-mismatch) read the same lexicon.
 */

/** British spellings and irregular forms the tagger leaves alone, mapped to one form. */
const SPELLING: Record<string, string> = {
  centre: 'center',
  storey: 'story',
  storeys: 'story',
  stories: 'story',
  labour: 'labor',
  defence: 'defense',
  programme: 'program',
  metre: 'meter',
  kilometre: 'kilometer',
  millimetre: 'millimeter',
  centimetre: 'centimeter',
  km: 'kilometer',
  mw: 'megawatt',
  gw: 'gigawatt',
  kw: 'kilowatt',
  gb: 'gigabyte',
  tb: 'terabyte',
  mm: 'millimeter',
  cm: 'centimeter',
  kg: 'kilogram',
  feet: 'foot',
  ft: 'foot',
  tonne: 'ton',
  people: 'people',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  staff: 'staff',
  data: 'data',
  datum: 'data',
  news: 'news',
  series: 'series',
  police: 'police',
  species: 'species',
  // Forms the tagger leaves as their own lemma: "had lost control", "speeding".
  lost: 'lose',
  // The tagger reads "better" as good in one sentence and leaves it in the next.
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  speeding: 'speed',
};

/**
 * Lemma groups that name the same thing or the same kind of event in news copy.
 * The first word is the group's name. Kept general: reporting of counts, events,
 * meetings, agreements, disasters and elections, not any one story.
 */
const GROUPS: string[][] = [
  // counted people
  ['protester', 'demonstrator', 'marcher', 'protestor'],
  ['user', 'customer', 'client', 'subscriber', 'account'],
  ['supporter', 'backer', 'follower'],
  ['fan', 'spectator', 'crowd', 'attendance'],
  ['worker', 'employee', 'staff', 'staffer', 'workforce'],
  ['soldier', 'troop', 'serviceman'],
  ['child', 'kid', 'minor'],
  ['migrant', 'refugee', 'asylum-seeker'],
  // events
  ['death', 'die', 'dead', 'kill', 'killing', 'fatality', 'toll', 'perish', 'life', 'died', 'killed', 'body'],
  ['injury', 'injure', 'injured', 'wound', 'wounded', 'hurt', 'casualty'],
  ['missing', 'unaccounted'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['evacuate', 'evacuation', 'evacuee', 'displace', 'displaced', 'flee'],
  ['rescue', 'rescued', 'save', 'pull'],
  ['employ', 'employment', 'workforce', 'hire'],
  ['quake', 'earthquake', 'tremor', 'temblor'],
  ['strike', 'hit', 'jolt', 'rock'],
  ['agreement', 'deal', 'accord', 'pact', 'treaty', 'partnership'],
  ['sign', 'seal', 'conclude'],
  // A summit is its own event: "talks on the sidelines of the summit".
  // Leaders who "met for an hour" held a meeting; a crowd that gathers is a rally.
  ['talk', 'talks', 'negotiation', 'meeting', 'meet'],
  ['conference', 'briefing'],
  ['factory', 'plant', 'mill', 'facility', 'works'],
  ['company', 'firm', 'business', 'group'],
  ['resign', 'quit', 'step', 'resignation', 'depart'],
  ['collapse', 'break', 'fail', 'breakdown', 'founder', 'fall', 'topple', 'crash', 'tumble'],
  ['begin', 'start', 'open', 'launch', 'commence'],
  ['happen', 'occur', 'unfold'],
  ['explosion', 'blast', 'explode', 'detonation', 'detonate'],
  ['move', 'shift', 'transfer', 'airlift'],
  ['stampede', 'crush', 'surge'],
  ['end', 'finish', 'close', 'conclude'],
  // "landed at Orly" / "had touched down at Orly" (the tagger leaves "touch" of "touch down").
  ['arrive', 'land', 'arrival', 'touch', 'touchdown'],
  ['plane', 'aircraft', 'jet', 'airliner', 'aeroplane', 'airplane'],
  ['rally', 'gather', 'gathering', 'demonstration', 'protest', 'march'],
  ['sentence', 'term', 'jail', 'prison', 'imprisonment'],
  ['fine', 'pay', 'payment', 'penalty', 'compensation'],
  ['appoint', 'appointment', 'hire', 'name', 'nominate'],
  ['attendance', 'crowd', 'fan', 'spectator'],
  ['goal', 'score'],
  // "a 5.5% rise in three steps over 30 months" / "in three stages over 27 months".
  ['step', 'stage', 'phase', 'tranche', 'instalment', 'installment'],
  ['vote', 'ballot'],
  ['story', 'floor', 'level'],
  ['center', 'centre', 'hub'],
  ['school', 'schools'],
  ['close', 'shut', 'closure', 'shutdown'],
  ['halt', 'pause', 'suspend', 'suspension', 'stoppage', 'idle'],
  ['home', 'house', 'dwelling', 'building', 'residence', 'property', 'household', 'homeowner'],
  ['operation', 'surgery', 'procedure'],
  ['inflation', 'price'],
  ['loan', 'credit', 'lending'],
  ['project', 'scheme'],
  ['say', 'tell', 'announce', 'state', 'declare'],
  ['steal', 'breach', 'compromise', 'expose', 'leak'],
  ['intrusion', 'attack', 'hack', 'breach', 'break-in'],
  ['visit', 'tour'],
  ['pledge', 'promise', 'vow', 'commit', 'earmark', 'allocate'],
  ['rebuild', 'rebuilding', 'reconstruction', 'reconstruct', 'repair'],
  ['deploy', 'send', 'dispatch'],
  ['fly', 'travel', 'head', 'jet'],
  ['raise', 'increase', 'hike', 'lift'],
  // Height lost: "plunged 30,000ft" / "dropping about 26,000 feet" / "dived to 12,000 feet".
  ['drop', 'plunge', 'plummet', 'descend', 'descent', 'dive'],
  ['cut', 'lower', 'low', 'reduce', 'trim', 'slash', 'decrease'],
  ['hold', 'keep', 'maintain', 'leave'],
  ['charge', 'indict', 'prosecute'],
  ['flood', 'flooding'],
  ['rain', 'rainfall', 'downpour'],
  ['elect', 'win', 'election', 'victory'],
  ['margin', 'lead'],
  // Things found, seized or shown: "37 objects", "37 artefacts", "47 relics".
  ['object', 'artifact', 'artefact', 'relic', 'item'],
  ['excavate', 'excavation', 'dig'],
  // Shipping: a box is a container.
  ['container', 'box'],
  ['ship', 'vessel'],
  // Coming upon something: an intrusion detected, a fault found, a body discovered.
  ['detect', 'discover', 'find', 'spot', 'uncover', 'notice'],
  // Water and mud on the move.
  ['reach', 'pour', 'flow', 'spill', 'surge', 'sweep'],
  // What police do with teargas and rubber bullets.
  ['fire', 'lob', 'shoot', 'hurl'],
  // Translators' choices for one word.
  ['burden', 'load'],
  ['verdict', 'decision'],
  // Taking people: "abducted on 9 June", "seized on June 9", "kidnapped last June".
  ['kidnap', 'abduct', 'seize', 'snatch', 'kidnapping', 'abduction'],
  // Who a suspect is brought before: an investigating judge, a magistrate.
  ['judge', 'magistrate'],
  ['curve', 'bend'],
  ['thick', 'dense', 'heavy'],
  ['appear', 'apparently', 'seem', 'seemingly', 'apparent'],
  ['ordinary', 'common'],
  ['strict', 'stern', 'tough', 'severe', 'harsh'],
  ['hide', 'conceal'],
  ['negligence', 'negligent', 'neglect'],
  // Money a levy or a sale brings in.
  ['collect', 'raise', 'generate', 'earn', 'yield'],
  // Money a winner or a seller takes home: "collects £3.4 million", "banked £4.3million".
  ['collect', 'bank', 'pocket', 'earn', 'receive'],
  // Homes: the British flat is the American apartment.
  ['apartment', 'flat'],
  // What an outage or a strike does to the people it reaches.
  ['affect', 'disrupt', 'impact', 'hit'],
];

const GROUP_OF = new Map<string, Set<string>>();
for (const g of GROUPS) {
  for (const w of g) {
    let s = GROUP_OF.get(w);
    if (!s) GROUP_OF.set(w, (s = new Set()));
    s.add(g[0]!);
  }
}

/** Lemmas that are evidence of nothing: reporting verbs, hedges, function-like nouns. */
export const EMPTY_LEMMAS = new Set([
  'say', 'tell', 'add', 'official', 'also', 'be', 'have', 'do', 'more', 'less', 'least', 'most', 'about', 'around', 'some',
  'nearly', 'almost', 'roughly', 'approximately', 'than', 'over', 'under', 'up', 'just', 'only', 'still', 'already', 'now',
  'percent', 'per', 'cent', 'million', 'billion', 'thousand', 'hundred', 'number', 'figure', 'total', 'time', 'year', 'day',
  'week', 'month', 'hour', 'minute', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'evening', 'afternoon',
  'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next', 'this', 'that',
  'other', 'new', 'first', 'second', 'former', 'accord', 'report', 'statement', 'local', 'well', 'late', 'early', 'which',
  'who', 'when', 'where', 'there', 'it', 'mr', 'mrs', 'ms', 'dr', 'people', 'person', 'thing', 'way', 'one', 'get', 'make',
  'go', 'come', 'take', 'give', 'see', 'expect', 'least', 'further', 'since', 'ago', 'km', 'gmt', 'utc', 'am', 'pm',
]);

/**
 * Verbs that tell a statement: the value rules read a date they carry as a statement's, not an
 * event's, and a figure after them takes its tense from its own verb.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'write', 'tweet', 'post', 'comment', 'note', 'explain', 'speak',
]);

/** Generic counted nouns: any people-noun can stand for them ("12 workers" are "12 people"). */
export const GENERIC_PERSON = new Set(['people', 'person', 'individual', 'victim', 'civilian', 'resident', 'inhabitant', 'soul']);

/** Nouns that count people, for matching against a generic "people". */
export const PERSON_NOUN = new Set([
  'worker', 'employee', 'staff', 'nurse', 'doctor', 'midwife', 'passenger', 'student', 'pupil', 'child', 'adult', 'soldier',
  'troop', 'officer', 'fan', 'spectator', 'supporter', 'protester', 'demonstrator', 'voter', 'patient', 'user', 'customer',
  'miner', 'migrant', 'refugee', 'tourist', 'pilgrim', 'villager', 'fisherman', 'crew', 'member', 'teacher', 'firefighter',
  'rescuer', 'volunteer', 'prisoner', 'inmate', 'journalist', 'woman', 'man', 'fighter', 'militant', 'rebel', 'hostage',
  'participant', 'pensioner', 'retiree', 'respondent', 'crowd', 'attendance', 'spectator',
  'visitor', 'hiker', 'climber', 'skier', 'runner', 'mourner', 'guest', 'delegate',
  ...GENERIC_PERSON,
]);

const normCache = new Map<string, string>();

/** One form for a lemma: spelling variants and plurals the tagger left. */
export function normLemma(lemma: string): string {
  let hit = normCache.get(lemma);
  if (hit === undefined) {
    hit = normalise(lemma);
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(lemma, hit);
  }
  return hit;
}

function normalise(lemma: string): string {
  let w = lemma.toLowerCase().replace(/[’']/g, "'");
  if (SPELLING[w]) return SPELLING[w]!;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // "the elimination of 71 positions" / "eliminates 64 positions": the noun of an -ate verb is the verb.
  if (w.length >= 9 && w.endsWith('ation')) w = `${w.slice(0, -5)}ate`;
  // "underwent an inspection last Friday" / "was last inspected on June 11": so is an -ct verb's
  // ("production" is no "product", so -duction stays).
  else if (w.length >= 9 && w.endsWith('ction') && !w.endsWith('duction')) w = w.slice(0, -3);
  return SPELLING[w] ?? w;
}

/** The group names a lemma belongs to, or the lemma itself. */
export function senses(lemma: string): string[] {
  const w = normLemma(lemma);
  const g = GROUP_OF.get(w);
  return g ? [...g] : [w];
}

/** Do two lemmas name the same thing (same word, spelling variant or listed synonym)? */
export function sameSense(a: string, b: string): boolean {
  const na = normLemma(a);
  const nb = normLemma(b);
  if (na === nb) return true;
  const ga = GROUP_OF.get(na);
  const gb = GROUP_OF.get(nb);
  if (!ga || !gb) return false;
  for (const x of ga) if (gb.has(x)) return true;
  return false;
}

/** How many distinct senses two lemma lists share (each sense counted once). */
export function sharedSenses(a: Iterable<string>, b: Iterable<string>): string[] {
  const sb = new Set<string>();
  for (const w of b) for (const s of senses(w)) sb.add(s);
  const out = new Set<string>();
  for (const w of a) {
    for (const s of senses(w)) if (sb.has(s)) out.add(s);
  }
  return [...out];
}

/** Event classes whose counts are different facts (the killed are not the injured). */
const EVENT_CLASSES: Record<string, string[]> = {
  death: ['kill', 'die', 'dead', 'death', 'toll', 'fatality', 'perish', 'killed', 'died', 'life', 'body', 'fatal'],
  injury: ['injure', 'injured', 'wound', 'wounded', 'hurt', 'injury', 'treat', 'hospitalise', 'hospitalize', 'hospitalize'],
  missing: ['missing', 'unaccounted', 'miss'],
  arrest: ['arrest', 'detain', 'held', 'custody'],
  displaced: ['evacuate', 'displace', 'flee', 'evacuee', 'homeless', 'shelter'],
  rescue: ['rescue', 'save'],
  employ: ['employ', 'employment', 'workforce', 'staff'],
  damage: ['damage', 'destroy', 'flatten', 'collapse'],
};
const EVENT_OF = new Map<string, string>();
for (const [k, ws] of Object.entries(EVENT_CLASSES)) for (const w of ws) EVENT_OF.set(w, k);

/** The event class a lemma signals ("killing" → death), if any. */
export function eventClass(lemma: string): string | undefined {
  return EVENT_OF.get(lemma.toLowerCase()) ?? EVENT_OF.get(normLemma(lemma));
}

/** Counts that change as a story develops (tolls, arrests): a later report may rightly differ. */
export const DEVELOPING_EVENTS = new Set(['death', 'injury', 'missing', 'arrest', 'displaced', 'rescue', 'damage']);

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
export function namesWeekday(text: string): boolean {
  return WEEKDAY.test(text);
}
