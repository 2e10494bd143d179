import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { POSTGRES_ADMIN_URL, postgresReachable, skipUnless } from '../support/environment.js';
import { createMigratedDatabase } from '../support/postgres-template.js';

const skip = skipUnless(await postgresReachable(), 'PostgreSQL', `set TEST_DATABASE_URL (tried ${POSTGRES_ADMIN_URL})`);

/**
 * The PostgreSQL server ends the pool's idle connections (a restart, an administrator's
 * pg_terminate_backend): the server process must not end with an unhandled 'error' event, and
 * the next query works on a new connection.
 */
describe.skipIf(skip)('a lost PostgreSQL connection', () => {
  const name = `weegschaal_lost_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('is reported, and the next query opens a new one', async () => {
    await admin.connect();
    await createMigratedDatabase(admin, name);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const lost: string[] = [];
    const store = await openStore({ databaseUrl: url.toString(), poolSize: 3, onConnectionLost: (error) => lost.push(error.message) });
    try {
      // Three idle connections in the pool.
      await Promise.all([1, 2, 3].map(() => store.entities.list()));
      const ended = await admin.query<{ n: string }>('select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      const terminated = Number(ended.rows[0]!.n);
      expect(terminated).toBeGreaterThan(0);
      // Each idle client hears of its end by itself, a moment later.
      for (let i = 0; i < 100 && lost.length < terminated; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lost).toHaveLength(terminated);
      expect(lost[0]).toMatch(/terminat/);
      expect(await store.entities.list()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
