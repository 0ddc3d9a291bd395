import type { Token, Value } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';
import { CARDINAL_WORDS, parseNumber } from './number-words.js';
import { compatiblePlaces, isCountryOrRegion, isKnownPlace, lookupPlace, type PlaceType } from '../gazetteer/index.js';
import { getGender } from 'gender-detection-from-name';
import { matchAll } from './match-all.js';

const WEEKDAYS_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Ramadan)$/;
/** Words that make a capitalised run a person, an organisation or an event rather than a place. */
const NOT_PLACE_WORD = /^(?:Guard|Guards|Mr|Mrs|Ms|Dr|Prof|President|Prime|Minister|Chancellor|King|Queen|Prince|Princess|Pope|Secretary|General|Senator|Governor|Judge|Justice|Sir|Lord|Lady|Party|Ministry|Department|Council|Commission|Committee|Bank|Company|Group|Inc|Ltd|Corp|Association|Union|University|Authority|Board|Trust|Foundation|Institute|Corporation|Federation|Alliance|Coalition|Police|News|Times|Post|Journal|Report|Summit|Conference|Court|Agency|Service|Office|Parliament|Congress|Senate|Assembly|Government|English|French|German|Russian|Arabic|Spanish|Chinese|Japanese)$/;
/** Words that make "the X" a place ("the Hague", "the Gulf", "Downing Street"). */
const PLACE_WORD = /^(?:Street|Road|Avenue|Square|Lane|Place|Palace|Hall|Bridge|Airport|Station|Terminal|Port|Harbour|Infirmary|Courthouse|Island|Islands|Isle|Lake|Lough|Loch|River|Mount|Mountains|Range|Ranges|Gorge|Plateau|Valley|Gulf|Sea|Ocean|Bay|Beach|Spit|Cove|Reef|Cape|Headland|Point|Lagoon|Estuary|Inlet|Sound|Coast|Province|Region|County|District|City|Town|Village|Hague|Netherlands|Philippines|Balkans|Caucasus|Sahel|Levant|Kingdom|States|Republic|Emirates|Strait|Channel|Peninsula|Desert|Forest|Park|Hospital|Stadium|Centre|Center|Capitol|Palazzo|Piazza|Plaza|Platz|Schloss|Castle|Cathedral|Museum|Embassy|Val|Valle|Monte|Lago|Sierra|Cerro|School|College|Church|Mosque|Temple|Arena|Fairgrounds|Pier|Wharf|Hôtel|Hotel|Rue|Boulevard|Quai|Pont|Gare|Via|Calle|Praça|Largo|Straße|Strasse|Marktplatz|Market|Tower|Reserve|Oval|Gardens|Mall|Rio|Río|Rua|Avenida|Vila|Ribeirão|Córrego|Arroyo|Ciudad|Puerto|Bahía|Isla|Ilha|Serra|Bairro|Barrio|Highway|Motorway|Dam|Reservoir|Canal|Creek|House|Lodge|Manor|Residence|Chancellery|Château|Chateau|Buildings|Building|Terminus|Circle|Circus|Nagar|Chowk|Marg|Mine|Shaft|Colliery|Quarry|Refinery|Smelter|Upazila|Ghat|LGA|Camp|Glacier|Icefall|Ridge|Col|Face|Fen|Fens|Marsh|Marshes|Moor|Moors|Heath|Wetlands|Basin|Mines|Docks|Heights|Springs|Falls|Hills|Downs|Barangay|Brgy|Purok|Sitio|Kampung|Desa|Kelurahan|Kecamatan|Mahalle|Mahallesi|Colonia|Aldea|Vereda|Kebele|Woreda|Tambon|Amphoe|Base|Airbase|Airfield|Aerodrome|Barracks)$/;
/**
 * German, Dutch and Nordic streets and squares write their kind into the name's last part
 * ("Theodor-Heuss-Straße", "Dahlenburger Landstraße", "Damrak", "Drottninggatan").
 */
const STREET_COMPOUND = /[\p{L}-](?:straße|strasse|platz|gasse|allee|chaussee|damm|ufer|straat|plein|gracht|laan|gatan|vägen|gata|vej|veien|torget|torg)$/iu;
const isPlaceWord = (w: string) => PLACE_WORD.test(w) || (/^\p{Lu}/u.test(w) && STREET_COMPOUND.test(w));
const isOnPlaceWord = (w: string) => ON_PLACE_WORD.test(w) || (/^\p{Lu}/u.test(w) && STREET_COMPOUND.test(w));
/**
 * A court named as a building ("at Bradford Crown Court", "Lüneburg Local Court", "Centre Court"):
 * a place, where "the Supreme Court ruled" names the bench.
 */
const COURT_VENUE = /\p{Lu}\S*\s(?:Crown|Magistrates['’]?|Local|County|Sheriff|Coroner['’]?s|Centre|Center)\sCourt$|^(?:the\s)?(?:Centre|Center)\sCourt$|\sCourts\sof\sJustice$/u;
const DIRECTION = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';

const BEARING = '(?:[Nn]orth|[Ss]outh)(?:-?(?:east|west))?|[Ee]ast|[Ww]est';

