// Quality on labelled fixtures: quote spans and speakers, values, and each rule's
// findings, as precision / recall / F1. Reads fixtures/*/labels.json (format in
// fixtures/README.md). `--json` prints the figures as JSON; `--fixture NAME` runs one.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDocumentMeta, lint, loadConfig, loadDocuments } from '@factlint/core';
import { rules } from '@factlint/rules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'fixtures');

/** Offsets of the n-th occurrence of `text` in `doc`, or null. */
function locate(doc, text, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = doc.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + text.length };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const overlapSize = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function normaliseName(name) {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    // A judge as the bench names them: "Mr Justice Pellew", "Lord Justice Hale", "Pellew J".
    .replace(/\b(?:mr|mrs|ms|lord|lady)\s+justice\s+/g, '')
    .replace(/\s+(?:j|lj|cj)$/g, '')
    .replace(/\b(?:the|mr|mrs|ms|dr|prof|sir|dame)\.?\s+/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function speakerMatches(label, predicted) {
  const labels = Array.isArray(label) ? label : [label];
  if (predicted === null || predicted === undefined) return labels.includes(null);
  const p = normaliseName(predicted);
  // The same person named more or less fully ("Quispe" / "Carlos Quispe") is the same speaker.
  const words = (n) => n.split(' ');
  return labels.some((l) => {
    if (l === null) return false;
    const g = normaliseName(l);
    if (g === p) return true;
    const [gw, pw] = [words(g), words(p)];
    return gw.at(-1) === pw.at(-1) && (gw.every((w) => pw.includes(w)) || pw.every((w) => gw.includes(w)));
  });
}

/** One-to-one matching of predicted to gold spans by largest overlap. */
function matchSpans(gold, predicted, compatible = () => true) {
  const pairs = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const o = overlapSize(g.span, p.span);
    if (o > 0 && compatible(g, p)) pairs.push({ gi, pi, o });
  }));
  pairs.sort((a, b) => b.o - a.o);
  const usedG = new Set();
  const usedP = new Set();
  const matched = [];
  for (const x of pairs) {
    if (usedG.has(x.gi) || usedP.has(x.pi)) continue;
    usedG.add(x.gi);
    usedP.add(x.pi);
    matched.push(x);
  }
  return matched;
}

