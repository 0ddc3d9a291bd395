import { Worker } from 'node:worker_threads';
import type { ProjectRequest, ProjectResult } from './engine.js';

/**
 * What the server asks of factlint. Linting is synchronous CPU work (the
 * pipeline runs in one call), so the server keeps it off its own thread: the
 * worker implementation answers while the LSP connection stays responsive.
 */
export interface Linter {
  /** The nearest factlint.config.json above an absolute file path. */
  findProject(file: string): Promise<string | undefined>;
  lintProject(request: ProjectRequest): Promise<ProjectResult>;
  /** Rule id → doc URL. */
  ruleDocs(): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

type Operation = 'findProject' | 'lintProject' | 'ruleDocs';

/** A message to the worker. */
export interface Call {
  id: number;
  op: Operation;
  arg?: unknown;
}

/** The worker's answer to a Call. */
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * The engine in this thread: for tests, and for embedding where blocking the
 * thread for the length of a lint is acceptable. The engine (and with it the
 * whole pipeline) is imported on first use.
 */
export function inThreadLinter(): Linter {
  const engine = import('./engine.js');
  return {
    findProject: async (file) => (await engine).findProject(file),
    lintProject: async (request) => (await engine).lintProject(request),
    ruleDocs: async () => (await engine).ruleDocs(),
    dispose: async () => {},
  };
}

/**
 * The engine in a worker thread (dist/worker.js), started on first use and
 * again after a crash. Calls are answered in order; a lint in progress does
 * not hold up the server's other requests. `log` gets the worker's own
 * stdout and stderr, which must never reach the LSP stream on stdout.
 */
export function workerLinter(log: (message: string) => void, script: URL = new URL('./worker.js', import.meta.url)): Linter {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(script, { stdout: true, stderr: true });
    w.stdout.setEncoding('utf8').on('data', (chunk: string) => log(chunk.trimEnd()));
    w.stderr.setEncoding('utf8').on('data', (chunk: string) => log(chunk.trimEnd()));
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
    });
    w.on('error', (error) => {
      // An uncaught exception in the worker ends it; the next call starts a new one.
      if (worker === w) worker = undefined;
      log(`factlint worker failed: ${error.stack ?? error.message}`);
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`factlint worker stopped (exit code ${code})`));
    });
    return w;
  };

  const call = <T>(op: Operation, arg?: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, arg } satisfies Call);
    });

  return {
    findProject: (file) => call('findProject', file),
    lintProject: (request) => call('lintProject', request),
    ruleDocs: () => call('ruleDocs'),
    dispose: async () => {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
