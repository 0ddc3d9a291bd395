import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIRECTIVE_RULE_ID,
  normaliseForFingerprint,
  UNUSED_DIRECTIVE_RULE_ID,
  type Diagnostic,
  type LintReport,
  type Range,
  type Severity,
} from '@factlint/core';
import type { FormatOptions, RuleDescriptor } from './types.js';

/*
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.
 * packages/cli/test/schemas/sarif-schema-2.1.0.json is the schema the tests
 * validate against. Choices worth knowing:
 *
 * - Paths are relative to the working directory, under `uriBaseId: "%SRCROOT%"`
 *   (whose absolute URI `originalUriBaseIds` gives); a file outside the working
 *   directory, which the report shows absolute, gets a `file://` URI instead.
 * - Columns are factlint's: 1-based UTF-16 code units (`columnKind`), and
 *   `endColumn` is the column after the last character, as SARIF wants it.
 * - `helpUri` must be an absolute URI, and a rule's documentation is a file in
 *   the repository and the @factlint/rules package, so it is named in `help.text`.
 */

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The uriBaseId of every relative path: the directory factlint ran in. */
export const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key; the `/v1` changes if the way it is computed ever does. */
export const FINGERPRINT_KEY = 'factlint/v1';
/** How much of the (whitespace-normalised) message goes into the fingerprint. */
const FINGERPRINT_EXCERPT = 200;

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** The inline-directive checks: not rules in the registry, but results can carry their ids. */
const DIRECTIVE_DESCRIPTORS: readonly { id: string; description: string; level: SarifLevel; help: string }[] = [
  {
    id: DIRECTIVE_RULE_ID,
    description: 'An inline factlint directive names an unknown rule, or gives no reason when the config requires one.',
    level: 'error',
    help: 'Correct the <!-- factlint-… --> comment: name rules that exist, and when requireDirectiveReason is set, give a reason after " -- ". See "Suppressing findings" in factlint\'s README.',
  },
  {
    id: UNUSED_DIRECTIVE_RULE_ID,
    description: 'An inline factlint directive suppresses nothing.',
    level: 'warning',
    help: 'Remove the directive, or correct its rule ids or placement. Its severity is set by the config\'s reportUnusedDirectives or --report-unused-directives. See "Suppressing findings" in factlint\'s README.',
  },
];

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

export interface SarifArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
  description?: { text: string };
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region: SarifRegion;
}

export interface SarifReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  help?: { text: string };
  defaultConfiguration?: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: SarifPhysicalLocation; message: { text: string } }[];
  fixes?: {
    description: { text: string };
    artifactChanges: {
      artifactLocation: SarifArtifactLocation;
      replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
    }[];
  }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: 'factlint'; version: string; rules: SarifReportingDescriptor[] } };
      originalUriBaseIds: Record<string, SarifArtifactLocation>;
      artifacts: { location: SarifArtifactLocation }[];
      results: SarifResult[];
      columnKind: 'utf16CodeUnits';
    },
  ];
}

/** The report as a SARIF log (an object; `formatSarif` prints it). */
export function sarifLog(report: LintReport, options: Pick<FormatOptions, 'cwd' | 'rules'> = {}): SarifLog {
  const rules = driverRules(report.diagnostics, options.rules ?? []);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = new Artifacts();
  const seen = new Map<string, number>();

  const results = report.diagnostics.map((d): SarifResult => {
    const place = (file: string, range: Range): SarifPhysicalLocation => ({ artifactLocation: artifacts.location(file), region: region(range) });
    const result: SarifResult = {
      ruleId: d.ruleId,
      ruleIndex: ruleIndex.get(d.ruleId)!,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: place(d.file, d.range) }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, seen) },
    };
    if (d.related.length > 0) {
      // ids from 1, as in CodeQL's logs; a message could link to one as [text](id).
      result.relatedLocations = d.related.map((r, i) => ({ id: i + 1, physicalLocation: place(r.file, r.range), message: { text: r.message } }));
    }
    if (d.suggestions.length > 0) {
      result.fixes = d.suggestions.map((s) => ({
        description: { text: s.message },
        artifactChanges: [
          { artifactLocation: artifacts.location(d.file), replacements: [{ deletedRegion: region(s.range), insertedContent: { text: s.replacement } }] },
        ],
      }));
    }
    return result;
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'factlint', version: report.tool.version, rules } },
        originalUriBaseIds: {
          [SRCROOT]:
            options.cwd === undefined
              ? { description: { text: 'The directory factlint ran in: relative paths are relative to it.' } }
              : { uri: directoryUri(options.cwd), description: { text: 'The directory factlint ran in.' } },
        },
        artifacts: artifacts.list(),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

