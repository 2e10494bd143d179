import type { AssessmentView, FollowUpCategoryView, FollowUpView, PayDeadlineView } from '../../api/pay-follow-up.js';
import { type Actor, can } from '../../domain/access/index.js';
import {
  type FollowUpEntry,
  type PayDeadline,
  type ReportPerson,
  type SnapshotCategory,
  EMPTY_ASSESSMENT_ENTRIES,
  assessmentFigures,
  assessmentOpeningDate,
  categoriesToAssess,
  categoryKey,
  checkClosable,
  flaggedKey,
  followUpDeadline,
  followUpDeadlines,
  followUpStatus,
  mayRecordFollowUp,
} from '../../domain/pay/index.js';
import { type LocalDate, daysBetween, localDate } from '../../domain/workflow/index.js';
import { ref } from '../../messages/index.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import type { StoredAssessment, StoredPayPeriod, StoredPayRecord, StoredReportSnapshot } from '../../store/index.js';
import type { Caller, UseCaseDeps } from '../context.js';
import { ApiProblem, type Text, forbidden, notFound } from '../problems.js';
import { storedCategory } from './report-cache.js';
import { grantEntities, mayOnSome } from './pay-scope.js';

/**
 * What the Art. 10 follow-up use cases share (issue 16 item 5): the scope of a flagged
 * category, the view of a recorded report and of an assessment file, the opening of files
 * that are due. docs/pay-transparency.md § Opvolging (art. 10).
 */

/** The pay data a flagged category is about: its entity, or the period's scope for the organisation's figures. */
export const categoryPay = (snapshot: Pick<StoredReportSnapshot, 'entityId'>, c: Pick<SnapshotCategory, 'entityId'>) => ({ type: 'pay' as const, entityId: c.entityId ?? snapshot.entityId });

/** 403 before any lookup for a caller who is no pay analyst anywhere. */
export function requireSomeAnalyst(caller: Caller, action: 'follow-up' | 'answer-request'): void {
  if (!mayOnSome(caller, action, grantEntities(caller))) throw forbidden(ref('access.denied', { action: { key: `access.action.pay.${action}` } }));
}

export const conflict = (detail: Text): ApiProblem => new ApiProblem({ type: PROBLEM_TYPES.conflict, title: ref('problem.conflict'), status: 409, detail });

export const today = (now: Date): LocalDate => localDate(now);

export const deadlineView = (d: PayDeadline, day: LocalDate): PayDeadlineView => ({ code: d.code, date: d.date, kind: d.kind, daysLeft: daysBetween(day, d.date) });

/** Persons of a period as the report sees them (a period of one entity is that entity's data). */
export function reportPersons(period: Pick<StoredPayPeriod, 'entityId'>, records: readonly StoredPayRecord[]): ReportPerson[] {
  return records.map((r) => {
    const category = storedCategory(r);
    return {
      sex: r.sex,
      basicPay: r.basicPay,
      variablePay: r.variablePay,
      hoursPaid: r.hoursPaid,
      entityId: period.entityId ?? r.entityId,
      classKey: categoryKey(category, 'class'),
      familyClassKey: categoryKey(category, 'family-class'),
    };
  });
}

/**
 * Opens the files that are due for one recorded report on `day` (idempotent: a file opens
 * once). Called on every read of the follow-up, by "Mijn werk" and by the CLI.
 */
export async function openDueFiles(deps: UseCaseDeps, snapshot: StoredReportSnapshot, entries: ReadonlyMap<string, FollowUpEntry>, known: readonly StoredAssessment[], day: LocalDate, actorId: string): Promise<StoredAssessment[]> {
  const due = categoriesToAssess(snapshot.categories, entries, snapshot.reportDate, day).map(flaggedKey);
  const have = new Set(known.map((a) => a.categoryKey));
  const missing = due.filter((key) => !have.has(key));
  if (missing.length === 0) return [...known];
  const opened = await deps.store.payFollowUp.openAssessments(snapshot.id, missing, assessmentOpeningDate(snapshot.reportDate), EMPTY_ASSESSMENT_ENTRIES, actorId);
  return [...known, ...opened];
}

/** The follow-up state of several recorded reports, with their due files opened. */
export async function loadFollowUps(deps: UseCaseDeps, snapshots: readonly StoredReportSnapshot[], day: LocalDate, actorId: string) {
  const ids = snapshots.map((s) => s.id);
  const [followUps, assessments] = await Promise.all([deps.store.payFollowUp.followUps(ids), deps.store.payFollowUp.assessments(ids)]);
  const result = new Map<string, { entries: Map<string, FollowUpEntry>; assessments: StoredAssessment[] }>();
  for (const s of snapshots) {
    const entries = new Map(followUps.filter((f) => f.snapshotId === s.id).map((f) => [f.categoryKey, f.entry]));
    const files = await openDueFiles(deps, s, entries, assessments.filter((a) => a.snapshotId === s.id), day, actorId);
    result.set(s.id, { entries, assessments: files });
  }
  return result;
}

