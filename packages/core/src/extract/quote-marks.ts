import type { Span } from '../model/index.js';

export type MarkFamily = 'double' | 'single';

/** A quoted stretch found in one block, before attribution. */
export interface QuotedSpan {
  /** The opening mark's offset (file offset), or the block start for unmarked block quotes. */
  open: number;
  /** Offset just after the closing mark; for an unclosed quote, the end of its text. */
  close: number;
  /** The words between the marks, trimmed of surrounding whitespace. */
  inner: Span;
  family: MarkFamily;
  closed: boolean;
  /** Inside another quote ('He told me "never again"'): someone quoted by the speaker. */
  nested: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,.!?…]/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** An apostrophe before a decade or an elided year ("the '80s", "'til") is not a quote mark. */
function isElision(text: string, i: number): boolean {
  return /^['’‘](?:\d0s|\d\d\b|til\b|cause\b|em\b|n['’]?\s)/.test(text.slice(i, i + 6));
}

type Role = 'open' | 'close' | 'either' | 'none';

function roleOf(text: string, i: number, openFamilies: MarkFamily[], openChars: string[]): { family: MarkFamily; role: Role } {
  const c = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const afterOpenContext = prev === undefined || OPEN_CONTEXT.test(prev) || /["“‘'«„]/.test(prev);
  const beforeCloseContext = next === undefined || /[\s)\]}.,;:!?…\u2014\u2013-]/.test(next) || /["”’'»]/.test(next);
  switch (c) {
    case '“':
      // German-style „…“ closes with “; English “…” opens with it.
      return { family: 'double', role: openChars.includes('„') ? 'close' : 'open' };
    case '„':
      return { family: 'double', role: 'open' };
    case '«':
      // Danish and some German print »…«; everyone else «…».
      return { family: 'double', role: openChars.includes('»') ? 'close' : 'open' };
    case '”':
      return { family: 'double', role: 'close' };
    case '»':
      if (openChars.includes('«')) return { family: 'double', role: 'close' };
      return { family: 'double', role: afterOpenContext && !beforeCloseContext ? 'open' : 'close' };
    case '"':
      if (afterOpenContext && !beforeCloseContext) return { family: 'double', role: 'open' };
      if (!afterOpenContext && beforeCloseContext) return { family: 'double', role: 'close' };
      return { family: 'double', role: 'either' };
    case '‘':
      // German-style ‚…‘ closes with ‘, as „…“ closes with “.
      if (openChars.includes('‚') && !isLetter(next)) return { family: 'single', role: 'close' };
    // falls through
    case '‹':
    case '‚':
      if (isElision(text, i) || isLetter(prev)) return { family: 'single', role: 'none' };
      return { family: 'single', role: 'open' };
    case '’':
    case '›':
    case "'": {
      if (isLetter(prev) && isLetter(next)) return { family: 'single', role: 'none' }; // can't, Syria's
      if (isElision(text, i) && afterOpenContext) return { family: 'single', role: 'none' }; // the '80s
      const singleOpen = openFamilies.includes('single');
      if (afterOpenContext && !beforeCloseContext) return { family: 'single', role: c === '’' ? 'none' : 'open' };
      // After a letter or a comma, before a space: closes an open single quote; otherwise
      // it is the apostrophe of a plural possessive ("the leaders' summit"). Inside an open
      // quote, "depositors' funds'" is a possessive when a closer follows before the sentence ends.
      if (beforeCloseContext && singleOpen && pluralPossessiveInside(text, i)) return { family: 'single', role: 'none' };
      if (beforeCloseContext) return { family: 'single', role: singleOpen ? 'close' : 'none' };
      return { family: 'single', role: 'none' };
    }
    default:
      return { family: 'double', role: 'none' };
  }
}

/** "…protecting depositors' funds'.": an s, the mark, a space, a lower-case word, and a later closer. */
function pluralPossessiveInside(text: string, i: number): boolean {
  if (text[i - 1] !== 's' || !/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const rest = text.slice(i + 1, i + 80);
  const stop = rest.search(/[.!?]\s/);
  const closer = rest.search(/\p{L}['’](?=[\s.,;:!?)]|$)/u);
  return closer >= 0 && (stop < 0 || closer < stop);
}

const MARKS = /["“”„«»'‘’‹›‚]/g;

function trimmed(text: string, start: number, end: number, base: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: base + s, end: base + e };
}

/**
 * Pairs quote marks in one block of text. Handles curly, straight, guillemet and
 * low-9 marks; apostrophes (can't, Syria's, the '80s); single quotes nested in
 * double ones; and the journalistic conventions for missing closing marks: a
 * quote still open when the same kind of mark opens again ended just before it,
 * and a quote still open at the end of the block runs to the block's end.
 */
export function scanQuotes(text: string, base: number): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  // Stack of open marks: offset within text and family.
  const stack: { at: number; family: MarkFamily; char: string }[] = [];
  const closeTop = (closeAt: number, markEnd: number, closed: boolean) => {
    const top = stack.pop()!;
    // A nested quote stays part of the outer quote's words, and is reported on its own too.
    found.push({
      open: base + top.at,
      close: base + markEnd,
      inner: trimmed(text, top.at + 1, closeAt, base),
      family: top.family,
      closed,
      nested: stack.length > 0,
    });
  };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const { family, role } = roleOf(
      text,
      i,
      stack.map((s) => s.family),
      stack.map((s) => s.char),
    );
    if (role === 'none') continue;
    const topFamily = stack.at(-1)?.family;
    if (role === 'close' || (role === 'either' && topFamily === family)) {
      if (!stack.some((s) => s.family === family)) continue;
      // Close any inner quotes of the other family left open, then this one.
      while (stack.length && stack.at(-1)!.family !== family) stack.pop();
      closeTop(i, i + 1, true);
      continue;
    }
    // Opening mark.
    // The same mark opening again while one is open means the writer dropped a closing mark
    // (“One. “Two,” he said); a different mark opens a quote inside the quote («… “…” …»).
    const sameMark = stack.length > 0 && (stack[0]!.char === text[i] || (stack[0]!.char === '„' && text[i] === '„'));
    if (stack.length > 0 && stack[0]!.family === family && topFamily === family && sameMark) {
      // The same kind of mark opens while one is open: the writer dropped a closing mark.
      while (stack.length > 1) stack.pop();
      closeTop(i, i, false);
    }
    if (family === 'single' && stack.length === 0 && text[i] === "'" && !/\S/.test(text.slice(i + 1, i + 2))) continue;
    stack.push({ at: i, family, char: text[i]! });
  }
  if (stack.length > 0) {
    const outer = stack[0]!;
    stack.length = 1;
    // An unclosed single quote at block end is usually a misread apostrophe.
    if (outer.family === 'double' || /^['‘]\s*\p{Lu}/u.test(text.slice(outer.at))) closeTop(text.length, text.length, false);
  }
  return found.filter((q) => q.inner.end > q.inner.start).sort((a, b) => a.open - b.open);
}
