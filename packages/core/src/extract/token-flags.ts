import type { Span, Token } from '../model/index.js';
import { tokenIndexAt } from '../model/tokens.js';


/**
 * For each token, 1 when its start lies inside one of the spans (`start <= t.start < end`):
 * a lookup per token instead of a scan of every span.
 */
export function tokensStartingIn(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let i = tokenIndexAt(tokens, s.start); i < tokens.length && tokens[i]!.span.start < s.end; i++) flags[i] = 1;
  }
  return flags;
}

/** For each token, 1 when it lies wholly inside one of the spans (`start <= t.start && t.end <= end`). */
export function tokensWithin(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let i = tokenIndexAt(tokens, s.start); i < tokens.length && tokens[i]!.span.start <= s.end; i++) {
      if (tokens[i]!.span.end <= s.end) flags[i] = 1;
    }
  }
  return flags;
}
