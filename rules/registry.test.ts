import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDocUrl, rules } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('has no doc URL for an id that is not a rule', () => {
    expect(ruleDocUrl('factlint/directive')).toBeUndefined();
    expect(ruleDocUrl('../README')).toBeUndefined();
  });

  it('registers every rule module, and only those', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  for (const id of ruleFiles) {
    describe(id, () => {
      const rule = rules.find((r) => r.id === id);

      it('has an id in kebab-case <claim>-<defect> form matching its file name', () => {
        expect(rule?.id).toBe(id);
        expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      });

      it('links its doc by file URL, for editors', () => {
        expect(ruleDocUrl(id)).toBe(pathToFileURL(join(here, `${id}.md`)).href);
      });

      it('has a test file beside it', () => {
        expect(existsSync(join(here, `${id}.test.ts`))).toBe(true);
      });

      it('has a doc beside it that names the rule, its severity and every option', () => {
        const path = join(here, `${id}.md`);
        expect(existsSync(path)).toBe(true);
        const doc = readFileSync(path, 'utf8');
        expect(doc.startsWith(`# ${id}\n`)).toBe(true);
        expect(doc).toContain(`**Default severity:** ${rule!.meta.defaultSeverity}`);
        for (const option of Object.keys(rule!.meta.options)) expect(doc).toContain(`\`${option}\``);
      });

      it('declares every option with a default of its own type', () => {
        for (const [name, o] of Object.entries(rule!.meta.options)) {
          const type = o.type === 'integer' ? 'number' : o.type;
          expect(typeof o.default, `${id}.${name}`).toBe(type);
          expect(o.description.length, `${id}.${name} description`).toBeGreaterThan(10);
        }
      });
    });
  }
});
