import { OVERVIEW_HORIZON_WORKING_DAYS, type Overview } from '../../api/overview.js';
import { deadlineOn, localDate, workingDaysAhead } from '../../domain/workflow/index.js';
import { closingDaysOf } from '../calendar/list-closing-days.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { deadlineView } from './fube-view.js';
import { searchScopeFor } from './list-scope.js';

const DEADLINE_LIMIT = 200;
/** Work rows read: several steps can share a FUBE's deadline. */
const DEADLINE_ROWS = 1000;

/**
 * The HR overview: per entity, how many FUBEs are in each state, and every deadline due
 * within five working days or passed, soonest first: over exactly the FUBEs the caller may
 * open (the list scope), whoever must act. Three queries, whatever the scope holds.
 */
export async function overview(deps: UseCaseDeps, ctx: UseCaseContext): Promise<Overview> {
  const caller = requireCaller(ctx);
  const today = localDate(ctx.clock.now());
  const [scope, closingDays, entities] = await Promise.all([searchScopeFor(deps, caller), closingDaysOf(deps), deps.store.entities.list()]);
  const dueBy = workingDaysAhead(today, OVERVIEW_HORIZON_WORKING_DAYS, closingDays);
  const [counts, due] = await Promise.all([deps.store.fubes.stateCounts(scope), deps.store.fubes.dueWork({ scope, today, dueBy, limit: DEADLINE_ROWS + 1 })]);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const byEntity = new Map<string, Overview['entities'][number]>();
  for (const { entityId, state, count } of counts) {
    const row = byEntity.get(entityId) ?? { entityId, name: names.get(entityId) ?? entityId, total: 0, counts: [] };
    row.total += count;
    row.counts.push({ state, count });
    byEntity.set(entityId, row);
  }
  // One row per FUBE and deadline: the holder's remark, the committee's advice and the
  // validation of one proposal wait for the same date.
  const rows: Overview['deadlines'] = [];
  const byKey = new Map<string, Overview['deadlines'][number]>();
  for (const item of due) {
    const key = `${item.fube.id}\u0000${item.deadline === null ? '' : `${item.deadline.code}\u0000${item.deadline.date ?? ''}`}`;
    const row = byKey.get(key);
    if (row !== undefined) {
      if (!row.actions.includes(item.action)) row.actions.push(item.action);
      continue;
    }
    const next = { fube: item.fube, actions: [item.action], deadline: item.deadline === null ? null : deadlineView(deadlineOn(item.deadline, today, closingDays)) };
    byKey.set(key, next);
    rows.push(next);
  }
  return {
    today,
    dueBy,
    horizonWorkingDays: OVERVIEW_HORIZON_WORKING_DAYS,
    entities: [...byEntity.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    deadlines: rows.slice(0, DEADLINE_LIMIT),
    truncated: rows.length > DEADLINE_LIMIT || due.length > DEADLINE_ROWS,
  };
}
