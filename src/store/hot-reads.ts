import SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';

/** Results kept at most; all are dropped together when the database changes. */
const CAPACITY = 20_000;

/**
 * The small reads that nearly every request makes (the session and its user, a FUBE's
 * stamp), on a SQLite file: a second, read-only connection, and results reused while the
 * database has not changed.
 *
 * - The query builder has one connection and queues every query behind the open
 *   transaction; in WAL mode this connection reads the last committed state and never waits.
 * - `PRAGMA data_version` changes whenever any other connection (this process's writer or
 *   another process) commits, so kept results are dropped once anything is written.
 *   Reading the version before the query means a result can only be newer than its version
 *   says, never older.
 * - The version is read once per turn of the event loop (it starts a read transaction: as
 *   dear as the query itself), and `changed()` is called when this process commits. A read
 *   therefore sees every write that had been answered before its request was read from the
 *   socket, in this process or another: what a client can have seen.
 *
 * Rows are shared between callers and frozen: map them, do not change them.
 */
export class SqliteHotReads {
  private readonly connection: SqliteDatabase.Database;
  private readonly version: SqliteDatabase.Statement<[], number>;
  /** By SQL text: the few queries compiled once by their callers (never built per request). */
  private readonly queries = new Map<string, { statement: SqliteDatabase.Statement; results: Map<string, readonly unknown[]> }>();
  private kept = 0;
  private seen = -1;
  private checked = false;
  private readonly nextTurn = (): void => {
    this.checked = false;
  };

  constructor(file: string, timeoutMs: number) {
    this.connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true, timeout: timeoutMs });
    this.version = this.connection.prepare<[], number>('pragma data_version').pluck();
  }

  read<R>(query: CompiledQuery<R>): readonly R[] {
    if (!this.checked) {
      this.checked = true;
      setImmediate(this.nextTurn);
      const version = this.version.get() as number;
      if (version !== this.seen) this.forget(version);
    }
    if (this.kept >= CAPACITY) this.forget(this.seen);
    let entry = this.queries.get(query.sql);
    if (entry === undefined) {
      entry = { statement: this.connection.prepare(query.sql), results: new Map() };
      this.queries.set(query.sql, entry);
    }
    const key = JSON.stringify(query.parameters);
    const kept = entry.results.get(key);
    if (kept !== undefined) return kept as readonly R[];
    const rows = entry.statement.all(...query.parameters) as R[];
    for (const row of rows) Object.freeze(row);
    entry.results.set(key, Object.freeze(rows));
    this.kept++;
    return rows;
  }

  /** This process committed: read the version again before the next result is reused. */
  changed(): void {
    this.checked = false;
  }

  private forget(version: number): void {
    for (const entry of this.queries.values()) entry.results.clear();
    this.kept = 0;
    this.seen = version;
  }

  close(): void {
    this.connection.close();
  }
}
