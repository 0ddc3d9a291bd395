import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VERSION, type Diagnostic, type LintReport, type Range } from '@factlint/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatGithub, sarifLog, type SarifLog } from './formatters/index.js';
import { main } from './main.js';

/*
 * `lint --format sarif` and `--format github`, for CI: the real rules on the
 * seed reports and on a small draft-and-source cluster, run in-process. Every
 * SARIF log is validated against the OASIS schema copied into test/schemas.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const sarifSchema = JSON.parse(readFileSync(new URL('../test/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// The schema's `language` pattern is not valid under the `u` flag; its formats need ajv-formats.
const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

function expectValidSarif(log: unknown): asserts log is SarifLog {
  expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const regionOf = (range: Range) => ({
  startLine: range.start.line,
  startColumn: range.start.column,
  endLine: range.end.line,
  endColumn: range.end.column,
  charOffset: range.start.offset,
  charLength: range.end.offset - range.start.offset,
});

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

describe('lint --format sarif seeds', () => {
  it('is a valid SARIF 2.1.0 log carrying every diagnostic of the JSON report', async () => {
    const asJson = await run(['lint', '--format', 'json', 'seeds'], repoRoot);
    const report = JSON.parse(asJson.stdout) as LintReport;
    expect(report.diagnostics.length).toBeGreaterThan(0);

    const result = await run(['lint', '--format', 'sarif', 'seeds'], repoRoot);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(asJson.code); // the format never changes the exit code
    const log = JSON.parse(result.stdout) as unknown;
    expectValidSarif(log);

    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.originalUriBaseIds['%SRCROOT%']?.uri).toBe(pathToFileURL(repoRoot).href);
    const { driver } = sarifRun.tool;
    expect(driver).toMatchObject({ name: 'factlint', version: VERSION });
    expect(driver).not.toHaveProperty('informationUri');

    // Rules: each one that produced a result, with its metadata, and the directive checks.
    const ruleIds = driver.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleIds).toEqual(expect.arrayContaining([...new Set(report.diagnostics.map((d) => d.ruleId)), 'factlint/directive', 'factlint/unused-directive']));
    for (const rule of driver.rules) {
      expect(rule).not.toHaveProperty('helpUri');
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    }
    const quoteMismatch = driver.rules.find((r) => r.id === 'quote-mismatch');
    expect(quoteMismatch?.defaultConfiguration?.level).toBe('warning');
    expect(quoteMismatch?.help?.text).toContain('rules/quote-mismatch.md');

    // Results: one per diagnostic, in report order.
    expect(sarifRun.results).toHaveLength(report.diagnostics.length);
    report.diagnostics.forEach((d, i) => {
      const r = sarifRun.results[i]!;
      expect(r.ruleId).toBe(d.ruleId);
      expect(driver.rules[r.ruleIndex]?.id).toBe(d.ruleId);
      expect(r.level).toBe(LEVELS[d.severity]);
      expect(r.message.text).toBe(d.message);
      const primary = r.locations[0]!.physicalLocation;
      expect(primary.artifactLocation).toMatchObject({ uri: d.file, uriBaseId: '%SRCROOT%' });
      expect(sarifRun.artifacts[primary.artifactLocation.index!]?.location).toEqual({ uri: d.file, uriBaseId: '%SRCROOT%' });
      expect(primary.region).toEqual(regionOf(d.range));
      const text = readFileSync(path.join(repoRoot, d.file), 'utf8');
      expect(text.substr(primary.region.charOffset, primary.region.charLength)).toBe(text.slice(d.range.start.offset, d.range.end.offset));
      expect(r.relatedLocations ?? []).toEqual(
        d.related.map((rel, j) => ({
          id: j + 1,
          physicalLocation: { artifactLocation: expect.objectContaining({ uri: rel.file, uriBaseId: '%SRCROOT%' }), region: regionOf(rel.range) },
          message: { text: rel.message },
        })),
      );
      expect(r.partialFingerprints['factlint/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    });
    expect(new Set(sarifRun.results.map((r) => r.partialFingerprints['factlint/v1'])).size).toBe(sarifRun.results.length);
    expect(sarifRun.artifacts.map((a) => a.location.uri).sort()).toEqual(
      [...new Set(report.diagnostics.flatMap((d) => [d.file, ...d.related.map((r) => r.file)]))].sort(),
    );

    // The seeds disagree on Putin's words: a cross-source finding with related places in the other reports.
    expect(sarifRun.results.some((r) => r.ruleId === 'quote-mismatch' && (r.relatedLocations?.length ?? 0) > 0)).toBe(true);
  });
});

describe('lint --format sarif / github on a draft with a misquote', () => {
  let dir: string;
  const source = 'story/city wire.txt';
  const wireText = 'OSLO - Mayor Ingrid Dahl on Tuesday defended the city\'s flood response.\n\n"We will rebuild every damaged home before winter," Dahl told reporters at City Hall.\n';
  const draftText = '# Flood\n\nMayor Ingrid Dahl said: "We will rebuild every flooded home before winter."\n';

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factlint-ci-'));
    await mkdir(path.join(dir, 'story'));
    await writeFile(path.join(dir, source), wireText);
    await writeFile(path.join(dir, 'draft.md'), draftText);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lintDraft = (format: string, ...extra: string[]) => run(['lint', '--format', format, ...extra, '--sources', 'story', 'draft.md'], dir);

  async function sarif(): Promise<SarifLog> {
    const result = await lintDraft('sarif');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0); // a warning
    const log = JSON.parse(result.stdout) as unknown;
    expectValidSarif(log);
    return log;
  }

  it('reports the misquote on the draft, with the source as a related location and its words as a fix', async () => {
    const log = await sarif();
    const [sarifRun] = log.runs;
    expect(sarifRun.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(sarifRun.artifacts).toEqual([
      { location: { uri: 'draft.md', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'story/city%20wire.txt', uriBaseId: '%SRCROOT%' } },
    ]);
    expect(sarifRun.results).toHaveLength(1);
    const [result] = sarifRun.results;
    expect(result).toMatchObject({ ruleId: 'quote-mismatch', level: 'warning' });
    expect(sarifRun.tool.driver.rules[result!.ruleIndex]?.id).toBe('quote-mismatch');

    // The primary location is the draft's quote: its words, without the quote marks.
    const quoteStart = draftText.indexOf('We will');
    const quoteLine = draftText.split('\n')[2]!;
    const region = result!.locations[0]!.physicalLocation.region;
    expect(result!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'draft.md', uriBaseId: '%SRCROOT%', index: 0 });
    expect(region).toMatchObject({ startLine: 3, startColumn: quoteLine.indexOf('We will') + 1, endLine: 3, charOffset: quoteStart });
    expect(region.endColumn - region.startColumn).toBe(region.charLength);
    expect(draftText.substr(region.charOffset, region.charLength)).toMatch(/^We will rebuild every flooded home before winter\.?$/);

    // The source's wording, in the file whose name needs percent-encoding.
    expect(result!.relatedLocations).toHaveLength(1);
    const related = result!.relatedLocations![0]!;
    expect(related.id).toBe(1);
    expect(related.physicalLocation.artifactLocation).toEqual({ uri: 'story/city%20wire.txt', uriBaseId: '%SRCROOT%', index: 1 });
    expect(related.physicalLocation.region.startLine).toBe(3);
    expect(related.physicalLocation.region.startColumn).toBe(2);
    expect(wireText.substr(related.physicalLocation.region.charOffset, related.physicalLocation.region.charLength)).toMatch(
      /^We will rebuild every damaged home before winter/,
    );
    expect(related.message.text).toContain('We will rebuild every damaged home before winter');

    // The fix: applying it to the draft gives the source's words.
    expect(result!.fixes).toHaveLength(1);
    const fix = result!.fixes![0]!;
    expect(fix.description.text).toBeTruthy();
    expect(fix.artifactChanges).toHaveLength(1);
    const change = fix.artifactChanges[0]!;
    expect(change.artifactLocation).toEqual({ uri: 'draft.md', uriBaseId: '%SRCROOT%', index: 0 });
    expect(change.replacements).toHaveLength(1);
    const { deletedRegion, insertedContent } = change.replacements[0]!;
    expect(insertedContent.text).toBe('We will rebuild every damaged home before winter');
    expect(deletedRegion.endColumn - deletedRegion.startColumn).toBe(deletedRegion.charLength);
    const fixed = draftText.slice(0, deletedRegion.charOffset) + insertedContent.text + draftText.slice(deletedRegion.charOffset + deletedRegion.charLength);
    expect(fixed).toBe(draftText.replace('flooded', 'damaged'));
  });

  it('keeps fingerprints across runs, and when text is added above the finding', async () => {
    const fingerprints = (log: SarifLog) => log.runs[0].results.map((r) => r.partialFingerprints);
    const first = await sarif();
    const second = await sarif();
    expect(fingerprints(second)).toEqual(fingerprints(first));
    expect(second).toEqual(first); // the whole log is deterministic

    await writeFile(path.join(dir, 'draft.md'), draftText.replace('# Flood\n', '# Flood\n\nAn introduction, added later.\n'));
    const moved = await sarif();
    expect(moved.runs[0].results[0]!.locations[0]!.physicalLocation.region.startLine).toBe(5);
    expect(fingerprints(moved)).toEqual(fingerprints(first));

    // A different misquote is a different alert.
    await writeFile(path.join(dir, 'draft.md'), draftText.replace('flooded', 'burnt'));
    expect(fingerprints(await sarif())).not.toEqual(fingerprints(first));
  });

  it('prints one GitHub annotation, with the source and the suggestion in its message', async () => {
    const result = await lintDraft('github');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse((await lintDraft('json')).stdout) as LintReport;
    const [d] = report.diagnostics;
    const { start, end } = d!.range;
    const related = d!.related[0]!;
    expect(result.stdout).toBe(
      `::warning file=draft.md,line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=quote-mismatch::` +
        `${d!.message}%0A↳ story/city wire.txt:3:2 ${related.message}%0Asuggestion: ${d!.suggestions[0]!.message}: "We will rebuild every damaged home before winter"\n`,
    );
  });

  it('never changes the exit code', async () => {
    for (const extra of [[], ['--max-warnings', '0']]) {
      const codes = await Promise.all(['stylish', 'json', 'sarif', 'github'].map(async (f) => (await lintDraft(f, ...extra)).code));
      expect(codes).toEqual(codes.map(() => (extra.length ? 1 : 0)));
    }
    const over = await lintDraft('sarif', '--max-warnings', '0');
    expect(over.stderr).toBe('factlint: too many warnings: 1 found, --max-warnings allows 0\n');
    expectValidSarif(JSON.parse(over.stdout));
  });

  it('prints a valid SARIF log with no results when there is nothing to report', async () => {
    await writeFile(path.join(dir, 'draft.md'), draftText.replace('flooded', 'damaged'));
    const result = await lintDraft('sarif');
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as unknown;
    expectValidSarif(log);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(['factlint/directive', 'factlint/unused-directive']);
    expect(await lintDraft('github')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is offered by lint only', async () => {
    const help = await run(['lint', '--help'], dir);
    expect(help.stdout).toMatch(/choices: "stylish", "json", "sarif", "github"/);
    const claims = await run(['claims', '--format', 'sarif', 'draft.md'], dir);
    expect(claims.code).toBe(2);
    expect(claims.stderr).toContain('Invalid values');
    expect(await readFile(path.join(dir, 'draft.md'), 'utf8')).toBe(draftText); // nothing was written
  });
});

const range = (line: number, column: number, offset: number, endLine = line, endColumn = column + 5, endOffset = offset + 5): Range => ({
  start: { line, column, offset },
  end: { line: endLine, column: endColumn, offset: endOffset },
});

function diagnostic(partial: Partial<Diagnostic>): Diagnostic {
  return { ruleId: 'quote-mismatch', severity: 'warning', message: 'message', file: 'a.txt', range: range(1, 1, 0), related: [], data: {}, suggestions: [], ...partial };
}

function report(diagnostics: Diagnostic[]): LintReport {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return { tool: { name: 'factlint', version: '0.1.0' }, diagnostics, summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), files: 2 } };
}

describe('github', () => {
  it('escapes messages and properties, and lists related places and suggestions in the message', () => {
    const text = formatGithub(
      report([
        diagnostic({
          file: 'notes, v2: draft.md',
          range: range(7, 2, 120, 7, 30, 148),
          severity: 'error',
          ruleId: 'number-mismatch',
          message: 'Deaths: 3, not 4 (100% sure)\nsecond line\r\nthird',
          related: [
            { file: 'wire,1.txt', range: range(9, 14, 300), message: 'Wire: "3 dead, 12 hurt"' },
            { file: 'a:b.txt', range: range(3, 1, 50), message: 'also\nhere' },
          ],
          suggestions: [{ message: 'Use the wire\'s figure', replacement: '3', range: range(7, 10, 128, 7, 11, 129) }],
        }),
        diagnostic({ file: 'b.txt', range: range(2, 5, 20, 4, 3, 60), severity: 'info', ruleId: 'single-source', message: 'only one source' }),
        diagnostic({ file: 'c.txt', range: range(1, 1, 0), ruleId: 'factlint/unused-directive', message: 'unused: factlint-disable-line' }),
      ]),
    );
    expect(text.split('\n')).toEqual([
      '::error file=notes%2C v2%3A draft.md,line=7,col=2,endLine=7,endColumn=30,title=number-mismatch::' +
        'Deaths: 3, not 4 (100%25 sure)%0Asecond line%0D%0Athird' +
        '%0A↳ wire,1.txt:9:14 Wire: "3 dead, 12 hurt"' +
        '%0A↳ a:b.txt:3:1 also here' +
        '%0Asuggestion: Use the wire\'s figure: "3"',
      // Several lines: GitHub takes columns only on a one-line annotation.
      '::notice file=b.txt,line=2,endLine=4,title=single-source::only one source',
      '::warning file=c.txt,line=1,col=1,endLine=1,endColumn=6,title=factlint/unused-directive::unused: factlint-disable-line',
      '',
    ]);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub(report([]))).toBe('');
  });
});

describe('sarif', () => {
  it('gives files outside the working directory a file URI, and unknown rules an id', () => {
    const outside = path.resolve(repoRoot, '..', 'elsewhere dir', 'x#1.txt');
    const log = sarifLog(
      report([
        diagnostic({ file: 'c:d.txt', ruleId: 'custom-rule', severity: 'info', related: [{ file: outside, range: range(1, 1, 0), message: '' }] }),
        diagnostic({ file: 'c:d.txt', ruleId: 'custom-rule', severity: 'info' }),
      ]),
      { rules: [] },
    );
    expectValidSarif(log);
    const [sarifRun] = log.runs;
    expect(sarifRun.originalUriBaseIds['%SRCROOT%']).not.toHaveProperty('uri');
    expect(sarifRun.tool.driver.rules.map((r) => r.id)).toEqual(['factlint/directive', 'factlint/unused-directive', 'custom-rule']);
    expect(sarifRun.tool.driver.rules[2]).toEqual({ id: 'custom-rule' });
    expect(sarifRun.results.map((r) => r.ruleIndex)).toEqual([2, 2]);
    expect(sarifRun.results.map((r) => r.level)).toEqual(['note', 'note']);
    expect(sarifRun.artifacts).toEqual([
      { location: { uri: 'c%3Ad.txt', uriBaseId: '%SRCROOT%' } },
      { location: { uri: pathToFileURL(outside).href } },
    ]);
    // Two identical findings: one hash, told apart by their occurrence.
    const [a, b] = sarifRun.results.map((r) => r.partialFingerprints['factlint/v1']!);
    expect(a!.split(':')[0]).toBe(b!.split(':')[0]);
    expect([a!.split(':')[1], b!.split(':')[1]]).toEqual(['1', '2']);
  });
});
