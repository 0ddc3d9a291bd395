import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LintReport } from '@factlint/core';
import lintReportSchema from '@factlint/core/schemas/lint-report.schema.json' with { type: 'json' };
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

/*
 * Directives and the baseline with the real rules, on two short reports and a
 * Markdown draft that misquotes them: the CI gate as a newsroom would use it.
 */
const WIRE = `LONDON - Russian President Vladimir Putin met British Prime Minister David Cameron in London on Sunday.

"We are not breaching any rules or norms," Putin said after the talks.
`;
const ITV = `Vladimir Putin held talks with David Cameron at Downing Street on Sunday.

"We are not breaching any rules or norms," the Russian leader told reporters.
`;
const DRAFT = `# Putin in London

Vladimir Putin met David Cameron in London on Sunday.

"We are not breaching any rules or standards," Putin said.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factlint-suppress-'));
  await mkdir(path.join(dir, 'story'));
  await writeFile(path.join(dir, 'story', 'wire.txt'), WIRE);
  await writeFile(path.join(dir, 'story', 'itv.txt'), ITV);
  await writeFile(path.join(dir, 'factlint.config.json'), JSON.stringify({ sources: ['story/*.txt'], drafts: ['draft.md'] }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function lint(draft: string, ...args: string[]) {
  await writeFile(path.join(dir, 'draft.md'), draft);
  let stdout = '';
  let stderr = '';
  const code = await main(['lint', '--format', 'json', ...args], {
    cwd: dir,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, report: (stdout ? JSON.parse(stdout) : undefined) as LintReport, stderr };
}

const validate = new Ajv({ strict: true, allErrors: true }).compile(lintReportSchema);
const draftFindings = (report: LintReport) => report.diagnostics.filter((d) => d.file === 'draft.md').map((d) => `${d.range.start.line} ${d.ruleId}`);

describe('the real rules with directives and a baseline', () => {
  it('finds the misquote, and a directive above it suppresses it', async () => {
    const plain = await lint(DRAFT);
    expect(draftFindings(plain.report)).toEqual(['5 quote-mismatch']);

    const directed = await lint(DRAFT.replace('\n"We are', '\n<!-- factlint-disable-next-line quote-mismatch -- the desk chose this wording -->\n"We are'));
    expect(draftFindings(directed.report)).toEqual([]);
    expect(directed.report.summary.suppressed).toBe(1);
    expect(validate(directed.report), JSON.stringify(validate.errors)).toBe(true);

    const typo = await lint(DRAFT.replace('\n"We are', '\n<!-- factlint-disable-next-line quote-mismach -->\n"We are'));
    expect(draftFindings(typo.report)).toEqual(['5 factlint/directive', '6 quote-mismatch']);
    expect(typo.code).toBe(1);
  });

  it('accepts the misquote in a baseline, and fails on a second one', async () => {
    expect((await lint(DRAFT, '--write-baseline')).code).toBe(0);
    const again = await lint(`${DRAFT}\nHe arrived late.\n`);
    expect(again.code).toBe(0);
    expect(draftFindings(again.report)).toEqual([]);
    expect(again.report.summary.baselined).toBeGreaterThanOrEqual(1);

    const worse = await lint(`${DRAFT}\n"We are not breaking any rules or norms," he added.\n`, '--max-warnings', '0');
    expect(draftFindings(worse.report)).toEqual(['7 quote-mismatch']);
    expect(worse.code).toBe(1);
    expect(validate(worse.report), JSON.stringify(validate.errors)).toBe(true);
  });
});
