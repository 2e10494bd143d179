import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeSuggestionView, LegacyDraftResult } from '../../src/api/legacy.js';
import { LEGACY_UPLOAD_BODY_LIMIT } from '../../src/api/legacy.js';
import { LEGACY_LIMITS } from '../../src/documents/legacy/index.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * Old function descriptions over HTTP (issue 17 items 3 and 5): uploading a file as a draft
 * with the caller's own rights, the draft's suggestion (seen as the FUBE is), taking it into
 * the weighing; and hostile requests (another entity, unknown unit, garbage, NUL in the name,
 * oversized, roles that may not create).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/legacy/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`);
const TXT = '01-hr-consulent.txt';
const DOCX = '04-afdelingshoofd-communicatie.docx';
const PDF = '10-kwaliteitscoordinator.pdf';

let s: SecuredApp;
const cookies = new Map<string, string>();

beforeAll(async () => {
  s = await securedApp(await demoDatabase());
  for (const [role, login] of Object.entries(CALLERS)) cookies.set(role, await s.login(login));
}, 120_000);
afterAll(async () => {
  await s?.close();
});

type Role = keyof typeof CALLERS;
const as = (role: Role | undefined) => browser(role === undefined ? undefined : cookies.get(role));
const upload = (
  role: Role | undefined,
  file: string,
  body: Buffer | string,
  query = 'entity=dfb&unit=dfb-hrm',
  contentType = 'application/octet-stream',
) =>
  s.app.inject({
    method: 'POST',
    url: `/api/legacy/drafts?${query}&file=${encodeURIComponent(file)}`,
    headers: { ...as(role), 'content-type': contentType },
    payload: body,
  });
const suggestionOf = (role: Role | undefined, id: string) =>
  s.app.inject({ method: 'GET', url: `/api/fubes/${encodeURIComponent(id)}/suggestion`, headers: as(role) });
const accept = (role: Role | undefined, id: string, body: unknown) =>
  s.app.inject({
    method: 'POST',
    url: `/api/fubes/${encodeURIComponent(id)}/suggestion/accept`,
    headers: as(role),
    payload: body as Record<string, unknown>,
  });
const fubeOf = async (id: string) => (await s.store.fubes.get(id))!;

/** A .zip with one stored entry: a real archive that is no Word document. */
function zipWith(name: string, data: Buffer): Buffer {
  const deflated = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}

describe('uploading an old function description (POST /api/legacy/drafts)', () => {
  it('the upload limit is the reader’s', () => {
    expect(LEGACY_UPLOAD_BODY_LIMIT).toBe(LEGACY_LIMITS.bytes);
  });

  it('makes a draft per readable file (.txt, .docx, .pdf) in the caller’s entity and unit, with the file and suggestion in its history, no weighing', async () => {
    for (const name of [TXT, DOCX, PDF]) {
      const r = await upload('hrDfb', name, fixture(name));
      expect(r.statusCode, r.body).toBe(201);
      const result = r.json<LegacyDraftResult>();
      expect(result).toMatchObject({ file: name, status: 'created', errors: [] });
      const record = await fubeOf(result.fube!.id);
      expect(record.content).toMatchObject({
        entityId: 'dfb',
        unitId: 'dfb-hrm',
        holderIds: [],
        title: result.fube!.title,
      });
      expect(record.content.weighing).toBeUndefined();
      expect(record.workflow.status).toBe('draft');
      const [created] = await s.store.history.list({
        subjectType: 'fube',
        subjectId: record.id,
        action: 'fube.create',
      });
      expect(created!.reason).toBe(`ontwerp uit oude functiebeschrijving ${name}`);
      expect(created!.data).toMatchObject({ legacySource: name, suggestion: { family: record.content.familyId } });
    }
  });

  it('the administrator and the manager (their own unit) may upload too', async () => {
    expect((await upload('admin', TXT, fixture(TXT), 'entity=afb')).statusCode).toBe(201);
    expect((await upload('manager', TXT, fixture(TXT))).statusCode).toBe(201);
  });

  it('a file the reader refuses makes no draft and says why in Dutch (garbage zip, .doc, empty, binary)', async () => {
    const count = async () => (await s.store.fubes.summaries({})).length;
    const before = await count();
    const cases: [string, Buffer, RegExp][] = [
      ['oud.docx', zipWith('readme.txt', Buffer.from('geen Word')), /geen Word-document/],
      ['oud.docx', Buffer.from('PK\u0003\u0004 dit is geen zip'), /geen geldig Word-document|beschadigd/],
      ['oud.doc', Buffer.from('\xD0\xCF\x11\xE0', 'latin1'), /\.doc.*\.docx/],
      ['oud.pdf', Buffer.from('geen pdf'), /geen geldig PDF/],
      ['oud.txt', Buffer.alloc(0), /leeg/],
      ['oud.exe', Buffer.from('MZ'), /onbekend bestandstype/],
    ];
    for (const [name, body, reason] of cases) {
      const r = await upload('hrDfb', name, body);
      expect(r.statusCode, `${name}: ${r.body}`).toBe(422);
      const result = r.json<LegacyDraftResult>();
      expect(result).toMatchObject({ file: name, status: 'failed', fube: null });
      expect(result.errors[0]!.message).toMatch(reason);
    }
    expect(await count()).toBe(before);
  });

  it('refuses another entity (403), an unknown unit or family (422/404), a unit of another entity, before reading the file', async () => {
    const count = async () => (await s.store.fubes.summaries({})).length;
    const before = await count();
    expect((await upload('hrDfb', TXT, fixture(TXT), 'entity=afb')).statusCode).toBe(403);
    expect((await upload('hrAfb', TXT, fixture(TXT))).statusCode).toBe(403);
    expect((await upload('manager', TXT, fixture(TXT), 'entity=dfb&unit=dfb-begroting')).statusCode).toBe(403);
    const unknownUnit = await upload('hrDfb', TXT, fixture(TXT), 'entity=dfb&unit=bestaat-niet');
    expect(unknownUnit.statusCode, unknownUnit.body).toBe(422);
    expect(unknownUnit.headers['content-type']).toMatch(/problem\+json/);
    expect((await upload('hrDfb', TXT, fixture(TXT), 'entity=bestaat-niet')).statusCode).toBe(422);
    expect(
      (await upload('hrDfb', TXT, fixture(TXT), 'entity=dfb&unit=afb-juridisch')).statusCode,
    ).toBeGreaterThanOrEqual(403);
    expect((await upload('hrDfb', TXT, fixture(TXT), 'entity=dfb&family=bestaat-niet')).statusCode).toBe(404);
    // A refused caller's garbage is not read: the refusal, not the reader's complaint.
    expect((await upload('hrAfb', 'oud.docx', Buffer.from('garbage'))).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('holder, reader, validator, committees, pay analyst: 403; anonymous: 401', async () => {
    for (const role of ['holder', 'reader', 'validatorDfb', 'committee', 'appealCommittee', 'payAnalyst'] as const) {
      const r = await upload(role, TXT, fixture(TXT));
      expect(r.statusCode, `${role}: ${r.body}`).toBe(403);
    }
    expect((await upload(undefined, TXT, fixture(TXT))).statusCode).toBe(401);
  });

  it('refuses NUL, control and bidi characters in the file name or ids (400/422, nothing read), a missing name or entity (400)', async () => {
    const count = async () => (await s.store.fubes.summaries({})).length;
    const before = await count();
    const post = (query: string) =>
      s.app.inject({
        method: 'POST',
        url: `/api/legacy/drafts?${query}`,
        headers: { ...as('hrDfb'), 'content-type': 'text/plain' },
        payload: fixture(TXT),
      });
    for (const query of [
      `entity=dfb&file=a%00b.txt`,
      `entity=dfb&file=a%0Ab.txt`,
      `entity=dfb&file=%E2%80%AEtxt.exe`,
      `entity=d%00fb&file=a.txt`,
      `entity=dfb&unit=x%07&file=a.txt`,
    ]) {
      const r = await post(query);
      // NUL anywhere is refused by the server's text check (422), other controls by the schema (400).
      expect([400, 422], `${query}: ${r.body}`).toContain(r.statusCode);
      expect(r.json<{ errors: { path: string }[] }>().errors[0]!.path).toMatch(/^(file|entity|unit)$/);
    }
    for (const query of [`entity=dfb`, `file=a.txt`, `entity=dfb&file=%20%20`])
      expect((await post(query)).statusCode, query).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a file over 10 MB unread (413) and takes one of exactly 10 MB to the reader', async () => {
    const over = await upload('hrDfb', 'groot.txt', Buffer.alloc(LEGACY_LIMITS.bytes + 1, 0x61));
    expect(over.statusCode).toBe(413);
    const exact = await upload(
      'hrDfb',
      'groot.txt',
      Buffer.from(
        `Functietitel: Groot\n\nTaken\n${'- Beheert het budget van de dienst.\n'.repeat(LEGACY_LIMITS.bytes)}`.slice(
          0,
          LEGACY_LIMITS.bytes,
        ),
      ),
    );
    expect(exact.statusCode, exact.body.slice(0, 300)).toBe(201);
    expect(exact.json<LegacyDraftResult>().warnings.join(' ')).toMatch(/alleen de eerste/);
  });
});

describe('the suggestion of a draft (GET /api/fubes/{id}/suggestion) and taking it (POST …/accept)', () => {
  let id = '';
  let suggestion: FubeSuggestionView;

  beforeAll(async () => {
    id = (await upload('hrDfb', DOCX, fixture(DOCX))).json<LegacyDraftResult>().fube!.id;
  });

  it('shows the family, areas, values with evidence and confidence, and the old file name', async () => {
    const r = await suggestionOf('hrDfb', id);
    expect(r.statusCode, r.body).toBe(200);
    suggestion = r.json<FubeSuggestionView>();
    const record = await fubeOf(id);
    const family = (await s.store.families.get(record.content.familyId, record.content.familyVersion))?.family;
    expect(suggestion).toMatchObject({ fubeId: id, file: DOCX, family: record.content.familyId, method: 'lexical-v1' });
    expect(Object.keys(suggestion.values).sort()).toEqual(family!.criteria.map((c) => c.id).sort());
    for (const criterion of family!.criteria) {
      expect(suggestion.confidence[criterion.id]).toBeGreaterThan(0);
      expect(suggestion.confidence[criterion.id]).toBeLessThanOrEqual(1);
      expect(Array.isArray(suggestion.evidence[criterion.id])).toBe(true);
    }
    expect(Object.values(suggestion.evidence).flat().length).toBeGreaterThan(0);
    expect(suggestion.by).not.toBe('');
  });

  it('is visible exactly as the FUBE’s history: another entity gets 404, a reader without the history 403, anonymous 401; a FUBE without one 404', async () => {
    for (const role of Object.keys(CALLERS) as Role[]) {
      const history = await s.app.inject({ method: 'GET', url: `/api/fubes/${id}/history`, headers: as(role) });
      const seen = await suggestionOf(role, id);
      expect({ role, status: seen.statusCode }).toEqual({ role, status: history.statusCode });
    }
    expect((await suggestionOf('reader', id)).statusCode).toBe(403);
    expect((await suggestionOf(undefined, id)).statusCode).toBe(401);
    expect((await suggestionOf('hrDfb', 'bestaat-niet')).statusCode).toBe(404);
    const plain = (await s.store.fubes.summaries({ entityId: 'dfb' })).find((f) => f.id !== id)!;
    const none = await suggestionOf('hrDfb', plain.id);
    expect(none.statusCode).toBe(404);
    expect(none.json<{ detail: string }>().detail).toMatch(/niet gemaakt uit een oude functiebeschrijving/);
    expect((await suggestionOf('hrDfb', 'a\u0000b')).statusCode).toBe(422);
  });

  it('accepting writes the suggested values as the weighing (a new revision), never the class decision', async () => {
    const before = await fubeOf(id);
    expect((await accept('hrAfb', id, { baseRevision: before.revision })).statusCode).toBe(404);
    expect((await accept('holder', id, { baseRevision: before.revision })).statusCode).toBeGreaterThanOrEqual(403);
    expect((await accept('hrDfb', id, { baseRevision: before.revision, criteria: ['bestaat-niet'] })).statusCode).toBe(
      422,
    );
    expect((await accept('hrDfb', id, { baseRevision: before.revision, actor: 'u-admin' })).statusCode).toBe(400);
    expect((await accept('hrDfb', id, { baseRevision: before.revision + 5 })).statusCode).toBe(409);
    const r = await accept('hrDfb', id, { baseRevision: before.revision });
    expect(r.statusCode, r.body).toBe(200);
    const after = await fubeOf(id);
    expect(r.json<{ revision: number }>().revision).toBe(before.revision + 1);
    expect(after.content.weighing?.values).toEqual(suggestion.values);
    expect(after.content.decision).toBeUndefined();
    const [row] = await s.store.history.list({ subjectType: 'fube', subjectId: id, order: 'desc', limit: 1 });
    expect(row!.reason).toBe(`voorstel uit oude functiebeschrijving ${DOCX} overgenomen in de weging`);
    // A stale base after the accept: 409, nothing written.
    expect((await accept('hrDfb', id, { baseRevision: before.revision })).statusCode).toBe(409);
  });

  it('accepting some criteria keeps the draft’s own values for the others', async () => {
    const record = await fubeOf(id);
    const [first, second] = Object.keys(suggestion.values);
    const family = (await s.store.families.get(record.content.familyId, record.content.familyVersion))!.family;
    const changed = Object.fromEntries(
      Object.entries(record.content.weighing!.values).map(([k, v]) => [k, k === second ? (v === 1 ? 2 : v - 1) : v]),
    );
    const weighed = await s.app.inject({
      method: 'POST',
      url: `/api/fubes/${id}/weigh`,
      headers: as('hrDfb'),
      payload: { baseRevision: record.revision, values: changed },
    });
    expect(weighed.statusCode, weighed.body).toBe(200);
    expect(family.criteria.length).toBeGreaterThan(1);
    const partial = await accept('hrDfb', id, { baseRevision: record.revision + 1, criteria: [first] });
    expect(partial.statusCode, partial.body).toBe(200);
    const values = (await fubeOf(id)).content.weighing!.values;
    expect(values[first!]).toBe(suggestion.values[first!]);
    expect(values[second!]).toBe(changed[second!]);
    expect(values[second!]).not.toBe(suggestion.values[second!]);
  });

  it('a draft without a weighing cannot take only some criteria (the weighing must be complete)', async () => {
    const fresh = (await upload('hrDfb', TXT, fixture(TXT))).json<LegacyDraftResult>().fube!.id;
    const [first] = Object.keys(suggestion.values);
    const r = await accept('hrDfb', fresh, { baseRevision: 1, criteria: [first] });
    expect(r.statusCode, r.body).toBe(422);
    expect((await fubeOf(fresh)).revision).toBe(1);
  });
});
