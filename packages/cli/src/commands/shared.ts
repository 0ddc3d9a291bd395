import {
  configDocumentMeta,
  loadConfig,
  loadDocuments,
  type FileError,
  type LoadedConfig,
  type SourceDocument,
} from '@factlint/core';
import { rules } from '@factlint/rules';
import type { FormatName } from '../formatters/index.js';
import { chooseInputs, sharedDirectory } from '../inputs.js';
import type { CliIo } from '../io.js';

/** Arguments every command takes; `F`: the command's output formats. */
export interface CommonArgs<F extends string = FormatName> {
  paths: string[];
  sources: string[];
  config: string | undefined;
  /** --color / --no-color; undefined leaves it to NO_COLOR, FORCE_COLOR and the terminal. */
  color: boolean | undefined;
  format: F;
}

export interface Prepared {
  loaded: LoadedConfig;
  documents: SourceDocument[];
  fileErrors: FileError[];
}

/**
 * Config, then inputs, then documents. Files that cannot be read are reported
 * on stderr here, one line each naming the file, and the rest go on: one bad
 * file must not hide what the others say. Files read with a warning (front
 * matter that is not quite YAML) are linted; the warning goes to stderr. Throws ConfigError and UsageError.
 */
export async function prepare(args: CommonArgs<string>, io: CliIo): Promise<Prepared> {
  const searchFrom = await sharedDirectory(args, io.cwd);
  const loaded = await loadConfig({ cwd: io.cwd, configPath: args.config, rules, ...(searchFrom ? { searchFrom } : {}) });
  const inputs = chooseInputs(args, loaded, io.cwd);
  const { documents, errors, warnings } = await loadDocuments({ ...inputs, cwd: io.cwd, meta: configDocumentMeta(loaded) });
  for (const e of errors) io.stderr.write(`factlint: ${e.file}: ${e.message}\n`);
  for (const w of warnings) io.stderr.write(`factlint: ${w.file}: warning: ${w.message}\n`);
  return { loaded, documents, fileErrors: errors };
}
