/**
 * Issue 12: a mixed load of 50 users for 60 s against real `weegschaal serve` processes:
 * reads of FUBEs, searches, my-work, and writes (a title changed with the revision last
 * read; a 409 is answered by reading again and retrying, as the web app's user would).
 * On SQLite (one process), PostgreSQL (one process) and PostgreSQL with two processes on one
 * database (the users alternate between them).
 *
 * The load is defined (decision 0066): each user waits a random think time between two
 * actions (exponential, mean BENCH_MIXED_THINK_MS), so 50 users offer at most
 * 50 / mean think actions a second; the row prints that offered rate and the rate achieved.
 * A second row per setup runs the same users without think time ("saturation"): a closed loop
 * as fast as the machine answers, for its throughput; its p99 measures queueing (Little's law).
 *
 * Reports errors (goal 0: any answer other than 2xx and a retried 409, or a write still refused
 * with 409 after five retries with backoff), p99 over all requests (goal < 200 ms), requests
 * done, and each server's resident memory at the start and the end.
 *
 * Before the measured 60 s, the same users run the same load for a warm-up (BENCH_MIXED_WARMUP_S,
 * default 10 s) on the servers just started: its figures are printed in the row's note, not
 * counted (decision 0066 item 9).
 *
 * BENCH_MIXED_SECONDS (default 60), BENCH_MIXED_FUBES (default 10000), BENCH_MIXED_THINK_MS
 * (default 250), BENCH_SERVER_NODE_ARGS (node options of the servers: `--cpu-prof
 * --cpu-prof-dir=DIR` profiles them), BENCH_MIXED_SETUPS (the setups that run, default
 * `sqlite,pg1,pg2`: a subset while exploring one database).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '../src/server/auth/passwords.js';
import { type Store, openStore } from '../src/store/index.js';
import { ENTITY, PASSWORD, fill } from './lists.js';
import { startServeProcess } from './serve-process.js';
import type { BenchModule, Row } from './types.js';

const SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
/** Seconds of the same load before the measured run, on the servers just started (not counted; 0: none). */
const WARMUP_S = Number(process.env.BENCH_MIXED_WARMUP_S ?? 10);
const FUBES = Number(process.env.BENCH_MIXED_FUBES ?? 10_000);
const USERS = 50;
/**
 * Mean think time between a user's actions (exponentially distributed). 250 ms is a person
 * clicking four times a second without pause: a busy HR adviser clicks every few seconds, so
 * this is roughly ten times the load 50 real people make (decision 0066).
 */
const THINK_MS = Number(process.env.BENCH_MIXED_THINK_MS ?? 250);
/** The shared drafts every user may edit: collisions (409) stay in the load (decision 0066). */
const DRAFTS = 20;
// A write: read, PUT; on 409 up to five more tries, with backoff (below).
const WRITE_ATTEMPTS = 6;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Per process: benches of other checkouts may share the PostgreSQL server (and drop their database with force).
const DATABASE = `weegschaal_bench_mixed_${process.pid}`;
const GOAL_P99_MS = 200;
/** Node options of the servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to find what a request costs. */
const NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
/** The setups that run: `sqlite`, `pg1` (PostgreSQL, one process), `pg2` (two processes). */
const SETUPS = new Set((process.env.BENCH_MIXED_SETUPS ?? 'sqlite,pg1,pg2').split(',').map((s) => s.trim()));

/** 50 HR accounts of the entity the generated FUBEs are mostly in. */
async function prepare(store: Store): Promise<{ all: string[]; drafts: string[] }> {
  await fill(store, FUBES);
  const hash = await hashPassword(PASSWORD);
  for (let u = 0; u < USERS; u++)
    await store.users.create({ email: `user-${u}@bench`, name: `Gebruiker ${u}`, passwordHash: hash, roles: [{ role: 'hr', entityId: ENTITY, unitId: null }] });
  // The FUBEs these users may open (their entity's), and twenty drafts they all edit.
  const mine = await store.fubes.summaries({ entityId: ENTITY });
  return { all: mine.map((f) => f.id), drafts: mine.filter((f) => f.state === 'draft').slice(0, DRAFTS).map((f) => f.id) };
}

