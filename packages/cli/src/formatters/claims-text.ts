import type { ClaimsReport } from '@factlint/core';
import { createColors } from 'picocolors';
import type { FormatOptions } from './types.js';
import { oneLine, pad, plural, truncate } from './text.js';

type Claim = ClaimsReport['documents'][number]['claims'][number];

/** Long quotes and facts are cut in the listing; `--format json` has them whole. */
const MAX_TEXT = 100;

/**
 * `factlint claims` for a reader: per document, one row per claim in text
 * order — where, what kind, and the gist (speaker and words, entity and its
 * other names, value and its normalised form).
 */
export function formatClaimsText(report: ClaimsReport, options: FormatOptions): string {
  const c = createColors(options.color);
  const counts = { quote: 0, entity: 0, value: 0, fact: 0 };
  const out: string[] = [''];
  for (const doc of report.documents) {
    const about = [doc.role, doc.meta.outlet, doc.meta.published].filter(Boolean).join(' · ');
    out.push(`${c.underline(doc.file)}  ${c.dim(about)}`);
    const rows = doc.claims.map((claim) => ({
      position: `${claim.range.start.line}:${claim.range.start.column}`,
      kind: claim.kind,
      detail: describe(claim),
    }));
    const positionWidth = Math.max(0, ...rows.map((r) => r.position.length));
    for (const row of rows) {
      counts[row.kind]++;
      out.push(`  ${c.dim(pad(row.position, positionWidth))}  ${c.cyan(pad(row.kind, 6))}  ${row.detail}`);
    }
    if (rows.length === 0) out.push(c.dim('  no claims found'));
    out.push('');
  }
  out.push(
    `${plural(report.documents.length, 'document')}: ${plural(counts.quote, 'quote')}, ${plural(counts.entity, 'entity', 'entities')}, ${plural(counts.value, 'value')}, ${plural(counts.fact, 'fact')}`,
    '',
  );
  return out.join('\n');
}

function quoted(text: string): string {
  return `“${truncate(oneLine(text), MAX_TEXT)}”`;
}

function describe(claim: Claim): string {
  switch (claim.kind) {
    case 'quote':
      return `${claim.speaker ?? '(speaker unknown)'}: ${quoted(claim.text)}${claim.partial ? ' (partial)' : ''}`;
    case 'entity': {
      const others = claim.aliases.filter((a) => a !== claim.name);
      const titles = claim.titles.length ? ` [${claim.titles.join(', ')}]` : '';
      return `${claim.type} ${claim.name}${titles}${others.length ? ` (also: ${others.join(', ')})` : ''}`;
    }
    case 'value':
      return `${claim.type} ${String(claim.value)}${claim.unit ? ` ${claim.unit}` : ''}  ${quoted(claim.text)}`;
    case 'fact': {
      const values = claim.values.map((v) => `${v.type} ${String(v.value)}`).join(', ');
      return `${claim.subject ? `${claim.subject}: ` : ''}${quoted(claim.text)}${values ? `  [${values}]` : ''}`;
    }
  }
}
