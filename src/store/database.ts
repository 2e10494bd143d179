import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type CompiledQuery, Kysely, type LogEvent, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AccountsRepository, SessionsRepository } from './accounts-repository.js';
import { CatalogueRepository } from './catalogue-repository.js';
import { EntitiesRepository, PeopleRepository } from './entities-repository.js';
import { FamiliesRepository } from './families-repository.js';
import { FubesRepository } from './fubes-repository.js';
import { HistoryRepository } from './history-repository.js';
import { LoginAttemptsRepository } from './login-attempts-repository.js';
import { migrationProvider } from './migrations/index.js';
import { NotificationsRepository } from './notifications-repository.js';
import { LettersRepository } from './letters-repository.js';
import { ClosingDaysRepository } from './closing-days-repository.js';
import { PayRepository } from './pay-repository.js';
import { PayFollowUpRepository } from './pay-follow-up-repository.js';
import { CalibrationRepository } from './calibration-repository.js';
import type { Database } from './schema.js';
import { postgresSearch } from './search/postgres-search.js';
import { SearchRepository } from './search/search-repository.js';
import { sqliteSearch } from './search/sqlite-search.js';
import type { StoreContext } from './context.js';
import { isSqliteBusy, pause, sqliteWriteTransaction } from './sqlite-transaction.js';
import { SqliteHotReads } from './hot-reads.js';
import { withStatementCache } from './statement-cache.js';
import { PreparedStatements } from './postgres-statements.js';
import { ReferenceCache } from './reference-cache.js';

export const DEFAULT_DATABASE_FILE = './data/weegschaal.db';
/** How long a SQLite connection waits for another process's lock before it gives up. */
const BUSY_TIMEOUT_MS = 5_000;

export interface StoreOptions {
  /** A PostgreSQL URL (`postgres://...`); SQLite is used when it is absent. */
  databaseUrl?: string | undefined;
  /** The SQLite file; `./data/weegschaal.db` by default, its folder is created. */
  file?: string | undefined;
  /** The clock for timestamps (tests inject one). */
  now?: () => Date;
  /** Connections of the PostgreSQL pool. */
  poolSize?: number;
  /** Receives the SQL of every query (queries/generate.ts records them for review). */
  logQuery?: (sql: string) => void;
  /** Hits a search still ranks (search-repository.ts RANK_LIMIT); tests set a small one. */
  searchRankLimit?: number;
  /**
   * Bring the schema only up to this migration (a restore of an older backup writes its rows
   * at the backup's level, then calls `migrateToLatest`). Latest when absent.
   */
  migrateTo?: string | undefined;
  /**
   * Told when the PostgreSQL server ends an idle connection of the pool (a restart, an
   * administrator's terminate); the pool opens a new one for the next query. A line on
   * stderr by default.
   */
  onConnectionLost?: (error: Error) => void;
  /**
   * PostgreSQL: send the queries as named prepared statements, parsed once per connection
   * (decision 0067). On by default; off with `WEEGSCHAAL_PG_PREPARED_STATEMENTS=off`, e.g.
   * behind a connection pooler in transaction mode that cannot keep them.
   */
  preparedStatements?: boolean;
}

export type { StoreContext };

/** Where a store's data lives: another thread or process opens the same database with it. */
export type StoreLocation = { databaseUrl: string } | { file: string };

export interface Store extends StoreContext {
  readonly location: StoreLocation;
  readonly families: FamiliesRepository;
  readonly entities: EntitiesRepository;
  readonly people: PeopleRepository;
  readonly users: AccountsRepository;
  readonly sessions: SessionsRepository;
  readonly fubes: FubesRepository;
  readonly history: HistoryRepository;
  readonly notifications: NotificationsRepository;
  readonly letters: LettersRepository;
  readonly search: SearchRepository;
  readonly catalogue: CatalogueRepository;
  readonly loginAttempts: LoginAttemptsRepository;
  readonly closingDays: ClosingDaysRepository;
  /** Pay data per reference period (issue 16). */
  readonly pay: PayRepository;
  /** The Art. 10 follow-up and the Art. 7 requests (issue 16 items 5, 6). */
  readonly payFollowUp: PayFollowUpRepository;
  /** Calibration across entities (issue 17 item 4): its reads and the justified findings. */
  readonly calibration: CalibrationRepository;
  /**
   * Runs `fn` with this store's clock (`now()`: creation, revision, history and notification
   * times, and the session and mail times it compares) set to `at`, within `fn` only: the demo,
   * whose functions took their steps weeks ago, is written with those days (src/store/demo.ts).
   */
  backdated<T>(at: () => Date, fn: () => Promise<T>): Promise<T>;
  /** Runs the migrations a store opened with `migrateTo` has not run yet. */
  migrateToLatest(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The store the environment asks for: PostgreSQL when `DATABASE_URL` is set, else the
 * SQLite file `WEEGSCHAAL_DB_FILE` (default `./data/weegschaal.db`).
 */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl !== undefined && databaseUrl !== '') return { databaseUrl };
  return { file: env.WEEGSCHAAL_DB_FILE?.trim() || DEFAULT_DATABASE_FILE };
}

