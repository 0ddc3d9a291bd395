import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../model/index.js';
import { lint } from '../pipeline.js';
import { readSchema } from '../config/index.js';
import { resolveRuleSettings } from '../rules/index.js';
import { doc } from '../test-support/documents.js';
import { cluster, ITV, probes, where, WIRE } from '../test-support/suppress.js';
import { applyBaseline, BaselineError, createBaseline, readBaseline, readDefaultBaseline, writeBaseline, type Baseline } from './index.js';

/*
 * The baseline on two short reports and a Markdown draft (test-support/suppress.ts):
 * written from one run, applied to later runs of edited text.
 */
const DRAFT = `# Putin in London

Putin met Cameron in London on Sunday. The talks lasted 90 minutes.

"We are not breaking any rules," Putin said.

Putin arrived an hour late.
`;

const PROJECT = path.resolve('/newsroom');
const active = resolveRuleSettings(probes);

function run(documents: SourceDocument[], baseline?: Baseline) {
  const result = lint(documents, active, baseline ? { baseline } : {});
  return { ...result, documents: result.graph.documents };
}

/** A baseline written (in memory) from the cluster with `draft`, at /newsroom/factlint-baseline.json, cwd /newsroom. */
function baselineOf(documents: SourceDocument[]): Baseline {
  const { report, documents: docs } = run(documents);
  const target = { file: path.join(PROJECT, 'factlint-baseline.json'), cwd: PROJECT };
  return { ...target, data: createBaseline(report, docs, target) };
}

