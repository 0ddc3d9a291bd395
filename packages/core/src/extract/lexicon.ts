/**
 * Word lists that encode how English-language news names people and attributes
 * speech. They are general newsroom conventions, not facts about any one story.
 */

/** Lemmas of verbs that introduce or attribute speech. */
export const REPORTING_VERBS = new Set([
  'say', 'add', 'insist', 'warn', 'tell', 'stress', 'write', 'tweet', 'post', 'claim', 'declare',
  'note', 'explain', 'argue', 'counter', 'contend', 'acknowledge', 'admit', 'describe', 'call',
  'urge', 'ask', 'reply', 'respond', 'continue', 'suggest', 'announce', 'promise', 'vow', 'condemn',
  'defend', 'state', 'comment', 'remark', 'observe', 'complain', 'predict', 'conclude', 'confirm',
  'deny', 'accuse', 'reiterate', 'recall', 'emphasise', 'emphasize', 'maintain', 'assert', 'concede',
  'plead', 'demand', 'appeal', 'shout', 'joke', 'quip', 'boast', 'lament', 'report', 'testify',
  'allege', 'caution', 'protest', 'retort', 'answer', 'agree', 'hail', 'praise', 'criticise',
  'criticize', 'dismiss', 'brand', 'label', 'blame', 'pledge', 'thank', 'tout', 'concur', 'muse',
  'fume', 'rage', 'blast', 'slam', 'storm', 'lash', 'snarl', 'beam', 'gush', 'laugh', 'smile', 'chuckle',
  'grin', 'cry', 'beg', 'moan', 'groan', 'mutter', 'murmur', 'reflect', 'confess', 'gloat', 'vent',
  'rant', 'howl', 'yell', 'scream', 'sob', 'weep', 'wail', 'stammer', 'insist', 'tweet', 'text',
  'email', 'message', 'cite', 'quote', 'echo', 'repeat', 'underline', 'highlight', 'assure', 'reassure',
  'promise', 'threaten', 'vow', 'swear', 'predict', 'forecast', 'estimate', 'calculate', 'advise',
  'instruct', 'inform', 'notify', 'brief', 'counsel', 'acknowledge', 'add', 'explain',
  'whisper', 'exclaim', 'sigh', 'scoff', 'snap', 'interject', 'recount', 'reveal', 'disclose',
  'signal', 'indicate', 'characterise', 'characterize', 'insisted', 'told', 'wrote', 'said',
  'telle', 'speak', 'mention', 'summarise', 'summarize', 'charge', 'rule', 'order', 'find', 'tell',
]);

/** Nouns that name a piece of speech: "comments by X", "X's remarks". */
export const SPEECH_NOUNS = /^(?:comments?|remarks?|words|statement|statements|claims?|warnings?|accusations?|description|pledges?|promises?|insistence|assertions?|assurances?|reassurances?|denials?|apolog(?:y|ies)|explanations?|vows?|threats?|message|speech|testimony|verdict|ruling|tweet|post|letter|announcement|admission|plea|appeal|interview)$/i;

/**
 * Who a vox pop or a tribute is, before the name ("Baker Tom Reyes said", "Singer Kieran
 * Mulhall", "Pilot Bikram Rana"); never the last word of a name run. A trade says what someone
 * does, not which office they hold: another outlet's "the singer" need not be the same person.
 */
export const OCCUPATIONS = [
  'baker', 'shopkeeper', 'vendor', 'fisherman', 'farmer', 'trader', 'teacher', 'student', 'resident',
  'mechanic', 'grocer', 'volunteer', 'pensioner', 'retiree', 'commuter', 'passenger', 'villager',
  'homeowner', 'businessman', 'businesswoman', 'entrepreneur', 'nurse', 'paramedic', 'firefighter',
  'singer', 'songwriter', 'singer-songwriter', 'musician', 'guitarist', 'drummer', 'rapper', 'actor', 'actress',
  'comedian', 'poet', 'novelist', 'author', 'painter', 'presenter', 'chef', 'footballer', 'athlete',
  'climber', 'mountaineer', 'pilot', 'surgeon', 'engineer', 'scientist', 'researcher',
  'historian', 'journalist', 'photographer', 'activist', 'campaigner', 'survivor', 'miner',
];

