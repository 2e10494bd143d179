import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyDocument, FamilyDocxImported, FamilyVersionInfo } from '../../src/api/families.js';
import { MAX_FAMILY_DOCX_BYTES, MAX_FAMILY_DOCX_PART_BYTES } from '../../src/documents/family-docx/index.js';
import { buildFamilyDocx } from '../../src/documents/index.js';
import { flemishFamilyDocx, zipOf } from '../documents/family-docx-fixtures.js';
import { GENERATED_AT, loadSeedFamily } from '../documents/fixtures.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * `POST /api/families/import-docx` (issue 17 item 1) on the demo database: the administrator
 * turns a Word document into a draft family version with its report; every other role, and
 * every file that is not a readable family document, leaves the families as they were.
 */
const SEED_ID = 'organisatieondersteunende-functies';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let s: SecuredApp;
const cookies = new Map<string, string>();
let flemish: Buffer;
let own: Buffer;

beforeAll(async () => {
  s = await securedApp(await demoDatabase());
  for (const login of Object.values(CALLERS)) cookies.set(login, await s.login(login));
  const seed = loadSeedFamily();
  flemish = await flemishFamilyDocx(seed);
  own = await buildFamilyDocx(seed, { generatedAt: GENERATED_AT });
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const post = (login: string | undefined, body: Buffer | string, query = '', headers: Record<string, string> = {}) =>
  s.app.inject({
    method: 'POST',
    url: `/api/families/import-docx${query}`,
    headers: {
      ...browser(login === undefined ? undefined : cookies.get(login)),
      'content-type': DOCX_TYPE,
      ...headers,
    },
    payload: body,
  });
const versions = async () => (await s.store.families.versions(SEED_ID)).map((v) => `${v.version}:${v.status}`);

describe('a family from a Word document on the family admin page', () => {
  it('stores the Flemish document as the next draft version of the family it names, with spans from the merged cells', async () => {
    const before = await versions();
    const r = await post(CALLERS.admin, flemish, '?name=organisatieondersteunende.docx');
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json<FamilyDocxImported>();
    const next = before.length + 1;
    expect(body.saved).toMatchObject({ id: SEED_ID, version: next, status: 'draft' });
    expect(body.report.layout).toBe('flemish');
    expect(body.report.check.map((n) => n.code)).toContain('docx.check.version-next');
    const titled = body.report.check.find((n) => n.code === 'docx.check.title-capitals');
    expect(titled?.where).toMatch(/^tabel \d+, rij \d+, kolom 1 \(alinea \d+\)$/);
    // The ids of the published family carry over where the names match.
    const stored = (
      await s.app.inject({
        method: 'GET',
        url: `/api/families/${SEED_ID}/versions/${next}`,
        headers: browser(cookies.get(CALLERS.admin)),
      })
    ).json<FamilyDocument>();
    expect(stored.status).toBe('draft');
    expect(stored.family.criteria.map((c) => c.id)).toEqual(loadSeedFamily().criteria.map((c) => c.id));
    expect(stored.family.criteria.flatMap((c) => c.values).every((v) => v.confidence === 'certain')).toBe(true);
    expect(stored.family.source).toContain('organisatieondersteunende.docx');
    const history = (await s.store.history.list()).filter(
      (e) => e.subjectType === 'family' && e.action === 'family.save-draft',
    );
    expect(history.at(-1)?.data).toMatchObject({ version: next });
  });

  it("stores Weegschaal's own document as the next version of the family named, in the request's language", async () => {
    const before = await versions();
    const r = await post(CALLERS.admin, own, `?family=${SEED_ID}`, { 'accept-language': 'en' });
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json<FamilyDocxImported>();
    expect(body.saved.version).toBe(before.length + 1);
    expect(body.report.layout).toBe('weegschaal');
    expect(body.report.check.find((n) => n.code === 'docx.check.version-next')?.message).toMatch(
      /^family .* exists already/,
    );
  });

  it('answers 401 to an anonymous caller and 403 to every role but the administrator, before reading the file', async () => {
    const before = await versions();
    expect((await post(undefined, flemish)).statusCode).toBe(401);
    for (const [role, login] of Object.entries(CALLERS)) {
      if (role === 'admin') continue;
      expect((await post(login, flemish)).statusCode, role).toBe(403);
      expect((await post(login, 'geen docx')).statusCode, role).toBe(403);
    }
    expect(await versions()).toEqual(before);
  });

  it('refuses a file that is not a Word document, a damaged one and one without a family, storing nothing', async () => {
    const before = await versions();
    const notZip = await post(CALLERS.admin, 'id: familie\n');
    expect(notZip.statusCode).toBe(422);
    expect(notZip.json<{ title: string; errors: { code: string; message: string }[] }>()).toMatchObject({
      title: 'Het Word-document kan niet als functiefamilie ingelezen worden',
      errors: [
        {
          code: 'docx.not-zip',
          message: 'dit is geen Word-bestand (.docx): een .docx is een zip-bestand, dit bestand niet',
        },
      ],
    });
    expect(
      (await post(CALLERS.admin, own.subarray(0, 4000))).json<{ errors: { code: string }[] }>().errors[0]!.code,
    ).toBe('docx.corrupt');
    const noFamily = await post(
      CALLERS.admin,
      await zipOf({
        'word/document.xml':
          '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Brief</w:t></w:r></w:p></w:body></w:document>',
      }),
    );
    expect(noFamily.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['docx.layout-unknown']);
    expect(await versions()).toEqual(before);
  });

  it('refuses an oversized upload and a zip bomb with 413', async () => {
    const before = await versions();
    expect((await post(CALLERS.admin, Buffer.alloc(MAX_FAMILY_DOCX_BYTES + 1))).statusCode).toBe(413);
    const bomb = await zipOf({ 'word/document.xml': ' '.repeat(MAX_FAMILY_DOCX_PART_BYTES + 1024) });
    const r = await post(CALLERS.admin, bomb);
    expect(r.statusCode).toBe(413);
    expect(r.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('docx.unpacked-too-large');
    expect(await versions()).toEqual(before);
  });

  it('answers 404 for an unknown or tampered family id, 422 for NUL (the text hygiene of every request) and 400 for a name too long', async () => {
    expect((await post(CALLERS.admin, flemish, '?family=bestaat-niet')).statusCode).toBe(404);
    // The id is only looked up, never used as a path: a tampered one is simply unknown.
    expect((await post(CALLERS.admin, flemish, '?family=..%2F..%2Fetc')).statusCode).toBe(404);
    expect((await post(CALLERS.admin, flemish, '?family=a%00b')).statusCode).toBe(422);
    expect((await post(CALLERS.admin, flemish, '?name=a%00b.docx')).statusCode).toBe(422);
    expect((await post(CALLERS.admin, flemish, `?name=${'x'.repeat(300)}`)).statusCode).toBe(400);
  });

  it('lists the stored draft among the versions for review', async () => {
    const list = (
      await s.app.inject({
        method: 'GET',
        url: `/api/families/${SEED_ID}/versions`,
        headers: browser(cookies.get(CALLERS.admin)),
      })
    ).json<FamilyVersionInfo[]>();
    expect(list.filter((v) => v.status === 'draft').length).toBeGreaterThanOrEqual(2);
  });
});
