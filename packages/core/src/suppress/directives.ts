import type { Diagnostic, Directive, ParsedDocument, Severity, SeveritySetting, Span } from '../model/index.js';
import { positionAt, rangeOf } from '../report/positions.js';

/** Problems with a directive itself: an unknown rule id, a missing reason. Always errors. */
export const DIRECTIVE_RULE_ID = 'factlint/directive';
/** A directive that suppressed nothing (ESLint's reportUnusedDisableDirectives). */
export const UNUSED_DIRECTIVE_RULE_ID = 'factlint/unused-directive';

export interface DirectiveOptions {
  /** Every rule id that exists, whether or not it runs: a directive naming any other id is reported. */
  knownRules: readonly string[];
  /** Severity of `factlint/unused-directive`, or 'off'. Default 'warning'. */
  reportUnused?: SeveritySetting;
  /** Report a disabling directive without ` -- reason` as an error. Default false. */
  requireReason?: boolean;
}

export interface DirectiveResult {
  /** The diagnostics no directive suppressed, then the directives' own diagnostics (unsorted). */
  diagnostics: Diagnostic[];
  /** The diagnostics a directive suppressed. */
  suppressed: Diagnostic[];
}

/** `all`: the directive names no rule, so it covers every rule. */
const ALL = '*';

interface Entry {
  directive: Directive;
  /** The known rule ids it names, each once; empty with `all`. */
  rules: string[];
  all: boolean;
  /** Rules (or ALL) it suppressed at least one diagnostic of; for `enable`, the rules it re-enabled. */
  used: Set<string>;
  /** For the line kinds: the lines (1-based) it covers. */
  lines?: { first: number; last: number };
}

interface RangeState {
  /** A `disable` without rules in force, unless a rule was enabled again since. */
  global?: Entry;
  /** Rules disabled by name, with the directive that did it. */
  byRule: Map<string, Entry>;
  /** Under `global`: the rules enabled again by name. */
  enabled: Set<string>;
}

/**
 * Applies each document's inline directives to the diagnostics whose primary
 * location is in that document, as ESLint does for `eslint-disable` comments:
 *
 * - `factlint-disable-line` covers the line(s) the comment is on;
 * - `factlint-disable-next-line` covers the next line that is not blank
 *   (lines holding only directive comments count as blank, so directives stack);
 * - `factlint-disable` … `factlint-enable` cover the text between them; an
 *   `enable` with rules re-enables only those;
 * - no rules means every rule. A diagnostic is covered by where its range starts.
 *
 * Reports unknown rule ids and, when asked, missing reasons (`factlint/directive`,
 * error) and directives that suppressed nothing (`factlint/unused-directive`).
 */
export function applyDirectives(
  documents: readonly ParsedDocument[],
  diagnostics: readonly Diagnostic[],
  options: DirectiveOptions,
): DirectiveResult {
  const known = new Set(options.knownRules);
  const byFile = new Map<string, { doc: ParsedDocument; entries: Entry[]; states: { at: number; state: RangeState }[] }>();
  const problems: Diagnostic[] = [];
  for (const doc of documents) {
    if (doc.directives.length === 0) continue;
    const entries = doc.directives.map((d) => toEntry(doc, d, known, options, problems));
    byFile.set(doc.doc.path, { doc, entries, states: rangeStates(entries) });
  }

  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const file = byFile.get(d.file);
    if (file && covers(file.entries, file.states, d)) suppressed.push(d);
    else kept.push(d);
  }

  const reportUnused = options.reportUnused ?? 'warning';
  if (reportUnused !== 'off') {
    for (const { doc, entries } of byFile.values()) {
      for (const entry of entries) {
        const unused = unusedMessage(entry);
        if (unused) problems.push(directiveDiagnostic(doc, entry.directive.span, UNUSED_DIRECTIVE_RULE_ID, reportUnused, 'unused', unused.message, unused.data));
      }
    }
  }
  return { diagnostics: [...kept, ...problems], suppressed };
}

