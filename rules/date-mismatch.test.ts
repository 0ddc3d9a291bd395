import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '@factlint/core/testing';
import type { Rule } from '@factlint/core';
import rule from './date-mismatch.js';

const tester = new RuleTester({ describe, it });
const saturday = { published: '2013-06-15T18:00:00Z' };
const sunday = { published: '2013-06-16T09:00:00Z' };
const tuesday = { published: '2024-05-21T15:00:00Z' };

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: "a Sunday paper's tomorrow is Monday",
      documents: [
        { path: 'sunday.txt', meta: sunday, text: 'The G8 summit opens tomorrow in Lough Erne, the prime minister said.\n' },
        { path: 'saturday.txt', meta: saturday, text: 'The G8 summit opens on Monday in Lough Erne, officials said.\n' },
      ],
    },
    {
      name: 'yesterday in a Wednesday paper is Tuesday',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'Chancellor Katrin Vogel and President Rafael Duarte signed the agreement on Tuesday.\n' },
        { path: 'b.txt', meta: { published: '2024-05-22T06:00:00Z' }, text: 'Chancellor Katrin Vogel and President Rafael Duarte signed the agreement yesterday.\n' },
      ],
    },
    {
      name: 'a month contains its days: "in September" and "on September 26"',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'Markets are betting on a further reduction at the next assessment on September 26.\n' },
        { path: 'b.txt', meta: tuesday, text: 'The next assessment is due in September, the bank said.\n' },
      ],
    },
    {
      name: 'two events on two days',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'Duarte arrived in Berlin on Monday. The two leaders signed the agreement on Tuesday.\n' },
        { path: 'b.txt', meta: tuesday, text: 'The two leaders signed the agreement on Tuesday, a day after Duarte arrived.\n' },
      ],
    },
    {
      name: 'a weekday against a date less than a week away is left alone',
      documents: [
        { path: 'a.txt', meta: { published: '2024-09-14T18:40:00Z' }, text: 'Schools across the province will stay closed until Wednesday, the governor said.\n' },
        { path: 'b.txt', meta: { published: '2024-09-14T18:40:00Z' }, text: 'Schools across the province will stay closed until September 17, the governor said.\n' },
      ],
    },
    {
      name: 'with compareWeekdays off, two weekday names are not compared',
      options: { compareWeekdays: false },
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'President Rafael Duarte, who arrived in Berlin on Monday, spoke through an interpreter.\n' },
        { path: 'b.txt', meta: tuesday, text: 'President Rafael Duarte, who arrived in Berlin on Sunday, met business leaders.\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'one collapse, two days',
      documents: [
        { path: 'wire.txt', meta: tuesday, text: 'The crane toppled across the construction site on Aug. 17, 2022, killing two workers.\n' },
        { path: 'paper.txt', meta: tuesday, text: 'The crane came down in high winds on the construction site on August 18, 2022, killing two workers.\n' },
        { path: 'local.txt', meta: tuesday, text: 'On 17 August 2022, a tower crane collapsed on the construction site, killing two workers.\n' },
      ],
      errors: [
        {
          messageId: 'differs',
          file: 'paper.txt',
          text: 'August 18, 2022',
          related: [{ file: 'wire.txt', text: 'Aug. 17, 2022' }, { file: 'local.txt', text: '17 August 2022' }],
          exactRelated: true,
          data: { a: '2022-08-18', b: '2022-08-17' },
        },
      ],
    },
    {
      name: 'two weekday names for one arrival',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'President Rafael Duarte, who arrived in Berlin on Monday, spoke through an interpreter.\n' },
        { path: 'b.txt', meta: { published: '2024-05-22T06:00:00Z' }, text: 'President Rafael Duarte, who arrived in Berlin on Sunday, met business leaders.\n' },
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Monday', related: [{ file: 'b.txt', text: 'Sunday' }], data: { a: '2024-05-20', b: '2024-05-19' } }],
    },
    {
      name: 'one resignation, two months',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'Coach Javier Ocampo, appointed in July, praised the striker.\n' },
        { path: 'b.txt', meta: tuesday, text: 'Javier Ocampo, who was appointed in August, still speaks Spanish at press conferences.\n' },
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'July', related: [{ file: 'b.txt', text: 'August' }], data: { a: '2024-07', b: '2024-08' } }],
    },
    {
      name: 'a draft date no source gives',
      documents: [
        { path: 'a.txt', meta: tuesday, text: 'Former mayor Paul Kettering resigned on July 12 for health reasons.\n' },
        { path: 'b.txt', meta: tuesday, text: 'Paul Kettering resigned as mayor on July 12, citing his health.\n' },
        { path: 'draft.md', role: 'draft', meta: tuesday, text: 'Former mayor Paul Kettering resigned on July 21 for health reasons.\n' },
      ],
      errors: [
        {
          messageId: 'draftDiffers',
          file: 'draft.md',
          text: 'July 21',
          related: [{ file: 'a.txt', text: 'July 12' }, { file: 'b.txt', text: 'July 12' }],
          data: { a: '2024-07-21', b: '2024-07-12' },
        },
      ],
    },
  ],
});

describe('date-mismatch on the seeds', () => {
  it('does not report "tomorrow" against "Monday" (the summit opening), nor anything else', () => {
    const seeds = ['000_ae8168442a0f2921.txt', '001_1efb61f14035d3f6.txt', '002_bd6a55f66e3d6431.txt'].map((f) => ({
      path: `seeds/${f}`,
      text: readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8'),
      meta: { published: '2013-06-16' },
    }));
    expect(runRule(rule as unknown as Rule, seeds)).toEqual([]);
  });
});
