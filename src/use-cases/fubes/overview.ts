import { OVERVIEW_HORIZON_WORKING_DAYS, type Overview } from '../../api/overview.js';
import { deadlineOn, localDate, workingDaysAhead } from '../../domain/workflow/index.js';
import { closingDaysOf } from '../calendar/list-closing-days.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { deadlineView } from './fube-view.js';
import { searchScopeFor } from './list-scope.js';

const DEADLINE_LIMIT = 200;

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
  const [counts, due] = await Promise.all([deps.store.fubes.stateCounts(scope), deps.store.fubes.dueWork({ scope, today, dueBy, limit: DEADLINE_LIMIT + 1 })]);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const byEntity = new Map<string, Overview['entities'][number]>();
  for (const { entityId, state, count } of counts) {
    const row = byEntity.get(entityId) ?? { entityId, name: names.get(entityId) ?? entityId, total: 0, counts: [] };
    row.total += count;
    row.counts.push({ state, count });
    byEntity.set(entityId, row);
  }
  return {
    today,
    dueBy,
    horizonWorkingDays: OVERVIEW_HORIZON_WORKING_DAYS,
    entities: [...byEntity.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    deadlines: due.slice(0, DEADLINE_LIMIT).map((item) => ({
      fube: item.fube,
      action: item.action,
      deadline: item.deadline === null ? null : deadlineView(deadlineOn(item.deadline, today, closingDays)),
      ...(item.holderId !== undefined ? { holderId: item.holderId } : {}),
      ...(item.appealId !== undefined ? { appealId: item.appealId } : {}),
    })),
    truncated: due.length > DEADLINE_LIMIT,
  };
}
