import { existsSync } from 'node:fs';
import type { Rule } from '@factlint/core';
import quoteMisattribution from './quote-misattribution.js';
import quoteMismatch from './quote-mismatch.js';
import quoteUnsupported from './quote-unsupported.js';
import singleSource from './single-source.js';
import numberMismatch from './number-mismatch.js';
import dateMismatch from './date-mismatch.js';
import placeMismatch from './place-mismatch.js';
import nameMismatch from './name-mismatch.js';

/** The built-in rules. Ids are a contract: they never change once released. */
export const rules: Rule[] = [
  quoteMismatch as unknown as Rule,
  quoteMisattribution as unknown as Rule,
  quoteUnsupported as unknown as Rule,
  singleSource as unknown as Rule,
  numberMismatch as unknown as Rule,
  dateMismatch as unknown as Rule,
  placeMismatch as unknown as Rule,
  nameMismatch as unknown as Rule,
];

export const ruleIds = rules.map((r) => r.id);

/**
 * The `file:` URL of a rule's documentation, `<id>.md`, which the package
 * ships beside its build (`dist/../<id>.md`); undefined for an id that is not
 * a built-in rule or whose doc is not installed. Editors link diagnostics to it.
 */
export function ruleDocUrl(id: string): string | undefined {
  if (!ruleIds.includes(id)) return undefined;
  // From the build (rules/dist/index.js) the docs are one folder up; from the sources (tests), beside this file.
  for (const folder of ['../', './']) {
    const url = new URL(`${folder}${id}.md`, import.meta.url);
    if (existsSync(url)) return url.href;
  }
  return undefined;
}
