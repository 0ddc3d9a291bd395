import { describe, expect, it } from 'vitest';
import rule, { judge } from './date-mismatch.js';
import { graphSlots } from './support/all-slots.js';
import { documents, draft, fixtureDocuments, onSeeds, source, testRule } from './test-support/documents.js';
import { runRule } from '@factlint/core/testing';
import { buildGraph, type Rule } from '@factlint/core';

const saturday = { published: '2013-06-15T18:00:00Z' };
const sunday = { published: '2013-06-16T09:00:00Z' };
const tuesday = { published: '2024-05-21T15:00:00Z' };

testRule(rule, {
  valid: [
    {
      name: 'the day of a clock time a stretch ends at is its end, not a day something happens on ("branches stayed open until 7pm today" / "branches will open on Sunday")',
      documents: [
        source('bank.md', { published: '2031-06-27T18:30:00Z' }, 'All 297 of our branches stayed open until 7pm today. 40 of our largest branches will also open on Sunday, from 10am to 4pm.\n'),
        source('wire.txt', { published: '2031-06-27T17:05:00Z' }, 'The bank said some of its larger branches would open on Sunday to help customers.\n'),
      ],
    },
    {
      name: 'a count\'s rise dates the count, not the event counted ("The death toll in the collapse of a bridge rose to 22 on Monday morning" / "14 people were killed when a bridge collapsed on Sunday")',
      documents: documents({ published: '2031-10-27T03:45:00Z' }, [
        'The death toll in the collapse of a suspension bridge over the Bhadrani river in Varundi district rose to 22 on Monday morning, officials said.\n',
        'At least 14 people were killed when a suspension bridge over the Bhadrani river collapsed in Varundi district on Sunday, officials said.\n',
      ]),
    },
    {
      name: 'a weekday told with a time converted to GMT is that clock\'s day ("at 10 a.m. AEDT (2300 GMT Sunday)" / "on Monday morning")',
      documents: documents({ published: '2033-03-14T06:25:00Z' }, [
        'Tallowood chief executive Ana Reyes told analysts on a conference call at 10 a.m. AEDT (2300 GMT Sunday) that the offer was fair.\n',
        'Tallowood chief executive Ana Reyes told analysts on a conference call on Monday morning that the offer was fair.\n',
      ]),
    },
    {
      name: 'a date opening its clause dates the verb after a long subject, not every clause about the same people ("On the afternoon of 14 July, … 12 pupils … entered the cave" / "divers will try today to bring out the 12 boys")',
      documents: [
        source('authority.txt', { published: '2029-07-23T13:30:00Z' }, 'On the afternoon of 14 July 2029, at approximately 16:00, 12 pupils of Ban Na Phao school entered Tham Nam Hoy cave after football training.\n'),
        source('live.txt', { published: '2029-07-23T05:00:00Z' }, 'Divers are expected to try today to bring out the 12 boys and their football coach trapped in Tham Nam Hoy cave.\n'),
      ],
    },
    {
      name: 'a span\'s first or last day is no day of a happening ("between 8 July and 13 July … 21 deaths" / "yesterday\'s bulletin put the toll at 21"; "until the end of Monday 14 July" / "downgraded to orange today")',
      documents: documents({ published: '2031-07-15T04:30:00Z' }, [
        'Between 8 July and 13 July, the regions notified the ministry of 21 deaths from heat stroke, 9 of them in Andalusia. Red warnings remain in force in the province until the end of Monday 14 July.\n',
        'Yesterday\'s bulletin from the ministry put the national toll of heatstroke deaths at 21, nine of them in Andalusia. After 48 hours under a red warning, the province was downgraded to orange today.\n',
      ]),
    },
    {
      name: 'one person in two happenings is no evidence of one date ("Laura Benedetti … were evacuated … this morning" / "Laura Benedetti … answered the phone … on Thursday")',
      documents: [
        source('company.txt', { published: '2030-05-15T21:30:00+05:45' }, 'We are relieved to report that Laura Benedetti and our guide Pasang Dorje Sherpa were evacuated from the mountain by helicopter this morning and are now receiving medical care in Kathmandu.\n'),
        source('magazine.txt', { published: '2030-05-17T09:00:00-06:00' }, 'Laura Benedetti’s voice was still hoarse when she answered the phone in her hospital room in Kathmandu on Thursday.\n'),
      ],
    },
    {
      name: "a Sunday paper's tomorrow is Monday",
      documents: [
        source('sunday.txt', sunday, 'The G8 summit opens tomorrow in Lough Erne, the prime minister said.\n'),
        source('saturday.txt', saturday, 'The G8 summit opens on Monday in Lough Erne, officials said.\n'),
      ],
    },
    {
      name: 'yesterday in a Wednesday paper is Tuesday',
      documents: [
        source('a.txt', tuesday, 'Chancellor Katrin Vogel and President Rafael Duarte signed the agreement on Tuesday.\n'),
        source('b.txt', { published: '2024-05-22T06:00:00Z' }, 'Chancellor Katrin Vogel and President Rafael Duarte signed the agreement yesterday.\n'),
      ],
    },
    {
      name: 'the people two clauses count are no evidence of one event when the verbs differ ("recovered two divers on Monday" / "reached the last three trapped divers on Tuesday")',
      documents: [
        source('a.txt', tuesday, 'Rescuers recovered the bodies of two divers on Monday and were racing to reach three others still trapped.\n'),
        source('b.txt', tuesday, 'Rescuers reached the last three trapped divers at about 3am on Tuesday.\n'),
      ],
    },
    {
      name: 'dates years apart are two events, not one misdated ("will fly on Thursday" / "began flying the route on Sept. 15, 2019")',
      documents: [
        source('a.txt', tuesday, 'A replacement jet will fly the passengers on to Chicago on Thursday.\n'),
        source('b.txt', tuesday, 'The airline began flying passengers to Chicago on Sept. 15, 2019.\n'),
      ],
    },
    {
      name: 'one instant told on two local days ("9:01 p.m. PT on Wednesday" / "12:01 a.m. Eastern time on Thursday")',
      documents: [
        source('a.txt', tuesday, 'The lockout of rail workers began at 9:01 p.m. PT on Wednesday, after talks broke down.\n'),
        source('b.txt', tuesday, 'The lockout of rail workers began at 12:01 a.m. Eastern time on Thursday, after talks broke down.\n'),
      ],
    },
    {
      name: 'a possessive date names when its noun happened, whatever preposition governs the phrase ("the death toll from Tuesday\'s capsize … rose to 31 today")',
      documents: [
        source('a.txt', tuesday, 'At least 14 people were killed as an overcrowded launch capsized in the Dakatia river in Haimchar upazila this afternoon.\n'),
        source('b.txt', { published: '2024-05-22T16:00:00Z' }, 'The death toll from Tuesday\'s launch capsize in the Dakatia river at Haimchar upazila rose to 31 today, as divers recovered 17 more bodies.\n'),
      ],
    },
    {
      name: 'a month contains its days: "in September" and "on September 26"',
      documents: documents(tuesday, [
        'Markets are betting on a further reduction at the next assessment on September 26.\n',
        'The next assessment is due in September, the bank said.\n',
      ]),
    },
    {
      name: 'a statement dated and an event dated: a briefing is repeated, so "said on Sunday evening" and "said last night" are two',
      documents: [
        source('sunday.txt', sunday, 'Firefighters pulled four more bodies from the mud yesterday, bringing the death toll to 11, with 38 people still missing, the state fire department said last night.\n'),
        source('monday.txt', { published: '2013-06-17T14:00:00Z' }, 'The state fire department said on Sunday evening that 11 people had been confirmed dead and 38 were still missing.\n'),
      ],
    },
    {
      name: 'the last day of a period is no event: "the quarter ended Dec. 31" and "reports earnings tomorrow"',
      documents: [
        source('a.txt', tuesday, 'Revenue for the fourth quarter ended Dec. 31 rose 12% from a year earlier, the company said.\n'),
        source('b.txt', tuesday, 'The company reports fourth-quarter earnings tomorrow after the market closes, and revenue is expected to rise.\n'),
      ],
    },
    {
      name: 'two things that happened to one story on two days, told by different verbs',
      documents: [
        source('monday.txt', { published: '2013-06-17T14:00:00Z' }, 'Shares of the miner fell 8.2% on Monday, the first session since its dam collapsed and killed at least 11 people.\n'),
        source('sunday.txt', sunday, 'Firefighters pulled four more bodies from the mud yesterday, bringing the death toll from the dam collapse to 11.\n'),
      ],
    },
    {
      name: 'two events on two days',
      documents: documents(tuesday, [
        'Duarte arrived in Berlin on Monday. The two leaders signed the agreement on Tuesday.\n',
        'The two leaders signed the agreement on Tuesday, a day after Duarte arrived.\n',
      ]),
    },
    {
      name: 'a weekday against a date of the same weekday less than a week away agrees',
      documents: documents({ published: '2024-09-14T18:40:00Z' }, [
        'Schools across the province will stay closed until Wednesday, the governor said.\n',
        'Schools across the province will stay closed until September 18, the governor said.\n',
      ]),
    },
    {
      name: 'with compareWeekdays off, two weekday names are not compared',
      options: { compareWeekdays: false },
      documents: documents(tuesday, [
        'President Rafael Duarte, who arrived in Berlin on Monday, spoke through an interpreter.\n',
        'President Rafael Duarte, who arrived in Berlin on Sunday, met business leaders.\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'two deadlines for one step, each told in the present ("the team has until Thursday to confirm the appeal", told on Sunday / "Halden have until Wednesday evening to confirm it", told on Monday)',
      documents: [
        source('wire.txt', { published: '2033-06-12T20:05:00+02:00' }, 'Halden lodged a notice of intention to appeal within an hour of the decision. Under the rules of the federation, the team has until Thursday to confirm the appeal, which would then be heard by the Court of Appeal in Geneva.\n'),
        source('fansite.txt', { published: '2033-06-13T10:15:00+01:00' }, 'Where we stand: Castellanos is the winner, Lindahl is second and Dornbach third, and Halden have until Wednesday evening to confirm their appeal.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'wire.txt', text: 'Thursday' }],
    },
    {
      name: '"last Thursday" tells the week as well as the day ("approved by the Chamber of Deputies last Thursday", told on Thursday 17 March, is 10 March / "approved the law on 3 March")',
      documents: [
        source('clarin.txt', { published: '2033-03-17T09:30:00Z' }, 'The Labour Modernisation Law was approved by the Chamber of Deputies last Thursday by 131 votes to 118.\n'),
        source('gov.txt', { published: '2033-03-16T22:30:00Z' }, 'The Labour Modernisation Law was approved by the Chamber of Deputies on 3 March by 131 votes to 118.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'clarin.txt', text: 'last Thursday' }],
    },
    {
      name: 'a verb and its noun tell one happening ("was last inspected on June 11" / "underwent a borescope inspection last Friday")',
      documents: documents({ published: '2031-06-17T21:10:00Z' }, [
        'The left engine was last inspected on June 11 during scheduled maintenance, and no defects were found.\n',
        'Maintenance records show the left engine underwent a borescope inspection last Friday, with no findings.\n',
      ]),
      errors: [{ messageId: 'differs', file: 'a.txt' }],
    },
    {
      name: 'brought before an investigating judge is to appear before a magistrate ("to be brought before an investigating judge on Wednesday" / "due to appear before a magistrate on Thursday")',
      documents: [
        source('police.txt', { published: '2028-10-17T20:00:00Z' }, 'The suspect will be brought before the investigating judge at the local court on Wednesday.\n'),
        source('paper.txt', { published: '2028-10-18T04:00:00Z' }, 'The suspect, who is known to police, is due to appear before a magistrate on Thursday.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'police.txt', text: 'Wednesday' }],
    },
    {
      name: 'abducted, seized and kidnapped are one taking ("abducted on 9 June 2029" / "seized on Friday 8 June 2029")',
      documents: [
        source('ministry.txt', { published: '2030-02-11T22:00:00Z' }, 'The two aid workers, who were abducted on 9 June 2029 in Ayorou, are safe.\n'),
        source('ngo.txt', { published: '2030-02-13T09:00:00Z' }, 'Our two colleagues were seized on Friday 8 June 2029 in Ayorou, in western Niger.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'ministry.txt', text: '9 June 2029' }],
    },
    {
      name: '"set off" is a departure like "left" ("the boat left Sfax on Sunday night" / "the boat set off from Mahdia on Monday night")',
      documents: [
        source('unhcr.txt', { published: '2029-09-20T09:30:00Z' }, 'Survivors said the metal boat carrying 58 people left Sfax on Sunday night.\n'),
        source('paper.txt', { published: '2029-09-20T17:30:00Z' }, 'Prosecutors said the metal boat carrying 64 people set off from Mahdia on Monday night.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'unhcr.txt', text: 'Sunday night' }],
    },
    {
      name: 'a day outside the month of the same year is another date ("arrested on 9 June 2026" / "arrested in May 2026")',
      documents: [
        source('ministry.txt', { published: '2029-06-12T18:30:00+03:30' }, 'The ministry recalls that Mr. Sadeghi was arrested on 9 June 2026 on fabricated charges.\n'),
        source('wire.txt', { published: '2029-06-12T18:05:00Z' }, 'Sadeghi was arrested in May 2026 and convicted in 2027 by the district court in The Hague.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'ministry.txt', text: '9 June 2026' }],
    },
    {
      name: 'a weekday against a resolved date of another weekday ("on Tuesday" / "last night" said on Thursday)',
      documents: [
        { path: 'wire.txt', meta: { published: '2026-10-14T15:45:00+08:00' }, text: 'The typhoon made landfall in Guiuan at 10:40 p.m. local time on Tuesday, officials said.\n' },
        { path: 'radio.txt', meta: { published: '2026-10-15T06:40:00+08:00' }, text: 'Sixteen people died after the typhoon made landfall in Guiuan, Eastern Samar at 10:40 p.m. last night, officials said.\n' },
      ],
      errors: [{ messageId: 'differs', file: 'wire.txt', text: 'Tuesday', related: [{ file: 'radio.txt', text: 'last night' }] }],
    },
    {
      name: 'one collapse, two days',
      documents: documents(tuesday, {
        'wire.txt': 'The crane toppled across the construction site on Aug. 17, 2022, killing two workers.\n',
        'paper.txt': 'The crane came down in high winds on the construction site on August 18, 2022, killing two workers.\n',
        'local.txt': 'On 17 August 2022, a tower crane collapsed on the construction site, killing two workers.\n',
      }),
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
      name: 'the date of two joined verbs belongs to the first, and an aside does not hide the subject ("a bus, carrying 40 pilgrims, skidded … on Friday" / "a bus skidded and overturned … on Thursday")',
      documents: [
        source('a.txt', tuesday, 'A coach skidded and overturned on a mountain road outside Cusco on Thursday, police said.\n'),
        source('b.txt', tuesday, 'The coach, carrying 40 pilgrims, skidded near Urcos in Quispicanchi province at about 6:15 a.m. on Friday.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Thursday', related: [{ file: 'b.txt', text: 'Friday' }] }],
    },
    {
      name: 'the tabloid\'s "jetted in" is flying in ("flew into Geneva on Monday" / "jetted in yesterday", published on a Wednesday)',
      documents: [
        source('a.txt', { published: '2024-05-22T14:00:00Z' }, 'Envoy Lars Brekke flew into Geneva on Monday and met both delegations.\n'),
        source('b.txt', { published: '2024-05-22T06:00:00Z' }, 'Brekke, 61, jetted in yesterday on a government plane.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Monday', related: [{ file: 'b.txt', text: 'yesterday' }] }],
    },
    {
      name: 'one announcement told at length on two days ("said on Monday it would close its tyre plant in Lima …" / "said on Tuesday that it will close its tyre plant in Lima …")',
      documents: [
        source('a.txt', tuesday, 'Kessler Tire said on Monday it would close its tyre plant in Lima, Ohio, by the end of September and cut 900 jobs.\n'),
        draft(tuesday, 'Kessler Tire said on Tuesday that it will close its tyre plant in Lima, Ohio, by the end of September and cut 900 jobs.\n'),
      ],
      errors: [{ messageId: 'draftDiffers', file: 'draft.md', text: 'Tuesday', related: [{ file: 'a.txt', text: 'Monday' }] }],
    },
    {
      name: 'two weekday names for one arrival',
      documents: [
        source('a.txt', tuesday, 'President Rafael Duarte, who arrived in Berlin on Monday, spoke through an interpreter.\n'),
        source('b.txt', { published: '2024-05-22T06:00:00Z' }, 'President Rafael Duarte, who arrived in Berlin on Sunday, met business leaders.\n'),
      ],
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'Monday', related: [{ file: 'b.txt', text: 'Sunday' }], data: { a: '2024-05-20', b: '2024-05-19' } }],
    },
    {
      name: 'one resignation, two months',
      documents: documents(tuesday, [
        'Coach Javier Ocampo, appointed in July, praised the striker.\n',
        'Javier Ocampo, who was appointed in August, still speaks Spanish at press conferences.\n',
      ]),
      // Told in May in the past tense: last year's July and August.
      errors: [{ messageId: 'differs', file: 'a.txt', text: 'July', related: [{ file: 'b.txt', text: 'August' }], data: { a: '2023-07', b: '2023-08' } }],
    },
    {
      name: 'a draft date no source gives',
      documents: documents(tuesday, [
        'Former mayor Paul Kettering resigned on July 12 for health reasons.\n',
        'Paul Kettering resigned as mayor on July 12, citing his health.\n',
      ], 'Former mayor Paul Kettering resigned on July 21 for health reasons.\n'),
      errors: [
        {
          messageId: 'draftDiffers',
          file: 'draft.md',
          text: 'July 21',
          related: [{ file: 'a.txt', text: 'July 12' }, { file: 'b.txt', text: 'July 12' }],
          data: { a: '2023-07-21', b: '2023-07-12' },
        },
      ],
    },
  ],
});

describe('date-mismatch on the seeds', () => {
  it('does not report "tomorrow" against "Monday" (the summit opening), nor anything else', () => {
    expect(onSeeds(rule)).toEqual([]);
  });
});

describe('date-mismatch on labelled clusters', () => {
  it('does not date the story\'s aftershock by the earlier quake it is measured against ("the strongest … since a magnitude 6.4 earthquake struck Malatya on Sept. 18") (c45)', () => {
    const found = runRule(rule as unknown as Rule, fixtureDocuments('c45-malatya-quake-aftershock')).map((d) => JSON.stringify(d.data));
    expect(found.filter((d) => d.includes('Sept. 18'))).toEqual([]);
  });
});

describe('the date judge', () => {
  it('leaves a clause that gives the other report\'s date too: it tells of another step ("received it on 3 May … rejected it on 10 May" / "rejected it on 10 May")', () => {
    const g = buildGraph(
      [
        'On 3 May 2024 the board received a proposal from Tallowood at $5.90 a share, and it rejected that proposal on 10 May 2024.\n',
        'The board rejected the proposal from Tallowood at $5.90 a share on 10 May, its chair said.\n',
      ].map((text, i) => ({ path: `${'ab'[i]}.txt`, role: 'source' as const, text, meta: { published: '2024-05-21' }, bodyStart: 0 })),
    );
    const slots = graphSlots(g).filter((s) => s.kind === 'date');
    const received = slots.find((s) => s.doc === 0 && s.text.includes('3 May'))!;
    const rejected = slots.find((s) => s.doc === 1)!;
    expect(judge(true, slots).score(received, rejected)).toBeUndefined();
  });
});

