/**
 * The data model shared by every pipeline stage. Stages only add to what they
 * receive; nothing here is mutated after the stage that creates it returns.
 */

/** A half-open interval [start, end) of UTF-16 offsets into a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column, 0-based UTF-16 offset (the JSON contract's convention). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type DocumentRole = 'source' | 'draft';

export interface DocumentMeta {
  outlet?: string;
  /** ISO 8601 date or date-time of publication; relative dates resolve against it. */
  published?: string;
  url?: string;
  title?: string;
}

/** Stage 1 (load): a file read into memory. */
export interface SourceDocument {
  /** Path as shown to the user: relative to the working directory when inside it. */
  path: string;
  role: DocumentRole;
  text: string;
  meta: DocumentMeta;
  /** Where the text begins after YAML front matter (0 when there is none). */
  bodyStart: number;
}

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'list-item'
  | 'caption'
  | 'byline'
  | 'boilerplate'
  | 'signature'
  | 'code'
  | 'frontmatter';

/** Stage 2 (parse): a paragraph-level unit of the document. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /**
   * The block's text, exactly as long as `span`: markup characters (Markdown
   * emphasis, link targets, `>` markers) are replaced by spaces so that every
   * index i in `text` is offset `span.start + i` in the original file.
   */
  text: string;
  /** Position of the block in the document's block list. */
  index: number;
  /** Set on a 'signature' block: the name the signature line gives ("prime minister david cameron"). */
  signature?: string;
  /** Spans inside the block that are not prose: a dateline ("LONDON -"), an inline credit. */
  skip?: Span[];
  /** The town the block's dateline names, in ordinary case ("LONDON -" → "London"). */
  dateline?: string;
  /** A live page's entry: the block opened with a stamp ("UPDATE 4:15 p.m.:", "21:40 GMT –"). */
  stamped?: boolean;
}

export interface ParsedDocument {
  doc: SourceDocument;
  blocks: Block[];
  /** Offsets at which each line starts, for offset → line/column. */
  lineStarts: number[];
  /** Inline directives (HTML comments) found by the parser, in document order. */
  directives: Directive[];
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  reason?: string;
  span: Span;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

export interface Token {
  span: Span;
  text: string;
  /** Lower-cased lemma. */
  lemma: string;
  /** Universal POS tag from the tagger (NOUN, PROPN, VERB, …). */
  pos: string;
  kind: TokenKind;
}

export interface Sentence {
  span: Span;
  /** Index of the block this sentence lies in. */
  block: number;
  /** Index range [first, last) into the analysed document's tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export type ValueKind = 'number' | 'money' | 'percent' | 'duration' | 'time' | 'date' | 'place';

export interface Value {
  kind: ValueKind;
  span: Span;
  text: string;
  /**
   * Normalised value: a number for number/money/percent; seconds for duration;
   * "HH:MM" (+ zone) for time; "YYYY-MM-DD" for date; a canonical place name for place.
   */
  value: number | string;
  /** Unit or currency ("USD", "km", "people"), when the text gives one. */
  unit?: string;
  /** For dates: how sure the resolution is (weekday-only or vague dates are 'uncertain'). */
  certainty?: 'certain' | 'uncertain';
  /** For places: a direction and distance ("30 km north of"). */
  direction?: string;
  /** For a range ("between 40 and 50 people"): its upper end; `value` is the lower. */
  upTo?: number;
  /**
   * For a clock time told without a zone: the zone of the country the document is set in, when
   * that country keeps one zone all year ("at 7.48 pm" in a report from Odisha is IST).
   * For a date told beside a universal clock time ("2300 GMT Sunday"): that clock's zone, whose
   * day is not the story's.
   */
  zone?: string;
}

/** Stage 3 (analyse): sentences, tokens and values. */
export interface AnalysedDocument extends ParsedDocument {
  sentences: Sentence[];
  tokens: Token[];
  values: Value[];
}

export type EntityType = 'person' | 'organisation' | 'place' | 'unknown';

/** A textual reference to a person, organisation or place. */
export interface Mention {
  span: Span;
  text: string;
  /** The name part only ("Vladimir Putin" in "Russian President Vladimir Putin"). */
  name?: string;
  /** Title words before the name ("President", "Prime Minister", "Mr"). */
  titles: string[];
  /** Role description ("Russian leader", "international aid agency"). */
  role?: string;
  /** Demonym or nationality attached to the mention ("Russian"). */
  nationality?: string;
  type: EntityType;
  /** Pronoun mentions: the pronoun itself, lower-cased. */
  pronoun?: string;
}

export type CueKind = 'after' | 'before' | 'middle' | 'continuation' | 'signature' | 'subject' | 'none';

export interface Quote {
  kind: 'quote';
  id: string;
  /** Span of the quoted words, without the quote marks. */
  span: Span;
  text: string;
  /** True for a fragment inside the writer's own sentence ("described him as a 'murderous dictator'"). */
  partial: boolean;
  /** The reporting verb or phrase ("said", "added", "according to"). */
  cue?: { text: string; span: Span; kind: CueKind };
  /** The phrase naming the speaker at the cue ("he", "the Russian leader", "Putin"). */
  speakerMention?: Mention;
  /** Set by resolve: the speaker entity's id within the document, or undefined. */
  speaker?: string;
  /** The sentence the quote sits in, for context. */
  sentence: Span;
  /** Set when this quote continues the previous quote (multi-paragraph quotes). */
  continues?: string;
  /** A quote inside another quote: the speaker is quoting someone; no cue applies. */
  nested?: boolean;
}

/** A clause-level statement carrying checkable values. */
export interface Fact {
  kind: 'fact';
  id: string;
  span: Span;
  text: string;
  values: Value[];
  /** Mentions inside the clause, and its subject when the clause is relative ("who arrived…"). */
  mentions: Mention[];
  subject?: Mention;
  /** Lower-cased content lemmas, for matching facts across documents. */
  lemmas: string[];
}

/** Stage 4 (extract). */
export interface ExtractedDocument extends AnalysedDocument {
  quotes: Quote[];
  mentions: Mention[];
  facts: Fact[];
}

export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest form of the name seen ("Vladimir Putin"). */
  canonical: string;
  aliases: string[];
  titles: string[];
  /**
   * Those of `titles` this document never gives, learned from the other documents so that its
   * "the minister" finds the person; what the document itself calls them is `titles` without these.
   */
  borrowedTitles?: string[];
  roles: string[];
  nationality?: string;
  mentions: Span[];
}

