import type { Token } from './index.js';

/**
 * Index of the first token whose start is at or after `offset` (tokens are in text
 * order): the one lookup from a character offset to the token list that every stage
 * after analyse, and the rules, need.
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
