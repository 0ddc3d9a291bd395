export {
  loadConfig,
  configDocumentMeta,
  type FactlintConfig,
  type LoadConfigOptions,
  type LoadedConfig,
} from './load.js';
export { findConfig, CONFIG_FILE_NAME } from './find.js';
export { ConfigError, type ConfigProblem } from './errors.js';
export { readSchema } from './schema.js';
