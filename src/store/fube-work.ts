import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { WorkBranch } from '../domain/access/work-scope.js';
import type { DeadlineDate } from '../domain/workflow/deadlines.js';
import type { ClosingDays } from '../domain/workflow/working-days.js';
import { type WorkflowEvent, type WorkflowState, readWorkflowState } from '../domain/workflow/schema.js';
import { WORK_STATES, type WorkAction, workOf } from '../domain/workflow/work.js';
import { type FubeSummary, toSummary } from './fube-summary.js';
import { readJson } from './json.js';
import type { Database, FubeWorkTable } from './schema.js';

/**
 * The work each FUBE holds (decision 0030), kept in `fube_work` in the transaction of every
 * write of the FUBE: my-work reads it as one paged query ordered by deadline, however many
 * FUBEs the caller's scope holds.
 *
 * `due` orders the rows: the deadline date, '' for "today, whenever asked" (finalisation
 * with no appeal term left), NO_DEADLINE for none (last, as my-work always listed them).
 */
export const NO_DEADLINE = '9999-12-31';
const TODAY = '';

/** The FUBE columns a work row copies: where it stands and whom it names (the access rules), and its title (the order). */
interface Placed {
  id: string;
  entity_id: string;
  unit_id: string | null;
  manager_id: string | null;
  title: string;
}

export function workRows(fube: Placed, workflow: WorkflowState, events: readonly WorkflowEvent[], closingDays: ClosingDays = []): Selectable<FubeWorkTable>[] {
  return workOf(workflow, events, closingDays).map((item) => ({
    fube_id: fube.id,
    seq: item.seq,
    action: item.action,
    person_id: item.personId ?? null,
    holder_id: item.holderId ?? null,
    appeal_id: item.appealId ?? null,
    deadline: item.deadline === null ? null : JSON.stringify(item.deadline),
    due: item.deadline === null ? NO_DEADLINE : (item.deadline.date ?? TODAY),
    entity_id: fube.entity_id,
    unit_id: fube.unit_id,
    manager_id: fube.manager_id,
    title: fube.title,
  }));
}

/** Only a proposal's talk requests of rounds before talks were kept in the state need the events. */
const needsEvents = (workflow: WorkflowState): boolean => workflow.status === 'proposed' && workflow.talks === undefined;

/** Writes the work rows of these FUBEs again from their stored rows (in the caller's transaction). */
export async function refreshWork(trx: Kysely<Database>, ids: readonly string[], known?: KnownWork): Promise<void> {
  if (known !== undefined) {
    // One FUBE just written: its row and the closing days are at hand.
    await trx.deleteFrom('fube_work').where('fube_id', 'in', ids).execute();
    const working: readonly string[] = WORK_STATES;
    await insertWork(trx, known.written.filter((f) => working.includes(f.state)), known.closingDays);
    return;
  }
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    await trx.deleteFrom('fube_work').where('fube_id', 'in', slice).execute();
    const fubes = await trx
      .selectFrom('fubes')
      .select(['id', 'entity_id', 'unit_id', 'manager_id', 'title', 'workflow'])
      .where('id', 'in', slice)
      .where('state', 'in', WORK_STATES)
      .execute();
    await insertWork(trx, fubes);
  }
}

/**
 * What a FUBE write has at hand (decision 0068): the rows as its UPDATE returned them and
 * the closing days read before the transaction (the reference rows: a closing-day change
 * rebuilds every FUBE's work in its own transaction).
 */
export interface KnownWork {
  written: readonly (Placed & { state: string; workflow: unknown })[];
  closingDays: ClosingDays;
}

/** Writes the work rows of every FUBE (a migration's backfill, a bulk load): in pages of 500 by id. */
export async function rebuildWork(trx: Kysely<Database>): Promise<number> {
  await trx.deleteFrom('fube_work').execute();
  let after = '';
  let written = 0;
  for (;;) {
    const fubes = await trx
      .selectFrom('fubes')
      .select(['id', 'entity_id', 'unit_id', 'manager_id', 'title', 'workflow'])
      .where('id', '>', after)
      .where('state', 'in', WORK_STATES)
      .orderBy('id')
      .limit(500)
      .execute();
    if (fubes.length === 0) return written;
    written += await insertWork(trx, fubes);
    after = fubes[fubes.length - 1]!.id;
  }
}

