import path from 'node:path';
import picomatch from 'picomatch';
import type { ClaimGraph, Diagnostic } from '../model/index.js';
import { resolveRuleSettings, runRules, type ActiveRule, type Rule, type RuleSetting } from '../rules/index.js';
import { toPosix } from '../load/paths.js';

/** One entry of the config's `overrides`: rule settings for the files its globs match. */
export interface ConfigOverride {
  /** Globs relative to the config's directory ("drafts/**\/*.md"); a pattern ending in "/" matches everything under it. */
  files: string[];
  rules?: Record<string, RuleSetting>;
}

/** The rules to run on one document, given its path as the report shows it (relative to cwd) or absolute. */
export type RulesForFile = (file: string) => readonly ActiveRule[];

/**
 * Checks every override's `rules` as the top-level `rules` are checked
 * (unknown ids, severities, options), with JSON paths like
 * `/overrides/0/rules/single-source/1/minSources`. Throws RuleSettingError.
 */
export function validateOverrides(rules: readonly Rule[], overrides: readonly ConfigOverride[]): void {
  overrides.forEach((o, i) => resolveRuleSettings(rules, o.rules ?? {}, `/overrides/${i}/rules`));
}

/**
 * The rules for each file: the config's `rules`, then every override whose
 * globs match the file, in order, so later overrides win. A severity alone
 * keeps the options set before it (as in ESLint); [severity, options] replaces them.
 * Files no override matches get `base` itself.
 */
export function rulesForFile(options: {
  rules: readonly Rule[];
  settings: Record<string, RuleSetting>;
  overrides: readonly ConfigOverride[];
  base: readonly ActiveRule[];
  /** What the globs are relative to: the config's directory. */
  dir: string;
  /** What relative file paths are relative to. */
  cwd: string;
}): RulesForFile {
  const { overrides, base, dir, cwd } = options;
  if (overrides.length === 0) return () => base;
  const matchers = overrides.map((o) => configGlobMatcher(o.files, dir));
  const cache = new Map<string, readonly ActiveRule[]>();
  return (file) => {
    const absolute = path.resolve(cwd, file);
    const matched = matchers.flatMap((match, i) => (match(absolute) ? [i] : []));
    if (matched.length === 0) return base;
    const key = matched.join(',');
    let active = cache.get(key);
    if (!active) {
      const settings: Record<string, RuleSetting> = { ...options.settings };
      for (const i of matched) {
        for (const [id, setting] of Object.entries(overrides[i]!.rules ?? {})) settings[id] = mergeSetting(settings[id], setting);
      }
      active = resolveRuleSettings(options.rules, settings);
      cache.set(key, active);
    }
    return active;
  };
}

function mergeSetting(previous: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (Array.isArray(next) && next[1] !== undefined) return next;
  const severity = Array.isArray(next) ? next[0] : next;
  return Array.isArray(previous) && previous[1] !== undefined ? [severity, previous[1]] : severity;
}

/**
 * Stage 7 with per-path settings: each rule runs once per distinct setting
 * (severity and options) among the documents, over the whole claim graph,
 * since a cross-source rule needs every document; a run keeps the diagnostics
 * whose primary location is in a document with that setting. A rule that is
 * off for a document reports nothing there. Without overrides, one plain run.
 */
export function runRulesByPath(graph: ClaimGraph, base: readonly ActiveRule[], rulesFor?: RulesForFile): Diagnostic[] {
  if (!rulesFor) return runRules(graph, base);
  const files = graph.documents.map((d) => d.doc.path);
  const perFile = files.map((f) => rulesFor(f));
  if (perFile.every((active) => active === base)) return runRules(graph, base);

  const runs = new Map<string, { active: ActiveRule; files: Set<string> }>();
  perFile.forEach((active, i) => {
    for (const a of active) {
      const key = `${a.rule.id}\0${a.severity}\0${JSON.stringify(a.options)}`;
      const run = runs.get(key);
      if (run) run.files.add(files[i]!);
      else runs.set(key, { active: a, files: new Set([files[i]!]) });
    }
  });
  const diagnostics: Diagnostic[] = [];
  for (const { active, files: wanted } of runs.values()) {
    for (const d of runRules(graph, [active])) if (wanted.has(d.file)) diagnostics.push(d);
  }
  return diagnostics;
}

/** Whether an absolute path matches globs written relative to the config's directory ("drafts/" is all below it). */
export function configGlobMatcher(patterns: readonly string[], dir: string): (absolute: string) => boolean {
  const match = picomatch(
    patterns.map((f) => (f.endsWith('/') ? `${f}**` : f)),
    { dot: true },
  );
  return (absolute) => match(toPosix(path.relative(dir, absolute)));
}
