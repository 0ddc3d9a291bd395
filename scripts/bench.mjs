#!/usr/bin/env node
// Throughput and memory of the factlint pipeline, on one core.
//
//   pnpm bench                      (= tsc -b && node --expose-gc scripts/bench.mjs)
//   node --expose-gc scripts/bench.mjs [--articles N] [--reps N] [--seed S] [--json]
//                                      [--no-stages] [--write-corpus] [--phase NAME]
//
// Runs, each in its own child process (one after another, never in parallel, so
// every figure is single-core and each phase's max RSS is its own):
//   seeds       lint() on the three seed articles: warm-up, then --reps timed runs, median
//   corpus      lint() on a generated corpus (scripts/bench-corpus.mjs), one call per story cluster
//   extraction  buildGraph() on each corpus document alone (parse → analyse → extract → resolve → align)
//   stages      the corpus again, stage by stage, to show where the time goes (skip with --no-stages)
// Prints a table, or with --json the same figures as JSON. `--phase NAME` runs one
// phase in this process and prints its JSON (what the children do; handy with --cpu-prof).

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  alignDocuments,
  analyseDocument,
  buildGraph,
  compareDiagnostics,
  extractClaims,
  lint,
  NameBook,
  parseDocument,
  resolveDocument,
  resolveRuleSettings,
  runRules,
} from '@factlint/core';
import { rules } from '@factlint/rules';
import { DEFAULT_SEED, generateCorpus, wordCount, writeCorpus } from './bench-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const seedsDir = path.join(root, 'seeds');
const SEEDS_PUBLISHED = '2013-06-16';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
function option(name, dflt) {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const n = Number(argv[i + 1]);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`bench: ${name} needs a number`);
    process.exit(2);
  }
  return n;
}
const opts = {
  articles: option('--articles', 1000),
  reps: Math.max(1, option('--reps', 10)),
  seed: option('--seed', DEFAULT_SEED),
  json: flag('--json'),
  stages: !flag('--no-stages'),
  writeCorpus: flag('--write-corpus'),
  phase: argv.includes('--phase') ? argv[argv.indexOf('--phase') + 1] : null,
};

const MB = 1024 * 1024;
const activeRules = resolveRuleSettings(rules, {});
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

// ---------------------------------------------------------------------------
// Measuring

/** Peak heapUsed, sampled after every pipeline call (before the garbage is collected). */
function heapTracker() {
  let peak = 0;
  return {
    sample() {
      const h = process.memoryUsage().heapUsed;
      if (h > peak) peak = h;
    },
    get peak() {
      return peak;
    },
  };
}

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

function quantiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { min: s[0], p50: q(0.5), p95: q(0.95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

function progress(label, done, total, started) {
  if (!process.stderr.isTTY) return;
  if (done !== total && done % 5 !== 0) return;
  const secs = (performance.now() - started) / 1000;
  const eta = done ? (secs / done) * (total - done) : 0;
  process.stderr.write(`\r${label}: ${done}/${total} (${((100 * done) / total).toFixed(0)}%) ${secs.toFixed(1)}s elapsed, ~${eta.toFixed(0)}s left   `);
  if (done === total) process.stderr.write('\r\x1b[K');
}

function seedDocuments() {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      path: path.relative(root, path.join(seedsDir, f)),
      role: 'source',
      text: readFileSync(path.join(seedsDir, f), 'utf8'),
      meta: { published: SEEDS_PUBLISHED },
      bodyStart: 0,
    }));
}

function corpusClusters() {
  const t0 = performance.now();
  const corpus = generateCorpus({ articles: opts.articles, seed: opts.seed });
  const generateMs = performance.now() - t0;
  const clusters = corpus.clusters.map((cl) =>
    cl.articles.map((a) => ({
      path: `.bench/corpus/${a.path}`,
      role: 'source',
      text: a.text,
      meta: { outlet: a.outlet, published: a.published },
      bodyStart: 0,
    })),
  );
  return { corpus, clusters, generateMs };
}

const words = (docs) => docs.reduce((s, d) => s + wordCount(d.text), 0);

/** Figures gathered from results, outside the timed calls. */
function graphCounts(into, graph) {
  for (const d of graph.documents) {
    into.quotes += d.quotes.length;
    into.attributed += d.quotes.filter((q) => q.speaker).length;
    into.values += d.values.length;
    into.facts += d.facts.length;
    into.entities += d.entities.length;
  }
  into.quoteGroups += graph.quoteGroups.filter((g) => g.members.length > 1).length;
  into.factGroups += graph.factGroups.filter((g) => g.members.length > 1).length;
}
const emptyCounts = () => ({ quotes: 0, attributed: 0, values: 0, facts: 0, entities: 0, quoteGroups: 0, factGroups: 0 });

// ---------------------------------------------------------------------------
// Phases (each runs in its own process)

