import type { LintReport, ReviewContext } from '@factlint/core';
import { describe, expect, it } from 'vitest';
import { diffToHtml, formatHtml } from './formatters/index.js';
import { main } from './main.js';
import { fileURLToPath } from 'node:url';

const wire = 'Minister Ana Lima said: "We will <rebuild> every school."\n';
const blog = 'Ana Lima said: "We will repair every school."\n';
const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: start + words.length + 1, offset: start + words.length } };
};

const report: LintReport = {
  tool: { name: 'factlint', version: '0.1.0' },
  diagnostics: [
    {
      ruleId: 'quote-mismatch',
      severity: 'warning',
      message: 'Ana Lima is quoted differently in 2 sources: We will [-<rebuild>-] {+repair+} every school',
      file: 'wire.txt',
      range: at(wire, 'We will <rebuild> every school.'),
      related: [{ file: 'blog.txt', range: at(blog, 'We will repair every school.'), message: 'Blog Daily: "We will repair every school." (We will [-<rebuild>-] {+repair+} every school)' }],
      data: {},
      suggestions: [{ message: 'Use the blog\'s words', replacement: 'We will repair every school.', range: at(wire, 'We will <rebuild> every school.') }],
    },
  ],
  summary: { errors: 0, warnings: 1, infos: 0, files: 2 },
};

const review: ReviewContext = {
  documents: [
    { file: 'wire.txt', role: 'source', outlet: 'Wire & Co', published: '2024-03-02', text: wire },
    { file: 'blog.txt', role: 'source', outlet: 'Blog Daily', text: blog },
  ],
  rows: [
    { kind: 'quote', speaker: 'Ana Lima', cells: [[{ text: 'We will <rebuild> every school.', range: at(wire, 'We will') }], [{ text: 'We will repair every school.', range: at(blog, 'We will') }]] },
    { kind: 'fact', cells: [[], [{ text: 'Schools reopen', range: at(blog, 'Ana') }]] },
  ],
};

describe('html', () => {
  it('renders word diffs as <del> and <ins>, escaping everything else', () => {
    expect(diffToHtml('a [-<b>-] {+c & d+} e')).toBe('a <del>&lt;b&gt;</del> <ins>c &amp; d</ins> e');
  });

  it('shows each finding with what every document says, by outlet, and the suggested fix', () => {
    const html = formatHtml(report, { color: false, review });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).not.toContain('<rebuild>');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).toContain('<code class="rule">quote-mismatch</code> <code>wire.txt:1:26</code>');
    expect(article).toContain('<td>Wire &amp; Co</td><td><code>wire.txt:1:26</code></td><td><q>We will &lt;rebuild&gt; every school.</q></td>');
    // The related row shows the blog's words, and its note keeps only the diff.
    expect(article).toContain('<td>Blog Daily</td><td><code>blog.txt:1:17</code></td><td><q>We will repair every school.</q><div class="note">We will <del>&lt;rebuild&gt;</del> <ins>repair</ins> every school</div>');
    expect(article).toContain('<li>Use the blog&#39;s words: replace with <q>We will repair every school.</q> at <code>wire.txt:1:26</code></li>');
  });

  it('lists the documents and a claim × document matrix with silent documents marked', () => {
    const html = formatHtml(report, { color: false, review });
    expect(html).toContain('<tr><td><code>wire.txt</code></td><td>source</td><td>Wire &amp; Co</td><td>2024-03-02</td></tr>');
    expect(html).toContain('<tr class="differs"><th>quote · Ana Lima</th>');
    expect(html).toMatch(/<tr class="same"><th>fact<\/th><td class="absent">—<\/td><td><q>Schools reopen<\/q>/);
  });

  it('says so when there is nothing to report, and works without the review context', () => {
    const empty = formatHtml({ ...report, diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, files: 2 } }, { color: false });
    expect(empty).toContain('No problems found.');
    expect(empty).not.toContain('Claims ×');
  });

  it('is what lint --format html prints for the seeds: every finding, and the organs remark in all three', async () => {
    const run = async (format: string) => {
      let stdout = '';
      const code = await main(['lint', '--format', format, 'seeds'], {
        cwd: fileURLToPath(new URL('../../../', import.meta.url)),
        env: {},
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => undefined },
      });
      return { code, stdout };
    };
    const { code, stdout } = await run('html');
    expect(code).toBe(0);
    // One article per finding the JSON report holds.
    const findings = (JSON.parse((await run('json')).stdout) as { diagnostics: unknown[] }).diagnostics.length;
    expect(findings).toBeGreaterThan(5);
    expect(stdout.match(/<article class="finding/g)?.length).toBe(findings);
    expect(stdout).toContain('<th>Al Jazeera (blog reprint)<br><code>seeds/001_1efb61f14035d3f6.txt</code></th>');
    const organs = stdout.split('\n').find((l) => l.includes('<th>quote · Vladimir Putin</th>') && l.includes('organs'));
    expect(organs?.match(/<td(?: class="draft")?>/g)?.length).toBe(3);
  });
});
