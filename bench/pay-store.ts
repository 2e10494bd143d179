/**
 * Pay transparency stored (issue 16 item 9): a pay analyst imports 50,000 pay records over
 * HTTP (read, validated, categories resolved, stored in one transaction), then the report
 * page's API computes the indicators and the adjusted model for the organisation and every
 * entity. Goals: import + first report under 5 s; the report API p95 under 200 ms. SQLite
 * always; PostgreSQL when TEST_DATABASE_URL's server answers.
 */
import { TestClock } from '../src/domain/clock.js';
import { type App, buildApp } from '../src/server/app.js';
import { storeAccounts } from '../src/server/auth/accounts.js';
import { SESSION_COOKIE } from '../src/server/auth/sessions.js';
import { scryptHash } from '../src/store/demo.js';
import { openStore } from '../src/store/index.js';
import { freshDatabase, postgresReachable } from '../test/exchange/fixtures.js';
import { type BenchModule, type Row, seededRandom } from './types.js';

const COUNT = 50_000;
const REPORT_REQUESTS = 40;
const ORIGIN = 'http://localhost:80';

/** Our pay CSV: 50,000 persons in classes 8–20 (explicit categories), women paid 3 % less in class 12. */
export function payCsv(count: number, seed = 2027): string {
  const random = seededRandom(seed);
  const lines = ['person;sex;age;yearsOfService;education;category;position;fte;hoursPaid;basicPay;variablePay'];
  for (let i = 0; i < count; i++) {
    const sex = random() < 0.52 ? 'F' : 'M';
    const cls = 8 + Math.floor(random() * 13);
    const age = 22 + Math.floor(random() * 43);
    const service = Math.min(age - 21, Math.floor(random() * 30));
    const education = 1 + Math.floor(random() * 8);
    const fte = random() < 0.2 ? 0.8 : 1;
    const basic = (22_000 + cls * 2_600 + service * 450) * fte * (sex === 'F' && cls === 12 ? 0.97 : 1) * (0.95 + random() * 0.1);
    const variable = random() < 0.6 ? Math.round(basic * 0.08) : 0;
    lines.push(`b${i};${sex};${age};${service};${education};${cls};${1 + Math.floor(random() * 5)};${fte};${Math.round(1976 * fte)};${basic.toFixed(2)};${variable}`);
  }
  return `${lines.join('\n')}\n`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function login(app: App, username: string): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/login', headers: { origin: ORIGIN, host: 'localhost:80' }, payload: { username, password: 'bench' } });
  if (r.statusCode !== 200) throw new Error(`login failed: ${r.statusCode} ${r.body}`);
  const cookie = [r.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`));
  return cookie!.split(';')[0]!;
}

async function measure(dialect: 'sqlite' | 'postgres', csv: string): Promise<Row[]> {
  const database = await freshDatabase(dialect);
  const clock = new TestClock('2027-01-15T09:00:00Z');
  const store = await openStore({ ...database.options, now: () => clock.now() });
  const app = await buildApp({ store, clock, accounts: storeAccounts(store) });
  try {
    await store.users.create({ email: 'analist@bench', name: 'Analist', passwordHash: scryptHash('bench'), roles: [{ role: 'pay-analyst', entityId: null, unitId: null }] });
    const cookie = await login(app, 'analist@bench');
    const headers = { cookie, origin: ORIGIN, host: 'localhost:80' };
    const start = performance.now();
    const imported = await app.inject({
      method: 'POST',
      url: '/api/pay/periods/2026/import?referenceDate=2026-12-31',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(csv),
    });
    const importMs = performance.now() - start;
    if (imported.statusCode !== 200 && imported.statusCode !== 201) throw new Error(`import failed: ${imported.statusCode} ${imported.body.slice(0, 500)}`);
    const firstStart = performance.now();
    const first = await app.inject({ method: 'GET', url: '/api/pay/periods/2026/report', headers });
    const firstMs = performance.now() - firstStart;
    if (first.statusCode !== 200) throw new Error(`report failed: ${first.statusCode} ${first.body.slice(0, 500)}`);
    const times: number[] = [];
    for (let i = 0; i < REPORT_REQUESTS; i++) {
      const t = performance.now();
      const r = await app.inject({ method: 'GET', url: '/api/pay/periods/2026/report', headers });
      times.push(performance.now() - t);
      if (r.statusCode !== 200) throw new Error(`report failed: ${r.statusCode}`);
    }
    times.sort((a, b) => a - b);
    const adjusted = (first.json() as { adjusted: { ok: boolean; gap?: number } | null }).adjusted;
    return [
      { name: `import ${COUNT} pay records over HTTP [${dialect}]`, value: Math.round(importMs), unit: 'ms', note: `${Math.round(COUNT / (importMs / 1000))} records/s` },
      {
        name: `import + first report (indicators, adjusted model) [${dialect}]`,
        value: Math.round(importMs + firstMs),
        unit: 'ms',
        note: `goal < 5000 ms; first report ${Math.round(firstMs)} ms; adjusted gap ${adjusted?.ok === true ? `${adjusted.gap?.toFixed(2)} %` : 'none'}`,
      },
      { name: `report API p95, ${REPORT_REQUESTS} requests [${dialect}]`, value: Math.round(percentile(times, 95) * 10) / 10, unit: 'ms', note: `goal < 200 ms; p50 ${percentile(times, 50).toFixed(1)} ms; ${Math.round(first.body.length / 1024)} KiB` },
    ];
  } finally {
    await app.close();
    await store.close();
    await database.drop();
  }
}

export const payStoreBench: BenchModule = {
  name: 'pay-store',
  async run(): Promise<Row[]> {
    const csv = payCsv(COUNT);
    const rows = [{ name: 'pay CSV', value: Math.round((csv.length / 1024 / 1024) * 10) / 10, unit: 'MiB', note: `${COUNT} records` }, ...(await measure('sqlite', csv))];
    if (await postgresReachable()) rows.push(...(await measure('postgres', csv)));
    return rows;
  },
};
