import { describe, it } from 'vitest';
import { RuleTester } from '@factlint/core/testing';
import rule from './single-source.js';
import type { Rule } from '@factlint/core';

const tester = new RuleTester({ describe, it });
const meta = { published: '2024-03-05' };

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'a detail every source gives',
      documents: [
        { path: 'a.txt', meta, text: 'The ferry sank 12 km off the coast on Monday, officials said.\n' },
        { path: 'b.txt', meta, text: 'Officials said the ferry sank on Monday, about 12 km off the coast.\n' },
      ],
    },
    {
      name: 'one source alone cannot be compared',
      documents: [{ path: 'a.txt', meta, text: 'The ferry sank 12 km off the coast on Monday.\n' }],
    },
    {
      name: 'with minSources 2 of 3, a detail two sources give is corroborated',
      documents: [
        { path: 'a.txt', meta, text: 'The captain, who had worked for the company for 20 years, was rescued.\n' },
        { path: 'b.txt', meta, text: 'The captain had worked for the company for 20 years.\n' },
        { path: 'c.txt', meta, text: 'Rescuers reached the ship in the afternoon.\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a relative clause only one source carries is a claim of its own',
      documents: [
        { path: 'a.txt', meta, text: 'The minister, who arrived three hours late for the meeting, promised an inquiry.\n' },
        { path: 'b.txt', meta, text: 'The minister promised an inquiry into the sinking.\n' },
      ],
      errors: [
        {
          messageId: 'single',
          severity: 'info',
          file: 'a.txt',
          text: 'The minister, who arrived three hours late for the meeting',
          data: { count: 1, total: 2 },
        },
      ],
    },
    {
      name: 'minSources 3: supported by two of three is still too few',
      options: { minSources: 3 },
      documents: [
        { path: 'a.txt', meta, text: 'The ferry carried 212 passengers when it sank.\n' },
        { path: 'b.txt', meta, text: 'There were 212 passengers on the ferry when it sank.\n' },
        { path: 'c.txt', meta, text: 'Rescuers reached the ship in the afternoon.\n' },
      ],
      errors: [
        { messageId: 'few', file: 'a.txt', related: [{ file: 'b.txt' }], data: { count: 2, total: 3 } },
        { messageId: 'few', file: 'b.txt', related: [{ file: 'a.txt' }], data: { count: 2, total: 3 } },
      ],
    },
  ],
});
