import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta, DocumentRole, FileError, SourceDocument } from '../model/index.js';
import { expandInput } from './expand.js';
import { FrontMatterError, readFrontMatter } from './front-matter.js';
import { displayPath } from './paths.js';
import { normalisePublished } from './published.js';
import { readTextFile } from './read.js';

export interface LoadOptions {
  /** Files, directories and globs of source reports, relative to `baseDir`. */
  sources: readonly string[];
  /** Files, directories and globs of drafts; a file that is also a source is a draft. */
  drafts: readonly string[];
  /** The user's working directory: shown paths are relative to it. */
  cwd: string;
  /** A source file this calls a draft is loaded as one (the config's `drafts` globs, for paths given as sources). */
  isDraft?: (absolute: string) => boolean;
  /** What `sources`, `drafts` and `meta` keys are relative to (the config's directory); defaults to `cwd`. */
  baseDir?: string;
  /** Metadata by file path (relative to `baseDir`, or absolute): the base that front matter overrides field by field. */
  meta?: Readonly<Record<string, DocumentMeta>>;
  /**
   * Texts to use instead of what is on disk, by absolute path: an editor's
   * unsaved buffers. A file is still found (and named) through `sources` and
   * `drafts` and must exist on disk; only its text comes from here.
   */
  overlay?: ReadonlyMap<string, string>;
}

export interface LoadResult {
  documents: SourceDocument[];
  /** One entry per input that named nothing and per file that could not be read; the rest still load. */
  errors: FileError[];
  /** Files that loaded, with a problem worth telling (front matter read leniently). */
  warnings: FileError[];
}

interface Candidate {
  absolute: string;
  /** Identity for de-duplication: the same file reached by two paths (or a symlink) is loaded once. */
  key: string;
  role: DocumentRole;
}

/** Files read at once: enough to keep the disk busy, few enough never to run out of file descriptors. */
const READ_CONCURRENCY = 32;

/**
 * Stage 1: inputs become documents. Sources come first, in the order their
 * inputs were given (each directory or glob sorted), then drafts.
 */
export async function loadDocuments(options: LoadOptions): Promise<LoadResult> {
  const cwd = path.resolve(options.cwd);
  const baseDir = path.resolve(cwd, options.baseDir ?? '.');
  const errors: FileError[] = [];

  const collected = await collect(options.sources, 'source', baseDir, cwd, errors);
  const isDraft = options.isDraft;
  const sources = isDraft ? collected.filter((c) => !isDraft(c.absolute)) : collected;
  const named = isDraft ? collected.filter((c) => isDraft(c.absolute)).map((c) => ({ ...c, role: 'draft' as const })) : [];
  const drafts = [...named, ...(await collect(options.drafts, 'draft', baseDir, cwd, errors))];
  // One entry per file: a draft named twice (as a source the config calls a draft, and as a draft) loads once.
  const draftsByKey = new Map<string, Candidate>();
  for (const d of drafts) if (!draftsByKey.has(d.key)) draftsByKey.set(d.key, d);
  const candidates = [...sources.filter((s) => !draftsByKey.has(s.key)), ...draftsByKey.values()];

  const metaByPath = await indexMeta(options.meta ?? {}, baseDir);
  const overlay = await indexOverlay(options.overlay);
  const loaded = await mapLimit(candidates, READ_CONCURRENCY, (c) =>
    loadOne(c, displayPath(c.absolute, cwd), metaByPath.get(c.absolute) ?? metaByPath.get(c.key), overlay.get(c.absolute) ?? overlay.get(c.key)),
  );

  const documents: SourceDocument[] = [];
  const warnings: FileError[] = [];
  for (const result of loaded) {
    if ('error' in result) errors.push(result.error);
    else {
      documents.push(result.document);
      if (result.warning) warnings.push({ file: result.document.path, message: result.warning });
    }
  }
  return { documents, errors, warnings };
}

async function collect(
  inputs: readonly string[],
  role: DocumentRole,
  baseDir: string,
  cwd: string,
  errors: FileError[],
): Promise<Candidate[]> {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const input of inputs) {
    const expansion = await expandInput(input, baseDir);
    if (expansion.error) {
      // Name the input as the user can find it from where they stand.
      errors.push({ file: displayPath(path.resolve(baseDir, input), cwd), message: expansion.error.message });
    }
    for (const absolute of expansion.files) {
      const key = await canonical(absolute);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ absolute, key, role });
    }
  }
  return out;
}

async function canonical(absolute: string): Promise<string> {
  try {
    return await realpath(absolute);
  } catch {
    return absolute; // reading it will report the problem
  }
}

/** Config metadata keyed by absolute path and by real path, so either spelling of a file finds it. */
async function indexMeta(meta: Readonly<Record<string, DocumentMeta>>, baseDir: string): Promise<Map<string, DocumentMeta>> {
  const index = new Map<string, DocumentMeta>();
  for (const [key, value] of Object.entries(meta)) {
    const absolute = path.resolve(baseDir, key);
    index.set(absolute, value);
    index.set(await canonical(absolute), value);
  }
  return index;
}

/** Overlay texts keyed by their path and by their real path, as `indexMeta` does for metadata. */
async function indexOverlay(overlay: ReadonlyMap<string, string> | undefined): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  for (const [file, text] of overlay ?? []) {
    const absolute = path.resolve(file);
    index.set(absolute, text);
    index.set(await canonical(absolute), text);
  }
  return index;
}

type Loaded = { document: SourceDocument; warning?: string } | { error: FileError };

async function loadOne(candidate: Candidate, file: string, base: DocumentMeta | undefined, overlay: string | undefined): Promise<Loaded> {
  // An editor buffer is taken as it is: offsets must point into the text the editor shows.
  const read = overlay !== undefined ? { ok: true as const, text: overlay } : await readTextFile(candidate.absolute);
  if (!read.ok) return { error: { file, message: read.message } };
  let front;
  try {
    front = readFrontMatter(read.text);
  } catch (error) {
    if (error instanceof FrontMatterError) return { error: { file, message: error.message } };
    throw error;
  }
  const meta = mergeMeta(base ?? {}, front.meta);
  if (meta.published !== undefined) {
    const published = normalisePublished(meta.published);
    if (published === undefined) {
      return { error: { file, message: `configured published date ${JSON.stringify(meta.published)} is not a date or date-time` } };
    }
    meta.published = published;
  }
  const document: SourceDocument = { path: file, role: candidate.role, text: read.text, meta, bodyStart: front.bodyStart };
  return front.warning ? { document, warning: front.warning } : { document };
}

/** Field by field: what the file itself says wins over the config. Absent fields stay absent (no `undefined` keys in JSON). */
function mergeMeta(base: DocumentMeta, own: DocumentMeta): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const key of ['outlet', 'published', 'url', 'title'] as const) {
    const value = own[key] ?? base[key];
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}

/** Like Promise.all over `items.map(fn)`, but with at most `limit` calls in flight; results keep input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
