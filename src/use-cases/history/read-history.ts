import type { HistoryEntry, HistoryQuery } from '../../api/history.js';
import { authorizeFullHistory } from '../../domain/access/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';

/** Subject types whose id names a record with a name (a closing day's id is its date). */
const NAMED_SUBJECTS = new Set(['fube', 'family', 'user']);
/** Keys in an entry's data whose value is the id of a person, an account, a FUBE or a place. */
const ID_KEY = /(?:Id|Ids|By|Of)$/;

/** Every id the data holds under an id key (`holderId`, `decidedBy`, `copyOf`, …), however deep. */
export function idsInData(data: unknown, into: Set<string> = new Set()): Set<string> {
  const stack: [unknown, boolean][] = [[data, false]];
  while (stack.length > 0) {
    const [value, isId] = stack.pop()!;
    if (typeof value === 'string') {
      if (isId && value.length <= 100) into.add(value);
    } else if (Array.isArray(value)) for (const item of value) stack.push([item, isId]);
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) stack.push([item, ID_KEY.test(key)]);
  }
  return into;
}

/**
 * The full history of every subject (logins, families, all FUBEs): for the administrator.
 * The names of subjects, of actors that are people rather than accounts, and of the ids in each
 * entry's data come with it, looked up for the whole page in one query, so the page shows
 * names and never an id.
 */
export async function readHistory(deps: UseCaseDeps, ctx: UseCaseContext, query: HistoryQuery): Promise<HistoryEntry[]> {
  const decision = authorizeFullHistory(requireCaller(ctx));
  if (!decision.allowed) throw forbidden(decision.reason);
  const entries = await deps.store.history.list(query);
  const ids = new Set<string>();
  const perEntry = entries.map((entry) => {
    const own = idsInData(entry.data);
    for (const id of own) ids.add(id);
    if (NAMED_SUBJECTS.has(entry.subjectType)) ids.add(entry.subjectId);
    // An actor without an account's name may be a person (a holder's own step recorded by person).
    if (entry.actorName === null) ids.add(entry.actorId);
    return own;
  });
  const names = await deps.store.history.namesOf([...ids]);
  return entries.map((entry, i) => ({
    ...entry,
    actorName: entry.actorName ?? names.get(entry.actorId) ?? null,
    subjectName: NAMED_SUBJECTS.has(entry.subjectType) ? (names.get(entry.subjectId) ?? null) : null,
    names: Object.fromEntries([...perEntry[i]!].flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
  }));
}