/** `lint --format sarif`. */
export function formatSarif(report: LintReport, options: FormatOptions): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

/**
 * `tool.driver.rules`: each rule that produced a result, in registry order,
 * then factlint's directive checks (always), then any other rule id a result
 * carries (a rule the registry passed in does not know), by id alone.
 */
function driverRules(diagnostics: readonly Diagnostic[], registry: readonly RuleDescriptor[]): SarifReportingDescriptor[] {
  const used = new Set(diagnostics.map((d) => d.ruleId));
  const out: SarifReportingDescriptor[] = [];
  for (const rule of registry) {
    if (!used.has(rule.id) || out.some((r) => r.id === rule.id)) continue;
    out.push({
      id: rule.id,
      shortDescription: { text: rule.meta.description },
      help: { text: `${rule.meta.description}\n\nDocumentation: rules/${rule.id}.md in the factlint repository (also in the @factlint/rules package).` },
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    });
  }
  for (const directive of DIRECTIVE_DESCRIPTORS) {
    if (out.some((r) => r.id === directive.id)) continue;
    out.push({
      id: directive.id,
      shortDescription: { text: directive.description },
      help: { text: `${directive.description}\n\n${directive.help}` },
      defaultConfiguration: { level: directive.level },
    });
  }
  for (const id of used) {
    if (!out.some((r) => r.id === id)) out.push({ id });
  }
  return out;
}

/**
 * A stable identity for GitHub code scanning to follow an alert across runs:
 * a hash of the rule id, the file and the start of the message, whitespace
 * normalised, with no line numbers (text added above a finding leaves it
 * alone). Identical findings in one file are told apart by a `:n` occurrence
 * counter in report order, as in GitHub's own primaryLocationLineHash.
 */
function fingerprint(d: Diagnostic, seen: Map<string, number>): string {
  const excerpt = normaliseForFingerprint(d.message).slice(0, FINGERPRINT_EXCERPT);
  const hash = createHash('sha256').update(JSON.stringify([d.ruleId, d.file, excerpt])).digest('hex').slice(0, 32);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

function region(range: Range): SarifRegion {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    charOffset: range.start.offset,
    charLength: range.end.offset - range.start.offset,
  };
}

/** `run.artifacts`, one per file in order of first mention; locations point into it by index. */
class Artifacts {
  private readonly indexes = new Map<string, number>();
  private readonly entries: { location: SarifArtifactLocation }[] = [];

  location(file: string): SarifArtifactLocation {
    let index = this.indexes.get(file);
    if (index === undefined) {
      index = this.entries.length;
      this.indexes.set(file, index);
      this.entries.push({ location: fileLocation(file) });
    }
    return { ...fileLocation(file), index };
  }

  list(): { location: SarifArtifactLocation }[] {
    return this.entries;
  }
}

/**
 * A report path as a URI: relative (POSIX, each segment percent-encoded, so
 * "a b.txt" and "notes:1.md" stay one relative reference) under %SRCROOT%,
 * or a file:// URI for an absolute path.
 */
export function fileLocation(file: string): SarifArtifactLocation {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF wants a base URI to end with a slash. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
