/**
 * Art. 10 follow-up of the pay report (directive 2023/970, DOMAIN.md §7, issue 16 item 5)
 * and the Art. 7 answer (item 6). Pure: dates are local calendar dates (YYYY-MM-DD), texts
 * are checked, figures come from the report's own functions (same suppression).
 *
 * - A report is *recorded* (vastgelegd) by the pay analyst on a date, the report date; the
 *   snapshot keeps every flagged category with its figures at that moment.
 * - Each flagged category gets a justification (objective, gender-neutral criteria) or
 *   remediation measures with a due date, at the latest on report date + 6 months.
 * - From the day after that date, a category with neither opens a joint pay assessment file
 *   holding Art. 10(2) (a)–(g): (a)–(c) from the snapshot's figures, (d)–(g) entered.
 * docs/pay-transparency.md § Opvolging (art. 10), § Verzoeken (art. 7).
 */
import { findTextFault } from '../text/hygiene.js';
import type { LocalDate } from '../workflow/calendar.js';
import { isCalendarDate } from '../workflow/calendar.js';
import type { AnnualHourly, CategoryIndicators, Figure, PayMeans } from './indicators.js';
import { isSuppressed, SUPPRESSED } from './indicators.js';
import type { PayReport } from './report.js';

/** Months between the report and the joint assessment (Art. 10(1)). */
export const FOLLOW_UP_MONTHS = 6;
/** Months within which an Art. 7 request is answered (Art. 7(4)). */
export const REQUEST_MONTHS = 2;
/** Longest justification, measure, or assessment item text (characters). */
export const FOLLOW_UP_TEXT_MAX = 8_000;
/** A measure's due date lies at most this many years after the report date. */
export const MEASURE_HORIZON_YEARS = 5;

/** A coded error: the caller words it from the catalogue (`<code>`) and points at `path`. */
export interface FollowUpError {
  code:
    | 'pay.follow-up.text-empty'
    | 'pay.follow-up.text-too-long'
    | 'pay.follow-up.text-fault'
    | 'pay.follow-up.due-invalid'
    | 'pay.follow-up.due-before-report'
    | 'pay.follow-up.due-too-far'
    | 'pay.follow-up.share-invalid'
    | 'pay.follow-up.leave-missing'
    | 'pay.follow-up.item-missing';
  path: string;
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FollowUpError[] };

// ---------------------------------------------------------------------------------------------
// Calendar months

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `date` plus `months` calendar months: the same day of the month; when the target month is
 * shorter, its last day (31 August + 6 months = 28 or 29 February; 31 March + 2 = 31 May).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const m = DATE.exec(date);
  if (m === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day on which a flagged category may still be justified or remedied. */
export const followUpDeadline = (reportDate: LocalDate): LocalDate => addMonths(reportDate, FOLLOW_UP_MONTHS);
/** The last day on which an Art. 7 request is to be answered. */
export const requestDeadline = (requestDate: LocalDate): LocalDate => addMonths(requestDate, REQUEST_MONTHS);
/** Joint assessment files open when today lies after the deadline (not on it). */
export const assessmentDue = (reportDate: LocalDate, today: LocalDate): boolean => today > followUpDeadline(reportDate);

// ---------------------------------------------------------------------------------------------
// The snapshot of a recorded report

export type Grain = 'class' | 'family-class';

export interface FlaggedCategoryRef {
  /** null: the whole organisation. */
  entityId: string | null;
  grain: Grain;
  category: string;
}

export interface SnapshotCategory extends FlaggedCategoryRef {
  /** The category's figures in its scope when the report was recorded (already suppressed). */
  figures: CategoryIndicators;
}

/** One flagged category's stable key within a snapshot: `<entity or *>|<grain>|<category>`. */
export const flaggedKey = (c: FlaggedCategoryRef): string => `${c.entityId ?? '*'}|${c.grain}|${c.category}`;

/** The flagged categories of a report with their figures, in the report's order. */
export function flaggedCategories(report: PayReport): SnapshotCategory[] {
  const scopes = [report.organisation, ...report.entities];
  const out: SnapshotCategory[] = [];
  for (const f of report.flagged) {
    const scope = scopes.find((s) => s.entityId === f.entityId);
    const list = scope === undefined ? [] : f.grain === 'class' ? scope.byClass.categories : scope.byFamilyClass;
    const figures = list.find((c) => c.category === f.category);
    if (figures !== undefined) out.push({ entityId: f.entityId, grain: f.grain, category: f.category, figures });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Texts

function checkText(text: string | undefined, path: string, errors: FollowUpError[], required = true): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') {
    if (required) errors.push({ code: 'pay.follow-up.text-empty', path });
    return '';
  }
  if (trimmed.length > FOLLOW_UP_TEXT_MAX) errors.push({ code: 'pay.follow-up.text-too-long', path, params: { max: FOLLOW_UP_TEXT_MAX } });
  else if (findTextFault(trimmed) !== undefined) errors.push({ code: 'pay.follow-up.text-fault', path });
  return trimmed;
}

// ---------------------------------------------------------------------------------------------
// Justification or remediation

export type FollowUpEntry = { kind: 'justification'; text: string } | { kind: 'remediation'; text: string; dueDate: LocalDate };
export type FollowUpInput = { kind: 'justification'; text: string } | { kind: 'remediation'; text: string; dueDate: string };

/**
 * A justification needs its text; measures their text and a due date on or after the
 * report date and at most MEASURE_HORIZON_YEARS after it. Texts are trimmed.
 */
export function checkFollowUp(input: FollowUpInput, reportDate: LocalDate): Checked<FollowUpEntry> {
  const errors: FollowUpError[] = [];
  const text = checkText(input.text, 'text', errors);
  if (input.kind === 'justification') return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: 'justification', text } };
  const due = input.dueDate;
  if (!isCalendarDate(due)) errors.push({ code: 'pay.follow-up.due-invalid', path: 'dueDate' });
  else if (due < reportDate) errors.push({ code: 'pay.follow-up.due-before-report', path: 'dueDate', params: { reportDate } });
  else if (due > addMonths(reportDate, 12 * MEASURE_HORIZON_YEARS)) errors.push({ code: 'pay.follow-up.due-too-far', path: 'dueDate', params: { years: MEASURE_HORIZON_YEARS } });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: 'remediation', text, dueDate: due } };
}

