import { DomainException } from '../domain/errors.js';
import { type Family, parseFamily } from '../domain/family/index.js';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson, writeJson } from './json.js';

export type FamilyStatus = 'draft' | 'published';

export interface FamilyVersionInfo {
  id: string;
  version: number;
  name: string;
  status: FamilyStatus;
  createdAt: string;
  publishedAt: string | null;
}

export interface FamilySummary {
  id: string;
  version: number;
  name: string;
  status: FamilyStatus;
}

export interface StoredFamily {
  family: Family;
  status: FamilyStatus;
  /** The YAML/JSON text as it was uploaded. */
  source: string;
  createdAt: string;
  publishedAt: string | null;
}

/**
 * Family versions: saved as drafts, then published. A published version never changes
 * (FUBEs refer to it); a correction is a new version.
 */
export class FamiliesRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  /**
   * Saves (or replaces) a draft version. Throws a DomainException with field paths when
   * the family is not valid or the version is already published.
   */
  async saveDraft(input: Family, source: string, actorId: string): Promise<FamilyVersionInfo> {
    const parsed = parseFamily(input);
    if (!parsed.ok) throw new DomainException(parsed.errors);
    const family = parsed.value;
    return this.context.transaction(async (trx) => {
      const existing = await trx
        .selectFrom('families')
        .select(['status'])
        .where('id', '=', family.id)
        .where('version', '=', family.version)
        .executeTakeFirst();
      if (existing?.status === 'published')
        throw new DomainException([
          {
            code: 'family.version-published',
            path: 'version',
            message: `versie ${family.version} van functiefamilie '${family.id}' is al gepubliceerd; een wijziging wordt een nieuwe versie`,
          },
        ]);
      const at = this.context.now();
      if (existing === undefined)
        await trx
          .insertInto('families')
          .values({
            id: family.id,
            version: family.version,
            status: 'draft',
            name: family.name,
            document: writeJson(family),
            source,
            created_at: at,
            created_by: actorId,
            published_at: null,
            published_by: null,
          })
          .execute();
      else
        await trx
          .updateTable('families')
          .set({ name: family.name, document: writeJson(family), source, created_at: at, created_by: actorId })
          .where('id', '=', family.id)
          .where('version', '=', family.version)
          .execute();
      await this.history.append(trx, {
        actorId,
        action: 'family.save-draft',
        subjectType: 'family',
        subjectId: family.id,
        data: { version: family.version, replaced: existing !== undefined },
      });
      return { id: family.id, version: family.version, name: family.name, status: 'draft', createdAt: at, publishedAt: null };
    });
  }

  /** Publishes a version; undefined when it does not exist. Publishing twice changes nothing. */
  async publish(id: string, version: number, actorId: string): Promise<FamilyVersionInfo | undefined> {
    return this.context.transaction(async (trx) => {
      const result = await trx
        .updateTable('families')
        .set({ status: 'published', published_at: this.context.now(), published_by: actorId })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0)
        await this.history.append(trx, { actorId, action: 'family.publish', subjectType: 'family', subjectId: id, data: { version } });
      const row = await trx
        .selectFrom('families')
        .select(['id', 'version', 'name', 'status', 'created_at', 'published_at'])
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return row === undefined ? undefined : toInfo(row);
    });
  }

  /** One version, or without a version the latest published one. */
  async get(id: string, version?: number): Promise<StoredFamily | undefined> {
    let query = this.context.db
      .selectFrom('families')
      .select(['document', 'status', 'source', 'created_at', 'published_at'])
      .where('id', '=', id);
    query = version !== undefined ? query.where('version', '=', version) : query.where('status', '=', 'published');
    const row = await query.orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      family: readJson<Family>(row.document),
      status: row.status,
      source: row.source,
      createdAt: row.created_at,
      publishedAt: row.published_at,
    };
  }

  /** The latest published version of every family, by id: one query (the matrix). */
  async published(): Promise<{ family: Family; publishedAt: string | null }[]> {
    const rows = await this.context.db
      .selectFrom('families')
      .select(['id', 'version', 'document', 'published_at'])
      .where('status', '=', 'published')
      .orderBy('id')
      .orderBy('version', 'desc')
      .execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const row of rows) if (!latest.has(row.id)) latest.set(row.id, row);
    return [...latest.values()].map((row) => ({ family: readJson<Family>(row.document), publishedAt: row.published_at }));
  }

  /** Every published version of every family, by `id@version` (what a catalogue may refer to). */
  async publishedVersions(): Promise<Map<string, Family>> {
    const rows = await this.context.db.selectFrom('families').select(['id', 'version', 'document']).where('status', '=', 'published').execute();
    return new Map(rows.map((row) => [`${row.id}@${row.version}`, readJson<Family>(row.document)]));
  }

  /** Every version of one family, oldest first. */
  async versions(id: string): Promise<FamilyVersionInfo[]> {
    const rows = await this.context.db
      .selectFrom('families')
      .select(['id', 'version', 'name', 'status', 'created_at', 'published_at'])
      .where('id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map(toInfo);
  }

  /** One row per family: its latest published version, else its latest draft. */
  async list(): Promise<FamilySummary[]> {
    const rows = await this.context.db
      .selectFrom('families')
      .select(['id', 'version', 'name', 'status'])
      .orderBy('id')
      .orderBy('version')
      .execute();
    const chosen = new Map<string, FamilySummary>();
    for (const row of rows) {
      const current = chosen.get(row.id);
      if (current === undefined || row.status === 'published' || current.status === 'draft') chosen.set(row.id, row);
    }
    return [...chosen.values()];
  }
}

function toInfo(row: { id: string; version: number; name: string; status: FamilyStatus; created_at: string; published_at: string | null }): FamilyVersionInfo {
  return { id: row.id, version: row.version, name: row.name, status: row.status, createdAt: row.created_at, publishedAt: row.published_at };
}
