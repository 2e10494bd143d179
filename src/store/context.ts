import type { CompiledQuery, Kysely } from 'kysely';
import type { Database, Dialect } from './schema.js';
import type { SearchIndex } from './search/search-index.js';

/** What every repository gets: the database, its dialect, the clock and transactions. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly searchIndex: SearchIndex;
  /** Now, as the ISO string stored in timestamp columns. */
  now(): string;
  /**
   * Runs `fn` in one transaction. On SQLite it takes the write lock first
   * (BEGIN IMMEDIATE), so a transaction never fails half-way on another writer's lock.
   * Repository methods open their own transaction: call them outside `fn`, never inside
   * (on SQLite the inner one would wait for the connection the outer one holds).
   */
  transaction<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * A small read that nearly every request makes (the session, a FUBE's stamp), compiled
   * once by its caller. On a SQLite file it runs on a read-only connection and its result is
   * reused until anything is committed (hot-reads.ts); elsewhere (PostgreSQL, an in-memory
   * SQLite) it is an ordinary query. Rows may be shared: map them, do not change them.
   */
  readHot<R>(query: CompiledQuery<R>): Promise<readonly R[]>;
  /**
   * A read of the reference tables only (entities, units, closing days), compiled once by its
   * caller. On PostgreSQL its result is kept while the reference version stands
   * (reference-cache.ts, decision 0068); on SQLite it is a hot read. Rows may be shared.
   */
  readReference<R>(query: CompiledQuery<R>): Promise<readonly R[]>;
  /**
   * A hot read whose rows carry the reference version (the session's): `versionOf` finds it.
   * PostgreSQL's kept reference rows are then current up to it (decision 0068).
   */
  readHotWithReferenceVersion<R>(query: CompiledQuery<R>, versionOf: (rows: readonly R[]) => number | undefined): Promise<readonly R[]>;
}
