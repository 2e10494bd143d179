import type { FubeView } from '../../api/fubes.js';
import type { OpenRevisionBody } from '../../api/calibration.js';
import { findingFubeIds } from '../../domain/calibration/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { reviseFube } from '../fubes/steps/revise-fube.js';
import { notFound } from '../problems.js';
import { findingFor } from './find-finding.js';
import { requireCalibration } from './list-calibration.js';

/**
 * Opens a revision of one FUBE of a finding (issue 17 item 4): the FUBE workflow's own
 * `revise` step (steps/revise-fube.ts), so who may revise, from which state and with which
 * history row stays the workflow's rule. The finding must be one the caller sees and name the FUBE.
 */
export async function openCalibrationRevision(deps: UseCaseDeps, ctx: UseCaseContext, key: string, body: OpenRevisionBody): Promise<FubeView> {
  const caller = requireCaller(ctx);
  requireCalibration(caller, 'read');
  const finding = await findingFor(deps, caller, key);
  if (!findingFubeIds(finding).includes(body.fubeId)) throw notFound(ref('calibration.fube-not-in-finding', { id: body.fubeId, key }));
  return reviseFube(deps, ctx, { id: body.fubeId, baseRevision: body.baseRevision, reason: body.reason });
}
