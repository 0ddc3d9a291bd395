import type { ClaimsReport, Diagnostic, LintReport, Range } from '@factlint/core';
import { describe, expect, it } from 'vitest';
import { formatClaimsText, formatJson, formatStylish } from './formatters/index.js';

const range = (line: number, column: number, offset: number, length = 5): Range => ({
  start: { line, column, offset },
  end: { line, column: column + length, offset: offset + length },
});

function diagnostic(partial: Partial<Diagnostic>): Diagnostic {
  return {
    ruleId: 'quote-mismatch',
    severity: 'warning',
    message: 'message',
    file: 'a.txt',
    range: range(1, 1, 0),
    related: [],
    data: {},
    suggestions: [],
    ...partial,
  };
}

function report(diagnostics: Diagnostic[], files = 2): LintReport {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return {
    tool: { name: 'factlint', version: '0.1.0' },
    diagnostics,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), files },
  };
}

describe('stylish', () => {
  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish(report([]), { color: false })).toBe('');
  });

  it('groups by file, aligns columns, shows related locations and suggestions, and totals', () => {
    const longMessage = 'Putin\'s quote differs in 2 sources: "eat their [-internal-] organs"';
    const text = formatStylish(
      report([
        diagnostic({
          file: 'seeds/001.txt',
          range: range(7, 2, 120),
          message: 'Putin\'s quote differs in 2 sources:\n"eat their [-internal-] organs"',
          related: [
            { file: 'seeds/000.txt', range: range(9, 14, 300), message: '"eat their internal organs"' },
            { file: 'seeds/002.txt', range: range(3, 1, 50), message: 'also here' },
          ],
        }),
        diagnostic({ file: 'seeds/001.txt', range: range(12, 10, 400), severity: 'error', ruleId: 'number-mismatch', message: '3 vs 4' }),
        diagnostic({
          file: 'draft.md',
          severity: 'info',
          ruleId: 'single-source',
          message: 'only one source',
          suggestions: [{ message: 'use the source\'s words: "rules and norms"', replacement: 'rules and norms', range: range(1, 1, 0) }],
        }),
      ]),
      { color: false },
    );
    expect(text).toBe(
      [
        '',
        'seeds/001.txt',
        '  7:2    warning  Putin\'s quote differs in 2 sources: "eat their [-internal-] organs"  quote-mismatch',
        '                  ↳ seeds/000.txt:9:14 "eat their internal organs"',
        '                  ↳ seeds/002.txt:3:1 also here',
        `  12:10  error    ${'3 vs 4'.padEnd(longMessage.length)}  number-mismatch`,
        '',
        'draft.md',
        '  1:1  info  only one source  single-source',
        '             suggestion: use the source\'s words: "rules and norms"',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('aligns rule ids, but does not pad short messages to the length of a very long one', () => {
    const long = 'x'.repeat(200);
    const lines = formatStylish(report([diagnostic({ message: long }), diagnostic({ range: range(2, 1, 10), message: 'short' })]), { color: false }).split('\n');
    expect(lines[2]).toBe(`  1:1  warning  ${long}  quote-mismatch`);
    expect(lines[3]).toBe(`  2:1  warning  ${'short'.padEnd(72)}  quote-mismatch`);
  });

  it('prints a report of infos only, and colours only when asked', () => {
    const infos = report([diagnostic({ severity: 'info' })]);
    const plain = formatStylish(infos, { color: false });
    expect(plain).toContain('✖ 1 problem (0 errors, 0 warnings, 1 info)');
    expect(plain).not.toMatch(/\x1b\[/);
    const coloured = formatStylish(infos, { color: true });
    expect(coloured).toContain('\x1b[4ma.txt'); // underlined file header
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });
});

describe('stylish footer: what directives and the baseline left out', () => {
  const withSummary = (r: LintReport, extra: Partial<LintReport['summary']>): LintReport => ({ ...r, summary: { ...r.summary, ...extra } });

  it('adds a line for suppressed and baselined findings, and one for stale baseline entries', () => {
    const text = formatStylish(withSummary(report([diagnostic({})]), { suppressed: 2, baselined: 5, staleBaseline: 1 }), { color: false });
    expect(text.split('\n').slice(-5)).toEqual([
      '',
      '✖ 1 problem (0 errors, 1 warning, 0 infos)',
      '  not shown: 2 suppressed by directives, 5 in the baseline',
      '  1 baseline entry matched nothing (fixed, or changed since): --write-baseline drops it',
      '',
    ]);
  });

  it('says so when everything left was accepted, and prints nothing when nothing was left out', () => {
    expect(formatStylish(withSummary(report([]), { suppressed: 0, baselined: 3, staleBaseline: 2 }), { color: false })).toBe(
      [
        '',
        '✔ no new problems',
        '  not shown: 3 in the baseline',
        '  2 baseline entries matched nothing (fixed, or changed since): --write-baseline drops them',
        '',
      ].join('\n'),
    );
    expect(formatStylish(withSummary(report([]), { suppressed: 1 }), { color: false })).toBe('\n✔ no problems\n  not shown: 1 suppressed by directives\n');
    expect(formatStylish(withSummary(report([]), { suppressed: 0, baselined: 0, staleBaseline: 0 }), { color: false })).toBe('');
  });
});

describe('json', () => {
  it('is the report itself, pretty-printed', () => {
    const r = report([diagnostic({ messageId: 'differs', data: { speaker: 'Vladimir Putin' } })]);
    const text = formatJson(r);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(r);
    expect(text).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });
});

describe('claims listing', () => {
  it('lists each document with one row per claim and a count', () => {
    const claims: ClaimsReport = {
      tool: { name: 'factlint', version: '0.1.0' },
      documents: [
        {
          file: 'seeds/000.txt',
          role: 'source',
          meta: { outlet: 'Wire', published: '2013-06-16' },
          claims: [
            {
              kind: 'quote',
              id: 'q1',
              text: 'We are not breaching any rules',
              speaker: 'Vladimir Putin',
              partial: false,
              cue: null,
              speakerMention: null,
              continues: null,
              range: range(3, 2, 40),
            },
            {
              kind: 'entity',
              id: 'e1',
              type: 'person',
              name: 'Vladimir Putin',
              global: 'g1',
              aliases: ['Vladimir Putin', 'Putin'],
              titles: ['President'],
              roles: [],
              range: range(1, 10, 9),
              mentions: [range(1, 10, 9)],
            },
            { kind: 'value', type: 'date', text: 'on Sunday', value: '2013-06-16', unit: null, range: range(1, 40, 39) },
            { kind: 'fact', id: 'f1', text: 'footage emerged last month', subject: null, values: [{ type: 'date', text: 'last month', value: '2013-05' }], range: range(5, 1, 90) },
          ],
        },
        { file: 'draft.md', role: 'draft', meta: {}, claims: [] },
      ],
    };
    expect(formatClaimsText(claims, { color: false })).toBe(
      [
        '',
        'seeds/000.txt  source · Wire · 2013-06-16',
        '  3:2   quote   Vladimir Putin: “We are not breaching any rules”',
        '  1:10  entity  person Vladimir Putin [President] (also: Putin)',
        '  1:40  value   date 2013-06-16  “on Sunday”',
        '  5:1   fact    “footage emerged last month”  [date 2013-05]',
        '',
        'draft.md  draft',
        '  no claims found',
        '',
        '2 documents: 1 quote, 1 entity, 1 value, 1 fact',
        '',
      ].join('\n'),
    );
  });
});
