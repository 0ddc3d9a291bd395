import path from 'node:path';
import { configDraftMatcher, configInputs, displayPath, inputDirectory, type LoadedConfig } from '@factlint/core';
import { UsageError } from './errors.js';

export interface InputArgs {
  /** Positional paths. */
  paths: readonly string[];
  /** --sources values. */
  sources: readonly string[];
}

export interface Inputs {
  sources: string[];
  drafts: string[];
  /** What the paths are relative to: cwd for the command line, the config's directory for the config. */
  baseDir: string;
  /** For paths given as sources: which of them the config calls drafts. */
  isDraft?: (absolute: string) => boolean;
}

/**
 * Which files to check. With --sources, the positional paths are drafts
 * checked against them; without it, every positional path is a source unless
 * the config lists it under `drafts`. With
 * neither, the config's `sources` and `drafts`; with no config either, there
 * is nothing to check, which is a usage error rather than a silent success.
 */
export function chooseInputs(args: InputArgs, loaded: LoadedConfig, cwd: string): Inputs {
  if (args.sources.length > 0) return { sources: [...args.sources], drafts: [...args.paths], baseDir: cwd };
  if (args.paths.length > 0) {
    const isDraft = configDraftMatcher(loaded);
    return { sources: [...args.paths], drafts: [], baseDir: cwd, ...(isDraft ? { isDraft } : {}) };
  }
  const fromConfig = configInputs(loaded);
  if (fromConfig.sources.length + fromConfig.drafts.length > 0) return fromConfig;
  if (loaded.file) {
    throw new UsageError(`no files to check: give paths, or list "sources" in ${displayPath(loaded.file, cwd)}`);
  }
  throw new UsageError('no files to check: give paths (factlint lint <path>…), or list "sources" in a factlint.config.json');
}

/**
 * The directory every path on the command line lies in, where the config search
 * starts; undefined without paths (the search starts at cwd). A glob counts from
 * its fixed part ("stories/*.md" from stories), a missing path from its parent.
 */
export async function sharedDirectory(args: InputArgs, cwd: string): Promise<string | undefined> {
  const given = [...args.sources, ...args.paths];
  if (given.length === 0) return undefined;
  const dirs = await Promise.all(given.map((p) => inputDirectory(p, cwd)));
  return dirs.reduce(commonAncestor);
}

function commonAncestor(a: string, b: string): string {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join(path.sep) || path.sep;
}
