import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findConfig, VERSION, type LintReport } from '@factlint/core';
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
    [[], 'give a command'],
    [['frobnicate'], 'Unknown argument: frobnicate'],
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

  it('exits 2 when there is neither a path nor a config', async () => {
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
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, files: 2 });

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
