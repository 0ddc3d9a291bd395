import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/*
 * A scripted editor for the tests: it speaks LSP to a server over any
 * connection (in-memory streams or a child process's stdio), keeps each open
 * document's text and version, and records what the server sends.
 */

export const uriOf = (file: string) => pathToFileURL(file).href;

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];
  private readonly versions = new Map<string, number>();

  constructor(readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => void this.published.push(p));
    connection.onNotification(ShowMessageNotification.type, (p) => void this.shown.push(p));
    connection.onNotification(LogMessageNotification.type, (p) => void this.logs.push(p.message));
    connection.onRequest(RegistrationRequest.type, (p) => void this.registrations.push(...p.registrations));
    connection.listen();
  }

  async initialize(root: string, relatedInformation = true): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'story' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(file: string, text: string): Promise<void> {
    this.versions.set(uriOf(file), 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uriOf(file), languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text },
    });
  }

  /** Sends the changes and returns the document's new version. */
  async change(file: string, ...contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const uri = uriOf(file);
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async save(file: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
  }

  async close(file: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
  }

  async filesChanged(...files: string[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: files.map((f): FileEvent => ({ uri: uriOf(f), type: FileChangeType.Changed })),
    });
  }

  codeActions(file: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) },
      range,
      context: { diagnostics },
    }) as Promise<CodeAction[]>;
  }

  /** The diagnostics published for the file at `version` (by default its current one), once they arrive. */
  async diagnosticsAt(file: string, version = this.versions.get(uriOf(file))): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    return vi.waitFor(
      () => {
        const found = this.published.findLast((p) => p.uri === uri && p.version === version);
        if (!found) throw new Error(`no diagnostics for ${file} at version ${version}`);
        return found.diagnostics;
      },
      { timeout: 20_000, interval: 10 },
    );
  }

  /** Waits until `check` passes. */
  until<T>(check: () => T, timeout = 20_000): Promise<T> {
    return vi.waitFor(check, { timeout, interval: 10 });
  }

  publishedFor(file: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uriOf(file));
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
  }
}
