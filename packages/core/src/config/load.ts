import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta, SeveritySetting } from '../model/index.js';
import type { LintOptions } from '../pipeline.js';
import type { Baseline } from '../suppress/baseline.js';
import { resolveRuleSettings, RuleSettingError, type ActiveRule, type Rule, type RuleSetting } from '../rules/index.js';
import { describeSystemError } from '../load/errors.js';
import { displayPath } from '../load/paths.js';
import { normalisePublished } from '../load/published.js';
import { ConfigError, pointerSegment, type ConfigProblem } from './errors.js';
import { findConfig } from './find.js';
import { JsonSyntaxError, parseJson, type ParsedJson } from './json.js';
import { configGlobMatcher, rulesForFile, validateOverrides, type ConfigOverride, type RulesForFile } from './overrides.js';
import { configSchemaProblems } from './schema.js';

/** factlint.config.json, as described by schemas/config.schema.json. */
export interface FactlintConfig {
  $schema?: string;
  /** Paths and globs relative to the config's directory. */
  sources?: string[];
  drafts?: string[];
  rules?: Record<string, RuleSetting>;
  /** Metadata by path relative to the config's directory. */
  documents?: Record<string, DocumentMeta>;
  /** Rule settings for the files matching globs (relative to the config's directory); later entries win. */
  overrides?: ConfigOverride[];
  /** Severity of `factlint/unused-directive` (an inline directive that suppressed nothing); default "warning". */
  reportUnusedDirectives?: SeveritySetting;
  /** A disabling directive must give a reason after ` -- `; default false. */
  requireDirectiveReason?: boolean;
}

export interface LoadConfigOptions {
  /** What a relative `configPath` and `searchFrom` are relative to, and where the search starts without `searchFrom`. */
  cwd: string;
  /**
   * Where the search for factlint.config.json starts when it is not `cwd`: the
   * directory the checked files share, so `factlint stories/a` finds stories/a's
   * own config before one above it (ESLint's lookup from the linted files).
   */
  searchFrom?: string;
  /** An explicit config file (`--config`); no search when given. */
  configPath?: string;
  /** Every rule that exists, to check the `rules` section against. */
  rules: readonly Rule[];
}

export interface LoadedConfig {
  /** The validated config; `{}` when there is no config file. */
  config: FactlintConfig;
  /** Absolute path of the config file, or undefined when none was found. */
  file: string | undefined;
  /** What the config's paths are relative to: its directory, or `cwd` without a config. */
  dir: string;
  /** The rules to run, with severities and options (defaults filled in). */
  activeRules: ActiveRule[];
  /** Every rule id that exists (whether it runs or not), for checking inline directives. */
  knownRules: string[];
  /**
   * The rules for one document after the config's `overrides`: give the path
   * as loadDocuments shows it (relative to the same `cwd`) or absolute.
   * Returns `activeRules` itself for a file no override matches.
   */
  rulesFor: RulesForFile;
}