/** Honorifics and titles that may stand before a name, capitalised or not. Longest first. */
export const TITLES = [
  // A city's office, not a peer: "Lord Mayor Henrike Albers" is no lord (nor a man).
  'lord mayor', 'lord provost', 'lady mayoress',
  // A head of state's style in formal copy: "Her Excellency Abena Serwaa Tetteh".
  'his excellency', 'her excellency', 'right reverend', 'most reverend', 'prime minister', 'deputy prime minister', 'foreign minister', 'finance minister', 'health minister',
  'defence minister', 'defense minister', 'interior minister', 'foreign secretary', 'home secretary',
  'secretary of state', 'state minister', 'undersecretary',
  // German offices left untranslated in English copy: "Oberstaatsanwalt Henrik von Stetten".
  'oberstaatsanwalt', 'oberstaatsanwältin', 'staatsanwalt', 'staatsanwältin', 'oberbürgermeister', 'oberbürgermeisterin', 'bürgermeister', 'bürgermeisterin', 'under-secretary', 'deputy minister', 'acting minister', 'superintendent of police', 'deputy superintendent of police',
  'inspector general of police', 'director general of police', 'commissioner of police', 'chief of staff',
  'chief of police', 'minister of state', 'chief of defence staff', 'secretary-general', 'secretary general', 'chief executive officer',
  // A company's head in British and Australian usage, often beside "Chief Executive Officer".
  'managing director', 'returning officer', 'acting returning officer', 'presiding officer', 'electoral officer', 'finance director', 'executive chairman', 'executive chair', 'group chief executive', 'deputy chief executive',
  'chief operating officer', 'chief financial officer', 'chief technology officer', 'chief medical officer', 'chief executive', 'vice president',
  'vice-president', 'president-elect', 'first minister', 'attorney general', 'chief justice',
  // South Asian offices: a state's or province's head of government and a district's administrators.
  'deputy chief minister', 'chief minister', 'chief secretary', 'deputy commissioner', 'district magistrate', 'sub-divisional magistrate', 'district collector',
  'chief constable', 'deputy chief constable', 'chief inspector', 'detective chief inspector',
  'detective inspector', 'police chief', 'fire chief', 'health secretary', 'chancellor', 'president',
  'minister', 'secretary', 'premier', 'taoiseach', 'tánaiste', 'tanaiste', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'sen.',
  'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'regent', 'prefect', 'general',
  'gen.', 'judge', 'justice', 'ambassador', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson',
  'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'coach', 'manager', 'captain', 'skipper', 'vice-captain', 'umpire', 'referee', 'inspector',
  'detective', 'sergeant', 'officer', 'professor', 'prof.', 'prof', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs',
  'ms.', 'ms', 'miss', 'sir', 'lord', 'lady', 'dame', 'rev.', 'reverend', 'father', 'sheikh', 'emir',
  'ayatollah', 'chancellor', 'mp', 'lawyer', 'attorney', 'prosecutor', 'economist', 'analyst',
  'correspondent', 'editor', 'reporter', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'mayor pro tem', 'pro tem', 'council member', 'councilmember', 'councilwoman', 'councilor', 'councillor', 'cllr', 'cllr.', 'cr', 'cr.', 'mmc',
  'alderwoman', 'supervisor', 'commissioner', 'budget director', 'city manager', 'city attorney',
  'rear admiral', 'vice admiral', 'admiral', 'commodore', 'lieutenant colonel', 'colonel', 'lieutenant general',
  'major general', 'brigadier general', 'brigadier', 'lieutenant', 'commander', 'marshal', 'corporal', 'constable',
  'superintendent', 'administrator',
  // Malaysian and Indonesian honorifics: an engineer's "Ir.", the federal and state titles.
  'ir.', 'ir', 'tan sri', 'datuk seri', 'datuk', "dato'", 'dato’', 'dato', 'datin', 'tun', 'haji', 'hajjah',
  ...OCCUPATIONS,
];

