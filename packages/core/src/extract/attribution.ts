import type { CueKind, Mention, Token, Value } from '../model/index.js';
import { ORG_ROLE_NOUNS, PARTY_STATE, PERSON_ROLE_NOUNS, REPORTING_VERBS, SENTENCE_OPENERS, SPEECH_NOUNS, TITLE_HEADS } from './lexicon.js';
import { isCapitalised, mentionFromTokens, nationalityNoun, npBackward, npForward } from './names.js';

export interface Cue {
  kind: CueKind;
  verb: { start: number; end: number };
  mention: Mention | null;
}

/** Verbs that attribute even where the tagger is unsure of the part of speech. */
const STRONG_VERBS = /^(?:said|says|say|added|adds|told|tells|wrote|writes|tweeted|insisted|warned|stressed|declared|claimed|explained|noted|argued|continued|replied|asked|shouted|yelled|screamed|interjected|cried|exclaimed)$/i;
/** Reporting verbs that come before their subject in news prose ("said Mr Smith"). */
const INVERTING = /^(?:said|says|added|adds|wrote|writes|continued|explained|insisted|warned|replied|declared|noted|stressed|argued)$/i;
const AUX_VERB = /^(?:has|have|had|will|would|did|does|do|is|was|are|were|had)$/i;
const AUXILIARY = /^(?:has|have|had|will|would|did|does|do|also|not|n't|then|later|earlier|again|previously|once|today|yesterday|tonight|recently|separately|later|further|finally|repeatedly|publicly|privately)$/i;
const PASSIVE = /^(?:was|were|been|being|is|are|be|get|got)$/i;
const VERB_FORM = /^\p{Ll}+(?:ed|s)$/u;
const NOT_VERB_ENDING = /(?:ness|ss|us|is)$/;
const CLAUSE_PUNCTUATION = /^[,.;:!?—–-]$/;
const CLAUSE_WORD = /^(?:as|after|before|when|while|in|at|on|to|during|of)$/i;
const LY = /ly$/i;
/** Words before a date or time that belong to the time phrase: "on Sunday", "late last night". */
const TIME_LEAD = /^(?:on|at|in|this|last|late|early)$/i;
const COMMA_OR_DASH = /^[,—–-]$/;
const ACCORDING = /^according$/i;
const APPOSITION_END = /^[,.;]$/;
const POSSESSIVE = /^['’]s?$|^['’]s$/;
const COLON_OR_COMMA = /^[:,]$/;

export function isReportingVerb(t: Token, before?: Token): boolean {
  if (t.kind !== 'word') return false;
  if (STRONG_VERBS.test(t.text)) return true;
  if (REPORTING_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  // "Brunschwig fumed that …", "the panel branded his story …": the tagger reads a past tense it
  // rarely sees after a noun as an adjective. Right after its subject, it is the verb.
  return before !== undefined && (t.pos === 'ADJ' || t.pos === 'NOUN') && (before.pos === 'PROPN' || before.pos === 'NOUN') && pastOfReportingVerb(t.text);
}

/** "fumed" → fume, "branded" → brand, "slammed" → slam. */
function pastOfReportingVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}+ed$/u.test(word)) return false;
  const stems = [w.slice(0, -1), w.slice(0, -2)];
  if (/([b-df-hj-np-tv-z])\1ed$/.test(w)) stems.push(w.slice(0, -3));
  return stems.some((x) => REPORTING_VERBS.has(x));
}

/**
 * In the slot right after a quote ("'…,' fumed Tolland."), a past-tense word the
 * lexicon lacks is still the cue: writers vary their speech verbs endlessly.
 */
function isCueSlotVerb(t: Token): boolean {
  if (isReportingVerb(t)) return true;
  return t.kind === 'word' && VERB_FORM.test(t.text) && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && !NOT_VERB_ENDING.test(t.text);
}

function endsClause(z: Zone, i: number, to: number): boolean {
  return i >= to || CLAUSE_PUNCTUATION.test(z.tokens[i]!.text) || CLAUSE_WORD.test(z.tokens[i]!.text);
}

function isAdverb(t: Token): boolean {
  // "-ly" marks an adverb the tagger missed ("said defiantly"), not a noun ("family", "assembly", "ally").
  return t.pos === 'ADV' || (LY.test(t.text) && t.pos !== 'PROPN' && t.pos !== 'NOUN' && !isCapitalised(t)) || AUXILIARY.test(t.text);
}

export interface Zone {
  tokens: readonly Token[];
  text: string;
  /** Date and time values, so "Putin on Sunday insisted" finds Putin. */
  values: readonly Value[];
}

function inTimeValue(z: Zone, t: Token): boolean {
  return z.values.some((v) => (v.kind === 'date' || v.kind === 'time') && v.span.start <= t.span.start && t.span.end <= v.span.end);
}

const INTENSIFIER = /^(?:himself|herself|themselves|itself)$/i;

