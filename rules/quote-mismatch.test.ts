import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '@factlint/core/testing';
import rule from './quote-mismatch.js';
import type { Rule } from '@factlint/core';

const tester = new RuleTester({ describe, it });

const wire = (quote: string) => ({
  path: 'wire.txt',
  text: `OSLO - Mayor Ingrid Dahl on Tuesday defended the city's flood response.\n\n"${quote}," Dahl told reporters at City Hall.\n`,
});
const paper = (quote: string) => ({
  path: 'paper.txt',
  text: `The mayor of Oslo, Ingrid Dahl, faced angry residents on Tuesday.\n\nShe said: "${quote}"\n`,
});
const blog = (quote: string) => ({
  path: 'blog.md',
  text: `# Flood meeting\n\nIngrid Dahl was unrepentant. “${quote},” the mayor said.\n`,
});

tester.run(rule as unknown as Rule, {
  valid: [
    {
      name: 'a remark given in two sentences by both outlets, word for word, sets each sentence against its own counterpart only ("I\'m not angry with the nurses." / "I\'m angry that it has come to this.")',
      documents: [
        { path: 'a.txt', text: "17:10\n\n'I'm angry it has come to this'\n\nPauline Grady, 71, has waited 14 months for a new hip. \"I got a phone call on Friday night telling me it was off,\" she told the BBC. \"I'm not angry with the nurses. I'm angry that it has come to this.\"\n" },
        { path: 'b.txt', text: "\"I can barely walk to the end of my garden now,\" Mrs Grady said. \"I'm not angry with the nurses. I'm angry that it has come to this.\"\n" },
      ],
    },
    {
      name: 'two excerpts cut from different stretches of one long answer share only function words ("after the court has spoken" / "congratulated her on her campaign, not on the result")',
      documents: [
        { path: 'transcript.txt', text: 'Transcript of a press conference by Peter Wafula.\n\nPETER WAFULA: Good evening to the press.\n\nPETER WAFULA: She called me at about six o\'clock. I congratulated her on her campaign, not on the result. (Laughter.) She is a daughter of this county and I am a son of this county, and we will sit down together, but after the court has spoken.\n\nPETER WAFULA: Thank you.\n' },
        { path: 'radio.txt', text: 'Peter Wafula told his supporters to keep the peace. He said Rotich had called him, but that the two would only sit down "after the court has spoken."\n' },
        { path: 'daily.txt', text: 'Peter Wafula said he had "congratulated her on her campaign, not on the result," and would take the fight to court.\n' },
      ],
    },
    {
      name: 'a title\'s full stop inside a quote ends no piece of it ("The right hon. Gentleman comes here …" quoted whole and cut short)',
      documents: [
        { path: 'hansard.txt', text: 'Sir Tom Avery (Holborn North) (Lab): Will she answer the question?\n\nThe Prime Minister (Rt Hon Ellen Marsh): On Monday my right hon. Friend the Health Secretary announced £1.2 billion for 40 new surgical hubs.\n\nSir Tom Avery: That is not an answer.\n\nThe Prime Minister: The right hon. Gentleman comes here every week to talk down the NHS. The figures are published by NHS England.\n' },
        { path: 'wire.txt', text: '"The right hon. Gentleman comes here every week to talk down the NHS," Marsh replied. "The figures are published by NHS England."\n' },
      ],
    },
    {
      name: 'two excerpts cut from different stretches of one remark, each exact, differ in nothing ("painful" / "no reflection on the skill of our Lima team")',
      documents: [
        { path: 'release.txt', text: '"These steps are painful, and they are no reflection on the skill of our Lima team," said Chief Executive Rosa Petrov.\n' },
        { path: 'wire.txt', text: 'Chief Executive Rosa Petrov said the closure was "no reflection on the skill of our Lima team," but the company had to act.\n' },
        { path: 'paper.txt', text: 'Chief Executive Rosa Petrov called the decision "painful" in the release.\n' },
      ],
    },
    {
      name: 'a draft that quotes exactly, cuts with an ellipsis, or adds a [bracketed] word',
      documents: [
        wire('We opened every shelter within two hours and nobody was left outside'),
        paper('The river rose faster than any model predicted.'),
        {
          path: 'draft.md',
          role: 'draft',
          text: [
            '# Flood',
            '',
            'Mayor Ingrid Dahl said the city "opened every shelter within two hours".',
            '',
            '"We opened every shelter ... and nobody was left outside," Dahl said.',
            '',
            '"The river [Glomma] rose faster than any model predicted," she added.',
            '',
          ].join('\n'),
        },
      ],
    },
    {
      name: 'a draft whose [bracket] stands in for the words it clarifies',
      documents: [
        wire('We will find out why this happened, and if anyone is responsible they will answer for it'),
        {
          path: 'draft.md',
          role: 'draft',
          text: '# Fire\n\n"We will find out why [the fire broke out], and if anyone is responsible they will answer for it," Dahl said.\n',
        },
      ],
    },
    {
      name: 'identical wordings in two sources',
      documents: [wire('We opened every shelter within two hours and nobody was left outside'), paper('We opened every shelter within two hours and nobody was left outside.')],
    },
    {
      name: 'only quote characters, dashes, case and whitespace differ',
      documents: [wire('We did our best — and we will do better'), blog("we did our best -  and we WILL do better")],
    },
    {
      name: 'a partial quote cut word for word from the full one',
      documents: [
        wire('We opened every shelter within two hours and nobody was left outside'),
        { path: 'paper.txt', text: 'Ingrid Dahl said the city had "opened every shelter within two hours" as the river rose.\n' },
      ],
    },
    {
      name: 'similar words from two different speakers are two utterances',
      documents: [
        wire('The river defences held better than anyone expected'),
        { path: 'paper.txt', text: '"The river defences held better than we expected," said Lars Berg, the city engineer.\n' },
      ],
    },
    {
      name: 'two unrelated remarks by the same speaker',
      documents: [wire('We opened every shelter within two hours'), paper('The budget for next year will include new pumps.')],
    },
  ],
  invalid: [
    {
      name: 'a sentence one outlet quotes after the cue is set against the stretch of the other\'s one sentence it was cut from, one word changed ("Every one of our pilots has been re-briefed." / "…, and every one of our pilots has been retrained")',
      documents: [
        { path: 'broadcaster.txt', text: 'Gregor Lindsay runs flight operations at the airline. "We have already changed how our crews land on wet runways at island airports, and every one of our pilots has been retrained," he said.\n' },
        { path: 'islandpaper.txt', text: '"We have already changed how our crews land on wet runways at island airports," said Gregor Lindsay, the airline\'s director of flight operations. "Every one of our pilots has been re-briefed."\n' },
      ],
      errors: [{ messageId: 'differs', file: 'broadcaster.txt', related: [{ file: 'islandpaper.txt' }, { file: 'islandpaper.txt' }] }],
    },
    {
      name: 'a partial quote all the others agree with is not where the difference is shown: the two wordings that differ are ("a moment of real hope" / "… it is not a cure" / "… it\'s not a cure")',
      documents: [
        { path: 'wire.txt', text: 'Gareth Llewelyn of Memory Matters UK called the approval "a moment of real hope" for families.\n' },
        { path: 'science.txt', text: '"This is a moment of real hope, but it is not a cure, and families need to hear that clearly," said Gareth Llewelyn.\n' },
        { path: 'trade.txt', text: '"This is a moment of real hope, but it\'s not a cure, and families need to hear that clearly," said Gareth Llewelyn.\n' },
      ],
      errors: [{ messageId: 'differsFunctionWords', severity: 'info', file: 'science.txt', related: [{ file: 'wire.txt' }, { file: 'trade.txt' }] }],
    },
    {
      name: 'a remark one outlet prints as two sentences and another as one: the second sentence is compared with the rest of the one ("But our members have been pushed to the limit" / ", but our pilots have been pushed to breaking point")',
      documents: [
        { path: 'radio.txt', text: 'Union leader Katja Brenner said the strike would go ahead. "Nobody wants to see passengers sleeping on airport floors. But our members have been pushed to the limit," she said.\n' },
        { path: 'blog.txt', text: 'Union leader Katja Brenner told the station: "Nobody wants to see passengers sleeping on airport floors, but our pilots have been pushed to breaking point."\n' },
      ],
      errors: [{ messageId: 'differs', severity: 'warning', file: 'radio.txt', related: [{ file: 'blog.txt' }] }],
    },
    {
      name: 'a [bracket] excuses the words it replaces, not a changed word elsewhere',
      documents: [
        wire('We will find out why this happened, and if anyone is responsible they will answer for it'),
        {
          path: 'draft.md',
          role: 'draft',
          text: '# Fire\n\n"We will find out why [the fire broke out], and if anyone is guilty they will answer for it," Dahl said.\n',
        },
      ],
      errors: [{ messageId: 'draftDiffers', severity: 'warning', file: 'draft.md', related: [{ file: 'wire.txt' }] }],
    },
    {
      name: 'a source quoting only part of the remark vouches for that part alone: the draft\'s change beyond it is judged by the full quote',
      documents: [
        wire('We will not hesitate to close the river road if the water demands it'),
        { path: 'paper.txt', text: 'Mayor Ingrid Dahl said the city would "not hesitate to close the river road".\n' },
        { path: 'draft.md', role: 'draft', text: '# Flood\n\n"We will not hesitate to close the river road if the situation demands it," Mayor Ingrid Dahl said.\n' },
      ],
      errors: [{ messageId: 'draftDiffers', severity: 'warning', file: 'draft.md', related: [{ file: 'wire.txt' }, { file: 'paper.txt' }], suggestions: ['We will not hesitate to close the river road if the water demands it'] }],
    },
    {
      name: 'a draft changes a word: reported on the draft, with the source words as the fix',
      documents: [
        wire('We will rebuild every damaged home before winter'),
        { path: 'draft.md', role: 'draft', text: '# Flood\n\nMayor Ingrid Dahl said: "We will rebuild every flooded home before winter."\n' },
      ],
      errors: [
        {
          messageId: 'draftDiffers',
          severity: 'warning',
          file: 'draft.md',
          text: 'We will rebuild every flooded home before winter.',
          related: [{ file: 'wire.txt' }],
          exactRelated: true,
          suggestions: ['We will rebuild every damaged home before winter'],
          data: { speaker: 'Ingrid Dahl', expected: 'We will rebuild every damaged home before winter', actual: 'We will rebuild every flooded home before winter' },
        },
      ],
    },
    {
      name: 'a content word differs (barely / hardly)',
      documents: [wire('The water barely reached the old town'), paper('The water hardly reached the old town.')],
      errors: [
        {
          messageId: 'differs',
          severity: 'warning',
          file: 'wire.txt',
          text: 'The water barely reached the old town,',
          related: [{ file: 'paper.txt', text: 'The water hardly reached the old town.' }],
          exactRelated: true,
          data: { speaker: 'Ingrid Dahl', count: 2, difference: 'content' },
        },
      ],
    },
    {
      name: 'the diff shows the changed word, not a typographic apostrophe',
      documents: [wire("We will not gamble with people's lives"), paper('We will not gamble with people’s safety.')],
      errors: [{ messageId: 'differs', file: 'wire.txt', data: { diff: "We will not gamble with people's [-lives-] {+safety+}" } }],
    },
    {
      name: 'three sources, three wordings, one diagnostic linking all',
      documents: [
        wire('We will rebuild every damaged home before winter'),
        paper('We shall rebuild all the damaged houses before the winter.'),
        blog('We will rebuild every flooded home before winter'),
      ],
      errors: [
        {
          messageId: 'differs',
          file: 'wire.txt',
          line: 3,
          related: [{ file: 'paper.txt' }, { file: 'blog.md' }],
          exactRelated: true,
          data: { count: 3 },
        },
      ],
    },
    {
      name: 'only function words differ: info',
      documents: [wire('We opened all of the shelters within two hours'), paper('We opened all the shelters within two hours.')],
      errors: [{ messageId: 'differsFunctionWords', severity: 'info', file: 'wire.txt', related: [{ file: 'paper.txt' }] }],
    },
    {
      name: 'a partial quote that changes a word of the full one',
      documents: [
        wire('Nobody in this city was left without shelter for a single night'),
        { path: 'paper.txt', text: 'Dahl insisted that nobody "was left without a roof for a single night".\n' },
      ],
      errors: [{ messageId: 'differs', file: 'wire.txt', related: [{ file: 'paper.txt', text: "was left without a roof for a single night" }] }],
    },
    {
      name: 'two translations of one remark, one of them a clause woven into the writer\'s sentence, the other two sentences',
      documents: [
        wire('The pumps seem to have failed in the night. The water was rising and there was heavy rain'),
        { path: 'paper.txt', text: 'Dahl said the pumps had "apparently failed during the night, with the water rising in dense rain".\n' },
      ],
      errors: [{ messageId: 'differs', file: 'wire.txt', related: [{ file: 'paper.txt' }] }],
    },
  ],
});