function toEntry(doc: ParsedDocument, directive: Directive, known: ReadonlySet<string>, options: DirectiveOptions, problems: Diagnostic[]): Entry {
  const name = `factlint-${directive.kind}`;
  const rules: string[] = [];
  for (const rule of directive.rules) {
    if (rules.includes(rule)) continue;
    if (known.has(rule)) {
      rules.push(rule);
      continue;
    }
    const guess = closest(rule, known);
    problems.push(
      directiveDiagnostic(
        doc,
        ruleSpan(doc.doc.text, directive.span, rule),
        DIRECTIVE_RULE_ID,
        'error',
        'unknown-rule',
        `unknown rule "${rule}" in ${name}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        { directive: directive.kind, rule, ...(guess ? { suggestion: guess } : {}) },
      ),
    );
  }
  if (options.requireReason && directive.kind !== 'enable' && !directive.reason) {
    problems.push(
      directiveDiagnostic(doc, directive.span, DIRECTIVE_RULE_ID, 'error', 'missing-reason', `${name} needs a reason: write it after " -- " before the closing "-->"`, {
        directive: directive.kind,
      }),
    );
  }
  const entry: Entry = { directive, rules, all: directive.rules.length === 0, used: new Set() };
  const first = positionAt(doc.lineStarts, directive.span.start).line;
  const last = positionAt(doc.lineStarts, Math.max(directive.span.start, directive.span.end - 1)).line;
  if (directive.kind === 'disable-line') entry.lines = { first, last };
  if (directive.kind === 'disable-next-line') {
    const target = nextNonBlankLine(doc, last);
    if (target !== undefined) entry.lines = { first: target, last: target };
  }
  return entry;
}

/** The first line after `line` with text outside directive comments, or undefined at the end of the file. */
function nextNonBlankLine(doc: ParsedDocument, line: number): number | undefined {
  const { text } = doc.doc;
  const spans = doc.directives.map((d) => d.span);
  for (let l = line + 1; l <= doc.lineStarts.length; l++) {
    const start = doc.lineStarts[l - 1]!;
    const end = doc.lineStarts[l] ?? text.length;
    for (let i = start; i < end; i++) {
      if (/\s/.test(text[i]!)) continue;
      const inside = spans.find((s) => s.start <= i && i < s.end);
      if (!inside) return l;
      i = inside.end - 1;
    }
  }
  return undefined;
}

/** The state of the disable/enable ranges after each of them, in document order. */
function rangeStates(entries: readonly Entry[]): { at: number; state: RangeState }[] {
  const states: { at: number; state: RangeState }[] = [];
  let state: RangeState = { byRule: new Map(), enabled: new Set() };
  for (const entry of entries) {
    const { kind } = entry.directive;
    if (kind !== 'disable' && kind !== 'enable') continue;
    const next: RangeState = { global: state.global, byRule: new Map(state.byRule), enabled: new Set(state.enabled) };
    if (kind === 'disable' && entry.all) {
      next.global = entry;
      next.byRule.clear();
      next.enabled.clear();
    } else if (kind === 'disable') {
      for (const rule of entry.rules) {
        next.byRule.set(rule, entry);
        next.enabled.delete(rule);
      }
    } else if (entry.all) {
      if (state.global || state.byRule.size > 0) entry.used.add(ALL);
      next.global = undefined;
      next.byRule.clear();
      next.enabled.clear();
    } else {
      for (const rule of entry.rules) {
        if (state.byRule.has(rule) || (state.global && !state.enabled.has(rule))) entry.used.add(rule);
        next.byRule.delete(rule);
        if (next.global) next.enabled.add(rule);
      }
    }
    states.push({ at: entry.directive.span.start, state: next });
    state = next;
  }
  return states;
}

/** Whether a directive covers the diagnostic; marks every directive that does as used. */
function covers(entries: readonly Entry[], states: readonly { at: number; state: RangeState }[], d: Diagnostic): boolean {
  let covered = false;
  const line = d.range.start.line;
  for (const entry of entries) {
    if (!entry.lines || line < entry.lines.first || line > entry.lines.last) continue;
    if (entry.all || entry.rules.includes(d.ruleId)) {
      entry.used.add(entry.all ? ALL : d.ruleId);
      covered = true;
    }
  }
  const state = states.findLast((s) => s.at < d.range.start.offset)?.state;
  if (state) {
    const byRule = state.byRule.get(d.ruleId);
    if (byRule) {
      byRule.used.add(d.ruleId);
      covered = true;
    } else if (state.global && !state.enabled.has(d.ruleId)) {
      state.global.used.add(ALL);
      covered = true;
    }
  }
  return covered;
}

function unusedMessage(entry: Entry): { message: string; data: Record<string, unknown> } | undefined {
  const { kind } = entry.directive;
  const name = `factlint-${kind}`;
  if (entry.all) {
    if (entry.used.has(ALL)) return undefined;
    const why = kind === 'enable' ? 'nothing was disabled' : 'no problem to suppress';
    return { message: `unused ${name} directive: ${why}`, data: { directive: kind, rules: [] } };
  }
  const unused = entry.rules.filter((r) => !entry.used.has(r));
  if (unused.length === 0) return undefined; // also when it named only unknown rules: those are reported already
  const names = unused.map((r) => `"${r}"`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${kind === 'enable' ? 'and' : 'or'} ${names.at(-1)!}`;
  const why = kind === 'enable' ? `${list} ${unused.length === 1 ? 'was' : 'were'} not disabled` : `no ${list} problem to suppress`;
  return { message: `unused ${name} directive: ${why}`, data: { directive: kind, rules: unused } };
}

function directiveDiagnostic(
  doc: ParsedDocument,
  span: Span,
  ruleId: string,
  severity: Severity,
  messageId: string,
  message: string,
  data: Record<string, unknown>,
): Diagnostic {
  return { ruleId, severity, message, messageId, file: doc.doc.path, range: rangeOf(doc.lineStarts, span), related: [], data, suggestions: [] };
}

/** Where a rule id is written inside the directive comment, so the diagnostic points at the typo. */
function ruleSpan(text: string, directive: Span, rule: string): Span {
  const comment = text.slice(directive.start, directive.end);
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<=[\\s,])${escaped}(?=[\\s,]|-->)`).exec(comment);
  return m ? { start: directive.start + m.index, end: directive.start + m.index + rule.length } : directive;
}

/** The known rule id nearest to a misspelt one (at most 2 edits, or a third of its length), if any. */
function closest(rule: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(rule.length / 3)) + 1;
  for (const candidate of [...known].sort()) {
    const d = editDistance(rule, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