/** Stage 5 (resolve): entities within a document and quotes with their speakers. */
export interface ResolvedDocument extends ExtractedDocument {
  entities: Entity[];
}

/** A cross-document entity: one real-world referent. */
export interface GlobalEntity {
  id: string;
  type: EntityType;
  canonical: string;
  aliases: string[];
  titles: string[];
  /** (document index, local entity id) pairs merged into this entity. */
  members: { doc: number; entity: string }[];
}

/** One document's wording of an utterance inside a quote group. */
export interface QuoteRef {
  doc: number;
  quote: string;
  /** The global entity the document gives these words to, when resolved. */
  speaker?: string;
  /** The stretch of the quote that aligns with the group's utterance. */
  span: Span;
  text: string;
}

export interface QuoteGroup {
  id: string;
  speaker?: string;
  members: QuoteRef[];
}

export interface FactRef {
  doc: number;
  fact: string;
}

export interface FactGroup {
  id: string;
  members: FactRef[];
}

/** Stage 6 (align): the claim graph that rules read. */
export interface ClaimGraph {
  documents: ResolvedDocument[];
  entities: GlobalEntity[];
  /** Map from `${doc}:${localEntityId}` to a global entity id. */
  entityOf: Map<string, string>;
  quoteGroups: QuoteGroup[];
  /**
   * The same words across documents whoever they are given to: what quote-misattribution
   * and quote-unsupported read. Same-speaker groups are `quoteGroups`.
   */
  utterances: QuoteGroup[];
  factGroups: FactGroup[];
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Suggestion {
  message: string;
  replacement: string;
  range: Range;
}

/** Stage 8 (report): one finding, in the JSON contract's shape. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  file: string;
  range: Range;
  related: RelatedLocation[];
  data: Record<string, unknown>;
  suggestions: Suggestion[];
}

export interface LintSummary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  /** Findings left out of the report by inline directives (`<!-- factlint-disable… -->`). */
  suppressed?: number;
  /** Findings left out because the baseline accepts them; set when a baseline was used. */
  baselined?: number;
  /** Baseline entries that matched no finding (fixed, or changed since the baseline was written). */
  staleBaseline?: number;
}

export interface FileError {
  file: string;
  message: string;
}

export interface LintReport {
  tool: { name: 'factlint'; version: string };
  diagnostics: Diagnostic[];
  summary: LintSummary;
}