/** Steps back from a verb over adverbs, auxiliaries, time phrases and a ", who …," clause to its subject's end. */
function subjectEnd(z: Zone, verb: number, min: number): number {
  let j = verb;
  for (;;) {
    const t = z.tokens[j - 1];
    if (!t || j <= min) return j;
    if (isAdverb(t)) { j--; continue; }
    // "Hudák himself, after 41 months in office, conceded": an intensifier after the name.
    if (INTENSIFIER.test(t.text)) { j--; continue; }
    if (inTimeValue(z, t)) {
      j--;
      while (j > min && inTimeValue(z, z.tokens[j - 1]!)) j--;
      if (j > min && TIME_LEAD.test(z.tokens[j - 1]!.text)) j--;
      continue;
    }
    if (t.text === ',') {
      // A parenthetical between subject and verb: "The Russian leader, who arrived
      // an hour late, said", "Vogel, speaking through an interpreter, insisted",
      // "Jane Doe, a spokeswoman for the agency, said".
      let k = j - 2;
      while (k > min && z.tokens[k]!.text !== ',' && j - k < 24) k--;
      // "Camille Duret, a 24-year-old tourist from Lyon, France, who was also lifted out, told":
      // before a ", who …," clause, asides that open on an article or name a place describe the
      // subject before them.
      if (k > min && z.tokens[k]!.text === ',' && /^(?:who|which)$/i.test(z.tokens[k + 1]?.text ?? '')) {
        let r = k;
        for (;;) {
          let q = r - 1;
          while (q > min && z.tokens[q]!.text !== ',' && r - q < 16) q--;
          if (q <= min || z.tokens[q]!.text !== ',') break;
          const aside = /^(?:a|an|the)$/i.test(z.tokens[q + 1]!.text) || mentionBetween(z, q + 1, r)?.type === 'place';
          if (!aside) break;
          r = q;
        }
        if (r < k) { j = r; continue; }
      }
      const named = k > min && INTENSIFIER.test(z.tokens[k - 1]!.text) ? k - 1 : k;
      if (k > min && z.tokens[k]!.text === ',' && npBackward(z.tokens, named, min) < named) {
        // "Brazil's foreign minister, Marina Lopes, described …": the appositive name is the subject.
        const inner = mentionBetween(z, k + 1, j - 1);
        const innerEnd = npForward(z.tokens, k + 1, j - 1);
        // "Her lawyer, Tunde Ajibade (SAN), said": a post-nominal in brackets closes the name.
        const postNominal = innerEnd < j - 1 && z.tokens[innerEnd]!.text === '(' && z.tokens[j - 2]!.text === ')' && j - 1 - innerEnd <= 4;
        // Only a name standing alone between the commas: ", professor of psychiatry at the University
        // of Kingsbridge," describes the subject before it; the university is no appositive name.
        const alone = inner !== null && inner.span.start <= z.tokens[k + 1]!.span.end;
        // "The pilot, Captain Bikram Rana of Mountain Wings Aviation, said": the name's own "of …"
        // phrase in capitals closes the apposition.
        const ofPhrase = innerEnd < j - 2 && isCapitalised(z.tokens[k + 1]!) && !/^(?:a|an|the)$/i.test(z.tokens[k + 1]!.text) && /^(?:of|from|at)$/i.test(z.tokens[innerEnd]!.text) && z.tokens.slice(innerEnd + 1, j - 1).every((t) => isCapitalised(t) || /^(?:the|of|and|&)$/i.test(t.text));
        // "Whitford, who signed alongside Japan's trade minister, Junichiro Ohashi, said": a name in
        // apposition inside a relative clause belongs to the clause; the subject is before "who".
        let relative = -1;
        for (let r = k - 1; r > min && k - r < 24; r--) {
          if (/^(?:who|whose)$/i.test(z.tokens[r]!.text) && z.tokens[r - 1]?.text === ',') { relative = r - 1; break; }
          if (/^[.!?;:]$/.test(z.tokens[r]!.text)) break;
        }
        if (relative > min && inner?.name && alone) {
          j = relative;
          continue;
        }
        // "Superintendent Joanna Whitlock, Leeds District Commander, said": capitalised words ending
        // in an office after a person's name are the office, not a second name.
        const office = inner?.name !== undefined && TITLE_HEADS.has(inner.name.split(/\s+/).at(-1)!.toLowerCase()) && isPersonName(mentionBetween(z, npBackward(z.tokens, k, min), k));
        if (inner?.name && alone && !office && inner.type !== 'place' && inner.type !== 'organisation' && !PARTY_STATE.test(inner.name) && (innerEnd === j - 1 || postNominal)) return j - 1;
        if (inner?.name && alone && inner.type === 'person' && ofPhrase) return innerEnd;
        j = k;
        // Two asides in a row: "Professor Helen Okafor, professor of old-age psychiatry at the
        // University of Kingsbridge, who was not involved in the study, said".
        let p = j - 2;
        while (p > min && z.tokens[p]!.text !== ',' && j - p < 24) p--;
        // The first aside may be an office in capitals after a person's name: "Takeshi Mori, Senior
        // Nuclear Safety Inspector at the Kurosaki Nuclear Regulation Office, who led …, said".
        if (p > min && z.tokens[p]!.text === ',' && npBackward(z.tokens, p, min) < p && (/^\p{Ll}/u.test(z.tokens[p + 1]!.text) || isPersonName(mentionBetween(z, npBackward(z.tokens, p, min), p)))) j = p;
        continue;
      }
      return j;
    }
    return j;
  }
}

