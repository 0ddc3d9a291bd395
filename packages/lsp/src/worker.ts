import { parentPort } from 'node:worker_threads';
import { findProject, lintProject, ruleDocs, type ProjectRequest } from './engine.js';
import type { Call, Reply } from './linter.js';

/* The worker thread of linter.ts's workerLinter: one engine call per message, answered by id. */

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of the factlint language server');

port.on('message', (call: Call) => {
  void answer(call).then((reply) => port.postMessage(reply));
});

async function answer(call: Call): Promise<Reply> {
  try {
    switch (call.op) {
      case 'findProject':
        return { id: call.id, ok: true, value: await findProject(call.arg as string) };
      case 'lintProject':
        return { id: call.id, ok: true, value: await lintProject(call.arg as ProjectRequest) };
      case 'ruleDocs':
        return { id: call.id, ok: true, value: ruleDocs() };
    }
  } catch (error) {
    return { id: call.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
