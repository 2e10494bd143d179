/**
 * Robustness (issue 11): the worst-case FUBE PDF (every text field at its limit, TEXT_LIMITS)
 * made in the document pool, and /api/health latency while it renders; login bursts: the
 * password checks that 200 parallel wrong logins for one account get, with one app, with
 * two app instances in one process (each its own connection pool), and with two real
 * `weegschaal serve` processes on one PostgreSQL database (over HTTP: every 401 is a password
 * that was checked, a refused try is a 429 before any check).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEXT_LIMITS } from '../src/api/safe-text.js';
import { type App, buildApp } from '../src/server/app.js';
import { type AccountsPort, storeAccounts } from '../src/server/auth/accounts.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { type Store, openStore } from '../src/store/index.js';
import { browser, demoDatabase, securedApp } from '../test/security/harness.js';
import { startServeProcess, stopServeProcess } from './serve-process.js';
import type { BenchModule, Row } from './types.js';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Words of 11 letters and a space, up to `length` characters. */
const words = (length: number) => 'functieblok '.repeat(Math.ceil(length / 12)).slice(0, length);

async function worstCasePdf(): Promise<Row[]> {
  const template = await demoDatabase();
  const s = await securedApp(template);
  try {
    const hr = await s.login('hr.dfb@demo.weegschaal');
    const draft = (await s.store.fubes.summaries({})).find((f) => f.entityId === 'dfb' && f.state === 'draft');
    const record = (await s.store.fubes.get(draft?.id ?? ''))!;
    const n = TEXT_LIMITS.items;
    const content = {
      ...record.content,
      title: 'T'.repeat(TEXT_LIMITS.title),
      purpose: { what: words(TEXT_LIMITS.paragraph), goal: words(TEXT_LIMITS.paragraph) },
      resultAreas: Array.from({ length: n }, (_, i) => ({
        ...(record.content.resultAreas[0] ?? {}),
        title: `R${i}`.padEnd(TEXT_LIMITS.title, 'R'),
        what: words(TEXT_LIMITS.paragraph),
        goal: words(TEXT_LIMITS.paragraph),
        activities: Array.from({ length: n }, () => words(TEXT_LIMITS.activity)),
      })),
      specificKnowledge: words(TEXT_LIMITS.knowledge),
    };
    const written = await s.store.fubes.write(record.id, { baseRevision: record.revision, actorId: 'bench', content: content as typeof record.content });
    if (written?.ok !== true) throw new Error('the worst-case FUBE could not be written');
    const chars = JSON.stringify(content).length;
    // Warm the pool's worker (its start-up is not the job's time).
    await s.app.inject({ method: 'GET', url: `/api/fubes/${(await s.store.fubes.summaries({})).find((f) => f.id !== record.id)?.id}/document?format=pdf`, headers: browser(hr) });
    let done = false;
    const started = performance.now();
    const rendering = s.app.inject({ method: 'GET', url: `/api/fubes/${record.id}/document?format=pdf`, headers: browser(hr) }).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const t0 = performance.now();
      await s.app.inject({ method: 'GET', url: '/api/health' });
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const response = await rendering;
    const ms = Math.round(performance.now() - started);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
    const outcome = response.statusCode === 200 ? `${Math.round(response.rawPayload.length / 1024)} kB PDF` : `${response.statusCode} ${(response.json() as { detail?: string }).detail ?? ''}`;
    return [
      { name: 'worst-case FUBE PDF in the pool (wall)', value: ms, unit: 'ms', note: `${chars} characters of content; ${outcome}` },
      { name: '/api/health while it renders (p50)', value: at(0.5), unit: 'ms', note: `${latencies.length} requests` },
      { name: '/api/health while it renders (p99)', value: at(0.99), unit: 'ms', note: 'goal: under 100 ms' },
      { name: '/api/health while it renders (max)', value: at(1), unit: 'ms' },
    ];
  } finally {
    await s.close();
  }
}

async function burst(apps: App[], counter: { checks: number }, username: string): Promise<number> {
  counter.checks = 0;
  await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      apps[i % apps.length]!.inject({ method: 'POST', url: '/api/login', headers: browser(), remoteAddress: `10.9.${Math.floor(i / 200)}.${i % 200}`, payload: { username, password: `fout${i}` } }),
    ),
  );
  return counter.checks;
}

function counting(accounts: AccountsPort, counter: { checks: number }): AccountsPort {
  return { ...accounts, byUsername: (username) => (counter.checks++, accounts.byUsername(username)) };
}

async function loginBursts(): Promise<Row[]> {
  const name = `weegschaal_bench_burst_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const stores: Store[] = [];
  const apps: App[] = [];
  try {
    const counter = { checks: 0 };
    for (let i = 0; i < 2; i++) {
      const store = await openStore({ databaseUrl: url.toString() });
      stores.push(store);
      apps.push(await buildApp({ store, accounts: counting(storeAccounts(store), counter) }));
    }
    await stores[0]!.users.create({ email: 'een@bench.be', name: 'Een', passwordHash: await hashPassword('een goed wachtwoord') });
    await stores[0]!.users.create({ email: 'twee@bench.be', name: 'Twee', passwordHash: await hashPassword('een goed wachtwoord') });
    const one = await burst(apps.slice(0, 1), counter, 'een@bench.be');
    const two = await burst(apps, counter, 'twee@bench.be');
    for (const app of apps) await app.close();
    apps.length = 0;
    await stores[0]!.users.create({ email: 'drie@bench.be', name: 'Drie', passwordHash: await hashPassword('een goed wachtwoord') });
    for (const store of stores) await store.close();
    stores.length = 0;
    const processes = await processBurst(url.toString(), 'drie@bench.be');
    return [
      { name: 'login burst, one app: password checks', value: one, unit: 'checks', note: '200 parallel wrong logins for one account; limit 5' },
      { name: 'login burst, two apps on one PostgreSQL: password checks', value: two, unit: 'checks', note: '100 on each app instance (own pools, one process); limit 5' },
      { name: 'login burst, two serve processes on one PostgreSQL: password checks', value: processes.checked, unit: 'checks', note: `100 over HTTP to each process; ${processes.refused} × 429; limit 5` },
    ];
  } finally {
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
    await dropWhenClosed(admin, name);
    await admin.end();
  }
}

/** 200 wrong logins over HTTP, alternating between two real server processes on one database. */
async function processBurst(databaseUrl: string, username: string): Promise<{ checked: number; refused: number }> {
  const ports = [3311, 3312];
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports) servers.push(await startServeProcess(['--database-url', databaseUrl], port));
    const statuses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const base = `http://127.0.0.1:${ports[i % 2]}`;
        const response = await fetch(`${base}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base },
          body: JSON.stringify({ username, password: `fout${i}` }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const other = statuses.filter((s) => s !== 401 && s !== 429);
    if (other.length > 0) throw new Error(`login burst over HTTP: unexpected statuses ${[...new Set(other)].join(', ')}`);
    return { checked: statuses.filter((s) => s === 401).length, refused: statuses.filter((s) => s === 429).length };
  } finally {
    for (const server of servers) await stopServeProcess(server);
  }
}

/** pg's pool.end() resolves before its sockets close: wait for them instead of forcing. */
async function dropWhenClosed(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const robustnessBench: BenchModule = {
  name: 'robustness',
  async run() {
    return [...(await worstCasePdf()), ...(await loginBursts())];
  },
};