describe('quote-mismatch on the seeds', () => {
  const seeds = ['000_ae8168442a0f2921.txt', '001_1efb61f14035d3f6.txt', '002_bd6a55f66e3d6431.txt'].map((f) => ({
    path: `seeds/${f}`,
    text: readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8'),
    meta: { published: '2013-06-16' },
  }));
  const diagnostics = runRule(rule as unknown as Rule, seeds);

  it('links the three wordings of the "organs" remark in one warning with a word diff', () => {
    const organs = diagnostics.find((d) => /organs/.test(JSON.stringify(d.data)));
    expect(organs?.severity).toBe('warning');
    expect(new Set([organs!.file, ...organs!.related.map((r) => r.file)])).toEqual(new Set(seeds.map((s) => s.path)));
    expect(organs!.message).toContain('[-internal-]');
  });

  it('reports the "humanitarian values", "blood on their hands" and "common ground" remarks', () => {
    const wordings = diagnostics.map((d) => JSON.stringify(d.data.wordings));
    expect(wordings.some((w) => /humanitarian values/.test(w) && /humanitarian and cultural values/.test(w))).toBe(true);
    expect(wordings.some((w) => /blood on their hands/.test(w) && /blood is on the hands/.test(w))).toBe(true);
    expect(wordings.some((w) => /common ground is that/.test(w) && /common ground is we/.test(w))).toBe(true);
  });

  it('grades them as the words differ: content for the translations, a function word ("that") for Cameron\'s overlapping excerpts', () => {
    const severity = (re: RegExp) => diagnostics.find((d) => re.test(JSON.stringify(d.data.wordings)))?.severity;
    expect(severity(/humanitarian and cultural values/)).toBe('warning');
    expect(severity(/blood is on the hands/)).toBe('warning');
    expect(severity(/common ground is we/)).toBe('info');
  });

  it('stays quiet on Cameron\'s words that two sources print identically', () => {
    expect(diagnostics.some((d) => /What I take from our conversation/.test(JSON.stringify(d.data)))).toBe(false);
  });
});