function counter() {
  return { tp: 0, fp: 0, fn: 0 };
}
function prf(c) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1: f };
}
function add(into, c) {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

async function evaluate(dir) {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  const loaded = await loadConfig({ cwd: dir, configPath: path.join(dir, 'factlint.config.json'), rules });
  const { documents, errors } = await loadDocuments({
    sources: loaded.config.sources ?? [],
    drafts: loaded.config.drafts ?? [],
    cwd: dir,
    baseDir: loaded.dir,
    meta: configDocumentMeta(loaded),
  });
  if (errors.length) throw new Error(errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
  const { report, graph } = lint(documents, loaded.activeRules);
  const byAbs = new Map(graph.documents.map((d, i) => [path.resolve(dir, d.doc.path), i]));

  const quotesOverlap = counter();
  const quotesExact = counter();
  const speakers = { correct: 0, total: 0, errors: [] };
  const values = {};
  const valueAccuracy = { correct: 0, total: 0 };
  const problems = [];

  for (const [file, entry] of Object.entries(labels.documents ?? {})) {
    const di = byAbs.get(path.resolve(dir, file));
    if (di === undefined) { problems.push(`labels name ${file}, which the config does not load`); continue; }
    const d = graph.documents[di];
    const text = d.doc.text;
    const names = new Map(d.entities.map((e) => [e.id, e.canonical]));
    const gold = [];
    for (const q of entry.quotes ?? []) {
      const span = locate(text, q.text, q.occurrence ?? 1);
      if (!span) { problems.push(`${file}: quote not found: ${JSON.stringify(q.text.slice(0, 50))}`); continue; }
      gold.push({ ...q, span });
    }
    const pred = d.quotes.map((q) => ({ span: q.span, speaker: q.speaker ? names.get(q.speaker) : null, text: q.text }));
    const m = matchSpans(gold, pred);
    quotesOverlap.tp += m.length;
    quotesOverlap.fp += pred.length - m.length;
    quotesOverlap.fn += gold.length - m.length;
    const exact = m.filter((x) => gold[x.gi].span.start === pred[x.pi].span.start && gold[x.gi].span.end === pred[x.pi].span.end).length;
    quotesExact.tp += exact;
    quotesExact.fp += pred.length - exact;
    quotesExact.fn += gold.length - exact;
    for (const x of m) {
      const g = gold[x.gi];
      if (g.speaker === undefined) continue;
      speakers.total++;
      if (speakerMatches(g.speaker, pred[x.pi].speaker)) speakers.correct++;
      else speakers.errors.push(`${file}: "${g.text.slice(0, 40)}" gold=${JSON.stringify(g.speaker)} got=${JSON.stringify(pred[x.pi].speaker)}`);
    }
    if (process.env.EVAL_VERBOSE) {
      const mg = new Set(m.map((x) => x.gi));
      const mp = new Set(m.map((x) => x.pi));
      gold.forEach((g, i) => { if (!mg.has(i)) console.error(`  missed quote ${file}: ${JSON.stringify(g.text.slice(0, 60))}`); });
      pred.forEach((p, i) => { if (!mp.has(i)) console.error(`  extra quote ${file}: ${JSON.stringify(p.text.slice(0, 60))}`); });
    }

    const goldValues = [];
    for (const v of entry.values ?? []) {
      const span = locate(text, v.text, v.occurrence ?? 1);
      if (!span) { problems.push(`${file}: value not found: ${JSON.stringify(v.text)}`); continue; }
      goldValues.push({ ...v, span });
    }
    const predValues = d.values.map((v) => ({ kind: v.kind, span: v.span, value: v.value, text: v.text }));
    const kinds = new Set([...goldValues.map((v) => v.kind), ...predValues.map((v) => v.kind)]);
    for (const kind of kinds) {
      const g = goldValues.filter((v) => v.kind === kind);
      const p = predValues.filter((v) => v.kind === kind);
      const mv = matchSpans(g, p);
      values[kind] ??= counter();
      values[kind].tp += mv.length;
      values[kind].fp += p.length - mv.length;
      values[kind].fn += g.length - mv.length;
      for (const x of mv) {
        if (g[x.gi].value === undefined) continue;
        valueAccuracy.total++;
        const a = g[x.gi].value;
        const b = p[x.pi].value;
        if (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 0.01 * Math.max(1, Math.abs(a)) : String(a).toLowerCase() === String(b).toLowerCase()) valueAccuracy.correct++;
      }
      if (process.env.EVAL_VERBOSE) {
        const mg = new Set(mv.map((x) => x.gi));
        const mp = new Set(mv.map((x) => x.pi));
        g.forEach((v, i) => { if (!mg.has(i)) console.error(`  missed ${kind} ${file}: ${JSON.stringify(v.text)}`); });
        p.forEach((v, i) => { if (!mp.has(i)) console.error(`  extra ${kind} ${file}: ${JSON.stringify(v.text)}`); });
      }
    }
  }

  // Findings: a diagnostic matches a finding with its rule id when its range or a related range overlaps a location.
  const findings = (labels.findings ?? []).map((f) => ({
    ...f,
    places: (f.locations ?? []).map((l) => {
      const di = byAbs.get(path.resolve(dir, l.file));
      const span = di === undefined ? null : locate(graph.documents[di].doc.text, l.text, l.occurrence ?? 1);
      if (!span) problems.push(`finding location not found: ${l.file} ${JSON.stringify(l.text)}`);
      return span && { file: path.resolve(dir, l.file), span };
    }).filter(Boolean),
  }));
  const byRule = {};
  const ruleOf = (id) => (byRule[id] ??= counter());
  const matchedFindings = new Set();
  for (const diag of report.diagnostics) {
    const places = [{ file: diag.file, range: diag.range }, ...diag.related].map((p) => ({
      file: path.resolve(dir, p.file),
      span: { start: p.range.start.offset, end: p.range.end.offset },
    }));
    const touches = (f, ps) => f.ruleId === diag.ruleId && f.places.some((l) => ps.some((p) => p.file === l.file && overlaps(p.span, l.span)));
    // A finding at the diagnostic's own range first, then one not yet matched: a draft's
    // diagnostic lists the sources' conflict among its related places, but is its own finding.
    // Among findings at its own range, one not yet matched first: two labelled findings may
    // share a quote (the sources' two wordings, and a draft's misquote of one of them).
    let hit = findings.findIndex((f, i) => !matchedFindings.has(i) && touches(f, places.slice(0, 1)));
    if (hit < 0) hit = findings.findIndex((f) => touches(f, places.slice(0, 1)));
    if (hit < 0) hit = findings.findIndex((f, i) => !matchedFindings.has(i) && touches(f, places));
    if (hit < 0) hit = findings.findIndex((f) => touches(f, places));
    if (hit >= 0) {
      if (!matchedFindings.has(hit)) ruleOf(diag.ruleId).tp++;
      matchedFindings.add(hit);
    } else {
      // An info-level note from a warning rule (a function-word difference) is allowed, not counted.
      const rule = rules.find((r) => r.id === diag.ruleId);
      if (diag.severity === 'info' && rule?.meta.defaultSeverity !== 'info') continue;
      ruleOf(diag.ruleId).fp++;
      if (process.env.EVAL_VERBOSE) console.error(`  unexpected ${diag.ruleId} ${diag.file}:${diag.range.start.line} ${diag.message.slice(0, 100)}`);
    }
  }
  findings.forEach((f, i) => {
    if (!matchedFindings.has(i)) {
      ruleOf(f.ruleId).fn++;
      if (process.env.EVAL_VERBOSE) console.error(`  missed finding ${f.ruleId}: ${f.note ?? JSON.stringify(f.locations?.[0])}`);
    }
  });
  return { quotesOverlap, quotesExact, speakers, values, valueAccuracy, byRule, problems, documents: graph.documents.length };
}

/** Scores every labelled fixture (or one); returns per-fixture and overall figures. */
export async function runEval({ only } = {}) {
  const dirs = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(fixturesDir, e.name, 'labels.json')))
    .map((e) => e.name)
    .filter((n) => !only || n === only)
    // EVAL_SKIP: a pattern of clusters to leave out (one still being written, say).
    .filter((n) => !process.env.EVAL_SKIP || !new RegExp(process.env.EVAL_SKIP).test(n))
    .sort();

  const perFixture = {};
  const total = { quotesOverlap: counter(), quotesExact: counter(), speakers: { correct: 0, total: 0 }, values: {}, valueAccuracy: { correct: 0, total: 0 }, byRule: {} };
  for (const name of dirs) {
    if (process.env.EVAL_VERBOSE) console.error(`# ${name}`);
    const r = await evaluate(path.join(fixturesDir, name));
    perFixture[name] = r;
    add(total.quotesOverlap, r.quotesOverlap);
    add(total.quotesExact, r.quotesExact);
    total.speakers.correct += r.speakers.correct;
    total.speakers.total += r.speakers.total;
    total.valueAccuracy.correct += r.valueAccuracy.correct;
    total.valueAccuracy.total += r.valueAccuracy.total;
    for (const [k, c] of Object.entries(r.values)) add((total.values[k] ??= counter()), c);
    for (const [k, c] of Object.entries(r.byRule)) add((total.byRule[k] ??= counter()), c);
  }

  const allValues = (v) => Object.values(v).reduce((a, c) => (add(a, c), a), counter());
  const summary = (r) => ({
    quotes: { overlap: prf(r.quotesOverlap), exact: prf(r.quotesExact), gold: r.quotesOverlap.tp + r.quotesOverlap.fn },
    speakerAccuracy: r.speakers.total ? r.speakers.correct / r.speakers.total : 1,
    values: { all: prf(allValues(r.values)), byKind: Object.fromEntries(Object.entries(r.values).map(([k, c]) => [k, { ...prf(c), gold: c.tp + c.fn }])) },
    valueAccuracy: r.valueAccuracy.total ? r.valueAccuracy.correct / r.valueAccuracy.total : 1,
    rules: Object.fromEntries(Object.entries(r.byRule).map(([k, c]) => [k, { ...prf(c), findings: c.tp + c.fn, reported: c.tp + c.fp }])),
  });

  const result = { fixtures: Object.fromEntries(Object.entries(perFixture).map(([k, r]) => [k, { ...summary(r), problems: r.problems, speakerErrors: r.speakers.errors }])), overall: summary(total) };


  return result;
}
