import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../rules/index.js';
import { PUBLISHED_PATTERN } from '../load/index.js';
import { ConfigError, configDocumentMeta, configInputs, configLintOptions, findConfig, loadConfig, readSchema } from './index.js';

const noop = () => {};
const rules: Rule[] = [
  defineRule({
    id: 'single-source',
    meta: {
      description: 'test rule',
      defaultSeverity: 'info',
      claims: ['fact'],
      options: { minSources: { type: 'integer', default: 2, minimum: 1, description: 'sources needed' } },
      messages: { only: 'only {{count}}' },
    },
    check: noop,
  }) as unknown as Rule,
  defineRule({
    id: 'quote-mismatch',
    meta: { description: 'test rule', defaultSeverity: 'warning', claims: ['quote'], options: {}, messages: { m: 'm' } },
    check: noop,
  }) as unknown as Rule,
];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factlint-config-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeConfig(text: string, dir = root): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'factlint.config.json');
  await writeFile(file, text);
  return file;
}

async function configError(text: string): Promise<ConfigError> {
  await writeConfig(text);
  const error = await loadConfig({ cwd: root, rules }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('findConfig', () => {
  it('walks up from cwd to the nearest config', async () => {
    const file = await writeConfig('{}');
    await mkdir(path.join(root, 'a', 'b'), { recursive: true });
    expect(await findConfig(path.join(root, 'a', 'b'))).toBe(file);
    const nearer = await writeConfig('{}', path.join(root, 'a'));
    expect(await findConfig(path.join(root, 'a', 'b'))).toBe(nearer);
  });
});

describe('loadConfig', () => {
  it('without a config, runs every rule at its default severity', async () => {
    // tmpdir has no config above it; search from a fresh directory inside it.
    const loaded = await loadConfig({ cwd: root, rules });
    expect(loaded.file).toBeUndefined();
    expect(loaded.config).toEqual({});
    expect(loaded.dir).toBe(root);
    expect(loaded.activeRules.map((r) => [r.rule.id, r.severity, r.options])).toEqual([
      ['single-source', 'info', { minSources: 2 }],
      ['quote-mismatch', 'warning', {}],
    ]);
  });

  it('reads a valid config: sources, drafts, rules with options, documents', async () => {
    const file = await writeConfig(
      JSON.stringify({
        $schema: './node_modules/@factlint/core/schemas/config.schema.json',
        sources: ['story/*.txt'],
        drafts: ['draft.md'],
        rules: { 'single-source': ['warning', { minSources: 3 }], 'quote-mismatch': 'off' },
        documents: { 'story/a.txt': { outlet: 'Wire', published: '2013-06-16T09:00:00Z', url: 'https://example.org/a' } },
      }),
      path.join(root, 'project'),
    );
    const loaded = await loadConfig({ cwd: path.join(root, 'project', 'story'), rules });
    expect(loaded.file).toBe(file);
    expect(loaded.dir).toBe(path.join(root, 'project'));
    expect(loaded.config.sources).toEqual(['story/*.txt']);
    expect(loaded.activeRules.map((r) => [r.rule.id, r.severity, r.options])).toEqual([
      ['single-source', 'warning', { minSources: 3 }],
    ]);
    expect(configDocumentMeta(loaded)).toEqual({
      [path.join(root, 'project', 'story', 'a.txt')]: { outlet: 'Wire', published: '2013-06-16T09:00:00Z', url: 'https://example.org/a' },
    });
  });

  it("gives loadDocuments the config's files and lint() its directive settings", async () => {
    await writeConfig(JSON.stringify({ sources: ['story/*.txt'], drafts: ['draft.md'], reportUnusedDirectives: 'info', requireDirectiveReason: true }));
    const loaded = await loadConfig({ cwd: root, rules });
    expect(configInputs(loaded)).toEqual({ sources: ['story/*.txt'], drafts: ['draft.md'], baseDir: root });
    const options = configLintOptions(loaded);
    expect(options.rulesFor).toBe(loaded.rulesFor);
    expect(options.directives).toEqual({ knownRules: ['single-source', 'quote-mismatch'], reportUnused: 'info', requireReason: true });
    expect(options.baseline).toBeUndefined();
    expect(configLintOptions(loaded, { reportUnusedDirectives: 'off' }).directives?.reportUnused).toBe('off');

    await writeConfig('{}');
    const bare = await loadConfig({ cwd: root, rules });
    expect(configInputs(bare)).toEqual({ sources: [], drafts: [], baseDir: root });
    expect(configLintOptions(bare).directives).toMatchObject({ reportUnused: 'warning', requireReason: false });
  });

  it('takes an explicit --config path relative to cwd and reports one that does not exist', async () => {
    await writeConfig('{"sources": ["x.txt"]}', path.join(root, 'conf'));
    const loaded = await loadConfig({ cwd: root, configPath: 'conf/factlint.config.json', rules });
    expect(loaded.config.sources).toEqual(['x.txt']);
    const error = await loadConfig({ cwd: root, configPath: 'nope.json', rules }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('nope.json: cannot read config file: no such file or directory');
  });

  it('reports invalid JSON with line and column', async () => {
    const error = await configError('{\n  "sources": ["a.txt"],\n}\n');
    expect(error.message).toBe("factlint.config.json:3:1: invalid JSON: unexpected '}'");
    expect((await configError('')).message).toBe('factlint.config.json:1:1: invalid JSON: unexpected end of input');
  });

  it('reports every schema problem with file, line, JSON pointer and what was expected', async () => {
    const lines = [
      '{',
      '  "source": ["a.txt"],',
      '  "drafts": "draft.md",',
      '  "rules": { "quote-mismatch": "warn", "single-source": ["warning", 3] },',
      '  "documents": { "a.txt": { "published": "16 June 2013", "author": "x" } }',
      '}',
    ];
    // 1-based line and column of a token's first occurrence, so expectations are not hand-counted.
    const at = (line: number, token: string) => `factlint.config.json:${line}:${lines[line - 1]!.indexOf(token) + 1}`;
    const error = await configError(lines.join('\n'));
    expect(error.message.split('\n')).toEqual([
      `${at(2, '"source"')}: /source: unknown property "source" (expected one of: $schema, sources, drafts, rules, documents, overrides, reportUnusedDirectives, requireDirectiveReason)`,
      `${at(3, '"draft.md"')}: /drafts: must be an array`,
      `${at(4, '"warn"')}: /rules/quote-mismatch: must be a severity ("error", "warning", "info", "off") or [severity, options]`,
      `${at(4, '3]')}: /rules/single-source/1: must be an object`,
      `${at(5, '"16 June')}: /documents/a.txt/published: must be a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS, optionally with Z or ±HH:MM)`,
      `${at(5, '"author"')}: /documents/a.txt/author: unknown property "author" (expected one of: outlet, published, url, title)`,
    ]);
    expect(error.problems.map((p) => p.pointer)).toContain('/rules/single-source/1');
  });

  it('points into a [severity, options] array at the bad severity', async () => {
    const error = await configError('{"rules": {"single-source": ["warn"]}}');
    expect(error.message).toBe('factlint.config.json:1:30: /rules/single-source/0: must be one of "error", "warning", "info", "off"');
  });

  it('reports impossible dates and duplicate keys', async () => {
    const error = await configError('{"documents": {"a.txt": {"published": "2013-02-30"}}}');
    expect(error.message).toBe('factlint.config.json:1:39: /documents/a.txt/published: "2013-02-30" is not a real date or time');
    const dup = await configError('{\n"rules": {"single-source": "off",\n "single-source": "error"}}');
    expect(dup.message).toBe('factlint.config.json:3:2: /rules/single-source: duplicate key (only the last would count)');
  });

  it('reports unknown rule ids and bad rule options with the JSON path from resolveRuleSettings', async () => {
    const text = '{"rules": {"quote-mismatch": "error", "no-such-rule": "warning"}}';
    const unknown = await configError(text);
    expect(unknown.message).toBe(
      `factlint.config.json:1:${text.indexOf('"no-such-rule"') + 1}: /rules/no-such-rule: unknown rule "no-such-rule" (known rules: quote-mismatch, single-source)`,
    );
    const option = await configError('{\n  "rules": {\n    "single-source": ["error", { "minSources": 0 }]\n  }\n}');
    expect(option.problems[0]!.pointer).toBe('/rules/single-source/1/minSources');
    expect(option.message).toBe(
      `factlint.config.json:3:${'    "single-source": ["error", { "minSources": 0 }]'.indexOf('0 }') + 1}: /rules/single-source/1/minSources: option minSources must be >= 1`,
    );
  });

  it('rejects a config that is not an object', async () => {
    expect((await configError('[]')).message).toBe('factlint.config.json:1:1: must be an object');
  });
});

describe('config.schema.json', () => {
  it('uses the same published-date pattern as the loader', () => {
    const schema = readSchema('config') as { definitions: { documentMeta: { properties: { published: { pattern: string } } } } };
    expect(schema.definitions.documentMeta.properties.published.pattern).toBe(PUBLISHED_PATTERN);
  });
});
