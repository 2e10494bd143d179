import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Store, openStore } from '../../src/store/index.js';
import { POSTGRES_ADMIN_URL, postgresReachable, skipUnless } from '../support/environment.js';
import { createMigratedDatabase } from '../support/postgres-template.js';

/** A person with an account holding these roles (entity-wide), as the organisation knows them. */
export interface TestPerson {
  id: string;
  name: string;
  entityId: string;
  roles: string[];
  trainedInMethod: boolean;
}

export interface Backend {
  name: string;
  open(options?: { now?: () => Date }): Promise<{ store: Store; close(): Promise<void>; addPeople(people: TestPerson[]): Promise<void> }>;
}

/** Stores people, their entities and their accounts in a database store. */
const peopleAdder = (store: Store) => async (people: TestPerson[]) => {
  const known = new Set((await store.entities.list()).map((e) => e.id));
  for (const entityId of new Set(people.map((p) => p.entityId)))
    if (!known.has(entityId)) await store.entities.save({ id: entityId, name: entityId, units: [] });
  for (const p of people) {
    await store.people.save({ id: p.id, name: p.name, email: null, entityId: p.entityId, unitId: null });
    await store.users.create({
      email: `${p.id}@test.be`,
      name: p.name,
      passwordHash: 'x',
      personId: p.id,
      trainedInMethod: p.trainedInMethod,
      roles: p.roles.map((role) => ({ role, entityId: p.entityId, unitId: null })),
    });
  }
};

const sqlite: Backend = {
  name: 'SQLite',
  open: async (options = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-api-'));
    const store = await openStore({ file: join(dir, 'test.db'), ...options });
    return {
      store,
      addPeople: peopleAdder(store),
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const PG_ADMIN_URL = POSTGRES_ADMIN_URL;

/** A fresh database per suite (a clone of the run's migrated template), dropped afterwards. */
const postgres: Backend = {
  name: 'PostgreSQL',
  open: async (options = {}) => {
    const name = `weegschaal_api_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await createMigratedDatabase(admin, name);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString(), ...options });
    return {
      store,
      addPeople: peopleAdder(store),
      close: async () => {
        await store.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      },
    };
  },
};

const withPostgres = !skipUnless(await postgresReachable(), 'PostgreSQL', `set TEST_DATABASE_URL or start PostgreSQL at ${PG_ADMIN_URL}`);

/** The stores the API suite runs on. */
export const backends: Backend[] = [sqlite, ...(withPostgres ? [postgres] : [])];