/** Where a flagged category stands on `today`. */
export type FollowUpStatus = 'justified' | 'remedied' | 'open' | 'assessment';

export function followUpStatus(entry: FollowUpEntry | undefined, reportDate: LocalDate, today: LocalDate): FollowUpStatus {
  if (entry !== undefined) return entry.kind === 'justification' ? 'justified' : 'remedied';
  return assessmentDue(reportDate, today) ? 'assessment' : 'open';
}

/**
 * A justification or measures may be recorded (or replaced) up to the deadline; afterwards
 * a category without one has its joint assessment, where reasons and measures are items (d)
 * and (f).
 */
export const mayRecordFollowUp = (reportDate: LocalDate, today: LocalDate): boolean => !assessmentDue(reportDate, today);

/** The flagged categories that open an assessment file on `today`: past the deadline, neither justified nor remedied. */
export function categoriesToAssess(categories: readonly SnapshotCategory[], entries: ReadonlyMap<string, FollowUpEntry>, reportDate: LocalDate, today: LocalDate): SnapshotCategory[] {
  if (!assessmentDue(reportDate, today)) return [];
  return categories.filter((c) => !entries.has(flaggedKey(c)));
}

// ---------------------------------------------------------------------------------------------
// The joint pay assessment file (Art. 10(2))

export interface Shares {
  /** Percentage of women among women and men; of men likewise. Suppressed as the figures are. */
  women: Figure;
  men: Figure;
}

/** Items (a)–(c): generated from the snapshot's figures. */
export interface AssessmentFigures {
  /** (a) */
  shares: Shares;
  counts: { women: number; men: number; other: number; total: number } | null;
  /** (b) average pay level and components per sex. */
  means: { women: PayMeans; men: PayMeans };
  /** (c) the differences by sex (gap in %, (men − women) ÷ men). */
  gaps: { pay: AnnualHourly; basic: AnnualHourly; variable: AnnualHourly };
}

/**
 * Item (e): the percentage of women and of men who got a pay improvement after returning
 * from leave, or a note when a share cannot be given (nobody returned); both may be given.
 */
export interface LeaveImprovement {
  women: number | null;
  men: number | null;
  note: string;
}

/** Items (d)–(g) as entered; empty strings until filled. */
export interface AssessmentEntries {
  /** (d) reasons for the differences, on objective, gender-neutral criteria. */
  reasons: string;
  /** (e) */
  leave: LeaveImprovement;
  /** (f) measures to address differences not justified. */
  measures: string;
  /** (g) evaluation of the effectiveness of earlier measures. */
  evaluation: string;
}

export const EMPTY_ASSESSMENT_ENTRIES: AssessmentEntries = Object.freeze({ reasons: '', leave: Object.freeze({ women: null, men: null, note: '' }), measures: '', evaluation: '' }) as AssessmentEntries;

