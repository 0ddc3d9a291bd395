import { stat } from 'node:fs/promises';
import path from 'node:path';

export const CONFIG_FILE_NAME = 'factlint.config.json';

/** The nearest factlint.config.json in `cwd` or above it, as an absolute path; undefined when there is none. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false; // missing or unreachable: keep walking up, as a missing file would
  }
}
