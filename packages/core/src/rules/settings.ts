import { Ajv } from 'ajv';
import type { Severity } from '../model/index.js';
import type { OptionsSchema, Rule, RuleSetting } from './rule.js';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A problem with the `rules` section of a config; `path` is a JSON path such as `/rules/single-source/1/minSources`. */
export class RuleSettingError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'RuleSettingError';
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true });

export function optionsJsonSchema(options: OptionsSchema): object {
  return { type: 'object', properties: options, additionalProperties: false };
}

const validators = new WeakMap<Rule, ReturnType<typeof ajv.compile>>();
function validatorFor(rule: Rule) {
  let v = validators.get(rule);
  if (!v) {
    v = ajv.compile(optionsJsonSchema(rule.meta.options));
    validators.set(rule, v);
  }
  return v;
}

/**
 * Turns the config's `rules` section into the rules to run, with severities
 * and validated options (defaults filled in). Unknown rule ids are errors:
 * a typo must not silently switch a check off.
 */
export function resolveRuleSettings(
  rules: readonly Rule[],
  settings: Record<string, RuleSetting> = {},
  basePath = '/rules',
): ActiveRule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) {
      const known = [...byId.keys()].sort().join(', ');
      throw new RuleSettingError(`unknown rule "${id}" (known rules: ${known})`, `${basePath}/${id}`);
    }
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    let severity: string = rule.meta.defaultSeverity;
    let given: Record<string, unknown> = {};
    if (Array.isArray(setting)) {
      severity = setting[0] as string;
      given = { ...(setting[1] ?? {}) };
    } else if (setting !== undefined) {
      severity = setting;
    }
    if (!SEVERITIES.has(severity)) {
      throw new RuleSettingError(
        `severity must be one of "error", "warning", "info", "off"; got ${JSON.stringify(severity)}`,
        `${basePath}/${rule.id}${Array.isArray(setting) ? '/0' : ''}`,
      );
    }
    const validate = validatorFor(rule);
    if (!validate(given)) {
      const e = validate.errors?.[0];
      const where = e?.instancePath || (e?.params && 'additionalProperty' in e.params ? `/${String(e.params.additionalProperty)}` : '');
      const what = e?.keyword === 'additionalProperties' ? `is not an option of ${rule.id}` : (e?.message ?? 'is invalid');
      throw new RuleSettingError(`option ${where.slice(1) || '(options)'} ${what}`, `${basePath}/${rule.id}/1${where}`);
    }
    if (severity === 'off') continue;
    active.push({ rule, severity: severity as Severity, options: given });
  }
  return active;
}
