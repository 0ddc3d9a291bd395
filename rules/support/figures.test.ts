import { buildGraph } from '@factlint/core';
import { describe, expect, it } from 'vitest';
import { graphSlots } from './all-slots.js';
import { figureJudge, FIGURE_KINDS } from './figures.js';

/** The judge's view of the first figure of each of two one-line sources. */
function pair(a: string, b: string) {
  const g = buildGraph(
    [a, b].map((text, i) => ({ path: `${'ab'[i]}.txt`, role: 'source' as const, text, meta: { published: '2024-03-05' }, bodyStart: 0 })),
  );
  const slots = graphSlots(g).filter((s) => FIGURE_KINDS.has(s.kind));
  const x = slots.find((s) => s.doc === 0)!;
  const y = slots.find((s) => s.doc === 1)!;
  const judge = figureJudge(0, undefined, undefined, slots);
  return { x, y, score: judge.score(x, y), conflictAt: judge.conflictAt(x, y), agree: judge.agree(x, y) };
}

describe('what a figure measures', () => {
  it('takes a copula\'s subject, or the noun a figure is "of", as its unit', () => {
    expect(pair('Turnout was 42.2%.', 'Labour won on a turnout of 42.2 per cent.')).toMatchObject({ x: { unit: 'turnout' }, y: { unit: 'turnout' } });
  });

  it('takes the subject a share moved to as what it measures ("Turnout fell to 71.4%")', () => {
    expect(pair('Turnout fell to 71.4%, the lowest since 1945.', 'Turnout was 74.1%.')).toMatchObject({ x: { unit: 'turnout' }, y: { unit: 'turnout' } });
  });

  it('counts a crowd in people ("a crowd of 23,418 watched" / "Nearly 32,000 people watched")', () => {
    const { x, y, score } = pair('A crowd of 23,418 watched the collapse unfold at the ground.', 'Nearly 32,000 people watched the collapse unfold at the ground.');
    expect([x.unit, y.unit]).toEqual(['crowd', 'people']);
    expect(score).toBeDefined();
  });

  it('takes a unit\'s symbol in capitals as the unit ("9,412 MW"), and compares power in watts across units', () => {
    const { x, y, score } = pair('A total of 9,412 MW of generation was lost on Thursday.', 'The collapse knocked 9.4 gigawatts of generation off the grid on Thursday.');
    expect(x).toMatchObject({ unit: 'megawatt' });
    expect(y).toMatchObject({ unit: 'gigawatt' });
    expect(score).toBeDefined();
  });

  it('stops what is counted before the time it was counted in ("added 71,000 jobs last month")', () => {
    expect(pair('The economy added 71,000 jobs last month.', 'Employers added 71,000 jobs in September.')).toMatchObject({ x: { unit: 'job' }, y: { unit: 'job' } });
  });

  it('takes a hyphened measure as the unit, and the thing after it as what is measured', () => {
    expect(pair('The 86-metre-high dam was built in 1987.', 'The 68-metre dam gave way.')).toMatchObject({ x: { unit: 'meter' }, y: { unit: 'meter' } });
  });
});

describe('what a figure counts, from the words around it', () => {
  it('counts no event a clause before "and" names when the figure has its own verb ("One worker was killed and 34 people were admitted")', () => {
    const { x, y } = pair('One worker was killed and 34 people were admitted to hospital after the blast.', 'Police said 43 people were admitted to hospital.');
    expect(x).toMatchObject({ value: { value: 1 }, event: 'death' });
    const slots = graphSlots(buildGraph([{ path: 'a.txt', role: 'source', text: 'One worker was killed and 34 people were admitted to hospital after the blast.', meta: {}, bodyStart: 0 }]));
    expect(slots.find((s) => s.value.value === 34)?.event).toBeUndefined();
    expect(y).toMatchObject({ value: { value: 43 }, verb: 'admit' });
  });

  it('reads the sum a change "works out at" as a change, as "adds about £36" is', () => {
    const { x, y } = pair('For a typical loan, the increase works out at about £32 a month.', 'The rise adds about £36 to your monthly payment.');
    expect(x).toMatchObject({ figureRole: 'change' });
    expect(y).toMatchObject({ figureRole: 'change' });
  });

  it('takes what is "put at" or "estimated at" a figure as what it counts ("put the death toll at 34", "estimated the crowd at 8,000")', () => {
    const { x, y } = pair('Officials put the death toll at 34 on Sunday.', 'Police estimated the crowd at 8,000.');
    expect(x).toMatchObject({ unit: 'people' });
    expect(y).toMatchObject({ unit: 'crowd' });
  });

  it('takes the verb of a said clause whose subject the figure is ("said 1,725 ballots were spoiled")', () => {
    const { y } = pair('Officials counted 98,412 ballots.', 'The commission said 1,725 ballots were spoiled.');
    expect(y).toMatchObject({ unit: 'ballot', verb: 'spoil' });
  });

  it('counts by the fronted whole a bare count of its sentence is part of ("Of the 98,412 ballots cast, 1,275 were spoiled")', () => {
    const slots = graphSlots(buildGraph([{ path: 'a.txt', role: 'source', text: 'Of the 98,412 ballots cast, 96,011 were valid and 1,275 were spoiled.', meta: {}, bodyStart: 0 }]));
    expect(slots.find((s) => s.value.value === 98412)).toMatchObject({ unit: 'ballot' });
    expect(slots.find((s) => s.value.value === 1275)).toMatchObject({ unit: 'ballot', part: true, verb: 'spoil' });
  });
});

