import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/use-cases/catalogue/import-catalogue.js';
import { EXCHANGE_LIMITS, exportOffThread, importOffThread } from '../../src/use-cases/catalogue/exchange-off-thread.js';
import { ApiProblem } from '../../src/use-cases/problems.js';
import { catalogueSchema, serializeCatalogue } from '../../src/documents/catalogue/index.js';
import { type Store, openStore } from '../../src/store/index.js';
import { type Harness, harness } from '../api/harness.js';
import { type FreshDatabase, bulkCatalogue, demoCatalogue, freshDatabase, publishFamilies, snapshot } from './fixtures.js';

describe('documents and catalogue over HTTP', () => {
  let database: FreshDatabase;
  let store: Store;
  let h: Harness;
  const get = (url: string, as?: string) => h.app.inject({ method: 'GET', url, headers: as !== undefined ? { 'x-test-actor': as } : {} });
  const post = (url: string, body: string, as?: string) =>
    h.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json', ...(as !== undefined ? { 'x-test-actor': as } : {}) } });

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    store = await openStore(database.options);
    await publishFamilies(store);
    const demo = await importCatalogue(store, serializeCatalogue(await demoCatalogue()), { actorId: 'test' });
    expect(demo.ok && demo.value.imported).toBe(30);
    h = await harness(store);
  });
  afterAll(async () => {
    await h?.app.close();
    await store?.close();
    await database?.drop();
  });

  it('the exchange routes are in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/families/{id}/document', '/api/catalogue', '/api/catalogue/import']));
    expect(Object.keys(doc.paths['/api/catalogue/import'] ?? {})).toEqual(['post']);
  });

  it('a family downloads as PDF and as Word, to anyone', async () => {
    const pdf = await get('/api/families/organisatieondersteunende-functies/document?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('organisatieondersteunende-functies-v1.pdf');
    const docx = await get('/api/families/organisatieondersteunende-functies/document?format=docx&version=1');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('/api/families/onbekend/document')).statusCode).toBe(404);
    expect((await get('/api/families/organisatieondersteunende-functies/document?format=odt')).statusCode).toBe(400);
  });

  it('the catalogue export holds only what the caller may see', async () => {
    expect((await get('/api/catalogue')).statusCode).toBe(401);
    const all = catalogueSchema.parse((await get('/api/catalogue', 'admin')).json());
    expect(all.fubes).toHaveLength(30);
    const hr = catalogueSchema.parse((await get('/api/catalogue', 'hr')).json());
    expect(hr.fubes.length).toBeGreaterThan(0);
    expect(hr.fubes.length).toBeLessThan(30);
    expect(hr.fubes.every((f) => f.content.entityId === 'dfb')).toBe(true);
    const finals = catalogueSchema.parse((await get('/api/catalogue?state=final', 'admin')).json());
    expect(finals.filters).toEqual({ state: 'final' });
    expect(finals.fubes.every((f) => f.workflow.status === 'final')).toBe(true);
    const csv = await get('/api/catalogue?format=csv&state=final', 'admin');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')).toHaveLength(finals.fubes.length + 2);
  });

  it('only an administrator imports; a refused file writes nothing and names the records', async () => {
    const text = serializeCatalogue(await bulkCatalogue(5));
    expect((await post('/api/catalogue/import', text, 'hr')).statusCode).toBe(403);
    expect((await post('/api/catalogue/import', text)).statusCode).toBe(401);

    const demo = await demoCatalogue();
    const clash = serializeCatalogue({ ...demo, fubes: [...(await bulkCatalogue(2)).fubes, demo.fubes[0]!] });
    const before = await snapshot(store);
    const refused = await post('/api/catalogue/import', clash, 'admin');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ imported: 0, committed: false, rejected: [{ index: 2, errors: [{ code: 'catalogue.id-taken', path: 'fubes[2].id', line: expect.any(Number) }] }] });
    expect(await snapshot(store)).toEqual(before);

    const partial = await post('/api/catalogue/import?partial=true', clash, 'admin');
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ imported: 2, committed: true });
    expect((await store.history.list({ action: 'fube.import', subjectId: 'bulk-000001' }))[0]?.actorId).toBe('u-admin');

    const broken = await post('/api/catalogue/import', '{"format": "iets anders"}', 'admin');
    expect(broken.statusCode).toBe(422);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.json().errors).toMatchObject([{ path: 'format', code: 'catalogue.format', message: "dit is geen Weegschaal-catalogus (format moet 'weegschaal-catalogue' zijn)" }]);
    const english = await h.app.inject({
      method: 'POST',
      url: '/api/catalogue/import',
      payload: '{"format": "iets anders"}',
      headers: { 'content-type': 'application/json', 'x-test-actor': 'admin', 'accept-language': 'en' },
    });
    expect(english.json().errors).toMatchObject([{ path: 'format', code: 'catalogue.format', message: "this is not a Weegschaal catalogue (format must be 'weegschaal-catalogue')" }]);
  });

  it('an import runs off the request thread: the server keeps answering while it writes, and nothing shows before it commits', async () => {
    const bulk = await bulkCatalogue(200);
    const text = serializeCatalogue({ ...bulk, fubes: bulk.fubes.map((f, i) => ({ ...f, id: `draad-${String(i).padStart(4, '0')}` })) });
    let done = false;
    const started = performance.now();
    const importing = post('/api/catalogue/import', text, 'admin').finally(() => (done = true));
    const latencies: number[] = [];
    const seen = new Set<number>();
    while (!done) {
      const t0 = performance.now();
      const health = await get('/api/health');
      latencies.push(performance.now() - t0);
      expect(health.statusCode).toBe(200);
      // All or nothing: a reader sees none of the new FUBEs or all of them, never a part.
      seen.add((await store.fubes.summaries({})).filter((f) => f.id.startsWith('draad-')).length);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const response = await importing;
    const wall = performance.now() - started;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ imported: 200, committed: true });
    expect(await store.fubes.get('draad-0199')).toBeDefined();
    expect([...seen].every((n) => n === 0 || n === 200)).toBe(true);
    // Made on this thread, the import would hold the loop for most of its time: a few answers, one of them as slow as the import.
    expect(latencies.length).toBeGreaterThan(10);
    expect(Math.max(...latencies)).toBeLessThan(wall / 2);
  }, 60_000);

  it('an import worker over its time limit is stopped: a 503 problem, nothing written', async () => {
    const bulk = await bulkCatalogue(100);
    const text = serializeCatalogue({ ...bulk, fubes: bulk.fubes.map((f, i) => ({ ...f, id: `traag-${String(i).padStart(4, '0')}` })) });
    const before = await snapshot(store);
    const error = await importOffThread(store, text, { actorId: 'u-admin', partial: false, file: 'catalogus' }, { ...EXCHANGE_LIMITS, timeoutMs: 50, maxMemoryMb: 512, fromBytes: 0 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).problem).toMatchObject({ status: 503, type: '/api/problems/exchange-unavailable', title: 'De catalogus kan nu niet ingevoerd worden' });
    expect(await snapshot(store)).toEqual(before);
  }, 60_000);

  it('an export made in a worker is the same file, byte for byte, as one made here; the scope and filters hold there too', async () => {
    const options = { exportedAt: '2026-12-02T10:00:00.000Z', filters: { state: 'final' as const }, scope: { entityIds: ['dfb'], unitIds: [], holderPersonId: null, managerPersonId: null } };
    for (const format of ['json', 'csv'] as const) {
      const here = await exportOffThread(store, { ...options, format }, { ...EXCHANGE_LIMITS, fromFubes: Number.MAX_SAFE_INTEGER });
      const there = await exportOffThread(store, { ...options, format }, { ...EXCHANGE_LIMITS, fromFubes: 0 });
      expect(Buffer.from(there).toString('utf8')).toBe(Buffer.from(here).toString('utf8'));
      expect(here.length).toBeGreaterThan(100);
    }
    const json = JSON.parse(Buffer.from(await exportOffThread(store, { ...options, format: 'json' }, { ...EXCHANGE_LIMITS, fromFubes: 0 })).toString('utf8')) as { fubes: { content: { entityId: string }; workflow: { status: string } }[] };
    expect(json.fubes.length).toBeGreaterThan(0);
    expect(json.fubes.every((f) => f.content.entityId === 'dfb' && f.workflow.status === 'final')).toBe(true);
  }, 60_000);
});
