import { type Kysely, type Migration, sql } from 'kysely';
import type { Database, Dialect } from '../schema.js';
import type { SearchIndex } from '../search/search-index.js';
import { STORE_TABLES } from '../tables.js';
import { makeAppendOnly } from './append-only.js';
import { cleanStoredValue as cleanValue } from '../clean-text.js';

const APPEND_ONLY = new Set(['history', 'fube_revisions', 'workflow_events']);
const PAGE = 500;

/**
 * Cleans the text already stored (issue 11): NUL, lone surrogates, noncharacters and
 * control characters are removed (a lone surrogate becomes U+FFFD) and every text is put
 * in NFC, in plain columns and in every string inside JSON columns. On SQLite these were
 * stored (a failed login with a NUL in its name wrote one into the history), and a backup
 * holding one never restored into PostgreSQL. The append-only tables are cleaned too: their
 * guard triggers are lifted for the update and put back. Search rows of changed FUBEs are
 * written again. It reads every table generically (`select *`), so it may run before or
 * after migrations of other ranges (the migrator allows unordered migrations).
 */
export function cleanStoredText(dialect: Dialect, index: SearchIndex): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const changedFubes = new Set<string>();
      // Tables of later migrations (listed in tables.ts, not made yet on a new database) have nothing to clean.
      const existing = new Set((await db.introspection.getTables()).map((t) => t.name));
      for (const table of STORE_TABLES) {
        // The search index is written again below; tables of later migrations (login
        // counters, notifications, letters) do not exist yet here, or hold no user text.
        if (table.name === 'fube_search' || table.name === 'login_attempts' || !existing.has(table.name)) continue;
        const name = table.name;
        const order = sql.join(table.order.map((c) => sql.ref(c)));
        const updates: { key: Record<string, unknown>; set: Record<string, unknown> }[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by ${order} limit ${PAGE} offset ${offset}`.execute(db);
          for (const row of rows) {
            const set: Record<string, unknown> = {};
            for (const [column, value] of Object.entries(row)) {
              const cleaned = cleanValue(value);
              if (cleaned !== undefined) set[column] = cleaned;
            }
            if (Object.keys(set).length > 0) updates.push({ key: Object.fromEntries(table.order.map((c) => [c, row[c]])), set });
          }
          if (rows.length < PAGE) break;
        }
        if (updates.length === 0) continue;
        const guarded = APPEND_ONLY.has(name);
        if (guarded) await dropAppendOnly(db, dialect, name);
        for (const { key, set } of updates) {
          const assignments = sql.join(Object.entries(set).map(([c, v]) => sql`${sql.ref(c)} = ${v}`));
          const where = sql.join(
            Object.entries(key).map(([c, v]) => sql`${sql.ref(c)} = ${v}`),
            sql` and `,
          );
          await sql`update ${sql.table(name)} set ${assignments} where ${where}`.execute(db);
          if (name === 'fubes') changedFubes.add(String(key.id));
        }
        if (guarded) await makeAppendOnly(db, dialect, name);
      }
      // Search rows of changed FUBEs again; on a database still before 0010 that migration
      // writes every search row itself (the index needs its columns).
      const fubes = (await db.introspection.getTables()).find((t) => t.name === 'fubes');
      if (changedFubes.size > 0 && fubes?.columns.some((c) => c.name === 'holder_ids') === true)
        await index.index(db as unknown as Kysely<Database>, [...changedFubes]);
    },
  };
}

async function dropAppendOnly(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  const triggers = dialect === 'sqlite' ? [`${table}_no_update`, `${table}_no_delete`] : [`${table}_append_only`, `${table}_no_truncate`];
  for (const trigger of triggers)
    if (dialect === 'sqlite') await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
    else await sql`drop trigger if exists ${sql.raw(trigger)} on ${sql.raw(table)}`.execute(db);
}

