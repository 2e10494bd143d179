import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Store, type StoreOptions, openStore } from '../../src/store/index.js';
import { POSTGRES_ADMIN_URL, postgresReachable, skipUnless } from '../support/environment.js';
import { createMigratedDatabase } from '../support/postgres-template.js';

/**
 * Every store test runs on both databases: a fresh SQLite file in a temp folder and a
 * fresh PostgreSQL database (created on TEST_DATABASE_URL's server as a clone of the run's
 * migrated template, dropped afterwards).
 */

const ADMIN_URL = POSTGRES_ADMIN_URL;

const skipPostgres = skipUnless(await postgresReachable(), 'PostgreSQL', `set TEST_DATABASE_URL (tried ${ADMIN_URL})`);

export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** Opens another store on this test's database (several for concurrency tests). */
  open(options?: Pick<StoreOptions, 'now' | 'poolSize' | 'searchRankLimit'>): Promise<Store>;
  /** The first store opened, ready in each test. */
  readonly store: Store;
}

function suite(dialect: 'sqlite' | 'postgres') {
  const stores: Store[] = [];
  let target: Pick<StoreOptions, 'file' | 'databaseUrl'> = {};
  let cleanup: () => Promise<void> = async () => undefined;
  let first: Store | undefined;

  const database: TestDatabase = {
    dialect,
    async open(options = {}) {
      const store = await openStore({ ...target, ...options });
      stores.push(store);
      return store;
    },
    get store() {
      if (first === undefined) throw new Error('the test database is not open yet');
      return first;
    },
  };

  beforeAll(async () => {
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'weegschaal-store-'));
      target = { file: join(dir, 'test.db') };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const name = `weegschaal_t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await createMigratedDatabase(admin, name);
      await admin.end();
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      target = { databaseUrl: url.toString() };
      cleanup = async () => {
        const client = new pg.Client({ connectionString: ADMIN_URL });
        await client.connect();
        try {
          // pg's pool.end() resolves before the last sockets have closed; without FORCE the
          // drop waits for them instead of killing connections a client still listens to.
          for (let attempt = 0; ; attempt++) {
            try {
              await client.query(`drop database if exists ${name}`);
              break;
            } catch (error) {
              if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        } finally {
          await client.end();
        }
      };
    }
    first = await database.open();
  });

  afterAll(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await cleanup();
  });

  return database;
}

/** Runs the same suite on SQLite and on PostgreSQL. */
export function describeEachDatabase(name: string, fn: (database: TestDatabase) => void): void {
  describe(`${name} [SQLite]`, () => fn(suite('sqlite')));
  describe.skipIf(skipPostgres)(`${name} [PostgreSQL]`, () => fn(suite('postgres')));
}

/** For what only PostgreSQL can tell (e.g. comparing our Dutch stems with its own). */
export function describeOnPostgres(name: string, fn: (database: TestDatabase) => void): void {
  describe.skipIf(skipPostgres)(`${name} [PostgreSQL]`, () => fn(suite('postgres')));
}
