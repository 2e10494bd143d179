import { rebuildWork } from './fube-work.js';
import type { CompiledQuery } from 'kysely';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';

/** A closing day as stored, with who added it. */
export interface StoredClosingDay {
  date: string;
  reason: string;
  addedBy: string;
  addedAt: string;
}

/** The history row of a closing-day change, written in the change's own transaction. */
export interface ClosingDayAudit {
  actorId: string;
  action: 'closing-day-added' | 'closing-day-removed';
}

/**
 * The organisation's closing days (migration 0017-closing-days). Rules about them (who may add, which
 * dates) are the use cases'; this reads and writes them, each change with its history row.
 */
export class ClosingDaysRepository {
  /** Compiled once: every FUBE view and step counts its terms with the closing days. */
  private readonly listQuery: CompiledQuery<{ date: string; reason: string; added_by: string; added_at: string }>;

  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {
    this.listQuery = context.db.selectFrom('closing_days').select(['date', 'reason', 'added_by', 'added_at']).orderBy('date').compile();
  }

  /** Every closing day, in date order. A hot read: reused until anything changes. */
  async list(): Promise<StoredClosingDay[]> {
    const rows = await this.context.readReference(this.listQuery);
    return rows.map((r) => ({ date: r.date, reason: r.reason, addedBy: r.added_by, addedAt: r.added_at }));
  }

  /** Adds a closing day; false (nothing written) when the date is one already. */
  async add(day: { date: string; reason: string }, audit: ClosingDayAudit): Promise<boolean> {
    return this.context.transaction(async (trx) => {
      const result = await trx
        .insertInto('closing_days')
        .values({ date: day.date, reason: day.reason, added_by: audit.actorId, added_at: this.context.now() })
        .onConflict((oc) => oc.column('date').doNothing())
        .executeTakeFirst();
      const added = Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
      if (added) await this.history.append(trx, { actorId: audit.actorId, action: audit.action, subjectType: 'closing-day', subjectId: day.date, data: { date: day.date, reason: day.reason } });
      // The stored work's deadlines count closing days (decision 0030): they move with it.
      if (added) await rebuildWork(trx);
      return added;
    });
  }

  /** Removes a closing day; false when there was none on that date. */
  async remove(date: string, audit: ClosingDayAudit): Promise<boolean> {
    return this.context.transaction(async (trx) => {
      const removed = await trx.deleteFrom('closing_days').where('date', '=', date).returning(['reason']).executeTakeFirst();
      if (removed !== undefined) await this.history.append(trx, { actorId: audit.actorId, action: audit.action, subjectType: 'closing-day', subjectId: date, data: { date, reason: removed.reason } });
      if (removed !== undefined) await rebuildWork(trx);
      return removed !== undefined;
    });
  }
}
