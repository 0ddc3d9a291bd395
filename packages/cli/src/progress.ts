import type { OutputStream } from './io.js';

/** Below this many documents a run is quick enough that a status line would only flicker. */
export const PROGRESS_THRESHOLD = 50;

/**
 * A one-line status on stderr while a long run works, erased when it ends.
 * Only on a terminal: in CI logs and pipes it would be noise. lint() runs the
 * pipeline in one synchronous call, so this says what is happening rather
 * than counting files done.
 */
export function startProgress(stderr: OutputStream, documents: number, what: string): () => void {
  if (!stderr.isTTY || documents <= PROGRESS_THRESHOLD) return () => {};
  stderr.write(`factlint: ${what} ${documents} documents…`);
  return () => stderr.write('\r\x1b[K');
}
