import type { JustifyFindingBody } from '../../api/calibration.js';
import { findingFubeIds, isOwnDeviation } from '../../domain/calibration/index.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused, forbidden } from '../problems.js';
import { findingFor } from './find-finding.js';
import { requireCalibration } from './list-calibration.js';

/**
 * Marks a finding justified (issue 17 item 4): HR or the administrator, for a finding over
 * FUBEs they may open, with a motivation. Written once with its history row; a new
 * motivation replaces the last (the history keeps both).
 */
export async function justifyFinding(deps: UseCaseDeps, ctx: UseCaseContext, key: string, body: JustifyFindingBody) {
  const caller = requireCaller(ctx);
  requireCalibration(caller, 'justify');
  const finding = await findingFor(deps, caller, key);
  // Four eyes: the adviser a deviation is about does not justify it themself.
  if (isOwnDeviation(finding, caller.userId)) throw forbidden(ref('calibration.own-decisions'));
  const motivation = body.motivation.trim();
  if (motivation === '') throw domainRefused([catalogueError('calibration.motivation-empty', 'motivation')]);
  const stored = await deps.store.calibration.justify({ findingKey: finding.key, kind: finding.kind, fubeIds: findingFubeIds(finding), motivation, justifiedBy: caller.userId });
  return {
    key: stored.findingKey,
    justification: { motivation: stored.motivation, justifiedBy: stored.justifiedBy, justifiedByName: caller.name, justifiedAt: stored.justifiedAt },
  };
}
