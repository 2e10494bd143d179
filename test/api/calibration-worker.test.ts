import { healthWhile } from '../support/health-while.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationView } from '../../src/api/calibration.js';
import { TestClock } from '../../src/domain/clock.js';
import { findFindings } from '../../src/domain/calibration/index.js';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { SESSION_COOKIE } from '../../src/server/auth/sessions.js';
import { scryptHash } from '../../src/store/demo.js';
import { type Store, openStore } from '../../src/store/index.js';
import { CalibrationWorker } from '../../src/use-cases/calibration/calibration-engine.js';
import { calibrationFubeOf } from '../../src/use-cases/calibration/calibration-data.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { type FreshDatabase, freshDatabase } from '../exchange/fixtures.js';
import { type PlantedCatalogue, calibrationRowOf, loadCatalogue, plantedCatalogue } from '../support/calibration-catalogue.js';

/**
 * Calibration off the request thread (decision 0062, "Speed"; docs/calibration.md): the index
 * is kept and updated in a worker thread, so while the first calibration of a few thousand
 * FUBEs is computed the server answers other requests; a stopped worker is a 503 with
 * Retry-After, and the next request starts a new one and gets the same answer.
 */
const ORIGIN = 'http://localhost:80';
const COUNT = Number(process.env.CALWORKER_COUNT ?? 4_000);

describe('calibration in a worker thread', () => {
  let database: FreshDatabase;
  let store: Store;
  let app: App;
  let catalogue: PlantedCatalogue;
  let cookie = '';
  const engine = new CalibrationWorker();
  const clock = new TestClock('2026-06-02T09:00:00Z');
  beforeAll(async () => {
    catalogue = plantedCatalogue({ count: COUNT });
    database = await freshDatabase('sqlite');
    store = await openStore({ ...database.options, now: () => clock.now() });
    app = await buildApp({ store, clock, accounts: storeAccounts(store), logger: false, deps: useCaseDeps(store, { calibration: engine }) });
    await loadCatalogue(store, catalogue);
    await store.users.create({ email: 'admin@test', name: 'Beheerder', passwordHash: scryptHash('test'), roles: [{ role: 'admin', entityId: null, unitId: null }] });
    const r = await app.inject({ method: 'POST', url: '/api/login', headers: { origin: ORIGIN, host: 'localhost:80' }, payload: { username: 'admin@test', password: 'test' } });
    expect(r.statusCode).toBe(200);
    cookie = [r.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`))!.split(';')[0]!;
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await engine.close();
    await store?.close();
    await database?.drop();
  });

  const calibration = () => app.inject({ method: 'GET', url: '/api/calibration', headers: { cookie, origin: ORIGIN, host: 'localhost:80' } });

  /** The finding keys a fresh in-process computation gives over the FUBEs as stored now. */
  const freshKeys = async () => findFindings((await store.calibration.rowsSince('')).map(calibrationFubeOf)).findings.map((f) => f.key).sort();

  it('health answers within 100 ms while the first calibration is computed, and the findings equal a fresh computation', async () => {
    // Health itself warmed up first: its first answer compiles its route.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const started = performance.now();
    const { result: response, latencies } = await healthWhile(app, calibration());
    const took = performance.now() - started;
    expect(response.statusCode).toBe(200);
    // The calibration took long enough for health to be asked several times meanwhile.
    expect(latencies.length, `calibration took ${Math.round(took)} ms`).toBeGreaterThan(5);
    // Not a speed goal (that is the bench's): the event loop was never held for more than a
    // tenth of the computation, which in-process would hold it for all of its seconds. (An
    // absolute 100 ms failed once on a loaded machine: sending the rows to the worker.)
    expect(Math.max(...latencies), `latencies ${latencies.map(Math.round).join(',')}`).toBeLessThan(took / 10);
    const view = response.json() as CalibrationView;
    expect(view.looked).toBe(COUNT);
    // The same findings as computing in-process over the same FUBEs.
    const fresh = findFindings(catalogue.fubes.map((f) => calibrationFubeOf(calibrationRowOf(f))));
    expect(view.findings.map((f) => f.key).sort()).toEqual(fresh.findings.map((f) => f.key).sort());
    expect(view.findings.map((f) => f.key).sort()).toEqual(await freshKeys());
    console.log(`first calibration of ${COUNT} FUBEs: ${Math.round(took)} ms; health: ${latencies.length} answers, max ${Math.max(...latencies).toFixed(1)} ms: ${latencies.map(Math.round).join(",")}`);
  }, 120_000);

  it('a FUBE changed: the update is computed in the worker while health answers, and the findings equal a fresh computation', async () => {
    const fube = catalogue.fubes[5]!;
    const record = (await store.fubes.get(fube.id))!;
    clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
    const written = await store.fubes.write(fube.id, { baseRevision: record.revision, actorId: fube.adviserId, content: { ...record.content, title: `${record.content.title} (bijgewerkt)` } });
    expect(written?.ok).toBe(true);
    const pending = calibration();
    // The update is computed in the worker thread, not on the request thread (the first test
    // shows what that means for the event loop; an update is too short to time reliably).
    while (engine.computing === 0) await new Promise((resolve) => setImmediate(resolve));
    const { result: response } = await healthWhile(app, pending);
    expect(response.statusCode).toBe(200);
    expect((response.json() as CalibrationView).findings.map((f) => f.key).sort()).toEqual(await freshKeys());
  }, 60_000);

  it('a worker that stops is a 503 with Retry-After; the next request starts a new worker and answers the same', async () => {
    const before = (await calibration()).json() as CalibrationView;
    // Another FUBE changes, so the next request computes; its worker is stopped meanwhile.
    const fube = catalogue.fubes[7]!;
    const record = (await store.fubes.get(fube.id))!;
    clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
    await store.fubes.write(fube.id, { baseRevision: record.revision, actorId: fube.adviserId, content: { ...record.content, title: `${record.content.title} (herzien)` } });
    const pending = calibration();
    while (engine.computing === 0) await new Promise((resolve) => setImmediate(resolve));
    await engine.stopWorker();
    const failed = await pending;
    expect(failed.statusCode).toBe(503);
    expect(failed.headers['retry-after']).toBe('5');
    expect(failed.json()).toMatchObject({ type: '/api/problems/calibration-unavailable', status: 503, title: 'De kalibratie kan nu niet berekend worden' });
    const again = await calibration();
    expect(again.statusCode).toBe(200);
    const after = again.json() as CalibrationView;
    expect(after.looked).toBe(before.looked);
    expect(after.findings.map((f) => f.key).sort()).toEqual(await freshKeys());
  }, 120_000);
});

describe('the calibration worker outside a server', () => {
  it('a process that only awaits it gets its answer (the worker keeps it alive while asked) and then ends', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/run-ts.mjs', 'test/api/support/calibration-worker-script.ts'], { timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual({ kinds: expect.arrayContaining(['same-values']) });
  }, 60_000);
});
