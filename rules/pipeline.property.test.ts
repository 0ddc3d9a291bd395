import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsReport, lint, resolveRuleSettings, type SourceDocument } from '@factlint/core';
import { rules } from './index.js';

const doc = (path: string, text: string, meta = {}, role: SourceDocument['role'] = 'source'): SourceDocument => ({ path, role, text, meta, bodyStart: 0 });

// Pieces of news copy, and the characters that break naive parsers.
const pieces = [
  'Mr Putin', 'said', 'he said', 'the minister', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '...', '…', '[sic]',
  '(AP)', ' - ', '—', ',', '.', ':', '\n', '\n\n', '\r\n', '> ', '# ', '* ', '<!-- factlint-disable -->', '12', 'an hour',
  'on Sunday', 'tomorrow', 'in London', '30 km north of the capital', '$1.2 billion', '3 in 10', 'Zieliński', '😀',
  'Photo: A/PA Wire', 'No comments:', '– prime minister jane roe', 'who arrived late', 'can\'t', '\t', '   ',
];

const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(' '));

// The whole pipeline and every built-in rule, on text assembled from the pieces that break parsers.
describe('the pipeline and rules on arbitrary text', () => {
  it('never throws, and every range lies inside its file', () => {
    fc.assert(
      fc.property(text, text, text, fc.boolean(), (a, b, c, markdown) => {
        const docs = [doc(markdown ? 'a.md' : 'a.txt', a, { published: '2024-03-03' }), doc('b.txt', b), doc('draft.md', c, {}, 'draft')];
        const { report, graph } = lint(docs, resolveRuleSettings(rules));
        const inside = (file: string, r: { start: { offset: number }; end: { offset: number } }) => {
          const t = docs.find((d) => d.path === file)!.text;
          return r.start.offset >= 0 && r.start.offset <= r.end.offset && r.end.offset <= t.length;
        };
        for (const d of report.diagnostics) expect(inside(d.file, d.range)).toBe(true);
        for (const d of claimsReport(graph).documents) for (const c of d.claims) expect(inside(d.file, c.range)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('handles empty and whitespace-only documents', () => {
    const { report } = lint([doc('a.txt', ''), doc('b.md', '  \n\n\t\n'), doc('c.txt', '"')], resolveRuleSettings(rules));
    expect(report.summary.files).toBe(3);
  });
});
