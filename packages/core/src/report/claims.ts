import type { ClaimGraph, DocumentMeta, DocumentRole, Range, ValueKind } from '../model/index.js';
import { rangeOf } from './positions.js';
import { VERSION } from '../version.js';

export interface ClaimsQuote {
  kind: 'quote';
  id: string;
  text: string;
  speaker: string | null;
  partial: boolean;
  cue: { text: string; kind: string; range: Range } | null;
  speakerMention: { text: string; range: Range } | null;
  continues: string | null;
  range: Range;
}

export interface ClaimsEntity {
  kind: 'entity';
  id: string;
  type: string;
  name: string;
  /** The cross-document entity this one was merged into. */
  global: string | null;
  aliases: string[];
  titles: string[];
  roles: string[];
  range: Range;
  mentions: Range[];
}

export interface ClaimsValue {
  kind: 'value';
  type: ValueKind;
  text: string;
  value: number | string;
  unit: string | null;
  range: Range;
}

export interface ClaimsFact {
  kind: 'fact';
  id: string;
  text: string;
  subject: string | null;
  values: { type: ValueKind; text: string; value: number | string }[];
  range: Range;
}

export type Claim = ClaimsQuote | ClaimsEntity | ClaimsValue | ClaimsFact;

export interface ClaimsReport {
  tool: { name: 'factlint'; version: string };
  documents: { file: string; role: DocumentRole; meta: DocumentMeta; claims: Claim[] }[];
}

/** The `factlint claims --format json` document: what every stage found, for review and debugging. */
export function claimsReport(graph: ClaimGraph): ClaimsReport {
  return {
    tool: { name: 'factlint', version: VERSION },
    documents: graph.documents.map((d, di) => {
      const r = (span: { start: number; end: number }) => rangeOf(d.lineStarts, span);
      const entityName = new Map(d.entities.map((e) => [e.id, e.canonical]));
      const claims: Claim[] = [];
      for (const q of d.quotes) {
        claims.push({
          kind: 'quote',
          id: q.id,
          text: q.text,
          speaker: (q.speaker && entityName.get(q.speaker)) ?? null,
          partial: q.partial,
          cue: q.cue ? { text: q.cue.text, kind: q.cue.kind, range: r(q.cue.span) } : null,
          speakerMention: q.speakerMention ? { text: q.speakerMention.text, range: r(q.speakerMention.span) } : null,
          continues: q.continues ?? null,
          range: r(q.span),
        });
      }
      for (const e of d.entities) {
        const first = e.mentions[0];
        if (!first) continue;
        claims.push({
          kind: 'entity',
          id: e.id,
          type: e.type,
          name: e.canonical,
          global: graph.entityOf.get(`${di}:${e.id}`) ?? null,
          aliases: e.aliases,
          titles: e.titles,
          roles: e.roles,
          range: r(first),
          mentions: e.mentions.map(r),
        });
      }
      for (const v of d.values) {
        claims.push({ kind: 'value', type: v.kind, text: v.text, value: v.value, unit: v.unit ?? null, range: r(v.span) });
      }
      for (const f of d.facts) {
        claims.push({
          kind: 'fact',
          id: f.id,
          text: f.text,
          subject: f.subject?.name ?? f.subject?.text ?? null,
          values: f.values.map((v) => ({ type: v.kind, text: v.text, value: v.value })),
          range: r(f.span),
        });
      }
      claims.sort((a, b) => a.range.start.offset - b.range.start.offset);
      return { file: d.doc.path, role: d.doc.role, meta: d.doc.meta, claims };
    }),
  };
}
