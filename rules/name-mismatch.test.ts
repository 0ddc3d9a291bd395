import { describe, it } from 'vitest';
import { RuleTester } from '@factlint/core/testing';
import rule from './name-mismatch.js';
import type { Rule } from '@factlint/core';

const tester = new RuleTester({ describe, it });

const wire = { path: 'wire.txt', text: 'Health Minister Tomas Lind refused to intervene in the strike on Monday.\n' };
const radio = { path: 'radio.txt', text: 'Health Minister Tomas Lind said talks would resume.\n' };

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'one spelling and one office everywhere',
      documents: [wire, radio, { path: 'paper.txt', text: 'Mr Lind, the health minister, left early.\n' }],
    },
    {
      name: 'two different people with close names who meet in one document stay two people',
      documents: [
        { path: 'a.txt', text: 'Union leader Anna Berg spoke first. Her sister Anne Berg, a nurse, spoke after her.\n' },
        { path: 'b.txt', text: 'Union leader Anna Berg addressed the march.\n' },
      ],
    },
    {
      name: 'a qualified office is the same office ("presiding judge" / "judge")',
      documents: [
        { path: 'a.txt', text: 'Presiding Judge Katrin Vollmer read the verdict.\n' },
        { path: 'b.txt', text: 'Judge Katrin Vollmer read the verdict.\n' },
        { path: 'c.txt', text: 'Judge Katrin Vollmer spoke for an hour.\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a misspelled surname, with the majority spelling as the fix',
      documents: [wire, radio, { path: 'paper.txt', text: 'Health Minister Tomas Lindt said the strike was regrettable.\n' }],
      errors: [
        {
          messageId: 'spelling',
          file: 'paper.txt',
          text: 'Lindt',
          related: [{ file: 'wire.txt' }, { file: 'radio.txt' }],
          suggestions: ['Lind'],
          data: { actual: 'Tomas Lindt', expected: 'Tomas Lind' },
        },
      ],
    },
    {
      name: 'a name set between commas after its title, spelled differently elsewhere',
      documents: [
        { path: 'wire.txt', text: "Brazil's foreign minister, Marina Lopes, described the agreement as a new chapter.\n" },
        { path: 'paper.txt', text: "Brazil's foreign minister Marina Lopez spoke of a new chapter.\n" },
      ],
      // One source against one: no majority, so a note on one side, with the other as evidence.
      errors: [{ messageId: 'spelling', severity: 'info', file: 'paper.txt', text: 'Lopez', related: [{ file: 'wire.txt' }] }],
    },
    {
      name: 'a misspelled surname where the other sources add a second one, named in apposition to an office',
      documents: [
        { path: 'wire.txt', text: 'Undersecretary Ignacio Fuenzalida Ortúzar takes over as acting health minister.\n' },
        { path: 'paper.txt', text: 'Undersecretary Ignacio Fuenzalida Ortúzar was sworn in on Wednesday.\n' },
        { path: 'tv.txt', text: 'The undersecretary of public health, Ignacio Fuensalida, takes over as acting minister.\n' },
      ],
      errors: [{ messageId: 'spelling', file: 'tv.txt', text: 'Fuensalida', related: [{ file: 'wire.txt' }, { file: 'paper.txt' }] }],
    },
    {
      name: 'a different office than the other sources give',
      documents: [
        { path: 'a.txt', text: 'City Clerk Anne Lalonde released the results.\n' },
        { path: 'b.txt', text: 'City Clerk Anne Lalonde said turnout was low.\n' },
        { path: 'c.txt', text: 'City Manager Anne Lalonde certified the count.\n' },
      ],
      errors: [{ messageId: 'title', severity: 'warning', file: 'c.txt', data: { actual: 'city manager', expected: 'city clerk' } }],
    },
  ],
});
