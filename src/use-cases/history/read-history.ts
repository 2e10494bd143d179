import type { HistoryEntry, HistoryQuery } from '../../api/history.js';
import { authorizeFullHistory } from '../../domain/access/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';

/** The full history of every subject (logins, families, all FUBEs): for the administrator. */
export async function readHistory(deps: UseCaseDeps, ctx: UseCaseContext, query: HistoryQuery): Promise<HistoryEntry[]> {
  const decision = authorizeFullHistory(requireCaller(ctx));
  if (!decision.allowed) throw forbidden(decision.reason);
  return deps.store.history.list(query);
}
