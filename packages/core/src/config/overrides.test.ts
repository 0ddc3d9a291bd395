import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../pipeline.js';
import { cluster, probes, where } from '../test-support/suppress.js';
import { ConfigError, loadConfig } from './index.js';

/*
 * `overrides` in factlint.config.json: validated like `rules`, matched with
 * globs relative to the config's directory, later overrides winning, and
 * applied by lint() to the diagnostics whose primary file matches.
 */
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factlint-overrides-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function load(config: unknown, cwd = root) {
  await writeFile(path.join(root, 'factlint.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return loadConfig({ cwd, rules: probes });
}

async function configError(config: unknown): Promise<ConfigError> {
  const error = await load(config).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const summary = (active: readonly { rule: { id: string }; severity: string; options: object }[]) =>
  active.map((a) => `${a.rule.id} ${a.severity} ${JSON.stringify(a.options)}`);

describe('overrides: rules for each file', () => {
  it('applies the matching overrides in order, later ones winning, and leaves other files alone', async () => {
    const loaded = await load({
      rules: { 'single-source': ['warning', { minSources: 3 }] },
      overrides: [
        { files: ['drafts/**/*.md'], rules: { 'single-source': 'off', 'quote-mismatch': 'error' } },
        { files: ['drafts/wire-*.md', 'drafts/archive/'], rules: { 'single-source': 'info' } },
      ],
    });
    expect(loaded.rulesFor('sources/wire.txt')).toBe(loaded.activeRules);
    expect(summary(loaded.rulesFor('sources/wire.txt'))).toEqual(['quote-mismatch warning {}', 'single-source warning {"minSources":3}']);
    expect(summary(loaded.rulesFor('drafts/putin.md'))).toEqual(['quote-mismatch error {}']);
    expect(summary(loaded.rulesFor('drafts/sub/deep.md'))).toEqual(['quote-mismatch error {}']);
    // The second override turns single-source back on; a severity alone keeps the options set before it.
    expect(summary(loaded.rulesFor('drafts/wire-1.md'))).toEqual(['quote-mismatch error {}', 'single-source info {"minSources":3}']);
    // "dir/" means everything under it; a .txt file there is not matched by the first override's *.md.
    expect(summary(loaded.rulesFor('drafts/archive/old.txt'))).toEqual(['quote-mismatch warning {}', 'single-source info {"minSources":3}']);
    expect(loaded.rulesFor('drafts/putin.txt')).toBe(loaded.activeRules);
  });

  it('matches globs against paths relative to the config, whatever the working directory', async () => {
    await mkdir(path.join(root, 'drafts'));
    const loaded = await load({ overrides: [{ files: ['drafts/*.md'], rules: { 'quote-mismatch': 'off' } }] }, path.join(root, 'drafts'));
    expect(summary(loaded.rulesFor('putin.md'))).toEqual(['single-source info {"minSources":2}']);
    expect(summary(loaded.rulesFor(path.join(root, 'drafts', 'putin.md')))).toEqual(['single-source info {"minSources":2}']);
    expect(loaded.rulesFor('../putin.md')).toBe(loaded.activeRules);
  });

  it('gives lint() per-file severities and options, and drops a rule that is off for a file', async () => {
    const draft = '"We are not breaking any rules," Putin said after 90 minutes.\n';
    const plain = lint(cluster(draft), (await load({})).activeRules).report;
    expect(plain.diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual([
      'drafts/putin.md:1:2 quote-mismatch warning',
      `drafts/putin.md:1:${draft.indexOf('90 minutes') + 1} single-source info`,
      'sources/itv.txt:5:15 single-source info',
      'sources/wire.txt:5:18 single-source info',
    ]);

    const loaded = await load({
      overrides: [
        { files: ['drafts/**'], rules: { 'quote-mismatch': 'error', 'single-source': 'off' } },
        // minSources 1: a duration in one source is enough, so itv.txt's "an hour late" is fine.
        { files: ['sources/itv.txt'], rules: { 'single-source': ['warning', { minSources: 1 }] } },
      ],
    });
    const report = lint(cluster(draft), loaded.activeRules, { rulesFor: loaded.rulesFor }).report;
    expect(report.diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual([
      'drafts/putin.md:1:2 quote-mismatch error',
      'sources/wire.txt:5:18 single-source info',
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 1 });
  });
});

describe('overrides: validation', () => {
  it('reports an unknown rule id in an override at its key, with the override JSON path', async () => {
    const text = '{\n  "overrides": [\n    { "files": ["drafts/*.md"], "rules": { "single-sorce": "off" } }\n  ]\n}';
    const error = await configError(text);
    expect(error.problems.map((p) => p.pointer)).toEqual(['/overrides/0/rules/single-sorce']);
    expect(error.message).toBe(
      `factlint.config.json:3:${'    { "files": ["drafts/*.md"], "rules": { '.length + 1}: /overrides/0/rules/single-sorce: unknown rule "single-sorce" (known rules: quote-mismatch, single-source)`,
    );
  });

  it('checks severities and options as the top-level rules are checked', async () => {
    const options = await configError({ overrides: [{ files: ['a.md'] }, { files: ['b.md'], rules: { 'single-source': ['error', { minSources: 0 }] } }] });
    expect(options.problems.map((p) => [p.pointer, p.message])).toEqual([['/overrides/1/rules/single-source/1/minSources', 'option minSources must be >= 1']]);
    const unknownOption = await configError({ overrides: [{ files: ['a.md'], rules: { 'single-source': ['error', { min: 1 }] } }] });
    expect(unknownOption.problems.map((p) => [p.pointer, p.message])).toEqual([['/overrides/0/rules/single-source/1/min', 'option min is not an option of single-source']]);
    const severity = await configError({ overrides: [{ files: ['a.md'], rules: { 'single-source': 'warn' } }] });
    expect(severity.problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/overrides/0/rules/single-source', 'must be a severity ("error", "warning", "info", "off") or [severity, options]'],
    ]);
  });

  it('rejects overrides that do not match the schema', async () => {
    const error = await configError({
      overrides: [{ rules: {} }, { files: [] }, { files: 'drafts/*.md' }, { files: ['a.md'], severity: 'off' }],
      reportUnusedDirectives: 'loud',
      requireDirectiveReason: 'yes',
    });
    expect(error.problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/overrides/0', 'must have the property "files"'],
      ['/overrides/1/files', 'must not be empty'],
      ['/overrides/2/files', 'must be an array'],
      ['/overrides/3/severity', 'unknown property "severity" (expected one of: files, rules)'],
      ['/reportUnusedDirectives', 'must be one of "error", "warning", "info", "off"'],
      ['/requireDirectiveReason', 'must be a boolean'],
    ]);
  });

  it('accepts the directive settings', async () => {
    const loaded = await load({ reportUnusedDirectives: 'error', requireDirectiveReason: true });
    expect(loaded.config).toMatchObject({ reportUnusedDirectives: 'error', requireDirectiveReason: true });
    expect(loaded.knownRules).toEqual(['quote-mismatch', 'single-source']);
  });
});