/**
 * The speaker named from `start` to `e`; "said the family's lawyer, Ewa Kowalczyk",
 * "according to its medical director, Andreas Thaler": the name in apposition is the speaker.
 */
function withAppositiveName(z: Zone, start: number, e: number, to: number): Mention | null {
  let m = mentionBetween(z, start, e);
  // "its medical director": a possessive determiner opens the noun phrase, it is not the speaker.
  if (m?.pronoun && POSSESSIVE_DETERMINER.test(m.text) && e < to && /^\p{Ll}/u.test(z.tokens[e]!.text)) {
    const e1 = npForward(z.tokens, e, to);
    if (e1 > e) {
      e = e1;
      m = mentionBetween(z, start, e) ?? m;
    }
  }
  if (!m || m.name) return m;
  // "said the president of the CBAt, Edivaldo Correia Leite": the office's body, then the name;
  // "WHO's representative in Guinea, Hélène Mbaye, told": its place.
  if (/^(?:of|for|at|in)$/i.test(z.tokens[e]?.text ?? '') && e + 1 < to) {
    const e1 = npForward(z.tokens, e + 1, to);
    if (e1 > e + 1 && z.tokens[e1]?.text === ',') e = e1;
  }
  // "said the Minister of Labour, Employment and Social Security, Mariela Echeverría Sosa": the
  // portfolio runs on in capitals to its "and …" before the name.
  if (z.tokens[e]?.text === ',' && m && !m.name) {
    let j = e + 1;
    while (j < to && j - e < 10 && (isCapitalised(z.tokens[j]!) || /^(?:and|&)$/i.test(z.tokens[j]!.text))) j++;
    if (j > e + 2 && z.tokens[j]?.text === ',' && z.tokens.slice(e + 1, j - 1).some((t) => /^(?:and|&)$/i.test(t.text))) e = j;
  }
  if (z.tokens[e]?.text !== ',') return m;
  const e2 = npForward(z.tokens, e + 1, to);
  const named = e2 > e + 1 ? mentionBetween(z, e + 1, e2) : null;
  return named?.name && named.type !== 'place' && (e2 >= to || APPOSITION_END.test(z.tokens[e2]!.text)) ? named : m;
}

const POSSESSIVE_DETERMINER = /^(?:its|his|her|their)$/i;
/** "her call to …", "his demand that …": speech nouns only a possessive pronoun makes someone's words ("Thursday's call" is a meeting). */
const OWN_CALL = /^(?:call|calls|demand|demands|vow)$/i;

function mentionBetween(z: Zone, start: number, end: number): Mention | null {
  // "The Panel considered …", '"We apologise," the Company said': a defined term of a release or
  // a ruling is its role noun, capitalised ("the panel", "the company").
  // So is an office's initials: "the CS said" (a Kenyan cabinet secretary), "the CEO added".
  if (end === start + 2 && /^the$/i.test(z.tokens[start]!.text) && /^\p{Lu}(?:\p{Ll}+|\p{Lu}{1,3})$/u.test(z.tokens[start + 1]!.text)) {
    const word = z.tokens[start + 1]!.text.toLowerCase();
    if (ORG_ROLE_NOUNS.has(word) || PERSON_ROLE_NOUNS.has(word)) {
      const span = { start: z.tokens[start]!.span.start, end: z.tokens[start + 1]!.span.end };
      return { span, text: z.text.slice(span.start, span.end), titles: [], role: word, type: ORG_ROLE_NOUNS.has(word) ? 'organisation' : 'person' };
    }
  }
  const m = mentionFromTokens(z.tokens, start, end, z.text);
  // '"…," the Swede said': a nationality refers back to someone, like "the veteran".
  if (m?.name && start + 1 < end && /^the$/i.test(z.tokens[start]!.text) && nationalityNoun(z.tokens, start + 1, end)) {
    return { span: m.span, text: m.text, titles: [], role: m.name.toLowerCase(), type: 'person' };
  }
  return m;
}

