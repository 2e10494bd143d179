import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** SQLITE_BUSY and its variants (e.g. SQLITE_BUSY_SNAPSHOT): another connection holds the lock. */
export const isSqliteBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A SQLite write transaction that takes the write lock up front (BEGIN IMMEDIATE).
 *
 * better-sqlite3 is synchronous: its busy timeout would block the whole event loop while
 * another connection of the same process holds the lock (and cannot commit, since the
 * loop is blocked). So the lock is tried without waiting and retried after an
 * asynchronous pause, up to `timeoutMs`. Once taken, no statement of the transaction can
 * meet a lock (WAL readers never block the writer).
 */
export async function sqliteWriteTransaction<T>(
  db: Kysely<Database>,
  connection: BetterSqlite3.Database,
  timeoutMs: number,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Holding Kysely's single connection keeps this store's other queries out meanwhile.
  return db.connection().execute(async (conn) => {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0; ; attempt++) {
      connection.pragma('busy_timeout = 0');
      try {
        connection.exec('begin immediate');
        break;
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() > deadline) throw error;
      } finally {
        connection.pragma(`busy_timeout = ${timeoutMs}`);
      }
      await pause(Math.min(2 + attempt, 20) * Math.random() + 1);
    }
    try {
      const result = await fn(conn);
      connection.exec('commit');
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec('rollback');
      throw error;
    }
  });
}
