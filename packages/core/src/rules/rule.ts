import type {
  ClaimGraph,
  QuoteGroup,
  ResolvedDocument,
  Severity,
  Span,
  SeveritySetting,
} from '../model/index.js';

/** A JSON Schema for one option, with its default. The options object is validated with ajv. */
export interface OptionSchema {
  type: 'number' | 'integer' | 'boolean' | 'string';
  default: number | boolean | string;
  description: string;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
}

export type OptionsSchema = Record<string, OptionSchema>;

/** Option values typed from the schema: `{ minSources: { type: 'integer', default: 2 } }` → `{ minSources: number }`. */
export type OptionsOf<S extends OptionsSchema> = {
  [K in keyof S]: S[K]['type'] extends 'number' | 'integer'
    ? number
    : S[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

export interface RuleMeta<S extends OptionsSchema> {
  description: string;
  defaultSeverity: Severity;
  /** Which claim kinds the rule reads, for documentation and `--rule` listings. */
  claims: ('quote' | 'fact' | 'mention')[];
  options: S;
  /** Message templates; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
}

/** A place in one document: the claim a diagnostic or related location points at. */
export interface Place {
  doc: number;
  span: Span;
}

export interface RelatedPlace extends Place {
  message: string;
}

export interface SuggestionInput {
  message: string;
  replacement: string;
  span: Span;
}

export interface ReportInput {
  messageId: string;
  place: Place;
  data?: Record<string, unknown>;
  related?: RelatedPlace[];
  suggestions?: SuggestionInput[];
  /** Overrides the configured severity (e.g. info for a function-word-only difference). */
  severity?: Severity;
}

export interface RuleContext {
  readonly graph: ClaimGraph;
  readonly documents: readonly ResolvedDocument[];
  /** Canonical name of the cross-document entity a document-local entity belongs to. */
  speakerName(doc: number, localEntity: string | undefined): string | undefined;
  quoteGroups(): readonly QuoteGroup[];
  report(input: ReportInput): void;
}

export interface Rule<S extends OptionsSchema = OptionsSchema> {
  id: string;
  meta: RuleMeta<S>;
  check(ctx: RuleContext, options: OptionsOf<S>): void;
}

/** Identity function that gives a rule definition its option types. */
export function defineRule<S extends OptionsSchema>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** What the config says about one rule: a severity, or [severity, options]. */
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];
