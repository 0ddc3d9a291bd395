import type { AnalysedDocument, Fact, Mention, Quote, Span, Token } from '../model/index.js';
import { REPORTING_VERBS } from './lexicon.js';
import { mentionFromTokens, npBackward, npForward } from './names.js';
import { tokensStartingIn } from './token-flags.js';
import { PAGE_STAMP } from '../parse/classify.js';

/** Parts of speech that carry content: what claims are compared by. */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const LIGHT_LEMMAS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'also', 'not', 'just', 'only', 'very', 'so', 'then', 'now', 'there', 'here', 'even', 'still', 'yet', 'too', 'more', 'most', 'much', 'many']);
const POSSESSIVE_END = /['’]s$/;
const RELATIVE_PRONOUN = /^(?:who|which|whose)$/i;
const CLAUSE_STOP = /^[.;!?]$/;
const QUOTE_MARK = /^["“”„«»‘’']$/;
const CLAUSE_JOIN = /^(?:while|whereas)$/i;

/** Content lemmas of a token range, for matching the same statement across documents. */
export function contentLemmas(tokens: readonly Token[], keepReporting = false): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!CONTENT_POS.has(t.pos) || t.kind === 'punctuation') continue;
    // Only a lemma ending in "s" can end in "'s": the rest skip the pattern.
    const l = t.lemma.endsWith('s') ? t.lemma.replace(POSSESSIVE_END, '') : t.lemma;
    // A reporting verb in the writer's clause only says who spoke; inside a quote ("if you can't
    // explain it, you don't claim it") it is the speaker's word like any other.
    if (l.length < 2 || LIGHT_LEMMAS.has(l) || (!keepReporting && REPORTING_VERBS.has(l))) continue;
    out.push(l);
  }
  return out;
}

/**
 * "The utility said no abnormalities had been found at its Tomari plant": a description
 * opening the clause before its verb is the clause's subject, not the first name after it.
 */