/** Head words of a title: whatever capitalised words precede one belong to the title ("Labour Minister", "SNB Chairman"). */
export const TITLE_HEADS = new Set([
  'minister', 'secretary', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'judge', 'governor',
  'officer', 'chief', 'commissioner', 'colonel', 'general', 'major', 'captain', 'lieutenant', 'sergeant',
  'corporal', 'admiral', 'brigadier', 'commander', 'marshal', 'superintendent', 'inspector', 'constable',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'mayor', 'senator', 'manager', 'coach', 'boss',
  'executive', 'ceo', 'cfo', 'coo', 'founder', 'agent', 'charge', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'sheikh', 'emir', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'professor', 'dean',
  'rector', 'treasurer', 'attorney', 'prosecutor', 'councillor', 'councilman', 'alderman', 'whip', 'leader',
  'head', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'editor', 'correspondent', 'analyst',
  'economist', 'presenter', 'anchor', 'reporter', 'justice', 'magistrate', 'coroner', 'sheriff', 'envoy', 'regent', 'prefect',
  'representative', 'delegate', 'negotiator', 'adviser', 'advisor', 'aide', 'deputy', 'vice-president',
  // Kenya's cabinet and principal secretaries: "Agriculture CS Grace Kinyanjui", "the CS said".
  'cs', 'ps',
  // Offices of parks, zoos and schools: "District Ranger Elise Marchetti", "Senior Keeper Megan Hartley".
  'keeper', 'zookeeper', 'ranger', 'warden', 'curator', 'headteacher', 'headmaster', 'headmistress',
  'president-elect', 'chairperson', 'mp', 'mep', 'senator-elect', 'governor-general', 'secretary-general',
  'candidate', 'nominee', 'administrator', 'co-founder', 'cofounder', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-owner', 'co-director', 'co-leader',
  'lawyer', 'solicitor', 'barrister', 'counsel', 'witness', 'expert', 'scientist', 'researcher', 'engineer',
  'doctor', 'surgeon', 'nurse', 'activist', 'campaigner', 'official', 'spokesman', 'organiser', 'organizer',
  'vice-chairman', 'vice-chair', 'vice-chancellor', 'owner', 'partner', 'head', 'superintendent',
  'clerk', 'registrar', 'treasurer', 'auditor', 'ombudsman', 'lt', 'lt.', 'col', 'col.', 'gen', 'gen.', 'maj', 'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'cpl', 'cpl.',
  'adm', 'adm.', 'brig', 'brig.', 'cmdr', 'cmdr.', 'insp', 'insp.', 'supt', 'supt.', 'det', 'det.',
  'rev', 'rev.', 'hon', 'hon.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'pres', 'pres.',
]);