/** What `direction` cannot match without (same flags): most paragraphs give no bearing. */
const HAS_BEARING = new RegExp(`\\s(?:north|south|east|west)`, 'iu');
const direction = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${CARDINAL_WORDS}|a few|several)\\s?(km|kilometres?|kilometers?|miles?|metres?|meters?|m)\\s(${DIRECTION})\\s(?:of\\s)?((?:the\\s(?:capital|city|border|town|coast)\\b)|[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+)*)`,
  'giu',
);

const TOWN_BEFORE_BODY = /\b(?:[Aa]n?|[Tt]he)\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s(?:(?:district|regional|city|high|criminal|military|appeals?|federal|state|general|central|university|women's|children's)\s)?(?:court|hospital|prison|jail|morgue|mortuary|tribunal)\b/gu;
const COUNTRY_COAST = /\b(?:[Ii]n|[Oo]n|[Oo]ff|[Ff]rom|[Aa]long|[Nn]ear|[Tt]o|[Tt]owards?)\s+(the\s\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)\s(?:coast|coastline|shore|mainland))\b/gu;

// A capitalised place name, possibly several words ("Lough Erne", "Isle of Man", "St. Louis"),
// after a locative preposition and optional modifiers ("in southern Peru", "near the town of Chivay").
// Capitals with accents too: "Édouard-Herriot hospital", "Île-de-France", "Łódź".
// Road numbers too ("the BR-040 highway", "the M25"), kept only beside a word that makes them a road.
const WORD = "(?:St\\.|\\p{Lu}{1,3}-?\\d{1,4}(?![\\p{L}\\d])|\\p{Lu}[\\p{L}'’-]*)";
const ROAD_NUMBER = /\d/;
// "Buhay na Tubig": the Filipino linker "na" joins a place's words like "de".
const NAME_PARTICLE = '(?:de(?:\\sla)?|del|la|des|du|della|di|da|do|dos|das|van|von|aan(?:\\sden)?|op|am|na)';
const PARTICLE_WORD = /^(?:de|del|la|des|du|della|di|da|do|dos|das|van|von|aan|den|op|am|na)$/;
// Particles inside names of places: "Isle of Man", "Place des Terreaux", "Hôtel de Ville", "Rue du Bac".
const NAME = `${WORD}(?:\\s(?:of\\s(?:the\\s)?|${NAME_PARTICLE}\\s)?${WORD})*`;
const bareBearing = new RegExp(`\\b(${BEARING})(?:\\sand\\s(${BEARING}))?\\sof\\s((?:the\\s)?${NAME}|the\\s(?:capital|city|town|border|coast))\\b`, 'gu');
const MODIFIER = '(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|rural|coastal|greater|(?:north|south)(?:-?(?:east|west))?|east|west)\\s)';
// "the town of", "the Greek island of", "the Cycladic islands of", "the southern tip of".
const LEAD_KIND =
  "(?:(?:[A-Z][\\p{L}'’-]+|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|north|south|east|west|north-east|north-west|south-east|south-west)\\s)?(?:(?:port|coastal|border|mountain|island|capital|industrial|university|market|mining|fishing|resort|garrison|frontier)\\s)?(?:towns?|city|cities|villages?|provinces?|regions?|districts?|state|county|counties|suburbs?|outskirts|port|islands?|coast|tip|shores?|edge|parish|municipality|neighbou?rhoods?|community|localit(?:y|ies)|hamlet|settlement|commune|township|borough|departments?|side|part|end|half|corner)\\sof\\s";
const LEAD = `(?:the\\s${LEAD_KIND})`;
/** "the port city of Kushiro": the lead a locative phrase may open with, before a bearing's place too. */
const LED_ANCHOR = new RegExp(`^${LEAD}(?=\\p{Lu})`, 'u');
/** Lower-case words after a name that make it a place ("Caylloma province", "Södersjukhuset hospital"). */
const PLACE_SUFFIX = '(?:province|district|region|county|state|valley|plateau|gorge|lagoon|reef|headland|prefecture|municipality|commune|tehsil|taluka|chamber|hospital|airport|station|square|harbour|harbor|island|bridge|tunnel|stadium|cathedral|market|temple|palace|hill|church|mosque|tower|highway|motorway|area|dam|mine|shaft|colliery|quarry|refinery|smelter|reservoir|foreshore|beach|waterfront|seafront|esplanade|promenade|wharf|jetty|marina|terminal|quay|dock|port|river|hamlet|village|regency|subdistrict|township|upazila|thana|ghat|subway|underpass|flyover|junction|interchange|roundabout|terminus|depot|substation|(?:air|naval|military|army)\\s(?:base|station)|airbase|airfield|aerodrome|barracks|(?:launch|ferry|bus|railway|train|cargo|container)\\s(?:ghat|terminal|station|jetty|pier|depot)|(?:(?:nuclear|power|coal|gas|wind|solar|hydroelectric|chemical|steel|assembly|water|treatment|processing|car)\\s){0,2}(?:plant|station|factory|refinery|works|mill))';
const PLACE_SUFFIX_AT_END = new RegExp(`\\s${PLACE_SUFFIX}$`);
const PLACE_SUFFIX_WORD = new RegExp(`^${PLACE_SUFFIX}$`);
// "Beijing's Tiananmen Square", "the city's harbour": a possessive that names a place after it.
const PLACE_AFTER_POSSESSIVE = new RegExp(`^['’]s\\s(?:\\p{Lu}|${PLACE_SUFFIX}\\b)`, 'u');
/** Describing words between "the" and a place's name: "on the nearby Burnside Bridge". */
const DESCRIBING = '(?:nearby|neighbouring|neighboring|historic|old|new|main|busy|closed|damaged)';
const THE = `(?:the\\s(?:${DESCRIBING}\\s)?)`;
const DESCRIBED = new RegExp(`^the\\s${DESCRIBING}\\s`);
const LED = new RegExp(LEAD, 'u');
const DIVISION = '(?:district|province|county|region|state|suburb|neighbou?rhood|borough|ward|parish|municipality|prefecture)';
const NAMED_LEAD = new RegExp(`\\bthe\\s(\\p{Lu}[\\p{L}'’-]+)\\s(${DIVISION})\\sof\\s+$`, 'u');
const OWNED_DISTRICT = new RegExp(`^${NAME}['’]s\\s(${NAME}\\s${DIVISION})$`, 'u');
/** "the Greek island of", "the Mexican state of": a people's adjective, not the name of the place. */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ch))$|^(?:Greek|Thai|Dutch|Swiss|Basque|Welsh|Scots)$/u;
const locative = new RegExp(
  `\\b(?:[Aa]s\\sfar\\sas|[Ii]n|[Aa]t|[Bb]etween|[Nn]ear|[Oo]ff|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout|[Tt]o|[Ff]rom|[Ii]nto|[Oo]nto|[Oo]ver|[Aa]long|[Tt]owards?|[Oo]ut\\sof|[Dd]own|[Aa]round|[Aa]bove|[Bb]elow|[Oo]n)\\s+(?:(?:its|their)\\s(?=\\p{Lu}))?${LEAD}?${MODIFIER}?(${THE}?${NAME}(?:,\\s${NAME})?(?:\\s${PLACE_SUFFIX})?)`,
  'gu',
);

// Only verbs whose object is a place: one also visits, reaches or evacuates people.
/** A verb of carrying or travelling, with a word or two after it, just before "to" or "from". */
// "went to France", "a state visit to France", "his flight to Paris": going somewhere, told by a verb or its noun.
const MOVED_BEFORE = /\b(?:flown|flew|airlifted|evacuated|taken|carried|driven|drove|transferred|brought|moved|rushed|long-lined|winched|ferried|trekked|hiked|descended|sailed|shipped|diverted|travell?ed|relocated|transported|retreated|fled|returned|return|went|gone|go|goes|going|deported|extradited|repatriated|visit|trip|journey|flight|voyage|move|travel|travels|travelling|traveling)(?:\s+(?:back|on|out|down|up|first|later|then|directly|straight|safely|home))*\s+$/;
const TRAVEL_VERB = /\b(?:bound|headed|heading|destined|left|leaving|departed|departing|reach|reached|reaches|reaching)\b/;
const travel = new RegExp(`\\b(?:(?:bound|headed|heading|destined) for|left|leaving|departed|departing(?: from)?|(reach(?:ed|es|ing)?)(?:\\sthe)?)\\s+(${NAME})`, 'gu');
/** "the district of Vila Esperança" with no preposition before it: the lead alone says it is a place. */
const ledPlace = new RegExp(`\\b[Tt]he\\s${LEAD_KIND}(${NAME})`, 'gu');

/** Three or more capitalised names in a list: "A, B, C and D". */
const PLACE_LIST = new RegExp(`${WORD}(?:\\s${WORD}){0,2}(?:,\\s${WORD}(?:\\s${WORD}){0,2}){1,}(?:,?\\s(?:and|or)\\s${WORD}(?:\\s${WORD}){0,2})`, 'gu');
/** Cheap tests for a list before its pattern, which opens on a letter class, scans the whole block. */
const LIST_TEST_AND = /\s(?:and|or)\s\p{Lu}/u;
const LIST_TEST_COMMA = /,\s\p{Lu}/u;
/** "an alert for", "warnings for", "Signal No. 4 was raised over": what a warning is issued for is where it applies. */
const WARNING_TEST = /\b(?:(?:alert|warning|watch|advisory|advisories|curfew|lockdown|forecast|emergency)s?\sfor|(?:raised|hoisted|lifted)\sover)\s\p{Lu}/u;
const WARNING_FOR = new RegExp(`\\b(?:(?:alert|warning|watch|advisory|advisories|curfew|lockdown|forecast|emergency)s?\\sfor|(?:raised|hoisted|lifted)\\sover)\\s(${WORD}(?:\\s${WORD}){0,2}(?:,\\s${WORD}(?:\\s${WORD}){0,2})*(?:,?\\s(?:and|or)\\s${WORD}(?:\\s${WORD}){0,2})?)`, 'gu');
const LIST_ITEM = new RegExp(`${WORD}(?:\\s${WORD}){0,2}`, 'gu');
const BASED = new RegExp(`\\b(${NAME})-based\\b`, 'gu');
// "Chhatrapati Shivaji Maharaj Terminus (CSMT) and Thane": the first name's abbreviation may stand between.
/** The next name of a list after a comma. */
const LIST_MORE = new RegExp(`^,\\s(${NAME})`, 'u');
const COORDINATED = new RegExp(`^(?:\\s\\([A-Z]{2,8}\\))?\\s(?:and|or)\\s(?:(?:downtown|central|northern|southern|eastern|western)\\s)?(${NAME})`, 'u');

/** Words of a place one is "on": a street, an island, a lake, a coast. Before other names "on" means "about" ("talks on Syria"). */
const ON_PLACE_WORD = /^(?:Face|Glacier|Ridge|Icefall|Col|Street|Road|Avenue|Lane|Square|Place|Plaza|Piazza|Platz|Praça|Plaça|Promenade|Esplanade|Quay|Wharf|Pier|Beach|Bridge|Hill|Rua|Rue|Calle|Via|Avenida|Boulevard|Highway|Motorway|Island|Islands|Isle|Lake|Lough|Loch|River|Mount|Mountains|Coast|Peninsula|Strait|Channel|Sea|Ocean|Bay|Gulf)$/;

/** "East Arm", "North Shields": a bearing that opens a two-word name is part of a place's name. */
const COMPASS_NAME = /^(?:North|South|East|West)(?:\s\p{Lu}\p{Ll}+){1,2}$/u;