/**
 * Opens the database (PostgreSQL when a URL is given, else a SQLite file) and brings its
 * schema up to date before anything else touches it.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const clock = options.now ?? (() => new Date());
  // The clock of `backdated`, within its function's async context only (this store's, not another's).
  const backdating = new AsyncLocalStorage<() => Date>();
  const now = () => (backdating.getStore() ?? clock)().toISOString();
  const logQuery = options.logQuery;
  const log = logQuery === undefined ? undefined : (event: LogEvent) => logQuery(event.query.sql);
  let context: StoreContext;
  let sqliteConnection: SqliteDatabase.Database | undefined;
  let statements: PreparedStatements | undefined;

  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // Without a listener, an idle client's lost connection is an 'error' event that ends the
    // whole process; the pool has already dropped that client.
    pool.on('error', options.onConnectionLost ?? ((error) => process.stderr.write(`weegschaal: PostgreSQL connection lost (${error.message}); the next query opens a new one\n`)));
    const prepared = options.preparedStatements ?? process.env.WEEGSCHAAL_PG_PREPARED_STATEMENTS !== 'off';
    statements = prepared ? new PreparedStatements() : undefined;
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: statements?.pool(pool) ?? pool }), ...(log !== undefined ? { log } : {}) });
    const readHot = async <R>(query: CompiledQuery<R>): Promise<readonly R[]> => (await db.executeQuery(query)).rows;
    const versionQuery = db.selectFrom('reference_version').select('version').where('id', '=', 1).compile();
    // The store's clock times the version's age: a test's fixed clock sends the same queries every run.
    const references = new ReferenceCache(async () => Number((await readHot(versionQuery))[0]?.version ?? 0), readHot, () => clock().getTime());
    context = {
      db,
      dialect: 'postgres',
      searchIndex: postgresSearch,
      now,
      transaction: async (fn) => {
        try {
          return await db.transaction().execute(fn);
        } finally {
          references.changed();
        }
      },
      readHot,
      readReference: (query) => references.read(query),
      readHotWithReferenceVersion: async (query, versionOf) => {
        const since = references.since;
        const rows = await readHot(query);
        const version = versionOf(rows);
        if (version !== undefined) references.observe(version, since);
        return rows;
      },
    };
  } else {
    const file = options.file ?? DEFAULT_DATABASE_FILE;
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const connection = new SqliteDatabase(file, { timeout: BUSY_TIMEOUT_MS });
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('foreign_keys = ON');
    sqliteConnection = connection;
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }), ...(log !== undefined ? { log } : {}) });
    context = {
      db,
      dialect: 'sqlite',
      searchIndex: sqliteSearch,
      now,
      transaction: (fn) => sqliteWriteTransaction(db, connection, BUSY_TIMEOUT_MS, fn),
      readHot: async (query) => (await db.executeQuery(query)).rows,
      readReference: async (query) => (await db.executeQuery(query)).rows,
      readHotWithReferenceVersion: async (query) => (await db.executeQuery(query)).rows,
    };
  }

  try {
    await migrate(context, sqliteConnection, options.migrateTo);
    if (statements !== undefined) statements.enabled = true;
  } catch (error) {
    await context.db.destroy();
    throw error;
  }

  // Opened after the migrations, so the schema it reads is the final one.
  const reader =
    sqliteConnection !== undefined && options.file !== ':memory:' ? new SqliteHotReads(options.file ?? DEFAULT_DATABASE_FILE, BUSY_TIMEOUT_MS) : undefined;
  if (reader !== undefined) {
    const write = context.transaction;
    context = {
      ...context,
      // The read-only connection has no query log of its own: the committed SQL still shows these queries.
      readHot: (query) => {
        logQuery?.(query.sql);
        return Promise.resolve(reader.read(query));
      },
      readReference: (query) => {
        logQuery?.(query.sql);
        return Promise.resolve(reader.read(query));
      },
      readHotWithReferenceVersion: (query) => {
        logQuery?.(query.sql);
        return Promise.resolve(reader.read(query));
      },
      transaction: async (fn) => {
        try {
          return await write(fn);
        } finally {
          reader.changed();
        }
      },
    };
  }

  const history = new HistoryRepository(context);
  const search = new SearchRepository(context, options.searchRankLimit);
  const location: StoreLocation =
    context.dialect === 'postgres' ? { databaseUrl: options.databaseUrl ?? '' } : { file: options.file ?? DEFAULT_DATABASE_FILE };
  return {
    ...context,
    location,
    families: new FamiliesRepository(context, history),
    entities: new EntitiesRepository(context),
    people: new PeopleRepository(context),
    users: new AccountsRepository(context, history),
    sessions: new SessionsRepository(context),
    fubes: new FubesRepository(context, history, search),
    history,
    notifications: new NotificationsRepository(context),
    letters: new LettersRepository(context, history),
    search,
    catalogue: new CatalogueRepository(context, history, search),
    loginAttempts: new LoginAttemptsRepository(context),
    closingDays: new ClosingDaysRepository(context, history),
    pay: new PayRepository(context, history),
    payFollowUp: new PayFollowUpRepository(context, history),
    calibration: new CalibrationRepository(context, history, search),
    backdated: (at, fn) => backdating.run(at, fn),
    migrateToLatest: async () => {
      if (statements !== undefined) statements.enabled = false;
      await migrate(context, sqliteConnection);
      if (statements !== undefined) {
        statements.newGeneration();
        statements.enabled = true;
      }
    },
    close: async () => {
      reader?.close();
      await context.db.destroy();
    },
  };
}

/** The names of every migration this Weegschaal knows, in the order they run. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider('sqlite', sqliteSearch).getMigrations()).sort();
}

async function migrate(context: StoreContext, sqlite: SqliteDatabase.Database | undefined, to?: string): Promise<void> {
  const run = (migrator: Migrator) => (to === undefined ? migrator.migrateToLatest() : migrator.migrateTo(to));
  if (sqlite !== undefined) {
    // Processes that start together on one new SQLite file would each read "nothing
    // migrated yet" and then create the same tables. Holding the write lock (BEGIN
    // IMMEDIATE) from reading the migration table to the last migration serialises them:
    // the second process waits, then finds everything done.
    const migrator = new Migrator({
      db: context.db,
      provider: migrationProvider(context.dialect, context.searchIndex),
      disableTransactions: true,
      // Each helper numbers migrations in its own range: a database at 0010 still runs 0007.
      allowUnorderedMigrations: true,
    });
    for (let attempt = 1; ; attempt++) {
      try {
        sqlite.exec('BEGIN IMMEDIATE');
        break;
      } catch (error) {
        if (!isSqliteBusy(error) || attempt >= 10) throw error;
        await pause(100 * attempt);
      }
    }
    let outcome: Awaited<ReturnType<Migrator['migrateToLatest']>>;
    try {
      outcome = await run(migrator);
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
    if (outcome.error !== undefined) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw migrationError(context, outcome);
    }
    sqlite.exec('COMMIT');
    return;
  }
  const migrator = new Migrator({
    db: context.db,
    provider: migrationProvider(context.dialect, context.searchIndex),
    allowUnorderedMigrations: true,
  });
  const outcome = await run(migrator);
  if (outcome.error !== undefined) throw migrationError(context, outcome);
}

function migrationError(context: StoreContext, outcome: Awaited<ReturnType<Migrator['migrateToLatest']>>): Error {
  const failed = outcome.results?.find((result) => result.status === 'Error')?.migrationName;
  const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
  return new Error(`database migration ${failed ?? ''} failed on ${context.dialect}: ${reason}`, { cause: outcome.error });
}
