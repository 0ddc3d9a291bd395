import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../model/index.js';
import { compareDiagnostics, computeLineStarts, positionAt, rangeOf, summarise } from './index.js';

/** Every position of `text`, worked out by walking it: the reference positionAt must agree with. */
function walk(text: string): { line: number; column: number; offset: number }[] {
  const out = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, column, offset: i });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return out;
}

describe('computeLineStarts', () => {
  it('starts with line 1 at offset 0, even for empty text', () => {
    expect(computeLineStarts('')).toEqual([0]);
    expect(computeLineStarts('Putin met Cameron.')).toEqual([0]);
  });

  it('handles \\n, \\r\\n and lone \\r line ends', () => {
    expect(computeLineStarts('a\nb\nc')).toEqual([0, 2, 4]);
    expect(computeLineStarts('a\r\nb\r\nc')).toEqual([0, 3, 6]);
    expect(computeLineStarts('a\rb\rc')).toEqual([0, 2, 4]);
    expect(computeLineStarts('a\r\n\rb\n\r\nc')).toEqual([0, 3, 4, 6, 8]);
  });

  it('counts a final line end as the start of an empty last line', () => {
    expect(computeLineStarts('a\n')).toEqual([0, 2]);
    expect(computeLineStarts('a\r\n')).toEqual([0, 3]);
    expect(computeLineStarts('\n\n')).toEqual([0, 1, 2]);
  });

  it('counts UTF-16 code units: an astral character moves the next line by 2', () => {
    expect(computeLineStarts('😀\nx')).toEqual([0, 3]);
    expect(computeLineStarts('Putin 🇷🇺\r\nCameron')).toEqual([0, 12]);
  });
});