/** Natural features: "Fannie Bay", "Rapid Creek" are places even as a verb's object ("the surge hit Fannie Bay"). */
const FEATURE_WORD = '(?:Bay|Creek|River|Beach|Harbour|Harbor|Island|Lake|Gulf|Peninsula|Point|Valley|Canyon|Falls|Springs|Heights)';
/** The feature word alone: a pattern that opens on a letter class scans every position, this one skips ahead. */
const FEATURE_TEST = new RegExp(`\\s${FEATURE_WORD}\\b`);
const featureObject = new RegExp(`(?<=\\p{Ll}\\s)((?:${WORD}\\s){1,2}${FEATURE_WORD})(?![\\p{L}'’-]|\\s\\p{Lu})`, 'gu');
const DEPARTURE_VERB = /\b(?:lef|leav|depart|reach|exit)/;
const departureObject = new RegExp(`\\b(?:left|leaving|leaves|leave|departed|departing|departs|depart|reached|reaching|reaches|reach|exited|exiting)\\s(the\\s${NAME}\\s${PLACE_SUFFIX})\\b`, 'gu');
/** "Maureen Tapsell, 74, of Rapid Creek": where a person named with an age lives. */
const residence = new RegExp(`\\p{L},\\s\\d{1,3},\\s(?:of|(?:an?\\s[\\p{Ll}-]+(?:\\s[\\p{Ll}-]+){0,2}\\sfrom))\\s(${NAME})`, 'gu');

/** "onto the Burnside": a bridge or road named without its kind. */
const LIST_NAME = /\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}/gu;
const NAME_LIST = `\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2}(?:,\\s\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})*`;
const PLURAL_PLACE = '(?:regencies|prefectures|municipalities|hamlets|cantons|reservoirs|dams|districts|suburbs|islands|towns|villages|provinces|regions|stations|hospitals|bridges|airports|counties|neighbou?rhoods|townships|ports|lakes|rivers)';
/** Plural words for areas a list of names may follow ("suburbs including …"). */
const PLURAL_AREA = '(?:suburbs|towns|villages|areas|districts|neighbou?rhoods|communities|townships|islands|provinces|regions)';
/** A cheap test that either list pattern can match. */
const PLURAL_KIND_WORD = new RegExp(`\\b(?:${PLURAL_PLACE}|${PLURAL_AREA})\\b`);
const NAMES_BEFORE_KIND = new RegExp(`\\b(?:[Tt]he|for|in|across|of|from)\\s(${NAME_LIST},?\\s(?:and|&)\\s\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})\\s${PLURAL_PLACE}\\b`, 'gu');
// "districts including X, Y and Z", "four districts: Beira, Dondo, Nhamatanda and Búzi".
const NAMES_AFTER_KIND = new RegExp(`\\b${PLURAL_AREA}(?:\\s(?:including|such\\sas|like)|:)\\s(${NAME_LIST}(?:,?\\s(?:and|&)\\s\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})?)`, 'gu');
/** One name of a list, with the particles Spanish, Portuguese, French and Italian names keep lower-case: "Santa Lucía del Monte". */
const PARTICLE_NAME = `\\p{Lu}[\\p{L}'’-]*(?:\\s(?:(?:de|del|de\\sla|la|las|los|da|do|dos|das|di|du|des|el)\\s)?\\p{Lu}[\\p{L}'’-]*){0,3}`;
const PARTICLE_NAME_RE = new RegExp(PARTICLE_NAME, 'gu');
/** Plural kinds of administrative area a list of names follows after "of" (beside `PLURAL_AREA`). */
const OF_KIND = '(?:municipalities|cantons|parishes|departments|communes|localities|states|counties|prefectures)';
const OF_KIND_TEST = new RegExp(`\\b${OF_KIND}\\sof\\s`);
/** "in the municipalities of San Bartolo Ixtán, Santa Lucía del Monte and Chiquiján", "the towns of Bozouls and Espalion". */
const NAMES_OF_KIND = new RegExp(`\\b(?:${PLURAL_AREA}|${OF_KIND})\\sof\\s(${PARTICLE_NAME}(?:,\\s${PARTICLE_NAME})*,?\\s(?:and|&)\\s${PARTICLE_NAME})`, 'gu');
/** Cheap test for "…, 24, a hairdresser from …" before the full pattern runs. */
const RESIDENCE_FROM = /,\s\d{1,3},\san?\s/;
/** "low-lying areas of Mumbai", "the outskirts of Kyiv": a part of a place is in it. */
const PART_WORD = '(?:areas|parts|outskirts|suburbs|streets|heart|rest|much|swathes|swaths)';
const PART_OF = new RegExp(`\\b${PART_WORD}\\sof\\s(${NAME})`, 'gu');
const PART_OF_TEST = new RegExp(`\\b${PART_WORD}\\sof\\s\\p{Lu}`, 'u');
const AIRPORT = /\b((?:\p{Lu}[\p{L}'’-]*\s){1,3}(?:International\s)?[Aa]irport)\b/gu;
const CENTRE = /\b(?:[Ii]n|[Ii]nto|[Aa]cross|[Tt]hrough|[Aa]round|[Nn]ear|[Tt]owards?|[Ff]rom)\s+the\s+((?:central\s)?business\sdistrict|CBD|(?:city|town)\scent(?:re|er))\b/g;
const ON_PLACE_WORD_BARE = /^the\s[A-Z]/;

/** Known to the gazetteer, or built like a place ("Mill Lane", "Caylloma province"). */
function placeLike(p: string): boolean {
  return isKnownPlace(p) || COURT_VENUE.test(p) || COMPASS_NAME.test(p) || isKnownPlace(p.replace(PLACE_SUFFIX_AT_END, '')) || PLACE_SUFFIX_AT_END.test(p) || p.split(/\s+/).some((w) => isPlaceWord(w));
}

/**
 * "in Yanque", "near Chivay": a name the gazetteer does not know, after a preposition
 * of place, read as a place when it is one or two proper nouns that nothing else in
 * the sentence makes a person or a thing: no possessive, no speech verb, no noun after it.
 */
function bareUnknownPlace(phrase: string, prep: string, possessive: boolean, after: string, tokens: readonly Token[], at: number, before: string, document: string): boolean {
  // "at Taraku in Gwer East Local Government Area", "at Kalitengah in Sleman regency": a name
  // placed in a district is a village or a town (a firm is placed in a city, not a district).
  const inDivision = prep === 'at' && IN_DIVISION.test(after);
  // "about six kilometres off Pākawau", "capsized off Lampedusa": off a shore, at sea.
  const offshore = prep === 'off' && OFFSHORE_BEFORE.test(before);
  // "the barrier at Aldwick" in a report that also writes "on Church Lane in Aldwick,": where the
  // document places the name, any preposition of place places it.
  const elsewhere = ELSEWHERE_PREPOSITION.test(prep) && !/^[A-Z]{2,}$/.test(phrase) && placedElsewhere(phrase, document);
  const usual = inDivision || offshore || elsewhere || prep === 'in' || prep === 'near' || prep === 'outside' || prep === 'between' || prep === 'as far as' || prep === 'above' || prep === 'below';
  // "at Maasvlakte II" in a report that also writes "the Maasvlakte II terminal": the document
  // itself says the name is a place's.
  if (!/^[A-Z]{2,}$/.test(phrase) && namedAsPlace(phrase, document)) return (usual || prep === 'at' || prep === 'on') && !possessive && !usedAsPerson(phrase, document);
  if (!usual) return false;
  if (possessive || phrase.startsWith('the ') || /^[A-Z]{2,}$/.test(phrase) || LANGUAGE.test(phrase)) return false;
  // "Córrego do Ouro" is two names and a particle.
  const words = phrase.split(/\s+/).filter((w) => !PARTICLE_WORD.test(w));
  if (words.length > 2) return false;
  // A name the document places elsewhere may be followed by anything a place may.
  if (!elsewhere && !/^(?:\s*[,.;:)]|\s+(?:and|on|in|at|near|where|when|to|after|before|last|this|since|for|was|is|were|are|had|has|with|by|during|until|while|but|because|shortly|just|soon|yesterday|today|tonight|overnight|earlier|later)\b|\s*$)/.test(after)) return false;
  // "rein in Assad", "confidence in Lind": a verb's particle or a noun's complement, not a place.
  if (PARTICLE_VERB_BEFORE.test(before)) return false;
  const tok = tokenStartingAt(tokens, at);
  if (tok === undefined || tok.pos !== 'PROPN') return false;
  return !usedAsPerson(phrase, document);
}

/** Prepositions that place a name the document places elsewhere ("in Aldwick,"). */
const ELSEWHERE_PREPOSITION = /^(?:at|to|from|through|across|around|along|towards?)$/;

/** What puts a ship or a sighting off a shore: a distance, or a verb of the sea. */
const OFFSHORE_BEFORE = /\b(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|\d+m|sank|sunk|capsized|foundered|anchored|moored|spotted|sighted|seen|stranded|drifting|adrift|rescued|aground|sailing|swimming|fishing|waters)\s+off\s+$/i;
/** "Gwer East Local Government Area", "Apa LGA". */
const LOCAL_GOVERNMENT_AREA = /\s(?:Local\sGovernment\sArea|LGA)$/;
/** After a name: " in Gwer East Local Government Area", " in Sleman regency", " in the Nuh district". */
const IN_DIVISION = /^\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Local\s+Government\s+Area|LGA|[Dd]istrict|[Rr]egency|[Uu]pazila|[Cc]ounty|[Pp]rovince|[Mm]unicipality|[Pp]refecture|[Tt]ehsil|[Tt]aluka)\b/u;

/** Verbs "around" completes ("revolved around", "rallied around"): what follows is no place. */
const AROUND_PARTICLE = /\b(?:revolv|rall|cent(?:re|er)|built|build|focus|hing|unit|coalesc|wrap|organi[sz]|structur|design|plann?)\w*\s+around\s+$/i;
const LANGUAGE = /^(?:\p{Lu}\p{Ll}+(?:ish|ese)|Bengali|Hindi|Urdu|Arabic|Hebrew|Persian|Farsi|Dari|Pashto|Kurdish|Greek|Dutch|Italian|Romanian|Ukrainian|Russian|Korean|Mandarin|Cantonese|Thai|Malay|Indonesian|Tagalog|Swahili|Kiswahili|Luganda|Kikuyu|Gikuyu|Dholuo|Kalenjin|Luhya|Sheng|Amharic|Quechua|Latin|Czech|Catalan|Basque|Welsh|Gaelic|Tamil|Punjabi|Sinhala|Nepali|Creole|Marathi|Gujarati|Kannada|Telugu|Malayalam|Odia|Oriya|Konkani|Bhojpuri|Maithili|Sindhi|Kashmiri|Zulu|isiZulu|Xhosa|isiXhosa|Sesotho|Setswana|Afrikaans|Yoruba|Igbo|Hausa|Somali|Tigrinya|Oromo|Kinyarwanda|Lingala|Wolof|Shona|Cebuano|Ilocano|Bisaya|Maori|Māori|Samoan|Tongan|Fijian|Hawaiian|Inuktitut|Guarani|Aymara|Nahuatl|Tamazight|Kabyle|Azerbaijani|Uzbek|Kazakh|Kyrgyz|Tajik|Turkmen|Mongolian|Tibetan|Uyghur|Khmer|Lao|Hmong|Armenian|Georgian|Albanian|Serbian|Croatian|Bosnian|Slovenian|Slovak|Bulgarian|Macedonian|Hungarian|Estonian|Latvian|Lithuanian|Icelandic|German|Esperanto|Ladino)$/u;
const PARTICLE_VERB_BEFORE = /\b(?:rein|reins|reined|reining|give|gave|given|join|joined|weigh|weighed|fill|filled|sign|signed|cash|cashed|pitch|pitched|chip|chipped|step|stepped|usher|ushered|bring|brought|call|called|lock|locked|take|took|factor|phase|zero|confidence|faith|trust|interest|belief|stake|role|part)\s+(?:in|near|outside)\s+$/i;

/** Is the token right after `at` a lower-case noun ("lines" in "the Central and Western lines")? */
function nounFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[tokenIndexAt(tokens, at)];
  return next !== undefined && next.span.start <= at + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !PLACE_SUFFIX_AT_END.test(` ${next.text}`);
}

