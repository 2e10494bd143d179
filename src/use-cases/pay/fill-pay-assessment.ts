import type { AssessmentView, FillAssessmentBody } from '../../api/pay-follow-up.js';
import { type AssessmentInput, fillAssessment } from '../../domain/pay/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused } from '../problems.js';
import { conflict, loadAssessment } from './follow-up-scope.js';
import { viewOf } from './read-pay-assessment.js';
import { followUpErrors } from './record-pay-follow-up.js';

/** Fills items (d)–(g) of an open assessment file (the pay analyst of its category's scope); a closed file is not changed (409). */
export async function fillPayAssessment(deps: UseCaseDeps, ctx: UseCaseContext, id: string, body: FillAssessmentBody, organisationName: string): Promise<AssessmentView> {
  const caller = requireCaller(ctx);
  const loaded = await loadAssessment(deps, caller, id);
  const stored = await deps.store.payFollowUp.updateAssessment(loaded.file.id, caller.userId, (file) => {
    if (file.closedOn !== null) throw conflict(ref('pay.follow-up.assessment-closed'));
    const filled = fillAssessment(file.entries, body as AssessmentInput);
    if (!filled.ok) throw domainRefused(followUpErrors(filled.errors) as never);
    return { entries: filled.value };
  });
  return viewOf(deps, caller, { ...loaded, file: stored ?? loaded.file }, organisationName);
}