describe('positionAt', () => {
  it('gives 1-based lines and columns and keeps the 0-based offset', () => {
    const text = 'Putin arrived.\nCameron waited.';
    const starts = computeLineStarts(text);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(positionAt(starts, 5)).toEqual({ line: 1, column: 6, offset: 5 });
    expect(positionAt(starts, 14)).toEqual({ line: 1, column: 15, offset: 14 }); // the \n itself
    expect(positionAt(starts, 15)).toEqual({ line: 2, column: 1, offset: 15 });
  });

  it('places the end of the file after the last character', () => {
    const text = 'one\ntwo';
    expect(positionAt(computeLineStarts(text), text.length)).toEqual({ line: 2, column: 4, offset: 7 });
    const withNewline = 'one\ntwo\n';
    expect(positionAt(computeLineStarts(withNewline), withNewline.length)).toEqual({ line: 3, column: 1, offset: 8 });
    expect(positionAt(computeLineStarts(''), 0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('keeps the \\n of a \\r\\n pair on the line it ends', () => {
    const text = 'a\r\nb';
    const starts = computeLineStarts(text);
    expect(positionAt(starts, 1)).toEqual({ line: 1, column: 2, offset: 1 });
    expect(positionAt(starts, 2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(positionAt(starts, 3)).toEqual({ line: 2, column: 1, offset: 3 });
  });

  it('treats a lone \\r as a line end', () => {
    const text = 'old Mac\rline two';
    const starts = computeLineStarts(text);
    expect(positionAt(starts, 8)).toEqual({ line: 2, column: 1, offset: 8 });
    expect(positionAt(starts, text.length)).toEqual({ line: 2, column: 9, offset: 16 });
  });

  it('counts columns in UTF-16 code units, so an emoji takes two', () => {
    const text = 'Putin 😀 met\nCameron 🇬🇧 too';
    const starts = computeLineStarts(text);
    const met = text.indexOf('met');
    expect(met).toBe(9);
    expect(positionAt(starts, met)).toEqual({ line: 1, column: 10, offset: 9 });
    const too = text.indexOf('too');
    expect(positionAt(starts, too)).toEqual({ line: 2, column: too - text.indexOf('Cameron') + 1, offset: too });
    expect(positionAt(starts, too).column).toBe(14); // "Cameron " 8 + flag 4 + " " 1, then 1-based
  });

  it('agrees with a character walk at every offset of mixed text', () => {
    const text = 'LONDON - Putin 😀\r\n\r\n“We are not breaching any rules”\rsaid he.\n\nEnd 🇷🇺\n';
    const starts = computeLineStarts(text);
    for (const expected of walk(text)) expect(positionAt(starts, expected.offset)).toEqual(expected);
  });
});

describe('rangeOf', () => {
  it('turns a span into start and end positions', () => {
    const text = 'Putin met Cameron.\r\nThe talks lasted an hour.';
    const starts = computeLineStarts(text);
    const start = text.indexOf('an hour');
    expect(rangeOf(starts, { start, end: start + 'an hour'.length })).toEqual({
      start: { line: 2, column: 18, offset: start },
      end: { line: 2, column: 25, offset: start + 7 },
    });
  });

  it('spans lines, and an empty span is a point', () => {
    const text = 'abc\ndef';
    const starts = computeLineStarts(text);
    expect(rangeOf(starts, { start: 1, end: 6 })).toEqual({
      start: { line: 1, column: 2, offset: 1 },
      end: { line: 2, column: 3, offset: 6 },
    });
    expect(rangeOf(starts, { start: 4, end: 4 })).toEqual({
      start: { line: 2, column: 1, offset: 4 },
      end: { line: 2, column: 1, offset: 4 },
    });
  });

  it('covers the whole file', () => {
    const text = 'first 😀\nlast';
    const starts = computeLineStarts(text);
    expect(rangeOf(starts, { start: 0, end: text.length })).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 2, column: 5, offset: text.length },
    });
  });
});

function diagnostic(file: string, offset: number, ruleId: string, severity: Severity = 'warning', message = 'm'): Diagnostic {
  return {
    ruleId,
    severity,
    message,
    file,
    range: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } },
    related: [],
    data: {},
    suggestions: [],
  };
}

describe('summarise', () => {
  it('counts diagnostics by severity and passes the file count through', () => {
    const diagnostics = [
      diagnostic('a.txt', 0, 'quote-mismatch', 'error'),
      diagnostic('a.txt', 5, 'number-mismatch', 'warning'),
      diagnostic('b.txt', 0, 'date-mismatch', 'warning'),
      diagnostic('b.txt', 9, 'speaker-mismatch', 'info'),
      diagnostic('c.txt', 1, 'quote-mismatch', 'error'),
    ];
    expect(summarise(diagnostics, 3)).toEqual({ errors: 2, warnings: 2, infos: 1, files: 3 });
  });

  it('is all zeros with no diagnostics, and keeps files with none', () => {
    expect(summarise([], 0)).toEqual({ errors: 0, warnings: 0, infos: 0, files: 0 });
    expect(summarise([], 4)).toEqual({ errors: 0, warnings: 0, infos: 0, files: 4 });
  });
});

describe('compareDiagnostics', () => {
  it('orders by file, then start offset, then rule id, then message', () => {
    const ordered = [
      diagnostic('a.txt', 3, 'date-mismatch'),
      diagnostic('a.txt', 3, 'quote-mismatch', 'warning', 'A first'),
      diagnostic('a.txt', 3, 'quote-mismatch', 'warning', 'B second'),
      diagnostic('a.txt', 40, 'date-mismatch'),
      diagnostic('a.txt', 100, 'all-caps'),
      diagnostic('b.txt', 0, 'zzz'),
      diagnostic('drafts/a.md', 0, 'aaa'),
    ];
    const shuffled = [ordered[4]!, ordered[6]!, ordered[2]!, ordered[0]!, ordered[5]!, ordered[3]!, ordered[1]!];
    expect([...shuffled].sort(compareDiagnostics)).toEqual(ordered);
  });

  it('compares offsets numerically, not as text', () => {
    const sorted = [diagnostic('a.txt', 100, 'r'), diagnostic('a.txt', 9, 'r'), diagnostic('a.txt', 20, 'r')].sort(compareDiagnostics);
    expect(sorted.map((d) => d.range.start.offset)).toEqual([9, 20, 100]);
  });

  it('compares files and rule ids by code unit, independent of locale', () => {
    const sorted = [diagnostic('b.txt', 0, 'r'), diagnostic('B.txt', 0, 'r'), diagnostic('a.txt', 0, 'r')].sort(compareDiagnostics);
    expect(sorted.map((d) => d.file)).toEqual(['B.txt', 'a.txt', 'b.txt']);
  });

  it('ignores severity and returns 0 for diagnostics that differ in nothing it compares', () => {
    const a = diagnostic('a.txt', 5, 'quote-mismatch', 'error', 'same');
    const b = diagnostic('a.txt', 5, 'quote-mismatch', 'info', 'same');
    expect(compareDiagnostics(a, b)).toBe(0);
    expect(compareDiagnostics(b, a)).toBe(0);
  });

  it('is antisymmetric', () => {
    const all = [
      diagnostic('a.txt', 0, 'x'),
      diagnostic('a.txt', 0, 'y'),
      diagnostic('a.txt', 1, 'x'),
      diagnostic('b.txt', 0, 'x'),
      diagnostic('a.txt', 0, 'x', 'warning', 'other'),
    ];
    for (const a of all) {
      for (const b of all) expect(Math.sign(compareDiagnostics(a, b)) + Math.sign(compareDiagnostics(b, a))).toBe(0);
    }
  });
});
