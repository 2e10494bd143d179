import type { Deadline, FubeSummary } from '../../api/fubes.js';
import { workScope } from '../../domain/access/index.js';
import { type WorkAction, deadlineOn, localDate } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { closingDaysOf } from '../calendar/list-closing-days.js';
import { deadlineView } from './fube-view.js';

export interface WorkItem {
  fube: FubeSummary;
  action: WorkAction;
  deadline: Deadline | null;
  /** The holder whose remark waits for an answer, or whose talk waits to be held. */
  holderId?: string;
  /** The appeal that waits for the committee's decision. */
  appealId?: string;
}

/** The most urgent items a list shows by default: a day's work, not the whole catalogue. */
export const MY_WORK_LIMIT = 100;

/**
 * What waits on the caller: the steps the access rules give them on the FUBEs in a state
 * with work (WORK in the domain), soonest deadline first, then by title. The work each FUBE
 * holds is stored with every write of it (decision 0030); this asks for the caller's part of
 * it in one query paged by deadline, so the time does not grow with the FUBEs in the
 * caller's scope, and works out days left for the `limit` items it returns only.
 */
export async function myWork(deps: UseCaseDeps, ctx: UseCaseContext, options: { limit?: number | undefined } = {}): Promise<WorkItem[]> {
  const caller = requireCaller(ctx);
  const today = localDate(ctx.clock.now());
  const [units, closingDays] = await Promise.all([deps.store.entities.unitTree(), closingDaysOf(deps)]);
  const branches = workScope(caller, units);
  const found = await deps.store.fubes.work({ branches, personId: caller.personId ?? null, today, limit: options.limit ?? MY_WORK_LIMIT });
  return found.map((item) => ({
    fube: item.fube,
    action: item.action,
    deadline: item.deadline === null ? null : deadlineView(deadlineOn(item.deadline, today, closingDays)),
    ...(item.holderId !== undefined ? { holderId: item.holderId } : {}),
    ...(item.appealId !== undefined ? { appealId: item.appealId } : {}),
  }));
}
