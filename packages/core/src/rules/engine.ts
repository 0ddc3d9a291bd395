import type { ClaimGraph, Diagnostic, RelatedLocation } from '../model/index.js';
import { rangeOf } from '../report/positions.js';
import type { ActiveRule } from './settings.js';
import type { OptionsOf, ReportInput, RuleContext } from './rule.js';

function fill(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const v = data[key];
    return v === undefined ? `{{${key}}}` : String(v);
  });
}

/** Stage 7: runs each active rule over the claim graph and turns its reports into diagnostics. */
export function runRules(graph: ClaimGraph, active: readonly ActiveRule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const docs = graph.documents;
  for (const { rule, severity, options } of active) {
    const ctx: RuleContext = {
      graph,
      documents: docs,
      speakerName(doc, local) {
        if (!local) return undefined;
        const gid = graph.entityOf.get(`${doc}:${local}`);
        return graph.entities.find((e) => e.id === gid)?.canonical;
      },
      quoteGroups: () => graph.quoteGroups,
      report(input: ReportInput) {
        const template = rule.meta.messages[input.messageId];
        if (template === undefined) {
          throw new Error(`rule ${rule.id} reported unknown messageId "${input.messageId}"`);
        }
        const data = input.data ?? {};
        const doc = docs[input.place.doc]!;
        const related: RelatedLocation[] = (input.related ?? []).map((r) => {
          const rd = docs[r.doc]!;
          return { file: rd.doc.path, range: rangeOf(rd.lineStarts, r.span), message: r.message };
        });
        diagnostics.push({
          ruleId: rule.id,
          severity: input.severity ?? severity,
          message: fill(template, data),
          messageId: input.messageId,
          file: doc.doc.path,
          range: rangeOf(doc.lineStarts, input.place.span),
          related,
          data,
          suggestions: (input.suggestions ?? []).map((s) => ({
            message: s.message,
            replacement: s.replacement,
            range: rangeOf(doc.lineStarts, s.span),
          })),
        });
      },
    };
    rule.check(ctx, options as OptionsOf<typeof rule.meta.options>);
  }
  return diagnostics;
}
