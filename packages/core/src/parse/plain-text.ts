import type { Span } from '../model/index.js';

const SENTENCE_END = /[.!?…:;"'“”‘’»)\]]\s*$/;
const OPENS_NEW_UNIT = /^\s*(?:["“‘'«„>*•–—-]|\d+[.)]\s)/;
const POST_STAMP_LINE = /^\s*\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?\s*·/;
const CREDIT_LINE = /^\s*\(?(?:Photo|Picture|Photograph|Image(?: source)?|Credit)\s*[:,]\s*\S/i;
const CREDIT_HINT = /\b(?:Photo|Picture|Credit|Image)\s*:|\/(?:PA Wire|AP|AFP|Reuters|Getty)/i;

/**
 * Splits plain text into paragraph spans. Blank lines always separate paragraphs.
 * A single line break separates them too (blogs often print one paragraph per
 * line), except where the line was hard-wrapped mid-sentence: the line does not
 * end a sentence and either the next line starts in lower case or the line is
 * long enough to have been wrapped by width.
 */
export function plainTextParagraphs(text: string, from: number): Span[] {
  const lines: Span[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let previous = '';
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (!content.trim()) {
      if (current) paragraphs.push(current);
      current = null;
      continue;
    }
    if (current && continuesPreviousLine(previous, content)) {
      current.end = line.end;
    } else {
      if (current) paragraphs.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = content;
  }
  if (current) paragraphs.push(current);
  return paragraphs.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

function continuesPreviousLine(previous: string, next: string): boolean {
  // "Photo: Sam Okafor/KRVR" under a line: the line above is its caption, one block with it.
  if (CREDIT_LINE.test(next) && !CREDIT_HINT.test(previous)) return true;
  if (SENTENCE_END.test(previous)) return false;
  if (OPENS_NEW_UNIT.test(next)) return false;
  // "4:55 AM · Dec 9, 2031": a post's stamp is a line of its own, whatever the post ends on (an emoji).
  if (POST_STAMP_LINE.test(next)) return false;
  if (CREDIT_HINT.test(previous)) return false;
  // Wrapped lines carry several words; a line of two or three is a label ("3 Comments", "Share this").
  if (previous.trim().split(/\s+/).length < 4) return false;
  if (/^\s*\p{Ll}/u.test(next)) return true;
  return previous.trim().length >= 60;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
