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
//   extraction  buildGraph() on each corpus document alone (parse → analyse → extract → resolve → align),
//               twice: the first pass, and a second one with the JIT warm
//   stages      the corpus again, stage by stage, to show where the time goes (skip with --no-stages)
// Prints a table, or with --json the same figures as JSON. `--phase NAME` runs one
// phase in this process and prints its JSON (what the children do; handy with --cpu-prof).

// Milliseconds from process start to here: Node start-up plus loading @factlint/core,
// @factlint/rules and their dependencies (ESM imports finish before this line runs).
const importedAt = performance.now();

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
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
  reps: Math.max(1, option('--reps', 20)),
  seed: option('--seed', DEFAULT_SEED),
  json: flag('--json'),
  stages: !flag('--no-stages'),
  writeCorpus: flag('--write-corpus'),
  phase: argv.includes('--phase') ? argv[argv.indexOf('--phase') + 1] : null,
};

const MB = 1024 * 1024;
/** Clusters linted (and about four times as many documents extracted) before timing starts. */
const WARMUP_CLUSTERS = 25;
const activeRules = resolveRuleSettings(rules, {});
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

// ---------------------------------------------------------------------------
// Measuring

/** Peak heapUsed, sampled after every pipeline call (before the garbage is collected). */
function heapTracker() {
  let peak = 0;
  gc();
  /** Live heap after warm-up and a full GC: the model, the gazetteer, the corpus text. */
  const baseline = v8.getHeapStatistics().used_heap_size;
  return {
    baseline,
    /** Live heap after the run and a full GC: growth here would be a leak or a cache. */
    end() {
      gc();
      return v8.getHeapStatistics().used_heap_size;
    },
    sample() {
      const h = v8.getHeapStatistics().used_heap_size;
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
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; // nearest rank
  return { min: s[0], p50: median, p95, max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

let lastProgress = 0;
/** A progress line on stderr when it is a terminal, redrawn at most five times a second (outside the timed calls). */
function progress(label, done, total, started) {
  if (!process.stderr.isTTY) return;
  const now = performance.now();
  if (done !== total && now - lastProgress < 200) return;
  lastProgress = now;
  const secs = (now - started) / 1000;
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
  // The first call pays for lazy set-up (tagger model, gazetteer index, …), as a CLI run would.
  const c0 = performance.now();
  lint(docs, activeRules);
  const coldMs = performance.now() - c0;
  for (let i = 0; i < 3; i++) lint(docs, activeRules); // warm-up: JIT
  const heap = heapTracker();
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
    importMs: importedAt,
    coldMs,
    ms: q,
    wordsPerSec: w / (q.p50 / 1000),
    peakHeapBytes: heap.peak,
    baselineHeapBytes: heap.baseline,
    endHeapBytes: heap.end(),
    maxRssBytes: maxRssBytes(),
    counts,
    diagnostics: result.report.diagnostics.length,
  };
}

function phaseCorpus() {
  const { corpus, clusters, generateMs } = corpusClusters();
  if (opts.writeCorpus) writeCorpus(corpus, path.join(root, '.bench', 'corpus'));
  const w = corpus.clusters.reduce((s, cl) => s + cl.articles.reduce((t, a) => t + a.words, 0), 0);
  // Warm up on the seeds and the first clusters (JIT: the first ~20 clusters run
  // about three times slower than the rest), then measure every cluster.
  const seeds = seedDocuments();
  for (let i = 0; i < 2; i++) lint(seeds, activeRules);
  for (const docs of clusters.slice(0, WARMUP_CLUSTERS)) lint(docs, activeRules);
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
  const bySize = {};
  clusters.forEach((docs, i) => {
    const b = (bySize[docs.length] ??= { clusters: 0, words: 0, ms: 0 });
    b.clusters++;
    b.words += words(docs);
    b.ms += times[i];
  });
  for (const b of Object.values(bySize)) b.wordsPerSec = b.words / (b.ms / 1000);
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
    byClusterSize: bySize,
    slowest,
    peakHeapBytes: heap.peak,
    baselineHeapBytes: heap.baseline,
    endHeapBytes: heap.end(),
    maxRssBytes: maxRssBytes(),
    counts,
    diagnostics: { byRule, bySeverity },
  };
}

function phaseExtraction() {
  const { corpus, clusters } = corpusClusters();
  const docs = clusters.flat();
  const w = words(docs);
  for (const d of docs.slice(0, WARMUP_CLUSTERS * 4)) buildGraph([d]);
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
  // The same documents once more: the first pass still pays for V8's optimising compiler
  // (the later documents run faster than the earlier ones); a long-lived process — the
  // language server, a CI job over many stories — runs at this second pass's pace.
  let steadyMs = 0;
  for (const d of docs) {
    const t0 = performance.now();
    buildGraph([d]);
    steadyMs += performance.now() - t0;
  }
  // Throughput by document length (thirds of the corpus), to see whether cost grows faster than length.
  const order = docs.map((d, i) => i).sort((a, b) => corpus.articles[a].words - corpus.articles[b].words);
  const byLength = [0, 1, 2].map((k) => {
    const part = order.slice(Math.floor((k * order.length) / 3), Math.floor(((k + 1) * order.length) / 3));
    const pw = part.reduce((s2, i) => s2 + corpus.articles[i].words, 0);
    const pms = part.reduce((s2, i) => s2 + times[i], 0);
    return { documents: part.length, minWords: corpus.articles[part[0]].words, maxWords: corpus.articles[part[part.length - 1]].words, words: pw, ms: pms, wordsPerSec: pw / (pms / 1000) };
  });
  const slowest = times
    .map((ms, i) => ({ ms, path: corpus.articles[i].path, words: corpus.articles[i].words }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return {
    documents: docs.length,
    words: w,
    totalMs,
    wordsPerSec: w / (totalMs / 1000),
    steadyMs,
    steadyWordsPerSec: w / (steadyMs / 1000),
    perDocument: quantiles(times),
    byLength,
    slowest,
    peakHeapBytes: heap.peak,
    baselineHeapBytes: heap.baseline,
    endHeapBytes: heap.end(),
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
  for (const docs of clusters.slice(0, WARMUP_CLUSTERS)) lint(docs, activeRules);
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
    /** 1-minute load average as the bench starts: well above 0 means other work is sharing the cores (figures are noisier). */
    loadAverage: os.loadavg()[0],
  };
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMB = (b) => `${(b / MB).toFixed(0)} MB`;
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const pad = (s, n) => String(s).padStart(n);

function table(r) {
  const m = r.machine;
  const out = [];
  out.push(`factlint bench: ${m.cpu}, ${m.cores} cores (measured on one), ${m.platform}, Node ${m.node}, ${(m.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB RAM, load average ${m.loadAverage.toFixed(2)}`);
  out.push(`corpus: ${fmtInt(r.corpus.documents)} generated articles in ${r.corpus.clusters} clusters (seed ${r.corpus.seed}, generated in ${fmtMs(r.corpus.generateMs)})`);
  out.push('');
  out.push(`${'run'.padEnd(38)}${pad('docs', 6)}${pad('words', 10)}${pad('time', 11)}${pad('words/s', 10)}${pad('peak heap', 11)}${pad('max RSS', 10)}`);
  const row = (name, x, ms) =>
    `${name.padEnd(38)}${pad(fmtInt(x.documents), 6)}${pad(fmtInt(x.words), 10)}${pad(fmtMs(ms), 11)}${pad(fmtInt(x.wordsPerSec), 10)}${pad(fmtMB(x.peakHeapBytes), 11)}${pad(fmtMB(x.maxRssBytes), 10)}`;
  out.push(row(`(a) seeds, lint, median of ${r.seeds.reps}`, r.seeds, r.seeds.ms.p50));
  out.push(row(`(b) corpus, lint per cluster (${r.corpus.clusters})`, r.corpus, r.corpus.totalMs));
  out.push(row('(c) corpus, buildGraph per document', r.extraction, r.extraction.totalMs));
  out.push(row('(c) again, second pass (JIT warm)', { ...r.extraction, wordsPerSec: r.extraction.steadyWordsPerSec }, r.extraction.steadyMs));
  out.push('');
  const lat = (q) => `p50 ${fmtMs(q.p50)}, p95 ${fmtMs(q.p95)}, max ${fmtMs(q.max)}`;
  const live = (x) => `${(x.baselineHeapBytes / MB).toFixed(0)} → ${fmtMB(x.endHeapBytes)}`;
  out.push(`live heap after a full GC, before → after each run: (a) ${live(r.seeds)}, (b) ${live(r.corpus)}, (c) ${live(r.extraction)}`);
  out.push(`seeds:      min ${fmtMs(r.seeds.ms.min)}, median ${fmtMs(r.seeds.ms.p50)}, max ${fmtMs(r.seeds.ms.max)}; ${r.seeds.counts.quotes} quotes, ${r.seeds.counts.quoteGroups} cross-document quote groups, ${r.seeds.diagnostics} diagnostics`);
  out.push(`start-up:   process start + imports ${fmtMs(r.seeds.importMs)}, first (cold) lint of the seeds ${fmtMs(r.seeds.coldMs)}`);
  out.push(`per cluster (lint):        ${lat(r.corpus.perCluster)}`);
  out.push(`  by cluster size:         ${Object.entries(r.corpus.byClusterSize).map(([n, b]) => `${n} docs ${fmtInt(b.wordsPerSec)} words/s (${b.clusters})`).join(', ')}`);
  out.push(`per document (buildGraph): ${lat(r.extraction.perDocument)}`);
  out.push(`  by document length:      ${r.extraction.byLength.map((b) => `${b.minWords}–${b.maxWords} words ${fmtInt(b.wordsPerSec)} words/s`).join(', ')}`);
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
