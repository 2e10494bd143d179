import { type Kysely, sql } from 'kysely';
import type { WorkflowState } from '../domain/workflow/schema.js';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson } from './json.js';
import type { Database, PayRecordsTable } from './schema.js';

/** A reference period as stored, with its counts (never amounts). */
export interface StoredPayPeriod {
  id: string;
  referenceDate: string;
  /** null: the whole organisation. */
  entityId: string | null;
  importedBy: string;
  importedAt: string;
  sourceFormat: 'csv' | 'logib';
  threshold: number;
  counts: PayPeriodCounts;
}

export interface PayPeriodCounts {
  records: number;
  women: number;
  men: number;
  /** Sex X: counted in totals, left out of gaps. */
  other: number;
  /** Neither a FUBE in force nor an explicit category: "niet ingedeeld", reported apart. */
  unclassified: number;
}

export type NewPayPeriod = Omit<StoredPayPeriod, 'importedAt' | 'counts'>;

/** One person's record as stored; the category resolved on import (class first, then the explicit one). */
export interface StoredPayRecord {
  personKey: string;
  line: number;
  entityId: string | null;
  sex: 'F' | 'M' | 'X';
  age: number;
  yearsOfService: number;
  education: number;
  fubeId: string | null;
  category: string | null;
  resolvedFamily: string | null;
  resolvedClass: number | null;
  position: number | null;
  fte: number;
  hoursPaid: number;
  basicPay: number;
  variablePay: number;
}

/** The FUBE a person holds in force, as far as the category needs it. */
export interface HeldFube {
  fubeId: string;
  family: string;
  class: number;
}

/** The history row written with a change or a read: counts and choices, never amounts. */
export interface PayAudit {
  actorId: string;
  data: Record<string, unknown>;
}

/** Rows per INSERT: 17 columns × 1 000 stays under both databases' parameter limits. */
const INSERT_BATCH = 1_000;

const RECORD_COLUMNS = [
  'person_key',
  'line',
  'entity_id',
  'sex',
  'age',
  'years_of_service',
  'education',
  'fube_id',
  'category',
  'resolved_family',
  'resolved_class',
  'position',
  'fte',
  'hours_paid',
  'basic_pay',
  'variable_pay',
] as const;

/**
 * Pay data per reference period (migration 0022-pay, docs/pay-transparency.md § Privacy).
 * Rules (who may import, read, delete) are the use cases'; this stores a period with its
 * records in one transaction, reads them, deletes a period as a whole, each with its history
 * row. On PostgreSQL a transaction-scoped advisory lock on the period serialises two imports
 * of the same period; SQLite's write lock (BEGIN IMMEDIATE) already does.
 */
