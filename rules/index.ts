import type { Rule } from '@factlint/core';
import quoteMisattribution from './quote-misattribution.js';
import quoteMismatch from './quote-mismatch.js';
import quoteUnsupported from './quote-unsupported.js';
import singleSource from './single-source.js';

/** The built-in rules. Ids are a contract: they never change once released. */
export const rules: Rule[] = [
  quoteMismatch as unknown as Rule,
  quoteMisattribution as unknown as Rule,
  quoteUnsupported as unknown as Rule,
  singleSource as unknown as Rule,
];

export const ruleIds = rules.map((r) => r.id);