/** Honorifics that tell a person's gender, for pronoun agreement. */
export const MALE_HONORIFICS = new Set(['his excellency', 'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'sheikh', 'emir']);
export const FEMALE_HONORIFICS = new Set(['her excellency', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'queen', 'princess']);

/** Kinship and gendered role nouns that tell a gender when a name does not ("the eldest daughter", "chairman"). */
export const FEMALE_ROLE = /^(?:daughter|mother|wife|sister|widow|grandmother|granddaughter|niece|aunt|woman|girl|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|princess|nun)$/;
export const MALE_ROLE = /^(?:son|father|husband|brother|widower|grandfather|grandson|nephew|uncle|man|boy|spokesman|chairman|congressman|councilman|businessman|actor|king|prince|monk)$/;

/** Nouns a role description may end in when it refers back to a person. */
export const PERSON_ROLE_NOUNS = new Set([
  'leader', 'president', 'minister', 'premier', 'chancellor', 'official', 'officials', 'spokesman',
  'spokeswoman', 'spokesperson', 'head', 'chief', 'boss', 'king', 'queen', 'prince', 'pope', 'senator',
  'governor', 'mayor', 'regent', 'prefect', 'general', 'judge', 'ambassador', 'commissioner', 'director', 'chairman',
  'chairwoman', 'executive', 'coach', 'manager', 'captain', 'skipper', 'vice-captain', 'umpire', 'referee', 'inspector', 'detective', 'officer',
  'professor', 'doctor', 'lawyer', 'attorney', 'prosecutor', 'economist', 'analyst', 'correspondent',
  'editor', 'reporter', 'man', 'woman', 'father', 'mother', 'son', 'daughter', 'brother', 'sister',
  'husband', 'wife', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'veteran', 'witness',
  'survivor', 'victim', 'resident', 'owner', 'founder', 'secretary', 'envoy', 'diplomat', 'politician',
  'lawmaker', 'mp', 'candidate', 'challenger', 'incumbent', 'strongman', 'dictator', 'monarch',
  'emperor', 'banker', 'governor', 'scientist', 'researcher', 'expert', 'author', 'activist',
  'campaigner', 'teenager', 'girl', 'boy', 'star', 'singer', 'actor', 'actress', 'nurse', 'surgeon',
  'firefighter', 'engineer', 'worker', 'student', 'teacher', 'pilot', 'driver', 'farmer', 'trader',
  'investor', 'negotiator', 'mediator', 'interpreter', 'host', 'guest', 'counterpart', 'premier',
  'year-old', 'prime', 'gaffer', 'skipper', 'boss', 'chief', 'minister', 'premier', 'chancellor',
  // The people of vox pops and family stories: "said the neighbour, Encarnación Ruiz".
  'neighbour', 'neighbor', 'friend', 'relative', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'colleague', 'passenger', 'patient',
  'shopkeeper', 'landlord', 'landlady', 'tenant', 'landowner', 'mourner', 'parent', 'commuter', 'villager',
  'delegate', 'aide', 'insider', 'source', 'guard', 'bystander', 'eyewitness', 'guest',
  // Clergy: "the Bishop said" is the bishop the story named, not a Mr Bishop.
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'priest', 'pastor', 'vicar', 'chaplain',
  'cs', 'ceo', 'keeper', 'zookeeper', 'ranger', 'warden', 'curator', 'headteacher',
]);

/** Nouns a role description may end in when it refers back to an organisation. */
export const ORG_ROLE_NOUNS = new Set([
  'agency', 'charity', 'group', 'organisation', 'organization', 'company', 'firm', 'body',
  'ministry', 'union', 'bank', 'party', 'government', 'administration', 'watchdog', 'regulator',
  'department', 'council', 'commission', 'committee', 'club', 'team', 'association', 'federation',
  'court', 'police', 'force', 'army', 'military', 'embassy', 'office', 'authority', 'authorities',
  'board', 'fund', 'network', 'broadcaster', 'newspaper', 'institute', 'university', 'hospital',
  'coalition', 'alliance', 'campaign', 'movement', 'operator', 'airline', 'insurer', 'lender',
  'retailer', 'manufacturer', 'carmaker', 'giant', 'conglomerate', 'startup', 'kremlin', 'palace',
  'service', 'services', 'family', 'families', 'ngo', 'nonprofit', 'group', 'utility', 'railway',
  'panel', 'tribunal', 'jury',
  // A cruise or shipping line, an airline's "the carrier", a crypto or stock "exchange".
  'line', 'carrier', 'exchange',
]);

/** Words that head an organisation's name. */
export const ORG_NAME_WORDS = /^(?:Watch|Coalition|Growers|Producers|Farmers|Manufacturers|Employers|Party|Ministry|Council|Commission|Committee|Bank|Agency|Association|Union|Federation|Institute|University|College|Hospital|Trust|Foundation|Fund|Group|Company|Corporation|Corp|Inc|Ltd|Plc|LLC|News|Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Reuters|Press|Television|TV|Radio|Network|Office|Department|Service|Services|Authority|Board|Court|Police|Army|Navy|Forces|Church|Club|FC|United|City|Rovers|Airlines|Airways|Air|Cruises|Cruise|Holidays|Tours|Travel|Voyages|Expeditions|Lines|Line|Ferries|Shipping|Rail|Railway|Railways|Bahn|Transport|Transit|Logistics|Motors|Energy|Utilities|Holdings|Industries|Systems|Technologies|Labs|Partners|Capital|Media|Pharma|Pharmaceuticals|Foods|Telecom|Communications|Insurance|Investments|Apparels|Textiles|Mining|Petroleum|Oil|Gas|Chemicals|Construction|Engineering|Studios|Entertainment|Software|Solutions|Enterprises|GmbH|AG|SA|SpA|NV|BV|AB|ASA|Oy|KK|Bureau|Centre|Center|Organisation|Organization|Alliance|Front|Movement|Brigade|Guard|Guards|Cross|Crescent|Amnesty|International|Oxfam|Greenpeace|UN|NATO|EU|IMF|WHO|BBC|CNN|ITV|AFP|AP|Kremlin|Pentagon|Congress|Parliament|Senate|Assembly|Cabinet|Government|Administration|Embassy|Commons|Lords|Treasury|Power|Electric|Water|Survey|Observatory|Directorate|Inspectorate|Tribunal|Secretariat|Imaging|Aerospace|Robotics|Therapeutics|Biotech|Biosciences|Biologics|Genomics|Diagnostics|Analytics|Instruments|Semiconductor|Semiconductors|Electronics|Automotive|Metals|Steel|Cement|Brewing|Breweries|Brewery|Distillery|Hotels|Resorts|Realty|Ventures|Networks|Wireless|Publishing|Productions|Consulting|Securities|Bancorp|Payments|Supermarkets|Cosmetics|Beverages|Plastics|Polymers|Packaging|Shipyards|Shipbuilding|Refining|Renewables|Pipelines|Freight|Couriers|Healthcare|Laboratories|Vaccines)$/;

export { DEMONYMS } from '../gazetteer/demonyms.js';

/** Function words that are never part of a name even when capitalised at a sentence start. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'still', 'then', 'now',
  'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'where', 'as', 'if', 'although',
  'though', 'because', 'since', 'with', 'without', 'for', 'from', 'by', 'to', 'of', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'this', 'that',
  'these', 'those', 'there', 'here', 'what', 'who', 'which', 'why', 'how', 'asked', 'speaking',
  'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'both', 'all', 'some', 'many',
  'most', 'one', 'two', 'three', 'several', 'no', 'not', 'only', 'also', 'even', 'just', 'perhaps',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'overall', 'separately', 'elsewhere',
  'according', 'under', 'over', 'among', 'amid', 'despite', 'until', 'following', 'per', 'like',
  'unlike', 'whether', 'once', 'every', 'each', 'such', 'any', 'more', 'less', 'few', 'other',
  // "Afterwards Hensall admitted …", "Full Budget documents are available": adverbs and adjectives
  // that open sentences before a name.
  'afterwards', 'afterward', 'soon', 'shortly', 'finally', 'eventually', 'initially', 'subsequently',
  'again', 'already', 'tonight', 'full', 'further', 'additional',
]);

export type PronounKind = 'male' | 'female' | 'plural' | 'neuter' | 'first';
export const PRONOUNS: ReadonlyMap<string, PronounKind> = new Map(Object.entries({
  he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female',
  they: 'plural', them: 'plural', their: 'plural', it: 'neuter', its: 'neuter',
  i: 'first', we: 'first',
} satisfies Record<string, PronounKind>));

/** Heads of role descriptions that name a business: "the company" never means a public body. */
export const BUSINESS_NOUNS = new Set(['company', 'firm', 'operator', 'carrier', 'airline', 'manufacturer', 'retailer', 'insurer', 'brand', 'employer', 'owner', 'lender', 'bank']);
/** Organisations that are no company: "the company said" never means them. */
export const PUBLIC_BODY = /\b(?:ministry|department|office|government|council|authority|police|agency|commission|court|parliament|army|navy|service|brigade|guard|bureau|inspectorate|union|association|federation|charity|university|hospital|school|church|party|institute)\b/i;
/** Bodies of the state one outlet may name only as "the ministry": no other organisation is meant. */
export const STATE_BODY = /^(?:ministry|government|department|police|army|navy|court|council|parliament|cabinet|prosecutors?)$/;

/** Lower-case particles inside a person's name ("Jorrit van der Berg", "Jose dela Cruz", "Bashar al-Assad"). */
export const NAME_PARTICLES = new Set([
  'al', 'al-', 'el', 'bin', 'bint', 'ibn', 'de', 'del', 'dela', 'della', 'delos', 'der', 'den', 'des', 'van', 'von',
  'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'ben', 'abu', 'ter', 'st.', 'st',
]);

/** "Sen. Wade Ellery, R-Texas, said": a party and state after a name, no one of their own. */
export const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;

/**
 * Parties by the names papers print before a member's name ("Conservative Giles Ormerod",
 * "Liberal Democrat Catrin Adeyemi"); `PARTY_NAME` also takes their plurals ("the Conservatives").
 */
const PARTIES = ['Conservative', 'Tory', 'Labour', 'Republican', 'Democrat', 'Democratic', 'Green', 'SNP', 'Independent', 'Liberal Democrat', 'Lib Dem', 'Reform UK', 'Plaid Cymru', 'Sinn Féin', 'Sinn Fein'];
export const PARTY_LABEL = new RegExp(`^(?:${PARTIES.join('|')})$`);
export const PARTY_NAME = new RegExp(`^(?:${PARTIES.join('|')}|Tories|Conservatives|Republicans|Democrats|Greens|Liberal Democrats|Lib Dems)$`);
