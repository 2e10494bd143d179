import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AssessmentEntries, FollowUpEntry, PayAnswer, SnapshotCategory } from '../domain/pay/index.js';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson } from './json.js';
import type { PayAudit, StoredPayRecord } from './pay-repository.js';
import type { Database } from './schema.js';

/** A recorded report (the Art. 10 clock starts on `reportDate`). */
export interface StoredReportSnapshot {
  id: string;
  periodId: string;
  entityId: string | null;
  reportDate: string;
  threshold: number;
  categories: SnapshotCategory[];
  recordedBy: string;
  recordedAt: string;
}
export type NewReportSnapshot = Omit<StoredReportSnapshot, 'id' | 'recordedAt'>;

export interface StoredFollowUp {
  snapshotId: string;
  categoryKey: string;
  entry: FollowUpEntry;
  recordedBy: string;
  recordedAt: string;
}

export interface StoredAssessment {
  id: string;
  snapshotId: string;
  categoryKey: string;
  openedOn: string;
  entries: AssessmentEntries;
  updatedBy: string | null;
  updatedAt: string | null;
  closedOn: string | null;
  closedBy: string | null;
}

export interface StoredPayRequest {
  id: string;
  personId: string;
  entityId: string | null;
  requestedBy: string;
  requestedOn: string;
  requestedAt: string;
  dueOn: string;
  answer: { answeredBy: string; answeredAt: string; answer: PayAnswer } | null;
}
export type NewPayRequest = Omit<StoredPayRequest, 'id' | 'requestedAt' | 'answer'>;

/** A person's record in the latest period that holds them. */
export interface LatestPayRecord {
  period: { id: string; referenceDate: string; entityId: string | null; threshold: number };
  record: StoredPayRecord;
}

/**
 * The Art. 10 follow-up and the Art. 7 requests (migration 0023-pay-follow-up,
 * docs/pay-transparency.md). Every write is one transaction with its history row; the
 * caller's `check` sees the row as stored inside the transaction and may throw to refuse.
 * Rules are the use cases'.
 */