async function insertWork(trx: Kysely<Database>, fubes: readonly (Placed & { workflow: unknown })[], knownClosingDays?: ClosingDays): Promise<number> {
  const workflows = fubes.map((f) => ({ fube: f, workflow: readWorkflowState(readJson<unknown>(f.workflow)) }));
  const withEvents = workflows.filter((w) => needsEvents(w.workflow)).map((w) => w.fube.id);
  const events = new Map<string, WorkflowEvent[]>();
  if (withEvents.length > 0) {
    const rows = await trx.selectFrom('workflow_events').selectAll().where('fube_id', 'in', withEvents).orderBy('id').execute();
    for (const row of rows) {
      const list = events.get(row.fube_id) ?? [];
      list.push({ type: row.type, at: row.at, actorId: row.actor_id, revision: row.revision, from: row.from_state as WorkflowEvent['from'], to: row.to_state as WorkflowEvent['to'], data: readJson<Record<string, unknown>>(row.data) });
      events.set(row.fube_id, list);
    }
  }
  // Terms end on a working day: the organisation's closing days count (a change of them rebuilds the work).
  const closingDays = knownClosingDays ?? (await trx.selectFrom('closing_days').select(['date', 'reason']).execute());
  const rows = workflows.flatMap(({ fube, workflow }) => workRows(fube, workflow, events.get(fube.id) ?? [], closingDays));
  // 12 columns a row: 80 rows stay well under SQLite's 999 parameters.
  for (let i = 0; i < rows.length; i += 80) await trx.insertInto('fube_work').values(rows.slice(i, i + 80)).execute();
  return rows.length;
}

/** A piece of work as my-work lists it: the stored item with the FUBE it is on. */
export interface StoredWork {
  fube: FubeSummary;
  action: WorkAction;
  deadline: DeadlineDate | null;
  holderId?: string;
  appealId?: string;
}

export interface WorkQuery {
  branches: readonly WorkBranch[];
  /** The caller's person: a holder's own step is only theirs. */
  personId: string | null;
  /** The FUBEs the caller holds (the `holder` branches), from the search index. */
  heldIds: readonly string[];
  /** Today in Brussels (YYYY-MM-DD): appeals close and finalisations open by it. */
  today: string;
  limit: number;
}

/**
 * The caller's most urgent work: per branch and action one index-ordered scan that stops at
 * `limit` rows, their union, the first `limit` of it by deadline (today for '' rows), title
 * and FUBE, with the FUBEs' list columns. One query.
 */
export async function findWork(db: Kysely<Database>, query: WorkQuery): Promise<StoredWork[]> {
  const scans = query.branches.flatMap((branch) => branch.actions.flatMap((action) => scansOf(branch, action, query)));
  if (scans.length === 0) return [];
  const order = sql`case when k.due = ${TODAY} then ${query.today} else k.due end, k.title, k.fube_id, k.seq`;
  const union = sql.join(
    scans.map((where, i) => sql`select * from (select fube_id, seq, due, title from fube_work where ${where} order by due, title, fube_id, seq limit ${query.limit}) as ${sql.raw(`s${i}`)}`),
    sql` union `,
  );
  const { rows } = await sql<WorkRow>`select w.action, w.holder_id, w.appeal_id, w.deadline, f.id, f.title, f.family_id, f.family_version, f.entity_id, f.unit_id, f.state, f.revision, f.level, f.class, f.updated_at
    from (select k.fube_id, k.seq, k.due, k.title from (${union}) as k order by ${order} limit ${query.limit}) as k
    join fube_work w on w.fube_id = k.fube_id and w.seq = k.seq
    join fubes f on f.id = k.fube_id
    order by ${order}`.execute(db);
  return rows.map(toStoredWork);
}