describe('measures and their words', () => {
  it('takes "145-mph winds" and "185 kilometers per hour" for speeds, what they measure for their words', () => {
    const { x, y } = pair('The storm came ashore with 145-mph winds on Tuesday.', 'Winds of 185 kilometers per hour battered the coast on Tuesday.');
    expect(x).toMatchObject({ unit: 'mph' });
    expect(x.unitWords).toContain('wind');
    expect(y).toMatchObject({ unit: 'km/h' });
  });

  it('reads no "m" of a length of time as millions ("3h 48m" is no rounded 221 minutes)', () => {
    expect(pair('The final took 3h 48m on Centre Court.', 'The final took 221 minutes on Centre Court.')).toMatchObject({ agree: false });
  });

  it('reads "as many as" as a bound from above, like "up to" ("as many as 3,000 jobs" / "up to 4,000 jobs")', () => {
    const { x, y, agree } = pair('Staff feared that as many as 3,000 jobs could go.', 'Up to 4,000 jobs could go, the works council said.');
    expect(x).toMatchObject({ hedge: 'max' });
    expect(y).toMatchObject({ hedge: 'max' });
    expect(agree).toBe(false);
  });

  it('takes the verb before a compound adjective for the figure\'s ("banked a life-changing £4.3million")', () => {
    expect(pair('The underdog banked a life-changing £4.3million for his afternoon.', 'The champion collects £3.4 million.')).toMatchObject({ x: { verb: 'bank' }, y: { verb: 'collect' } });
  });
});

describe('when two figures are one fact', () => {
  it('counts the same figure of the same thing to three significant digits as strong agreement', () => {
    const { score, conflictAt } = pair('Turnout was 42.2%.', 'Labour won on a turnout of 42.2 per cent.');
    expect(score).toBeGreaterThanOrEqual(conflictAt);
  });

  it('gives a round figure no such weight', () => {
    const { score, conflictAt } = pair('Turnout was 40%.', 'Labour won on a turnout of 40 per cent.');
    expect(score).toBeLessThan(conflictAt);
  });
});

describe('what keeps two figures apart', () => {
  it('does not set a figure under a condition against one that happened', () => {
    const { x, y, score } = pair('A one-day strike shut the metro on Tuesday.', 'If talks fail, the next strike could last two days.');
    expect([x.hypothetical, y.hypothetical]).toEqual([false, true]);
    expect(score).toBeUndefined();
  });

  it('does not set a figure of an event still to come against one that happened ("began a 48-hour walkout" / "the union\'s next walkout, a 72-hour strike")', () => {
    const { x, y, score } = pair('Nurses at six trusts began a 48-hour walkout at 07:00 today.', 'Ministers must improve the offer before the union\'s next walkout, a 72-hour strike due on 3 November.');
    expect([x.hypothetical, y.hypothetical]).toEqual([false, true]);
    expect(score).toBeUndefined();
  });

  it('still pairs two estimates made with different modals', () => {
    const { score } = pair('Repairs would cost about $48 million, the director said.', 'Repairs could cost around $40 million, the director told Channel 7.');
    expect(score).toBeDefined();
  });
});

describe('a unit each source counts once', () => {
  it('makes the one count of customers in each report the same fact', () => {
    const once = pair('The outage disrupted around 1,900 of its customers, the finance chief said.', 'About 1,400 corporate customers were affected by the outage.');
    const twice = pair(
      'The outage disrupted around 1,900 of its customers, the finance chief said. It has 52,000 customers.',
      'About 1,400 corporate customers were affected by the outage. Some 300 customers asked for refunds.',
    );
    expect(once.score).toBeGreaterThan(twice.score!);
    expect(once.score).toBeGreaterThanOrEqual(once.conflictAt);
  });
});

describe('a count told at two moments', () => {
  it('is no disagreement when a report gives both figures as the count rising', async () => {
    const { figurePairing } = await import('./figures.js');
    const g = buildGraph(
      [
        'About 1,500 people had sought emergency shelter by 6pm, police said.',
        'More than 2,300 people spent the night in emergency shelters.',
        'The number of people in emergency shelters rose overnight to more than 2,300, up from about 1,500 at 6pm, police said.',
      ].map((text, i) => ({ path: `${'abc'[i]}.txt`, role: 'source' as const, text, meta: { published: '2024-03-05' }, bodyStart: 0 })),
    );
    const conflicts = (graph: typeof g) => figurePairing({ graph, documents: graph.documents } as never, 0).pairing.conflicts.map((c) => [c.a.text, c.b.text]);
    expect(conflicts(g)).toEqual([]);
    const without = buildGraph(g.documents.slice(0, 2).map((d) => ({ path: d.doc.path, role: 'source' as const, text: d.doc.text, meta: { published: '2024-03-05' }, bodyStart: 0 })));
    expect(conflicts(without)).toHaveLength(1);
  });
});
