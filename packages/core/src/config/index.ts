export {
  loadConfig,
  configDocumentMeta,
  configDraftMatcher,
  configInputs,
  configLintOptions,
  type ConfigLintOverrides,
  type FactlintConfig,
  type LoadConfigOptions,
  type LoadedConfig,
} from './load.js';
export { findConfig, CONFIG_FILE_NAME } from './find.js';
export { ConfigError, type ConfigProblem } from './errors.js';
export { readSchema, type SchemaName } from './schema.js';
export { configGlobMatcher, rulesForFile, runRulesByPath, validateOverrides, type ConfigOverride, type RulesForFile } from './overrides.js';
