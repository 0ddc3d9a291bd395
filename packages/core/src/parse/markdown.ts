import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import type { BlockKind, Span } from '../model/index.js';

export interface RawBlock {
  kind: BlockKind;
  span: Span;
  text: string;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function spanOf(node: Nodes): Span | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: s, end: e };
}

/**
 * Keeps the characters of the original text that are prose (text and inline
 * code) and blanks out markup (`*`, `[`, `](url)`, `>`), so the block's text has
 * the same length as its span and every index maps straight back to the file.
 */
function maskedText(source: string, node: Nodes, span: Span): string {
  const chars = new Array<string>(span.end - span.start).fill(' ');
  const keep = (n: Nodes): void => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const s = spanOf(n);
      if (!s) return;
      let from = s.start;
      let to = s.end;
      // `code`: the backticks are markup.
      if (n.type === 'inlineCode') {
        while (from < to && source[from] === '`') from++;
        while (to > from && source[to - 1] === '`') to--;
      }
      for (let i = from; i < to; i++) chars[i - span.start] = source[i]!;
      return;
    }
    if (n.type === 'break') {
      const s = spanOf(n);
      if (s && s.start < s.end) chars[s.end - 1 - span.start] = '\n';
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) keep(c);
  };
  keep(node);
  // Line breaks inside the paragraph stay line breaks: hard-wrapped text keeps its shape.
  for (let i = span.start; i < span.end; i++) if (source[i] === '\n') chars[i - span.start] = '\n';
  // A text node spanning lines covers the "> " that continues a block quote: that is markup too.
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\n') continue;
    let k = i + 1;
    while (k < chars.length && (chars[k] === ' ' || chars[k] === '\t' || chars[k] === '>')) {
      if (chars[k] === '>') chars[k] = ' ';
      k++;
    }
  }
  return chars.join('');
}

/** Paragraph-level blocks of a Markdown document, with their kind from the Markdown structure. */
export function markdownBlocks(source: string): RawBlock[] {
  const tree = processor.parse(source) as Root;
  const blocks: RawBlock[] = [];
  const visit = (node: Nodes, context: BlockKind): void => {
    switch (node.type) {
      case 'yaml': {
        const s = spanOf(node);
        if (s) blocks.push({ kind: 'frontmatter', span: s, text: source.slice(s.start, s.end) });
        return;
      }
      case 'paragraph':
      case 'heading': {
        const s = spanOf(node);
        if (!s) return;
        const kind: BlockKind = node.type === 'heading' ? 'heading' : context;
        blocks.push({ kind, span: s, text: maskedText(source, node, s) });
        return;
      }
      case 'code': {
        const s = spanOf(node);
        if (s) blocks.push({ kind: 'code', span: s, text: source.slice(s.start, s.end) });
        return;
      }
      case 'blockquote':
        for (const c of node.children) visit(c, 'blockquote');
        return;
      case 'list':
        for (const c of node.children) visit(c, context === 'blockquote' ? 'blockquote' : 'list-item');
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) visit(c, context);
    }
  };
  visit(tree, 'paragraph');
  return blocks;
}
