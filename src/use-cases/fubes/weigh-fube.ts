import { setWeighing } from '../../domain/fube/set-weighing.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type WeighingResult, explain } from '../../domain/weighing/index.js';
import type { WeighingValues } from '../../domain/weighing/types.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused } from '../problems.js';
import { checkBase, openFube } from './fube-gate.js';
import { checkEditable, writeFube } from './write-fube.js';

export interface WeighFubeRequest {
  id: string;
  baseRevision: number;
  values: WeighingValues;
}

/**
 * Stores a complete weighing of a draft as the next revision and returns its result and
 * explanation. `reason` (server-side callers only, never an HTTP body) names where the values
 * came from in the revision and its history row.
 */
export async function weighFube(deps: UseCaseDeps, ctx: UseCaseContext, request: WeighFubeRequest, options: { reason?: string } = {}): Promise<{ revision: number; result: WeighingResult; explanation: string }> {
  const { caller, record } = await openFube(deps, ctx, request.id, 'weigh');
  checkBase(record, request.baseRevision);
  checkEditable(record);
  const family = await deps.families.get(record.content.familyId, record.content.familyVersion);
  const weighed = setWeighing(record.content, family, request.values);
  if (!weighed.ok) throw domainRefused(weighed.errors);
  const result = weighed.value.weighing?.result;
  if (result === undefined) {
    const missing = family.criteria.filter((c) => request.values[c.id] === undefined);
    throw domainRefused(
      missing.map((c) => catalogueError('weighing.missing-value', `values.${c.id}`, { name: c.name, id: c.id })),
      ref('problem.weighing-invalid'),
    );
  }
  const written = await writeFube(deps, caller, record, { baseRevision: request.baseRevision, content: weighed.value, reason: options.reason ?? 'weging' });
  return { revision: written.revision, result, explanation: explain(result, family, 'nl', 'hr', weighed.value.weighing?.alternatives) };
}