/**
 * "at Sion, Kurla and Chunabhatti" (`parts` before the "and"): a list of places when one of them
 * is known as a place and the list is not a clause's subject ("In Orléans, Beaudoin and Lind agreed").
 */
function listOfPlaces(parts: readonly string[], text: string, end: number, tokens: readonly Token[], base: number, document: string): boolean {
  const co = COORDINATED.exec(text.slice(end));
  if (!co || !parts.some((p) => placeLike(p) || namedAsPlace(p, document) || placedElsewhere(p, document)) || [...parts, co[1]!].some((p) => usedAsPerson(p, document))) return false;
  const next = tokens[tokenIndexAt(tokens, base + end + co[0].length)];
  return !(next && next.span.start <= base + end + co[0].length + 1 && (next.pos === 'VERB' || next.pos === 'AUX'));
}

/** Does the document write the name where only a place can stand ("flooding in Kurla.", "between Churchgate and Andheri")? */
function placedElsewhere(name: string, document: string): boolean {
  return writtenSo('placed', name, document, (at) => {
    const before = document.slice(Math.max(0, at - 30), at);
    return PLACE_ONLY_BEFORE.test(before) && !PARTICLE_VERB_BEFORE.test(before) && PLACE_ONLY_AFTER.test(document.slice(at + name.length, at + name.length + 5));
  });
}

/** Does the document write the name with a word that makes it a place ("the Euromax terminal", "Rapid Creek Road")? */
function namedAsPlace(name: string, document: string): boolean {
  return writtenSo('named', name, document, (at) => {
    // "the Euromax terminal"; "the Yilgarra Underground Mine", "the Yilgarra gold mine": a word or
    // two describing the site may stand between.
    const words = /^((?:\s[\p{L}-]+){1,3})/u.exec(document.slice(at + name.length, at + name.length + 40))?.[1]?.trim().split(/\s+/) ?? [];
    return words.some((w, k) => (k === 0 || SITE_DESCRIBER.test(words[k - 1]!)) && (PLACE_SUFFIX_WORD.test(w) || PLACE_WORD.test(w)) && words.slice(0, k).every((x) => SITE_DESCRIBER.test(x)));
  });
}

/**
 * Does any occurrence of the name pass `test` (given its offset)? Each question about a name is
 * asked for every phrase that holds it, so the answers are kept until the next document.
 */
