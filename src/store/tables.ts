import type { Database } from './schema.js';

/**
 * Every table of the schema once, in dependency order: a table comes after every table it
 * references, so rows inserted in this order never point at a row that is not there yet
 * (backup and restore rely on it). The compile-time check below fails when a table is added
 * to `Database` (schema.ts) and not here.
 */
export interface StoreTable {
  readonly name: keyof Database;
  /**
   * A unique order the rows are read and restored in (keyset paging): the primary key, or
   * for FUBEs their creation order, so restored SQLite rowids follow it as the originals did.
   */
  readonly order: readonly string[];
  /** A column referencing the same table (a unit's parent): parents must be written first. */
  readonly parent?: string;
  /** Why the table is not in a backup; absent for tables that are. */
  readonly notBackedUp?: string;
}

export const STORE_TABLES = [
  { name: 'entities', order: ['id'] },
  { name: 'units', order: ['id'], parent: 'parent_id' },
  { name: 'people', order: ['id'] },
  { name: 'users', order: ['id'] },
  { name: 'user_roles', order: ['id'] },
  { name: 'sessions', order: ['id'], notBackedUp: 'live logins: a restored database starts with everyone logged out' },
  { name: 'families', order: ['id', 'version'] },
  { name: 'fubes', order: ['created_at', 'id'] },
  { name: 'fube_revisions', order: ['fube_id', 'revision'] },
  { name: 'weighings', order: ['id'] },
  { name: 'workflow_events', order: ['id'] },
  { name: 'history', order: ['id'] },
  { name: 'notifications', order: ['id'] },
  { name: 'mail_outbox', order: ['id'] },
  { name: 'letters', order: ['id'] },
  { name: 'closing_days', order: ['date'] },
  { name: 'pay_periods', order: ['id'] },
  { name: 'pay_records', order: ['period_id', 'person_key'] },
  { name: 'pay_report_snapshots', order: ['id'] },
  { name: 'pay_follow_ups', order: ['snapshot_id', 'category_key'] },
  { name: 'pay_assessments', order: ['id'] },
  { name: 'pay_requests', order: ['id'] },
  { name: 'pay_request_answers', order: ['request_id'] },
  { name: 'calibration_justifications', order: ['finding_key'] },
  { name: 'fube_work', order: ['fube_id', 'seq'], notBackedUp: 'derived from fubes (and their events), rebuilt on restore' },
  { name: 'fube_search', order: ['fube_id'], notBackedUp: 'derived from fubes.search_text, rebuilt on restore (its form differs per database)' },
  { name: 'search_words', order: ['word'], notBackedUp: 'derived from the indexed FUBEs, rebuilt on restore with the search index' },
  { name: 'reference_version', order: ['id'], notBackedUp: 'a counter of changes to entities, units and closing days, kept by triggers; a restore counts its own' },
  { name: 'login_attempts', order: ['key'], notBackedUp: 'login throttle counters: a restored database starts with no counts' },
] as const satisfies readonly StoreTable[];

type Listed = (typeof STORE_TABLES)[number]['name'];
// Names a table of `Database` missing from STORE_TABLES in the type error.
const everyTableListed: [Exclude<keyof Database, Listed>] extends [never] ? true : Exclude<keyof Database, Listed> = true;
void everyTableListed;

/** The tables a backup holds, in the order a restore writes them. */
export const BACKED_UP_TABLES: readonly StoreTable[] = STORE_TABLES.filter((t: StoreTable) => t.notBackedUp === undefined);

/**
 * Whether a table found in the database belongs to a listed table: SQLite's FTS5 keeps
 * the search index in shadow tables named after it (`fube_search_data`, ...), and the
 * vocabulary's trigram index in `search_words_trigram` and its shadow tables.
 */
export function listedTableOf(name: string): StoreTable | undefined {
  return STORE_TABLES.find(
    (t: StoreTable) =>
      t.name === name || (t.name === 'fube_search' && name.startsWith('fube_search_')) || (t.name === 'search_words' && name.startsWith('search_words_trigram')),
  );
}
