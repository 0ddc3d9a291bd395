import { describe, it, expect } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { createRng, generateCorpus, MAX_WORDS, MIN_WORDS, wordCount } from './bench-corpus.mjs';

interface Article {
  cluster: string;
  path: string;
  outlet: string;
  published: string;
  text: string;
  words: number;
}
interface Cluster {
  id: string;
  articles: Article[];
}
interface Corpus {
  seed: number;
  clusters: Cluster[];
  articles: Article[];
  words: number;
}

const gen = generateCorpus as (o: { articles: number; seed?: number }) => Corpus;
const corpus = gen({ articles: 20, seed: 7 });

/** Direct quotes: a run of at least four words between double quote marks. */
const QUOTE = /(["“])((?:(?!["“”]).){12,}?)(["”])/gu;
/** A cue next to a quote: "…," he said / said X / X said: "…" / "…," X told reporters. */
const CUE_AFTER =
  /^[,.?!]?\s*(?:["”])?\s*(?:(?:he|she)\s+(?:said|added)|said\s(?:the\s)?\p{L}|[\p{Lu}][\p{L}'’ .,0-9-]{1,120}?\s(?:said|told|warned|insisted|explained|added))|^\s*\n+[–—-]\s*\p{Lu}/u;
const CUE_BEFORE = new RegExp(
  [
    String.raw`(?:said|told reporters|told [\p{L}\d &]+|said in a statement):\s*$`, // X said: "…"
    String.raw`["”]\s(?:said\s[^"“”]{2,120}|[^"“”]{2,120}\b(?:said|added|warned|insisted|explained|told [\p{L}\d &]+))\.\s*$`, // "…," X said. "…"
    String.raw`\b(?:described [\p{L} ]+ as|called it|spoke of|said it was)\s*$`, // partial: X called it "…"
  ].join('|'),
  'u',
);

function quotesWithCues(text: string): { quotes: number; cued: number } {
  let quotes = 0;
  let cued = 0;
  for (const m of text.matchAll(QUOTE)) {
    if (m[2]!.trim().split(/\s+/).length < 4) continue;
    quotes++;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 160);
    const before = text.slice(Math.max(0, m.index! - 120), m.index!);
    if (CUE_AFTER.test(after) || CUE_BEFORE.test(before)) cued++;
  }
  return { quotes, cued };
}

describe('bench corpus generator', () => {
  it('is deterministic: the same seed gives the same text', () => {
    const again = gen({ articles: 20, seed: 7 });
    expect(again.articles.map((a) => a.text)).toEqual(corpus.articles.map((a) => a.text));
    expect(again.articles.map((a) => a.published)).toEqual(corpus.articles.map((a) => a.published));
    const other = gen({ articles: 20, seed: 8 });
    expect(other.articles[0]!.text).not.toEqual(corpus.articles[0]!.text);
  });

  it('keeps earlier clusters when more articles are asked for', () => {
    const bigger = gen({ articles: 60, seed: 7 });
    expect(bigger.clusters[0]!.articles.map((a) => a.text)).toEqual(corpus.clusters[0]!.articles.map((a) => a.text));
  });

  it('has a seeded PRNG that repeats', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs.every((x: number) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes exactly the articles asked for, in clusters of 3–5', () => {
    expect(corpus.articles).toHaveLength(20);
    for (const n of [3, 7, 11, 20, 23]) {
      const c = gen({ articles: n, seed: 1 });
      expect(c.articles).toHaveLength(n);
      for (const cl of c.clusters) {
        expect(cl.articles.length).toBeGreaterThanOrEqual(3);
        expect(cl.articles.length).toBeLessThanOrEqual(5);
      }
    }
  });

  it('gives each cluster one event from different outlets, with ISO publication dates', () => {
    for (const cl of corpus.clusters) {
      const outlets = cl.articles.map((a) => a.outlet);
      expect(new Set(outlets).size).toBe(outlets.length);
      expect(new Set(cl.articles.map((a) => a.path)).size).toBe(cl.articles.length);
      for (const a of cl.articles) {
        expect(a.cluster).toBe(cl.id);
        expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // Published the day of the event or the day after.
      const days = cl.articles.map((a) => Date.parse(a.published) / 86400000);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(1);
    }
  });

  it('writes articles of 300–700 words', () => {
    expect(MIN_WORDS).toBe(300);
    expect(MAX_WORDS).toBe(700);
    for (const a of corpus.articles) {
      expect(a.words).toBe(wordCount(a.text));
      expect(a.words).toBeGreaterThanOrEqual(300);
      expect(a.words).toBeLessThanOrEqual(700);
    }
  });

  it('puts several direct quotes with attribution cues in every article', () => {
    for (const a of corpus.articles) {
      const { quotes, cued } = quotesWithCues(a.text);
      expect(quotes, a.path).toBeGreaterThanOrEqual(3);
      expect(cued, a.path).toBeGreaterThanOrEqual(3);
      expect(a.text).toMatch(/\b(?:said|told)\b/);
    }
    // Across the corpus, the cue forms factlint must handle all occur.
    const all = corpus.articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/[,”"] (?:he|she) (?:said|added)\./);
    expect(all).toMatch(/[”"] said \p{Lu}/u);
    expect(all).toMatch(/ said: [“"]/);
  });

  it('shares quotes across a cluster, sometimes reworded', () => {
    let reworded = 0;
    for (const cl of corpus.clusters) {
      const quoteSets = cl.articles.map((a) => [...a.text.matchAll(QUOTE)].map((m) => m[2]!.replace(/[,.]$/, '')));
      // The key quote's opening words appear in every article of the cluster.
      const first = quoteSets.map((qs) => qs.find((q) => q.split(' ').length >= 6)?.split(' ').slice(0, 3).join(' '));
      expect(new Set(first).size, cl.id).toBeLessThanOrEqual(2);
      const flat = quoteSets.flat();
      for (const q of flat) {
        const head = q.split(' ').slice(0, 4).join(' ');
        if (flat.some((o) => o !== q && o.startsWith(head))) reworded++;
      }
    }
    expect(reworded).toBeGreaterThan(0);
  });

  it('has datelines, relative dates and wire furniture', () => {
    const all = corpus.articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/^[A-Z]{3,}(?:, [A-Z][\p{L} ]+)?(?: \([\p{L} ]+\))? [-—] /mu);
    expect(all).toMatch(/\b(?:on (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|yesterday|today|tomorrow)\b/);
    expect(all).toMatch(/\b(?:Minister|Mayor|Chief|Governor|President|Judge|Professor|Inspector|Executive|Prosecutor)\s\p{Lu}\p{L}+\s\p{Lu}\p{L}+/u);
    expect(all).toMatch(/\b\d[\d,.]*\b/);
  });
});