export class PayRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  /** Every period with its counts, newest reference date first. */
  async periods(): Promise<StoredPayPeriod[]> {
    return this.readPeriods(this.context.db);
  }

  async period(id: string): Promise<StoredPayPeriod | undefined> {
    return (await this.readPeriods(this.context.db, id))[0];
  }

  /**
   * Stores a period and its records in ONE transaction, replacing the period of that id if
   * there is one (its records go first). `check` sees the period as stored (or undefined)
   * inside the transaction and may throw to refuse: the caller's rule about the period as
   * it is. The history row (`pay.import`) says whether a period was replaced.
   */
  async replacePeriod(
    period: NewPayPeriod,
    records: readonly StoredPayRecord[],
    audit: PayAudit,
    check: (existing: StoredPayPeriod | undefined) => void = () => undefined,
  ): Promise<{ replaced: StoredPayPeriod | undefined; stored: StoredPayPeriod }> {
    const result = await this.context.transaction(async (trx) => {
      await this.lockPeriod(trx, period.id);
      const existing = (await this.readPeriods(trx, period.id))[0];
      check(existing);
      if (existing !== undefined) {
        await trx.deleteFrom('pay_records').where('period_id', '=', period.id).execute();
        await trx.deleteFrom('pay_periods').where('id', '=', period.id).execute();
      }
      await trx
        .insertInto('pay_periods')
        .values({
          id: period.id,
          reference_date: period.referenceDate,
          entity_id: period.entityId,
          imported_by: period.importedBy,
          imported_at: this.context.now(),
          source_format: period.sourceFormat,
          threshold: period.threshold,
        })
        .execute();
      for (let start = 0; start < records.length; start += INSERT_BATCH)
        await trx
          .insertInto('pay_records')
          .values(records.slice(start, start + INSERT_BATCH).map((r) => toRow(period.id, r)))
          .execute();
      await this.history.append(trx, {
        actorId: audit.actorId,
        action: 'pay.import',
        subjectType: 'pay-period',
        subjectId: period.id,
        data: { ...audit.data, replaced: existing !== undefined, ...(existing !== undefined ? { previous: { referenceDate: existing.referenceDate, entityId: existing.entityId, counts: existing.counts } } : {}) },
      });
      const stored = (await this.readPeriods(trx, period.id))[0];
      if (stored === undefined) throw new Error(`pay period ${period.id} not found after storing it`);
      return { replaced: existing, stored };
    });
    return result;
  }

  /**
   * The person-level records of a period, in file order, and the history row of this read
   * (`pay.read-persons`) in the same transaction: no read goes unrecorded.
   */
  async readRecords(periodId: string, audit: PayAudit): Promise<StoredPayRecord[]> {
    return this.context.transaction(async (trx) => {
      const rows = await trx.selectFrom('pay_records').select(RECORD_COLUMNS).where('period_id', '=', periodId).orderBy('line').orderBy('person_key').execute();
      await this.history.append(trx, { actorId: audit.actorId, action: 'pay.read-persons', subjectType: 'pay-period', subjectId: periodId, data: { ...audit.data, records: rows.length } });
      return rows.map(fromRow);
    });
  }

  /** The records of a period without a history row: for the aggregated report only (its callers suppress). */
  async recordsForReport(periodId: string): Promise<StoredPayRecord[]> {
    const rows = await this.context.db.selectFrom('pay_records').select(RECORD_COLUMNS).where('period_id', '=', periodId).orderBy('line').orderBy('person_key').execute();
    return rows.map(fromRow);
  }

  /**
   * Deletes a period and all its records in one transaction with its history row
   * (`pay.delete-period`, the counts only); undefined when there is no such period.
   * `check` as for replacePeriod.
   */
  async deletePeriod(id: string, audit: PayAudit, check: (existing: StoredPayPeriod) => void = () => undefined): Promise<StoredPayPeriod | undefined> {
    return this.context.transaction(async (trx) => {
      await this.lockPeriod(trx, id);
      const existing = (await this.readPeriods(trx, id))[0];
      if (existing === undefined) return undefined;
      check(existing);
      await trx.deleteFrom('pay_records').where('period_id', '=', id).execute();
      await trx.deleteFrom('pay_periods').where('id', '=', id).execute();
      await this.history.append(trx, {
        actorId: audit.actorId,
        action: 'pay.delete-period',
        subjectType: 'pay-period',
        subjectId: id,
        data: { ...audit.data, referenceDate: existing.referenceDate, entityId: existing.entityId, counts: existing.counts },
      });
      return existing;
    });
  }

  /**
   * Who holds which FUBE in force on the reference date (its last final revision, final on
   * or before that day), by person and by FUBE: the category of a pay record. A person who
   * holds several gets the highest class (then the smallest FUBE id). One query over the
   * FUBEs with a revision in force.
   */
  async heldInForce(referenceDate: string): Promise<{ byPerson: Map<string, HeldFube>; byFube: Map<string, HeldFube> }> {
    const rows = await this.context.db
      .selectFrom('fubes')
      .select(['id', 'family_id', 'holder_ids', 'workflow'])
      .where('in_force_revision', 'is not', null)
      .orderBy('id')
      .execute();
    const byPerson = new Map<string, HeldFube>();
    const byFube = new Map<string, HeldFube>();
    const endOfDay = `${referenceDate}T23:59:59.999Z`;
    for (const row of rows) {
      const inForce = readJson<WorkflowState>(row.workflow).inForce;
      if (inForce === undefined || inForce.since > endOfDay) continue;
      const held: HeldFube = { fubeId: row.id, family: inForce.familyId ?? row.family_id, class: inForce.class };
      byFube.set(row.id, held);
      for (const personId of readJson<string[]>(row.holder_ids)) {
        const known = byPerson.get(personId);
        if (known === undefined || held.class > known.class) byPerson.set(personId, held);
      }
    }
    return { byPerson, byFube };
  }

  /** Every person's entity, by person id (one query): the entity of a pay record whose key is a person. */
  async personEntities(): Promise<Map<string, string | null>> {
    const rows = await this.context.db.selectFrom('people').select(['id', 'entity_id']).execute();
    return new Map(rows.map((r) => [r.id, r.entity_id]));
  }

  /** Two imports or deletions of one period wait for each other (PostgreSQL; SQLite's write lock already serialises). */
  private async lockPeriod(trx: Kysely<Database>, id: string): Promise<void> {
    if (this.context.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`pay-period:${id}`}))`.execute(trx);
  }

  private async readPeriods(db: Kysely<Database>, id?: string): Promise<StoredPayPeriod[]> {
    let query = db
      .selectFrom('pay_periods as p')
      .leftJoin('pay_records as r', 'r.period_id', 'p.id')
      .select(['p.id', 'p.reference_date', 'p.entity_id', 'p.imported_by', 'p.imported_at', 'p.source_format', 'p.threshold'])
      .select((eb) => [
        eb.fn.count<number | string>('r.person_key').as('records'),
        eb.fn.sum<number | string | null>(eb.case().when('r.sex', '=', 'F').then(1).else(0).end()).as('women'),
        eb.fn.sum<number | string | null>(eb.case().when('r.sex', '=', 'M').then(1).else(0).end()).as('men'),
        eb.fn.sum<number | string | null>(eb.case().when('r.sex', '=', 'X').then(1).else(0).end()).as('other'),
        eb.fn
          .sum<number | string | null>(eb.case().when(eb.and([eb('r.person_key', 'is not', null), eb('r.resolved_class', 'is', null), eb('r.category', 'is', null)])).then(1).else(0).end())
          .as('unclassified'),
      ])
      .groupBy(['p.id', 'p.reference_date', 'p.entity_id', 'p.imported_by', 'p.imported_at', 'p.source_format', 'p.threshold']);
    if (id !== undefined) query = query.where('p.id', '=', id);
    const rows = await query.orderBy('p.reference_date', 'desc').orderBy('p.id').execute();
    return rows.map((row) => ({
      id: row.id,
      referenceDate: row.reference_date,
      entityId: row.entity_id,
      importedBy: row.imported_by,
      importedAt: row.imported_at,
      sourceFormat: row.source_format === 'logib' ? 'logib' : 'csv',
      threshold: Number(row.threshold),
      counts: { records: Number(row.records), women: Number(row.women ?? 0), men: Number(row.men ?? 0), other: Number(row.other ?? 0), unclassified: Number(row.unclassified ?? 0) },
    }));
  }
}

function toRow(periodId: string, r: StoredPayRecord): PayRecordsTable {
  return {
    period_id: periodId,
    person_key: r.personKey,
    line: r.line,
    entity_id: r.entityId,
    sex: r.sex,
    age: r.age,
    years_of_service: r.yearsOfService,
    education: r.education,
    fube_id: r.fubeId,
    category: r.category,
    resolved_family: r.resolvedFamily,
    resolved_class: r.resolvedClass,
    position: r.position,
    fte: r.fte,
    hours_paid: r.hoursPaid,
    basic_pay: r.basicPay,
    variable_pay: r.variablePay,
  };
}

function fromRow(row: Omit<PayRecordsTable, 'period_id'>): StoredPayRecord {
  return {
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
  };
}