/** A work row joined with its FUBE's list columns, as my-work and the overview list it. */
function toStoredWork(row: WorkRow): StoredWork {
  return {
    fube: toSummary(row),
    action: row.action as WorkAction,
    deadline: row.deadline === null ? null : readJson<DeadlineDate>(row.deadline),
    ...(row.holder_id !== null ? { holderId: row.holder_id } : {}),
    ...(row.appeal_id !== null ? { appealId: row.appeal_id } : {}),
  };
}

type WorkRow = Pick<Selectable<FubeWorkTable>, 'action' | 'holder_id' | 'appeal_id' | 'deadline'> &
  Pick<Selectable<Database['fubes']>, 'id' | 'title' | 'family_id' | 'family_version' | 'entity_id' | 'unit_id' | 'state' | 'revision' | 'level' | 'class' | 'updated_at'>;

/**
 * The conditions of one branch's scans of one action. Each is an equality on the leading
 * columns of an index ending in (due, title, fube_id, seq), so the scan reads rows in order
 * and stops at the limit. Finalisation is two scans: its "today" rows and its dated ones.
 */
function scansOf(branch: WorkBranch, action: WorkAction, query: WorkQuery): RawBuilder<unknown>[] {
  const place = placeOf(branch, query);
  if (place === undefined) return [];
  const person = query.personId === null ? sql`person_id is null` : sql`(person_id is null or person_id = ${query.personId})`;
  const base = [sql`action = ${action}`, ...place, person];
  const all = (...more: RawBuilder<unknown>[]) => sql.join([...base, ...more], sql` and `);
  // A closed appeal window is no longer anyone's work; finalising waits for its date.
  if (action === 'appeal') return [all(sql`due >= ${query.today}`)];
  if (action === 'finalize') return [all(sql`due = ${TODAY}`), all(sql`due > ${TODAY}`, sql`(due <= ${query.today} or due = ${NO_DEADLINE})`)];
  return [all()];
}

function placeOf(branch: WorkBranch, query: WorkQuery): RawBuilder<unknown>[] | undefined {
  const place = branch.place;
  switch (place.kind) {
    case 'all':
      return [];
    case 'entity':
      return [sql`entity_id = ${place.entityId}`];
    case 'units':
      if (place.unitIds.length === 0) return undefined;
      return [sql`unit_id in (${sql.join(place.unitIds)})`, ...(place.entityId === null ? [] : [sql`entity_id = ${place.entityId}`])];
    case 'holder':
      return query.heldIds.length === 0 ? undefined : [sql`fube_id in (${sql.join(query.heldIds)})`];
    case 'manager':
      return [sql`manager_id = ${place.personId}`];
  }
}

/**
 * The work of the FUBEs a condition selects (the caller's list scope, on `f`) that is due by
 * `dueBy` or overdue, soonest first: the HR overview. A closed appeal window is nobody's work
 * any more and is left out; "today" rows count as due today. One query.
 */
export async function findDueWork(db: Kysely<Database>, query: { scope: RawBuilder<unknown> | undefined; today: string; dueBy: string; limit: number }): Promise<StoredWork[]> {
  const due = sql`case when w.due = ${TODAY} then ${query.today} else w.due end`;
  const { rows } = await sql<WorkRow>`select w.action, w.holder_id, w.appeal_id, w.deadline, f.id, f.title, f.family_id, f.family_version, f.entity_id, f.unit_id, f.state, f.revision, f.level, f.class, f.updated_at
    from fube_work w
    join fubes f on f.id = w.fube_id
    where w.due <> ${NO_DEADLINE} and ${due} <= ${query.dueBy}
      and not (w.action = 'appeal' and w.due < ${query.today})
      ${query.scope === undefined ? sql`` : sql`and ${query.scope}`}
    order by ${due}, f.title, f.id, w.seq
    limit ${query.limit}`.execute(db);
  return rows.map(toStoredWork);
}
