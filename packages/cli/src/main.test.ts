import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findConfig, VERSION, type LintReport } from '@factlint/core';
import baselineSchema from '@factlint/core/schemas/baseline.schema.json' with { type: 'json' };
import lintReportSchema from '@factlint/core/schemas/lint-report.schema.json' with { type: 'json' };
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

/*
 * main() in-process with a captured io. The built-in rules are replaced by
 * marker rules (one diagnostic per "ERROR", "WARN" or "INFO" in a file), so
 * these tests pin down the CLI's own behaviour — exit codes, flags, config and
 * input handling — whatever the real rules find. seeds.test.ts runs the real ones.
 */
vi.mock('@factlint/rules', async () => {
  const { defineRule } = await import('@factlint/core');
  const marker = (id: string, word: string, severity: 'error' | 'warning' | 'info') =>
    defineRule({
      id,
      meta: {
        description: `reports every ${word}`,
        defaultSeverity: severity,
        claims: ['fact'],
        options: { limit: { type: 'integer', minimum: 0, default: 100, description: 'most reports per file' } },
        messages: { found: `found {{word}} ({{count}} in other files)` },
      },
      check(ctx, options) {
        ctx.documents.forEach((d, doc) => {
          const text = d.doc.text;
          const elsewhere = ctx.documents.flatMap((o, i) =>
            i !== doc && o.doc.text.includes(word) ? [{ doc: i, span: { start: o.doc.text.indexOf(word), end: o.doc.text.indexOf(word) + word.length }, message: 'here too' }] : [],
          );
          let reported = 0;
          for (let at = text.indexOf(word); at >= 0 && reported < options.limit; at = text.indexOf(word, at + 1), reported++) {
            ctx.report({ messageId: 'found', place: { doc, span: { start: at, end: at + word.length } }, data: { word, count: elsewhere.length }, related: elsewhere });
          }
        });
      },
    });
  return { rules: [marker('marker-error', 'ERROR', 'error'), marker('marker-warning', 'WARN', 'warning'), marker('marker-info', 'INFO', 'info')] };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factlint-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(entries: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(entries)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
}

async function run(args: string[], options: RunOptions = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd ?? dir,
    env: options.env ?? {}, // never the test runner's NO_COLOR / FORCE_COLOR
    stdout: { write: (s: string) => (stdout += s), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false },
  });
  return { code, stdout, stderr };
}

const json = (stdout: string) => JSON.parse(stdout) as LintReport;

