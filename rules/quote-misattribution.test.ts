import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '@factlint/core/testing';
import rule from './quote-misattribution.js';
import type { Rule } from '@factlint/core';
import { fixtureDocuments } from './test-support/documents.js';

const tester = new RuleTester({ describe, it });

const wire = {
  path: 'wire.txt',
  text: 'Union leader Anna Berg addressed the strikers on Monday.\n\n"Our members are exhausted and they will not be ignored any longer," Berg said.\n',
};
const radio = {
  path: 'radio.txt',
  text: 'Anna Berg of the nurses\' union spoke outside the hospital.\n\n"Our members are exhausted and they will not be ignored any longer," she said.\n',
};

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'a company\'s statement quotes its chief; outlets give the same words to the company',
      documents: [
        { path: 'company.txt', text: 'BLUEWAKE MARITIME INC.\n\nMEDIA STATEMENT\n\n"We will meet every legitimate claim and stay on site for as long as it takes," said Ramon Ilagan, President and Chief Executive Officer of Bluewake.\n' },
        { path: 'green.txt', text: 'Bluewake Maritime Inc. said in a statement: "We will meet every legitimate claim and stay on site for as long as it takes."\n' },
        { path: 'local.txt', text: 'Bluewake Maritime Inc. promised: "We will meet every legitimate claim and stay on site for as long as it takes."\n' },
      ],
    },
    {
      name: 'the same words given to the same person everywhere',
      documents: [wire, radio, { path: 'draft.md', role: 'draft', text: 'Anna Berg said: "Our members are exhausted and they will not be ignored any longer."\n' }],
    },
    {
      name: 'two people whose remarks share words, but not in the same order, are not given the same words',
      documents: [
        { path: 'a.txt', text: 'Lawyer Ewa Lis said: "The family accepts the verdict."\n' },
        { path: 'b.txt', text: '"No verdict can heal the family," Judge Karl Brandt said.\n' },
      ],
    },
    {
      name: 'one person whose name one outlet misspells is not two speakers',
      documents: [
        wire,
        { path: 'blog.txt', text: 'Anna Burg led the march.\n\n"Our members are exhausted and they will not be ignored any longer," Burg said.\n' },
        radio,
      ],
    },
    {
      name: 'a short phrase two people both use is no evidence',
      documents: [
        { path: 'a.txt', text: 'Anna Berg called the offer "an insult".\n' },
        { path: 'b.txt', text: 'Health Minister Tomas Lind said the strike was "an insult".\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a remark made of verbs of speaking is still the speaker\'s words ("If you can\'t explain it, you don\'t claim it")',
      documents: [
        { path: 'anbc.txt', text: 'Prime Minister Daniel Whitcombe spoke in Canberra. "The standard in my government is simple: if you can\'t explain it, you don\'t claim it," he said.\n' },
        { path: 'tribune.txt', text: 'Prime Minister Daniel Whitcombe was blunt. “If you cannot explain it, you do not claim it,” the Prime Minister said.\n' },
        { path: 'draft.md', role: 'draft', text: 'Integrity Commissioner Julian Morcombe has made the test plain: "If you can\'t explain it, you don\'t claim it."\n' },
      ],
      errors: [{ messageId: 'draft', file: 'draft.md', data: { expected: 'Daniel Whitcombe', actual: 'Julian Morcombe' } }],
    },
    {
      name: 'a whole sentence cut word for word from a longer one of another speaker ("We want that commitment in writing," / "… We want that commitment in writing, and we want it to cover contract staff")',
      documents: [
        { path: 'trade.txt', text: '“We’ve been told there will be no compulsory redundancies. We want that commitment in writing, and we want it to cover contract staff as well as direct employees,” said union organiser Gearóid Nolan.\n' },
        { path: 'paper.txt', text: 'Union organiser Gearóid Nolan said workers wanted guarantees. The mayor, Ciarán Hogan, said the city would help.\n' },
        { path: 'draft.md', role: 'draft', text: 'The mayor, Ciarán Hogan, was cautious. "We want that commitment in writing," Hogan said.\n' },
      ],
      errors: [{ messageId: 'draft', file: 'draft.md', data: { expected: 'Gearóid Nolan', actual: 'Ciarán Hogan' } }],
    },
    {
      name: 'a quote of two short sentences given to another speaker, word for word ("This was not a paperwork error. It was a business model")',
      documents: [
        { path: 'wire.txt', text: 'Prosecutor Megan Holt told the judge the company was built on false billing. "This was not a paperwork error. It was a business model," she said.\n' },
        { path: 'legal.txt', text: 'Prosecutor Megan Holt pressed the point. "This was not a paperwork error. It was a business model," Holt said.\n' },
        { path: 'draft.md', role: 'draft', text: 'Judge Rita Alvarez spoke for 20 minutes. "This was not a paperwork error. It was a business model," Alvarez added.\n' },
      ],
      errors: [{ messageId: 'draft', file: 'draft.md', data: { expected: 'Megan Holt', actual: 'Rita Alvarez' } }],
    },
    {
      name: 'a draft gives the words to the wrong person',
      documents: [
        wire,
        radio,
        {
          path: 'draft.md',
          role: 'draft',
          text: 'Health Minister Tomas Lind met the nurses.\n\n"Our members are exhausted and they will not be ignored any longer," Lind said.\n',
        },
      ],
      errors: [
        {
          messageId: 'draft',
          file: 'draft.md',
          text: 'Our members are exhausted and they will not be ignored any longer,',
          related: [{ file: 'wire.txt' }, { file: 'radio.txt' }],
          exactRelated: true,
          data: { expected: 'Anna Berg', actual: 'Tomas Lind' },
        },
      ],
    },
    {
      name: 'one source of three gives the words to someone else',
      documents: [
        wire,
        radio,
        {
          path: 'paper.txt',
          text: 'Johan Berg, the union\'s treasurer, joined the picket.\n\n"Our members are exhausted and they will not be ignored any longer," Johan Berg said.\n',
        },
      ],
      errors: [{ messageId: 'sources', severity: 'warning', file: 'paper.txt', data: { expected: 'Anna Berg', actual: 'Johan Berg' } }],
    },
  ],
});

describe('quote-misattribution on a blind cluster', () => {
  it('gives no speaker the words of another who only shares a few words of the topic (c162: the bank\'s "we will put it right" / the regulator\'s "put things right for customers who have lost out")', () => {
    const found = runRule(rule as unknown as Rule, fixtureDocuments('c162-bank-it-outage')).map((d) => `${d.file}:${d.message}`);
    expect(found.filter((f) => f.startsWith('bank.md:'))).toEqual([]);
    // The planted misattributions stay: the regulator's words given to the consumer group in the draft, and the
    // chief operating officer's given to the chief executive on the live page.
    expect(found.some((f) => f.startsWith('draft.md:'))).toBe(true);
    expect(found.some((f) => f.startsWith('tv.txt:'))).toBe(true);
  });
});
