import { createRequire } from 'node:module';
import path from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, findingsFor } from './actions.js';
import { toFinding, type Finding } from './diagnostics.js';
import type { ProjectResult } from './engine.js';
import type { Linter } from './linter.js';
import { canonical, filePath, fileUri } from './paths.js';

/*
 * The language server. For each open document it finds the nearest
 * factlint.config.json, as the command line does; the config's project (its
 * sources and drafts) is linted with the open buffers in place of the files
 * on disk, and every open document of the project gets its diagnostics. No
 * config: nothing is linted and nothing is said.
 */

/** core's CONFIG_FILE_NAME and BASELINE_FILE_NAME (server.test.ts checks): the server thread does not load the pipeline. */
export const CONFIG_FILE = 'factlint.config.json';
export const BASELINE_FILE = 'factlint-baseline.json';
/** core's TEXT_EXTENSIONS: what a directory or glob in a config can name. */
export const WATCHED_FILES = ['**/factlint.config.json', '**/factlint-baseline.json', '**/*.{txt,md,markdown,text}'];

export const DEFAULT_DEBOUNCE_MS = 250;

export interface ServerOptions {
  linter: Linter;
  /** Quiet time after the last change before a document's project is linted again. */
  debounceMs?: number;
}

export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

interface OpenDocument {
  /** The file's path as the client names it, and its real path. */
  path: string;
  real: Promise<string>;
  /** Its project's config file, or undefined when no config is above it. */
  project: Promise<string | undefined>;
}

interface Project {
  configFile: string;
  timer: NodeJS.Timeout | undefined;
  /** The pending timer is a lint on open or save, which a keystroke must not postpone. */
  timerNow: boolean;
  running: boolean;
  /** Something changed while a lint was running: lint again when it ends. */
  again: boolean;
  /** The config problem last shown, so a problem is shown once per change of the config. */
  shownProblem: string | undefined;
  /** What was last logged about unreadable files or an empty config, so it is not logged on every keystroke. */
  logged: string | undefined;
}

interface Published {
  findings: Finding[];
  requireReason: boolean;
}

export interface Server {
  dispose(): Promise<void>;
}

