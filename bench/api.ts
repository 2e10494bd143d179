/**
 * GET /api/fubes/{id} with 10,000 FUBEs stored in SQLite, 50 keep-alive connections, a
 * fixed number of requests on loopback; beside a bare node:http server that returns the
 * same JSON from memory. The load runs in a worker thread so that the client does not
 * share the event loop with the server it measures.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { createFube } from '../src/domain/fube/create-fube.js';
import { loadFamilySource } from '../src/domain/family/index.js';
import { initialState } from '../src/domain/workflow/index.js';
import { buildApp } from '../src/server/app.js';
import type { Caller } from '../src/server/context.js';
import { apiStore } from '../src/server/store-port.js';
import { openStore } from '../src/store/index.js';
import type { BenchModule, Row } from './types.js';

const STORED = Number(process.env.BENCH_API_FUBES ?? 10_000);
const CONNECTIONS = 50;
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 20_000);

/** The load client, as plain JavaScript for the worker: N requests over C connections. */
const LOAD_CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const { port, paths, requests, connections } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = new Float64Array(requests);
let next = 0, failed = 0;
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      if (res.statusCode !== 200) failed++;
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', () => { failed++; resolve(); });
  });
}
async function lane() {
  while (next < requests) {
    const i = next++;
    const start = performance.now();
    await get(paths[i % paths.length]);
    latencies[i] = performance.now() - start;
  }
}
(async () => {
  for (let i = 0; i < Math.min(500, requests); i++) await get(paths[i % paths.length]);
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, lane));
  const elapsed = performance.now() - start;
  latencies.sort();
  agent.destroy();
  parentPort.postMessage({ elapsed, failed, p50: latencies[Math.floor(requests * 0.5)], p99: latencies[Math.floor(requests * 0.99)] });
})();
`;

interface Load {
  elapsed: number;
  failed: number;
  p50: number;
  p99: number;
}

function load(port: number, paths: string[]): Promise<Load> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_CLIENT, { eval: true, workerData: { port, paths, requests: REQUESTS, connections: CONNECTIONS } });
    worker.once('message', (result: Load) => resolve(result));
    worker.once('error', reject);
  });
}

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const BENCH_CALLER: Caller = { userId: 'bench', username: 'bench', name: 'bench', roles: [{ role: 'admin', entityId: null, unitId: null }] };

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
      const file = fileURLToPath(new URL('../families/organisatieondersteunende-functies.yaml', import.meta.url));
      const source = readFileSync(file, 'utf8');
      const loaded = loadFamilySource(source, { file });
      if (!loaded.ok) throw new Error('seed family does not load');
      const family = loaded.value;
      await store.families.saveDraft(family, source, 'bench');
      await store.families.publish(family.id, family.version, 'bench');

      const fillStart = performance.now();
      const ids: string[] = [];
      for (let i = 0; i < STORED; i++) {
        const content = createFube(family, { title: `Functie ${i}`, entityId: i % 2 === 0 ? 'dfb' : 'afb', holderIds: [`p-${i}`] });
        if (!content.ok) throw new Error('createFube failed');
        ids.push((await store.fubes.create(content.value, initialState(1), 'bench')).id);
      }
      const fillMs = performance.now() - fillStart;

      const app = await buildApp({ store: apiStore(store), resolveActor: () => BENCH_CALLER });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const apiPort = (app.server.address() as AddressInfo).port;
      const paths = ids.map((id) => `/api/fubes/${id}`);
      const sample = await fetch(`http://127.0.0.1:${apiPort}${paths[0]}`);
      if (sample.status !== 200) throw new Error(`GET one FUBE answered ${sample.status}`);
      const body = await sample.text();

      const bare = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
      const barePort = await listen(bare);

      const api = await load(apiPort, paths);
      const baseline = await load(barePort, paths);
      await app.close();
      await new Promise((resolve) => bare.close(resolve));

      const rps = (l: Load) => Math.round((REQUESTS / l.elapsed) * 1000);
      const ratio = rps(api) / rps(baseline);
      return [
        { name: `fill: ${STORED.toLocaleString('en')} FUBEs created through the store`, value: Math.round(fillMs), unit: 'ms' },
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
