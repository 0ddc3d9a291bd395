import path from 'node:path';

/** Extensions taken when a directory or glob is expanded. A file named explicitly is read whatever its extension. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.text'];

export function hasTextExtension(file: string): boolean {
  return TEXT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Converts platform separators to `/`, so paths in reports are the same on every OS. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * The path shown to users: relative to `cwd` (with `/` separators) when the
 * file lies inside it, otherwise absolute. Relative paths keep reports stable
 * across checkouts; absolute ones avoid a misleading chain of `../`.
 */
export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    return toPosix(absolute);
  }
  return toPosix(rel);
}

/** Code-point order, not localeCompare: the order must not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
