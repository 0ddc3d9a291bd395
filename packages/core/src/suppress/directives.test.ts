import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/index.js';
import { lint, type LintOptions } from '../pipeline.js';
import { readSchema } from '../config/index.js';
import { resolveRuleSettings } from '../rules/index.js';
import { cluster, ITV, probes, where, WIRE } from '../test-support/suppress.js';
import { DIRECTIVE_RULE_ID, UNUSED_DIRECTIVE_RULE_ID } from './index.js';

/* Two short reports and a Markdown draft (test-support/suppress.ts), through the whole pipeline. */
function run(draft: string, options: LintOptions = {}, settings = {}) {
  return lint(cluster(draft), resolveRuleSettings(probes, settings), options).report;
}

const inDraft = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.file === 'drafts/putin.md').map(where);

/** `file:line:column ruleId` for the first `needle` on 1-based `line` of `text`, so columns are not counted by hand. */
function at(file: string, text: string, line: number, needle: string, ruleId: string): string {
  const column = text.split('\n')[line - 1]!.indexOf(needle) + 1;
  if (column === 0) throw new Error(`"${needle}" is not on line ${line} of ${file}`);
  return `${file}:${line}:${column} ${ruleId}`;
}
const draftAt = (text: string, line: number, needle: string, ruleId: string) => at('drafts/putin.md', text, line, needle, ruleId);

const DRAFT = `# Putin in London

Putin met Cameron in London on Sunday. The talks lasted 90 minutes.

<!-- factlint-disable-next-line quote-mismatch -- the desk agreed this wording -->
"We are not breaking any rules," Putin said.

"We respect the norms," he added. <!-- factlint-disable-line -->

<!-- factlint-disable single-source -->
Putin arrived an hour late.
"Nothing was signed," Cameron said.
<!-- factlint-enable single-source -->

"It was a useful meeting," Cameron said after 90 minutes.
`;