export class PayFollowUpRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  /** Stores a period's recorded report; `check` sees the one already recorded for the period (if any). */
  async recordSnapshot(snapshot: NewReportSnapshot, check: (existing: StoredReportSnapshot | undefined) => void): Promise<StoredReportSnapshot> {
    return this.context.transaction(async (trx) => {
      const existing = (await this.readSnapshots(trx, { periodId: snapshot.periodId }))[0];
      check(existing);
      const id = randomUUID();
      const recordedAt = this.context.now();
      await trx
        .insertInto('pay_report_snapshots')
        .values({
          id,
          period_id: snapshot.periodId,
          entity_id: snapshot.entityId,
          report_date: snapshot.reportDate,
          threshold: snapshot.threshold,
          categories: JSON.stringify(snapshot.categories),
          recorded_by: snapshot.recordedBy,
          recorded_at: recordedAt,
        })
        .execute();
      await this.history.append(trx, {
        actorId: snapshot.recordedBy,
        action: 'pay.report-recorded',
        subjectType: 'pay-period',
        subjectId: snapshot.periodId,
        data: { snapshot: id, reportDate: snapshot.reportDate, flagged: snapshot.categories.length },
      });
      return { ...snapshot, id, recordedAt };
    });
  }

  /** Every recorded report, newest report date first. */
  async snapshots(): Promise<StoredReportSnapshot[]> {
    return this.readSnapshots(this.context.db, {});
  }

  async snapshotOfPeriod(periodId: string): Promise<StoredReportSnapshot | undefined> {
    return (await this.readSnapshots(this.context.db, { periodId }))[0];
  }

  async snapshot(id: string): Promise<StoredReportSnapshot | undefined> {
    return (await this.readSnapshots(this.context.db, { id }))[0];
  }

  /** The justifications and measures of these reports. */
  async followUps(snapshotIds: readonly string[]): Promise<StoredFollowUp[]> {
    if (snapshotIds.length === 0) return [];
    const rows = await this.context.db.selectFrom('pay_follow_ups').selectAll().where('snapshot_id', 'in', snapshotIds).orderBy('snapshot_id').orderBy('category_key').execute();
    return rows.map((r) => ({
      snapshotId: r.snapshot_id,
      categoryKey: r.category_key,
      entry: r.kind === 'remediation' ? { kind: 'remediation', text: r.text, dueDate: r.due_date ?? '' } : { kind: 'justification', text: r.text },
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  }

  /**
   * Records (or replaces) a category's justification or measures with its history row;
   * `check` sees whether an assessment file is already open for the category.
   */
  async recordFollowUp(snapshotId: string, categoryKey: string, entry: FollowUpEntry, audit: PayAudit, check: (assessmentOpen: boolean, replaced: boolean) => void): Promise<StoredFollowUp> {
    return this.context.transaction(async (trx) => {
      const file = await trx.selectFrom('pay_assessments').select('id').where('snapshot_id', '=', snapshotId).where('category_key', '=', categoryKey).executeTakeFirst();
      const existing = await trx.selectFrom('pay_follow_ups').select('kind').where('snapshot_id', '=', snapshotId).where('category_key', '=', categoryKey).executeTakeFirst();
      check(file !== undefined, existing !== undefined);
      if (existing !== undefined) await trx.deleteFrom('pay_follow_ups').where('snapshot_id', '=', snapshotId).where('category_key', '=', categoryKey).execute();
      const recordedAt = this.context.now();
      await trx
        .insertInto('pay_follow_ups')
        .values({
          snapshot_id: snapshotId,
          category_key: categoryKey,
          kind: entry.kind,
          text: entry.text,
          due_date: entry.kind === 'remediation' ? entry.dueDate : null,
          recorded_by: audit.actorId,
          recorded_at: recordedAt,
        })
        .execute();
      await this.history.append(trx, {
        actorId: audit.actorId,
        action: 'pay.follow-up',
        subjectType: 'pay-report',
        subjectId: snapshotId,
        data: { ...audit.data, category: categoryKey, kind: entry.kind, replaced: existing !== undefined, ...(entry.kind === 'remediation' ? { dueDate: entry.dueDate } : {}) },
      });
      return { snapshotId, categoryKey, entry, recordedBy: audit.actorId, recordedAt };
    });
  }

  /**
   * Opens an assessment file for each category that has none yet (a second call opens
   * nothing twice), each with its history row. Returns the files it opened.
   */
  async openAssessments(snapshotId: string, categoryKeys: readonly string[], openedOn: string, entries: AssessmentEntries, actorId: string): Promise<StoredAssessment[]> {
    if (categoryKeys.length === 0) return [];
    return this.context.transaction(async (trx) => {
      const known = new Set(
        (await trx.selectFrom('pay_assessments').select('category_key').where('snapshot_id', '=', snapshotId).execute()).map((r) => r.category_key),
      );
      const opened: StoredAssessment[] = [];
      for (const key of categoryKeys) {
        if (known.has(key)) continue;
        const file: StoredAssessment = { id: randomUUID(), snapshotId, categoryKey: key, openedOn, entries, updatedBy: null, updatedAt: null, closedOn: null, closedBy: null };
        await trx
          .insertInto('pay_assessments')
          .values({ id: file.id, snapshot_id: snapshotId, category_key: key, opened_on: openedOn, entries: JSON.stringify(entries), updated_by: null, updated_at: null, closed_on: null, closed_by: null })
          .execute();
        await this.history.append(trx, { actorId, action: 'pay.assessment-opened', subjectType: 'pay-assessment', subjectId: file.id, data: { snapshot: snapshotId, category: key, openedOn } });
        opened.push(file);
      }
      return opened;
    });
  }

  async assessments(snapshotIds: readonly string[]): Promise<StoredAssessment[]> {
    if (snapshotIds.length === 0) return [];
    const rows = await this.context.db.selectFrom('pay_assessments').selectAll().where('snapshot_id', 'in', snapshotIds).orderBy('snapshot_id').orderBy('category_key').execute();
    return rows.map(assessmentFromRow);
  }

  async assessment(id: string): Promise<StoredAssessment | undefined> {
    const row = await this.context.db.selectFrom('pay_assessments').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : assessmentFromRow(row);
  }

  /**
   * Writes a file's items (d)–(g) and, with `closedOn`, closes it. `change` sees the file as
   * stored and returns the new entries (or throws to refuse: a closed file, invalid input).
   */
  async updateAssessment(id: string, actorId: string, change: (file: StoredAssessment) => { entries: AssessmentEntries; closedOn?: string }): Promise<StoredAssessment | undefined> {
    return this.context.transaction(async (trx) => {
      const row = await trx.selectFrom('pay_assessments').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) return undefined;
      const current = assessmentFromRow(row);
      const next = change(current);
      const at = this.context.now();
      const closing = next.closedOn !== undefined;
      await trx
        .updateTable('pay_assessments')
        .set({ entries: JSON.stringify(next.entries), updated_by: actorId, updated_at: at, ...(closing ? { closed_on: next.closedOn, closed_by: actorId } : {}) })
        .where('id', '=', id)
        .where('closed_on', 'is', null)
        .execute();
      await this.history.append(trx, {
        actorId,
        action: closing ? 'pay.assessment-closed' : 'pay.assessment-filled',
        subjectType: 'pay-assessment',
        subjectId: id,
        data: { snapshot: current.snapshotId, category: current.categoryKey },
      });
      return { ...current, entries: next.entries, updatedBy: actorId, updatedAt: at, ...(closing ? { closedOn: next.closedOn ?? null, closedBy: actorId } : {}) };
    });
  }

  /** Stores a request with its history row; `check` sees the person's unanswered requests. */
  async createRequest(request: NewPayRequest, check: (open: number) => void): Promise<StoredPayRequest> {
    return this.context.transaction(async (trx) => {
      const open = await trx
        .selectFrom('pay_requests as r')
        .leftJoin('pay_request_answers as a', 'a.request_id', 'r.id')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('r.person_id', '=', request.personId)
        .where('a.request_id', 'is', null)
        .executeTakeFirstOrThrow();
      check(Number(open.n));
      const stored: StoredPayRequest = { ...request, id: randomUUID(), requestedAt: this.context.now(), answer: null };
      await trx
        .insertInto('pay_requests')
        .values({
          id: stored.id,
          person_id: stored.personId,
          entity_id: stored.entityId,
          requested_by: stored.requestedBy,
          requested_on: stored.requestedOn,
          requested_at: stored.requestedAt,
          due_on: stored.dueOn,
        })
        .execute();
      await this.history.append(trx, { actorId: request.requestedBy, action: 'pay.request', subjectType: 'pay-request', subjectId: stored.id, data: { person: request.personId, dueOn: request.dueOn } });
      return stored;
    });
  }

  /** A person's requests, newest first, with their answers. */
  async requestsOf(personId: string): Promise<StoredPayRequest[]> {
    return this.readRequests(this.context.db, { personId });
  }

  /** Requests with or without an answer, soonest due first. */
  async requests(filter: { answered: boolean }): Promise<StoredPayRequest[]> {
    return this.readRequests(this.context.db, filter);
  }

  async request(id: string): Promise<StoredPayRequest | undefined> {
    return (await this.readRequests(this.context.db, { id }))[0];
  }

  /**
   * Stores the answer as given (the table refuses any change afterwards) with two history
   * rows: the answer, and the read of the person's pay it needed. `check` sees the request
   * as stored (already answered?) and may throw.
   */
  async answerRequest(id: string, answer: PayAnswer, audit: PayAudit, check: (request: StoredPayRequest) => void): Promise<StoredPayRequest | undefined> {
    return this.context.transaction(async (trx) => {
      const request = (await this.readRequests(trx, { id }))[0];
      if (request === undefined) return undefined;
      check(request);
      const answeredAt = this.context.now();
      await trx.insertInto('pay_request_answers').values({ request_id: id, answered_by: audit.actorId, answered_at: answeredAt, answer: JSON.stringify(answer) }).execute();
      await this.history.append(trx, {
        actorId: audit.actorId,
        action: 'pay.request-answered',
        subjectType: 'pay-request',
        subjectId: id,
        data: { person: request.personId, kind: answer.kind, ...(answer.kind === 'figures' ? { period: answer.period.id } : {}) },
      });
      if (answer.kind === 'figures')
        await this.history.append(trx, { actorId: audit.actorId, action: 'pay.read-person', subjectType: 'pay-period', subjectId: answer.period.id, data: { ...audit.data, person: request.personId, request: id } });
      return { ...request, answer: { answeredBy: audit.actorId, answeredAt, answer } };
    });
  }

  /** A history row for a read of person-level pay that changes nothing (a preview, a holder reading their answer). */
  async recordRead(entry: { actorId: string; action: string; subjectType: string; subjectId: string; data: Record<string, unknown> }): Promise<void> {
    await this.context.transaction((trx) => this.history.append(trx, entry));
  }

  /**
   * The suppression threshold of the latest period that holds the person (as `latestRecordOf`
   * picks it), and nothing of the record: what the holder's page may say before any answer.
   */
  async thresholdOf(personKey: string): Promise<number | undefined> {
    const row = await this.context.db
      .selectFrom('pay_records as r')
      .innerJoin('pay_periods as p', 'p.id', 'r.period_id')
      .select('p.threshold')
      .where('r.person_key', '=', personKey)
      .orderBy('p.reference_date', 'desc')
      .orderBy('p.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.threshold);
  }

  /** The person's record in the latest period (by reference date, then period id) that holds them; no history row (the caller writes it). */
  async latestRecordOf(personKey: string): Promise<LatestPayRecord | undefined> {
    const row = await this.context.db
      .selectFrom('pay_records as r')
      .innerJoin('pay_periods as p', 'p.id', 'r.period_id')
      .select(['p.id as period_id', 'p.reference_date', 'p.entity_id as period_entity_id', 'p.threshold'])
      .select(['r.person_key', 'r.line', 'r.entity_id', 'r.sex', 'r.age', 'r.years_of_service', 'r.education', 'r.fube_id', 'r.category', 'r.resolved_family', 'r.resolved_class', 'r.position', 'r.fte', 'r.hours_paid', 'r.basic_pay', 'r.variable_pay'])
      .where('r.person_key', '=', personKey)
      .orderBy('p.reference_date', 'desc')
      .orderBy('p.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      period: { id: row.period_id, referenceDate: row.reference_date, entityId: row.period_entity_id, threshold: Number(row.threshold) },
      record: {
        personKey: row.person_key,
        line: Number(row.line),
        entityId: row.entity_id,
        sex: row.sex === 'F' || row.sex === 'M' ? row.sex : 'X',
        age: Number(row.age),
        yearsOfService: Number(row.years_of_service),
        education: Number(row.education),
        fubeId: row.fube_id,
        category: row.category,
        resolvedFamily: row.resolved_family,
        resolvedClass: row.resolved_class === null ? null : Number(row.resolved_class),
        position: row.position === null ? null : Number(row.position),
        fte: Number(row.fte),
        hoursPaid: Number(row.hours_paid),
        basicPay: Number(row.basic_pay),
        variablePay: Number(row.variable_pay),
      },
    };
  }

  private async readSnapshots(db: Kysely<Database>, filter: { id?: string; periodId?: string }): Promise<StoredReportSnapshot[]> {
    let query = db.selectFrom('pay_report_snapshots').selectAll();
    if (filter.id !== undefined) query = query.where('id', '=', filter.id);
    if (filter.periodId !== undefined) query = query.where('period_id', '=', filter.periodId);
    const rows = await query.orderBy('report_date', 'desc').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      periodId: r.period_id,
      entityId: r.entity_id,
      reportDate: r.report_date,
      threshold: Number(r.threshold),
      categories: readJson<SnapshotCategory[]>(r.categories),
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  }

  private async readRequests(db: Kysely<Database>, filter: { id?: string; personId?: string; answered?: boolean }): Promise<StoredPayRequest[]> {
    let query = db
      .selectFrom('pay_requests as r')
      .leftJoin('pay_request_answers as a', 'a.request_id', 'r.id')
      .select(['r.id', 'r.person_id', 'r.entity_id', 'r.requested_by', 'r.requested_on', 'r.requested_at', 'r.due_on', 'a.answered_by', 'a.answered_at', 'a.answer']);
    if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
    if (filter.personId !== undefined) query = query.where('r.person_id', '=', filter.personId);
    if (filter.answered !== undefined) query = query.where('a.request_id', filter.answered ? 'is not' : 'is', null);
    const rows = await (filter.personId !== undefined ? query.orderBy('r.requested_at', 'desc') : query.orderBy('r.due_on')).orderBy('r.id').execute();
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      entityId: r.entity_id,
      requestedBy: r.requested_by,
      requestedOn: r.requested_on,
      requestedAt: r.requested_at,
      dueOn: r.due_on,
      answer: r.answer === null || r.answered_by === null || r.answered_at === null ? null : { answeredBy: r.answered_by, answeredAt: r.answered_at, answer: readJson<PayAnswer>(r.answer) },
    }));
  }
}

function assessmentFromRow(r: Database['pay_assessments']): StoredAssessment {
  return {
    id: r.id,
    snapshotId: r.snapshot_id,
    categoryKey: r.category_key,
    openedOn: r.opened_on,
    entries: readJson<AssessmentEntries>(r.entries),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    closedOn: r.closed_on,
    closedBy: r.closed_by,
  };
}