/** Wires the server to `connection` and starts listening on it. */
export function startServer(connection: Connection, options: ServerOptions): Server {
  const { linter } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const documents = new TextDocuments(TextDocument);
  const open = new Map<string, OpenDocument>();
  const projects = new Map<string, Project>();
  const published = new Map<string, Published>();
  let roots: string[] = [];
  let relatedInformation = true;
  let watchDynamically = false;
  let ruleDocs: Promise<Record<string, string>> | undefined;
  let nextKey = 0;
  let disposed = false;

  const log = connection.console;
  /** Runs `task` and logs what it throws: no notification handler may crash the server. */
  const guard = (what: string, task: () => Promise<unknown>) => {
    void task().catch((error: unknown) => log.error(`factlint: ${what} failed: ${describe(error)}`));
  };
  const docsOfRules = () =>
    (ruleDocs ??= linter.ruleDocs().catch((error: unknown) => {
      log.error(`factlint: could not load the rules' docs: ${describe(error)}`);
      ruleDocs = undefined;
      return {};
    }));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = workspaceRoots(params);
    const caps = params.capabilities;
    relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation ?? false;
    watchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'factlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (watchDynamically) {
      guard('registering file watchers', () =>
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) }),
      );
    }
    void docsOfRules(); // starts the engine (about a second) before the first document needs it
  });

  connection.onShutdown(async () => {
    disposed = true;
    for (const p of projects.values()) clearTimeout(p.timer);
    await linter.dispose();
  });

  documents.onDidOpen(({ document }) => {
    const file = filePath(document.uri);
    if (file === undefined) return; // an untitled buffer or a remote file: no config can be found for it
    const project = linter.findProject(file).catch((error: unknown) => {
      log.error(`factlint: looking for the config of ${file} failed: ${describe(error)}`);
      return undefined;
    });
    open.set(document.uri, { path: file, real: canonical(file), project });
    guard('linting on open', async () => schedule(await project, 'now'));
  });

  documents.onDidChangeContent(({ document }) => {
    const entry = open.get(document.uri);
    if (entry) guard('linting on change', async () => schedule(await entry.project, 'debounced'));
  });

  documents.onDidSave(({ document }) => {
    const entry = open.get(document.uri);
    if (entry) guard('linting on save', async () => schedule(await entry.project, 'now'));
  });

  documents.onDidClose(({ document }) => {
    const entry = open.get(document.uri);
    open.delete(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The other open documents of the project are now checked against the file on disk.
    if (entry) guard('linting on close', async () => schedule(await entry.project, 'now'));
  });

  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    guard('handling changed files', () => filesChanged(params));
  });

  connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    try {
      const only = params.context.only;
      if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
      const doc = documents.get(params.textDocument.uri);
      const done = published.get(params.textDocument.uri);
      if (!doc || !done) return [];
      return codeActions(doc, findingsFor(done.findings, params.context.diagnostics, params.range), done.requireReason);
    } catch (error) {
      log.error(`factlint: code actions failed: ${describe(error)}`);
      return [];
    }
  });

  /** A config, a baseline or a source changed on disk: find configs again where one came or went, and lint again. */
  async function filesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    const files = params.changes.map((c) => filePath(c.uri)).filter((f): f is string => f !== undefined);
    const configs = files.filter((f) => path.basename(f) === CONFIG_FILE);
    for (const file of configs) {
      const project = projects.get(file);
      if (project) project.shownProblem = undefined; // a new version of the config: say again what is wrong with it
    }
    if (configs.length > 0) {
      for (const [uri, entry] of open) {
        const before = await entry.project;
        entry.project = linter.findProject(entry.path).catch(() => undefined);
        if ((await entry.project) !== before) clear(uri); // its new project, if any, publishes it again
      }
    }
    const active = new Set<string>();
    for (const entry of open.values()) {
      const project = await entry.project;
      if (project) active.add(project);
    }
    for (const project of active) schedule(project, 'debounced');
  }

  function schedule(configFile: string | undefined, when: 'now' | 'debounced'): void {
    if (configFile === undefined || disposed) return;
    let p = projects.get(configFile);
    if (!p) {
      p = { configFile, timer: undefined, timerNow: false, running: false, again: false, shownProblem: undefined, logged: undefined };
      projects.set(configFile, p);
    }
    const project = p;
    if (project.timer) {
      if (project.timerNow && when === 'debounced') return;
      clearTimeout(project.timer);
    }
    project.timerNow = when === 'now';
    project.timer = setTimeout(
      () => {
        project.timer = undefined;
        guard(`linting ${configFile}`, () => run(project));
      },
      when === 'now' ? 0 : debounceMs,
    );
  }

  /** One lint at a time per project; changes during it lead to one more when it ends. */
  async function run(project: Project): Promise<void> {
    if (project.running) {
      project.again = true;
      return;
    }
    project.running = true;
    try {
      await lintOnce(project);
    } finally {
      project.running = false;
      if (project.again) {
        project.again = false;
        schedule(project.configFile, 'now');
      }
    }
  }

  async function lintOnce(project: Project): Promise<void> {
    const members: { uri: string; entry: OpenDocument; doc: TextDocument; version: number; text: string }[] = [];
    for (const [uri, entry] of open) {
      const doc = documents.get(uri);
      if (doc && (await entry.project) === project.configFile) members.push({ uri, entry, doc, version: doc.version, text: doc.getText() });
    }
    if (members.length === 0) return;

    const started = Date.now();
    const result = await linter.lintProject({
      configFile: project.configFile,
      cwd: cwdFor(project.configFile),
      overlay: members.map((m) => [m.entry.path, m.text]),
    });
    if (disposed) return;
    if (result.status !== 'ok') {
      report(project, result);
      for (const m of members) clear(m.uri);
      return;
    }
    project.shownProblem = undefined;
    const unread = [
      ...result.fileErrors.map((e) => `factlint: ${e.file}: ${e.message}`),
      ...result.fileWarnings.map((w) => `factlint: ${w.file}: warning: ${w.message}`),
    ].join('\n');
    if (unread !== (project.logged ?? '')) {
      project.logged = unread;
      if (unread) log.warn(unread);
    }

    const byFile = new Map<string, ProjectDiagnostics>();
    for (const d of result.diagnostics) {
      const list = byFile.get(d.file) ?? [];
      list.push(d);
      byFile.set(d.file, list);
    }
    const inProject = new Set(result.files);
    const docs = await docsOfRules();
    const uriByFile = new Map<string, string>();
    for (const m of members) uriByFile.set(await m.entry.real, m.uri);
    let count = 0;
    for (const m of members) {
      const current = documents.get(m.uri);
      // Closed since, or changed since: a newer lint is already on its way for it.
      if (!current || current.version !== m.version || open.get(m.uri) !== m.entry) continue;
      const real = await m.entry.real;
      const found = inProject.has(real) ? (byFile.get(real) ?? []) : [];
      const findings = found.map((d) =>
        toFinding(d, m.text, nextKey++, { ruleDocs: docs, relatedInformation, uriOf: (file) => uriByFile.get(file) ?? fileUri(file) }),
      );
      published.set(m.uri, { findings, requireReason: result.requireDirectiveReason });
      count += findings.length;
      void connection.sendDiagnostics({ uri: m.uri, version: m.version, diagnostics: findings.map((f) => f.diagnostic) });
    }
    log.log(`factlint: ${path.basename(path.dirname(project.configFile))}: ${result.files.length} documents, ${count} findings in open documents, ${Date.now() - started} ms`);
  }

  /** A config that cannot be used: shown once per change of the config, and logged. */
  function report(project: Project, result: Exclude<ProjectResult, { status: 'ok' }>): void {
    if (result.status === 'no-inputs') {
      const message = `factlint: ${project.configFile} lists no "sources" or "drafts": nothing to check`;
      if (project.logged !== message) log.info(message);
      project.logged = message;
      return;
    }
    if (project.shownProblem === result.message) return;
    project.shownProblem = result.message;
    log.error(`factlint: ${result.message}`);
    // A notification, not window/showMessageRequest: nothing to answer, and nothing waits for the user.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `factlint: ${result.message}` });
  }

  function clear(uri: string): void {
    if (!published.delete(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Paths in messages are relative to the workspace folder that holds the config (the deepest one), else to the config's folder. */
  function cwdFor(configFile: string): string {
    const inside = (root: string) => {
      const rel = path.relative(root, configFile);
      return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    };
    const holding = roots.filter(inside).sort((a, b) => b.length - a.length);
    return holding[0] ?? path.dirname(configFile);
  }

  documents.listen(connection);
  connection.listen();
  return {
    async dispose() {
      disposed = true;
      for (const p of projects.values()) clearTimeout(p.timer);
      await linter.dispose();
    },
  };
}

type ProjectDiagnostics = Extract<ProjectResult, { status: 'ok' }>['diagnostics'];

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(filePath).filter((p): p is string => p !== undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