/** `"…," Putin said`, `"…," said the agency`, `"…," he added defiantly`, `"…", according to X`. */
export function cueAfter(z: Zone, from: number, to: number): Cue | null {
  let i = from;
  while (i < to && COMMA_OR_DASH.test(z.tokens[i]!.text)) i++;
  if (i >= to) return null;
  const t = z.tokens[i]!;
  if (ACCORDING.test(t.text) && z.tokens[i + 1]?.text.toLowerCase() === 'to') {
    const e = npForward(z.tokens, i + 2, to);
    const m = withAppositiveName(z, i + 2, e, to);
    if (m) return { kind: 'after', verb: { start: t.span.start, end: z.tokens[i + 1]!.span.end }, mention: m };
  }
  if (isReportingVerb(t) || isCueSlotVerb(t)) {
    let j = i + 1;
    while (j < to && isAdverb(z.tokens[j]!)) j++;
    let e = npForward(z.tokens, j, to);
    let m = withAppositiveName(z, j, e, to);
    // "said Harbourline managing director Declan Shiels": a body's name before a lower-case
    // office is whose office it is; the person named after the office speaks.
    if ((!m || (!m.name?.includes(' ') && m.type !== 'person')) && e < to && /^\p{Ll}/u.test(z.tokens[e]!.text)) {
      const e2 = npForward(z.tokens, e, to);
      const named = e2 > e ? withAppositiveName(z, e, e2, to) : null;
      if (named?.name && named.type === 'person') { m = named; e = e2; }
    }
    // "…", said it had weakened: a verb after the noun phrase makes it the subject of what was
    // said, and the speaker is the sentence's subject before the quote.
    const clause = z.tokens[e]?.pos === 'VERB' || z.tokens[e]?.pos === 'AUX';
    if (m && !clause && (isReportingVerb(t) || endsClause(z, e, to))) return { kind: 'after', verb: t.span, mention: m };
  }
  const late = lateCue(z, i, to);
  // "his daughter, Rosa Elena Quiroga Muñoz, said": the possessive opens a noun phrase.
  const possessive = POSSESSIVE_DETERMINER.test(z.tokens[i]!.text) && /^\p{Ll}/u.test(z.tokens[i + 1]?.text ?? '');
  let e = possessive ? npForward(z.tokens, i + 1, to) : npForward(z.tokens, i, to);
  // "Sindh's relief and rehabilitation minister, Zulfiqar Ali Talpur, told": a role whose
  // portfolio words "and" joins is one noun phrase.
  // "Chair and CEO Harriet Lindqvist said": two offices joined before one name, too.
  // "the Minister of Local Government and Disaster Risk Management, Vikash Doorgakant, told": a
  // portfolio in capitals after an office's "of" runs on past its "and" too.
  const portfolio = () => isCapitalised(z.tokens[e + 1] ?? z.tokens[e]!) && z.tokens.slice(i, e).some((t) => /^(?:of|for)$/.test(t.text)) && z.tokens.slice(i, e).some((t) => TITLE_HEADS.has(t.text.toLowerCase()));
  while (e > i && /^(?:and|&)$/.test(z.tokens[e]?.text ?? '') && (/^\p{Ll}/u.test(z.tokens[e + 1]?.text ?? '') || (TITLE_HEADS.has(z.tokens[e - 1]!.text.toLowerCase()) && TITLE_HEADS.has(z.tokens[e + 1]?.text.toLowerCase() ?? '')) || portfolio())) {
    const e2 = npForward(z.tokens, e + 1, to);
    if (e2 <= e + 1) break;
    e = e2;
  }
  if (e > i) {
    let j = e;
    // "WHO's representative in Guinea, Hélène Mbaye, told": the role's place or body after a
    // preposition stands before the name set beside it.
    if (/^(?:of|for|at|in)$/i.test(z.tokens[j]?.text ?? '')) {
      const e2 = npForward(z.tokens, j + 1, to);
      // Only before a name set off by commas: "… government of President Assad, insisting …" is no apposition.
      const e3 = e2 > j + 1 && z.tokens[e2]?.text === ',' && isCapitalised(z.tokens[e2 + 1] ?? z.tokens[e2]!) ? npForward(z.tokens, e2 + 1, to) : -1;
      if (e3 > e2 + 1 && z.tokens[e3]?.text === ',') j = e2;
    }
    // "Jane Doe, a spokeswoman for the agency, said"; "General Ould Dahi, the head of the
    // intelligence service, who led the negotiations, told …": appositions and a relative
    // clause, each set off by commas.
    for (let segment = 0; segment < 3 && z.tokens[j]?.text === ','; segment++) {
      if (j + 1 < to && (isReportingVerb(z.tokens[j + 1]!) || isAdverb(z.tokens[j + 1]!))) { j++; break; }
      let k = j + 1;
      while (k < to && z.tokens[k]!.text !== ',') k++;
      if (k >= to - 1 || k - j >= 16) break;
      j = k;
    }
    if (z.tokens[j]?.text === ',') j++;
    // '"Mayday, mayday," the captain, Daniel Ferreira, can be heard saying': speech a recording
    // lets one hear is still said.
    const heard = /^(?:(?:can|could|is|was|were|are)\s+)?(?:be\s+|been\s+)?(?:clearly\s+)?heard\s+(?=saying|telling|shouting|asking|calling|declaring|say\b)/i.exec(z.text.slice(z.tokens[j]?.span.start ?? 0, (z.tokens[j]?.span.start ?? 0) + 40));
    if (heard && z.tokens[j]) {
      const until = z.tokens[j]!.span.start + heard[0].length;
      while (j < to && z.tokens[j]!.span.start < until) j++;
    }
    const adverbsFrom = j;
    while (j < to && isAdverb(z.tokens[j]!)) j++;
    // "… the disruption" it had caused: a verb that is no reporting verb is a cue only in the
    // simple past ("she grumbled"), never after an auxiliary.
    const auxiliary = z.tokens.slice(adverbsFrom, j).some((x) => AUX_VERB.test(x.text));
    if (j < to && (isReportingVerb(z.tokens[j]!) || (!auxiliary && isCueSlotVerb(z.tokens[j]!) && endsClause(z, j + 1, to)))) {
      // "…," his daughter, Rosa Elena Quiroga Muñoz, said: the name in apposition speaks.
      const m = withAppositiveName(z, i, e, to);
      if (m) return { kind: 'after', verb: z.tokens[j]!.span, mention: m };
    }
  }
  return late ?? namedBeforeVerb(z, i, to);
}

