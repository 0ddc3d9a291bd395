export {
  applyDirectives,
  DIRECTIVE_RULE_ID,
  UNUSED_DIRECTIVE_RULE_ID,
  type DirectiveOptions,
  type DirectiveResult,
} from './directives.js';
export {
  applyBaseline,
  createBaseline,
  readBaseline,
  readDefaultBaseline,
  writeBaseline,
  defaultBaselinePath,
  normaliseForFingerprint,
  BaselineError,
  BASELINE_FILE_NAME,
  type Baseline,
  type BaselineData,
  type BaselineFinding,
  type DocumentTexts,
} from './baseline.js';
