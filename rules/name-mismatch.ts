import { defineRule, nearlySameName, type ResolvedDocument, type Span } from '@factlint/core';
import { sourceName } from './support/describe.js';

/** Offices a person holds one of at a time; an honorific or a role word is not an office. */
const OFFICE = /\b(?:vice-president|vice president|president|deputy prime minister|prime minister|vice-chancellor|chancellor|premier|king|queen|pope|deputy mayor|mayor|governor|senator|chief executive|chairman|chairwoman|vice-chairman|vice-chair|foreign minister|finance minister|health minister|interior minister|defence minister|defense minister|secretary of state|foreign secretary|home secretary|city clerk|city manager|secretary-general|general secretary|judge|prosecutor|attorney general|commissioner|ambassador|brigadier general|major general|lieutenant general|general|lieutenant colonel|colonel|major|captain|lieutenant)\b/i;

/** Short forms newsrooms use for the same office or rank. */
function normaliseOffice(title: string): string {
  return title
    .toLowerCase()
    .replace(/\bvice\s+/g, 'vice-')
    // A judge presiding over this trial is still a judge; an acting mayor is the mayor for now.
    .replace(/\b(?:presiding|acting|interim|senior)\s+/g, '')
    .replace(/\bceo\b/g, 'chief executive')
    .replace(/\blt\.?\s+col\.?\b/g, 'lieutenant colonel')
    .replace(/\bbrig\.?\s+gen\.?\b/g, 'brigadier general')
    .replace(/\bmaj\.?\s+gen\.?\b/g, 'major general')
    .replace(/\bgen\.?\b/g, 'general')
    .replace(/\bcol\.?\b/g, 'colonel')
    .replace(/\bcapt\.?\b/g, 'captain')
    .replace(/\blt\.?\b/g, 'lieutenant');
}

interface Usage {
  doc: number;
  spelling: string;
  titles: string[];
  span: Span;
}

function firstMentionOf(d: ResolvedDocument, spans: readonly Span[], spelling: string): Span | undefined {
  const last = spelling.split(/\s+/).at(-1)!.toLowerCase();
  return spans.find((s) => d.doc.text.slice(s.start, s.end).toLowerCase().includes(last)) ?? spans[0];
}

export default defineRule({
  id: 'name-mismatch',
  meta: {
    description: "Report a person's name spelled differently, or given a different office, than the other documents give it",
    defaultSeverity: 'warning',
    claims: ['mention'],
    options: {
      titles: { type: 'boolean', default: true, description: 'Also report an office title that differs from the one the other sources use' },
    },
    messages: {
      spelling: '"{{actual}}" is spelled "{{expected}}" in {{sources}}',
      title: '{{name}} is "{{actual}}" here but "{{expected}}" in {{sources}}',
    },
  },
  check(ctx, { titles }) {
    for (const g of ctx.graph.entities) {
      if (g.type !== 'person' || g.members.length < 2) continue;
      const usages: Usage[] = [];
      for (const { doc, entity } of g.members) {
        const d = ctx.documents[doc]!;
        const e = d.entities.find((x) => x.id === entity);
        if (!e) continue;
        const span = firstMentionOf(d, e.mentions, e.canonical);
        if (span) usages.push({ doc, spelling: e.canonical, titles: e.titles, span });
      }
      const sourcesUsing = (pred: (u: Usage) => boolean) => [...new Set(usages.filter((u) => pred(u) && ctx.documents[u.doc]!.doc.role === 'source').map((u) => u.doc))];
      const names = (docs: number[]) => docs.map((i) => sourceName(ctx.documents[i]!)).join(', ');

      // Spelling: full names that are one person but differ by a letter or two.
      const spellings = [...new Set(usages.map((u) => u.spelling).filter((s) => s.split(/\s+/).length >= 2))];
      for (const spelling of spellings) {
        const rivals = spellings.filter((o) => o !== spelling && nearlySameName(o, spelling));
        for (const rival of rivals) {
          const mine = sourcesUsing((u) => u.spelling === spelling);
          const theirs = sourcesUsing((u) => u.spelling === rival);
          // Report the minority spelling (drafts never vote). On a tie neither is known to be
          // right: the later document's spelling is reported, at info level.
          if (theirs.length < mine.length) continue;
          const tie = theirs.length === mine.length;
          if (tie && (Math.min(...usages.filter((x) => x.spelling === spelling).map((x) => x.doc)) < Math.min(...usages.filter((x) => x.spelling === rival).map((x) => x.doc)))) continue;
          for (const u of usages.filter((x) => x.spelling === spelling)) {
            const right = usages.find((x) => x.spelling === rival)!;
            const at = ctx.documents[u.doc]!.doc.text.slice(u.span.start, u.span.end);
            const wrongWord = spelling.split(/\s+/).find((w, i) => w !== rival.split(/\s+/)[i]);
            const wordAt = wrongWord ? at.indexOf(wrongWord) : -1;
            const span = wordAt >= 0 ? { start: u.span.start + wordAt, end: u.span.start + wordAt + wrongWord!.length } : u.span;
            const replacement = wordAt >= 0 ? rival.split(/\s+/)[spelling.split(/\s+/).indexOf(wrongWord!)]! : rival;
            ctx.report({
              messageId: 'spelling',
              place: { doc: u.doc, span },
              ...(tie ? { severity: 'info' as const } : {}),
              data: { actual: spelling, expected: rival, sources: names(theirs) },
              related: usages.filter((x) => x.spelling === rival).map((x) => ({ doc: x.doc, span: x.span, message: `${sourceName(ctx.documents[x.doc]!)}: ${rival}` })),
              suggestions: [{ message: `Spell it as ${names(theirs)} do`, replacement, span }],
            });
            void right;
          }
        }
      }

      if (!titles) continue;
      // Office: the office each document gives the person, where it gives one.
      const officeOf = (u: Usage) => u.titles.map((t) => OFFICE.exec(normaliseOffice(t))?.[0]?.toLowerCase()).find(Boolean);
      const offices = usages.map((u) => ({ u, office: officeOf(u) })).filter((x): x is { u: Usage; office: string } => !!x.office);
      const counts = new Map<string, number[]>();
      for (const { u, office } of offices) {
        if (ctx.documents[u.doc]!.doc.role !== 'source') continue;
        const list = counts.get(office) ?? [];
        if (!list.includes(u.doc)) list.push(u.doc);
        counts.set(office, list);
      }
      const ranked = [...counts].sort((a, b) => b[1].length - a[1].length);
      const [top, second] = ranked;
      if (!top) continue;
      // One source against one: neither is known right; the later one is reported, at info level.
      const tie = !!second && second[1].length === top[1].length;
      for (const { u, office } of offices) {
        if (office === top[0]) continue;
        if (tie && u.doc < Math.min(...top[1])) continue;
        ctx.report({
          messageId: 'title',
          place: { doc: u.doc, span: u.span },
          ...(tie ? { severity: 'info' as const } : {}),
          data: { name: g.canonical, actual: office, expected: top[0], sources: names(top[1]) },
          related: offices.filter((x) => x.office === top[0]).map((x) => ({ doc: x.u.doc, span: x.u.span, message: `${sourceName(ctx.documents[x.u.doc]!)}: ${top[0]}` })),
        });
      }
    }
  },
});
