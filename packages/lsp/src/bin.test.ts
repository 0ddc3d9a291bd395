import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/client.js';

/*
 * The built command as an editor starts it: `factlint-lsp --stdio`, with the
 * pipeline in its worker thread (pnpm test builds before it runs the tests).
 */
const bin = fileURLToPath(new URL('../bin/factlint-lsp.js', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factlint-lsp-bin-'));
  await mkdir(path.join(dir, 'story'));
  await writeFile(path.join(dir, 'story', 'wire.txt'), '"We are not breaching any rules or norms," Putin said after the talks.\n');
  await writeFile(path.join(dir, 'story', 'itv.txt'), '"We are not breaching any rules or norms," Vladimir Putin told reporters.\n');
  await writeFile(path.join(dir, 'factlint.config.json'), JSON.stringify({ sources: ['story/*.txt'], drafts: ['*.md'] }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factlint-lsp', { timeout: 60_000 }, () => {
  it('prints its version and help, and refuses a transport it does not speak', () => {
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', timeout: 30_000 });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 30_000 }).stdout).toContain('--stdio');
    const ipc = spawnSync(process.execPath, [bin, '--node-ipc'], { encoding: 'utf8', timeout: 30_000 });
    expect([ipc.status, ipc.stderr]).toEqual([2, 'factlint-lsp: --node-ipc: only stdio is supported; start factlint-lsp with --stdio or no option\n']);
  });

  it('serves over stdio, lints in its worker thread, and exits 0 after shutdown and exit', async () => {
    const child = spawn(process.execPath, [bin, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const client = new TestClient(createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin)));
    try {
      const init = await client.initialize(dir);
      expect(init.serverInfo).toEqual({ name: 'factlint', version: expect.any(String) });
      const draft = path.join(dir, 'draft.md');
      const text = '# Talks\n\n"We are not breaching any rules or standards," Putin said.\n';
      await writeFile(draft, text);
      await client.open(draft, text);
      // The worker is still loading the pipeline (about a second), and the server answers meanwhile.
      const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } };
      expect(await client.codeActions(draft, range, [])).toEqual([]);
      expect(client.publishedFor(draft)).toEqual([]);
      const diagnostics = await client.diagnosticsAt(draft, 1);
      expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['quote-mismatch', 2]]);
      await client.shutdown();
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      client.connection.dispose();
      child.kill();
    }
  });
});
