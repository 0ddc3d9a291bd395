import type { ClaimsReport, LintReport } from '@factlint/core';
import { formatClaimsText } from './claims-text.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { FormatOptions } from './types.js';

export type { FormatOptions } from './types.js';
export { formatStylish, formatJson, formatClaimsText };

export type LintFormatter = (report: LintReport, options: FormatOptions) => string;
export type ClaimsFormatter = (report: ClaimsReport, options: FormatOptions) => string;

/** `lint --format <name>`. */
export const lintFormatters = {
  stylish: formatStylish,
  json: formatJson,
} satisfies Record<string, LintFormatter>;

/** `claims --format <name>`: "stylish" is the human-readable listing. */
export const claimsFormatters = {
  stylish: formatClaimsText,
  json: formatJson,
} satisfies Record<string, ClaimsFormatter>;

export type FormatName = keyof typeof lintFormatters & keyof typeof claimsFormatters;
export const FORMAT_NAMES = Object.keys(lintFormatters) as FormatName[];
