import type { Block, ParsedDocument, SourceDocument } from '../model/index.js';
import { computeLineStarts } from '../report/positions.js';
import { classifyBlock, COMMENTS_HEADING, datelineLength, datelinePlace, ENTRY_STAMP, POST_AUTHOR, POST_STAMP, UPDATE_STAMP } from './classify.js';
import { findDirectives } from './directives.js';
import { markdownBlocks, type RawBlock } from './markdown.js';
import { plainTextParagraphs } from './plain-text.js';

export { classifyBlock, datelineLength, datelinePlace } from './classify.js';
export { plainTextParagraphs } from './plain-text.js';
export { findDirectives } from './directives.js';

/** A press release's place-and-date line: "Bratislava, 12 March 2031", "Geneva, March 12, 2031". */
const ISSUED_AT = /^\s*(\p{Lu}[\p{L}.'’ -]{1,30}?),\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s+\d{4}\s*$/u;

export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path);
}

const CLAIM_BEARING = new Set(['paragraph', 'blockquote', 'list-item']);

/** Stage 2: a document becomes blocks whose text keeps every offset of the original file. */
export function parseDocument(doc: SourceDocument): ParsedDocument {
  const raw: RawBlock[] = isMarkdownPath(doc.path)
    ? markdownBlocks(doc.text)
    : plainTextParagraphs(doc.text, doc.bodyStart).map((span) => ({
        kind: 'paragraph' as const,
        span,
        text: doc.text.slice(span.start, span.end),
      }));

  const blocks: Block[] = [];
  let seenProse = false;
  let inComments = false;
  for (const r of raw) {
    if (r.span.end <= doc.bodyStart && r.kind !== 'frontmatter') continue;
    let kind = r.kind;
    let text = r.text;
    const block: Block = { kind, span: r.span, text, index: blocks.length };
    if (CLAIM_BEARING.has(kind) && inComments) {
      // Everything under a comment widget ("3 Comments", "Post a Comment") is readers', not the outlet's.
      block.kind = 'boilerplate';
    } else if (CLAIM_BEARING.has(kind)) {
      const c = classifyBlock(text, kind);
      // A comment count at the top of a story ("12 comments" by the byline) opens no comments.
      if (COMMENTS_HEADING.test(text) && seenProse) inComments = true;
      // Markdown block quotes and list items keep their kind unless they are clearly furniture.
      kind = c.kind === 'heading' && kind !== 'paragraph' ? kind : c.kind;
      block.kind = kind;
      if (c.signature) block.signature = c.signature;
      // "UPDATE 4:15 p.m.: A firefighter was injured…", "21:40 GMT – A recap…": a live page's
      // stamp says when the paragraph was added, not when anything happened.
      const stamp = kind === 'paragraph' ? (UPDATE_STAMP.exec(text) ?? ENTRY_STAMP.exec(text)) : null;
      if (stamp) {
        block.stamped = true;
        block.skip = [{ start: r.span.start, end: r.span.start + stamp[0].length }];
        text = ' '.repeat(stamp[0].length) + text.slice(stamp[0].length);
        block.text = text;
      }
      if (kind === 'paragraph' && !seenProse && !stamp) {
        const n = datelineLength(text);
        if (n > 0) {
          block.skip = [{ start: r.span.start, end: r.span.start + n }];
          const town = datelinePlace(text.slice(0, n));
          if (town) block.dateline = town;
          text = ' '.repeat(n) + text.slice(n);
          block.text = text;
        }
      }
      // A release's line of its own, "Bratislava, 12 March 2031": where it was issued, and when.
      const issued = !seenProse && !block.dateline ? ISSUED_AT.exec(text) : null;
      if (issued) block.dateline = issued[1]!;
      else if (kind === 'paragraph') seenProse = true;
    }
    blocks.push(block);
  }
  // "- Hudák vows to take Domov's case to the voters" closing a run of dashed lines is the
  // list's last item, not a signature under a pull quote.
  const dashed = (b: Block | undefined) => b !== undefined && /^\s*[-–]\s+\S/.test(b.text);
  for (const b of blocks) {
    if (b.kind === 'signature' && dashed(b) && (dashed(blocks[b.index - 1]) || dashed(blocks[b.index + 1]))) {
      b.kind = 'list-item';
      delete b.signature;
    }
  }
  // An embedded post set line by line: its author and handle, its text, its stamp. The text
  // between is the post's, not the story's.
  blocks.forEach((b, i) => {
    if (!POST_AUTHOR.test(b.text.trim())) return;
    const end = blocks.findIndex((x, k) => k > i && k <= i + 4 && POST_STAMP.test(x.text));
    if (end < 0) return;
    for (let k = i + 1; k < end; k++) blocks[k]!.kind = 'boilerplate';
  });
  return {
    doc,
    blocks,
    lineStarts: computeLineStarts(doc.text),
    directives: findDirectives(doc.text),
  };
}
