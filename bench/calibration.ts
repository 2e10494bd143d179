/**
 * Calibration across entities (issue 17 item 4): 10,000 generated FUBEs with planted
 * inconsistencies (test/support/calibration-catalogue.ts) in a store, and the page's API
 * `GET /api/calibration` over HTTP. Reports precision and recall against the planted truth,
 * the first answer (every FUBE read, stemmed and compared), the p95 of the answer while
 * nothing changes, and the answer after one FUBE changed (only that one read again).
 * Goals: recall 100 %, precision 100 % (no clean FUBE named as deviating), API p95 < 500 ms.
 * SQLite always; PostgreSQL when TEST_DATABASE_URL's server answers.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { CalibrationView } from '../src/api/calibration.js';
import { TestClock } from '../src/domain/clock.js';
import { type App, buildApp } from '../src/server/app.js';
import { storeAccounts } from '../src/server/auth/accounts.js';
import { SESSION_COOKIE } from '../src/server/auth/sessions.js';
import { scryptHash } from '../src/store/demo.js';
import { openStore } from '../src/store/index.js';
import { freshDatabase, postgresReachable } from '../test/exchange/fixtures.js';
import { type PlantedCatalogue, loadCatalogue, plantedCatalogue } from '../test/support/calibration-catalogue.js';
import type { BenchModule, Row } from './types.js';

const COUNT = Number(process.env.BENCH_CALIBRATION_SIZE ?? 10_000);
const REQUESTS = 40;
const CHANGES = 20;
const ORIGIN = 'http://localhost:80';
const GOAL_P95 = 500;

const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`;
const goal = (p95: number) => `goal < ${GOAL_P95} ms ${p95 < GOAL_P95 ? 'met' : 'NOT met'}`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function login(app: App, username: string): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/login', headers: { origin: ORIGIN, host: 'localhost:80' }, payload: { username, password: 'bench' } });
  if (r.statusCode !== 200) throw new Error(`login failed: ${r.statusCode} ${r.body}`);
  return [r.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`))!.split(';')[0]!;
}

/** Precision and recall of an answer against the planted truth (docs/calibration.md § Measured). */
export function score(catalogue: PlantedCatalogue, view: CalibrationView) {
  const planted = new Map(catalogue.fubes.filter((f) => f.planted !== null).map((f) => [f.id, f.planted!]));
  const flagged = new Set(view.findings.filter((f) => f.kind !== 'deviation').flatMap((f) => f.subjects));
  const truePositives = [...flagged].filter((id) => planted.has(id)).length;
  const groups = view.findings.flatMap((f) => (f.detail.kind === 'deviation' ? [`${f.detail.group}:${f.detail.groupId}:${f.detail.metric}`] : []));
  const expected = new Set([...catalogue.plantedGroups, ...catalogue.impliedGroups].map((g) => `${g.group}:${g.id}:${g.metric}`));
  const plantedGroups = catalogue.plantedGroups.map((g) => `${g.group}:${g.id}:${g.metric}`);
  return {
    planted: planted.size,
    flagged: flagged.size,
    precision: flagged.size === 0 ? 1 : truePositives / flagged.size,
    recall: planted.size === 0 ? 1 : [...planted.keys()].filter((id) => flagged.has(id)).length / planted.size,
    groupPrecision: groups.length === 0 ? 1 : groups.filter((g) => expected.has(g)).length / groups.length,
    groupRecall: plantedGroups.filter((g) => groups.includes(g)).length / plantedGroups.length,
    findings: view.findings.length,
  };
}

