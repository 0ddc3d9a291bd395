import { LineCounter, parseDocument } from 'yaml';
import type { DocumentMeta } from '../model/index.js';
import { normalisePublished } from './published.js';

export interface FrontMatter {
  /** The fields factlint understands; other keys (tags, author…) belong to other tools and are ignored. */
  meta: DocumentMeta;
  /** Offset just after the closing `---` line; 0 when there is no front matter. */
  bodyStart: number;
  /** Set when the block is not valid YAML but was still read as plain `key: value` lines. */
  warning?: string;
}

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

interface Block {
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening fence). */
  firstLine: number;
  bodyStart: number;
}

// Same fences as remark-frontmatter, which the Markdown parser uses, so both
// agree on where the body starts: `---` alone on the first line and on a later one.
const FENCE = /^---[ \t]*$/;

/** Finds a YAML front matter block at the very top of `text`, if there is one. */
export function findFrontMatter(text: string): Block | undefined {
  if (!text.startsWith('---')) return undefined;
  let opening: Line | undefined;
  for (const line of lines(text)) {
    if (!opening) {
      if (!FENCE.test(line.content)) return undefined;
      opening = line;
    } else if (FENCE.test(line.content)) {
      return { yaml: text.slice(opening.next, line.start), firstLine: 2, bodyStart: line.next };
    }
  }
  return undefined; // an opening fence with no closing one is just a horizontal rule
}

/**
 * Reads front matter into document metadata. Bad YAML that is still plain
 * `key: value` lines (an unquoted colon in a title, as editors write it) is
 * read that way, with a warning naming the line; anything else throws a
 * FrontMatterError naming the line, as do bad values.
 */
export function readFrontMatter(text: string): FrontMatter {
  const block = findFrontMatter(text);
  if (!block) return { meta: {}, bodyStart: 0 };
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const where = `at line ${line + block.firstLine - 1}, column ${col}: ${what}`;
    const plain = plainKeyValues(block.yaml);
    if (!plain) throw new FrontMatterError(`invalid YAML front matter ${where}`);
    return {
      meta: metaFromYaml(plain),
      bodyStart: block.bodyStart,
      warning: `front matter is not valid YAML (${where}); read as plain "key: value" lines — quote the value to silence this`,
    };
  }
  return { meta: metaFromYaml(doc.toJS() as unknown), bodyStart: block.bodyStart };
}

// A top-level key, then everything after the first ": " is the value, colons included.
const PLAIN_ENTRY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * The block as `key: value` lines, or undefined when some line is neither
 * such an entry, an indented continuation (a list under `tags:`, ignored), a
 * comment nor blank: then the YAML error stands.
 */
function plainKeyValues(yaml: string): Record<string, string> | undefined {
  const record: Record<string, string> = {};
  for (const line of yaml.split(/\r\n|\n|\r/)) {
    if (/^\s*(#.*)?$/.test(line) || /^[ \t]/.test(line)) continue;
    const m = PLAIN_ENTRY.exec(line);
    // A value opening with YAML syntax ([, {, &, *, !, |, >) was meant as YAML: its error stands.
    if (!m || /^[[{&*!|>%@`]/.test(m[2] ?? '')) return undefined;
    const value = (m[2] ?? '').replace(/[ \t]+#.*$/, '').trim();
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (value) record[m[1]!] = quoted ? quoted[2]! : value;
  }
  return record;
}

function metaFromYaml(data: unknown): DocumentMeta {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a YAML mapping (key: value lines)');
  }
  const record = data as Record<string, unknown>;
  const meta: DocumentMeta = {};
  for (const key of ['outlet', 'url', 'title'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    // `title: 1984` is a number to YAML but a title to the writer.
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value);
    else throw new FrontMatterError(`front matter: ${key} must be a string`);
  }
  // `date` is what Jekyll, Hugo and most static-site front matter call the publication date.
  const publishedKey = record.published !== undefined && record.published !== null ? 'published' : 'date';
  const raw = record[publishedKey];
  if (raw !== undefined && raw !== null) {
    const published = normalisePublished(raw);
    if (published === undefined) {
      throw new FrontMatterError(
        `front matter: ${publishedKey} must be a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SSZ), got ${JSON.stringify(raw)}`,
      );
    }
    meta.published = published;
  }
  return meta;
}

interface Line {
  start: number;
  /** The line without its terminator. */
  content: string;
  /** Offset of the next line's start. */
  next: number;
}

/** Lines with their offsets, lazily (only the top of a file is read); \n, \r\n and lone \r end a line, as in report/positions.ts. */
function* lines(text: string): Generator<Line> {
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield { start, content: text.slice(start, m.index), next: m.index + m[0].length };
    start = m.index + m[0].length;
  }
  if (start < text.length) yield { start, content: text.slice(start), next: text.length };
}
