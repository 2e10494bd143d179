import type { AssessmentView } from '../../api/pay-follow-up.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { assessmentView, loadAssessment } from './follow-up-scope.js';

/** A joint pay assessment file (Art. 10(2) (a)–(g)): the pay analyst of its category's scope. */
export async function readPayAssessment(deps: UseCaseDeps, ctx: UseCaseContext, id: string, organisationName: string): Promise<AssessmentView> {
  const caller = requireCaller(ctx);
  const loaded = await loadAssessment(deps, caller, id);
  return viewOf(deps, caller, loaded, organisationName);
}

export async function viewOf(deps: UseCaseDeps, caller: Parameters<typeof assessmentView>[0], loaded: Parameters<typeof assessmentView>[1], organisationName: string): Promise<AssessmentView> {
  const [period, entities, names] = await Promise.all([
    deps.store.pay.period(loaded.snapshot.periodId),
    deps.store.entities.list(),
    deps.store.history.namesOf(loaded.file.closedBy === null ? [] : [loaded.file.closedBy]),
  ]);
  for (const e of entities) names.set(e.id, e.name);
  // The period's records may have been deleted (retention): the file keeps its report's date.
  const periodView = { id: loaded.snapshot.periodId, referenceDate: period?.referenceDate ?? loaded.snapshot.reportDate };
  return assessmentView(caller, loaded, periodView, names, organisationName);
}
