#!/usr/bin/env node
// Quality on labelled fixtures: quote spans and speakers, values, and each rule's
// findings, as precision / recall / F1. `--json` prints JSON; `--fixture NAME` runs one;
// EVAL_VERBOSE=1 lists every miss on stderr.
import { runEval } from './eval-lib.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const only = args.includes('--fixture') ? args[args.indexOf('--fixture') + 1] : undefined;
const result = await runEval({ only });

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x) => (x * 100).toFixed(1).padStart(5);
  const row = (name, s) =>
    `${name.padEnd(30)} ${pct(s.quotes.overlap.precision)} ${pct(s.quotes.overlap.recall)} ${pct(s.quotes.overlap.f1)}  ${pct(s.quotes.exact.f1)}  ${pct(s.speakerAccuracy)}  ${pct(s.values.all.precision)} ${pct(s.values.all.recall)} ${pct(s.values.all.f1)}  ${String(s.quotes.gold).padStart(4)}`;
  console.log(`${''.padEnd(30)} quotes (overlap)     exact  speaker values              gold`);
  console.log(`${'fixture'.padEnd(30)}     P     R    F1     F1      acc     P     R    F1  quotes`);
  for (const [name, s] of Object.entries(result.fixtures)) {
    console.log(row(name, s));
    for (const p of s.problems) console.log(`    ! ${p}`);
  }
  console.log(row('OVERALL', result.overall));
  console.log('\nvalues by kind            P     R    F1  gold');
  for (const [k, v] of Object.entries(result.overall.values.byKind)) console.log(`  ${k.padEnd(20)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}  ${String(v.gold).padStart(4)}`);
  console.log(`  normalised value accuracy on matched values: ${pct(result.overall.valueAccuracy)}`);
  console.log('\nrules                     P     R    F1  findings reported');
  for (const [k, v] of Object.entries(result.overall.rules)) console.log(`  ${k.padEnd(20)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}  ${String(v.findings).padStart(8)} ${String(v.reported).padStart(8)}`);
  if (process.env.EVAL_VERBOSE) {
    for (const [name, s] of Object.entries(result.fixtures)) for (const e of s.speakerErrors) console.error(`speaker ${name}: ${e}`);
  }
}
