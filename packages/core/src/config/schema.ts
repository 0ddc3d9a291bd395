import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ConfigProblem } from './errors.js';
import { pointerSegment } from './errors.js';

export type SchemaName = 'config' | 'lint-report' | 'claims' | 'baseline';

/**
 * Reads a JSON Schema shipped in packages/core/schemas. The path is the same
 * from src/config (tests) and dist/config (the build), and the schema files
 * stay the one definition that editors, docs and the code all read.
 */
export function readSchema(name: SchemaName): Record<string, unknown> {
  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

const validators = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let validator = validators.get(name);
  if (!validator) {
    // verbose: errors carry their parentSchema, whose `title` phrases what was expected.
    const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
    addFormats.default(ajv, ['uri']);
    validator = ajv.compile(readSchema(name));
    validators.set(name, validator);
  }
  return validator;
}

/** Validates a parsed JSON document against one of the shipped schemas; problems carry JSON pointers but no lines yet. */
export function schemaProblems(name: SchemaName, value: unknown): ConfigProblem[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return describe(validate.errors ?? []);
}

/** Validates a parsed config against config.schema.json. */
export function configSchemaProblems(value: unknown): ConfigProblem[] {
  return schemaProblems('config', value);
}

/**
 * Ajv reports every failed branch of an `anyOf`: for `"warn"` as a rule
 * setting that is "must be equal to one of the allowed values", "must be
 * array" and "must match a schema in anyOf". Users need one sentence: keep a
 * branch's deeper errors when there are some (the array was right but its
 * first item was not), otherwise the anyOf with its schema's title.
 */
function describe(errors: readonly ErrorObject[]): ConfigProblem[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const kept = errors.filter((e) => {
    for (const alt of alternatives) {
      if (e === alt) {
        return !errors.some((d) => d.instancePath.startsWith(`${alt.instancePath}/`));
      }
      if (e.instancePath === alt.instancePath) return false;
    }
    return true;
  });
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const problem = toProblem(e);
    const key = `${problem.pointer}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function toProblem(e: ErrorObject): ConfigProblem {
  const parent = (e.parentSchema ?? {}) as { title?: string; properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      return {
        pointer: `${e.instancePath}/${pointerSegment(name)}`,
        at: 'key',
        message: `unknown property "${name}"${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`,
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return { pointer: e.instancePath, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` };
    }
    case 'type': {
      const type = String((e.params as { type: string }).type);
      return { pointer: e.instancePath, message: `must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type.replace(',', ' or ')}` };
    }
    case 'minLength':
    case 'minItems':
      return { pointer: e.instancePath, message: 'must not be empty' };
    case 'required': {
      const name = String((e.params as { missingProperty: string }).missingProperty);
      return { pointer: e.instancePath, message: `must have the property "${name}"` };
    }
    default:
      return { pointer: e.instancePath, message: parent.title ? `must be ${parent.title}` : (e.message ?? 'is invalid') };
  }
}
