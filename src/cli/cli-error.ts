import { type DomainError, formatError } from '../domain/errors.js';

/** Exit codes of the CLI: 1 for failed work (bad data, unknown id), 2 for wrong usage. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * A failure a command reports to the user: Dutch lines for stderr and an exit code. Thrown
 * from actions so that every command ends the same way (see run.ts).
 */
export class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(lines.join('\n'));
    this.name = 'CliError';
  }

  /** One line per domain error: `file:line:column: path: message`. */
  static fromDomain(errors: readonly DomainError[], exitCode: number = EXIT_FAILURE): CliError {
    return new CliError(errors.map(formatError), exitCode);
  }
}
