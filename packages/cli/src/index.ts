export { main } from './main.js';
export type { CliIo, OutputStream } from './io.js';
export {
  formatStylish,
  formatJson,
  formatClaimsText,
  lintFormatters,
  claimsFormatters,
  type FormatOptions,
  type FormatName,
} from './formatters/index.js';