/**
 * '"We knew," Tasman Orbital co-founder and Chief Executive Mereana Tawhiri told reporters':
 * a run of words with no punctuation, ending in a person's name right before a reporting verb,
 * is that person with the offices and the body before the name; the speaker is the name the
 * run ends in, read from as far back as it reads whole.
 */
function namedBeforeVerb(z: Zone, from: number, to: number): Cue | null {
  // '", as Labour leader Sir Tom Avery accused her': a clause of its own opens on a lower-case word.
  if (!isCapitalised(z.tokens[from]!)) return null;
  let j = from;
  while (j < to && j - from <= 10 && !isReportingVerb(z.tokens[j]!) && (/[\p{L}&]/u.test(z.tokens[j]!.text) || z.tokens[j]!.text === '-')) j++;
  if (j >= to || j === from || !isReportingVerb(z.tokens[j]!)) return null;
  for (let k = from; k < j; k++) {
    if (/^(?:and|&|of)$/i.test(z.tokens[k]!.text)) continue;
    const m = mentionFromTokens(z.tokens, k, j, z.text);
    if (m?.name && m.type === 'person' && m.span.end === z.tokens[j - 1]!.span.end) return { kind: 'after', verb: z.tokens[j]!.span, mention: m };
  }
  return null;
}

/** A cue later in the sentence: `"…" before the accident, according to Dr Sauer.` / `…, the expert said.` */
function lateCue(z: Zone, from: number, to: number): Cue | null {
  for (let k = from; k < to; k++) {
    const t = z.tokens[k]!;
    if (ACCORDING.test(t.text) && z.tokens[k + 1]?.text.toLowerCase() === 'to') {
      const e = npForward(z.tokens, k + 2, to);
      const m = mentionBetween(z, k + 2, e);
      if (m) return { kind: 'after', verb: { start: t.span.start, end: z.tokens[k + 1]!.span.end }, mention: m };
    }
    if (t.text === ',' && k + 1 < to) {
      const e = npForward(z.tokens, k + 1, to);
      let j = e;
      while (j < to && isAdverb(z.tokens[j]!)) j++;
      if (e > k + 1 && j < to && isReportingVerb(z.tokens[j]!) && endsClause(z, j + 1, to)) {
        const m = mentionBetween(z, k + 1, e);
        if (m) return { kind: 'after', verb: z.tokens[j]!.span, mention: m };
      }
    }
  }
  return null;
}

/**
 * A cue before the quote in the same sentence: `X said: "…"`, `X said that … "…"`,
 * `comments by X that "…"`, `, he said, "…"`. Returns the first reporting verb
 * whose subject can be found, which in news prose is the main clause's.
 */