/** (a)–(c) of a category. Counts appear only when the figures do (a suppressed group shows neither). */
export function assessmentFigures(figures: CategoryIndicators): AssessmentFigures {
  const hidden = isSuppressed(figures.payMeanGap.annual);
  const pair = figures.women + figures.men;
  const share = (n: number): Figure => (hidden ? SUPPRESSED : pair === 0 ? null : (n * 100) / pair);
  return {
    shares: { women: share(figures.women), men: share(figures.men) },
    counts: hidden ? null : { women: figures.women, men: figures.men, other: figures.other, total: figures.total },
    means: figures.means,
    gaps: { pay: figures.payMeanGap, basic: figures.basicMeanGap, variable: figures.variableMeanGap },
  };
}

export interface AssessmentInput {
  reasons?: string | undefined;
  leave?: { women?: number | null | undefined; men?: number | null | undefined; note?: string | undefined } | undefined;
  measures?: string | undefined;
  evaluation?: string | undefined;
}

/**
 * Fills items (d)–(g): what is given replaces what was there, what is left out stays. Each
 * text is checked (length, characters) but may be empty while the file is open; a share is
 * a percentage 0–100 or null.
 */
export function fillAssessment(current: AssessmentEntries, input: AssessmentInput): Checked<AssessmentEntries> {
  const errors: FollowUpError[] = [];
  const text = (value: string | undefined, old: string, path: string) => (value === undefined ? old : checkText(value, path, errors, false));
  const share = (value: number | null | undefined, old: number | null, path: string): number | null => {
    if (value === undefined) return old;
    if (value === null) return null;
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      errors.push({ code: 'pay.follow-up.share-invalid', path });
      return old;
    }
    return value;
  };
  const next: AssessmentEntries = {
    reasons: text(input.reasons, current.reasons, 'reasons'),
    leave: {
      women: share(input.leave?.women, current.leave.women, 'leave.women'),
      men: share(input.leave?.men, current.leave.men, 'leave.men'),
      note: text(input.leave?.note, current.leave.note, 'leave.note'),
    },
    measures: text(input.measures, current.measures, 'measures'),
    evaluation: text(input.evaluation, current.evaluation, 'evaluation'),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: next };
}

/** A file closes when (d), (f) and (g) hold text and (e) holds both shares or a note. */
export function checkClosable(entries: AssessmentEntries): FollowUpError[] {
  const errors: FollowUpError[] = [];
  for (const item of ['reasons', 'measures', 'evaluation'] as const) if (entries[item].trim() === '') errors.push({ code: 'pay.follow-up.item-missing', path: item });
  const { women, men, note } = entries.leave;
  if (!((women !== null && men !== null) || note.trim() !== '')) errors.push({ code: 'pay.follow-up.leave-missing', path: 'leave' });
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Deadlines for "Mijn werk"

export type PayDeadlineCode = 'pay-follow-up' | 'pay-assessment' | 'pay-measure' | 'pay-request';

export interface PayDeadline {
  code: PayDeadlineCode;
  /** The last day (follow-up, measure, request), or the day the assessment file opened. */
  date: LocalDate;
  kind: 'not-after' | 'open-since';
}

export interface FollowUpState {
  reportDate: LocalDate;
  categories: readonly SnapshotCategory[];
  entries: ReadonlyMap<string, FollowUpEntry>;
  /** Category key → the open file's opening date (closed files are left out). */
  openFiles: ReadonlyMap<string, LocalDate>;
}

/**
 * What waits on the analyst for one recorded report on `today`: per open category its
 * "justify or remedy by" date (until it passes: then its file takes over); per open file the
 * day it opened; per measure its due date while it has not passed.
 */
export function followUpDeadlines(state: FollowUpState, today: LocalDate): Array<PayDeadline & { category: FlaggedCategoryRef }> {
  const out: Array<PayDeadline & { category: FlaggedCategoryRef }> = [];
  const deadline = followUpDeadline(state.reportDate);
  for (const c of state.categories) {
    const key = flaggedKey(c);
    const ref: FlaggedCategoryRef = { entityId: c.entityId, grain: c.grain, category: c.category };
    const entry = state.entries.get(key);
    const opened = state.openFiles.get(key);
    if (opened !== undefined) out.push({ code: 'pay-assessment', date: opened, kind: 'open-since', category: ref });
    else if (entry === undefined && today <= deadline) out.push({ code: 'pay-follow-up', date: deadline, kind: 'not-after', category: ref });
    else if (entry?.kind === 'remediation' && entry.dueDate >= today) out.push({ code: 'pay-measure', date: entry.dueDate, kind: 'not-after', category: ref });
  }
  return out;
}

/** The day an assessment file opens for a report: the day after the follow-up deadline. */
export function assessmentOpeningDate(reportDate: LocalDate): LocalDate {
  const d = followUpDeadline(reportDate);
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
