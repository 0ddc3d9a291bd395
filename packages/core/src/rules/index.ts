export * from './rule.js';
export { resolveRuleSettings, optionsJsonSchema, RuleSettingError, type ActiveRule } from './settings.js';
export { runRules } from './engine.js';