/**
 * Finds (or takes) the config file, parses it, validates it against the
 * schema and resolves the rule settings. Any problem throws a ConfigError
 * naming the file, the JSON pointer and line, and what was expected.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd);
  const file =
    options.configPath !== undefined
      ? path.resolve(cwd, options.configPath)
      : await findConfig(path.resolve(cwd, options.searchFrom ?? '.'));
  const knownRules = options.rules.map((r) => r.id);
  if (file === undefined) {
    const activeRules = resolveRuleSettings(options.rules, {});
    return { config: {}, file: undefined, dir: cwd, activeRules, knownRules, rulesFor: () => activeRules };
  }
  const shown = displayPath(file, cwd);

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(shown, [{ pointer: '', message: `cannot read config file: ${describeSystemError(error)}` }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let json: ParsedJson;
  try {
    json = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new ConfigError(shown, [{ pointer: '', message: `invalid JSON: ${error.message}`, line: error.line, column: error.column }]);
  }

  const located = (p: ConfigProblem): ConfigProblem => ({ ...p, ...json.locate(p.pointer, p.at) });
  const problems: ConfigProblem[] = [
    ...json.duplicateKeys.map((d) => ({ pointer: d.pointer, message: 'duplicate key (only the last would count)', ...d.at })),
    ...configSchemaProblems(json.value).map(located),
  ];
  if (problems.length === 0) problems.push(...datesProblems(json.value as FactlintConfig).map(located));
  if (problems.length > 0) throw new ConfigError(shown, problems.sort(byPosition));

  const config = json.value as FactlintConfig;
  let activeRules: ActiveRule[];
  try {
    activeRules = resolveRuleSettings(options.rules, config.rules ?? {});
    validateOverrides(options.rules, config.overrides ?? []);
  } catch (error) {
    if (!(error instanceof RuleSettingError)) throw error;
    // An unknown rule id is a wrong key; anything else is a wrong value.
    const at = /^unknown rule/.test(error.message) ? 'key' : 'value';
    throw new ConfigError(shown, [located({ pointer: error.path, message: error.message, at })]);
  }
  const dir = path.dirname(file);
  const rulesFor = rulesForFile({
    rules: options.rules,
    settings: config.rules ?? {},
    overrides: config.overrides ?? [],
    base: activeRules,
    dir,
    cwd,
  });
  return { config, file, dir, activeRules, knownRules, rulesFor };
}

/** Problems in reading order, so the first one printed is the first one in the file. */
function byPosition(a: ConfigProblem, b: ConfigProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** The schema checks a date's shape; this catches the impossible ones (2013-02-30, 25:00). */
function datesProblems(config: FactlintConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [key, meta] of Object.entries(config.documents ?? {})) {
    if (meta.published !== undefined && normalisePublished(meta.published) === undefined) {
      problems.push({
        pointer: `/documents/${pointerSegment(key)}/published`,
        message: `${JSON.stringify(meta.published)} is not a real date or time`,
      });
    }
  }
  return problems;
}

/** The config's `documents` keyed by absolute path, ready for loadDocuments' `meta` whatever its `baseDir`. */
export function configDocumentMeta(loaded: Pick<LoadedConfig, 'config' | 'dir'>): Record<string, DocumentMeta> {
  const meta: Record<string, DocumentMeta> = {};
  for (const [key, value] of Object.entries(loaded.config.documents ?? {})) {
    meta[path.resolve(loaded.dir, key)] = value;
  }
  return meta;
}

/** The files a config names: its `sources` and `drafts`, relative to its directory (`baseDir`), as loadDocuments takes them. */
export function configInputs(loaded: Pick<LoadedConfig, 'config' | 'dir'>): { sources: string[]; drafts: string[]; baseDir: string } {
  return { sources: loaded.config.sources ?? [], drafts: loaded.config.drafts ?? [], baseDir: loaded.dir };
}

/**
 * Files the config calls drafts, for paths given on the command line: `factlint story/`
 * checks story/draft.md as a draft when the config lists it under `drafts`. Undefined
 * when the config names no drafts.
 */
export function configDraftMatcher(loaded: Pick<LoadedConfig, 'config' | 'dir'>): ((absolute: string) => boolean) | undefined {
  const drafts = loaded.config.drafts ?? [];
  if (drafts.length === 0) return undefined;
  // A draft entry may name a directory ("drafts"), which holds drafts at any depth.
  return configGlobMatcher([...drafts, ...drafts.map((d) => `${d.replace(/\/+$/, '')}/**`)], loaded.dir);
}

export interface ConfigLintOverrides {
  /** Wins over the config's `reportUnusedDirectives` (the command line's `--report-unused-directives`). */
  reportUnusedDirectives?: SeveritySetting | undefined;
  baseline?: Baseline | undefined;
}

/**
 * lint()'s options as the config sets them: each file's rules after
 * `overrides`, and inline directives checked against every rule that exists,
 * with the config's unused-directive severity and reason requirement.
 */
export function configLintOptions(loaded: LoadedConfig, overrides: ConfigLintOverrides = {}): LintOptions {
  return {
    rulesFor: loaded.rulesFor,
    directives: {
      knownRules: loaded.knownRules,
      reportUnused: overrides.reportUnusedDirectives ?? loaded.config.reportUnusedDirectives ?? 'warning',
      requireReason: loaded.config.requireDirectiveReason ?? false,
    },
    ...(overrides.baseline ? { baseline: overrides.baseline } : {}),
  };
}
