import type { Span, Token } from '../model/index.js';

/** Index of the first token whose start is at or after `offset` (tokens are in text order). */
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each token, 1 when its start lies inside one of the spans (`start <= t.start < end`):
 * a lookup per token instead of a scan of every span.
 */
export function tokensStartingIn(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let i = firstAtOrAfter(tokens, s.start); i < tokens.length && tokens[i]!.span.start < s.end; i++) flags[i] = 1;
  }
  return flags;
}

/** For each token, 1 when it lies wholly inside one of the spans (`start <= t.start && t.end <= end`). */
export function tokensWithin(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let i = firstAtOrAfter(tokens, s.start); i < tokens.length && tokens[i]!.span.start <= s.end; i++) {
      if (tokens[i]!.span.end <= s.end) flags[i] = 1;
    }
  }
  return flags;
}
