import { format } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { workerLinter } from './linter.js';
import { startServer, VERSION } from './server.js';

const USAGE = `Usage: factlint-lsp [--stdio]

The factlint language server: an editor starts it and speaks the Language
Server Protocol with it over stdin and stdout (the only transport; --stdio is
accepted and implied). Open a draft or a source under a factlint.config.json
and its project's findings appear as diagnostics, with quick fixes.

  -h, --help      show this help
  -v, --version   show the version
`;

/** The factlint-lsp command: serves LSP on stdin/stdout until the client says exit. Returns an exit code for a command-line error. */
export function main(argv: readonly string[]): number {
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (arg === '-v' || arg === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (/^--(node-ipc|socket|pipe)\b/.test(arg)) {
      process.stderr.write(`factlint-lsp: ${arg}: only stdio is supported; start factlint-lsp with --stdio or no option\n`);
      return 2;
    }
    // Anything else (--stdio, --clientProcessId=… from some clients) is ignored.
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // stdout carries the protocol: anything a library prints goes to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  process.on('uncaughtException', (error) => connection.console.error(`factlint: internal error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`factlint: internal error: ${format(reason)}`));
  startServer(connection, { linter: workerLinter((message) => connection.console.log(message)) });
  return 0;
}