export function cueBefore(z: Zone, from: number, to: number): Cue | null {
  // "previous comments by Mr Cameron that … 'the blood of the children'" names the speaker directly.
  for (let i = to - 1; i > from; i--) {
    const t = z.tokens[i]!;
    // "in the words of Yoon Hae-rin of Hanbit Securities, «the easy part»".
    if (t.text.toLowerCase() === 'words' && z.tokens[i + 1]?.text === 'of' && /^(?:the|his|her|their)$/i.test(z.tokens[i - 1]!.text)) {
      const e = npForward(z.tokens, i + 2, to);
      const m = mentionBetween(z, i + 2, e);
      if (m?.name) return { kind: 'before', verb: t.span, mention: m };
    }
    // "comments by Mr Cameron", and a release's "Statement from Mayor Denise Okafor-Hale:".
    if ((t.text.toLowerCase() === 'by' || (t.text.toLowerCase() === 'from' && i - 1 === from)) && SPEECH_NOUNS.test(z.tokens[i - 1]!.text)) {
      const e = npForward(z.tokens, i + 1, to);
      const m = mentionBetween(z, i + 1, e);
      if (m && m.type !== 'unknown') return { kind: 'before', verb: z.tokens[i - 1]!.span, mention: m };
    }
    // "Putin's remarks", "Nwachukwu's own post on X".
    const own = z.tokens[i - 1]?.text.toLowerCase() === 'own' ? 1 : 0;
    // "heeding her call to 'look after …'", "his warning that 'the worst is to come'".
    if ((SPEECH_NOUNS.test(t.text) || OWN_CALL.test(t.text)) && POSSESSIVE_DETERMINER.test(z.tokens[i - 1 - own]?.text ?? '') && i - 1 - own >= from) {
      const m = mentionBetween(z, i - 1 - own, i - own);
      if (m) return { kind: 'before', verb: t.span, mention: m };
    }
    if (SPEECH_NOUNS.test(t.text) && POSSESSIVE.test(z.tokens[i - 1 - own]?.text ?? '') && i - 1 - own > from) {
      const s = npBackward(z.tokens, i - 1 - own, from);
      // "Lassard said in the company's statement: '…'": where the words came, after a verb that
      // already names who spoke them.
      // "In the club's announcement, Doig said: '…'": the same, with the verb after.
      const within = s - 1 >= from && /^(?:in|via|through)$/i.test(z.tokens[s - 1]?.text ?? '');
      const verbAfter = within && z.tokens.slice(i + 1, to).some((x, n) => isReportingVerb(x, z.tokens[i + n]));
      const via = verbAfter || (s - 2 >= from && within && isReportingVerb(z.tokens[s - 2]!, z.tokens[s - 3]));
      const m = via ? null : mentionBetween(z, s, i - 1 - own);
      if (m) return { kind: 'before', verb: t.span, mention: m };
    }
  }
  // "According to Dr. Ulrike Dähne, her client had been 'a small cog'": the source a sentence
  // opens by citing speaks its quotes.
  if (ACCORDING.test(z.tokens[from]?.text ?? '') && z.tokens[from + 1]?.text.toLowerCase() === 'to') {
    const e = npForward(z.tokens, from + 2, to);
    const m = e > from + 2 && z.tokens[e]?.text === ',' ? withAppositiveName(z, from + 2, e, to) : null;
    if (m?.name && m.type !== 'place') return { kind: 'before', verb: { start: z.tokens[from]!.span.start, end: z.tokens[from + 1]!.span.end }, mention: m };
  }
  const nested = nestedReporter(z, from, to);
  if (nested) return nested;
  for (let v = from; v < to; v++) {
    const t = z.tokens[v]!;
    if (!isReportingVerb(t, v > from ? z.tokens[v - 1] : undefined)) continue;
    const prev = z.tokens[v - 1];
    if (prev && PASSIVE.test(prev.text)) continue;
    // "Angus Petrakis, who before landfall had called Tamsin '…'": the relative pronoun's
    // antecedent speaks.
    const who = relativeSubject(z, v, from);
    if (who) return { kind: 'before', verb: t.span, mention: who };
    const end = subjectEnd(z, v, from);
    const start = npBackward(z.tokens, end, from);
    if (start < end) {
      const m = personBeforeOf(z, start, from) ?? mentionBetween(z, start, end);
      if (m) return { kind: 'before', verb: t.span, mention: m };
    }
    // Inverted: `said Mr Smith: "…"`. Never after an auxiliary, and never with a verb that takes
    // an object: "had called Tamsin 'the most dangerous system'" names what was called so.
    if (!INVERTING.test(t.text) || (prev && AUX_VERB.test(prev.text))) continue;
    let j = v + 1;
    while (j < to && isAdverb(z.tokens[j]!)) j++;
    const e = npForward(z.tokens, j, to);
    if (e > j && (e === to || COLON_OR_COMMA.test(z.tokens[e]!.text)) && isCapitalised(z.tokens[j]!)) {
      const m = mentionBetween(z, j, e);
      if (m) return { kind: 'before', verb: t.span, mention: m };
    }
  }
  return null;
}

/**
 * "She said singer Maisie Rourke eventually spotted it … and told the crowd to 'take three steps
 * back'": of two reporting verbs, the one nearest the quote governs it, and a person the first
 * one's clause names as the subject of a verb of their own speaks it. A name that is the object
 * of a verb ("who told Jane Doe on Monday, said") is no subject.
 */
