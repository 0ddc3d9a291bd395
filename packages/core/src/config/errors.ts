/** One thing wrong in a config file: where (a JSON pointer and, when known, line and column) and what was expected. */
export interface ConfigProblem {
  /** JSON pointer into the config ("/rules/single-source/1/minSources"); "" for the whole document. */
  pointer: string;
  message: string;
  /** 'key' when the key itself is wrong (an unknown property or rule id): its position is the key's, not the value's. */
  at?: 'key' | 'value';
  line?: number;
  column?: number;
}

/**
 * A config that cannot be used: unreadable, not JSON, or not a valid config.
 * The message names the file, each problem's JSON pointer and line, and what
 * was expected, one problem per line, ready to print as it is.
 */
export class ConfigError extends Error {
  constructor(
    /** The config file as shown to the user. */
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'ConfigError';
  }
}

function formatProblem(file: string, p: ConfigProblem): string {
  const where = p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return p.pointer === '' ? `${where}: ${p.message}` : `${where}: ${p.pointer}: ${p.message}`;
}

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