export function scopeName(entityId: string | null, snapshotEntity: string | null, names: ReadonlyMap<string, string>, organisationName: string): string {
  const id = entityId ?? snapshotEntity;
  return id === null ? organisationName : (names.get(id) ?? id);
}

/** The categories a caller's grant covers, with their state on `day`. */
export function categoryViews(
  caller: Actor,
  snapshot: StoredReportSnapshot,
  state: { entries: ReadonlyMap<string, FollowUpEntry>; assessments: readonly StoredAssessment[] },
  day: LocalDate,
  names: ReadonlyMap<string, string>,
  organisationName: string,
): FollowUpCategoryView[] {
  const openFiles = new Map(state.assessments.filter((a) => a.closedOn === null).map((a) => [a.categoryKey, a.openedOn]));
  const deadlines = new Map(
    followUpDeadlines({ reportDate: snapshot.reportDate, categories: snapshot.categories, entries: state.entries, openFiles }, day).map((d) => [flaggedKey(d.category), d]),
  );
  return snapshot.categories
    .filter((c) => can(caller, 'follow-up', categoryPay(snapshot, c)))
    .map((c) => {
      const key = flaggedKey(c);
      const entry = state.entries.get(key);
      const file = state.assessments.find((a) => a.categoryKey === key);
      const deadline = deadlines.get(key);
      return {
        key,
        entityId: c.entityId,
        scopeName: scopeName(c.entityId, snapshot.entityId, names, organisationName),
        grain: c.grain,
        category: c.category,
        figures: c.figures,
        status: file !== undefined ? 'assessment' : followUpStatus(entry, snapshot.reportDate, day),
        entry: entry ?? null,
        assessment: file === undefined ? null : { id: file.id, openedOn: file.openedOn, closedOn: file.closedOn },
        deadline: deadline === undefined ? null : deadlineView(deadline, day),
        mayRecord: file === undefined && mayRecordFollowUp(snapshot.reportDate, day),
      };
    });
}

export function recordedView(snapshot: StoredReportSnapshot, names: ReadonlyMap<string, string>): NonNullable<FollowUpView['recorded']> {
  const deadline = followUpDeadline(snapshot.reportDate);
  return {
    id: snapshot.id,
    reportDate: snapshot.reportDate,
    deadline,
    assessmentOpensOn: assessmentOpeningDate(snapshot.reportDate),
    recordedBy: snapshot.recordedBy,
    recordedByName: names.get(snapshot.recordedBy) ?? null,
    threshold: snapshot.threshold,
  };
}

/** An assessment file with the snapshot it belongs to, for a caller who may follow up its category; 403/404 otherwise. */
export async function loadAssessment(deps: UseCaseDeps, caller: Caller, id: string): Promise<{ file: StoredAssessment; snapshot: StoredReportSnapshot; category: SnapshotCategory }> {
  requireSomeAnalyst(caller, 'follow-up');
  const file = await deps.store.payFollowUp.assessment(id);
  const snapshot = file === undefined ? undefined : await deps.store.payFollowUp.snapshot(file.snapshotId);
  const category = snapshot?.categories.find((c) => flaggedKey(c) === file?.categoryKey);
  if (file === undefined || snapshot === undefined || category === undefined) throw notFound(ref('pay.follow-up.assessment-not-found', { id }));
  if (!can(caller, 'follow-up', categoryPay(snapshot, category))) throw forbidden(ref('pay.follow-up.other-scope'));
  return { file, snapshot, category };
}

export function assessmentView(
  caller: Caller,
  loaded: { file: StoredAssessment; snapshot: StoredReportSnapshot; category: SnapshotCategory },
  period: { id: string; referenceDate: string },
  names: ReadonlyMap<string, string>,
  organisationName: string,
): AssessmentView {
  const { file, snapshot, category } = loaded;
  const mayFill = file.closedOn === null && can(caller, 'follow-up', categoryPay(snapshot, category));
  const missing = checkClosable(file.entries).map((e) => e.path);
  return {
    id: file.id,
    period,
    reportDate: snapshot.reportDate,
    openedOn: file.openedOn,
    category: { key: file.categoryKey, entityId: category.entityId, scopeName: scopeName(category.entityId, snapshot.entityId, names, organisationName), grain: category.grain, category: category.category },
    figures: assessmentFigures(category.figures),
    entries: file.entries,
    missing,
    closedOn: file.closedOn,
    closedByName: file.closedBy === null ? null : (names.get(file.closedBy) ?? file.closedBy),
    abilities: { fill: mayFill, close: mayFill && missing.length === 0 },
  };
}