function nestedReporter(z: Zone, from: number, to: number): Cue | null {
  let first = -1;
  let last = -1;
  for (let v = from; v < to; v++) {
    if (!isReportingVerb(z.tokens[v]!, v > from ? z.tokens[v - 1] : undefined) || PASSIVE.test(z.tokens[v - 1]?.text ?? '')) continue;
    if (first < 0) first = v;
    last = v;
  }
  if (first < 0) return null;
  // One verb joined to an earlier one ("when singer Maisie Rourke stopped the song and told fans
  // to '…'") shares its subject, as a second verb does.
  const joined = /^(?:and|then)$/i.test(z.tokens[last - 1]?.text ?? '');
  if (last === first && !joined) return null;
  const floor = last === first ? from : first + 1;
  for (let k = last - 1; k >= floor; k--) {
    if (!isCapitalised(z.tokens[k]!) || isCapitalised(z.tokens[k + 1]!)) continue;
    const m = mentionBetween(z, npBackward(z.tokens, k + 1, floor), k + 1);
    // "…, the company said it would invest £1.2bn, and Linwood said customers '…'": a surname the
    // tagger cannot type is the subject when the last verb follows it straight after "and".
    const joinedName = m?.type === 'unknown' && k + 1 === last && /^(?:and|but)$/i.test(z.tokens[npBackward(z.tokens, k + 1, floor) - 1]?.text ?? '');
    if (!isPersonName(m) || (m.type !== 'person' && !joinedName)) continue;
    let n = k + 1;
    while (n < last && isAdverb(z.tokens[n]!)) n++;
    if (z.tokens[n]!.pos === 'VERB' || z.tokens[n]!.pos === 'AUX') return { kind: 'before', verb: z.tokens[last]!.span, mention: m };
    return null;
  }
  // "Her brother said she called him Wednesday morning and told him: '…'": a pronoun that opens
  // the first verb's clause, the subject of a verb of its own, speaks what the last verb reports.
  if (last > first) {
    let k = first + 1;
    if (/^that$/i.test(z.tokens[k]?.text ?? '')) k++;
    if (k < last && /^(?:he|she|they)$/i.test(z.tokens[k]!.text) && /^(?:VERB|AUX)$/.test(z.tokens[k + 1]?.pos ?? '')) {
      const m = mentionBetween(z, k, k + 1);
      if (m) return { kind: 'before', verb: z.tokens[last]!.span, mention: m };
    }
  }
  return null;
}

/** The named antecedent of ", who" when "who" is the subject of the verb at `v` (no comma between). */
function relativeSubject(z: Zone, v: number, from: number): Mention | null {
  for (let k = v - 1; k > from && v - k < 12; k--) {
    const t = z.tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCTUATION.test(t.text)) return null;
    if (!/^who$/i.test(t.text)) continue;
    if (z.tokens[k - 1]?.text !== ',') return null;
    const m = mentionBetween(z, npBackward(z.tokens, k - 1, from), k - 1);
    return isPersonName(m) ? m : null;
  }
  return null;
}

const isPersonName = (m: Mention | null): m is Mention => m?.name !== undefined && m.type !== 'organisation' && m.type !== 'place';

/** "Marco Bernasconi of the Swiss Exporters' Association called …": the name before "of the …" speaks. */
function personBeforeOf(z: Zone, start: number, from: number): Mention | null {
  const of = z.tokens[start - 1]?.text === 'of' ? start - 1 : -1;
  if (of <= from) return null;
  const head = mentionBetween(z, npBackward(z.tokens, of, from), of);
  return isPersonName(head) ? head : null;
}

/**
 * "the company's “no impact” assurances", "her “never again” pledge": a partial quote set between
 * a possessor and a noun of speech is the possessor's words.
 */
