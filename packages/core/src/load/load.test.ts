import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFrontMatter, loadDocuments, normalisePublished, readFrontMatter } from './index.js';
import { firstInvalidUtf8 } from './read.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factlint-load-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(rel: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

const paths = (r: { documents: { path: string }[] }) => r.documents.map((d) => d.path);

describe('inputs', () => {
  it('recurses into directories for text files only, skipping node_modules and dot-folders, sorted', async () => {
    await write('story/b.txt', 'b');
    await write('story/a.md', 'a');
    await write('story/sub/c.markdown', 'c');
    await write('story/sub/d.TEXT', 'd');
    await write('story/photo.jpg', 'not text');
    await write('story/notes.json', '{}');
    await write('story/node_modules/pkg/readme.txt', 'x');
    await write('story/.cache/old.txt', 'x');
    const result = await loadDocuments({ sources: ['story'], drafts: [], cwd: root });
    expect(result.errors).toEqual([]);
    expect(paths(result)).toEqual(['story/a.md', 'story/b.txt', 'story/sub/c.markdown', 'story/sub/d.TEXT']);
    expect(result.documents.every((d) => d.role === 'source')).toBe(true);
  });

  it("skips a folder's README in directories and globs, but reads one named explicitly", async () => {
    await write('story/README.md', 'About these files');
    await write('story/report.txt', 'Report');
    const dir = await loadDocuments({ sources: ['story', 'story/*'], drafts: [], cwd: root });
    expect(paths(dir)).toEqual(['story/report.txt']);
    const named = await loadDocuments({ sources: ['story/README.md'], drafts: [], cwd: root });
    expect(paths(named)).toEqual(['story/README.md']);
  });

  it('expands globs relative to baseDir and keeps the given order across inputs', async () => {
    await write('z/one.txt', '1');
    await write('a/two.txt', '2');
    await write('a/three.txt', '3');
    await write('a/skip.png', 'png');
    const result = await loadDocuments({ sources: ['z/*.txt', 'a/*'], drafts: [], cwd: root });
    expect(result.errors).toEqual([]);
    expect(paths(result)).toEqual(['z/one.txt', 'a/three.txt', 'a/two.txt']);
  });

  it('reads a file named explicitly whatever its extension', async () => {
    await write('notes.rst', 'Some text.');
    const result = await loadDocuments({ sources: ['notes.rst'], drafts: [], cwd: root });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]).toMatchObject({ path: 'notes.rst', text: 'Some text.', bodyStart: 0, meta: {} });
  });

  it('reports a missing path, an empty glob and an empty directory by name, and still loads the rest', async () => {
    await write('ok.txt', 'fine');
    await write('pics/a.jpg', 'x');
    await mkdir(path.join(root, 'empty'));
    const result = await loadDocuments({
      sources: ['missing.txt', 'ok.txt', 'nothing/*.txt', 'pics/*', 'empty'],
      drafts: [],
      cwd: root,
    });
    expect(paths(result)).toEqual(['ok.txt']);
    expect(result.errors).toEqual([
      { file: 'missing.txt', message: 'no such file or directory' },
      { file: 'nothing/*.txt', message: 'no files match this pattern' },
      { file: 'pics/*', message: expect.stringContaining('pattern matches no .txt') },
      { file: 'empty', message: expect.stringContaining('directory contains no .txt') },
    ]);
  });

  it('loads a file given as both source and draft once, as a draft, after the sources', async () => {
    await write('s1.txt', 'one');
    await write('s2.txt', 'two');
    const result = await loadDocuments({ sources: ['.'], drafts: ['s1.txt'], cwd: root });
    expect(result.documents.map((d) => [d.path, d.role])).toEqual([
      ['s2.txt', 'source'],
      ['s1.txt', 'draft'],
    ]);
  });

  it('de-duplicates a file reached twice, including through a symlink', async () => {
    const target = await write('dir/a.txt', 'a');
    await symlink(target, path.join(root, 'link.txt'));
    const result = await loadDocuments({ sources: ['dir/a.txt', 'dir', './dir/a.txt', 'link.txt'], drafts: [], cwd: root });
    expect(paths(result)).toEqual(['dir/a.txt']);
  });

  it('shows paths relative to cwd when inside it, absolute otherwise, with inputs relative to baseDir', async () => {
    await write('project/story/a.txt', 'a');
    const outside = await write('elsewhere/b.txt', 'b');
    const result = await loadDocuments({
      sources: ['.', outside],
      drafts: [],
      cwd: path.join(root, 'project'),
      baseDir: path.join(root, 'project', 'story'),
    });
    expect(paths(result)).toEqual(['story/a.txt', outside.split(path.sep).join('/')]);

    const fromSub = await loadDocuments({ sources: ['../a.txt'], drafts: [], cwd: path.join(root, 'project', 'story', 'x'), baseDir: path.join(root, 'project', 'story', 'x') });
    expect(fromSub.errors).toEqual([]);
    expect(fromSub.documents[0]!.path).toBe(path.join(root, 'project', 'story', 'a.txt'));
  });

  it('names a missing input from a config directory as the user sees it from cwd', async () => {
    await mkdir(path.join(root, 'cfg'));
    const result = await loadDocuments({ sources: ['gone.txt'], drafts: [], cwd: root, baseDir: path.join(root, 'cfg') });
    expect(result.errors).toEqual([{ file: 'cfg/gone.txt', message: 'no such file or directory' }]);
  });
});

