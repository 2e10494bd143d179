import { randomUUID } from 'node:crypto';
import { type CompiledQuery, type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { FubeContent } from '../domain/fube/schema.js';
import { searchText } from '../domain/fube/search-text.js';
import { currentClass, currentFamilyId } from '../domain/workflow/current-class.js';
import { type Status, type WorkflowEvent, type WorkflowState, readWorkflowState } from '../domain/workflow/schema.js';
import type { StoreContext } from './context.js';
import { type FubeSummary, toSummary } from './fube-summary.js';
import { type StoredWork, type WorkQuery, findDueWork, findWork, rebuildWork, refreshWork } from './fube-work.js';
import { tag } from './search/search-index.js';
import type { HistoryRepository } from './history-repository.js';
import { type NewNotification, insertNotifications } from './notifications-repository.js';
import { type LetterReceipt, type NewLetter, insertLetters, receiptHistory, setReceipt } from './letters-repository.js';
import { readJson, writeJson } from './json.js';
import type { Database } from './schema.js';
import type { SearchRepository, SearchScope } from './search/search-repository.js';

/** A FUBE as stored: its current content and workflow state. */
export interface FubeRecord {
  id: string;
  revision: number;
  content: FubeContent;
  workflow: WorkflowState;
  inForceRevision: number | null;
  createdAt: string;
  updatedAt: string;
}

/** One revision of a FUBE's content; revisions are never changed. */
export interface RevisionRecord {
  fubeId: string;
  revision: number;
  content: FubeContent;
  authorId: string | null;
  createdAt: string;
  reason: string | null;
}

/**
 * A write on a FUBE, guarded by the revision it was based on. With `content`, revision
 * `baseRevision + 1` is stored; with only `workflow`, the revision stays and the write also
 * requires the status the first event starts from (two concurrent steps cannot both win).
 */
export interface FubeWrite {
  baseRevision: number;
  actorId: string;
  reason?: string | undefined;
  content?: FubeContent | undefined;
  workflow?: WorkflowState | undefined;
  events?: WorkflowEvent[] | undefined;
  /** Who the events wait on (decision 0026): written with the events, in the same transaction. */
  notifications?: readonly NewNotification[] | undefined;
  /** Letters to the holders (decision 0028), written with the event that sends them. */
  letters?: readonly NewLetter[] | undefined;
  /**
   * The receipt of a letter the workflow takes (decision 0033): set on the letter in this
   * transaction, refused as a whole when the letter has a receipt already. The history row
   * is then `letter.receipt`, with the workflow's events.
   */
  receipt?: (LetterReceipt & { letterId: string }) | undefined;
  /**
   * For a workflow-only write: the `updated_at` the caller read. Two steps from the same
   * state (a receipt and an appeal) would otherwise both win and the later drop the other's change.
   */
  expectUpdatedAt?: string | undefined;
  /**
   * The FUBE as the caller read it (decision 0068): the write then also requires its
   * `updated_at` (nothing written since, a workflow step included) and takes content and
   * workflow from it instead of reading them again in the transaction.
   */
  current?: Pick<FubeRecord, 'content' | 'workflow' | 'updatedAt'> | undefined;
}

/** A stale write is refused with the revision that is current now (HTTP 409); `receiptTaken` when the letter had a receipt. */
export type WriteOutcome = { ok: true; record: FubeRecord } | { ok: false; currentRevision: number; receiptTaken?: true };

/**
 * A write's stamp, strictly after the one it replaces: `expectUpdatedAt` tells writes apart
 * by it, also within one millisecond or under a clock that stands still.
 */
function laterThan(previous: string, now: string): string {
  return now > previous ? now : new Date(new Date(previous).getTime() + 1).toISOString();
}

/** Rolls a FUBE write back when its letter's receipt was recorded meanwhile. */
class ReceiptTaken extends Error {
  constructor(readonly currentRevision: number) {
    super('receipt recorded already');
  }
}

export interface FubeFilter {
  entityId?: string | undefined;
  state?: Status | undefined;
  /** Any of these states. */
  states?: readonly Status[] | undefined;
  familyId?: string | undefined;
  class?: number | undefined;
  /** Only FUBEs the caller may see (search-repository.ts SearchScope); every FUBE when absent. */
  scope?: SearchScope | undefined;
}

/** A list item with the people it names: what the access rules need to judge it without its content. */
export interface FubeListItem extends FubeSummary {
  holderIds: string[];
  managerId: string | null;
}

/** Where a new FUBE comes from, recorded with its creation (history row data). */
export type FubeOrigin = { copyOf: { fubeId: string; revision: number } } | { legacySource: string; suggestion: unknown };

export class FubesRepository {
  /** Compiled once: it runs on every GET of a FUBE. */
  private readonly stampQuery: CompiledQuery<{ revision: number; state: string; updated_at: string }>;
  /** The closing days a write's work rows count with, read before its transaction (a reference read). */
  private readonly closingDaysQuery: CompiledQuery<{ date: string; reason: string }>;

  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
    private readonly searchRepository: SearchRepository,
  ) {
    this.stampQuery = context.db.selectFrom('fubes').select(['revision', 'state', 'updated_at']).where('id', '=', '').compile();
    this.closingDaysQuery = context.db.selectFrom('closing_days').select(['date', 'reason']).compile();
  }

  /**
   * What changes with every write, read cheaply (a hot read): a view kept with the same stamp
   * is current. Undefined when the FUBE does not exist.
   */
  async stamp(id: string): Promise<string | undefined> {
    const rows = await this.context.readHot<{ revision: number; state: string; updated_at: string }>({ ...this.stampQuery, parameters: [id] });
    const row = rows[0];
    return row === undefined ? undefined : `${row.revision}|${row.state}|${row.updated_at}`;
  }

  /**
   * Per revision, oldest first, its author and the weighing values it stored (null without
   * a weighing): who wrote and who weighed the FUBE, without reading the content.
   */
  async revisionAuthors(id: string): Promise<{ revision: number; authorId: string | null; weighingValues: Record<string, number> | null }[]> {
    const rows = await this.context.db
      .selectFrom('fube_revisions as r')
      .leftJoin('weighings as w', (join) => join.onRef('w.fube_id', '=', 'r.fube_id').onRef('w.revision', '=', 'r.revision'))
      .select(['r.revision', 'r.author_id', 'w.values'])
      .where('r.fube_id', '=', id)
      .orderBy('r.revision')
      .execute();
    return rows.map((row) => ({ revision: row.revision, authorId: row.author_id, weighingValues: row.values === null ? null : readJson<Record<string, number>>(row.values) }));
  }

  /**
   * Stores a new FUBE as revision 1. `origin`, kept in the history row: `copyOf` names the FUBE
   * and revision it was copied from; `legacySource` the old description it was drafted from,
   * with the suggestion made for it (decision 0064).
   */
  async create(content: FubeContent, workflow: WorkflowState, actorId: string, reason?: string, origin?: FubeOrigin): Promise<FubeRecord> {
    const id = randomUUID();
    return this.context.transaction(async (trx) => {
      const at = this.context.now();
      await trx
        .insertInto('fubes')
        .values({
          id,
          ...contentColumns(content),
          ...workflowColumns(workflow),
          ...classColumns(content, workflow),
          revision: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await this.storeRevision(trx, id, 1, content, actorId, reason);
      await this.context.searchIndex.index(trx, [id]);
      await refreshWork(trx, [id]);
      await this.history.append(trx, {
        actorId,
        action: 'fube.create',
        subjectType: 'fube',
        subjectId: id,
        data: { revision: 1, title: content.title, familyId: content.familyId, familyVersion: content.familyVersion, ...(origin ?? {}) },
        reason,
      });
      return this.read(trx, id) as Promise<FubeRecord>;
    });
  }

  /**
   * Writes a new revision and/or workflow state if the FUBE is still at `baseRevision`:
   * one conditional UPDATE, its row count checked, in the same transaction as the
   * revision, the events and the history row. Undefined when the FUBE does not exist.
   * The UPDATE returns the row as written (nothing after it in the transaction changes
   * that row): from the UPDATE to the commit the row is locked, and every statement less in
   * that window is a concurrent writer waiting less (then answered 409).
   */
  async write(id: string, write: FubeWrite): Promise<WriteOutcome | undefined> {
    // Read before the transaction: every statement less in it is a shorter lock.
    const closingDays = await this.context.readReference(this.closingDaysQuery);
    return this.context.transaction(async (trx) => {
      const { content, workflow, events = [], current } = write;
      const revision = content !== undefined ? write.baseRevision + 1 : write.baseRevision;
      // The class column follows content and workflow together; a write of one reads the other.
      let classes = {};
      let updatedAt = this.context.now();
      if (current !== undefined) {
        // The row as the caller read it; the UPDATE below requires that it is still so.
        classes = classColumns(content ?? current.content, workflow ?? current.workflow);
        updatedAt = laterThan(current.updatedAt, updatedAt);
      } else if (content !== undefined || workflow !== undefined) {
        const row = await trx.selectFrom('fubes').select(['content', 'workflow', 'updated_at']).where('id', '=', id).executeTakeFirst();
        if (row !== undefined) {
          classes = classColumns(content ?? readJson<FubeContent>(row.content), workflow ?? readWorkflowState(readJson<unknown>(row.workflow)));
          updatedAt = laterThan(row.updated_at, updatedAt);
        }
      }
      let update = trx
        .updateTable('fubes')
        .set({
          revision,
          updated_at: updatedAt,
          ...(content !== undefined ? contentColumns(content) : {}),
          ...(workflow !== undefined ? workflowColumns(workflow) : {}),
          ...classes,
        })
        .where('id', '=', id)
        .where('revision', '=', write.baseRevision);
      const from = events[0]?.from;
      if (content === undefined && from !== undefined) update = update.where('state', '=', from);
      if (content === undefined && write.expectUpdatedAt !== undefined) update = update.where('updated_at', '=', write.expectUpdatedAt);
      if (current !== undefined) update = update.where('updated_at', '=', current.updatedAt);
      const written = await update.returningAll().executeTakeFirst();

      if (written === undefined) {
        const current = await trx.selectFrom('fubes').select('revision').where('id', '=', id).executeTakeFirst();
        return current === undefined ? undefined : { ok: false as const, currentRevision: current.revision };
      }

      if (content !== undefined) await this.storeRevision(trx, id, revision, content, write.actorId, write.reason);
      // Text, title, filter values and holders are all in the search row.
      if (content !== undefined || workflow !== undefined) await this.context.searchIndex.index(trx, [id], [written]);
      if (events.length > 0)
        await trx
          .insertInto('workflow_events')
          .values(
            events.map((event) => ({
              fube_id: id,
              type: event.type,
              revision: event.revision,
              from_state: event.from,
              to_state: event.to,
              at: event.at,
              actor_id: event.actorId,
              data: writeJson(event.data),
            })),
          )
          .execute();
      // my-work's rows follow content (place, people, title), state and events (decision 0030).
      await refreshWork(trx, [id], { written: [written], closingDays });
      if (write.notifications !== undefined && write.notifications.length > 0) await insertNotifications(trx, this.context.now(), write.notifications);
      if (write.letters !== undefined) await insertLetters(trx, this.context.now(), write.letters);
      const eventsData = events.length > 0 ? { events: events.map((e) => ({ type: e.type, from: e.from, to: e.to, data: e.data })) } : {};
      if (write.receipt !== undefined) {
        const { letterId, ...receipt } = write.receipt;
        const letter = await setReceipt(trx, this.context.now(), letterId, receipt);
        if (letter === undefined) throw new ReceiptTaken(revision);
        await this.history.append(trx, receiptHistory(letterId, letter, receipt, { revision, ...eventsData }));
        return { ok: true as const, record: toRecord(written) };
      }
      await this.history.append(trx, {
        actorId: write.actorId,
        action: events.length > 0 ? `fube.${events.map((e) => e.type).join('+')}` : content !== undefined ? 'fube.update' : 'fube.workflow',
        subjectType: 'fube',
        subjectId: id,
        data: {
          baseRevision: write.baseRevision,
          revision,
          ...(workflow !== undefined ? { state: workflow.status } : {}),
          ...eventsData,
        },
        reason: write.reason,
      });
      return { ok: true as const, record: toRecord(written) };
    }).catch((error: unknown) => {
      if (error instanceof ReceiptTaken) return { ok: false as const, currentRevision: error.currentRevision, receiptTaken: true as const };
      throw error;
    });
  }

  get(id: string): Promise<FubeRecord | undefined> {
    return this.read(this.context.db, id);
  }

  /** All revisions, oldest first. */
  async revisions(id: string): Promise<RevisionRecord[]> {
    const rows = await this.context.db.selectFrom('fube_revisions').selectAll().where('fube_id', '=', id).orderBy('revision').execute();
    return rows.map(toRevision);
  }

  async revision(id: string, n: number): Promise<RevisionRecord | undefined> {
    const row = await this.context.db
      .selectFrom('fube_revisions')
      .selectAll()
      .where('fube_id', '=', id)
      .where('revision', '=', n)
      .executeTakeFirst();
    return row === undefined ? undefined : toRevision(row);
  }

  /** The workflow events, in the order they happened. */
  async events(id: string): Promise<WorkflowEvent[]> {
    const rows = await this.context.db.selectFrom('workflow_events').selectAll().where('fube_id', '=', id).orderBy('id').execute();
    return rows.map(toEvent);
  }

  /** The weighings stored with the revisions, oldest first. */
  async weighings(id: string): Promise<StoredWeighing[]> {
    const rows = await this.context.db.selectFrom('weighings').selectAll().where('fube_id', '=', id).orderBy('id').execute();
    return rows.map((row) => ({
      fubeId: row.fube_id,
      revision: row.revision,
      ruleId: row.rule_id,
      familyId: row.family_id,
      familyVersion: row.family_version,
      values: readJson<Record<string, number>>(row.values),
      result: row.result === null ? null : readJson(row.result),
      createdAt: row.created_at,
    }));
  }

  /** Summaries of the FUBEs matching the filter, by title, with the people they name. One query (two with a holder in the scope). */
  async summaries(filter: FubeFilter = {}): Promise<FubeListItem[]> {
    const scope = filter.scope === undefined ? undefined : await this.searchRepository.scopeCondition(filter.scope);
    if (filter.scope !== undefined && scope === undefined) return [];
    const db = this.context.db;
    let query = db.selectFrom('fubes as f').select(SUMMARY_COLUMNS);
    if (filter.entityId !== undefined) query = query.where('f.entity_id', '=', filter.entityId);
    if (filter.state !== undefined) query = query.where('f.state', '=', filter.state);
    if (filter.states !== undefined) query = filter.states.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('f.state', 'in', filter.states);
    if (filter.familyId !== undefined) query = query.where('f.family_id', '=', filter.familyId);
    if (filter.class !== undefined) query = query.where('f.class', '=', filter.class);
    if (scope !== undefined) query = query.where(scope as RawBuilder<boolean>);
    const rows = await query.orderBy('f.title').orderBy('f.id').execute();
    return rows.map((row) => ({ ...toSummary(row), holderIds: readJson<string[]>(row.holder_ids), managerId: row.manager_id }));
  }

  /**
   * The caller's most urgent work (decision 0030): one query over `fube_work`, paged by
   * deadline; the FUBEs the caller holds come from the search index first when a branch
   * needs them.
   */
  async work(query: Omit<WorkQuery, 'heldIds'>): Promise<StoredWork[]> {
    const holder = query.branches.find((b) => b.place.kind === 'holder')?.place;
    const heldIds =
      holder?.kind === 'holder' ? await this.context.searchIndex.ids(this.context.db, { terms: [], tags: [[tag.holder(holder.personId)]] }) : [];
    return findWork(this.context.db, { ...query, heldIds });
  }

  /**
   * Per entity and state, how many FUBEs the scope holds (undefined: all). One query (two
   * with a holder in the scope).
   */
  async stateCounts(scope?: SearchScope): Promise<{ entityId: string; state: Status; count: number }[]> {
    const condition = scope === undefined ? undefined : await this.searchRepository.scopeCondition(scope);
    if (scope !== undefined && condition === undefined) return [];
    let query = this.context.db
      .selectFrom('fubes as f')
      .select((eb) => ['f.entity_id', 'f.state', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['f.entity_id', 'f.state']);
    if (condition !== undefined) query = query.where(condition as RawBuilder<boolean>);
    const rows = await query.orderBy('f.entity_id').orderBy('f.state').execute();
    return rows.map((row) => ({ entityId: row.entity_id, state: row.state as Status, count: Number(row.n) }));
  }

  /** The work on the scope's FUBEs due by `dueBy` or overdue, soonest first (the HR overview). */
  async dueWork(query: { scope?: SearchScope | undefined; today: string; dueBy: string; limit: number }): Promise<StoredWork[]> {
    const condition = query.scope === undefined ? undefined : await this.searchRepository.scopeCondition(query.scope);
    if (query.scope !== undefined && condition === undefined) return [];
    return findDueWork(this.context.db, { scope: condition, today: query.today, dueBy: query.dueBy, limit: query.limit });
  }

  /** Writes my-work's rows of every FUBE again (after a bulk load that bypassed `create`). */
  rebuildWork(): Promise<number> {
    return this.context.transaction((trx) => rebuildWork(trx));
  }

  /** The workflow state of each of these FUBEs (my work's deadlines), in one query per 500. */
  async workflows(ids: readonly string[]): Promise<Map<string, WorkflowState>> {
    const out = new Map<string, WorkflowState>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.context.db.selectFrom('fubes').select(['id', 'workflow']).where('id', 'in', ids.slice(i, i + 500)).execute();
      for (const row of rows) out.set(row.id, readWorkflowState(readJson<unknown>(row.workflow)));
    }
    return out;
  }

  /** The workflow events of each of these FUBEs, in the order they happened, in one query per 500. */
  async eventsOf(ids: readonly string[]): Promise<Map<string, WorkflowEvent[]>> {
    const out = new Map<string, WorkflowEvent[]>(ids.map((id) => [id, []]));
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.context.db.selectFrom('workflow_events').selectAll().where('fube_id', 'in', ids.slice(i, i + 500)).orderBy('id').execute();
      for (const row of rows) out.get(row.fube_id)?.push(toEvent(row));
    }
    return out;
  }

  private async storeRevision(trx: Kysely<Database>, id: string, revision: number, content: FubeContent, authorId: string, reason: string | undefined) {
    await trx
      .insertInto('fube_revisions')
      .values({ fube_id: id, revision, content: writeJson(content), author_id: authorId, reason: reason ?? null, created_at: this.context.now() })
      .execute();
    if (content.weighing !== undefined)
      await trx
        .insertInto('weighings')
        .values({
          fube_id: id,
          revision,
          rule_id: content.weighing.rule,
          family_id: content.familyId,
          family_version: content.familyVersion,
          values: writeJson(content.weighing.values),
          result: content.weighing.result === undefined ? null : writeJson(content.weighing.result),
          created_at: this.context.now(),
        })
        .execute();
  }

  private async read(db: Kysely<Database>, id: string): Promise<FubeRecord | undefined> {
    const row = await db.selectFrom('fubes').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }
}

function toRecord(row: Selectable<Database['fubes']>): FubeRecord {
  return {
    id: row.id,
    revision: row.revision,
    content: readJson<FubeContent>(row.content),
    workflow: readWorkflowState(readJson<unknown>(row.workflow)),
    inForceRevision: row.in_force_revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface StoredWeighing {
  fubeId: string;
  revision: number;
  ruleId: string;
  familyId: string;
  familyVersion: number;
  values: Record<string, number>;
  result: unknown;
  createdAt: string;
}

/** The columns copied out of the content so that filters and lists need no JSON. */
export function contentColumns(content: FubeContent) {
  return {
    entity_id: content.entityId,
    unit_id: content.unitId ?? null,
    family_id: content.familyId,
    family_version: content.familyVersion,
    title: content.title,
    level: content.decision?.level ?? null,
    class: content.decision?.class ?? null,
    content: writeJson(content),
    search_text: searchText(content),
    holder_ids: JSON.stringify(content.holderIds),
    manager_id: content.managerId ?? null,
  };
}

/**
 * Family, level and class as the matrix counts them (`currentFamilyId` and `currentClass` in
 * the domain): after an upheld family appeal the FUBE is listed in the appeal's family. The
 * family version column stays the written one (the content's, its weighing's).
 */
export function classColumns(content: FubeContent, workflow: WorkflowState) {
  return { family_id: currentFamilyId(content, workflow), ...currentClass(content, workflow) };
}

export function workflowColumns(workflow: WorkflowState) {
  return { state: workflow.status, in_force_revision: workflow.inForce?.revision ?? null, workflow: writeJson(workflow) };
}

/** The columns a list reads: never the (large) content. */
const SUMMARY_COLUMNS = [
  'f.id',
  'f.title',
  'f.family_id',
  'f.family_version',
  'f.entity_id',
  'f.unit_id',
  'f.state',
  'f.revision',
  'f.level',
  'f.class',
  'f.updated_at',
  'f.holder_ids',
  'f.manager_id',
] as const;

function toEvent(row: Selectable<Database['workflow_events']>): WorkflowEvent {
  return {
    type: row.type,
    at: row.at,
    actorId: row.actor_id,
    revision: row.revision,
    from: row.from_state as Status,
    to: row.to_state as Status,
    data: readJson<Record<string, unknown>>(row.data),
  };
}

function toRevision(row: Selectable<Database['fube_revisions']>): RevisionRecord {
  return {
    fubeId: row.fube_id,
    revision: row.revision,
    content: readJson<FubeContent>(row.content),
    authorId: row.author_id,
    createdAt: row.created_at,
    reason: row.reason,
  };
}
