/**
 * GET /api/fubes/{id} with 10,000 FUBEs stored in SQLite, 50 keep-alive connections, a
 * fixed number of requests on loopback, each connection with its own session (the session
 * cookie is checked on every request, as in production); beside a bare node:http server that returns the
 * same JSON from memory. Every FUBE is read once before measuring (the server keeps
 * serialised views while a FUBE does not change): the table shows that warm-up apart. The
 * load runs in a worker thread so that the client does not share the server's event loop;
 * on two cores it still shares the machine, which both servers pay alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/server/app.js';
import { storeAccounts } from '../src/server/auth/accounts.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { openStore } from '../src/store/index.js';
import { fillStore } from './search.js';
import type { BenchModule, Row } from './types.js';

const STORED = Number(process.env.BENCH_API_FUBES ?? 10_000);
const CONNECTIONS = 50;
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 20_000);

/**
 * The load client (plain JavaScript, run in a worker): keep-alive sockets that write a
 * request and read the status line, headers and Content-Length bytes of body. Node's own
 * HTTP client spends more CPU per response than the bare server does, so it measured
 * itself: with it the baseline was about half as fast and every p99 was the client's.
 */
const LOAD_CLIENT = new URL('./load-client.mjs', import.meta.url);

interface Load {
  elapsed: number;
  warmMs: number;
  failed: number;
  p50: number;
  p99: number;
}

function load(port: number, paths: string[], cookies: string[] = []): Promise<Load> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_CLIENT, { workerData: { port, paths, requests: REQUESTS, connections: CONNECTIONS, cookies, warmup: true } });
    worker.once('message', (result: Load) => resolve(result));
    worker.once('error', reject);
  });
}

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const PASSWORD = 'bench-password-1';

export const apiBench: BenchModule = {
  name: 'HTTP API: GET /api/fubes/{id}',
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-bench-api-'));
    // The database is large (about 200 MB): remove it also when the run is stopped.
    const stopped = (signal: NodeJS.Signals) => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', stopped);
    process.once('SIGTERM', stopped);
    const store = await openStore({ file: join(dir, 'bench.db') });
    try {
      const fillStart = performance.now();
      const ids = await fillStore(store, STORED);
      const fillMs = performance.now() - fillStart;
      await store.users.create({ email: 'bench@example.org', name: 'Bench', passwordHash: await hashPassword(PASSWORD), roles: [{ role: 'admin', entityId: null, unitId: null }] });

      const app = await buildApp({ store: store, accounts: storeAccounts(store) });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const apiPort = (app.server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${apiPort}`;
      // One session per connection, as 50 people reading at once would have.
      const cookies: string[] = [];
      for (let c = 0; c < CONNECTIONS; c++) {
        const login = await fetch(`${origin}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ username: 'bench@example.org', password: PASSWORD }),
        });
        if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
        cookies.push((login.headers.get('set-cookie') ?? '').split(';')[0]!);
      }
      const paths = ids.map((id) => `/api/fubes/${id}`);
      const sample = await fetch(`${origin}${paths[0]}`, { headers: { cookie: cookies[0]! } });
      if (sample.status !== 200) throw new Error(`GET one FUBE answered ${sample.status}`);
      const body = await sample.text();

      const bare = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
      const barePort = await listen(bare);

      const api = await load(apiPort, paths, cookies);
      const baseline = await load(barePort, paths);
      await app.close();
      await new Promise((resolve) => bare.close(resolve));

      const rps = (l: Load) => Math.round((REQUESTS / l.elapsed) * 1000);
      const ratio = rps(api) / rps(baseline);
      return [
        { name: `fill: ${STORED.toLocaleString('en')} FUBEs bulk-loaded (rows and search index)`, value: Math.round(fillMs), unit: 'ms' },
        { name: `warm-up: every FUBE read once (views built and kept)`, value: Math.round(api.warmMs), unit: 'ms', note: `${Math.round((STORED / api.warmMs) * 1000)} first reads/s` },
        { name: 'bare node:http, same JSON from memory (baseline)', value: rps(baseline), unit: 'requests/s', note: `p50 ${baseline.p50.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms` },
        {
          name: `Weegschaal API (${CONNECTIONS} connections, ${REQUESTS.toLocaleString('en')} requests)`,
          value: rps(api),
          unit: 'requests/s',
          note: `p50 ${api.p50.toFixed(2)} ms, p99 ${api.p99.toFixed(2)} ms; failed ${api.failed}`,
        },
        { name: 'ratio API / bare (goal ≥ 0.5)', value: Number(ratio.toFixed(2)), unit: '×', note: `p99 goal < 20 ms: ${api.p99 < 20 ? 'met' : 'not met'}; ${body.length} bytes a response` },
      ];
    } finally {
      process.off('SIGINT', stopped);
      process.off('SIGTERM', stopped);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
