import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LegacyDraftResult } from '../../src/api/legacy.js';
import { MAX_FAMILY_DOCX_PART_BYTES } from '../../src/documents/family-docx/index.js';
import { LEGACY_LIMITS } from '../../src/documents/legacy/index.js';
import { DocumentJobError, DocumentPool } from '../../src/documents/render-pool.js';
import { readProblem } from '../../src/use-cases/problems.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';
import { healthWhile } from '../support/health-while.js';
import { heavyFamilyDocx, heavyPdf, xmlOfParagraphs } from './heavy-uploads.js';
import { zipOf } from './family-docx-fixtures.js';

/**
 * Uploaded old function descriptions and family documents are read in the document pool,
 * off the event loop (as documents are made: render-pool.test.ts). On the request thread the
 * worst 10 MB PDF held every request for 5–7 s, and a 0.4 MB PDF whose streams inflate to
 * 100 MB for 98–176 s (docs/limits.md).
 */
const TXT = readFileSync(fileURLToPath(new URL('../fixtures/legacy/01-hr-consulent.txt', import.meta.url)));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A PDF of 50 pages whose deflated streams inflate to 2 MB of text runs each: far past any time limit. */
const inflatingPdf = () => heavyPdf({ bytes: 100e6, compressed: true });

describe('uploaded files are read off the event loop', () => {
  let template: Awaited<ReturnType<typeof demoDatabase>>;
  /** Limits that let the worst legal files finish. */
  let roomy: SecuredApp;
  /** A time limit of 1 s. */
  let strict: SecuredApp;
  const hr = new Map<SecuredApp, string>();
  const admin = new Map<SecuredApp, string>();
  beforeAll(async () => {
    template = await demoDatabase();
    roomy = await securedApp(template, { documentPool: { size: 2, timeoutMs: 60_000, maxMemoryMb: 512, maxQueue: 4 } });
    // A limit far below what the worst files take on any machine (the family document at the part
    // limits: about 0.8 s on a quiet one), and far above what the small next files take.
    strict = await securedApp(template, { documentPool: { size: 2, timeoutMs: 200, maxMemoryMb: 512, maxQueue: 4 } });
    for (const s of [roomy, strict]) {
      hr.set(s, await s.login(CALLERS.hrDfb));
      admin.set(s, await s.login(CALLERS.admin));
    }
  }, 120_000);
  afterAll(async () => {
    await roomy?.close();
    await strict?.close();
  });

  const legacy = (s: SecuredApp, file: string, body: Buffer) =>
    s.app.inject({
      method: 'POST',
      url: `/api/legacy/drafts?entity=dfb&unit=dfb-hrm&file=${encodeURIComponent(file)}`,
      headers: { ...browser(hr.get(s)), 'content-type': 'application/octet-stream' },
      payload: body,
    });
  const family = (s: SecuredApp, body: Buffer) =>
    s.app.inject({ method: 'POST', url: '/api/families/import-docx', headers: { ...browser(admin.get(s)), 'content-type': DOCX_TYPE }, payload: body });

  it('while the worst-case 10 MB PDF is read, /api/health answers within 100 ms; the draft is made', async () => {
    const pdf = heavyPdf();
    expect(pdf.length).toBeGreaterThan(LEGACY_LIMITS.bytes - 128 * 1024);
    expect(pdf.length).toBeLessThanOrEqual(LEGACY_LIMITS.bytes);
    const { result: response, latencies } = await healthWhile(roomy.app, legacy(roomy, 'zwaar.pdf', pdf));
    expect(response.statusCode).toBe(201);
    const body = response.json() as LegacyDraftResult;
    expect(body.status).toBe('created');
    expect(body.warnings).toContain(`alleen de eerste ${LEGACY_LIMITS.chars} tekens zijn gelezen`);
    // Reading it takes seconds (5–7 s on the thread): the health checks ran all along.
    expect(latencies.length).toBeGreaterThan(20);
    expect(Math.max(...latencies)).toBeLessThan(100);
  }, 60_000);

  it('while a family document at the part limit is read, /api/health answers within 100 ms', async () => {
    const docx = await heavyFamilyDocx();
    const { result: response, latencies } = await healthWhile(roomy.app, family(roomy, docx));
    // Paragraphs only: no family in it, refused with the reason.
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(latencies.length).toBeGreaterThan(10);
    expect(Math.max(...latencies)).toBeLessThan(100);
  }, 60_000);

  it('a PDF that takes too long is stopped at the time limit with a Dutch 503 problem, and the next upload is read', async () => {
    const started = Date.now();
    const { result: response, latencies } = await healthWhile(strict.app, legacy(strict, 'bom.pdf', heavyPdf({ bytes: 100e6, compressed: true, drawing: true })));
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/api/problems/file-unreadable', status: 503, title: 'Het bestand kan nu niet gelezen worden' });
    expect((response.json() as { detail: string }).detail).toContain('het bestand lezen duurde langer dan 0.2 seconden en is gestopt');
    expect(response.headers['retry-after']).toBe('60');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(Math.max(...latencies)).toBeLessThan(100);
    // No draft was made; the terminated worker is replaced and the next file is read.
    const next = await legacy(strict, 'consulent.txt', TXT);
    expect(next.statusCode).toBe(201);
    expect((next.json() as LegacyDraftResult).status).toBe('created');
  }, 60_000);

  it('a family document that takes too long is stopped the same way, and the next one is read', async () => {
    // Styles and body both at the part limit: each is parsed (about 1 s apiece on the thread).
    const heavy = xmlOfParagraphs(MAX_FAMILY_DOCX_PART_BYTES - 1024);
    const docx = await zipOf({ 'word/document.xml': heavy, 'word/styles.xml': heavy, 'docProps/custom.xml': heavy });
    const response = await family(strict, docx);
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ type: '/api/problems/file-unreadable', title: 'Het bestand kan nu niet gelezen worden' });
    const next = await family(strict, await zipOf({ 'word/document.xml': xmlOfParagraphs(4096) }));
    expect(next.statusCode).toBe(422);
    expect(next.json()).not.toMatchObject({ type: '/api/problems/file-unreadable' });
  }, 60_000);
});

describe('read jobs in the document pool', () => {
  it('a read beyond the memory limit fails as memory (a 422 problem), and one beyond a full queue as busy (503)', async () => {
    const pool = new DocumentPool({ size: 1, timeoutMs: 120_000, maxMemoryMb: 48, maxQueue: 0 });
    try {
      const first = pool.read({ kind: 'read-legacy', file: 'bom.pdf', bytes: inflatingPdf() });
      await expect(pool.read({ kind: 'read-legacy', file: 'consulent.txt', bytes: TXT })).rejects.toMatchObject({ reason: 'busy' });
      const error = await first.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DocumentJobError);
      expect((error as DocumentJobError).reason).toBe('memory');
      expect(readProblem('memory', 0).spec).toMatchObject({ status: 422, type: '/api/problems/file-unreadable' });
      expect(readProblem('busy', 0).spec).toMatchObject({ status: 503, retryAfterSeconds: 5 });
      // The pool goes on with a new worker; the caller's bytes are left as they were.
      const bytes = Buffer.from(TXT);
      const read = await pool.read({ kind: 'read-legacy', file: 'consulent.txt', bytes });
      expect(read.ok).toBe(true);
      expect(bytes.equals(TXT)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 150_000);
});
