import { type RawBuilder, sql } from 'kysely';
import type { FubeContent } from '../domain/fube/schema.js';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson } from './json.js';
import type { SearchRepository, SearchScope } from './search/search-repository.js';

/** A FUBE as calibration reads it: the columns it compares and the content it derives the rest from. */
export interface CalibrationRow {
  id: string;
  updatedAt: string;
  entityId: string;
  familyId: string;
  title: string;
  state: string;
  revision: number;
  /** The class it stands at (`currentClass`: a decision, the validation, an appeal); null when undecided. */
  class: number | null;
  content: FubeContent;
  /** The text search indexes (title, purpose, result areas, knowledge). */
  searchText: string;
  /** The user who last changed its weighing values (authorsOf's last weigher); null when none. */
  weigherId: string | null;
}

export interface StoredJustification {
  findingKey: string;
  kind: string;
  fubeIds: string[];
  motivation: string;
  justifiedBy: string;
  justifiedAt: string;
}

/**
 * What calibration reads (issue 17 item 4, decision 0062), in a constant number of queries
 * whatever the number of FUBEs: the stamps of the FUBEs in reach, the rows changed since a
 * stamp (with their last weigher, one window query; or in pages, a pair per page), and the
 * justifications.
 */
export class CalibrationRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
    private readonly search: SearchRepository,
  ) {}

  private async scoped(scope: SearchScope | undefined): Promise<RawBuilder<boolean> | undefined | null> {
    if (scope === undefined) return undefined;
    const condition = await this.search.scopeCondition(scope);
    return condition === undefined ? null : (condition as RawBuilder<boolean>);
  }

  /** Id and last change of every FUBE in the scope (every FUBE without one): one query. */
  async stamps(scope?: SearchScope): Promise<{ id: string; updatedAt: string }[]> {
    const condition = await this.scoped(scope);
    if (condition === null) return [];
    let query = this.context.db.selectFrom('fubes as f').select(['f.id', 'f.updated_at']);
    if (condition !== undefined) query = query.where(condition);
    const rows = await query.orderBy('f.id').execute();
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }

  /**
   * The FUBEs in the scope changed at or after `since` ('' for all), with their last weigher:
   * two queries. The weigher is the author of the latest revision whose weighing values
   * differ from the revision before (the same rule as the four-eyes check, fube/authors.ts).
   * With `page`: at most `limit` rows after the id `after` (ids ascending), so a caller can
   * read thousands of rows in steps and let other requests through in between (SQLite
   * reads synchronously).
   */
  async rowsSince(since: string, scope?: SearchScope, page?: { after: string; limit: number }): Promise<CalibrationRow[]> {
    const condition = await this.scoped(scope);
    if (condition === null) return [];
    const db = this.context.db;
    let query = db
      .selectFrom('fubes as f')
      .select(['f.id', 'f.updated_at', 'f.entity_id', 'f.family_id', 'f.title', 'f.state', 'f.revision', 'f.class', 'f.content', 'f.search_text'])
      .where('f.updated_at', '>=', since);
    if (condition !== undefined) query = query.where(condition);
    if (page !== undefined) query = query.where('f.id', '>', page.after).limit(page.limit);
    const rows = await query.orderBy('f.id').execute();
    if (page !== undefined && rows.length === 0) return [];
    const scopeSql = condition === undefined ? sql`` : sql` and ${condition}`;
    const pageSql = page === undefined ? sql`` : sql` and f.id > ${page.after} and f.id <= ${rows[rows.length - 1]!.id}`;
    const weighers = await sql<{ fube_id: string; author_id: string }>`
      select x.fube_id, x.author_id from (
        select c.fube_id, c.author_id, row_number() over (partition by c.fube_id order by c.revision desc) as n
        from (
          select r.fube_id, r.revision, r.author_id, cast(w.${sql.ref('values')} as text) as v,
                 lag(cast(w.${sql.ref('values')} as text)) over (partition by r.fube_id order by r.revision) as prev
          from fube_revisions r
          join fubes f on f.id = r.fube_id
          left join weighings w on w.fube_id = r.fube_id and w.revision = r.revision
          where f.updated_at >= ${since}${scopeSql}${pageSql}
        ) c
        where c.author_id is not null and c.v is not null and coalesce(c.prev, '') <> c.v
      ) x
      where x.n = 1`.execute(db);
    const weigherOf = new Map(weighers.rows.map((r) => [r.fube_id, r.author_id]));
    return rows.map((r) => ({
      id: r.id,
      updatedAt: r.updated_at,
      entityId: r.entity_id,
      familyId: r.family_id,
      title: r.title,
      state: r.state,
      revision: r.revision,
      class: r.class,
      content: readJson<FubeContent>(r.content),
      searchText: r.search_text,
      weigherId: weigherOf.get(r.id) ?? null,
    }));
  }

  /** Every justification (a finding marked justified): one query; the table holds one row per judged finding. */
  async justifications(): Promise<StoredJustification[]> {
    const rows = await this.context.db.selectFrom('calibration_justifications').selectAll().orderBy('finding_key').execute();
    return rows.map((r) => ({
      findingKey: r.finding_key,
      kind: r.kind,
      fubeIds: readJson<string[]>(r.fube_ids),
      motivation: r.motivation,
      justifiedBy: r.justified_by,
      justifiedAt: r.justified_at,
    }));
  }

  /** Marks a finding justified (a new motivation replaces the last one), with its history row: one transaction. */
  async justify(entry: Omit<StoredJustification, 'justifiedAt'>): Promise<StoredJustification> {
    return this.context.transaction(async (trx) => {
      const justifiedAt = this.context.now();
      const existing = await trx.selectFrom('calibration_justifications').select('finding_key').where('finding_key', '=', entry.findingKey).executeTakeFirst();
      if (existing !== undefined) await trx.deleteFrom('calibration_justifications').where('finding_key', '=', entry.findingKey).execute();
      await trx
        .insertInto('calibration_justifications')
        .values({
          finding_key: entry.findingKey,
          kind: entry.kind,
          fube_ids: JSON.stringify(entry.fubeIds),
          motivation: entry.motivation,
          justified_by: entry.justifiedBy,
          justified_at: justifiedAt,
        })
        .execute();
      await this.history.append(trx, {
        actorId: entry.justifiedBy,
        action: 'calibration.justify',
        subjectType: 'calibration-finding',
        subjectId: entry.findingKey,
        data: { kind: entry.kind, fubeIds: entry.fubeIds, replaced: existing !== undefined },
        reason: entry.motivation,
      });
      return { ...entry, justifiedAt };
    });
  }
}