async function measure(dialect: 'sqlite' | 'postgres', catalogue: PlantedCatalogue): Promise<Row[]> {
  const database = await freshDatabase(dialect);
  const clock = new TestClock('2026-06-02T09:00:00Z');
  const store = await openStore({ ...database.options, now: () => clock.now() });
  const app = await buildApp({ store, clock, accounts: storeAccounts(store), logger: false });
  try {
    const loadStart = performance.now();
    await loadCatalogue(store, catalogue);
    const loadMs = performance.now() - loadStart;
    await store.users.create({ email: 'admin@bench', name: 'Beheerder', passwordHash: scryptHash('bench'), roles: [{ role: 'admin', entityId: null, unitId: null }] });
    const entity = catalogue.entities[0]!;
    await store.users.create({ email: 'hr@bench', name: 'HR', passwordHash: scryptHash('bench'), roles: [{ role: 'hr', entityId: entity, unitId: null }] });
    const admin = { cookie: await login(app, 'admin@bench'), origin: ORIGIN, host: 'localhost:80' };
    const hr = { cookie: await login(app, 'hr@bench'), origin: ORIGIN, host: 'localhost:80' };
    const get = async (headers: Record<string, string>) => {
      const t = performance.now();
      const r = await app.inject({ method: 'GET', url: '/api/calibration', headers });
      if (r.statusCode !== 200) throw new Error(`calibration failed: ${r.statusCode} ${r.body.slice(0, 300)}`);
      return { ms: performance.now() - t, body: r.body };
    };
    const first = await get(admin);
    const view = JSON.parse(first.body) as CalibrationView;
    const s = score(catalogue, view);
    const warm: number[] = [];
    for (let i = 0; i < REQUESTS; i++) warm.push((await get(admin)).ms);
    warm.sort((a, b) => a - b);
    // One FUBE changes between requests (a title edited by its adviser, so its text and the
    // document frequencies change): only it is read again, and the index redoes what it touches.
    const changed: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const fube = catalogue.fubes[i * 97]!;
      const record = (await store.fubes.get(fube.id))!;
      clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
      await store.fubes.write(fube.id, { baseRevision: record.revision, actorId: fube.adviserId, content: { ...record.content, title: `${record.content.title} (bijgewerkt)` } });
      changed.push((await get(admin)).ms);
    }
    changed.sort((a, b) => a - b);
    const changedLoad = load();
    const hrFirst = await get(hr);
    const hrTimes: number[] = [];
    for (let i = 0; i < REQUESTS; i++) hrTimes.push((await get(hr)).ms);
    hrTimes.sort((a, b) => a - b);
    const pct = (x: number) => Math.round(x * 1000) / 10;
    return [
      { name: `load ${catalogue.fubes.length} generated FUBEs [${dialect}]`, value: Math.round(loadMs), unit: 'ms', note: `${s.planted} planted` },
      { name: `recall: planted FUBEs named as deviating [${dialect}]`, value: pct(s.recall), unit: '%', note: `goal 100 %; ${s.planted} planted` },
      { name: `precision: named FUBEs that were planted [${dialect}]`, value: pct(s.precision), unit: '%', note: `goal 100 %; ${s.flagged} named, ${s.findings} findings` },
      { name: `groups (c): recall / precision [${dialect}]`, value: pct(s.groupRecall), unit: '%', note: `precision ${pct(s.groupPrecision)} % (planted and implied groups)` },
      { name: `first answer after a start, all read and compared [${dialect}]`, value: Math.round(first.ms), unit: 'ms', note: `${Math.round(first.body.length / 1024)} KiB, administrator; once per process and reach` },
      { name: `API p95, nothing changed, ${REQUESTS} requests [${dialect}]`, value: Math.round(percentile(warm, 95) * 10) / 10, unit: 'ms', note: `${goal(percentile(warm, 95))}; p50 ${percentile(warm, 50).toFixed(1)} ms` },
      { name: `API right after one FUBE changed, p95 of ${CHANGES} [${dialect}]`, value: Math.round(percentile(changed, 95)), unit: 'ms', note: `${goal(percentile(changed, 95))}; p50 ${Math.round(percentile(changed, 50))} ms, max ${Math.round(changed[changed.length - 1]!)} ms; ${changedLoad}` },
      { name: `API p95 as HR of one entity [${dialect}]`, value: Math.round(percentile(hrTimes, 95) * 10) / 10, unit: 'ms', note: `first ${Math.round(hrFirst.ms)} ms; ${(JSON.parse(hrFirst.body) as CalibrationView).looked} FUBEs in reach` },
    ];
  } finally {
    await app.close();
    await store.close();
    await database.drop();
  }
}

export const calibrationBench: BenchModule = {
  name: 'calibration',
  async run(): Promise<Row[]> {
    const catalogue = plantedCatalogue({ count: COUNT });
    const rows = await measure('sqlite', catalogue);
    if (await postgresReachable()) rows.push(...(await measure('postgres', catalogue)));
    return rows;
  },
};
