import { userInfo } from 'node:os';
import { systemClock } from '../domain/clock.js';
import type { Store } from '../store/index.js';
import { type UseCaseContext, type UseCaseDeps, consoleCaller, useCaseDeps } from '../use-cases/context.js';
import { ApiProblem, renderProblem } from '../use-cases/problems.js';
import { CliError, EXIT_FAILURE } from './cli-error.js';

/** What a CLI command hands to a use case: the store's deps and the console operator. */
export function consoleUseCase(store: Store): { deps: UseCaseDeps; ctx: UseCaseContext } {
  return { deps: useCaseDeps(store), ctx: { actor: consoleCaller(userInfo().username), clock: systemClock } };
}

/**
 * A use case's refusal as the CLI's Dutch lines: one line per field error (`veld: tekst`),
 * or the problem's detail. `fields` maps a use case's field path to the option that set it.
 */
export function cliProblem(error: unknown, fields: (path: string) => string = (path) => path): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const problem = renderProblem(error.spec, 'nl');
  const lines =
    problem.errors !== undefined && problem.errors.length > 0
      ? problem.errors.map((e) => (e.path === '' ? e.message : `${fields(e.path)}: ${e.message}`))
      : [problem.detail ?? problem.title];
  return new CliError(lines, EXIT_FAILURE);
}