export function possessedSpeech(z: Zone, qStart: number, qEnd: number, from: number): Cue | null {
  let k = qEnd;
  while (k < z.tokens.length && /^["”’'»]$/.test(z.tokens[k]!.text)) k++;
  const noun = z.tokens[k];
  if (!noun || !SPEECH_NOUNS.test(noun.text)) return null;
  // The word before the opening mark.
  const b = qStart - 1;
  const owner = z.tokens[b];
  if (!owner || b <= from) return null;
  if (POSSESSIVE_DETERMINER.test(owner.text)) {
    const m = mentionBetween(z, b, b + 1);
    return m ? { kind: 'before', verb: noun.span, mention: m } : null;
  }
  if (!POSSESSIVE.test(owner.text)) return null;
  const start = npBackward(z.tokens, b, from);
  const m = start < b ? mentionBetween(z, start, b) : null;
  return m ? { kind: 'before', verb: noun.span, mention: m } : null;
}

/** What a speaker's own words are called besides the nouns of speech: "her line", "his answer". */
const OWN_WORDS = /^(?:line|answer|formulation|phrase|quip|jibe|boast|retort)$/i;

/** The subject of the sentence, for partial quotes whose sentence has no usable cue. */
export function sentenceSubject(z: Zone, from: number, to: number): Cue | null {
  let i = from;
  const first = z.tokens[i];
  if (!first) return null;
  // Skip a leading adverbial: "In a radio interview tonight, the Prime Minister …", "However, …".
  // "Speaking yesterday, Ms Marrington said …": a participle's phrase too.
  const participle = first.pos === 'VERB' && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text);
  if (first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'CCONJ' || participle) {
    let k = i;
    while (k < to && z.tokens[k]!.text !== ',') k++;
    if (k < to && k - i < 24) i = k + 1;
    else if (first.pos === 'CCONJ' || first.pos === 'ADV') i++;
  }
  // "Kanemura's line that the two are now 'partners in shaping the future' …": the owner of the
  // words the sentence opens with said them.
  let p = i;
  while (p < to && z.tokens[p]!.pos === 'PROPN') p++;
  if (p > i && POSSESSIVE.test(z.tokens[p]?.text ?? '') && (SPEECH_NOUNS.test(z.tokens[p + 1]?.text ?? '') || OWN_WORDS.test(z.tokens[p + 1]?.text ?? ''))) {
    const owner = mentionBetween(z, i, p);
    if (isPersonName(owner)) return { kind: 'subject', verb: z.tokens[p + 1]!.span, mention: owner };
  }
  const e = npForward(z.tokens, i, to);
  if (e <= i) return null;
  // "Chancellor Katrin Vogel on Monday described …": step over a time phrase.
  let n = e;
  if (z.tokens[n] && TIME_LEAD.test(z.tokens[n]!.text) && z.tokens[n + 1] && inTimeValue(z, z.tokens[n + 1]!)) n++;
  while (z.tokens[n] && inTimeValue(z, z.tokens[n]!)) n++;
  // "the President of the Republic addressed …": an office's "of" phrase belongs to the subject.
  if (z.tokens[n]?.text === 'of' && z.tokens.slice(i, e).some((t) => TITLE_HEADS.has(t.text.toLowerCase()))) {
    const body = npForward(z.tokens, n + 1, to);
    if (body > n + 1) n = body;
  }
  const next = z.tokens[n];
  if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || isAdverb(next) || next.text === ',')) return null;
  let m = mentionBetween(z, i, e);
  // "Anna Kerridge's Budget … was sold on a promise: a government that 'lives within its means'":
  // a thing a person owns says nothing; its owner does.
  if (m && m.type === 'unknown') {
    const own = z.tokens.slice(i, e).findIndex((t) => POSSESSIVE.test(t.text));
    const owner = own > 0 ? mentionBetween(z, i, i + own) : null;
    if (isPersonName(owner)) m = owner;
  }
  if (!m || (m.type === 'unknown' && !m.name)) return null;
  // "That is a large sum": a pronoun opening the sentence names nobody.
  if (m.name && SENTENCE_OPENERS.has(m.name.toLowerCase())) return null;
  return { kind: 'subject', verb: next.span, mention: m };
}

/** Verbs of an interview whose object, after "to" or "with", is the one answering. */
const INTERVIEW_VERB = /^(?:spoke|speaks|speaking|talked|talks|talking|sat|sits|chatted|caught)$/i;
const INTERVIEW_PREPOSITION = /^(?:to|with|up)$/i;

/**
 * Who answers an interview printed as questions and answers, as the paragraph before it says:
 * "Chiveve FM spoke this afternoon to the Provincial Health Director, Dr. Rosário Mabjaia",
 * "we interviewed Dr Ana Ruiz", "in an interview with Dr Ana Ruiz". A person only: when a
 * player "sat down with RAFC TV", the one who sat down answers, and the caller decides.
 */
export function interviewee(z: Zone, from: number, to: number): Mention | null {
  for (let i = from; i < to - 1; i++) {
    const t = z.tokens[i]!;
    let at = -1;
    if (/^interview(?:ed|s)?$/i.test(t.text)) {
      at = /^with$/i.test(z.tokens[i + 1]!.text) ? i + 2 : /ed$/i.test(t.text) ? i + 1 : -1;
    } else if (INTERVIEW_VERB.test(t.text)) {
      // "spoke this afternoon to …", "caught up with …": a few words may stand before the preposition.
      for (let k = i + 1; k < Math.min(to, i + 5); k++) {
        if (INTERVIEW_PREPOSITION.test(z.tokens[k]!.text)) {
          at = /^up$/i.test(z.tokens[k]!.text) && /^with$/i.test(z.tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
          break;
        }
        if (/^[,.;:]$/.test(z.tokens[k]!.text)) break;
      }
    }
    if (at < 0 || at >= to) continue;
    const e = npForward(z.tokens, at, to);
    if (e <= at) continue;
    const m = withAppositiveName(z, at, e, to);
    if (m?.name && m.type === 'person') return m;
  }
  return null;
}
