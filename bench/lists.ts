/**
 * Issue 12: the lists a person opens every day, `GET /api/my-work` and the catalogue list
 * (`GET /api/fubes`, first page), as HR of an entity, as the manager of a unit and as a
 * holder, with 10,000 and 100,000 FUBEs, on SQLite and on PostgreSQL. Reports p50/p99 of
 * sequential requests through the whole app (session, routing, use case, store, JSON) and the
 * queries each request sends (counted with the store's query log; constant = no N+1).
 * Goals: p99 < 50 ms at 100,000 on SQLite, < 100 ms on PostgreSQL.
 *
 * BENCH_LIST_SIZES (default "10000,100000"), BENCH_LIST_RUNS (default 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { storeAccounts } from '../src/server/auth/accounts.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { type Store, openStore } from '../src/store/index.js';
import { fillStore } from './search.js';
import type { BenchModule, Row } from './types.js';

const SIZES = (process.env.BENCH_LIST_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 200);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Per process: benches of other checkouts may share the PostgreSQL server (and drop their database with force).
const DATABASE = `weegschaal_bench_lists_${process.pid}`;
export const PASSWORD = 'bench-password-1';
const UNITS_PER_ENTITY = 10;
export const ENTITY = 'dep-fb';
const GOAL = { sqlite: 50, postgres: 100 } as const;

/**
 * The search bench's generated FUBEs, each placed in one of ten units of its entity with
 * that unit's manager, so that a manager's and a holder's scope are real subsets.
 */
export async function fill(store: Store, count: number): Promise<void> {
  const entities = new Set<string>();
  await fillStore(store, count, (content, i) => {
    const unit = i % UNITS_PER_ENTITY;
    entities.add(content.entityId);
    return { ...content, unitId: `${content.entityId}-u${unit}`, managerId: `m-${content.entityId}-${unit}` };
  });
  // my-work's rows (decision 0030): the generator writes the FUBE rows directly, as a bulk load.
  await store.fubes.rebuildWork();
  for (const entityId of entities) {
    const units = Array.from({ length: UNITS_PER_ENTITY }, (_, k) => ({ id: `${entityId}-u${k}`, name: `Afdeling ${k}`, parentId: null }));
    await store.entities.save({ id: entityId, name: entityId, units });
  }
  const hash = await hashPassword(PASSWORD);
  await store.people.save({ id: `m-${ENTITY}-1`, name: 'Manager', email: null, entityId: ENTITY, unitId: `${ENTITY}-u1` });
  // Person p-<i> holds FUBE i (the generator's one holder each): a holder of one FUBE of ENTITY.
  await store.people.save({ id: 'p-0', name: 'Houder', email: null, entityId: ENTITY, unitId: null });
  await store.users.create({ email: 'hr@bench', name: 'HR', passwordHash: hash, roles: [{ role: 'hr', entityId: ENTITY, unitId: null }] });
  await store.users.create({ email: 'manager@bench', name: 'Manager', passwordHash: hash, personId: `m-${ENTITY}-1`, roles: [{ role: 'manager', entityId: ENTITY, unitId: `${ENTITY}-u1` }] });
  await store.users.create({ email: 'holder@bench', name: 'Houder', passwordHash: hash, personId: 'p-0', roles: [] });
}

async function measure(store: Store, counter: { queries: number }, label: string, size: number, goal: number): Promise<Row[]> {
  const app = await buildApp({ store, accounts: storeAccounts(store), logger: false });
  const rows: Row[] = [];
  try {
    for (const who of ['hr', 'manager', 'holder'] as const) {
      const login = await app.inject({ method: 'POST', url: '/api/login', headers: { origin: 'http://localhost', host: 'localhost' }, payload: { username: `${who}@bench`, password: PASSWORD } });
      const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
      for (const [name, url] of [['my-work', '/api/my-work'], ['catalogue list', '/api/fubes?pageSize=25']] as const) {
        const get = () => app.inject({ method: 'GET', url, headers: { cookie } });
        for (let w = 0; w < 5; w++) await get();
        counter.queries = 0;
        const probe = await get();
        if (probe.statusCode !== 200) throw new Error(`${url} as ${who}: ${probe.statusCode} ${probe.body.slice(0, 200)}`);
        const queries = counter.queries;
        const items = name === 'my-work' ? (probe.json() as unknown[]).length : (probe.json() as { total: number }).total;
        const times: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const started = performance.now();
          await get();
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
        rows.push({
          name: `${label} ${size.toLocaleString('en')}: ${name} as ${who}`,
          value: Number(p(0.99).toFixed(1)),
          unit: 'ms p99',
          note: `p50 ${p(0.5).toFixed(1)} ms, ${queries} queries/request, ${items} ${name === 'my-work' ? 'items' : 'listed'}; goal p99 < ${goal} ms`,
        });
      }
    }
  } finally {
    await app.close();
  }
  return rows;
}

async function postgresReachable(): Promise<pg.Client | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return undefined;
  }
}

export const listsBench: BenchModule = {
  name: 'Lists: my-work and the catalogue list per role',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    const counter = { queries: 0 };
    const logQuery = () => {
      counter.queries++;
    };
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'weegschaal-bench-lists-'));
      try {
        const store = await openStore({ file: join(dir, 'lists.db'), logQuery });
        try {
          await fill(store, size);
          rows.push(...(await measure(store, counter, 'SQLite', size, GOAL.sqlite)));
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }

      const admin = await postgresReachable();
      if (admin === undefined) {
        rows.push({ name: `PostgreSQL ${size}`, value: 0, unit: '-', note: `not reachable at ${ADMIN_URL}` });
        continue;
      }
      try {
        await admin.query(`drop database if exists ${DATABASE} with (force)`);
        await admin.query(`create database ${DATABASE}`);
        const url = new URL(ADMIN_URL);
        url.pathname = `/${DATABASE}`;
        const store = await openStore({ databaseUrl: url.toString(), logQuery });
        try {
          await fill(store, size);
          // Measure in the steady state autovacuum reaches soon after a bulk load.
          await sql`vacuum analyze`.execute(store.db);
          rows.push(...(await measure(store, counter, 'PostgreSQL', size, GOAL.postgres)));
        } finally {
          await store.close();
        }
        await admin.query(`drop database if exists ${DATABASE} with (force)`);
      } finally {
        await admin.end();
      }
    }
    return rows;
  },
};
