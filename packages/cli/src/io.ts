/** The slice of a stream the CLI writes to; process.stdout fits, and so does a test's string buffer. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Everything the CLI reads from or writes to its process, so tests can run it in-process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/**
 * Whether to colour output written to `stream`: --color/--no-color first,
 * then NO_COLOR (no-color.org: set and not empty), then FORCE_COLOR (any
 * value but "0"/"false"), then whether the stream is a terminal that can.
 */
export function colorEnabled(flag: boolean | undefined, stream: OutputStream, env: CliIo['env']): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