describe('createBaseline', () => {
  it('lists every finding by rule, file, content hash and occurrence, sorted by content, without positions', () => {
    const baseline = baselineOf(cluster(DRAFT));
    expect(baseline.data.version).toBe(1);
    expect(baseline.data.findings.map((f) => [f.file, f.ruleId, f.occurrence, f.excerpt])).toEqual(
      expect.arrayContaining([
        ['drafts/putin.md', 'quote-mismatch', 1, 'We are not breaking any rules,'],
        ['drafts/putin.md', 'single-source', 1, '90 minutes'],
        ['drafts/putin.md', 'single-source', 1, 'an hour late'],
        ['sources/itv.txt', 'single-source', 1, 'an hour late'],
        ['sources/wire.txt', 'single-source', 1, '90 minutes'],
      ]),
    );
    expect(baseline.data.findings).toHaveLength(5);
    const files = baseline.data.findings.map((f) => f.file);
    expect(files).toEqual([...files].sort());
    for (const f of baseline.data.findings) {
      expect(f.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(Object.keys(f).sort()).toEqual(['excerpt', 'file', 'hash', 'occurrence', 'ruleId']);
    }
    // The same text in another file, or under another rule, is another finding.
    const hours = baseline.data.findings.filter((f) => f.excerpt === 'an hour late');
    expect(new Set(hours.map((f) => f.hash)).size).toBe(1);
    expect(new Set(hours.map((f) => f.file)).size).toBe(2);
  });

  it('matches baseline.schema.json', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(readSchema('baseline'));
    expect(validate(baselineOf(cluster(DRAFT)).data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('applyBaseline', () => {
  it('leaves out every finding of the run it was written from', () => {
    const baseline = baselineOf(cluster(DRAFT));
    const { report } = run(cluster(DRAFT), baseline);
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 3, suppressed: 0, baselined: 5, staleBaseline: 0 });
  });

  it('still matches after edits elsewhere: new paragraphs above, reflowed lines, moved paragraphs', () => {
    const baseline = baselineOf(cluster(DRAFT));
    const edited = `# Putin in London

A new first paragraph about the weather.

Another one.

Putin arrived an hour late.

Putin met Cameron in London on Sunday. The talks
lasted 90 minutes.

"We are not breaking   any rules," Putin said.
`;
    const { report } = run(cluster(edited), baseline);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(report.summary).toMatchObject({ baselined: 5, staleBaseline: 0 });
  });

  it('reports a new finding, and a changed one as new with its old entry stale', () => {
    const baseline = baselineOf(cluster(DRAFT));
    const edited = DRAFT.replace('breaking any rules', 'breaking the rules').concat('\n"Nothing was signed," Cameron said.\n');
    const { report } = run(cluster(edited), baseline);
    expect(report.diagnostics.map(where)).toEqual(['drafts/putin.md:5:2 quote-mismatch', 'drafts/putin.md:9:2 quote-mismatch']);
    expect(report.summary).toMatchObject({ warnings: 2, baselined: 4, staleBaseline: 1 });
  });

  it('counts occurrences: a second finding with the same text is new', () => {
    const baseline = baselineOf(cluster(DRAFT));
    const { report } = run(cluster(`${DRAFT}\nThe flight back took 90 minutes.\n`), baseline);
    expect(report.diagnostics.map((d) => [where(d), d.range.start.line])).toEqual([['drafts/putin.md:9:22 single-source', 9]]);
    expect(report.summary).toMatchObject({ baselined: 5, staleBaseline: 0 });
  });

  it('fingerprints the evidence too: when a source changes its wording, the draft finding is new', () => {
    const baseline = baselineOf(cluster(DRAFT));
    const documents = [
      doc('sources/wire.txt', WIRE.replace('rules or norms', 'rules or standards')),
      doc('sources/itv.txt', ITV.replace('rules or norms', 'rules or standards')),
      doc('drafts/putin.md', DRAFT, {}, 'draft'),
    ];
    const { report } = run(documents, baseline);
    expect(report.diagnostics.map(where)).toEqual(['drafts/putin.md:5:2 quote-mismatch']);
    expect(report.summary).toMatchObject({ baselined: 4, staleBaseline: 1 });
  });

  it('matches by path relative to the baseline file, whatever the working directory', () => {
    const baseline = baselineOf(cluster(DRAFT));
    // From /newsroom/drafts: the draft is shown as putin.md, the sources (outside cwd) absolute.
    const fromDrafts = [
      doc(path.join(PROJECT, 'sources', 'wire.txt').split(path.sep).join('/'), WIRE),
      doc(path.join(PROJECT, 'sources', 'itv.txt').split(path.sep).join('/'), ITV),
      doc('putin.md', DRAFT, {}, 'draft'),
    ];
    const { report, documents } = run(fromDrafts);
    const applied = applyBaseline(report, documents, { ...baseline, cwd: path.join(PROJECT, 'drafts') });
    expect(applied.diagnostics).toEqual([]);
    expect(applied.summary.baselined).toBe(5);
  });

  it('keeps the suppressed count and gives a report that matches lint-report.schema.json', () => {
    const withDirective = DRAFT.replace('Putin arrived', '<!-- factlint-disable-next-line -->\nPutin arrived');
    const baseline = baselineOf(cluster(DRAFT));
    const { report } = run(cluster(withDirective), baseline);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 3, suppressed: 1, baselined: 4, staleBaseline: 1 });
    const validate = new Ajv({ strict: true, allErrors: true }).compile(readSchema('lint-report'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('reading and writing', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factlint-baseline-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes indented JSON that reads back the same, creating the directory', async () => {
    const data = baselineOf(cluster(DRAFT)).data;
    const file = path.join(dir, 'ci', 'factlint-baseline.json');
    await writeBaseline({ file, cwd: dir, data });
    const text = await readFile(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(await readBaseline('ci/factlint-baseline.json', dir)).toEqual({ file, cwd: dir, data });
  });

  it('reads the default baseline beside the config only when it exists', async () => {
    expect(await readDefaultBaseline(dir, dir)).toBeUndefined();
    const data = baselineOf(cluster(DRAFT)).data;
    await writeBaseline({ file: path.join(dir, 'factlint-baseline.json'), cwd: dir, data });
    expect(await readDefaultBaseline(dir, dir)).toEqual({ file: path.join(dir, 'factlint-baseline.json'), cwd: dir, data });
    await writeFile(path.join(dir, 'factlint-baseline.json'), '{');
    await expect(readDefaultBaseline(dir, dir)).rejects.toBeInstanceOf(BaselineError);
  });

  async function readError(text: string | undefined): Promise<BaselineError> {
    if (text !== undefined) await writeFile(path.join(dir, 'factlint-baseline.json'), text);
    const error = await readBaseline('factlint-baseline.json', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaselineError);
    return error as BaselineError;
  }

  it('names the file and says what is wrong: missing, not JSON, not a baseline', async () => {
    expect((await readError(undefined)).message).toBe('factlint-baseline.json: cannot read baseline: no such file or directory');
    expect((await readError('{"version": 1, "findings": [}')).message).toBe("factlint-baseline.json:1:29: invalid JSON: unexpected '}'");
    const bad = [
      '{',
      '  "version": 2,',
      '  "findings": [',
      '    { "ruleId": "quote-mismatch", "file": "draft.md", "hash": "xyz", "occurrence": 0, "line": 3 }',
      '  ]',
      '}',
    ].join('\n');
    const lines = (await readError(bad)).message.split('\n');
    expect(lines[0]).toBe('factlint-baseline.json: not a valid factlint baseline (write a new one with factlint lint --write-baseline)');
    expect(lines.slice(1)).toEqual([
      'factlint-baseline.json:2:14: /version: must be 1 (the only baseline format so far)',
      expect.stringMatching(/^factlint-baseline\.json:4:\d+: \/findings\/0\/hash: must be 16 lower-case hex digits$/),
      expect.stringMatching(/^factlint-baseline\.json:4:\d+: \/findings\/0\/occurrence: must be >= 1$/),
      expect.stringMatching(/^factlint-baseline\.json:4:\d+: \/findings\/0\/line: unknown property "line" \(expected one of: ruleId, file, hash, occurrence, excerpt\)$/),
    ]);
  });
});
