import { ConfigError, VERSION, type SeveritySetting } from '@factlint/core';
import yargs, { type Argv } from 'yargs';
import { runClaims } from './commands/claims.js';
import { runLint, type LintArgs } from './commands/lint.js';
import type { CommonArgs } from './commands/shared.js';
import { UsageError } from './errors.js';
import { CLAIMS_FORMAT_NAMES, LINT_FORMAT_NAMES, type ClaimsFormatName, type LintFormatName } from './formatters/index.js';
import { processIo, type CliIo } from './io.js';

type Command = { name: 'lint'; args: LintArgs } | { name: 'claims'; args: CommonArgs<ClaimsFormatName> };

/**
 * The factlint command line. Returns the exit code instead of exiting, and
 * does all its I/O through `io`, so tests run it in-process:
 * 0 no errors; 1 errors, or more warnings than --max-warnings; 2 usage,
 * config or input error.
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli: CliIo = { ...processIo(), ...io };
  let command: Command | undefined;
  let output = '';
  try {
    await buildParser(cli, (c) => (command = c)).parseAsync([...argv], {}, (_error, _args, text) => {
      output = text; // help and version text: captured so it goes to io.stdout, not console.log
    });
  } catch (error) {
    if (error instanceof UsageError) return usage(cli, error.message, argv);
    throw error;
  }
  if (!command) {
    // --help or --version
    if (output) cli.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    return 0;
  }
  try {
    return command.name === 'lint' ? await runLint(command.args, cli) : await runClaims(command.args, cli);
  } catch (error) {
    if (error instanceof UsageError) return usage(cli, error.message, argv);
    if (error instanceof ConfigError) {
      for (const line of error.message.split('\n')) cli.stderr.write(`factlint: ${line}\n`);
      return 2;
    }
    throw error; // a bug: bin/factlint.js prints the stack and exits 2
  }
}

const EXIT_CODES =
  'Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 usage, config or input error. Findings left out by inline directives or the baseline do not count.';

function usage(io: CliIo, message: string, argv: readonly string[]): number {
  const sub = argv[0] === 'lint' || argv[0] === 'claims' ? ` ${argv[0]}` : '';
  io.stderr.write(`factlint: ${message}\nRun 'factlint${sub} --help' for usage.\n`);
  return 2;
}

function buildParser(io: CliIo, record: (command: Command) => void): Argv {
  return (
    yargs()
      .scriptName('factlint')
      .locale('en') // the rest of factlint's messages are English; help should not switch language with LANG
      .usage('$0 [command] [options]\n\nCheck news copy for discrepancies between sources, and drafts against their sources.\nWithout a command, factlint lints: `factlint seeds` is `factlint lint seeds`.')
      // lint is the default command, as in eslint, vale and textlint: `factlint story/`.
      .command(
        ['lint [paths..]', '$0'],
        'Check sources against each other (and drafts against the sources)',
        (y) =>
          withCommonOptions(
            y,
            'Files, directories or globs to check: the sources, or with --sources the drafts',
            LINT_FORMAT_NAMES,
            'Output format; sarif: a SARIF 2.1.0 log for code scanning, github: GitHub Actions annotations, html: a page for reviewers',
          )
            .option('max-warnings', {
              type: 'string',
              requiresArg: true,
              description: 'Exit 1 when there are more warnings than this (-1: no limit)',
              default: '-1',
              defaultDescription: '-1',
            })
            .option('quiet', { type: 'boolean', default: false, description: 'Report errors only' })
            .option('baseline', {
              type: 'string',
              requiresArg: true,
              description:
                'Leave out the findings accepted in this baseline file (default: factlint-baseline.json beside the config, or here without one, when it exists); --no-baseline: use none',
            })
            .option('write-baseline', {
              type: 'boolean',
              default: false,
              description: 'Accept every current finding: write them to the baseline file, so later runs fail only on new ones',
            })
            .option('report-unused-directives', {
              type: 'string',
              requiresArg: true,
              choices: UNUSED_DIRECTIVE_SEVERITIES,
              description: 'Severity for an inline directive that suppresses nothing (default: the config\'s reportUnusedDirectives, else warning)',
            })
            .example('$0 lint seeds', 'Check the reports in seeds/ against each other')
            .example('$0 lint --sources story/ draft.md', 'Check a draft against its sources')
            .example('$0 lint --write-baseline', 'Accept the current findings; later runs report only new ones')
            .example('$0 lint --format sarif > factlint.sarif', 'A SARIF log for GitHub code scanning or another SARIF viewer')
            .epilogue(
              [
                'Inline directives, as HTML comments in any document (no rule: every rule):',
                '  <!-- factlint-disable-next-line <rule>, <rule> -- reason -->',
                '  <!-- factlint-disable-line <rule> -- reason -->',
                '  <!-- factlint-disable <rule> -- reason --> … <!-- factlint-enable <rule> -->',
                '',
                EXIT_CODES,
              ].join('\n'),
            ),
        (a) => record({ name: 'lint', args: lintArgs(a) }),
      )
      .command(
        'claims [paths..]',
        'List the quotes, entities, values and facts found in each document',
        (y) =>
          withCommonOptions(y, 'Files, directories or globs to read: the sources, or with --sources the drafts', CLAIMS_FORMAT_NAMES, 'Output format').example(
            '$0 claims --format json seeds',
            'The claims in the seed reports, as JSON',
          ),
        (a) => record({ name: 'claims', args: commonArgs<ClaimsFormatName>(a) }),
      )
      .option('config', {
        type: 'string',
        requiresArg: true,
        description: 'Use this config file instead of the nearest factlint.config.json',
      })
      .option('color', {
        type: 'boolean',
        description: 'Force colour on or (--no-color) off; default: on for terminals, honouring NO_COLOR and FORCE_COLOR',
      })
      .strict()
      // Only camelCase keys reach the handlers. Not 'strip-aliased': it hides --version behind -v.
      .parserConfiguration({ 'strip-dashed': true })
      .version(VERSION)
      .alias('v', 'version')
      .help()
      .alias('h', 'help')
      .epilogue(EXIT_CODES)
      .wrap(Math.min(100, io.stdout.columns ?? 80))
      .exitProcess(false)
      .fail((message, error) => {
        // yargs' own validation errors are usage errors; anything else is a bug and must surface as one.
        if (error && error.name !== 'YError') throw error;
        throw new UsageError(message || error?.message || 'invalid arguments');
      })
  );
}

/** The options of every command; `formats`: the command's --format choices, the first the default. */
function withCommonOptions<T>(y: Argv<T>, pathsDescription: string, formats: readonly string[], formatDescription: string) {
  return y
    .positional('paths', { type: 'string', array: true, description: pathsDescription })
    .option('sources', {
      type: 'string',
      requiresArg: true,
      description: 'A source file, directory or glob (repeat for several); the paths are then drafts',
    })
    .option('format', {
      type: 'string',
      choices: formats,
      default: formats[0],
      description: formatDescription,
    });
}

