import { configInputs, displayPath, type LoadedConfig } from '@factlint/core';
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
}

/**
 * Which files to check. With --sources, the positional paths are drafts
 * checked against them; without it, every positional path is a source. With
 * neither, the config's `sources` and `drafts`; with no config either, there
 * is nothing to check, which is a usage error rather than a silent success.
 */
export function chooseInputs(args: InputArgs, loaded: LoadedConfig, cwd: string): Inputs {
  if (args.sources.length > 0) return { sources: [...args.sources], drafts: [...args.paths], baseDir: cwd };
  if (args.paths.length > 0) return { sources: [...args.paths], drafts: [], baseDir: cwd };
  const fromConfig = configInputs(loaded);
  if (fromConfig.sources.length + fromConfig.drafts.length > 0) return fromConfig;
  if (loaded.file) {
    throw new UsageError(`no files to check: give paths, or list "sources" in ${displayPath(loaded.file, cwd)}`);
  }
  throw new UsageError('no files to check: give paths (factlint lint <path>…), or list "sources" in a factlint.config.json');
}