const rss = (pid: number | undefined): number => {
  if (pid === undefined) return 0;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match === null ? 0 : Number(match[1]) / 1024;
};

/** CPU time (user + system, ms) of a process; 0 when it cannot be read (not Linux, ended). */
const cpuMs = (pid: number | undefined): number => {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};

/**
 * CPU time of every PostgreSQL process on this machine (its backends, writers), for the CPU
 * a request costs the database. The server may serve other databases meanwhile: an upper bound.
 */
const postgresCpuMs = (): number => {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMs(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return total;
};

const startServer = (args: string[], port: number): Promise<ChildProcess> => startServeProcess(args, port, {}, NODE_ARGS);

interface Outcome {
  /** Actions started: a read, a search, my-work, or a write (with its reads and retries). */
  actions: number;
  requests: number;
  errors: number;
  retries: number;
  /** Writes by the attempt that succeeded (index 0: the first try), and the time (s into the row) of each refused write. */
  attempts: number[];
  refusedAt: number[];
  latencies: number[];
  firstErrors: string[];
}

/** Signs a user in (before the load: people sign in over the morning, not in one burst through one address). */
async function signIn(base: string, index: number): Promise<string> {
  const login = await fetch(`${base}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: `user-${index}@bench`, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login of user-${index}: ${login.status} ${await login.text()}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A random think time, exponential with mean `mean` ms (0: none). */
const think = (mean: number): Promise<void> | undefined =>
  mean <= 0 ? undefined : new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * mean));

/**
 * One user, signed in: until the end, think (a random while, mean `thinkMs`), then one action:
 * 50 % read, 20 % search, 15 % my-work, 15 % write.
 */
async function user(base: string, index: number, seed: number, cookie: string, started: number, until: number, thinkMs: number, out: Outcome, ids: string[], drafts: string[]): Promise<void> {
  const timed = async (path: string, init: RequestInit = {}): Promise<{ status: number; text: string }> => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    out.latencies.push(performance.now() - started);
    out.requests++;
    return { status: response.status, text };
  };
  const headers = { cookie, origin: base };
  // Each run (warm-up, measured, saturation) its own sequence: a run that replayed the warm-up's
  // reads would find exactly those FUBEs' views kept.
  let n = (index * 7919 + seed * 104_729) % 2147483648;
  const fail = (what: string) => {
    out.errors++;
    if (out.firstErrors.length < 5) out.firstErrors.push(what);
  };
  // The users start spread over one think time, not all in the first millisecond.
  if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
  while (Date.now() < until) {
    out.actions++;
    n = (n * 1103515245 + 12345) % 2147483648;
    const pick = n % 100;
    const id = ids[n % ids.length]!;
    if (pick < 50) {
      const r = await timed(`/api/fubes/${id}`, { headers });
      if (r.status !== 200) fail(`GET fube ${r.status}`);
    } else if (pick < 70) {
      const r = await timed(`/api/fubes?q=${['kennis', 'beleid', 'jurist', 'financien'][n % 4]}`, { headers });
      if (r.status !== 200) fail(`search ${r.status}`);
    } else if (pick < 85) {
      const r = await timed('/api/my-work', { headers });
      if (r.status !== 200) fail(`my-work ${r.status}`);
    } else {
      // A small pool of drafts, so that users collide and 409s happen. The draft is drawn apart
      // from the action: `n % 20` of a write (n % 100 >= 85) could only be drafts 5 to 19.
      const target = drafts[Math.floor(Math.random() * drafts.length)]!;
      let done = false;
      for (let attempt = 0; attempt < WRITE_ATTEMPTS && !done; attempt++) {
        // After a 409, wait a random while before reading again (exponential backoff with full
        // jitter), as a client that rebases its change does, instead of colliding again at once.
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
        const read = await timed(`/api/fubes/${target}`, { headers });
        if (read.status !== 200) {
          fail(`GET for write ${read.status}`);
          done = true;
          break;
        }
        const view = JSON.parse(read.text) as { revision: number; content: { title: string }; abilities: { edit: boolean } };
        if (!view.abilities.edit) {
          done = true;
          break;
        }
        const write = await timed(`/api/fubes/${target}`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ baseRevision: view.revision, content: { ...view.content, title: `${view.content.title.replace(/ \(\d+\)$/, '')} (${n % 1000})` } }),
        });
        if (write.status === 200) {
          done = true;
          out.attempts[attempt] = (out.attempts[attempt] ?? 0) + 1;
        } else if (write.status === 409) out.retries++;
        else {
          fail(`PUT ${write.status} ${write.text.slice(0, 120)}`);
          done = true;
          break;
        }
      }
      if (!done) {
        out.refusedAt.push(Math.round((Date.now() - started) / 100) / 10);
        fail(`PUT: still 409 after ${WRITE_ATTEMPTS - 1} retries`);
      }
    }
    await think(thinkMs);
  }
}

/** The setup's two rows: the defined load (think time, after its warm-up), then the saturation run (none). */
async function run(label: string, bases: string[], servers: ChildProcess[], ids: string[], drafts: string[]): Promise<Row[]> {
  const cookies: string[] = [];
  for (let u = 0; u < USERS; u++) cookies.push(await signIn(bases[u % bases.length]!, u));
  const warmup = THINK_MS > 0 && WARMUP_S > 0 ? await load(WARMUP_S, THINK_MS, bases, cookies, ids, drafts) : undefined;
  return [
    ...(THINK_MS > 0 ? await measure(label, THINK_MS, bases, servers, cookies, ids, drafts, warmup) : []),
    ...(await measure(`${label}, saturation: no think time`, 0, bases, servers, cookies, ids, drafts)),
  ];
}

const newOutcome = (): Outcome => ({ actions: 0, requests: 0, errors: 0, retries: 0, attempts: [], refusedAt: [], latencies: [], firstErrors: [] });
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

let runs = 0;

/** The 50 users for `seconds`; the outcome with its latencies sorted. */
async function load(seconds: number, thinkMs: number, bases: string[], cookies: string[], ids: string[], drafts: string[]): Promise<Outcome & { seconds: number }> {
  const out = newOutcome();
  const started = Date.now();
  const until = started + seconds * 1000;
  const seed = ++runs;
  await Promise.all(Array.from({ length: USERS }, (_, u) => user(bases[u % bases.length]!, u, seed, cookies[u]!, started, until, thinkMs, out, ids, drafts)));
  out.latencies.sort((a, b) => a - b);
  return { ...out, seconds: (Date.now() - started) / 1000 };
}

async function measure(label: string, thinkMs: number, bases: string[], servers: ChildProcess[], cookies: string[], ids: string[], drafts: string[], warmup?: Outcome): Promise<Row[]> {
  const rssStart = servers.map((s) => rss(s.pid));
  const cpuStart = servers.reduce((sum, s) => sum + cpuMs(s.pid), 0);
  const postgresStart = postgresCpuMs();
  const out = await load(SECONDS, thinkMs, bases, cookies, ids, drafts);
  const { seconds } = out;
  const rssEnd = servers.map((s) => rss(s.pid));
  // CPU per HTTP request: what the servers and the database spend, whatever else runs on the machine.
  const cpuPerRequest = (ms: number) => (out.requests === 0 ? '0' : (ms / out.requests).toFixed(2));
  const cpu = `CPU per request: server ${cpuPerRequest(servers.reduce((sum, s) => sum + cpuMs(s.pid), 0) - cpuStart)} ms, PostgreSQL ${cpuPerRequest(postgresCpuMs() - postgresStart)} ms`;
  const p = (q: number) => percentile(out.latencies, q);
  const mb = (values: number[]) => values.map((v) => v.toFixed(0)).join(' + ');
  // Offered: what 50 users thinking `thinkMs` on average would start if every answer were instant.
  const rate = thinkMs > 0 ? `offered ≤ ${((USERS * 1000) / thinkMs).toFixed(0)} actions/s (think ${thinkMs} ms), achieved ${(out.actions / seconds).toFixed(0)} actions/s` : `${(out.actions / seconds).toFixed(0)} actions/s`;
  const warm = warmup === undefined ? '' : `; before it, warm-up ${WARMUP_S} s (not counted): p99 ${percentile(warmup.latencies, 0.99).toFixed(1)} ms, errors ${warmup.errors}, 409 retries ${warmup.retries}`;
  return [
    {
      name: `${label}: 50 users, ${SECONDS} s`,
      value: Number(p(0.99).toFixed(1)),
      unit: 'ms p99',
      note: `p50 ${p(0.5).toFixed(1)} ms; ${rate}, ${out.requests} requests (${(out.requests / seconds).toFixed(0)}/s); errors ${out.errors} (goal 0)${out.firstErrors.length > 0 ? ` [${out.firstErrors.join('; ')}]` : ''}; 409 retries ${out.retries} (writes done at try 1…${WRITE_ATTEMPTS}: ${Array.from({ length: WRITE_ATTEMPTS }, (_, i) => out.attempts[i] ?? 0).join('/')}${out.refusedAt.length > 0 ? `; still refused at ${out.refusedAt.slice(0, 20).join(', ')} s` : ''}); ${cpu}; RSS ${mb(rssStart)} → ${mb(rssEnd)} MB${warm}; ${thinkMs > 0 ? `goal p99 < ${GOAL_P99_MS} ms` : 'for information (throughput)'}`,
    },
  ];
}

const stop = async (servers: ChildProcess[]) => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.exitCode !== null) return resolve();
          s.once('exit', () => resolve());
          s.kill('SIGTERM');
        }),
    ),
  );
};

export const mixedLoadBench: BenchModule = {
  name: 'Mixed load: 50 users',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    if (SETUPS.has('sqlite')) {
      const dir = mkdtempSync(join(tmpdir(), 'weegschaal-bench-mixed-'));
      try {
        const file = join(dir, 'mixed.db');
        const store = await openStore({ file });
        const ids = await prepare(store);
        await store.close();
        const servers = [await startServer(['--db', file], 3301)];
        try {
          rows.push(...(await run('SQLite, one process', ['http://127.0.0.1:3301'], servers, ids.all, ids.drafts)));
        } finally {
          await stop(servers);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const pgProcesses = [1, 2].filter((n) => SETUPS.has(`pg${n}`));
    if (pgProcesses.length === 0) return rows;

    const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
    try {
      await admin.connect();
    } catch {
      rows.push({ name: 'PostgreSQL', value: 0, unit: '-', note: `not reachable at ${ADMIN_URL}` });
      return rows;
    }
    try {
      for (const processes of pgProcesses) {
        await admin.query(`drop database if exists ${DATABASE} with (force)`);
        await admin.query(`create database ${DATABASE}`);
        const url = new URL(ADMIN_URL);
        url.pathname = `/${DATABASE}`;
        const store = await openStore({ databaseUrl: url.toString() });
        const ids = await prepare(store);
        await store.close();
        const ports = processes === 1 ? [3302] : [3302, 3303];
        const servers: ChildProcess[] = [];
        try {
          for (const port of ports) servers.push(await startServer(['--database-url', url.toString()], port));
          rows.push(...(await run(`PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`, ports.map((p) => `http://127.0.0.1:${p}`), servers, ids.all, ids.drafts)));
        } finally {
          await stop(servers);
        }
      }
      await admin.query(`drop database if exists ${DATABASE} with (force)`);
    } finally {
      await admin.end();
    }
    return rows;
  },
};