function roleSubject(tokens: readonly Token[], from: number, to: number, text: string): Mention | undefined {
  let i = from;
  while (i < to && tokens[i]!.kind === 'punctuation') i++;
  if (i >= to || !/^the$/i.test(tokens[i]!.text)) return undefined;
  const e = npForward(tokens, i, to);
  const verb = tokens[e];
  if (e <= i + 1 || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  const m = mentionFromTokens(tokens, i, e, text);
  return m && !m.name && m.role !== undefined ? m : undefined;
}

/** A sentence that is the page's own note, not a claim: a stamp, a correction's pointer, a contact line. */
const PAGE_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${PAGE_STAMP}|this\s+(?:entry|post|article|story|page)\s+(?:has\s+been|was)\s+(?:amended|updated|corrected|edited)\b|(?:media|press|news)\s+(?:enquiries|inquiries|contact)\s*:)`, 'i');

/**
 * Stage 4, facts: clauses in the writer's own words that carry a checkable
 * value (a number, duration, time, date or place). A relative clause
 * (", who arrived an hour late for the talks,") is a claim of its own about its
 * antecedent, so it becomes its own fact with that antecedent as subject.
 */
export function extractFacts(doc: AnalysedDocument, quotes: readonly Quote[], mentions: readonly Mention[]): Fact[] {
  const tokens = doc.tokens;
  const text = doc.doc.text;
  const quoted = quotes.map((q) => q.span);
  const inside = (s: Span, o: Span) => o.start <= s.start && s.end <= o.end;
  const isQuoted = (s: Span) => quoted.some((q) => q.start <= s.start && s.start < q.end);
  const quotedTok = tokensStartingIn(tokens, quoted);
  const facts: Fact[] = [];
  const claimBlocks = new Set(doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'blockquote' || b.kind === 'list-item').map((b) => b.index));
  for (const s of doc.sentences) {
    if (!claimBlocks.has(s.block)) continue;
    // "Last updated 19:05 Laos time.", "(This entry has been amended; see 16:30.)", "Media
    // enquiries: NSU press office, 020 7946 0311 (24 hours)": the page's own notes, inside a paragraph.
    if (PAGE_NOTE.test(text.slice(s.span.start, s.span.end))) continue;
    const clauses: { start: number; end: number; antecedentStart?: number; subject?: Mention }[] = [];
    // Relative clauses: ", who|which … ," (or to the sentence end).
    const main = { start: s.tokenStart, end: s.tokenEnd };
    const cut: { start: number; end: number }[] = [];
    for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
      if (tokens[i]!.text !== ',' || !RELATIVE_PRONOUN.test(tokens[i + 1]!.text)) continue;
      let k = i + 2;
      while (k < s.tokenEnd && tokens[k]!.text !== ',' && !CLAUSE_STOP.test(tokens[k]!.text)) k++;
      const antecedentStart = npBackward(tokens, i, s.tokenStart);
      const subject = mentionFromTokens(tokens, antecedentStart, i, text) ?? undefined;
      clauses.push({ start: i + 1, end: k, antecedentStart, ...(subject ? { subject } : {}) });
      cut.push({ start: i, end: k });
      i = k;
    }
    // Two statements joined by ", while …" or ", whereas …" are two claims, often of two events: "the
    // player flew into England on Monday, while the director spent the weekend in the Netherlands".
    const mains: { start: number; end: number }[] = [];
    let from0 = main.start;
    for (let i = main.start + 1; i < main.end - 1; i++) {
      if (quotedTok[i] || cut.some((k) => k.start <= i && i < k.end)) continue;
      const t = tokens[i]!.text;
      const joins = t === ',' && CLAUSE_JOIN.test(tokens[i + 1]!.text);
      if (!joins || i - from0 < 3) continue;
      mains.push({ start: from0, end: i });
      from0 = i + 2;
    }
    mains.push({ start: from0, end: main.end });
    clauses.unshift(...mains);
    for (const c of clauses) {
      const isMain = mains.includes(c);
      const inClause = (sp: Span) => {
        const first = tokens[c.start]!.span.start;
        const last = tokens[c.end - 1]!.span.end;
        if (sp.start < first || sp.end > last) return false;
        if (!isMain) return true;
        return !cut.some((k) => tokens[k.start]!.span.start <= sp.start && sp.end <= tokens[k.end - 1]!.span.end);
      };
      const values = doc.values.filter((v) => inClause(v.span) && !isQuoted(v.span));
      if (values.length === 0) continue;
      // A relative clause speaks about its antecedent: "the G8 summit, which opens tomorrow".
      const from = c.antecedentStart ?? c.start;
      const clauseTokens: Token[] = [];
      for (let k = from; k < c.end; k++) {
        const t = tokens[k]!;
        if ((t.text === ',' || inClause(t.span) || from < c.start) && !quotedTok[k] && !(t.text.length === 1 && QUOTE_MARK.test(t.text))) clauseTokens.push(t);
      }
      // What is left of a quoted sentence is its cue ("the 58-year-old stressed"), not a
      // statement; a short sentence of the writer's own is one ("The flood destroyed 40 homes.").
      // The figure counts as a word: "Turnout was 42.2%." is a statement.
      const words = clauseTokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
      if (words < (quotedTok.slice(s.tokenStart, s.tokenEnd).some(Boolean) ? 5 : 3)) continue;
      if (quoted.some((q) => q.start >= tokens[from]!.span.start && q.end <= tokens[c.end - 1]!.span.end) && words < 8) continue;
      let start = clauseTokens[0]!.span.start;
      let end = clauseTokens.at(-1)!.span.end;
      while (end > start && /[.,;:!?\s]/.test(text[end - 1]!)) end--;
      if (!isMain && c.subject) start = Math.min(start, c.subject.span.start);
      const span = { start, end };
      const clauseMentions = mentions.filter((m) => inside(m.span, span));
      const fact: Fact = {
        kind: 'fact',
        id: `f${facts.length + 1}`,
        span,
        text: text.slice(start, end),
        values,
        mentions: clauseMentions,
        // The values are compared as values; the words around them carry what is claimed.
        lemmas: contentLemmas(clauseTokens.filter((t) => !values.some((v) => v.span.start <= t.span.start && t.span.end <= v.span.end))),
      };
      const subject = c.subject ?? roleSubject(tokens, from, c.end, text) ?? clauseMentions[0];
      if (subject) fact.subject = subject;
      facts.push(fact);
    }
  }
  return facts;
}
