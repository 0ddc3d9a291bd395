import path from 'node:path';
import {
  ConfigError,
  configDocumentMeta,
  configInputs,
  configLintOptions,
  findConfig,
  lint,
  loadConfig,
  loadDocuments,
  readDefaultBaseline,
  type Diagnostic,
  type FileError,
} from '@factlint/core';
import { ruleDocUrl, rules } from '@factlint/rules';
import { canonical } from './paths.js';

/*
 * The factlint side of the language server: everything that needs the
 * pipeline. It runs in a worker thread (see linter.ts), so it takes and
 * returns plain data that survives structured cloning, and every path in and
 * out is absolute.
 */

export interface ProjectRequest {
  /** Absolute path of the project's factlint.config.json. */
  configFile: string;
  /** What paths in messages are shown relative to: the workspace folder holding the config. */
  cwd: string;
  /** The open documents' unsaved texts, by absolute path, in place of the files on disk. */
  overlay: [file: string, text: string][];
}

export type ProjectResult =
  | {
      status: 'ok';
      /** Real paths of the project's documents (sources and drafts) that were read. */
      files: string[];
      /** The lint report's diagnostics, with each `file` (and each related `file`) a real path. */
      diagnostics: Diagnostic[];
      /** Inputs that named nothing and files that could not be read; the rest were linted. */
      fileErrors: FileError[];
      /** Files linted despite a problem worth telling (front matter read leniently). */
      fileWarnings: FileError[];
      /** The config's `requireDirectiveReason`: a disabling directive written for the user needs a reason. */
      requireDirectiveReason: boolean;
    }
  /** The config or the baseline beside it cannot be used; `message` names the file and each problem. */
  | { status: 'config-error'; message: string }
  /** The config lists no `sources` or `drafts`: there is no project to lint. */
  | { status: 'no-inputs' };

/** The nearest factlint.config.json above `file` (absolute), as the CLI finds it from a working directory. */
export function findProject(file: string): Promise<string | undefined> {
  return findConfig(path.dirname(file));
}

/**
 * Lints the project a config describes, as `factlint lint` does with no paths:
 * the config's sources and drafts, its rules, overrides and directive settings,
 * and the baseline beside it when there is one. Config and baseline problems
 * come back as a result; anything else thrown is a bug.
 */
export async function lintProject(request: ProjectRequest): Promise<ProjectResult> {
  const { configFile, cwd } = request;
  let loaded;
  let baseline;
  try {
    loaded = await loadConfig({ cwd, configPath: configFile, rules });
    baseline = await readDefaultBaseline(loaded.dir, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return { status: 'config-error', message: error.message }; // BaselineError too
    throw error;
  }
  const inputs = configInputs(loaded);
  if (inputs.sources.length + inputs.drafts.length === 0) return { status: 'no-inputs' };

  const { documents, errors, warnings } = await loadDocuments({
    ...inputs,
    cwd,
    meta: configDocumentMeta(loaded),
    overlay: new Map(request.overlay),
  });
  const requireDirectiveReason = loaded.config.requireDirectiveReason ?? false;
  if (documents.length === 0) return { status: 'ok', files: [], diagnostics: [], fileErrors: errors, fileWarnings: warnings, requireDirectiveReason };

  const { report } = lint(documents, loaded.activeRules, configLintOptions(loaded, { baseline }));
  const real = new Map<string, string>();
  for (const doc of documents) real.set(doc.path, await canonical(path.resolve(cwd, doc.path)));
  const absolute = (file: string) => real.get(file) ?? path.resolve(cwd, file);
  const diagnostics = report.diagnostics.map((d) => ({
    ...d,
    file: absolute(d.file),
    related: d.related.map((r) => ({ ...r, file: absolute(r.file) })),
  }));
  return { status: 'ok', files: [...real.values()], diagnostics, fileErrors: errors, fileWarnings: warnings, requireDirectiveReason };
}

/** Each rule's doc URL (`file:` URL of rules/<id>.md), for diagnostics' `codeDescription`. */
export function ruleDocs(): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const rule of rules) {
    const url = ruleDocUrl(rule.id);
    if (url) docs[rule.id] = url;
  }
  return docs;
}
