import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ApiStore } from '../../src/server/ports.js';
import { apiStore } from '../../src/server/store-port.js';
import { openStore } from '../../src/store/index.js';
import { postgresUrl, skipUnless } from '../support/environment.js';
import { MemoryStore } from './memory-store.js';

export interface Backend {
  name: string;
  open(): Promise<{ store: ApiStore; close(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'SQLite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-api-'));
    const store = await openStore({ file: join(dir, 'test.db') });
    return {
      store: apiStore(store),
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const PG_ADMIN_URL = postgresUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh database per suite, dropped afterwards. */
const postgres: Backend = {
  name: 'PostgreSQL',
  open: async () => {
    const name = `weegschaal_api_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString() });
    return {
      store: apiStore(store),
      close: async () => {
        await store.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      },
    };
  },
};

const memory: Backend = {
  name: 'the in-memory reference store',
  open: async () => ({ store: new MemoryStore(), close: async () => {} }),
};

const withPostgres = !skipUnless(await postgresReachable(), 'PostgreSQL', `set TEST_DATABASE_URL or start PostgreSQL at ${PG_ADMIN_URL}`);

/** The stores the API suite runs on. */
export const backends: Backend[] = [sqlite, ...(withPostgres ? [postgres] : []), memory];
