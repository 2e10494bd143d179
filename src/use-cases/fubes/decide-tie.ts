import type { FubeView } from '../../api/fubes.js';
import { decideTie } from '../../domain/fube/decide-tie.js';
import type { WorkflowEvent } from '../../domain/workflow/index.js';
import { ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused } from '../problems.js';
import { checkAsItWillBe, checkBase, openFube } from './fube-gate.js';
import { viewAfterWrite } from './get-fube.js';
import { checkEditable, writeFube } from './write-fube.js';

export interface DecideTieRequest {
  id: string;
  baseRevision: number;
  /** One of the tied levels. */
  level: number;
  motivation: string;
}

/**
 * HR of the entity chooses between the levels the weighing found equally close (DOMAIN.md
 * §3.6, decision 0038). The choice is stored on the FUBE as the next revision, with who
 * decided (the caller, never a name from the request), and kept in the history as a
 * `decide-tie` event: which way (up/down), the levels and the motivation.
 */
export async function decideFubeTie(deps: UseCaseDeps, ctx: UseCaseContext, request: DecideTieRequest): Promise<FubeView> {
  const { caller, record } = await openFube(deps, ctx, request.id, 'decide-tie');
  checkBase(record, request.baseRevision);
  checkEditable(record);
  // The parties do not change; asked all the same, as every write is (decision 0010).
  await checkAsItWillBe(deps, caller, 'decide-tie', record.content, record.content, record.workflow.status);
  const at = ctx.clock.now().toISOString();
  const decided = decideTie(record.content, { level: request.level, motivation: request.motivation }, { userId: caller.userId, personId: caller.personId ?? null, at });
  if (!decided.ok) throw domainRefused(decided.errors, ref('problem.tie-refused'));
  const { values: _values, ...tie } = decided.value.tieDecision!;
  const previous = record.content.tieDecision;
  const event: WorkflowEvent = {
    type: 'decide-tie',
    at,
    actorId: caller.userId,
    revision: record.revision + 1,
    from: record.workflow.status,
    to: record.workflow.status,
    data: { ...tie, ...(previous !== undefined ? { replaces: { level: previous.level, direction: previous.direction } } : {}) },
  };
  const written = await writeFube(deps, caller, record, { baseRevision: request.baseRevision, content: decided.value, events: [event], reason: tie.motivation });
  return viewAfterWrite(deps, ctx, written);
}
