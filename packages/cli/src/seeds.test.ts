import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { VERSION, type LintReport, type Range } from '@factlint/core';
import claimsSchema from '@factlint/core/schemas/claims.schema.json' with { type: 'json' };
import lintReportSchema from '@factlint/core/schemas/lint-report.schema.json' with { type: 'json' };
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

/*
 * The real rules on the real seed reports, from the repository root (where
 * factlint.config.json gives their outlets and dates): the output must match
 * the JSON contracts in packages/core/schemas, and every range must point at
 * the right place in its file.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: repoRoot,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

// Union types (["string", "null"]) are standard JSON Schema; ajv's strict mode asks for them to be allowed explicitly.
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
const validateLintReport = ajv.compile(lintReportSchema);
const validateClaims = ajv.compile(claimsSchema);

const texts = new Map<string, string>();
function textOf(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(path.resolve(repoRoot, file), 'utf8');
    texts.set(file, text);
  }
  return text;
}

/** A range is inside its file, and its line and column agree with its offset. */
function expectRangeInFile(file: string, range: Range): void {
  const text = textOf(file);
  expect(range.start.offset).toBeLessThanOrEqual(range.end.offset);
  expect(range.end.offset).toBeLessThanOrEqual(text.length);
  for (const p of [range.start, range.end]) {
    const before = text.slice(0, p.offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    expect(p.line, `${file} offset ${p.offset}`).toBe(before.split(/\r\n|\r|\n/).length);
    expect(p.column, `${file} offset ${p.offset}`).toBe(p.offset - lineStart + 1);
  }
}

describe('lint --format json seeds', () => {
  it('prints a report that matches lint-report.schema.json, with every range in its file', async () => {
    const result = await run(['lint', '--format', 'json', 'seeds']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as LintReport;
    expect(validateLintReport(report), ajv.errorsText(validateLintReport.errors)).toBe(true);
    expect(report.tool).toEqual({ name: 'factlint', version: VERSION });
    expect(report.summary.files).toBe(3); // seeds/README.md describes the folder and is not checked
    expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
    // The seeds disagree ("eat their internal organs" / "eating their organs"): a silent run means a broken pipeline.
    expect(report.diagnostics.length).toBeGreaterThan(0);
    for (const d of report.diagnostics) {
      expectRangeInFile(d.file, d.range);
      for (const r of d.related) expectRangeInFile(r.file, r.range);
      for (const s of d.suggestions) expectRangeInFile(d.file, s.range);
    }
  });

  it('prints the same findings in stylish form', async () => {
    const asJson = JSON.parse((await run(['lint', '--format', 'json', 'seeds'])).stdout) as LintReport;
    const stylish = await run(['lint', 'seeds']);
    const { errors, warnings, infos } = asJson.summary;
    expect(stylish.stdout).toContain(`(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'})`);
    for (const d of asJson.diagnostics) expect(stylish.stdout).toContain(d.ruleId);
  });
});

describe('claims --format json seeds/*', () => {
  it('prints claims that match claims.schema.json, with dates from the config', async () => {
    const result = await run(['claims', '--format', 'json', 'seeds/*']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      documents: { file: string; meta: { published?: string }; claims: { kind: string; range: Range }[] }[];
    };
    expect(validateClaims(report), ajv.errorsText(validateClaims.errors)).toBe(true);
    expect(report.documents.map((d) => d.file)).toEqual([
      'seeds/000_ae8168442a0f2921.txt',
      'seeds/001_1efb61f14035d3f6.txt',
      'seeds/002_bd6a55f66e3d6431.txt',
    ]);
    expect(report.documents.map((d) => d.meta.published)).toEqual(['2013-06-16', '2013-06-16', '2013-06-16']);
    for (const d of report.documents) {
      expect(d.claims.some((c) => c.kind === 'quote')).toBe(true);
      for (const c of d.claims) expectRangeInFile(d.file, c.range);
    }
  });
});

describe('bin/factlint.js', () => {
  it('runs from the build and prints the version', () => {
    const bin = fileURLToPath(new URL('../bin/factlint.js', import.meta.url));
    const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    expect(existsSync(built), 'packages/cli/dist/main.js is missing: run `pnpm build` (tsc -b) first').toBe(true);
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${VERSION}\n`);
    expect(result.status).toBe(0);
  });
});
