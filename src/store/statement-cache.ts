import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew; preparing cost more than running the
 * small queries of a request (session, user, FUBE stamp): 13 % of the server's CPU under
 * load. Statements are kept by their SQL text, least recently used dropped first.
 * better-sqlite3 runs a statement to completion before the next starts, and recompiles a
 * kept statement itself when the schema changes, so a kept one is always safe to reuse.
 * (Kysely streams with `iterate`, which would hold a statement busy; nothing here streams.)
 */
export function withStatementCache(connection: SqliteDatabase.Database, capacity = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement !== undefined) {
        statements.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
