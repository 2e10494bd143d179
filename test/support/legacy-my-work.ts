/**
 * my-work as it was before decision 0030 (every FUBE of the caller's scope judged in
 * JavaScript), kept unchanged as the oracle test/api/my-work-stored.test.ts compares the
 * stored work with.
 */
import type { Deadline, FubeSummary } from '../../src/api/fubes.js';
import { can, fubeResource } from '../../src/domain/access/index.js';
import { type ActionType, type Status, deadlines, personBlockers } from '../../src/domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../../src/use-cases/context.js';
import { deadlineView } from '../../src/use-cases/fubes/fube-view.js';
import { searchScopeFor } from '../../src/use-cases/fubes/list-scope.js';

/**
 * The steps that are someone's work in each state, with the deadline that governs the step.
 * Whose work it is, the access rules decide (src/domain/access).
 */
const WORK: ReadonlyArray<{ status: Status; action: ActionType | 'advise'; deadline?: string }> = [
  { status: 'draft', action: 'propose' },
  { status: 'proposed', action: 'remark', deadline: 'validation-from' },
  { status: 'proposed', action: 'answer-remark', deadline: 'validation-from' },
  { status: 'proposed', action: 'record-talk', deadline: 'talk-requested' },
  { status: 'proposed', action: 'validate', deadline: 'validation-from' },
  // Members of the validation committee: the validations of their entity they advise on.
  { status: 'proposed', action: 'advise', deadline: 'validation-from' },
  { status: 'validated', action: 'notify' },
  { status: 'notified', action: 'appeal', deadline: 'appeal-until' },
  { status: 'appealed', action: 'appeal', deadline: 'appeal-until' },
  { status: 'appeal-decided', action: 'appeal', deadline: 'appeal-until' },
  { status: 'notified', action: 'finalize', deadline: 'final-from' },
  { status: 'appealed', action: 'decide-appeal', deadline: 'appeal-committee-by' },
  { status: 'appeal-decided', action: 'finalize', deadline: 'final-from' },
];

interface WorkItem {
  fube: FubeSummary;
  action: ActionType | 'advise';
  deadline: Deadline | null;
  /** The holder whose remark waits for an answer, or whose talk waits to be held. */
  holderId?: string;
  /** The appeal that waits for the committee's decision. */
  appealId?: string;
}

/**
 * What waits on the caller: per FUBE they may see in a state with work, the steps the rules
 * give them, soonest deadline first. A constant number of queries however many FUBEs: the
 * list (with the people each names), their workflow states, their events. The most urgent
 * `limit` items (MY_WORK_LIMIT by default).
 */
/** The most urgent items a list shows by default: a day's work, not the whole catalogue. */
const MY_WORK_LIMIT = 100;

export async function legacyMyWork(deps: UseCaseDeps, ctx: UseCaseContext, options: { limit?: number | undefined } = {}): Promise<WorkItem[]> {
  const caller = requireCaller(ctx);
  const states = [...new Set(WORK.map((w) => w.status))];
  const [items, units] = await Promise.all([
    searchScopeFor(deps, caller).then((scope) => deps.store.fubes.summaries({ states, scope })),
    deps.store.entities.unitTree(),
  ]);
  const mine = items.flatMap((item) => {
    const resource = fubeResource(item, item.state, units);
    const steps = WORK.filter((s) => s.status === item.state && can(caller, s.action, { ...resource, status: item.state }));
    return steps.length === 0 ? [] : [{ item, steps }];
  });
  // Only steps with a deadline, or a holder's own step, need the workflow and its events:
  // the rest (a draft to propose, a validated FUBE to notify) are listed from the row.
  const needsState = (step: (typeof WORK)[number]) => step.deadline !== undefined;
  const ids = mine.filter(({ steps }) => steps.some(needsState)).map(({ item }) => item.id);
  const [workflows, events] = ids.length === 0 ? [new Map(), new Map()] : await Promise.all([deps.store.fubes.workflows(ids), deps.store.fubes.eventsOf(ids)]);
  const now = ctx.clock.now();
  const work: WorkItem[] = [];
  for (const { item, steps } of mine) {
    const { holderIds: _holders, managerId: _manager, ...fube } = item;
    const workflow = workflows.get(item.id);
    const open = workflow === undefined ? [] : deadlines(workflow, events.get(item.id) ?? [], now);
    for (const step of steps) {
      if (needsState(step) && workflow === undefined) continue;
      // A holder's step is only theirs when the step was sent to them.
      if (workflow !== undefined && step.action !== 'advise' && personBlockers(workflow, step.action, caller.personId ?? null).length > 0) continue;
      if (step.action === 'decide-appeal') {
        // One item per open appeal, each with the committee's own term.
        for (const d of open) if (d.code === 'appeal-committee-by' && d.appealId !== undefined) work.push({ fube, action: step.action, deadline: deadlineView(d), appealId: d.appealId });
        continue;
      }
      // A holder's appeal term is their own (from their own receipt).
      const deadline = open.find((d) => d.code === step.deadline && (step.action !== 'appeal' || d.holderId === caller.personId)) ?? null;
      // A closed appeal window is no longer anyone's work; finalising waits for it.
      if (step.action === 'appeal' && deadline?.reached === true) continue;
      if (step.action === 'finalize' && deadline !== null && !deadline.reached) continue;
      if (step.action === 'answer-remark') {
        for (const thread of workflow?.threads ?? [])
          if (thread.openSince !== null) work.push({ fube, action: step.action, deadline: deadline === null ? null : deadlineView(deadline), holderId: thread.holderId });
        continue;
      }
      if (step.action === 'record-talk') {
        for (const d of open) if (d.code === 'talk-requested' && d.holderId !== undefined) work.push({ fube, action: step.action, deadline: deadlineView(d), holderId: d.holderId });
        continue;
      }
      work.push({ fube, action: step.action, deadline: deadline === null ? null : deadlineView(deadline) });
    }
  }
  return work
    .sort((a, b) => (a.deadline?.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.deadline?.daysLeft ?? Number.MAX_SAFE_INTEGER))
    .slice(0, options.limit ?? MY_WORK_LIMIT);
}