describe('decoding', () => {
  it('turns binary, UTF-16 and non-UTF-8 files into errors naming the file', async () => {
    await write('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await write('utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    // "Caf\xe9" is Latin-1 for "Café": the é byte on line 2, after "ab\n" and "Caf".
    await write('latin1.txt', new Uint8Array([0x61, 0x62, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await write('good.txt', 'Café');
    const result = await loadDocuments({ sources: ['bin.txt', 'utf16.txt', 'latin1.txt', 'good.txt'], drafts: [], cwd: root });
    expect(paths(result)).toEqual(['good.txt']);
    expect(result.documents[0]!.text).toBe('Café');
    expect(result.errors).toEqual([
      { file: 'bin.txt', message: expect.stringContaining('binary file') },
      { file: 'utf16.txt', message: expect.stringContaining('UTF-16') },
      { file: 'latin1.txt', message: 'not valid UTF-8 (byte 0xE9 at line 2, column 4); save the file as UTF-8' },
    ]);
  });

  it('strips a UTF-8 BOM so offsets index the returned text', async () => {
    await write('bom.md', '\uFEFF---\noutlet: Wire\n---\nBody');
    const result = await loadDocuments({ sources: ['bom.md'], drafts: [], cwd: root });
    const doc = result.documents[0]!;
    expect(doc.text).toBe('---\noutlet: Wire\n---\nBody');
    expect(doc.meta).toEqual({ outlet: 'Wire' });
    expect(doc.text.slice(doc.bodyStart)).toBe('Body');
  });

  it('reports a file it cannot read instead of crashing, and still loads the rest', async () => {
    // File permissions do not stop root, and CI runs as root: a dangling symlink cannot be read by anyone.
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'));
    await write('ok.txt', 'Readable.');
    const result = await loadDocuments({ sources: ['broken.txt', 'ok.txt'], drafts: [], cwd: root });
    expect(result.documents.map((d) => d.path)).toEqual(['ok.txt']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.file).toBe('broken.txt');
    expect(result.errors[0]!.message).toBe('no such file or directory');
  });

  it('finds the first invalid UTF-8 sequence, rejecting overlongs and surrogates', () => {
    const valid = new TextEncoder().encode('héllo €𝄞');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0); // truncated
  });
});

describe('front matter and metadata', () => {
  it('reads outlet, published, url and title, with bodyStart after the closing fence (CRLF too)', async () => {
    const text = '---\r\noutlet: ITV News\r\npublished: 2013-06-16\r\nurl: https://example.org/a\r\ntitle: Talks\r\ntags: [g8]\r\n---\r\nLONDON - Body.\r\n';
    await write('a.txt', text);
    const doc = (await loadDocuments({ sources: ['a.txt'], drafts: [], cwd: root })).documents[0]!;
    expect(doc.meta).toEqual({ outlet: 'ITV News', published: '2013-06-16', url: 'https://example.org/a', title: 'Talks' });
    expect(doc.bodyStart).toBe(text.indexOf('LONDON'));
  });

  it('normalises dates and date-times and rejects impossible ones', () => {
    expect(normalisePublished('2013-06-16')).toBe('2013-06-16');
    expect(normalisePublished('2013-06-16 09:30')).toBe('2013-06-16T09:30:00');
    expect(normalisePublished('2013-06-16T09:30:15.5+0100')).toBe('2013-06-16T09:30:15.5+01:00');
    expect(normalisePublished('2013-06-16t09:30:00z')).toBe('2013-06-16T09:30:00Z');
    expect(normalisePublished(new Date(Date.UTC(2013, 5, 16)))).toBe('2013-06-16');
    expect(normalisePublished(new Date(Date.UTC(2013, 5, 16, 9, 30)))).toBe('2013-06-16T09:30:00.000Z');
    expect(normalisePublished('2013-02-29')).toBeUndefined();
    expect(normalisePublished('2013-06-16T24:00')).toBeUndefined();
    expect(normalisePublished('June 16, 2013')).toBeUndefined();
    expect(normalisePublished(20130616)).toBeUndefined();
  });

  it('accepts `date` (static-site generators) when `published` is absent', () => {
    expect(readFrontMatter('---\ndate: 2024-03-02 09:00:00 +00:00\n---\n').meta).toEqual({ published: '2024-03-02T09:00:00+00:00' });
    expect(readFrontMatter('---\ndate: 2024-03-02\npublished: 2024-03-01\n---\n').meta).toEqual({ published: '2024-03-01' });
  });

  it('treats an unclosed fence as text, and an empty block as no metadata', () => {
    expect(findFrontMatter('---\nnot closed\n')).toBeUndefined();
    expect(findFrontMatter('text\n---\na: 1\n---\n')).toBeUndefined();
    expect(readFrontMatter('---\n---\nBody')).toEqual({ meta: {}, bodyStart: 8 });
    expect(readFrontMatter('---\n---')).toEqual({ meta: {}, bodyStart: 7 });
  });

  it('reports bad YAML with its line in the file, and bad values, as file errors', async () => {
    await write('bad-yaml.md', '---\noutlet: ok\ntitle: [unclosed\n---\nBody');
    await write('bad-date.md', '---\npublished: next Tuesday\n---\nBody');
    await write('bad-type.md', '---\noutlet: [a, b]\n---\nBody');
    await write('list.md', '---\n- a\n---\nBody');
    const result = await loadDocuments({ sources: ['bad-yaml.md', 'bad-date.md', 'bad-type.md', 'list.md'], drafts: [], cwd: root });
    expect(result.documents).toEqual([]);
    expect(result.errors.map((e) => e.file)).toEqual(['bad-yaml.md', 'bad-date.md', 'bad-type.md', 'list.md']);
    expect(result.errors[0]!.message).toMatch(/^invalid YAML front matter at line 4, column 1: Flow sequence/);
    expect(result.errors[1]!.message).toBe(
      'front matter: published must be a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SSZ), got "next Tuesday"',
    );
    expect(result.errors[2]!.message).toBe('front matter: outlet must be a string');
    expect(result.errors[3]!.message).toContain('must be a YAML mapping');
  });

  it('reads a block that is not YAML but plain "key: value" lines (a colon in a title) with a warning naming the line', async () => {
    const text = '---\ntitle: Dam collapse: toll rises # wire\noutlet: "Review"\ntags:\n  - brazil\npublished: 2025-11-17T18:00:00-03:00\n---\nBody';
    await write('colon.md', text);
    const result = await loadDocuments({ sources: ['colon.md'], drafts: [], cwd: root });
    expect(result.errors).toEqual([]);
    expect(result.documents[0]!.meta).toEqual({ title: 'Dam collapse: toll rises', outlet: 'Review', published: '2025-11-17T18:00:00-03:00' });
    expect(result.documents[0]!.bodyStart).toBe(text.indexOf('Body'));
    expect(result.warnings).toEqual([
      {
        file: 'colon.md',
        message: expect.stringMatching(/^front matter is not valid YAML \(at line 2, column \d+: .+\); read as plain "key: value" lines/),
      },
    ]);
    // Still checked as values: a lenient read is no licence for a bad date.
    expect(() => readFrontMatter('---\ntitle: a: b\npublished: soon\n---\n')).toThrow('published must be a date');
  });

  it('uses config metadata as the base and lets front matter win field by field', async () => {
    await write('cfg/story/a.txt', '---\noutlet: From the file\n---\nBody');
    const b = await write('cfg/story/b.txt', 'Body');
    const result = await loadDocuments({
      sources: ['story'],
      drafts: [],
      cwd: root,
      baseDir: path.join(root, 'cfg'),
      meta: {
        'story/a.txt': { outlet: 'From the config', published: '2013-06-16' },
        [b]: { outlet: 'Absolute key', published: '2013-06-16 10:00' },
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => [d.path, d.meta])).toEqual([
      ['cfg/story/a.txt', { outlet: 'From the file', published: '2013-06-16' }],
      ['cfg/story/b.txt', { outlet: 'Absolute key', published: '2013-06-16T10:00:00' }],
    ]);
  });

  it('takes an overlay text (an unsaved editor buffer) instead of the file, by path or real path, front matter included', async () => {
    const a = await write('story/a.txt', 'On disk.');
    await write('story/b.txt', 'Also on disk.');
    await mkdir(path.join(root, 'real'));
    const c = await write('real/c.md', 'Draft on disk.');
    await symlink(path.join(root, 'real'), path.join(root, 'linked'));
    const overlay = new Map([
      [a, '---\noutlet: Unsaved\n---\nIn the editor.'],
      [c, 'Draft in the editor.'],
      [path.join(root, 'story', 'not-listed.txt'), 'Never a document: no input names it.'],
    ]);
    const result = await loadDocuments({ sources: ['story'], drafts: ['linked/c.md'], cwd: root, overlay });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => [d.path, d.role, d.text, d.meta])).toEqual([
      ['story/a.txt', 'source', '---\noutlet: Unsaved\n---\nIn the editor.', { outlet: 'Unsaved' }],
      ['story/b.txt', 'source', 'Also on disk.', {}],
      ['linked/c.md', 'draft', 'Draft in the editor.', {}],
    ]);
  });
});
