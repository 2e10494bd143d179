import type { AssessmentView } from '../../api/pay-follow-up.js';
import { checkClosable } from '../../domain/pay/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused } from '../problems.js';
import { conflict, loadAssessment, today } from './follow-up-scope.js';
import { viewOf } from './read-pay-assessment.js';
import { followUpErrors } from './record-pay-follow-up.js';

/** Closes an assessment file once (d)–(g) are filled (422 naming what is missing); closed once (409 after). */
export async function closePayAssessment(deps: UseCaseDeps, ctx: UseCaseContext, id: string, organisationName: string): Promise<AssessmentView> {
  const caller = requireCaller(ctx);
  const loaded = await loadAssessment(deps, caller, id);
  const day = today(ctx.clock.now());
  const stored = await deps.store.payFollowUp.updateAssessment(loaded.file.id, caller.userId, (file) => {
    if (file.closedOn !== null) throw conflict(ref('pay.follow-up.assessment-closed'));
    const missing = checkClosable(file.entries);
    if (missing.length > 0) throw domainRefused(followUpErrors(missing) as never);
    return { entries: file.entries, closedOn: day };
  });
  return viewOf(deps, caller, { ...loaded, file: stored ?? loaded.file }, organisationName);
}
