import { myWorkSchema } from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import type { ActionType, Status } from '../../domain/workflow/index.js';
import { deadlines } from '../../domain/workflow/index.js';
import type { Actor } from '../context.js';
import { unauthorized } from '../errors.js';
import type { FubeRecord } from '../ports.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * Which step waits for whom: the role that takes the next step in each state. The deadline
 * shown is the one that governs that step (validation from, appeal until, committee by).
 */
const NEXT_STEP: ReadonlyArray<{ status: Status; action: ActionType; roles: readonly string[]; deadline?: string; holder?: boolean }> = [
  { status: 'draft', action: 'propose', roles: ['hr', 'manager'] },
  { status: 'proposed', action: 'validate', roles: ['validator'], deadline: 'validation-from' },
  { status: 'proposed', action: 'remark', roles: [], deadline: 'validation-from', holder: true },
  { status: 'validated', action: 'notify', roles: ['hr'] },
  { status: 'notified', action: 'appeal', roles: [], deadline: 'appeal-until', holder: true },
  { status: 'notified', action: 'finalize', roles: ['hr'], deadline: 'final-from' },
  { status: 'appealed', action: 'decide-appeal', roles: ['appeal-committee'], deadline: 'appeal-committee-by' },
  { status: 'appeal-decided', action: 'finalize', roles: ['hr'] },
];

function inScope(actor: Actor, role: string, record: FubeRecord): boolean {
  return actor.roles.some(
    (r) =>
      (r.role === role || r.role === 'admin') &&
      (r.entityId === null || r.entityId === record.content.entityId) &&
      (r.unitId === null || r.unitId === (record.content.unitId ?? null)),
  );
}

export function myWorkRoutes(api: ApiInstance, { store }: RouteDeps): void {
  api.get(
    fastifyPath('myWork'),
    { schema: { tags: ['mijn werk'], summary: 'FUBEs die op een actie van de aangemelde gebruiker wachten', response: { 200: myWorkSchema } } },
    async (request) => {
      const { actor, clock } = request.ctx;
      if (actor.userId === null) throw unauthorized();
      const now = clock.now();
      const work = [];
      for (const summary of await store.fubes.summaries({})) {
        const steps = NEXT_STEP.filter((s) => s.status === summary.state);
        if (steps.length === 0) continue;
        const record = await store.fubes.get(summary.id);
        if (record === undefined) continue;
        const isHolder = actor.personId !== null && record.content.holderIds.includes(actor.personId);
        const open = record.workflow.status === 'proposed' || record.workflow.status === 'notified' || record.workflow.status === 'appealed'
          ? deadlines(record.workflow, await store.fubes.events(record.id), now)
          : [];
        for (const step of steps) {
          const mine = step.holder === true ? isHolder : step.roles.some((role) => inScope(actor, role, record));
          if (!mine) continue;
          const deadline = open.find((d) => d.code === step.deadline) ?? null;
          // A holder's appeal window that has closed is no longer work.
          if (step.action === 'appeal' && deadline?.reached === true) continue;
          work.push({ fube: summary, action: step.action, deadline });
        }
      }
      return work.sort((a, b) => (a.deadline?.daysLeft ?? Infinity) - (b.deadline?.daysLeft ?? Infinity));
    },
  );
}
