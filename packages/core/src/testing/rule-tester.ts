import assert from 'node:assert/strict';
import type { Diagnostic, DocumentMeta, DocumentRole, Severity, SourceDocument } from '../model/index.js';
import type { Rule } from '../rules/rule.js';
import { resolveRuleSettings } from '../rules/settings.js';
import { lint } from '../pipeline.js';

export interface TestDocument {
  path: string;
  text: string;
  role?: DocumentRole;
  meta?: DocumentMeta;
}

export interface ExpectedLocation {
  file: string;
  /** Text the range must cover exactly, or (with `contains`) include. */
  text?: string;
  line?: number;
  column?: number;
}

export interface ExpectedDiagnostic extends ExpectedLocation {
  messageId: string;
  severity?: Severity;
  /** A subset of the diagnostic's data that must match. */
  data?: Record<string, unknown>;
  /** Every expected related location must be present (others may be too, unless `exactRelated`). */
  related?: ExpectedLocation[];
  exactRelated?: boolean;
  /** Expected suggestion replacements, in order. */
  suggestions?: string[];
}

export interface ValidCase {
  name: string;
  documents: TestDocument[];
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
}

export interface TestFramework {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: () => void) => void;
}

function toSourceDocuments(docs: TestDocument[]): SourceDocument[] {
  return docs.map((d) => ({ path: d.path, role: d.role ?? 'source', text: d.text, meta: d.meta ?? {}, bodyStart: 0 }));
}

/** Runs one rule (and only that rule) over a set of documents. */
export function runRule(rule: Rule, docs: TestDocument[], options: Record<string, unknown> = {}): Diagnostic[] {
  const active = resolveRuleSettings([rule], { [rule.id]: [rule.meta.defaultSeverity, options] });
  return lint(toSourceDocuments(docs), active).report.diagnostics;
}

function textAt(docs: TestDocument[], file: string, start: number, end: number): string {
  const doc = docs.find((d) => d.path === file);
  assert.ok(doc, `diagnostic points at unknown file ${file}`);
  return doc.text.slice(start, end);
}

function checkLocation(
  docs: TestDocument[],
  actual: { file: string; range: Diagnostic['range'] },
  expected: ExpectedLocation,
  what: string,
): boolean {
  if (actual.file !== expected.file) return false;
  if (expected.line !== undefined && actual.range.start.line !== expected.line) return false;
  if (expected.column !== undefined && actual.range.start.column !== expected.column) return false;
  if (expected.text !== undefined) {
    const covered = textAt(docs, actual.file, actual.range.start.offset, actual.range.end.offset);
    if (covered !== expected.text) return false;
  }
  void what;
  return true;
}

function describeDiagnostic(docs: TestDocument[], d: Diagnostic): string {
  const covered = textAt(docs, d.file, d.range.start.offset, d.range.end.offset);
  const related = d.related.map((r) => `\n      related ${r.file}:${r.range.start.line}:${r.range.start.column} ${JSON.stringify(textAt(docs, r.file, r.range.start.offset, r.range.end.offset))}`).join('');
  return `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.messageId} ${JSON.stringify(covered)}${related}`;
}

/** Asserts that a rule reports exactly the expected diagnostics, in document order. */
export function assertDiagnostics(docs: TestDocument[], actual: Diagnostic[], expected: ExpectedDiagnostic[]): void {
  const listing = () => actual.map((d) => `    ${describeDiagnostic(docs, d)}`).join('\n') || '    (none)';
  assert.equal(actual.length, expected.length, `expected ${expected.length} diagnostic(s), got ${actual.length}:\n${listing()}`);
  const unmatched = [...actual];
  for (const e of expected) {
    const k = unmatched.findIndex(
      (d) =>
        d.messageId === e.messageId &&
        checkLocation(docs, d, e, 'primary') &&
        (e.severity === undefined || d.severity === e.severity) &&
        (e.related ?? []).every((r) => d.related.some((x) => checkLocation(docs, x, r, 'related'))) &&
        (!e.exactRelated || d.related.length === (e.related ?? []).length),
    );
    assert.ok(k >= 0, `no diagnostic matches ${JSON.stringify(e)}; got:\n${listing()}`);
    const d = unmatched.splice(k, 1)[0]!;
    if (e.data) {
      for (const [key, value] of Object.entries(e.data)) assert.deepEqual(d.data[key], value, `data.${key} of ${describeDiagnostic(docs, d)}`);
    }
    if (e.suggestions) {
      assert.deepEqual(d.suggestions.map((s) => s.replacement), e.suggestions, `suggestions of ${describeDiagnostic(docs, d)}`);
    }
  }
}

/**
 * ESLint's RuleTester, for rules that read several documents at once: each
 * valid case must produce no diagnostic; each invalid case exactly the listed ones.
 */
export class RuleTester {
  constructor(private readonly framework: TestFramework) {}

  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const { describe, it } = this.framework;
    describe(rule.id, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, () => assertDiagnostics(c.documents, runRule(rule, c.documents, c.options), []));
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, () => {
            const actual = runRule(rule, c.documents, c.options);
            for (const d of actual) assert.equal(d.ruleId, rule.id);
            assertDiagnostics(c.documents, actual, c.errors);
          });
        }
      });
    });
  }
}
