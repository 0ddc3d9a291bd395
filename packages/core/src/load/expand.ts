import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileError } from '../model/index.js';
import { describeSystemError } from './errors.js';
import { compareStrings, hasTextExtension, TEXT_EXTENSIONS } from './paths.js';

export interface Expansion {
  /** Absolute paths, sorted, for a directory or glob; the one file for a file. */
  files: string[];
  error?: FileError;
}

const EXTENSION_LIST = TEXT_EXTENSIONS.join(', ');
/**
 * Never copy: node_modules, and a folder's README (it describes the folder:
 * `factlint lint seeds` must not check seeds/README.md as a fourth report).
 * Dot-folders (.git, .cache) are tool state; tinyglobby's `dot: false` skips them.
 * A file named explicitly is always read, README or not.
 */
const IGNORE = ['**/node_modules/**', '**/[Rr][Ee][Aa][Dd][Mm][Ee].*'];

/**
 * One input (a file, a directory or a glob, relative to `baseDir`) becomes the
 * files it names. An existing path wins over a glob reading, so a file called
 * `[draft].md` is still found. Nothing found is an error naming the input.
 */
export async function expandInput(input: string, baseDir: string): Promise<Expansion> {
  const absolute = path.resolve(baseDir, input);
  let stats;
  try {
    stats = await stat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input)) {
      return expandGlob(input, baseDir);
    }
    return { files: [], error: { file: input, message: describeSystemError(error) } };
  }
  if (stats.isDirectory()) return expandDirectory(input, absolute);
  return { files: [absolute] };
}

async function expandDirectory(input: string, dir: string): Promise<Expansion> {
  const found = await glob([`**/*.{${TEXT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`], {
    cwd: dir,
    absolute: true,
    dot: false,
    ignore: IGNORE,
    onlyFiles: true,
    caseSensitiveMatch: false,
  });
  const files = sortPaths(found);
  if (files.length === 0) {
    return { files, error: { file: input, message: `directory contains no ${EXTENSION_LIST} files` } };
  }
  return { files };
}

async function expandGlob(pattern: string, baseDir: string): Promise<Expansion> {
  const found = await glob([pattern], { cwd: baseDir, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true });
  // A glob, like a directory, contributes only text files: `story/*` must not pull in the photos.
  const files = sortPaths(found.filter(hasTextExtension));
  if (files.length === 0) {
    const message =
      found.length === 0 ? 'no files match this pattern' : `pattern matches no ${EXTENSION_LIST} files`;
    return { files, error: { file: pattern, message } };
  }
  return { files };
}

function sortPaths(files: readonly string[]): string[] {
  return files.map((f) => path.resolve(f)).sort(compareStrings);
}

/**
 * The directory an input names or lies in, absolute: a directory itself, a file's folder,
 * a glob's fixed part ("stories/*.md" → stories), a missing path's parent.
 */
export async function inputDirectory(input: string, cwd: string): Promise<string> {
  const fixed = isDynamicPattern(input) ? picomatch.scan(input).base : input;
  const resolved = path.resolve(cwd, fixed === '' ? '.' : fixed);
  if (fixed !== input) return resolved;
  try {
    return (await stat(resolved)).isDirectory() ? resolved : path.dirname(resolved);
  } catch {
    return path.dirname(resolved); // reported as a missing file later, by the loader
  }
}
