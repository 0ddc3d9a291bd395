export { startServer, DEFAULT_DEBOUNCE_MS, type Server, type ServerOptions } from './server.js';
export { inThreadLinter, workerLinter, type Linter } from './linter.js';
export type { ProjectRequest, ProjectResult } from './engine.js';
export { main } from './main.js';
