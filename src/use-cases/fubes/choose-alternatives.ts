import type { FubeView } from '../../api/fubes.js';
import { chooseAlternatives as choose } from '../../domain/fube/choose-alternatives.js';
import { ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused } from '../problems.js';
import { checkBase, openFube } from './fube-gate.js';
import { viewAfterWrite } from './get-fube.js';
import { checkEditable, writeFube } from './write-fube.js';

export interface ChooseAlternativesRequest {
  id: string;
  baseRevision: number;
  criterionId: string;
  /** 1-based numbers of the OF alternatives that apply. */
  alternatives: number[];
}

/**
 * Records which OF alternative(s) of a chosen criterion value apply to the function (issue 14
 * item 5). Part of the weighing: only whoever may weigh the FUBE, on an editable FUBE.
 */
export async function chooseAlternatives(deps: UseCaseDeps, ctx: UseCaseContext, request: ChooseAlternativesRequest): Promise<FubeView> {
  const { caller, record } = await openFube(deps, ctx, request.id, 'weigh');
  checkBase(record, request.baseRevision);
  checkEditable(record);
  const family = await deps.families.get(record.content.familyId, record.content.familyVersion);
  const chosen = choose(record.content, family, request.criterionId, request.alternatives);
  if (!chosen.ok) throw domainRefused(chosen.errors, ref('problem.change-invalid'));
  const written = await writeFube(deps, caller, record, { baseRevision: request.baseRevision, content: chosen.value, reason: 'alternatief gekozen' });
  return viewAfterWrite(deps, ctx, written);
}
