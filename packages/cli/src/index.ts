export { main } from './main.js';
export type { CliIo, OutputStream } from './io.js';
export {
  formatStylish,
  formatJson,
  formatClaimsText,
  formatSarif,
  formatGithub,
  sarifLog,
  lintFormatters,
  claimsFormatters,
  type FormatOptions,
  type FormatName,
  type LintFormatName,
  type ClaimsFormatName,
  type RuleDescriptor,
  type SarifLog,
} from './formatters/index.js';