describe('usage', () => {
  it('prints the version and help on stdout with exit 0', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('factlint lint');
    expect(help.stdout).toContain('Exit codes');
    const lintHelp = await run(['lint', '--help']);
    expect(lintHelp.stdout).toContain('--max-warnings');
    expect(lintHelp.stdout).toContain('--sources');
  });

  it.each([
    [['lint', '--frobnicate', 'a.txt'], 'Unknown argument'],
    [['lint', '--format', 'xml', 'a.txt'], 'Invalid values'],
    [['lint', '--max-warnings', 'lots', 'a.txt'], '--max-warnings must be a whole number'],
    [['lint', '--max-warnings', '-2', 'a.txt'], '--max-warnings must be a whole number'],
    [['lint', 'a.txt', '--sources'], 'Not enough arguments following: sources'],
  ])('exits 2 with a pointer to --help for %j', async (args, message) => {
    await files({ 'a.txt': 'text' });
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/Run 'factlint( lint)? --help' for usage\.\n$/);
  });

  it('lints without a command, as eslint does: the paths are the sources', async () => {
    await files({ 'a.txt': 'All quiet.', 'b.txt': 'Nothing here.' });
    expect(await run(['a.txt', 'b.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = await run(['--format', 'json', 'a.txt', 'b.txt']);
    expect(JSON.parse(json.stdout).summary.files).toBe(2);
    const missing = await run(['frobnicate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('frobnicate: no such file or directory');
  });

  it('exits 2 when there is neither a path nor a config', async () => {
    expect((await run([])).stderr).toContain('no files to check');
    expect(await findConfig(dir), 'a factlint.config.json above the temp dir spoils this test').toBeUndefined();
    const result = await run(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no files to check');
  });
});

describe('lint exit codes', () => {
  it('exits 0 and prints nothing when nothing is found', async () => {
    await files({ 'a.txt': 'All quiet.', 'b.txt': 'Nothing here.' });
    expect(await run(['lint', 'a.txt', 'b.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on errors and prints them in stylish form with related locations', async () => {
    await files({ 'a.txt': 'An ERROR here.', 'b.txt': 'Another ERROR.' });
    const result = await run(['lint', '.']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '',
        'a.txt',
        '  1:4  error  found ERROR (1 in other files)  marker-error',
        '              ↳ b.txt:1:9 here too',
        '',
        'b.txt',
        '  1:9  error  found ERROR (1 in other files)  marker-error',
        '              ↳ a.txt:1:4 here too',
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on warnings, and 1 once they exceed --max-warnings', async () => {
    await files({ 'a.txt': 'WARN WARN', 'b.txt': 'fine' });
    expect((await run(['lint', 'a.txt', 'b.txt'])).code).toBe(0);
    expect((await run(['lint', '--max-warnings', '2', 'a.txt', 'b.txt'])).code).toBe(0);
    expect((await run(['lint', '--max-warnings', '-1', 'a.txt', 'b.txt'])).code).toBe(0);
    const over = await run(['lint', '--max-warnings', '1', 'a.txt', 'b.txt']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('factlint: too many warnings: 2 found, --max-warnings allows 1\n');
  });

  it('--quiet reports errors only, but warnings still count against --max-warnings', async () => {
    await files({ 'a.txt': 'WARN and ERROR', 'b.txt': 'WARN' });
    const quiet = await run(['lint', '--quiet', '--format', 'json', 'a.txt', 'b.txt']);
    expect(quiet.code).toBe(1);
    const report = json(quiet.stdout);
    expect(report.diagnostics.map((d) => d.ruleId)).toEqual(['marker-error']);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, files: 2, suppressed: 0 });

    await files({ 'a.txt': 'WARN only' });
    expect(await run(['lint', '--quiet', 'a.txt', 'b.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await run(['lint', '--quiet', '--max-warnings', '0', 'a.txt', 'b.txt'])).code).toBe(1);
  });

  it('prints infos and still exits 0', async () => {
    await files({ 'a.txt': 'INFO', 'b.txt': 'x' });
    const result = await run(['lint', 'a.txt', 'b.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✖ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('reports an unreadable input on stderr, lints the rest, and exits 2', async () => {
    await files({ 'good.txt': 'ERROR', 'bad.txt': new Uint8Array([0x50, 0x00, 0x4b]) });
    const result = await run(['lint', '--format', 'json', 'good.txt', 'bad.txt', 'missing.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'factlint: missing.txt: no such file or directory\nfactlint: bad.txt: binary file (contains NUL bytes), not text\n',
    );
    const report = json(result.stdout);
    expect(report.summary.files).toBe(1);
    expect(report.diagnostics.map((d) => d.file)).toEqual(['good.txt']);
  });

  it('lints a file whose front matter is not quite YAML, warns on stderr naming it, and keeps its exit code', async () => {
    await files({ 'draft.md': '---\ntitle: Dam collapse: toll rises\n---\nINFO here\n' });
    const result = await run(['lint', '--format', 'json', 'draft.md']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^factlint: draft\.md: warning: front matter is not valid YAML \(at line 2, column \d+: [^)]+\); read as plain/);
    expect(json(result.stdout).diagnostics.map((d) => [d.file, d.range.start.line])).toEqual([['draft.md', 4]]);
  });

  it('exits 2 without output when no input could be read', async () => {
    expect(await run(['lint', 'missing.txt'])).toEqual({ code: 2, stdout: '', stderr: 'factlint: missing.txt: no such file or directory\n' });
  });
});

describe('config', () => {
  it('lints the config sources and drafts, relative to the config, from a subdirectory', async () => {
    await files({
      'factlint.config.json': JSON.stringify({
        sources: ['story/*.txt'],
        drafts: ['draft.md'],
        rules: { 'marker-warning': 'error' },
        documents: { 'story/a.txt': { outlet: 'Wire', published: '2013-06-16' } },
      }),
      'story/a.txt': 'WARN',
      'story/b.txt': 'b',
      'draft.md': 'draft',
    });
    await mkdir(path.join(dir, 'sub'));
    const result = await run(['lint', '--format', 'json'], { cwd: path.join(dir, 'sub') });
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report.summary.files).toBe(3);
    // Outside cwd, so shown absolute rather than as ../story/a.txt.
    expect(report.diagnostics.map((d) => [d.file, d.severity])).toEqual([[path.join(dir, 'story', 'a.txt'), 'error']]);

    const claims = await run(['claims', '--format', 'json'], { cwd: dir });
    const documents = (JSON.parse(claims.stdout) as { documents: { file: string; role: string; meta: object }[] }).documents;
    expect(documents.map((d) => [d.file, d.role, d.meta])).toEqual([
      ['story/a.txt', 'source', { outlet: 'Wire', published: '2013-06-16' }],
      ['story/b.txt', 'source', {}],
      ['draft.md', 'draft', {}],
    ]);
  });

  it("uses the linted files' own config before one above them", async () => {
    await files({
      'factlint.config.json': JSON.stringify({ rules: { 'marker-warning': 'error' } }),
      'story/factlint.config.json': JSON.stringify({
        rules: { 'marker-warning': 'off' },
        documents: { 'a.txt': { outlet: 'Wire', published: '2013-06-16' } },
      }),
      'story/a.txt': 'WARN',
      'story/b.txt': 'WARN',
      'c.txt': 'WARN',
    });
    expect(await run(['lint', 'story'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await run(['lint', 'story/*.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const claims = JSON.parse((await run(['claims', '--format', 'json', 'story'])).stdout) as { documents: { file: string; meta: object }[] };
    expect(claims.documents.map((d) => [d.file, d.meta])).toEqual([
      ['story/a.txt', { outlet: 'Wire', published: '2013-06-16' }],
      ['story/b.txt', {}],
    ]);
    // Files from both directories share only the upper one, and so its config.
    expect((await run(['lint', 'story/a.txt', 'c.txt'])).code).toBe(1);
    expect((await run(['lint', '.'], { cwd: path.join(dir, 'story') })).code).toBe(0);
  });

  it('checks a file the config lists under drafts as a draft, when the paths name it as a source', async () => {
    await files({
      'story/factlint.config.json': JSON.stringify({ sources: ['*.txt'], drafts: ['draft.md', 'edits/'] }),
      'story/a.txt': 'a',
      'story/b.txt': 'b',
      'story/draft.md': 'draft',
      'story/edits/second.md': 'second',
    });
    const roles = async (args: string[]) =>
      (JSON.parse((await run(['claims', '--format', 'json', ...args])).stdout) as { documents: { file: string; role: string }[] }).documents.map((d) => [d.file, d.role]);
    const expected = [
      ['story/a.txt', 'source'],
      ['story/b.txt', 'source'],
      ['story/draft.md', 'draft'],
      ['story/edits/second.md', 'draft'],
    ];
    expect(await roles(['story'])).toEqual(expected);
    expect(await roles(['story/a.txt', 'story/draft.md', 'story/b.txt', 'story/edits/second.md'])).toEqual(expected);
    // Named alone, only what was named is checked.
    expect(await roles(['story/a.txt', 'story/draft.md'])).toEqual([['story/a.txt', 'source'], ['story/draft.md', 'draft']]);
  });

  it('turns rules off and takes --config', async () => {
    await files({ 'conf/strict.json': JSON.stringify({ rules: { 'marker-error': 'off' } }), 'a.txt': 'ERROR', 'b.txt': 'ERROR' });
    expect((await run(['lint', 'a.txt', 'b.txt'])).code).toBe(1);
    expect(await run(['lint', '--config', 'conf/strict.json', 'a.txt', 'b.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 on a bad option, naming the file and the JSON path', async () => {
    await files({ 'factlint.config.json': '{\n  "rules": { "marker-warning": ["warning", { "limit": -1 }] }\n}\n', 'a.txt': 'x' });
    const result = await run(['lint', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^factlint: factlint\.config\.json:2:\d+: \/rules\/marker-warning\/1\/limit: .*>= 0\n$/);
  });

  it('exits 2 on an unknown rule id', async () => {
    await files({ 'factlint.config.json': '{ "rules": { "marker-eror": "error" } }', 'a.txt': 'x' });
    const result = await run(['lint', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('factlint.config.json:1:');
    expect(result.stderr).toContain('/rules/marker-eror: unknown rule "marker-eror"');
  });

  it('exits 2 on invalid JSON and on a missing --config file', async () => {
    await files({ 'factlint.config.json': '{ "sources": [ "a.txt", ] }', 'a.txt': 'x' });
    const bad = await run(['lint', 'a.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("factlint: factlint.config.json:1:25: invalid JSON: unexpected ']'\n");
    const missing = await run(['claims', '--config', 'nope.json', 'a.txt']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'factlint: nope.json: cannot read config file: no such file or directory\n' });
  });
});

describe('sources and drafts', () => {
  it('without --sources every path is a source; with it the paths are drafts', async () => {
    await files({ 's1.txt': 'one', 's2.txt': 'two', 'd.md': 'draft' });
    const roles = async (args: string[]) => {
      const result = await run(['claims', '--format', 'json', ...args]);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { documents: { file: string; role: string }[] }).documents.map((d) => `${d.file}:${d.role}`);
    };
    expect(await roles(['s1.txt', 'd.md'])).toEqual(['s1.txt:source', 'd.md:source']);
    expect(await roles(['--sources', 's1.txt', '--sources', 's2.txt', 'd.md'])).toEqual(['s1.txt:source', 's2.txt:source', 'd.md:draft']);
  });

  it('prints a readable claims listing by default', async () => {
    await files({ 'a.txt': 'Text.' });
    const result = await run(['claims', 'a.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('a.txt  source');
    expect(result.stdout).toMatch(/1 document: \d+ quotes?, \d+ entit(y|ies), \d+ values?, \d+ facts?\n$/);
  });
});

describe('terminal', () => {
  it('colours output for FORCE_COLOR or a TTY, never with NO_COLOR or --no-color', async () => {
    await files({ 'a.txt': 'ERROR', 'b.txt': 'x' });
    const ansi = /\x1b\[\d+m/;
    expect((await run(['lint', 'a.txt', 'b.txt'])).stdout).not.toMatch(ansi);
    expect((await run(['lint', 'a.txt', 'b.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await run(['lint', 'a.txt', 'b.txt'], { stdoutTTY: true })).stdout).toMatch(ansi);
    expect((await run(['lint', 'a.txt', 'b.txt'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await run(['lint', '--no-color', 'a.txt', 'b.txt'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await run(['lint', '--color', 'a.txt', 'b.txt'])).stdout).toMatch(ansi);
  });

  it('shows a status line for long runs on a terminal only', async () => {
    await files(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${String(i).padStart(2, '0')}.txt`, `file ${i}`])));
    const tty = await run(['lint', '.'], { stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toBe('factlint: checking 51 documents…\r\x1b[K');
    expect((await run(['lint', '.'])).stderr).toBe('');
  });
});

describe('inline directives', () => {
  const validateReport = new Ajv({ strict: true, allErrors: true }).compile(lintReportSchema);

  it('suppresses what a directive covers, counts it, and exits on what is left', async () => {
    await files({
      'story/a.txt': 'The ERROR in the source.',
      'draft.md': [
        '# Draft',
        '',
        '<!-- factlint-disable-next-line marker-error -- the desk checked this -->',
        'An ERROR we keep.',
        '',
        'A WARN here. <!-- factlint-disable-line -->',
      ].join('\n'),
    });
    const result = await run(['lint', '--sources', 'story/a.txt', 'draft.md']);
    expect(result.code).toBe(1); // the source's ERROR has no directive
    expect(result.stdout).toContain('story/a.txt\n  1:5  error  found ERROR');
    expect(result.stdout).not.toContain('\ndraft.md\n'); // named only as evidence for the source's finding
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)\n  not shown: 2 suppressed by directives\n');

    await files({ 'story/a.txt': 'A quiet source.' });
    const clean = await run(['lint', '--sources', 'story/a.txt', 'draft.md']);
    expect(clean).toEqual({ code: 0, stdout: '\n✔ no problems\n  not shown: 2 suppressed by directives\n', stderr: '' });
    const asJson = await run(['lint', '--format', 'json', '--sources', 'story/a.txt', 'draft.md']);
    const report = json(asJson.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 2, suppressed: 2 });
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('reports unknown rules (error) and unused directives (warning; --report-unused-directives and the config set it)', async () => {
    await files({
      'draft.md': '<!-- factlint-disable-next-line marker-eror -->\nAn ERROR.\n<!-- factlint-disable-next-line marker-info -->\nA WARN.\n',
    });
    const result = await run(['lint', '--format', 'json', 'draft.md']);
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.message])).toEqual([
      ['factlint/directive', 'error', 1, 'unknown rule "marker-eror" in factlint-disable-next-line (did you mean "marker-error"?)'],
      ['marker-error', 'error', 2, 'found ERROR (0 in other files)'],
      ['factlint/unused-directive', 'warning', 3, 'unused factlint-disable-next-line directive: no "marker-info" problem to suppress'],
      ['marker-warning', 'warning', 4, 'found WARN (0 in other files)'],
    ]);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);

    await files({ 'draft.md': '<!-- factlint-disable-next-line marker-info -->\nA WARN.\n' });
    const severities = async (args: string[]) =>
      json((await run(['lint', '--format', 'json', ...args, 'draft.md'])).stdout).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);
    expect(await severities([])).toEqual(['factlint/unused-directive warning', 'marker-warning warning']);
    expect(await severities(['--report-unused-directives', 'error'])).toEqual(['factlint/unused-directive error', 'marker-warning warning']);
    expect((await run(['lint', '--report-unused-directives', 'error', 'draft.md'])).code).toBe(1);
    expect(await severities(['--report-unused-directives', 'off'])).toEqual(['marker-warning warning']);
    await files({ 'factlint.config.json': JSON.stringify({ reportUnusedDirectives: 'off' }) });
    expect(await severities([])).toEqual(['marker-warning warning']);
    expect(await severities(['--report-unused-directives', 'info'])).toEqual(['factlint/unused-directive info', 'marker-warning warning']);
  });

  it('requires reasons when the config says so', async () => {
    await files({
      'factlint.config.json': JSON.stringify({ requireDirectiveReason: true }),
      'draft.md': '<!-- factlint-disable-next-line marker-warning -->\nA WARN.\n<!-- factlint-disable-next-line marker-warning -- quoted as given -->\nA WARN.\n',
    });
    const result = await run(['lint', 'draft.md']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1:1  error  factlint-disable-next-line needs a reason: write it after " -- " before the closing "-->"  factlint/directive');
    expect(result.stdout).toContain('not shown: 2 suppressed by directives');
  });

  it('exits 2 on a bad --report-unused-directives value', async () => {
    await files({ 'a.txt': 'x' });
    const result = await run(['lint', '--report-unused-directives', 'loud', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--report-unused-directives must be one of error, warning, info, off; got "loud"');
  });
});

describe('per-path overrides', () => {
  it('changes severities and turns rules off for the files the globs match, relative to the config', async () => {
    await files({
      'factlint.config.json': JSON.stringify({
        sources: ['story/*.txt'],
        drafts: ['drafts/**/*.md'],
        overrides: [
          { files: ['drafts/**'], rules: { 'marker-error': 'off', 'marker-warning': 'error' } },
          { files: ['drafts/legal/*.md'], rules: { 'marker-warning': 'info' } },
        ],
      }),
      'story/a.txt': 'ERROR and WARN',
      'drafts/news.md': 'ERROR and WARN',
      'drafts/legal/note.md': 'ERROR and WARN',
    });
    await mkdir(path.join(dir, 'story', 'sub'));
    const result = await run(['lint', '--format', 'json'], { cwd: path.join(dir, 'story') });
    const report = json(result.stdout);
    const shown = (f: string) => (path.isAbsolute(f) ? path.relative(dir, f).split(path.sep).join('/') : `story/${f}`);
    expect(report.diagnostics.map((d) => `${shown(d.file)} ${d.ruleId} ${d.severity}`)).toEqual([
      'drafts/legal/note.md marker-warning info',
      'drafts/news.md marker-warning error',
      'story/a.txt marker-error error',
      'story/a.txt marker-warning warning',
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 on an unknown rule in an override, naming its JSON path', async () => {
    await files({ 'factlint.config.json': '{ "overrides": [{ "files": ["*.md"], "rules": { "marker-eror": "off" } }] }', 'a.txt': 'x' });
    const result = await run(['lint', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^factlint: factlint\.config\.json:1:\d+: \/overrides\/0\/rules\/marker-eror: unknown rule "marker-eror"/);
  });
});

describe('baseline', () => {
  const validateReport = new Ajv({ strict: true, allErrors: true }).compile(lintReportSchema);
  const validateBaseline = new Ajv({ strict: true, allErrors: true }).compile(baselineSchema);
  const readJson = async (name: string) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { findings: object[] };

  it('--write-baseline accepts the current findings; the next run exits 0; a new finding fails it', async () => {
    await files({
      'factlint.config.json': JSON.stringify({ sources: ['story/*.txt'], drafts: ['draft.md'] }),
      'story/a.txt': 'An ERROR in the source.',
      'story/b.txt': 'A WARN in another.',
      'draft.md': '# Draft\n\nThe ERROR again.\n',
    });
    expect((await run(['lint'])).code).toBe(1);

    const written = await run(['lint', '--write-baseline']);
    expect(written).toEqual({
      code: 0,
      stdout: '\n✔ no new problems\n  not shown: 3 in the baseline\n',
      stderr: 'factlint: wrote 3 findings to factlint-baseline.json\n',
    });
    const baseline = await readJson('factlint-baseline.json');
    expect(validateBaseline(baseline), JSON.stringify(validateBaseline.errors)).toBe(true);
    expect(baseline.findings).toHaveLength(3);

    // Found and used by default: the same findings are accepted, from any directory under the config.
    await mkdir(path.join(dir, 'sub'));
    expect(await run(['lint'], { cwd: path.join(dir, 'sub') })).toEqual({ code: 0, stdout: '\n✔ no new problems\n  not shown: 3 in the baseline\n', stderr: '' });

    // Edits elsewhere do not disturb it: matched by content, not by line.
    await files({ 'draft.md': '# Draft\n\nA new first paragraph.\n\nAnd another.\n\nThe ERROR again.\n' });
    expect((await run(['lint'])).code).toBe(0);

    // A new finding fails the run, and only it is shown. The two findings in the draft have the same
    // text and evidence, so they are told apart by count, in order: the second is the one not in the baseline.
    await files({ 'draft.md': '# Draft\n\nA new first paragraph with an ERROR.\n\nThe ERROR again.\n' });
    const failing = await run(['lint']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe(
      [
        '',
        'draft.md',
        '  5:5  error  found ERROR (1 in other files)  marker-error',
        '              ↳ story/a.txt:1:4 here too',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 infos)',
        '  not shown: 3 in the baseline',
        '',
      ].join('\n'),
    );
    const report = json((await run(['lint', '--format', 'json'])).stdout);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, files: 3, suppressed: 0, baselined: 3, staleBaseline: 0 });
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);

    // --no-baseline shows everything.
    expect(json((await run(['lint', '--no-baseline', '--format', 'json'])).stdout).summary).toEqual({
      errors: 3,
      warnings: 1,
      infos: 0,
      files: 3,
      suppressed: 0,
    });
  });

  it('reports stale entries in the footer, and --write-baseline drops them', async () => {
    await files({ 'a.txt': 'ERROR and WARN', 'b.txt': 'fine' });
    await run(['lint', '--write-baseline', 'a.txt', 'b.txt']);
    await files({ 'a.txt': 'WARN only' });
    const result = await run(['lint', 'a.txt', 'b.txt']);
    expect(result).toEqual({
      code: 0,
      stdout: '\n✔ no new problems\n  not shown: 1 in the baseline\n  1 baseline entry matched nothing (fixed, or changed since): --write-baseline drops it\n',
      stderr: '',
    });
    await run(['lint', '--write-baseline', 'a.txt', 'b.txt']);
    expect((await readJson('factlint-baseline.json')).findings).toHaveLength(1);
  });

  it('--baseline <file> writes and reads another file; a missing one is an error', async () => {
    await files({ 'a.txt': 'ERROR', 'b.txt': 'x' });
    const written = await run(['lint', '--write-baseline', '--baseline', 'ci/accepted.json', 'a.txt', 'b.txt']);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('factlint: wrote 1 finding to ci/accepted.json\n');
    expect((await run(['lint', 'a.txt', 'b.txt'])).code).toBe(1); // not the default file
    expect((await run(['lint', '--baseline', 'ci/accepted.json', 'a.txt', 'b.txt'])).code).toBe(0);
    expect(await run(['lint', '--baseline', 'ci/nope.json', 'a.txt', 'b.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: ci/nope.json: cannot read baseline: no such file or directory\n',
    });
  });

  it('exits 2 on an invalid baseline, naming the file, line and JSON path', async () => {
    await files({
      'a.txt': 'ERROR',
      'factlint-baseline.json': '{\n  "version": 1,\n  "findings": [{ "ruleId": "marker-error", "file": "a.txt", "hash": "nothex", "occurrence": 1 }]\n}\n',
    });
    const result = await run(['lint', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^factlint: factlint-baseline\.json: not a valid factlint baseline .*\nfactlint: factlint-baseline\.json:3:\d+: \/findings\/0\/hash: must be 16 lower-case hex digits\n$/,
    );
    // --no-baseline ignores it, and --write-baseline replaces it.
    expect((await run(['lint', '--no-baseline', 'a.txt'])).code).toBe(1);
    expect((await run(['lint', '--write-baseline', 'a.txt'])).code).toBe(0);
    expect((await run(['lint', 'a.txt'])).code).toBe(0);
  });

  it('does not write a baseline when an input could not be read', async () => {
    await files({ 'a.txt': 'ERROR' });
    const result = await run(['lint', '--write-baseline', 'a.txt', 'missing.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('factlint: missing.txt: no such file or directory\nfactlint: baseline not written: 1 input could not be read\n');
    expect(existsSync(path.join(dir, 'factlint-baseline.json'))).toBe(false);
  });

  it('rejects --write-baseline with --no-baseline, and lists the flags in help', async () => {
    await files({ 'a.txt': 'x' });
    const result = await run(['lint', '--write-baseline', '--no-baseline', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--write-baseline needs a baseline file');
    const help = (await run(['lint', '--help'])).stdout;
    for (const flag of ['--baseline', '--write-baseline', '--report-unused-directives', 'factlint-disable-next-line']) expect(help).toContain(flag);
  });
});