function phaseSeeds() {
  const docs = seedDocuments();
  const w = words(docs);
  const heap = heapTracker();
  for (let i = 0; i < 3; i++) lint(docs, activeRules); // warm-up: JIT, tagger model, schema compilation
  gc();
  const times = [];
  let result;
  for (let i = 0; i < opts.reps; i++) {
    const t0 = performance.now();
    result = lint(docs, activeRules);
    times.push(performance.now() - t0);
    heap.sample();
  }
  const q = quantiles(times);
  const counts = emptyCounts();
  graphCounts(counts, result.graph);
  return {
    documents: docs.length,
    words: w,
    reps: opts.reps,
    ms: q,
    wordsPerSec: w / (q.p50 / 1000),
    peakHeapBytes: heap.peak,
    maxRssBytes: maxRssBytes(),
    counts,
    diagnostics: result.report.diagnostics.length,
  };
}

function phaseCorpus() {
  const { corpus, clusters, generateMs } = corpusClusters();
  if (opts.writeCorpus) writeCorpus(corpus, path.join(root, '.bench', 'corpus'));
  const w = corpus.clusters.reduce((s, cl) => s + cl.articles.reduce((t, a) => t + a.words, 0), 0);
  // Warm up on a few clusters and the seeds, then measure every cluster.
  const seeds = seedDocuments();
  for (let i = 0; i < 2; i++) lint(seeds, activeRules);
  for (const docs of clusters.slice(0, 3)) lint(docs, activeRules);
  gc();
  const heap = heapTracker();
  const times = [];
  const counts = emptyCounts();
  const byRule = {};
  const bySeverity = {};
  const started = performance.now();
  for (let i = 0; i < clusters.length; i++) {
    const t0 = performance.now();
    const { report, graph } = lint(clusters[i], activeRules);
    times.push(performance.now() - t0);
    heap.sample();
    graphCounts(counts, graph);
    for (const d of report.diagnostics) {
      byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
      bySeverity[d.severity] = (bySeverity[d.severity] ?? 0) + 1;
    }
    progress('corpus (lint per cluster)', i + 1, clusters.length, started);
  }
  const totalMs = times.reduce((a, b) => a + b, 0);
  const slowest = times
    .map((ms, i) => ({ ms, cluster: corpus.clusters[i].id, event: corpus.clusters[i].event, articles: clusters[i].length, words: words(clusters[i]) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return {
    seed: opts.seed,
    clusters: clusters.length,
    documents: corpus.articles.length,
    words: w,
    generateMs,
    totalMs,
    wordsPerSec: w / (totalMs / 1000),
    perCluster: quantiles(times),
    slowest,
    peakHeapBytes: heap.peak,
    maxRssBytes: maxRssBytes(),
    counts,
    diagnostics: { byRule, bySeverity },
  };
}

function phaseExtraction() {
  const { corpus, clusters } = corpusClusters();
  const docs = clusters.flat();
  const w = words(docs);
  for (const d of docs.slice(0, 10)) buildGraph([d]);
  gc();
  const heap = heapTracker();
  const times = [];
  const counts = emptyCounts();
  const started = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const t0 = performance.now();
    const graph = buildGraph([docs[i]]);
    times.push(performance.now() - t0);
    heap.sample();
    graphCounts(counts, graph);
    progress('extraction (buildGraph per document)', i + 1, docs.length, started);
  }
  const totalMs = times.reduce((a, b) => a + b, 0);
  const slowest = times
    .map((ms, i) => ({ ms, path: corpus.articles[i].path, words: corpus.articles[i].words }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return {
    documents: docs.length,
    words: w,
    totalMs,
    wordsPerSec: w / (totalMs / 1000),
    perDocument: quantiles(times),
    slowest,
    peakHeapBytes: heap.peak,
    maxRssBytes: maxRssBytes(),
    counts,
  };
}

/**
 * The corpus again, calling the stages lint() calls (see packages/core/src/pipeline.ts)
 * one by one, to show where the time goes. If pipeline.ts changes, this follows
 * it only as far as the public API allows: compare `sum` with the corpus total.
 */
function phaseStages() {
  const { clusters } = corpusClusters();
  for (const docs of clusters.slice(0, 3)) lint(docs, activeRules);
  gc();
  const ms = { parse: 0, analyse: 0, extract: 0, nameBook: 0, resolve: 0, align: 0, rules: 0 };
  const started = performance.now();
  let t;
  const lap = (stage) => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  for (let i = 0; i < clusters.length; i++) {
    t = performance.now();
    const parsed = clusters[i].map((d) => parseDocument(d));
    lap('parse');
    const analysed = parsed.map((p) => analyseDocument(p));
    lap('analyse');
    const extracted = analysed.map((a) => extractClaims(a));
    lap('extract');
    const book = NameBook.from(extracted);
    lap('nameBook');
    const resolved = extracted.map((e) => resolveDocument(e, book));
    lap('resolve');
    const graph = alignDocuments(resolved);
    lap('align');
    runRules(graph, activeRules).sort(compareDiagnostics);
    lap('rules');
    progress('stage breakdown', i + 1, clusters.length, started);
  }
  const sum = Object.values(ms).reduce((a, b) => a + b, 0);
  return { ms, sum };
}

const PHASES = { seeds: phaseSeeds, corpus: phaseCorpus, extraction: phaseExtraction, stages: phaseStages };

// ---------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemoryBytes: os.totalmem(),
  };
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMB = (b) => `${(b / MB).toFixed(0)} MB`;
const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const pad = (s, n) => String(s).padStart(n);

function table(r) {
  const m = r.machine;
  const out = [];
  out.push(`factlint bench: ${m.cpu}, ${m.cores} cores (measured on one), ${m.platform}, Node ${m.node}, ${(m.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB RAM`);
  out.push(`corpus: ${fmtInt(r.corpus.documents)} generated articles in ${r.corpus.clusters} clusters (seed ${r.corpus.seed}, generated in ${fmtMs(r.corpus.generateMs)})`);
  out.push('');
  out.push(`${'run'.padEnd(38)}${pad('docs', 6)}${pad('words', 10)}${pad('time', 11)}${pad('words/s', 10)}${pad('peak heap', 11)}${pad('max RSS', 10)}`);
  const row = (name, x, ms) =>
    `${name.padEnd(38)}${pad(fmtInt(x.documents), 6)}${pad(fmtInt(x.words), 10)}${pad(fmtMs(ms), 11)}${pad(fmtInt(x.wordsPerSec), 10)}${pad(fmtMB(x.peakHeapBytes), 11)}${pad(fmtMB(x.maxRssBytes), 10)}`;
  out.push(row(`(a) seeds, lint, median of ${r.seeds.reps}`, r.seeds, r.seeds.ms.p50));
  out.push(row(`(b) corpus, lint per cluster (${r.corpus.clusters})`, r.corpus, r.corpus.totalMs));
  out.push(row('(c) corpus, buildGraph per document', r.extraction, r.extraction.totalMs));
  out.push('');
  const lat = (q) => `p50 ${fmtMs(q.p50)}, p95 ${fmtMs(q.p95)}, max ${fmtMs(q.max)}`;
  out.push(`seeds:      min ${fmtMs(r.seeds.ms.min)}, median ${fmtMs(r.seeds.ms.p50)}, max ${fmtMs(r.seeds.ms.max)}; ${r.seeds.counts.quotes} quotes, ${r.seeds.counts.quoteGroups} cross-document quote groups, ${r.seeds.diagnostics} diagnostics`);
  out.push(`per cluster (lint):        ${lat(r.corpus.perCluster)}`);
  out.push(`per document (buildGraph): ${lat(r.extraction.perDocument)}`);
  const c = r.corpus.counts;
  out.push(`corpus found: ${fmtInt(c.quotes)} quotes (${((100 * c.attributed) / Math.max(1, c.quotes)).toFixed(0)}% with a speaker), ${fmtInt(c.values)} values, ${fmtInt(c.facts)} facts; ${fmtInt(c.quoteGroups)} cross-document quote groups, ${fmtInt(c.factGroups)} fact groups`);
  const d = r.corpus.diagnostics;
  out.push(`diagnostics: ${Object.entries(d.byRule).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ') || 'none'} (${Object.entries(d.bySeverity).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ')})`);
  out.push(`slowest clusters: ${r.corpus.slowest.map((s) => `${s.cluster} ${fmtMs(s.ms)} (${s.articles} docs, ${fmtInt(s.words)} words, ${s.event})`).join('; ')}`);
  if (r.stages) {
    out.push('');
    out.push(`where lint time goes (corpus, stage by stage; sum ${fmtMs(r.stages.sum)} vs lint ${fmtMs(r.corpus.totalMs)}):`);
    for (const [stage, ms] of Object.entries(r.stages.ms)) {
      const share = ms / r.stages.sum;
      out.push(`  ${stage.padEnd(9)} ${pad(fmtMs(ms), 9)} ${pad((100 * share).toFixed(1), 5)}%  ${'#'.repeat(Math.round(share * 40))}`);
    }
  }
  out.push('');
  out.push('words: whitespace-separated; words/s per core; peak heap: heapUsed sampled after every call; max RSS: process.resourceUsage().maxRSS of the phase\'s own process.');
  return out.join('\n');
}

function runPhase(name) {
  const args = [...process.execArgv];
  if (!args.includes('--expose-gc')) args.push('--expose-gc');
  args.push(fileURLToPath(import.meta.url), ...argv.filter((a) => a !== '--json'), '--phase', name);
  const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * MB });
  if (res.status !== 0) {
    console.error(`bench: phase ${name} failed (exit ${res.status ?? res.signal})`);
    process.exit(1);
  }
  return JSON.parse(res.stdout);
}

if (opts.phase) {
  const fn = PHASES[opts.phase];
  if (!fn) {
    console.error(`bench: unknown phase ${opts.phase} (${Object.keys(PHASES).join(', ')})`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(fn())}\n`);
} else {
  const result = { machine: machine(), options: { articles: opts.articles, reps: opts.reps, seed: opts.seed } };
  for (const name of ['seeds', 'corpus', 'extraction', ...(opts.stages ? ['stages'] : [])]) {
    if (process.stderr.isTTY) process.stderr.write(`running ${name}…\n`);
    result[name] = runPhase(name);
  }
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else console.log(table(result));
}
