import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { BASELINE_FILE_NAME, CONFIG_FILE_NAME, TEXT_EXTENSIONS } from '@factlint/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DiagnosticSeverity,
  MessageType,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REASON_PLACEHOLDER } from './actions.js';
import { inThreadLinter } from './linter.js';
import { BASELINE_FILE, CONFIG_FILE, startServer, WATCHED_FILES, type Server } from './server.js';
import { TestClient, uriOf } from './test-support/client.js';

/*
 * The server in-process, an editor talking to it over in-memory streams, and
 * a newsroom's project on disk: two wire reports and a Markdown draft that
 * misquotes Putin and quotes Cameron correctly.
 */
const WIRE = `LONDON - Russian President Vladimir Putin met British Prime Minister David Cameron in London on Sunday.

"We are not breaching any rules or norms," Putin said after the talks.

"We both see a humanitarian catastrophe in Syria," Cameron told reporters.
`;
const ITV = `Vladimir Putin held talks with David Cameron at Downing Street on Sunday.

"We are not breaching any rules or norms," the Russian leader told reporters.

"We both see a humanitarian catastrophe in Syria," the Prime Minister said.
`;
const DRAFT = `# Putin in London

Vladimir Putin met David Cameron in London on Sunday.

"We are not breaching any rules or standards," Putin said.

"We both see a humanitarian catastrophe in Syria," Cameron said.
`;
const CONFIG = { sources: ['story/*.txt'], drafts: ['draft.md'] };

let dir: string;
let draft: string;
let client: TestClient;
let server: Server;

async function start(options: { relatedInformation?: boolean } = {}): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  server = startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
    linter: inThreadLinter(),
    debounceMs: 100,
  });
  client = new TestClient(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  await client.initialize(dir, options.relatedInformation ?? true);
}

async function writeConfig(config: unknown): Promise<void> {
  await writeFile(path.join(dir, 'factlint.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factlint-lsp-'));
  await mkdir(path.join(dir, 'story'));
  await writeFile(path.join(dir, 'story', 'wire.txt'), WIRE);
  await writeFile(path.join(dir, 'story', 'itv.txt'), ITV);
  draft = path.join(dir, 'draft.md');
  await writeFile(draft, DRAFT);
  await writeConfig(CONFIG);
});
afterEach(async () => {
  client?.connection.dispose();
  await server?.dispose();
  await rm(dir, { recursive: true, force: true });
});

const line = (text: string, n: number) => text.split('\n')[n]!;
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
const editsOf = (action: CodeAction) => action.edit!.changes![uriOf(draft)]!;

