import type { Remark } from '../../../api/fubes.js';
import { threadReach } from '../../../domain/access/index.js';
import type { WorkflowEvent } from '../../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { openFube } from '../fube-gate.js';
import { type StepOptions, takeStep } from './run-step.js';

/** The holders' remarks of a FUBE, from its history, oldest first. */
export const remarksOf = (fubeId: string, events: readonly WorkflowEvent[]): Remark[] =>
  events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.type === 'remark')
    .map(({ event, index }) => ({
      id: `${fubeId}.${index + 1}`,
      fubeId,
      revision: event.revision,
      holderId: String(event.data.holderId ?? ''),
      text: String(event.data.text ?? ''),
      at: event.at,
    }));

/** A holder leaves a remark on the proposal, in their own name (the caller's person). */
export async function remarkOnFube(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; text: string }, options?: StepOptions): Promise<Remark> {
  const opened = await openFube(deps, ctx, request.id, 'remark');
  const holderId = opened.caller.personId ?? '';
  const written = await takeStep(deps, ctx, opened, { type: 'remark', holderId, text: request.text }, options);
  const remark = remarksOf(written.id, await deps.store.fubes.events(written.id)).at(-1);
  if (remark === undefined) throw new Error(`remark of FUBE ${written.id} was not stored`);
  return remark;
}

/**
 * The remarks of a FUBE the caller may read: all of them for HR of the entity and the named
 * manager, a holder's own for a holder, none for other readers.
 */
export async function listRemarks(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<Remark[]> {
  const { caller, resource } = await openFube(deps, ctx, id);
  const reach = threadReach(caller, resource);
  return remarksOf(id, await deps.store.fubes.events(id)).filter((r) => reach.all || r.holderId === reach.holderId);
}
