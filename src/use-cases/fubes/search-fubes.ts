import type { SearchQuery, SearchResult } from '../../api/fubes.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { searchScopeFor } from './list-scope.js';

/** The catalogue: words and filters over exactly the FUBEs the caller may open. */
export async function searchFubes(deps: UseCaseDeps, ctx: UseCaseContext, query: SearchQuery): Promise<SearchResult> {
  const caller = requireCaller(ctx);
  return deps.store.search.find(query, await searchScopeFor(deps, caller));
}