describe('the factlint language server', { timeout: 30_000 }, () => {
  it('publishes a misquote in the open draft with the sources as related information, a doc link and a quick fix; the correct quote stays quiet', async () => {
    await start();
    await client.open(draft, DRAFT);
    const diagnostics = await client.diagnosticsAt(draft, 1);

    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics as [Diagnostic];
    expect(d).toMatchObject({
      source: 'factlint',
      code: 'quote-mismatch',
      severity: DiagnosticSeverity.Warning,
      range: { start: { line: 4, character: 1 }, end: { line: 4, character: 45 } },
      codeDescription: { href: expect.stringMatching(/^file:\/\/\/.*\/rules\/quote-mismatch\.md$/) },
    });
    expect(d.message).toContain('We are not breaching any rules or [-standards-] {+norms+}');
    expect(line(DRAFT, 4).slice(1, 45)).toBe('We are not breaching any rules or standards,');
    // Every other wording, each at its place in its source.
    expect(d.relatedInformation!.map((r) => [r.location.uri, r.location.range.start, r.message])).toEqual([
      [uriOf(path.join(dir, 'story', 'itv.txt')), { line: 2, character: 1 }, 'itv.txt: "We are not breaching any rules or norms,"'],
      [uriOf(path.join(dir, 'story', 'wire.txt')), { line: 2, character: 1 }, 'wire.txt: "We are not breaching any rules or norms,"'],
    ]);

    const actions = await client.codeActions(draft, d.range, [d]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ["Use itv.txt's words", 'quickfix', true],
      ['Disable quote-mismatch for this line', 'quickfix', false],
    ]);
    const fix = editsOf(actions[0]!);
    expect(fix).toEqual([{ range: { start: { line: 4, character: 1 }, end: { line: 4, character: 44 } }, newText: 'We are not breaching any rules or norms' }]);
    expect(line(apply(DRAFT, fix), 4)).toBe('"We are not breaching any rules or norms," Putin said.');
  });

  it("lints the buffer, not the file: fixing the quote as the editor types clears the diagnostic, after one debounced lint", async () => {
    await start();
    await client.open(draft, DRAFT);
    expect(await client.diagnosticsAt(draft, 1)).toHaveLength(1);

    // Retype "standards" as "norms", a keystroke at a time, as incremental changes.
    const at = { line: 4, character: DRAFT.split('\n')[4]!.indexOf('standards') };
    const word = { start: at, end: { line: 4, character: at.character + 'standards'.length } };
    await client.change(draft, { range: word, text: '' });
    let version = 0;
    for (const [i, letter] of [...'norms'].entries()) {
      const here = { line: 4, character: at.character + i };
      version = await client.change(draft, { range: { start: here, end: here }, text: letter });
    }
    expect(await client.diagnosticsAt(draft, version)).toEqual([]);
    // The keystrokes came faster than the debounce: no lint for the versions in between.
    expect(client.publishedFor(draft).map((p) => p.version)).toEqual([1, version]);
  });

  it('offers "Disable <rule> for this line"; the inserted directive suppresses the finding', async () => {
    await start();
    await client.open(draft, DRAFT);
    const [d] = (await client.diagnosticsAt(draft, 1)) as [Diagnostic];
    const disable = (await client.codeActions(draft, d.range, [d])).find((a) => a.title === 'Disable quote-mismatch for this line')!;
    const edited = apply(DRAFT, editsOf(disable));
    expect(edited.split('\n').slice(3, 6)).toEqual([
      '',
      '<!-- factlint-disable-next-line quote-mismatch -->',
      '"We are not breaching any rules or standards," Putin said.',
    ]);

    const version = await client.change(draft, { text: edited });
    // Suppressed, and the directive is used, so there is no unused-directive warning either.
    expect(await client.diagnosticsAt(draft, version)).toEqual([]);
  });

  it('keeps Markdown blocks whole: inside a paragraph the directive goes at the end of the line, in a block quote after its marker', async () => {
    const text = [
      '# Putin in London',
      '',
      'Vladimir Putin met David Cameron in London on Sunday. After the talks he said',
      '"We are not breaching any rules or standards," and left.',
      '',
      '> Cameron was blunt.',
      '>',
      '> "We both see a humanitarian disaster in Syria," Cameron said.',
      '',
    ].join('\n');
    await start();
    await client.open(draft, text);
    const diagnostics = await client.diagnosticsAt(draft, 1);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['quote-mismatch', 3],
      ['quote-mismatch', 7],
    ]);
    const edits: TextEdit[] = [];
    for (const d of diagnostics) {
      const disable = (await client.codeActions(draft, d.range, [d])).find((a) => a.title.startsWith('Disable'))!;
      edits.push(...editsOf(disable));
    }
    const edited = apply(text, edits);
    expect(edited.split('\n').slice(3, 9)).toEqual([
      '"We are not breaching any rules or standards," and left. <!-- factlint-disable-line quote-mismatch -->',
      '',
      '> Cameron was blunt.',
      '>',
      '> <!-- factlint-disable-next-line quote-mismatch -->',
      '> "We both see a humanitarian disaster in Syria," Cameron said.',
    ]);
    const version = await client.change(draft, { text: edited });
    expect(await client.diagnosticsAt(draft, version)).toEqual([]);
  });

  it('writes a placeholder reason when the config requires one', async () => {
    await writeConfig({ ...CONFIG, requireDirectiveReason: true });
    await start();
    await client.open(draft, DRAFT);
    const [d] = (await client.diagnosticsAt(draft, 1)) as [Diagnostic];
    const disable = (await client.codeActions(draft, d.range, [d])).find((a) => a.title.startsWith('Disable'))!;
    expect(editsOf(disable)[0]!.newText).toBe(`<!-- factlint-disable-next-line quote-mismatch -- ${REASON_PLACEHOLDER} -->\n`);
    const version = await client.change(draft, { text: apply(DRAFT, editsOf(disable)) });
    expect(await client.diagnosticsAt(draft, version)).toEqual([]);
  });

  it('offers no action once the text it was computed for has changed', async () => {
    await start();
    await client.open(draft, DRAFT);
    const [d] = (await client.diagnosticsAt(draft, 1)) as [Diagnostic];
    // An edit inside the quote, before the next lint: the old fix would now overwrite the new words.
    await client.change(draft, { range: { start: { line: 4, character: 1 }, end: { line: 4, character: 3 } }, text: 'They' });
    expect(await client.codeActions(draft, d.range, [d])).toEqual([]);
  });

  it('shows a broken config once per change of it, naming the file and the problem, and keeps serving', async () => {
    await start();
    await client.open(draft, DRAFT);
    expect(await client.diagnosticsAt(draft, 1)).toHaveLength(1);

    await writeConfig('{ "sources": ["story/*.txt"], }');
    await client.filesChanged(path.join(dir, 'factlint.config.json'));
    const shown = await client.until(() => {
      expect(client.shown).toHaveLength(1);
      return client.shown[0]!;
    });
    expect(shown.type).toBe(MessageType.Error);
    expect(shown.message).toMatch(/^factlint: factlint\.config\.json:1:\d+: invalid JSON/);
    // The stale findings go: they no longer come from a config that works.
    await client.until(() => expect(client.publishedFor(draft).at(-1)!.diagnostics).toEqual([]));

    // Typing in the draft lints again, but says nothing new about the same config.
    const version = await client.change(draft, { text: `${DRAFT}\nMore text.\n` });
    await client.save(draft);
    await client.until(() => expect(client.logs.filter((l) => l.includes('invalid JSON'))).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.shown).toHaveLength(1);
    expect(await client.codeActions(draft, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, [])).toEqual([]);

    // A different problem is a change of the config: shown.
    await writeConfig({ ...CONFIG, rules: { 'quote-mismach': 'error' } });
    await client.filesChanged(path.join(dir, 'factlint.config.json'));
    await client.until(() => expect(client.shown).toHaveLength(2));
    expect(client.shown[1]!.message).toMatch(/^factlint: factlint\.config\.json:\d+:\d+: \/rules\/quote-mismach: unknown rule/);

    // Fixed: the findings come back, for the buffer as it is now.
    await writeConfig(CONFIG);
    await client.filesChanged(path.join(dir, 'factlint.config.json'));
    await client.until(() => {
      const last = client.publishedFor(draft).at(-1)!;
      expect(last.version).toBe(version);
      expect(last.diagnostics.map((d) => d.code)).toEqual(['quote-mismatch']);
    });
    expect(client.shown).toHaveLength(2);
  });

  it('lints again when a source changes on disk, and gives each open document of the project its own findings', async () => {
    await start();
    const itv = path.join(dir, 'story', 'itv.txt');
    await client.open(draft, DRAFT);
    await client.open(itv, ITV);
    expect(await client.diagnosticsAt(draft, 1)).toHaveLength(1);
    expect(await client.diagnosticsAt(itv, 1)).toEqual([]);

    // The wire changes its wording on disk: now the two sources disagree, and the draft follows the wire.
    const changed = WIRE.replace('rules or norms', 'rules or standards');
    await writeFile(path.join(dir, 'story', 'wire.txt'), changed);
    await client.filesChanged(path.join(dir, 'story', 'wire.txt'));
    await client.until(() => {
      expect(client.publishedFor(itv).at(-1)!.diagnostics.map((d) => d.code)).toEqual(['quote-mismatch']);
    });
    const related = client.publishedFor(itv).at(-1)!.diagnostics[0]!.relatedInformation!.map((r) => r.location.uri);
    expect(related).toContain(uriOf(path.join(dir, 'story', 'wire.txt')));
  });

  it('clears a document on close; a document without a config gets nothing, and no message', async () => {
    await start();
    await client.open(draft, DRAFT);
    expect(await client.diagnosticsAt(draft, 1)).toHaveLength(1);
    await client.close(draft);
    await client.until(() => expect(client.publishedFor(draft).at(-1)).toEqual({ uri: uriOf(draft), diagnostics: [] }));

    const elsewhere = await mkdtemp(path.join(tmpdir(), 'factlint-lsp-noconfig-'));
    try {
      const note = path.join(elsewhere, 'note.md');
      await writeFile(note, DRAFT);
      await client.open(note, DRAFT);
      await client.change(note, { text: `${DRAFT}\n"Another quote," he said.\n` });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.publishedFor(note)).toEqual([]);
      expect(client.shown).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('survives bad input: foreign URIs, unknown documents, unreadable sources, a config without files', async () => {
    await writeFile(path.join(dir, 'story', 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await start();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: DRAFT },
    });
    await client.change(path.join(dir, 'never-opened.md'), { text: 'x' });
    expect(await client.codeActions(path.join(dir, 'never-opened.md'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [])).toEqual([]);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 2 }] });

    // The unreadable source is named in the log; the others are still checked.
    await client.open(draft, DRAFT);
    expect(await client.diagnosticsAt(draft, 1)).toHaveLength(1);
    expect(client.logs).toContainEqual(expect.stringMatching(/^factlint: story\/photo\.txt: binary file/));

    await writeConfig({ rules: {} });
    await client.filesChanged(path.join(dir, 'factlint.config.json'));
    await client.until(() => expect(client.publishedFor(draft).at(-1)!.diagnostics).toEqual([]));
    expect(client.logs).toContainEqual(expect.stringMatching(/lists no "sources" or "drafts": nothing to check$/));
    expect(client.shown).toEqual([]);
  });

  it('writes the related places into the message for a client without relatedInformation', async () => {
    await start({ relatedInformation: false });
    await client.open(draft, DRAFT);
    const [d] = (await client.diagnosticsAt(draft, 1)) as [Diagnostic];
    expect(d.relatedInformation).toBeUndefined();
    expect((d.message as string).split('\n').slice(1)).toEqual([
      `↳ ${path.join(dir, 'story', 'itv.txt')}:3:2 itv.txt: "We are not breaching any rules or norms,"`,
      `↳ ${path.join(dir, 'story', 'wire.txt')}:3:2 wire.txt: "We are not breaching any rules or norms,"`,
    ]);
  });

  it('asks the client to watch configs, baselines and text files', async () => {
    await start();
    await client.until(() => expect(client.registrations).toHaveLength(1));
    expect(client.registrations[0]).toMatchObject({
      method: 'workspace/didChangeWatchedFiles',
      registerOptions: { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) },
    });
    // The server thread keeps its own copies of core's names, so that it need not load the pipeline.
    expect([CONFIG_FILE, BASELINE_FILE]).toEqual([CONFIG_FILE_NAME, BASELINE_FILE_NAME]);
    expect(WATCHED_FILES[2]).toBe(`**/*.{${TEXT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`);
  });
});
