import type { ClaimsReport, LintReport } from '@factlint/core';
import { formatClaimsText } from './claims-text.js';
import { formatGithub } from './github.js';
import { diffToHtml, formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatSarif, sarifLog } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatOptions } from './types.js';

export type { FormatOptions, RuleDescriptor } from './types.js';
export type { SarifLog } from './sarif.js';
export { formatStylish, formatJson, formatClaimsText, formatSarif, formatGithub, formatHtml, diffToHtml, sarifLog };

export type LintFormatter = (report: LintReport, options: FormatOptions) => string;
export type ClaimsFormatter = (report: ClaimsReport, options: FormatOptions) => string;

/** `lint --format <name>`. */
export const lintFormatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
} satisfies Record<string, LintFormatter>;

/** `claims --format <name>`: "stylish" is the human-readable listing. */
export const claimsFormatters = {
  stylish: formatClaimsText,
  json: formatJson,
} satisfies Record<string, ClaimsFormatter>;

export type LintFormatName = keyof typeof lintFormatters;
export type ClaimsFormatName = keyof typeof claimsFormatters;
/** The formats every command has. */
export type FormatName = LintFormatName & ClaimsFormatName;
export const LINT_FORMAT_NAMES = Object.keys(lintFormatters) as LintFormatName[];
export const CLAIMS_FORMAT_NAMES = Object.keys(claimsFormatters) as ClaimsFormatName[];