function writtenSo(question: 'named' | 'placed', name: string, document: string, test: (at: number) => boolean): boolean {
  if (placeCache?.document !== document) placeCache = { document, named: new Map(), placed: new Map() };
  const answers = placeCache[question];
  let found = answers.get(name);
  if (found === undefined) {
    found = false;
    for (let at = document.indexOf(name); at >= 0 && !found; at = document.indexOf(name, at + 1)) found = test(at);
    answers.set(name, found);
  }
  return found;
}
let placeCache: { document: string; named: Map<string, boolean>; placed: Map<string, boolean> } | undefined;
const FEATURE_KIND = '(?:Lakes?|River|Strait|Valley|Sea|Gulf|Plateau|Ranges?|Mountains|Peninsula|Canal|Delta|Basin|Estuary|Lagoon|Reservoir|Glacier)';
const FEATURE_KIND_TEST = new RegExp(`${FEATURE_KIND}\\b`);
const NAMED_COAST = /\b(?:off|along|on|from|to|near|at)\s(?:the\s|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?['’]s\s)(?:(?:northern|southern|eastern|western|central|rugged|remote)\s)?((?:\p{Lu}[\p{L}'’-]*\s){1,3}coast(?:line)?)\b/gu;
const DIVISION_KIND = '(?:district|province|commune|prefecture|regency|tehsil|taluka|upazila|governorate|oblast|village)';
const DIVISION_KIND_TEST = new RegExp(`\\p{Lu}\\S*\\s${DIVISION_KIND}\\b`, 'u');
const NAMED_DIVISION = new RegExp(`(?<![\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}'’-]*\\s){1,4})(${DIVISION_KIND})\\b`, 'gu');
/** Capitalised words that open a phrase describing a division rather than naming one ("Every district", "Remote villages"). */
const DESCRIBES_DIVISION = /^(?:The|This|That|These|Those|Each|Every|Any|One|Another|Which|Whose|Its|Their|Our|His|Her|My|Your|A|An|No|Same|Neighbouring|Neighboring|Nearby|Rural|Remote|Mountain|Coastal|Fishing|Farming)$/;
const NAMED_FEATURE = new RegExp(`\\b[Tt]he\\s((?:\\p{Lu}[\\p{L}'’-]*\\s){1,3}${FEATURE_KIND})\\b(?!\\s\\p{Lu}|['’-])`, 'gu');
const KIND_FIRST_TEST = /\b(?:River|Lake|Loch|Lough)\s\p{Lu}/u;
const KIND_FIRST_FEATURE = /\b(?:[Tt]he\s)?(?:River|Lake|Loch|Lough)\s\p{Lu}[\p{L}'’-]+(?!\s(?:\p{Lu}|[Ss]treet|[Rr]oad|[Aa]venue|[Dd]rive|[Ll]ane|[Ss]chool|[Hh]ouse|[Cc]ourt|[Hh]otel)|['’-])/gu;
/** Words that describe a site between its name and its kind ("Underground", "gold", "container"). */
const SITE_DESCRIBER = /^(?:underground|open-pit|opencast|gold|copper|coal|iron|nickel|lithium|uranium|diamond|container|cruise|ferry|bus|railway|rail|train|naval|air|military|police|fire|power|nuclear|wind|solar|water|sewage|treatment|training|test|research|refugee|relief|evacuation|detention|holding|transit|main|new|old|central|north|south|east|west|upper|lower)$/i;
const LEGAL_HOME_BEFORE = /\b(?:flagged|registered|incorporated|domiciled|listed)\s+$/i;
/** Does the text before a locative phrase make it a legal home ("flagged in", "registered in") rather than where something happened? */
export const legalHomeBefore = (before: string): boolean => LEGAL_HOME_BEFORE.test(before);
// "in Aldwick and Low Skelby": the second name of a pair after "in" is placed as the first is.
const PLACE_ONLY_BEFORE = /\b(?:[Ii]n|[Nn]ear|[Bb]etween|[Oo]utside|(?:north|south|east|west)(?:-?(?:east|west))?\sof)\s(?:\p{Lu}[\p{L}'’-]*\s){0,3}?(?:(?<=\s)and\s)?$/u;
// The name ends there: a comma or stop, "and", or a word in lower case ("in Low Skelby have begun").
const PLACE_ONLY_AFTER = /^(?:[,.;]|\sand\s|\s\p{Ll}|$)/u;

/** A city, town or smaller place the gazetteer knows, never a country or region of that name. */
function isSettlement(name: string): boolean {
  const readings = lookupPlace(name);
  // A city that also names its province ("Utrecht") is still a town one comes from; a country is a party.
  return readings.some((p) => SIZE[p.type] < SIZE.region) && !readings.some((p) => p.type === 'country');
}

/**
 * "Lumio Platforms Inc.", "Lumio's shares": a name the document gives a company's tail or a
 * company's things is the company, though a village in Corsica shares it.
 */
function usedAsCompany(name: string, document: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return false;
  if (companyCache?.document !== document) companyCache = { document, names: new Map() };
  let found = companyCache.names.get(name);
  if (found !== undefined) return found;
  found = false;
  for (let at = document.indexOf(name); at >= 0 && !found; at = document.indexOf(name, at + 1)) {
    if (at > 0 && /[\p{L}\d]/u.test(document[at - 1]!)) continue;
    found = COMPANY_AFTER.test(document.slice(at + name.length, at + name.length + 48));
  }
  companyCache.names.set(name, found);
  return found;
}
let companyCache: { document: string; names: Map<string, boolean> } | undefined;
/** After a company's name: its corporate tail, or its shares, chief or board. */
const COMPANY_AFTER = /^(?:\s\p{Lu}[\p{L}-]+){0,2}\s(?:Inc|Ltd|Limited|Plc|PLC|LLC|Corp|Corporation|Holdings|GmbH|AG|N\.V|S\.A)\b|^['’]s\s+(?:(?:\p{L}+-)?listed\b|shares\b|stock\b|share\s+price\b|chief\s+executive\b|CEO\b|board\b|shareholders\b|spokes(?:person|man|woman)\b)/u;

/** A name the document also writes after a first name ("Tomas Lind", not "Region Stockholm") is a person's. */
function usedAsPerson(name: string, document: string): boolean {
  if (personCache?.document !== document) personCache = { document, names: new Map() };
  let found = personCache.names.get(name);
  if (found !== undefined) return found;
  found = false;
  // A place the tables know is someone's name only after a given name the name lists know:
  // "Claire Holloway" is a person, "Euronext Amsterdam" an exchange in the city.
  const known = isKnownPlace(name);
  // Each occurrence of the name, and the word before it: cheaper than scanning the text for every name pair.
  for (let at = document.indexOf(name); at > 0 && !found; at = document.indexOf(name, at + 1)) {
    if (document[at - 1] !== ' ' || NAME_GOES_ON.test(document[at + name.length] ?? '')) continue;
    // "the Legacy Oregon Burn Center": inside a longer proper name, not a first and last name.
    if (NAME_RUNS_ON.test(document.slice(at + name.length, at + name.length + 3))) continue;
    const first = WORD_BEFORE.exec(document.slice(Math.max(0, at - 30), at))?.[1];
    found = first !== undefined && !NOT_FIRST_NAME.test(first) && !PLACE_WORD.test(first) && !NOT_PLACE_WORD.test(first) && (!known || getGender(first) !== 'unknown');
  }
  personCache.names.set(name, found);
  return found;
}

// One document is analysed block by block: what is learnt of its names is kept until the next.
let personCache: { document: string; names: Map<string, boolean> } | undefined;
const NAME_GOES_ON = /[\p{L}'’-]/u;
const NAME_RUNS_ON = /^ \p{Lu}\p{Ll}/u;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;

/** Capitalised words before a place name that are no first name ("In Sweden", "Central Stockholm"). */
const NOT_FIRST_NAME = /^(?:In|At|On|From|To|Near|Of|The|And|But|For|By|Outside|Across|Inside|Into|Over|Central|Southern|Northern|Eastern|Western|Greater|Downtown|New|Old|Upper|Lower|North|South|East|West|Rural|Coastal|Metropolitan|Where|When|While|After|Before|Since|Throughout|Region|Province|County|City|Town|Port|Lake|Mount|Saint|San|Santa)$/;

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
 * Numbered parts of a venue or a route, where a crush, a grounding or a crash happened: "at Gate 7",
 * "near Platform 4", "at kilometre 143 of the canal", "at km 96". A place of their own, compared
 * with another of their kind by number; the number is no count.
 */
const NUMBERED_PLACE = /(?:\b(?:[Aa]t|[Nn]ear|[Bb]y|[Bb]eside|[Bb]ehind|[Ii]nside|[Pp]ast|[Vv]ia|[Oo]pposite|[Oo]utside|[Tt]hrough|[Oo]n|[Ff]rom|[Tt]o|[Ii]n)|\b(?:entrance|gate|exit|platform|terminal),)\s+((?:Gate|Platform|Terminal|Pier|Berth|Hangar|Entrance|Exit|Stand|Block|Ward)\s+\d{1,3}[A-Z]?|(?:kilometre|kilometer|km|Km|KM|milepost|mile marker)\s+\d{1,4}(?:\.\d)?)\b/g;

export function numberedPlaces(text: string, base: number): Value[] {
  const out: Value[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(NUMBERED_PLACE)) {
    const start = m.index + m[0].length - m[1]!.length;
    // The part's kind is written one way: "kilometre 143", "km 143" and "Km 143" are one marker.
    const value = m[1]!.replace(/^(?:kilometer|km|Km|KM)\b/, 'kilometre');
    out.push({ kind: 'place', span: { start: base + start, end: base + start + m[1]!.length }, text: m[1]!, value });
  }
  return out;
}

/**
 * Places where something happens or lies: "in London", "at Lough Erne, Northern
 * Ireland", "30 km north of the capital". A country acting as an agent
 * ("Russia said") is not a place value, so only locative phrases count.
 */
export function findPlaces(text: string, tokens: readonly Token[], base: number, document = text, listItem = false): Value[] {
  const out: Value[] = [];
  const bearing = HAS_BEARING.test(text);
  for (const m of bearing ? matchAll(direction, text) : []) {
    // The pattern is case-blind for "13 Kilometres North of": the place's name stops at the first
    // lower-case word ("east of Pola while carrying …").
    // "40 km southeast of the port city of Kushiro": the name after the lead is the place.
    const lead = LED_ANCHOR.exec(m[4]!)?.[0] ?? '';
    const named = m[4]!.slice(lead.length);
    const lower = /\s\p{Ll}/u.exec(lead ? named : named.replace(/^the\s/i, 'the_'));
    const anchor = lower ? named.slice(0, lower.index) : named;
    const whole = m[0].slice(0, m[0].length - (named.length - anchor.length));
    if (/^\p{Ll}/u.test(anchor) && !/^the\s/i.test(anchor)) continue;
    const n = parseNumber(m[1]!);
    out.push({
      kind: 'place',
      span: { start: base + m.index, end: base + m.index + whole.length },
      text: whole,
      value: anchor.replace(/^the\s/i, 'the '),
      direction: `${n ?? m[1]} ${m[2]} ${m[3]!.toLowerCase()}`,
    });
  }
  // "a small community east of Roseburg", "north and east of the North Umpqua River": a
  // bearing from a place without a distance, when the place is one.
  for (const m of bearing ? matchAll(bareBearing, text) : []) {
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    const anchor = m[3]!.replace(/['’]s$/, '');
    const generic = /^the\s(?:capital|city|town|border|coast)$/.test(anchor);
    if (!generic && (!placeLike(anchor.replace(/^the\s/, '')) || usedAsPerson(anchor, document))) continue;
    span.end = span.start + m[0].length - (m[3]!.length - anchor.length);
    out.push({ kind: 'place', span, text: text.slice(span.start - base, span.end - base), value: anchor, direction: [m[1], m[2]].filter(Boolean).join(' and ').toLowerCase() });
  }
  // "convicted by a Rotterdam court", "taken to a Galway hospital": a town named before the body
  // that sits in it places what happened there.
  for (const m of /\b(?:court|hospital|prison|jail|morgue|mortuary|tribunal)\b/.test(text) ? matchAll(TOWN_BEFORE_BODY, text) : []) {
    const name = m[1]!;
    if (!isSettlement(name) || usedAsPerson(name, document)) continue;
    const at = m.index + m[0].indexOf(name);
    out.push({ kind: 'place', span: { start: base + at, end: base + at + name.length }, text: name, value: name });
  }
  // "from the Tunisian coast", "along the Libyan coastline": a country's coast.
  for (const m of /\bthe\s\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)\s(?:coast|coastline|shore|mainland)\b/u.test(text) ? matchAll(COUNTRY_COAST, text) : []) {
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ kind: 'place', span: { start: base + at, end: base + at + m[1]!.length }, text: m[1]!, value: m[1]! });
  }
  for (const m of matchAll(locative, text)) {
    let phrase = m[1]!;
    let start = m.index + m[0].length - phrase.length;
    // "the nearby Burnside Bridge" is Burnside Bridge.
    const described = DESCRIBED.exec(phrase);
    if (described) { start += described[0].length; phrase = phrase.slice(described[0].length); }
    // "in Busan's Suyeong district": the district is the place, the city its container.
    const owned = OWNED_DISTRICT.exec(phrase);
    if (owned) { start += phrase.length - owned[1]!.length; phrase = owned[1]!; }
    // "in the Haeundae district of Busan": the lead's own name is the place (but "the Santiago
    // suburb of Quilicura" names its city first).
    const named = NAMED_LEAD.exec(m[0].slice(0, m[0].length - m[1]!.length));
    if (named && !DEMONYM.test(named[1]!) && !isKnownPlace(named[1]!)) {
      const at = m.index + named.index + 'the '.length;
      const end = start + phrase.replace(/['’]s(?:\s.*)?$/, '').length;
      out.push({ kind: 'place', span: { start: base + at, end: base + end }, text: text.slice(at, end), value: `${named[1]} ${named[2]}` });
      continue;
    }
    // Strip a trailing possessive and whatever follows a comma that is not a place continuation.
    const possessive = /['’]s(?:\s.*)?$/.test(phrase);
    phrase = phrase.replace(/['’]s(?:\s.*)?$/, '').replace(/\.$/, '');
    let prep = m[0].slice(0, m[0].length - m[1]!.length).trim().toLowerCase();
    // "at its Tomari nuclear power station": an owner's site is a place when it is named as one.
    if (/\s(?:its|their)$/.test(prep)) {
      if (!PLACE_SUFFIX_AT_END.test(phrase)) continue;
      prep = prep.replace(/\s(?:its|their)$/, '');
    }
    // "in the House" is the chamber's business, not a building.
    if (/^the\s(?:House|Building|Buildings)$/.test(phrase)) continue;
    // "damage to Rotterdam's reputation": the town owns a thing, it is not where anything goes.
    if (possessive && /^(?:to|from|towards?|over|on|onto)$/.test(prep) && !PLACE_AFTER_POSSESSIVE.test(text.slice(start + phrase.length))) continue;
    // "near the town of Chivay": the lead says what the name is.
    const led = LED.test(`${prep} `);
    // "in Orléans, Beaudoin promised": the place ends where the names stop being places.
    const allParts = phrase.split(/,\s/);
    // "at Sion, Kurla and Chunabhatti": a list after a preposition of place names places alike,
    // when one of them is known to be a place.
    const list = allParts.length === 2 && listOfPlaces(allParts, text, start + phrase.length, tokens, base, document);
    const kept = allParts.length > 1 && !list && (!placeLike(allParts[1]!) || usedAsCompany(allParts[1]!, document)) ? allParts.slice(0, 1) : allParts;
    phrase = kept.join(', ');
    const words = phrase.replace(/^the\s/, '').split(/[\s,]+/).filter((w) => w && w !== 'of' && w !== 'the');
    if (words.length === 0 || words.length > 6) continue;
    // "French Guiana", "Irish Sea": a word that names no place alone is part of a name the tables know.
    const unknownWords = kept.filter((k) => !(/^\p{Lu}\S*\s\p{Lu}/u.test(k) && isKnownPlace(k))).join(' ').replace(/^the\s/, '').split(/[\s,]+/).filter((w) => w && w !== 'of' && w !== 'the');
    // "Gwer East Local Government Area": Nigeria's districts carry "Government" in their name.
    const division = LOCAL_GOVERNMENT_AREA.test(phrase);
    if (!division && unknownWords.some((w) => NOT_PLACE_WORD.test(w.replace(/[.'’]+$/, ''))) && !words.some((w) => /^(?:Hospital|Infirmary|Centre|Center|Airport|Station|Stadium|Square|Street|Buildings|House|Bay|Beach|Harbour|Harbor|Island|Lake|River|Creek|Bridge)$/.test(w)) && !COURT_VENUE.test(phrase)) continue;
    if (WEEKDAYS_MONTHS.test(words[0]!)) continue;
    // "in Marathi", "in German": a language, whatever town shares its name.
    if (words.length === 1 && LANGUAGE.test(words[0]!)) continue;
    const suffixed = PLACE_SUFFIX_AT_END.test(phrase);
    if (phrase.startsWith('the ') && !suffixed && !words.some((w) => isPlaceWord(w)) && !isKnownPlace(phrase)) continue;
    const after = text.slice(start + phrase.length, start + phrase.length + 60);
    // "to No 10 Downing Street", "at No. 4": a number's label, not a place called No.
    if (/^No\.?$/.test(phrase) && /^\.?\s*\d/.test(after)) continue;
    // "detained in Operation Cornerstone": a police or military operation's name is no place.
    if (/^Operation\s\p{Lu}/u.test(phrase)) continue;
    // "a container ship flagged in Singapore", "a firm registered in Delaware": a legal home, not
    // where anything happened.
    if (LEGAL_HOME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // An unknown capitalised word after "in" is as often a person or a thing as a place:
    // names the gazetteer knows and names built like places ("Mill Lane") count, and a
    // lone unknown name only where nothing else could be meant ("lived in Yanque.").
    // A road number is a road only beside a word that says so ("the BR-040 highway"), never "G8" or "F-16".
    if (words.some((w) => ROAD_NUMBER.test(w)) && !suffixed && !words.some((w) => isPlaceWord(w))) continue;
    // "change from baseline in CDR-SB", "in ARIA-E": capitals joined by a hyphen name a measure or a
    // scale, not a place.
    if (words.length === 1 && /^\p{Lu}{2,}-\p{Lu}{1,4}$/u.test(words[0]!)) continue;
    // "in Kourou, French Guiana": a name no table knows, placed by the country or region after it.
    const placedBy = kept.length === 2 && !/^the\s/.test(kept[0]!) && encloses(kept[1]!, kept[0]!);
    // "flown to Lukla and then to Kathmandu", "evacuated from Pheriche": where a journey goes, a
    // name no table knows is a place; people are spoken to, not flown to.
    const moved = /^(?:to|from|towards?)$/.test(prep) && kept.length === 1 && words.length <= 2 && !possessive && !phrase.startsWith('the ') && MOVED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !usedAsPerson(phrase, document);
    if (!led && !list && !placedBy && !division && !moved && !kept.every(placeLike) && !(kept.length === 1 && bareUnknownPlace(phrase, prep, possessive, after, tokens, base + start, text.slice(Math.max(0, start - 30), start), document))) continue;
    // "to" and "from" take people as often as places: only accept clear place words or known places there.
    // A country after "to" or "from" is as often a party ("weapons to Syria", "pleas from the West").
    // "hotels around Reykjavik" is a place; "talks revolved around Smith", "rallied around Biden" are not.
    // "below Wall Street estimates", "orbit above the Earth": a name describing a noun, or a
    // body in the sky, is no place one is above or below.
    if ((prep === 'above' || prep === 'below') && (/^(?:the\s)?(?:Earth|Sun|Moon)$/.test(phrase) || nounFollows(tokens, base + start + phrase.length + 1))) continue;
    if (prep === 'around' && (AROUND_PARTICLE.test(text.slice(Math.max(0, m.index - 20), m.index + 'around '.length)) || !kept.every(isKnownPlace) || usedAsPerson(phrase, document))) continue;
    // "differences between Britain and Russia": countries between which something lies are parties.
    if (prep === 'between' && isCountryOrRegion(phrase)) continue;
    // "from Stockport, Greater Manchester": a town and the region it lies in.
    const settled = isSettlement(kept[0]!) && kept.slice(1).every((k) => isSettlement(k) || isCountryOrRegion(k));
    if ((prep === 'to' || prep === 'from' || prep === 'towards' || prep === 'toward') && !words.some((w) => isPlaceWord(w)) && !suffixed && !settled && !list && !moved && !(kept.length === 1 && placedElsewhere(phrase, document))) continue;
    // "confidence in Lind" when the story names Tomas Lind: a person, even if some town shares the name.
    if (words.length === 1 && (usedAsPerson(phrase, document) || usedAsCompany(phrase, document))) continue;
    if ((prep === 'over' || prep === 'onto' || prep === 'along') && !words.some((w) => isPlaceWord(w)) && !ON_PLACE_WORD_BARE.test(phrase)) continue;
    // "On" before a country or a city is "about" ("agreement on Syria", "the ante on Syria"):
    // one is on a street, an island or a lake.
    // "on Tinos", "on Kotappakonda hill": an island or a hill one is on, a town the tables list.
    if (prep === 'on' && !(words.some((w) => isOnPlaceWord(w)) && (words.length > 1 || !ON_PLACE_WORD.test(words[0]!))) && !namedAsPlace(phrase, document) && !/\s(?:hill|island|mountain|peninsula|highway|motorway|river|lake)$/.test(phrase) && !(words.length === 1 && isSettlement(phrase) && !usedAsPerson(phrase, document))) continue;
    // A person after "to"/"at" is caught above; a following "said" means a speaker, not a place.
    // But "UNHCR staff in Aceh said": who is "in" a place is still there.
    if (/^\s+(?:said|says|told|added)\b/.test(after) && !(prep === 'in' && isKnownPlace(phrase))) continue;
    // "In Russia we cannot imagine this": the place says who "we" are, the country speaking
    // through its people, not where something happens.
    if (/^\s+we\b/i.test(after)) continue;
    // "On the Syria conflict", "at the Geneva talks": the article belongs to the noun the
    // name describes; the name is no place of its own.
    if (phrase.startsWith('the ') && !suffixed && !words.some((w) => isPlaceWord(w))) {
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
    // "in Manitoba, New Brunswick, Nova Scotia, Ontario and Quebec": a longer list goes on with
    // names the tables know.
    for (let more = LIST_MORE.exec(text.slice(offset)); more && parts.length >= 2 && placeLike(more[1]!); more = LIST_MORE.exec(text.slice(offset))) {
      const at = offset + more[0].length - more[1]!.length;
      out.push({ kind: 'place', span: { start: base + at, end: base + at + more[1]!.length }, text: more[1]!, value: more[1]! });
      offset = at + more[1]!.length;
    }
    // "between Casteldarne and Vandoies", "to Bressanone and Bolzano": the second name shares the preposition.
    const co = COORDINATED.exec(text.slice(offset));
    // "on the Central and Western lines": names coordinated before a common noun describe it.
    if (co && phrase.startsWith('the ') && !suffixed && nounFollows(tokens, base + offset + co[0].length)) {
      out.splice(out.length - parts.length, parts.length);
      continue;
    }
    if (co && !/^['’]s\b/.test(text.slice(offset + co[0].length))) {
      const name = co[1]!;
      const at = offset + co[0].length - name.length;
      const after2 = text.slice(at + name.length, at + name.length + 12);
      const asIn = prep === 'between' || prep === 'to' || prep === 'from' ? 'in' : prep;
      const party = (prep === 'between' || prep === 'to' || prep === 'from') && isCountryOrRegion(name);
      const accepted = (placeLike(name) && !party && !(name.split(/\s+/).length === 1 && usedAsPerson(name, document))) || bareUnknownPlace(name, asIn, false, after2, tokens, base + at, '', document) || (list && !usedAsPerson(name, document));
      if (accepted && !/^\s+(?:said|says|told|added)\b/.test(after2)) out.push({ kind: 'place', span: { start: base + at, end: base + at + name.length }, text: name, value: name });
    }
  }
  // "GO NOW: Glide, Idleyld Park, Little River Road and Rock Creek Road": a list of names most of
  // which are places (known, or built like places) is a list of places.
  for (const m of LIST_TEST_AND.test(text) && LIST_TEST_COMMA.test(text) ? matchAll(PLACE_LIST, text) : []) {
    const items: { text: string; at: number }[] = [];
    for (const part of m[0].matchAll(LIST_ITEM)) items.push({ text: part[0], at: m.index + part.index });
    const clean = items.filter((x) => x.text.split(/\s+/).length <= 3 && !WEEKDAYS_MONTHS.test(x.text) && !usedAsPerson(x.text, document));
    if (clean.length !== items.length || items.length < 3) continue;
    // Every name a place, none a country (countries listed are parties more often than places),
    // and at least one built like a place: a list of surnames may all be towns somewhere.
    if (!items.every((x) => placeLike(x.text) && !isCountryOrRegion(x.text))) continue;
    if (!items.some((x) => x.text.split(/\s+/).some((w) => isPlaceWord(w)))) continue;
    for (const x of items) {
      const span = { start: base + x.at, end: base + x.at + x.text.length };
      if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
      out.push({ kind: 'place', span, text: x.text, value: x.text });
    }
  }
  // "a red alert for Mumbai, Thane and Raigad", "a tsunami warning for Hokkaido": a warning is
  // issued for places, when one of the names it lists is a place the tables know.
  for (const m of WARNING_TEST.test(text) ? matchAll(WARNING_FOR, text) : []) {
    const at = m.index + m[0].length - m[1]!.length;
    const items = [...m[1]!.matchAll(LIST_ITEM)].map((p) => ({ text: p[0], at: at + p.index }));
    if (!items.some((x) => isKnownPlace(x.text)) || items.some((x) => usedAsPerson(x.text, document) || WEEKDAYS_MONTHS.test(x.text))) continue;
    for (const x of items) {
      const span = { start: base + x.at, end: base + x.at + x.text.length };
      if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
      out.push({ kind: 'place', span, text: x.text, value: x.text });
    }
  }
  // "the Tokyo-based company", "a Kano-based trader": where someone is based.
  for (const m of text.includes('-based') ? matchAll(BASED, text) : []) {
    const lead = /^(?:The|A|An)\s/.exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(lead);
    const span = { start: base + m.index + lead, end: base + m.index + m[0].length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    if (!isKnownPlace(name)) continue;
    out.push({ kind: 'place', span, text: m[0].slice(lead), value: name });
  }
  // "had left Rafina", "bound for Andros": verbs of travel take a town as their object; one
  // also reaches a deal, so after "reached" only a town or a name built like a place counts.
  for (const m of TRAVEL_VERB.test(text) ? matchAll(travel, text) : []) {
    const name = m[2]!.replace(/['’]s$/, '');
    const start = m.index + m[0].length - m[2]!.length;
    const span = { start: base + start, end: base + start + name.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    const builtLikePlace = m[1] !== undefined && name.split(/\s+/).some((w) => isPlaceWord(w));
    if (!(isSettlement(name) || builtLikePlace) || usedAsPerson(name, document)) continue;
    // "reached the Geneva agreement": the name describes the noun after it.
    const next = tokens[tokenIndexAt(tokens, span.end)];
    if (!builtLikePlace && next && next.span.start <= span.end + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) continue;
    out.push({ kind: 'place', span, text: name, value: name });
  }
  // A named site or feature found outside a locative phrase: a place unless a value already holds
  // its words or one of them names a person, a body or a day.
  const addNamed = (at: number, name: string) => {
    const span = { start: base + at, end: base + at + name.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) return;
    if (name.split(/\s+/).some((w) => NOT_PLACE_WORD.test(w) || WEEKDAYS_MONTHS.test(w))) return;
    out.push({ kind: 'place', span, text: name, value: name.replace(/^[Tt]he\s/, '') });
  };
  for (const m of FEATURE_TEST.test(text) ? matchAll(featureObject, text) : []) {
    const verb = tokens[tokenIndexAt(tokens, base + m.index) - 1];
    if (verb && verb.pos === 'VERB') addNamed(m.index, m[1]!);
  }
  // "The Menindee Lakes have dropped", "ships in the Tablas Strait": a natural feature named with
  // its kind is a place wherever the sentence puts it.
  for (const m of FEATURE_KIND_TEST.test(text) ? matchAll(NAMED_FEATURE, text) : []) addNamed(m.index, m[0]);
  // "off the Quang Ngai coast", "along the Wairarapa coast", "on New Zealand's Wairarapa coast": a
  // stretch of coast named after its region is a place, named as written.
  for (const m of text.includes(' coast') ? matchAll(NAMED_COAST, text) : []) addNamed(m.index + m[0].length - m[1]!.length, m[1]!);
  // "Beira district accounts for 1,212 cases", "struck Malatya's Yeşilyurt district", "Salwad
  // village, whose houses…": a name with its administrative kind is a place wherever it stands.
  for (const m of DIVISION_KIND_TEST.test(text) ? matchAll(NAMED_DIVISION, text) : []) {
    const words = m[1]!.trim().split(' ');
    // "Uttar Pradesh's Sitapur district": the owner is the larger place, the district the named one.
    const owner = words.findLastIndex((w) => /['’]s$/.test(w));
    const own = words.slice(owner + 1);
    if (own.length === 0 || DESCRIBES_DIVISION.test(own[0]!)) continue;
    const at = m.index + m[0].indexOf(own[0]!, words.slice(0, owner + 1).join(' ').length);
    const tok = tokenStartingAt(tokens, base + at);
    // The tagger may call a name it does not know anything but a verb or a function word ("Yeşilyurt").
    if (!tok || /^(?:VERB|AUX|DET|PRON|ADP|ADV|CCONJ|SCONJ|NUM)$/.test(tok.pos) || usedAsPerson(own.join(' '), document)) continue;
    const name = `${own.join(' ')} ${m[2]}`;
    const span = { start: base + at, end: base + at + name.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    if (own.some((w) => NOT_PLACE_WORD.test(w) || WEEKDAYS_MONTHS.test(w))) continue;
    out.push({ kind: 'place', span, text: name, value: m[2] === 'village' ? own.join(' ') : name });
  }
  // "the River Brenn burst its banks", "Lough Neagh": the kind before the name, as British and
  // Irish copy writes rivers and lakes.
  // Not "River Island shares fell": a name that describes the noun after it is a firm's or a brand's.
  for (const m of KIND_FIRST_TEST.test(text) ? matchAll(KIND_FIRST_FEATURE, text) : []) {
    const k = tokenIndexAt(tokens, base + m.index + m[0].length);
    const [next, then] = [tokens[k], tokens[k + 1]];
    const describes = next && next.span.start <= base + m.index + m[0].length + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (then?.pos === 'VERB' || then?.pos === 'AUX' || then?.pos === 'NOUN');
    if (!describes) addNamed(m.index, m[0]);
  }
  // "left the Choctaw Point terminal", "reached Base Camp station": a site named with its kind as
  // the object of leaving or reaching; but "left the Villa Fátima terminal in La Paz": the town
  // after it places the site, as "at X in Y" does.
  for (const m of DEPARTURE_VERB.test(text) ? matchAll(departureObject, text) : []) {
    if (!/^\s+in\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) addNamed(m.index + m[0].length - m[1]!.length, m[1]!);
  }
  // "Maureen Tapsell, 74, of Rapid Creek"; "the district of Vila Esperança" with no preposition:
  // what leads the name says it is a place.
  const residences = text.includes(', of ') || (text.includes(' from ') && RESIDENCE_FROM.test(text)) ? matchAll(residence, text) : [];
  const led = text.includes(' of ') ? matchAll(ledPlace, text) : [];
  for (const m of [...residences, ...led]) {
    const name = m[1]!.replace(/['’]s$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start: base + start, end: base + start + name.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    if (name.split(/\s+/).some((w) => NOT_PLACE_WORD.test(w) || WEEKDAYS_MONTHS.test(w))) continue;
    out.push({ kind: 'place', span, text: name, value: name });
  }
  // "the Hursthill and Brixton reservoirs", "suburbs including Melville, Auckland Park and
  // Westdene": names a plural place noun governs are places, known or not.
  for (const re of PLURAL_KIND_WORD.test(text) || OF_KIND_TEST.test(text) ? [NAMES_BEFORE_KIND, NAMES_AFTER_KIND, NAMES_OF_KIND] : []) {
    for (const m of matchAll(re, text)) {
      const listAt = m.index + m[0].indexOf(m[1]!);
      for (const part of m[1]!.matchAll(re === NAMES_OF_KIND ? PARTICLE_NAME_RE : LIST_NAME)) {
        const name = part[0];
        const span = { start: base + listAt + part.index, end: base + listAt + part.index + name.length };
        if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
        if (name.split(/\s+/).some((w) => NOT_PLACE_WORD.test(w) || WEEKDAYS_MONTHS.test(w)) || usedAsPerson(name, document)) continue;
        out.push({ kind: 'place', span, text: name, value: name });
      }
    }
  }
  // "Yogyakarta International Airport and Adi Soemarmo airport in Solo have been shut": an
  // airport is a place wherever it stands in the sentence.
  for (const m of /[Aa]irport\b/.test(text) ? matchAll(AIRPORT, text) : []) {
    const span = { start: base + m.index, end: base + m.index + m[1]!.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    // "The airport" names none; "Darwin International Airport said" is the operator speaking.
    if (/^(?:The|A|An|This|That|Its|Their)\s/.test(m[1]!) || /^\s+(?:said|says|told|added|confirmed)\b/.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 12))) continue;
    if (m[1]!.split(/\s+/).some((w) => NOT_PLACE_WORD.test(w) || WEEKDAYS_MONTHS.test(w))) continue;
    out.push({ kind: 'place', span, text: m[1]!, value: m[1]! });
  }
  // "low-lying areas of Mumbai": a part of a place the gazetteer knows.
  for (const m of PART_OF_TEST.test(text) ? matchAll(PART_OF, text) : []) {
    const name = m[1]!.replace(/['’]s$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start: base + start, end: base + start + name.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    if (!isKnownPlace(name) || usedAsPerson(name, document)) continue;
    out.push({ kind: 'place', span, text: name, value: name });
  }
  // "in the CBD", "across the city centre": a city's centre, told the same by any name.
  for (const m of /\b(?:CBD|business district|city cent|town cent)/.test(text) ? matchAll(CENTRE, text) : []) {
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start: base + start, end: base + start + m[1]!.length };
    if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    out.push({ kind: 'place', span, text: m[1]!, value: /business|CBD/.test(m[1]!) ? 'central business district' : 'city centre' });
  }
  // "Düsseldorf–Manchester is about 650 km", "- Cologne Bonn – Palma de Mallorca": the two ends
  // of a route, when one is a town the tables know and the other is built like a place. A plain
  // hyphen joins the parts of one name ("Madrid-Retiro", "Baden-Württemberg"), not two places.
  for (const m of /\p{Lu}[\p{L}'’.]*(?:\s[–—-]\s|[–—])\p{Lu}/u.test(text) ? matchAll(ROUTE, text) : []) {
    const ends = [
      { name: m[1]!, at: m.index },
      { name: m[2]!, at: m.index + m[0].length - m[2]!.length },
    ];
    // Only where the line speaks of travel, or lists routes: "Smith–Jones" is a pair of names.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index + m[0].length);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!listItem && !/^\s*[-•*–]\s/.test(line) && !ROUTE_CONTEXT.test(line)) continue;
    if (!ends.some((e) => isSettlement(e.name)) || !ends.every((e) => placeLike(e.name) && !usedAsPerson(e.name, document))) continue;
    for (const e of ends) {
      const span = { start: base + e.at, end: base + e.at + e.name.length };
      if (out.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
      out.push({ kind: 'place', span, text: e.name, value: e.name });
    }
  }
  // "in the Old Town", "the historic centre": a city's old quarter, told the same by any name
  // (and no town called Old Town).
  for (const v of out) if (OLD_QUARTER.test(v.text)) v.value = 'historic centre';
  out.sort((a, b) => a.span.start - b.span.start);
  return nestPlaces(out, text, base);
}

const OLD_QUARTER = /^(?:the\s+)?(?:old\s+town|old\s+city|historic\s+(?:centre|center|quarter|district)|old\s+quarter)$/i;

const ROUTE_NAME = "(?!(?:The|A|An|In|On|At|From|To)\\s)\\p{Lu}[\\p{L}'’.]*(?:\\s(?:(?:de|del|da|do|am|upon|on|sur)\\s)?\\p{Lu}[\\p{L}'’.]*){0,3}";
const ROUTE_CONTEXT = /\b(?:km|kilomet(?:re|er)s?|miles?|flights?|flew|fly|routes?|trains?|rail(?:way)?|services?|bus(?:es)?|coach|roads?|motorways?|highways?|expressway|lines?|corridor|ferr(?:y|ies)|crossings?|connections?|journeys?|departures?|arrivals?|cancell?ed|pipeline)\b/i;
/** Two names joined by a dash: an en or em dash, or a spaced hyphen. */
const ROUTE = new RegExp(`(?<![\\p{L}'’])(${ROUTE_NAME})(?:\\s[–—-]\\s|[–—])(${ROUTE_NAME})(?![\\p{L}])`, 'gu');

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