describe('inline directives', () => {
  it('reports everything without directives (the baseline for the other cases)', () => {
    const report = run(DRAFT.replace(/<!--[^>]*-->/g, (c) => ' '.repeat(c.length)));
    expect(inDraft(report.diagnostics)).toEqual([
      draftAt(DRAFT, 3, '90 minutes', 'single-source'),
      'drafts/putin.md:6:2 quote-mismatch',
      'drafts/putin.md:8:2 quote-mismatch',
      draftAt(DRAFT, 11, 'an hour late', 'single-source'),
      'drafts/putin.md:12:2 quote-mismatch',
      'drafts/putin.md:15:2 quote-mismatch',
      draftAt(DRAFT, 15, '90 minutes', 'single-source'),
    ]);
    expect(report.summary.suppressed).toBe(0);
  });

  it('applies disable-next-line, disable-line and a disable … enable range for one rule', () => {
    const report = run(DRAFT);
    expect(inDraft(report.diagnostics)).toEqual([
      draftAt(DRAFT, 3, '90 minutes', 'single-source'),
      // 6:2 by disable-next-line; 8:2 by disable-line (no rules: every rule); 11:7 inside the range
      'drafts/putin.md:12:2 quote-mismatch', // the range disables single-source only
      'drafts/putin.md:15:2 quote-mismatch',
      draftAt(DRAFT, 15, '90 minutes', 'single-source'), // after factlint-enable
    ]);
    expect(report.summary.suppressed).toBe(3);
    // The sources have no directives: their findings are untouched.
    expect(report.diagnostics.filter((d) => d.file.startsWith('sources/')).map(where)).toEqual([
      at('sources/itv.txt', ITV, 5, 'an hour late', 'single-source'),
      at('sources/wire.txt', WIRE, 5, '90 minutes', 'single-source'),
    ]);
  });

  it('takes the next non-blank line, skipping blank lines and other directive comments', () => {
    const draft = [
      '<!-- factlint-disable-next-line quote-mismatch -->',
      '',
      '<!--',
      '  factlint-disable-next-line single-source -- stacked, over two lines',
      '-->',
      '"We are fine," Putin said after 90 minutes.',
      '"Still here," Putin said after 90 minutes.',
    ].join('\n');
    const report = run(draft);
    expect(inDraft(report.diagnostics)).toEqual(['drafts/putin.md:7:2 quote-mismatch', draftAt(draft, 7, '90 minutes', 'single-source')]);
    expect(report.summary.suppressed).toBe(2);
  });

  it('disables every rule, then enables one by name, then all', () => {
    const draft = [
      '<!-- factlint-disable -->',
      '"One," Putin said after 90 minutes.',
      '<!-- factlint-enable quote-mismatch -->',
      '"Two," Putin said after 90 minutes.',
      '<!-- factlint-enable -->',
      '"Three," Putin said after 90 minutes.',
    ].join('\n');
    expect(inDraft(run(draft).diagnostics)).toEqual([
      'drafts/putin.md:4:2 quote-mismatch',
      'drafts/putin.md:6:2 quote-mismatch',
      draftAt(draft, 6, '90 minutes', 'single-source'),
    ]);
  });

  it('reads comma- and space-separated rule lists', () => {
    const draft = '<!-- factlint-disable-next-line quote-mismatch,single-source -->\n"One," Putin said after 90 minutes.\n"Two," he said after 90 minutes. <!-- factlint-disable-line single-source quote-mismatch -->\n';
    const report = run(draft);
    expect(inDraft(report.diagnostics)).toEqual([]);
    expect(report.summary.suppressed).toBe(4);
  });

  it('reports a directive that suppressed nothing, at the comment, as a warning by default', () => {
    const draft = [
      'Putin met Cameron.',
      '<!-- factlint-disable-next-line quote-mismatch, single-source -->',
      '"We are not breaking any rules," Putin said.',
      '<!-- factlint-disable-line -->',
      '<!-- factlint-enable single-source -->',
    ].join('\n');
    const report = run(draft);
    const unused = report.diagnostics.filter((d) => d.ruleId === UNUSED_DIRECTIVE_RULE_ID);
    expect(unused.map((d) => [where(d), d.severity, d.message, d.data])).toEqual([
      [
        'drafts/putin.md:2:1 factlint/unused-directive',
        'warning',
        'unused factlint-disable-next-line directive: no "single-source" problem to suppress',
        { directive: 'disable-next-line', rules: ['single-source'] },
      ],
      ['drafts/putin.md:4:1 factlint/unused-directive', 'warning', 'unused factlint-disable-line directive: no problem to suppress', { directive: 'disable-line', rules: [] }],
      [
        'drafts/putin.md:5:1 factlint/unused-directive',
        'warning',
        'unused factlint-enable directive: "single-source" was not disabled',
        { directive: 'enable', rules: ['single-source'] },
      ],
    ]);
    expect(unused[0]!.range.end).toMatchObject({ line: 2, column: '<!-- factlint-disable-next-line quote-mismatch, single-source -->'.length + 1 });
    expect(run(draft, { directives: { reportUnused: 'error' } }).diagnostics.filter((d) => d.ruleId === UNUSED_DIRECTIVE_RULE_ID).map((d) => d.severity)).toEqual([
      'error',
      'error',
      'error',
    ]);
    expect(run(draft, { directives: { reportUnused: 'off' } }).diagnostics.filter((d) => d.ruleId === UNUSED_DIRECTIVE_RULE_ID)).toEqual([]);
  });

  it('counts a directive for a rule that is off as unused', () => {
    const draft = '<!-- factlint-disable-next-line quote-mismatch -->\n"Fine," he said.\n';
    const report = run(draft, { directives: { knownRules: ['quote-mismatch', 'single-source'] } }, { 'quote-mismatch': 'off' });
    expect(inDraft(report.diagnostics)).toEqual(['drafts/putin.md:1:1 factlint/unused-directive']);
    // Without the list of every rule, only the rules that run are known.
    expect(inDraft(run(draft, {}, { 'quote-mismatch': 'off' }).diagnostics)).toEqual(['drafts/putin.md:1:33 factlint/directive']);
  });

  it('reports an unknown rule id as an error at the id, with the nearest known id, and still applies the known ones', () => {
    const draft = '<!-- factlint-disable-next-line quote-mismach, single-source, no-such-rule -- typo -->\n"We are not breaking any rules," he said after 90 minutes.\n';
    const report = run(draft);
    const problems = report.diagnostics.filter((d) => d.ruleId === DIRECTIVE_RULE_ID);
    expect(problems.map((d) => [where(d), d.severity, d.messageId, d.message])).toEqual([
      [draftAt(draft, 1, 'quote-mismach', DIRECTIVE_RULE_ID), 'error', 'unknown-rule', 'unknown rule "quote-mismach" in factlint-disable-next-line (did you mean "quote-mismatch"?)'],
      [draftAt(draft, 1, 'no-such-rule', DIRECTIVE_RULE_ID), 'error', 'unknown-rule', 'unknown rule "no-such-rule" in factlint-disable-next-line'],
    ]);
    expect(problems[0]!.range.end.column - problems[0]!.range.start.column).toBe('quote-mismach'.length);
    // single-source was suppressed; the misspelt quote-mismatch was not, and is not also reported as unused.
    expect(inDraft(report.diagnostics)).toEqual([...problems.map(where), 'drafts/putin.md:2:2 quote-mismatch']);
    expect(report.summary).toMatchObject({ errors: 2, warnings: 1, suppressed: 1 });
  });

  it('knows rules that exist but do not run, when told every rule id', () => {
    const draft = '<!-- factlint-disable-next-line quote-mismatch -->\n"Fine," he said.\n';
    const options = { directives: { knownRules: ['quote-mismatch', 'single-source'], reportUnused: 'off' as const } };
    expect(lint(cluster(draft), resolveRuleSettings(probes, { 'quote-mismatch': 'off' }), options).report.diagnostics).toHaveLength(2); // the sources' durations
  });

  it('with requireReason, reports a disabling directive without " -- reason" (not an enable)', () => {
    const draft = [
      '<!-- factlint-disable-next-line quote-mismatch -->',
      '"One," he said.',
      '<!-- factlint-disable-next-line quote-mismatch -- checked with the desk -->',
      '"Two," he said.',
      '<!-- factlint-disable quote-mismatch -->',
      '"Three," he said.',
      '<!-- factlint-enable -->',
    ].join('\n');
    expect(inDraft(run(draft).diagnostics)).toEqual([]);
    const strict = run(draft, { directives: { requireReason: true } });
    expect(strict.diagnostics.filter((d) => d.ruleId === DIRECTIVE_RULE_ID).map((d) => [where(d), d.severity, d.message])).toEqual([
      ['drafts/putin.md:1:1 factlint/directive', 'error', 'factlint-disable-next-line needs a reason: write it after " -- " before the closing "-->"'],
      ['drafts/putin.md:5:1 factlint/directive', 'error', 'factlint-disable needs a reason: write it after " -- " before the closing "-->"'],
    ]);
    expect(strict.summary.suppressed).toBe(3);
  });

  it('produces reports that match lint-report.schema.json', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(readSchema('lint-report'));
    const report = run(`${DRAFT}\n<!-- factlint-disable-line quote-mismach -->\nThe end. <!-- factlint-disable-line -->\n`);
    expect(report.diagnostics.map((d) => d.ruleId)).toContain(DIRECTIVE_RULE_ID);
    expect(report.diagnostics.map((d) => d.ruleId)).toContain(UNUSED_DIRECTIVE_RULE_ID);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
