import type { SearchQuery, SearchResult } from '../../api/fubes.js';
import { parseClassFilter } from '../../domain/family/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { ref } from '../../messages/index.js';
import { ApiProblem } from '../problems.js';
import { searchScopeFor } from './list-scope.js';

/**
 * The catalogue: words and filters over exactly the FUBEs the caller may open. The class
 * filter is a class or a level of the (filtered or any published) family: "15/16".
 */
export async function searchFubes(deps: UseCaseDeps, ctx: UseCaseContext, query: SearchQuery): Promise<SearchResult> {
  const caller = requireCaller(ctx);
  const { class: classText, ...rest } = query;
  const classes = await classesOf(deps, classText, rest.family);
  return deps.store.search.find({ ...rest, classes }, await searchScopeFor(deps, caller));
}

/** The classes a class filter ("15", or a level "15/16" of the filtered or any published family) stands for; 400 when it is neither. */
export async function classesOf(deps: UseCaseDeps, classText: string | undefined, familyId: string | undefined): Promise<number[] | undefined> {
  if (classText === undefined || classText.trim() === '') return undefined;
  const published = (await deps.store.families.published()).map((p) => p.family);
  const families = familyId === undefined ? published : published.filter((family) => family.id === familyId);
  const parsed = parseClassFilter(classText, families);
  // The message alone as the detail: it names the filter in words, no field path.
  if (!parsed.ok) throw new ApiProblem({ type: PROBLEM_TYPES.validation, title: ref('problem.bad-request'), status: 400, detailFrom: 'messages', errors: parsed.errors });
  return parsed.value;
}
