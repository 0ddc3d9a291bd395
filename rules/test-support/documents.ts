import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester, runRule, type InvalidCase, type TestDocument, type ValidCase } from '@factlint/core/testing';
import type { Diagnostic, DocumentMeta, OptionsSchema, Rule } from '@factlint/core';

/*
 * Document setup for the rules' tests. A case is usually two or three short
 * sources published at one time, sometimes with a draft written from them:
 * `documents(meta, ['…', '…'], 'draft text')` gives a.txt, b.txt and draft.md.
 */

export function source(path: string, meta: DocumentMeta, text: string): TestDocument {
  return { path, meta, text };
}

export function draft(meta: DocumentMeta, text: string, path = 'draft.md'): TestDocument {
  return { path, role: 'draft', meta, text };
}

/**
 * Sources published at one time: a list of texts becomes a.txt, b.txt, c.txt …;
 * an object names each file (`{ 'wire.txt': '…', 'tv.txt': '…' }`). With
 * `draftText`, draft.md follows them, published at the same time.
 */
export function documents(meta: DocumentMeta, sources: readonly string[] | Readonly<Record<string, string>>, draftText?: string): TestDocument[] {
  const named: [string, string][] = Array.isArray(sources) ? sources.map((text: string, i) => [`${String.fromCharCode(97 + i)}.txt`, text]) : Object.entries(sources);
  const docs = named.map(([path, text]) => source(path, meta, text));
  return draftText === undefined ? docs : [...docs, draft(meta, draftText)];
}

const SEED_FILES = ['000_ae8168442a0f2921.txt', '001_1efb61f14035d3f6.txt', '002_bd6a55f66e3d6431.txt'];

/** The three seed articles as the README's first command reads them (published 2013-06-16). */
export function seedDocuments(): TestDocument[] {
  return SEED_FILES.map((f) => source(`seeds/${f}`, { published: '2013-06-16' }, readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8')));
}

/** A labelled cluster in `fixtures/` as its config loads it: its sources and drafts, with their metadata. */
export function fixtureDocuments(name: string): TestDocument[] {
  const dir = new URL(`../../fixtures/${name}/`, import.meta.url);
  const config = JSON.parse(readFileSync(new URL('factlint.config.json', dir), 'utf8')) as {
    sources: string[];
    drafts?: string[];
    documents?: Record<string, DocumentMeta>;
  };
  const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
  const meta = (f: string) => config.documents?.[f] ?? {};
  return [...config.sources.map((f) => source(f, meta(f), read(f))), ...(config.drafts ?? []).map((f) => draft(meta(f), read(f), f))];
}

/** Runs a rule's valid and invalid cases as vitest tests (RuleTester from `@factlint/core/testing`). */
export function testRule<S extends OptionsSchema>(rule: Rule<S>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  new RuleTester({ describe, it }).run(rule as unknown as Rule, cases);
}

/** What one rule alone reports on the seed articles. */
export function onSeeds<S extends OptionsSchema>(rule: Rule<S>): Diagnostic[] {
  return runRule(rule as unknown as Rule, seedDocuments());
}
