import { myWorkSchema } from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { can } from '../../domain/access/index.js';
import type { ActionType, Status } from '../../domain/workflow/index.js';
import { deadlines } from '../../domain/workflow/index.js';
import { visibility } from '../access.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * The steps that are someone's work in each state, with the deadline that governs the step.
 * Whose work it is, the access rules decide (src/domain/access).
 */
const WORK: ReadonlyArray<{ status: Status; action: ActionType; deadline?: string }> = [
  { status: 'draft', action: 'propose' },
  { status: 'proposed', action: 'remark', deadline: 'validation-from' },
  { status: 'proposed', action: 'validate', deadline: 'validation-from' },
  { status: 'validated', action: 'notify' },
  { status: 'notified', action: 'appeal', deadline: 'appeal-until' },
  { status: 'notified', action: 'finalize', deadline: 'final-from' },
  { status: 'appealed', action: 'decide-appeal', deadline: 'appeal-committee-by' },
  { status: 'appeal-decided', action: 'finalize' },
];

export function myWorkRoutes(api: ApiInstance, { store }: RouteDeps): void {
  api.get(
    fastifyPath('myWork'),
    { schema: { tags: ['mijn werk'], summary: 'FUBEs die op een actie van de aangemelde gebruiker wachten', response: { 200: myWorkSchema } } },
    async (request) => {
      const visibleTo = visibility(request.ctx);
      const caller = request.ctx.actor;
      if (caller === null) return [];
      const now = request.ctx.clock.now();
      const work = [];
      for (const summary of await store.fubes.summaries({ visibleTo })) {
        const steps = WORK.filter((s) => s.status === summary.state);
        if (steps.length === 0) continue;
        const record = await store.fubes.get(summary.id);
        if (record === undefined) continue;
        const resource = {
          type: 'fube' as const,
          entityId: record.content.entityId,
          unitId: record.content.unitId ?? null,
          holderIds: record.content.holderIds,
          managerId: record.content.managerId ?? null,
          status: record.workflow.status,
        };
        const open = steps.some((s) => s.deadline !== undefined) ? deadlines(record.workflow, await store.fubes.events(record.id), now) : [];
        for (const step of steps) {
          if (!can(caller, step.action, resource)) continue;
          const deadline = open.find((d) => d.code === step.deadline) ?? null;
          // A closed appeal window is no longer anyone's work; finalising waits for it.
          if (step.action === 'appeal' && deadline?.reached === true) continue;
          if (step.action === 'finalize' && deadline !== null && !deadline.reached) continue;
          work.push({ fube: summary, action: step.action, deadline });
        }
      }
      return work.sort((a, b) => (a.deadline?.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.deadline?.daysLeft ?? Number.MAX_SAFE_INTEGER));
    },
  );
}
