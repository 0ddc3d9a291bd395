import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, LintReport, Range } from '../model/index.js';
import { ConfigError, type ConfigProblem } from '../config/errors.js';
import { JsonSyntaxError, parseJson } from '../config/json.js';
import { schemaProblems } from '../config/schema.js';
import { describeSystemError } from '../load/errors.js';
import { displayPath, toPosix } from '../load/paths.js';
import { summarise } from '../report/summary.js';

export const BASELINE_FILE_NAME = 'factlint-baseline.json';

/** One accepted finding, as baseline.schema.json describes it. */
export interface BaselineFinding {
  ruleId: string;
  /** Relative to the baseline file's directory, with / separators. */
  file: string;
  /** First 16 hex digits of the SHA-256 of the normalised primary text and related texts. */
  hash: string;
  /** 1 for the first finding with this rule, file and hash in report order, 2 for the second… */
  occurrence: number;
  /** The start of the primary text, for people reviewing the file; not matched. */
  excerpt?: string;
}

/** The content of factlint-baseline.json. */
export interface BaselineData {
  $schema?: string;
  version: 1;
  findings: BaselineFinding[];
}

/** A baseline with where it lives: its findings' paths are relative to `file`'s directory. */
export interface Baseline {
  /** Absolute path of the baseline file. */
  file: string;
  /** The directory the report's file paths are relative to (the `cwd` documents were loaded with). */
  cwd: string;
  data: BaselineData;
}

/** The texts the fingerprints are taken from: each document by the path the report shows. */
export type DocumentTexts = readonly { doc: { path: string; text: string } }[];

/** A baseline file that cannot be read or is not valid; exits 2 like a bad config. */
export class BaselineError extends ConfigError {
  constructor(file: string, problems: readonly ConfigProblem[]) {
    super(file, problems);
    this.name = 'BaselineError';
  }
}

/** The default baseline: factlint-baseline.json in `dir` (the config's directory, or cwd without a config). */
export function defaultBaselinePath(dir: string): string {
  return path.join(dir, BASELINE_FILE_NAME);
}

/**
 * The default baseline (factlint-baseline.json in `dir`, the config's
 * directory), read and validated, or undefined when there is no such file.
 * A file that exists but is not a valid baseline throws a BaselineError.
 */
export async function readDefaultBaseline(dir: string, cwd: string): Promise<Baseline | undefined> {
  const file = defaultBaselinePath(dir);
  return existsSync(file) ? readBaseline(file, cwd) : undefined;
}

/** Whitespace-insensitive text: reflowing a paragraph must not invalidate the baseline. */
export function normaliseForFingerprint(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

interface Fingerprinted {
  diagnostic: Diagnostic;
  finding: BaselineFinding;
}

/**
 * Content fingerprints of the report's diagnostics, in report order: rule id,
 * file (relative to `dir`), a hash of the normalised text at the primary range
 * and of the texts at the related ranges (the evidence of cross-source rules),
 * and an occurrence counter for identical findings. No line numbers, so edits
 * elsewhere in a file leave the fingerprints alone.
 */
function fingerprint(diagnostics: readonly Diagnostic[], documents: DocumentTexts, dir: string, cwd: string): Fingerprinted[] {
  const texts = new Map(documents.map((d) => [d.doc.path, d.doc.text]));
  const textAt = (file: string, range: Range) => normaliseForFingerprint((texts.get(file) ?? '').slice(range.start.offset, range.end.offset));
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const primary = textAt(diagnostic.file, diagnostic.range);
    const related = [...new Set(diagnostic.related.map((r) => textAt(r.file, r.range)))].sort();
    const hash = createHash('sha256').update(JSON.stringify([primary, related])).digest('hex').slice(0, 16);
    const file = toPosix(path.relative(dir, path.resolve(cwd, diagnostic.file)));
    const key = `${diagnostic.ruleId}\0${file}\0${hash}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const excerpt = primary.length > 60 ? `${primary.slice(0, 59)}…` : primary;
    return { diagnostic, finding: { ruleId: diagnostic.ruleId, file, hash, occurrence, ...(excerpt ? { excerpt } : {}) } };
  });
}

const keyOf = (f: BaselineFinding) => `${f.ruleId}\0${f.file}\0${f.hash}\0${f.occurrence}`;

/**
 * A baseline accepting every finding of `report` (whose diagnostics must be
 * in report order, as lint() returns them), to be written to `file`.
 */
export function createBaseline(report: LintReport, documents: DocumentTexts, target: { file: string; cwd: string }): BaselineData {
  const findings = fingerprint(report.diagnostics, documents, path.dirname(path.resolve(target.cwd, target.file)), target.cwd).map((f) => f.finding);
  // Sorted by content, not position, so the file diffs cleanly when text moves.
  findings.sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.hash, b.hash) || a.occurrence - b.occurrence);
  return { version: 1, findings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The report without the findings the baseline accepts; the summary is
 * recounted, with `baselined` (findings left out) and `staleBaseline`
 * (entries that matched nothing).
 */
export function applyBaseline(report: LintReport, documents: DocumentTexts, baseline: Baseline): LintReport {
  const accepted = new Set(baseline.data.findings.map(keyOf));
  const matched = new Set<string>();
  const kept: Diagnostic[] = [];
  for (const { diagnostic, finding } of fingerprint(report.diagnostics, documents, path.dirname(baseline.file), baseline.cwd)) {
    const key = keyOf(finding);
    if (accepted.has(key)) matched.add(key);
    else kept.push(diagnostic);
  }
  const summary = {
    ...summarise(kept, report.summary.files),
    ...(report.summary.suppressed !== undefined ? { suppressed: report.summary.suppressed } : {}),
    baselined: report.diagnostics.length - kept.length,
    staleBaseline: accepted.size - matched.size,
  };
  return { ...report, diagnostics: kept, summary };
}

/**
 * Reads and validates a baseline file (`file` absolute or relative to `cwd`).
 * A missing, unreadable, non-JSON or invalid file throws a BaselineError
 * naming the file, and the line and JSON pointer of each problem.
 */
export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  const absolute = path.resolve(cwd, file);
  const shown = displayPath(absolute, cwd);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new BaselineError(shown, [{ pointer: '', message: `cannot read baseline: ${describeSystemError(error)}` }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json;
  try {
    json = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new BaselineError(shown, [{ pointer: '', message: `invalid JSON: ${error.message}`, line: error.line, column: error.column }]);
  }
  const problems = schemaProblems('baseline', json.value).map((p) => ({ ...p, ...json.locate(p.pointer, p.at) }));
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new BaselineError(shown, [{ pointer: '', message: 'not a valid factlint baseline (write a new one with factlint lint --write-baseline)' }, ...problems]);
  }
  return { file: absolute, cwd, data: json.value as BaselineData };
}

/** Writes the baseline as indented JSON, through a temporary file so a reader never sees half of it. */
export async function writeBaseline(baseline: Baseline): Promise<void> {
  const temporary = `${baseline.file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(baseline.file), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(baseline.data, null, 2)}\n`);
    await rename(temporary, baseline.file);
  } catch (error) {
    throw new BaselineError(displayPath(baseline.file, baseline.cwd), [{ pointer: '', message: `cannot write baseline: ${describeSystemError(error)}` }]);
  }
}
