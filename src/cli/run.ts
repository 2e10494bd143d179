import { CommanderError } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cli-error.js';
import { type CliIo, io, withIo } from './io.js';
import { buildProgram } from './program.js';

/**
 * Runs the CLI and returns the exit code: 0 done, 1 the work failed (bad data, unknown
 * family), 2 wrong usage. Messages for the user go to stderr in Dutch. `streams` replaces
 * the process's stdin, stdout and stderr for this run (io.ts).
 */
export function runCli(argv: readonly string[], streams?: CliIo): Promise<number> {
  return withIo(streams, () => run(argv));
}

async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io().stderr.write(error.lines.map((line) => `${line}\n`).join(''));
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; a group without its subcommand is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      return EXIT_USAGE;
    }
    io().stderr.write(`interne fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