interface RawArgs {
  paths?: string | string[];
  sources?: string | string[];
  config?: string | string[];
  color?: boolean;
  format?: string | string[];
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A repeated single-valued option: the last one wins, as in most command lines. */
function last(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.at(-1) : value;
}

/** `F`: the command's format names, which yargs has already checked `--format` against. */
function commonArgs<F extends string>(a: RawArgs): CommonArgs<F> {
  return {
    paths: list(a.paths),
    sources: list(a.sources),
    config: last(a.config),
    color: a.color,
    format: (last(a.format) ?? 'stylish') as F,
  };
}

const UNUSED_DIRECTIVE_SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

interface RawLintArgs extends RawArgs {
  maxWarnings?: string | string[];
  quiet?: boolean;
  baseline?: string | false | (string | false)[];
  writeBaseline?: boolean;
  reportUnusedDirectives?: string | string[];
}

function lintArgs(a: RawLintArgs): LintArgs {
  const baseline = Array.isArray(a.baseline) ? a.baseline.at(-1) : a.baseline;
  const writeBaseline = Boolean(a.writeBaseline);
  if (writeBaseline && baseline === false) {
    throw new UsageError('--write-baseline needs a baseline file: drop --no-baseline (or give --baseline <file>)');
  }
  if (baseline === '') throw new UsageError('--baseline needs a file name');
  return {
    ...commonArgs<LintFormatName>(a),
    maxWarnings: maxWarnings(a.maxWarnings),
    quiet: Boolean(a.quiet),
    baseline,
    writeBaseline,
    reportUnusedDirectives: unusedDirectiveSeverity(last(a.reportUnusedDirectives)),
  };
}

/** Checked here: yargs' `choices` does not see dashed options once 'strip-dashed' has removed them. */
function unusedDirectiveSeverity(value: string | undefined): SeveritySetting | undefined {
  if (value === undefined || (UNUSED_DIRECTIVE_SEVERITIES as readonly string[]).includes(value)) return value as SeveritySetting | undefined;
  throw new UsageError(`--report-unused-directives must be one of ${UNUSED_DIRECTIVE_SEVERITIES.join(', ')}; got "${value}"`);
}

function maxWarnings(value: string | string[] | undefined): number {
  const text = last(value) ?? '-1';
  if (!/^-?\d+$/.test(text.trim()) || Number(text) < -1) {
    throw new UsageError(`--max-warnings must be a whole number of warnings, or -1 for no limit; got "${text}"`);
  }
  return Number(text);
}
