import { healthWhile } from '../support/health-while.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentJobError, DocumentPool } from '../../src/documents/render-pool.js';
import { documentProblem } from '../../src/use-cases/problems.js';
import { type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * Documents are made in worker threads with a time and memory limit (issue 11, item 3).
 * The worst case is a FUBE stored before the text limits: a title of 12,000 characters
 * without a space once held the event loop for 18 s.
 */
describe('documents off the event loop', () => {
  let template: Awaited<ReturnType<typeof demoDatabase>>;
  let s: SecuredApp;
  let hr = '';
  let heavy = '';
  let normal = '';
  beforeAll(async () => {
    template = await demoDatabase();
    s = await securedApp(template, { documentPool: { size: 2, timeoutMs: 3_000, maxMemoryMb: 512, maxQueue: 4 } });
    hr = await s.login('hr.dfb@demo.weegschaal');
    const drafts = (await s.store.fubes.summaries({})).filter((f) => f.entityId === 'dfb' && f.state === 'draft');
    heavy = drafts[0]?.id ?? '';
    normal = drafts[1]?.id ?? '';
    // Written past the API (as a row from before the limits): the worst case the limits now keep out.
    const record = await s.store.fubes.get(heavy);
    const written = await s.store.fubes.write(heavy, { baseRevision: record!.revision, actorId: 'test', content: { ...record!.content, title: 'A'.repeat(12_000) } });
    expect(written?.ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  const pdf = (id: string) => s.app.inject({ method: 'GET', url: `/api/fubes/${id}/document?format=pdf`, headers: browser(hr) });

  it('a normal FUBE document is made in a worker: a PDF', async () => {
    const response = await pdf(normal);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 30_000);

  it('while the worst-case PDF renders, /api/health answers within 100 ms; the job stops at its time limit with a 503 problem, and the next document is made', async () => {
    const started = Date.now();
    const { result: response, latencies } = await healthWhile(s.app, pdf(heavy));
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/api/problems/document-unavailable', status: 503, title: 'Het document kan nu niet gemaakt worden' });
    expect((response.json() as { detail: string }).detail).toContain('langer dan 3 seconden');
    expect(response.headers['retry-after']).toBe('60');
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(latencies.length).toBeGreaterThan(20);
    expect(Math.max(...latencies)).toBeLessThan(100);
    // The terminated worker is replaced.
    expect((await pdf(normal)).statusCode).toBe(200);
  }, 30_000);
});

describe('the document pool', () => {
  const job = { kind: 'family' as const, format: 'pdf' as const, family: undefined as never, generatedAt: '2026-01-01T00:00:00.000Z' };

  it('a job beyond the memory limit fails as memory, and one beyond a full queue as busy', async () => {
    const { seedFamily } = await import('../api/harness.js');
    const family = seedFamily();
    // A family whose every text is long: far more than 24 MB of layout.
    const big = { ...family, scopeNotes: Array.from({ length: 200 }, () => 'woord '.repeat(5_000)) };
    const pool = new DocumentPool({ size: 1, timeoutMs: 60_000, maxMemoryMb: 24, maxQueue: 0 });
    try {
      const first = pool.render({ ...job, family: big });
      const second = pool.render({ ...job, family });
      await expect(second).rejects.toMatchObject({ reason: 'busy' });
      // Over HTTP a full pool is a 503 that says when to try again (the header as for a timeout above).
      expect(documentProblem('busy', 0).spec).toMatchObject({ status: 503, retryAfterSeconds: 5 });
      expect(documentProblem('memory', 0).spec.retryAfterSeconds).toBeUndefined();
      const error = await first.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentJobError);
      expect((error as DocumentJobError).reason).toBe('memory');
      // The pool goes on with a new worker.
      const small = new DocumentPool({ size: 1, timeoutMs: 60_000 });
      const bytes = await small.render({ ...job, family });
      expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
      await small.close();
    } finally {
      await pool.close();
    }
  }, 90_000);
});
