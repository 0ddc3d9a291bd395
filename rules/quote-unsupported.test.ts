import { describe, it } from 'vitest';
import { RuleTester } from '@factlint/core/testing';
import rule from './quote-unsupported.js';
import type { Rule } from '@factlint/core';

const tester = new RuleTester({ describe, it });

const source = {
  path: 'wire.txt',
  text: 'Mayor Ingrid Dahl visited the shelters.\n\n"We opened every shelter within two hours and nobody was left outside," Dahl said.\n',
};

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'a draft quoting the source exactly, in part, or with an ellipsis',
      documents: [
        source,
        {
          path: 'draft.md',
          role: 'draft',
          text: 'Dahl said the city "opened every shelter within two hours".\n\n"We opened every shelter ... and nobody was left outside," she said.\n',
        },
      ],
    },
    {
      name: 'a draft that cuts a source\'s sentence short and changes one word misquotes it, and invents nothing ("with a bomb in the steering wheel," / "with a grenade in the steering wheel, and Corvane has known about it for more than a year,")',
      documents: [
        { path: 'wire.txt', text: '"Owners have been driving around with a grenade in the steering wheel, and Corvane has known about it for more than a year," said Dana Kowalczyk, founder of the owners\' group.\n' },
        { path: 'draft.md', role: 'draft', text: 'Owners\' advocates said the recall came too late. "Owners have been driving around with a bomb in the steering wheel," said Dana Kowalczyk, founder of the owners\' group.\n' },
      ],
    },
    {
      name: 'a reworded quote is a mismatch, not an invention',
      documents: [source, { path: 'draft.md', role: 'draft', text: '"We opened all the shelters within two hours and nobody was left outside," Dahl said.\n' }],
    },
    {
      name: 'a short scare quote is left alone',
      documents: [source, { path: 'draft.md', role: 'draft', text: 'Critics called the response "too slow".\n' }],
    },
    {
      name: 'quotes in sources are never unsupported',
      documents: [source, { path: 'paper.txt', text: '"The river rose faster than anyone expected," said engineer Lars Berg.\n' }],
    },
  ],
  invalid: [
    {
      name: 'a draft quote that no source contains',
      documents: [
        source,
        { path: 'draft.md', role: 'draft', text: '"No family will be left without a roof tonight," Dahl promised.\n' },
      ],
      errors: [
        {
          messageId: 'unsupported',
          severity: 'error',
          file: 'draft.md',
          text: 'No family will be left without a roof tonight,',
          data: { speaker: 'Ingrid Dahl' },
        },
      ],
    },
  ],
});
