import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { runEval } from './eval-lib.mjs';

interface Score {
  precision: number;
  recall: number;
  f1: number;
}
interface Summary {
  quotes: { overlap: Score; exact: Score };
  speakerAccuracy: number;
  values: { all: Score };
  rules: Record<string, Score & { findings: number; reported: number }>;
}

// Floors a little under today's figures (README, "Measured"): a change that costs
// extraction quality on the labelled fixtures fails here, not in the held-out evaluation.
describe('quality on the labelled fixtures', async () => {
  const result = (await runEval()) as { overall: Summary; fixtures: Record<string, Summary & { problems: string[] }> };

  it('has labels that all point at real text', () => {
    for (const [name, f] of Object.entries(result.fixtures)) expect(f.problems, name).toEqual([]);
  });

  it('finds quotes (overlap F1 ≥ 0.95) with the right speaker (≥ 0.93)', () => {
    expect(result.overall.quotes.overlap.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  // The target is 0.9, and the floor is the target: the measured figure (90.6 on 88
  // clusters, README "Quality") sits just above it since the blind clusters c65–c88 came in.
  // A regression fails the build; a new blind cluster, which lowers the total as the held-out
  // set will, may take it under and is then worked on before it lands.
  it('finds values (F1 ≥ 0.90)', () => {
    expect(result.overall.values.all.f1).toBeGreaterThanOrEqual(0.9);
  });

  // The target is 0.9 for every rule; the floor sits under it because the blind-labelled
  // clusters (c10–c95) keep findings no rule reaches yet (README, "Quality"). Two recalls have
  // floors of their own under their measured figures: place-mismatch (60.4 on 96 clusters: places
  // no table knows, such as two suburbs of one city or two gates of one stadium, are not
  // reported) and number-mismatch (69.5 on 96 clusters: counts a live page gives at two moments,
  // a witness's count against an official one, a stats line with no words around its figure).
  const RECALL_FLOOR: Record<string, number> = { 'place-mismatch': 0.62, 'number-mismatch': 0.72 };
  it('reports each rule’s labelled findings with precision ≥ 0.7 and recall ≥ 0.7 (place-mismatch 0.62, number-mismatch 0.72)', () => {
    const rules = Object.entries(result.overall.rules);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const [id, r] of rules) {
      expect(r.findings, `${id} has labelled findings`).toBeGreaterThan(0);
      expect(r.precision, `${id} precision`).toBeGreaterThanOrEqual(0.7);
      expect(r.recall, `${id} recall`).toBeGreaterThanOrEqual(RECALL_FLOOR[id] ?? 0.7);
    }
  });

  it('gets every seed quote and speaker right', () => {
    expect(result.fixtures.seeds!.quotes.overlap.f1).toBe(1);
    expect(result.fixtures.seeds!.speakerAccuracy).toBe(1);
  });
});
