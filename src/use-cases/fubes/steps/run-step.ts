import type { FubeView } from '../../../api/fubes.js';
import { ref } from '../../../messages/index.js';
import { type WorkflowAction, transition } from '../../../domain/workflow/index.js';
import type { FubeRecord } from '../../../store/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { domainRefused } from '../../problems.js';
import { type OpenedFube, checkBase, openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { writeFube } from '../write-fube.js';
import { closingDaysOf } from '../../calendar/list-closing-days.js';

/** Where a step's fields stand in the request (`action` when sent to /transitions). */
export interface StepOptions {
  pathPrefix?: string;
}

/**
 * Takes one workflow step on a FUBE the caller opened for it: the domain's state machine
 * decides with the caller's own person (a holder speaks only for themself), and the new
 * state is written once with its event and history row. `revise` stores the content in
 * force again as the next revision.
 */
export async function takeStep(deps: UseCaseDeps, ctx: UseCaseContext, opened: OpenedFube, action: WorkflowAction, options: StepOptions = {}): Promise<FubeRecord> {
  const { caller, record } = opened;
  const family = await deps.families.get(record.content.familyId, record.content.familyVersion);
  const outcome = transition(record.workflow, action, {
    clock: ctx.clock,
    actorId: caller.userId,
    actorPersonId: caller.personId ?? null,
    fube: record.content,
    family,
    closingDays: await closingDaysOf(deps),
  });
  if (!outcome.ok) throw domainRefused(outcome.errors, ref('problem.step-refused'), options.pathPrefix ?? '');
  const { state, events } = outcome.value;
  if (action.type === 'revise')
    return writeFube(deps, caller, record, { baseRevision: record.revision, content: record.content, workflow: state, events, reason: action.reason });
  return writeFube(deps, caller, record, { baseRevision: record.revision, workflow: state, events });
}

/** The common case: open for the step, check the base revision, take the step, answer with the view. */
export async function runStep(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  id: string,
  baseRevision: number,
  action: WorkflowAction,
  options: StepOptions = {},
): Promise<FubeView> {
  const opened = await openFube(deps, ctx, id, action.type);
  checkBase(opened.record, baseRevision);
  return viewAfterWrite(deps, ctx, await takeStep(deps, ctx, opened, action, options));
}
