import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayImportResult, PayPeriodList, PayRecordsView } from '../../src/api/pay.js';
import { PAY_IMPORT_BODY_LIMIT } from '../../src/api/pay.js';
import { scryptHash } from '../../src/store/demo.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * Issue 16 items 1 and 2 over HTTP on the demo database: importing a pay file as a period,
 * who may list, read and delete, and hostile requests (another entity, tampered ids,
 * oversized uploads, NUL and formula cells, concurrent imports).
 */
let s: SecuredApp;
const cookies = new Map<string, string>();
const ANALYST = 'loonanalist@demo.weegschaal';
const ANALYST_DFB = 'loonanalist.dfb.test@demo.weegschaal';
let heldPerson = '';
let heldClass = 0;
let heldFube = '';
let fubeClass = 0;
let afbPerson = '';

const HEADER = 'person;sex;age;yearsOfService;education;fube;category;position;fte;hoursPaid;basicPay;variablePay';
/** A valid row: person, sex, fube, category. */
const row = (person: string, sex: string, fube = '', category = '', basicPay = '45000') => `${person};${sex};40;10;3;${fube};${category};;1;1976;${basicPay};1500`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

beforeAll(async () => {
  const template = await demoDatabase();
  s = await securedApp(template);
  await s.store.users.create({ email: ANALYST_DFB, name: 'Loonanalist DFB', passwordHash: scryptHash('demo'), roles: [{ role: 'pay-analyst', entityId: 'dfb', unitId: null }] });
  for (const login of [...Object.values(CALLERS), ANALYST, ANALYST_DFB]) cookies.set(login, await s.login(login));
  const held = await s.store.pay.heldInForce('2026-12-31');
  const [person, fube] = [...held.byPerson].find(([, f]) => f.class > 0)!;
  [heldPerson, heldClass] = [person, fube.class];
  const other = [...held.byFube].find(([id]) => id !== fube.fubeId)!;
  [heldFube, fubeClass] = [other[0], other[1].class];
  afbPerson = (await s.store.people.list({ entityId: 'afb' }))[0]!.id;
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const as = (login: string | undefined) => browser(login === undefined ? undefined : cookies.get(login));
const upload = (login: string | undefined, period: string, body: string | Buffer, query = '') =>
  s.app.inject({ method: 'POST', url: `/api/pay/periods/${period}/import${query}`, headers: { ...as(login), 'content-type': 'text/csv' }, payload: body });
const get = (login: string | undefined, url: string) => s.app.inject({ method: 'GET', url, headers: as(login) });
const del = (login: string | undefined, period: string) => s.app.inject({ method: 'DELETE', url: `/api/pay/periods/${period}`, headers: as(login) });

describe('importing pay data (issue 16 item 1)', () => {
  it("resolves each person's category: the FUBE held in force, else the fube column's, else the explicit category, else niet ingedeeld", async () => {
    const r = await upload(ANALYST, '2025', csv(row(heldPerson, 'F'), row('extern-1', 'M', heldFube), row('extern-2', 'F', '', 'A2'), row('extern-3', 'X')));
    expect(r.statusCode, r.body).toBe(200);
    const result = r.json() as PayImportResult;
    expect(result).toMatchObject({ period: '2025', referenceDate: '2025-12-31', entityId: null, format: 'csv', committed: true, replaced: false, rows: 4, imported: 4, rejectedRows: 0, unclassified: 1, errors: [] });
    const records = (await get(ANALYST, '/api/pay/periods/2025/records')).json() as PayRecordsView;
    expect(records.records.map((x) => [x.personKey, x.resolvedClass, x.category])).toEqual([
      [heldPerson, heldClass, null],
      ['extern-1', fubeClass, null],
      ['extern-2', null, 'A2'],
      ['extern-3', null, null],
    ]);
    // The person's entity comes from the directory; an unknown person takes the period's (none).
    expect(records.records[0]!.entityId).not.toBeNull();
    expect(records.records[1]!.entityId).toBeNull();
  });

  it('refuses the whole file when a row is bad (line, column, reason), imports the good rows with partial=true', async () => {
    const file = csv(row('a-1', 'F'), row('a-2', 'Q'), row('a-3', 'M', '', '', '-5'));
    const refused = await upload(ANALYST, 'p-partial', file, '?referenceDate=2026-12-31');
    expect(refused.statusCode).toBe(422);
    const body = refused.json() as PayImportResult;
    expect(body.committed).toBe(false);
    expect(body.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'sex', 'pay.sex-unknown'],
      [4, 'basicPay', 'pay.not-a-number'],
    ]);
    expect(body.errors[0]!.message).toMatch(/geslacht/);
    expect((await get(ANALYST, '/api/pay/periods')).json<PayPeriodList>().periods.map((p) => p.id)).not.toContain('p-partial');
    const english = await s.app.inject({ method: 'POST', url: '/api/pay/periods/p-partial/import?referenceDate=2026-12-31', headers: { ...as(ANALYST), 'content-type': 'text/csv', 'accept-language': 'en' }, payload: file });
    expect(english.json<PayImportResult>().errors[0]!.message).toMatch(/sex/i);
    const partial = await upload(ANALYST, 'p-partial', file, '?partial=true&referenceDate=2026-06-30');
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ committed: true, imported: 1, rejectedRows: 2, referenceDate: '2026-06-30' });
  });

  it('re-importing a period replaces it and says so; the history holds counts, never amounts', async () => {
    await upload(ANALYST, 'p-again', csv(row('b-1', 'F'), row('b-2', 'M')), '?referenceDate=2026-12-31');
    const again = await upload(ANALYST, 'p-again', csv(row('b-3', 'F', '', '', '51234.5')), '?referenceDate=2026-12-31&threshold=7');
    expect(again.json()).toMatchObject({ committed: true, replaced: true, imported: 1 });
    const period = (await get(ANALYST, '/api/pay/periods')).json<PayPeriodList>().periods.find((p) => p.id === 'p-again');
    expect(period).toMatchObject({ threshold: 7, counts: { records: 1, women: 1, men: 0 }, abilities: { readPersons: true, import: true, delete: true } });
    const history = await s.store.history.list({ subjectType: 'pay-period', subjectId: 'p-again' });
    expect(history.map((e) => e.action)).toEqual(['pay.import', 'pay.import']);
    expect(JSON.stringify(history)).not.toMatch(/51234|45000|1500/);
  });

  it('a period that is no year needs a reference date; a threshold below 5 or an unknown entity is refused', async () => {
    expect((await upload(ANALYST, 'H1', csv(row('c-1', 'F')))).statusCode).toBe(400);
    expect((await upload(ANALYST, '2026', csv(row('c-1', 'F')), '?threshold=3')).statusCode).toBe(400);
    const unknown = await upload(ANALYST, '2026-x', csv(row('c-1', 'F')), '?entity=nergens&referenceDate=2026-12-31');
    expect(unknown.statusCode).toBe(400);
  });
});

describe('who may import, list, read and delete (issue 16 item 2)', () => {
  it('only the pay analyst imports; anonymous 401, every other demo role 403', async () => {
    expect((await upload(undefined, 'p-roles', csv(row('d-1', 'F')))).statusCode).toBe(401);
    for (const login of Object.values(CALLERS).filter((l) => l !== ANALYST)) expect((await upload(login, 'p-roles', csv(row('d-1', 'F')))).statusCode, login).toBe(403);
    expect((await get(ANALYST, '/api/pay/periods')).json<PayPeriodList>().periods.map((p) => p.id)).not.toContain('p-roles');
  });

  it('only the pay analyst reads person-level records; each read is in the history', async () => {
    for (const login of [CALLERS.admin, CALLERS.hrDfb, CALLERS.hrAfb, CALLERS.reader, CALLERS.holder]) expect((await get(login, '/api/pay/periods/2025/records')).statusCode, login).toBe(403);
    const before = (await s.store.history.list({ action: 'pay.read-persons', subjectId: '2025' })).length;
    const r = await get(ANALYST, '/api/pay/periods/2025/records');
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    const after = await s.store.history.list({ action: 'pay.read-persons', subjectId: '2025' });
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.actorName).toBe('Paula Loonanalist');
  });

  it("an entity's pay analyst imports for the entity only, not a person of another entity, and never reads or deletes the organisation's period", async () => {
    expect((await upload(ANALYST_DFB, '2026-org', csv(row('e-1', 'F')), '?referenceDate=2026-12-31')).statusCode).toBe(403);
    const mixed = await upload(ANALYST_DFB, '2026-dfb', csv(row('e-1', 'F'), row(afbPerson, 'M')), '?entity=dfb&referenceDate=2026-12-31');
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json<PayImportResult>().errors).toEqual([expect.objectContaining({ line: 3, column: 'person', code: 'pay.person-other-entity' })]);
    const ok = await upload(ANALYST_DFB, '2026-dfb', csv(row('e-1', 'F'), row('e-2', 'M')), '?entity=dfb&referenceDate=2026-12-31');
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await get(ANALYST_DFB, '/api/pay/periods/2025/records')).statusCode).toBe(403);
    expect((await del(ANALYST_DFB, '2025')).statusCode).toBe(403);
    // Replacing the organisation's period under the same name with an entity's data: refused.
    expect((await upload(ANALYST_DFB, '2025', csv(row('e-3', 'F')), '?entity=dfb')).statusCode).toBe(403);
    expect((await get(ANALYST, '/api/pay/periods/2025/records')).json<PayRecordsView>().records).toHaveLength(4);
  });

  it("lists periods to the analyst, the administrator and HR (its entity's and the organisation's), with counts only; 403 for the others", async () => {
    const ids = async (login: string) => (await get(login, '/api/pay/periods')).json<PayPeriodList>().periods.map((p) => p.id);
    expect(await ids(ANALYST)).toEqual(expect.arrayContaining(['2025', '2026-dfb']));
    expect(await ids(CALLERS.admin)).toEqual(expect.arrayContaining(['2025', '2026-dfb']));
    expect(await ids(CALLERS.hrDfb)).toEqual(expect.arrayContaining(['2025', '2026-dfb']));
    expect(await ids(CALLERS.hrAfb)).not.toContain('2026-dfb');
    // An entity's analyst sees the organisation's period (for its entity's report), without its records.
    const dfb = (await get(ANALYST_DFB, '/api/pay/periods')).json<PayPeriodList>();
    expect(dfb.periods.find((p) => p.id === '2026-dfb')?.abilities).toEqual({ readPersons: true, import: true, delete: true, export: true });
    expect(dfb.periods.find((p) => p.id === '2025')?.abilities).toEqual({ readPersons: false, import: false, delete: false, export: false });
    const admin = (await get(CALLERS.admin, '/api/pay/periods')).json<PayPeriodList>();
    expect(admin.canImport).toBe(false);
    expect(admin.periods.find((p) => p.id === '2025')?.abilities).toEqual({ readPersons: false, import: false, delete: true, export: false });
    expect(JSON.stringify(admin)).not.toMatch(/basicPay|45000/);
    for (const login of [CALLERS.manager, CALLERS.validatorDfb, CALLERS.committee, CALLERS.appealCommittee, CALLERS.holder, CALLERS.reader])
      expect((await get(login, '/api/pay/periods')).statusCode, login).toBe(403);
  });

  it('deleting a period deletes all its records, with a history row; again: 404', async () => {
    await upload(ANALYST, 'p-delete', csv(row('f-1', 'F'), row('f-2', 'M')), '?referenceDate=2026-12-31');
    expect((await del(CALLERS.hrDfb, 'p-delete')).statusCode).toBe(403);
    const r = await del(ANALYST, 'p-delete');
    expect(r.statusCode, r.body).toBe(200);
    expect(await s.store.pay.recordsForReport('p-delete')).toEqual([]);
    expect((await s.store.history.list({ action: 'pay.delete-period', subjectId: 'p-delete' })).map((e) => (e.data as { counts: { records: number } }).counts.records)).toEqual([2]);
    expect((await del(ANALYST, 'p-delete')).statusCode).toBe(404);
  });
});

describe('hostile requests', () => {
  it('tampered period ids: path tricks and control characters are refused, unknown ids are 404', async () => {
    for (const id of ['..%2F2025', '2025%00', '%E2%80%AE2025', 'a'.repeat(41), '2025%3Bdrop'])
      expect((await get(ANALYST, `/api/pay/periods/${id}/records`)).statusCode, id).toBeGreaterThanOrEqual(400);
    for (const id of ['..%2F2025', '2025%00'])
      expect((await get(ANALYST, `/api/pay/periods/${id}/records`)).statusCode, id).not.toBe(200);
    expect((await get(ANALYST, '/api/pay/periods/2024/records')).statusCode).toBe(404);
    expect((await del(ANALYST, '2024')).statusCode).toBe(404);
  });

  it('an upload over the limit is refused with 413 before it is read', async () => {
    const r = await upload(ANALYST, 'p-big', Buffer.alloc(PAY_IMPORT_BODY_LIMIT + 1, 0x41));
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
  });

  it('NUL and control characters in a cell reject the row (or the file), nothing is stored', async () => {
    const nul = await upload(ANALYST, 'p-nul', csv(row('g-1', 'F'), row('g\u00002', 'M')), '?referenceDate=2026-12-31');
    expect(nul.statusCode).toBe(422);
    expect(nul.json<PayImportResult>().errors[0]?.code).toMatch(/^pay\.(text-fault|file-nul)$/);
    const control = await upload(ANALYST, 'p-nul', csv(row('g-1', 'F'), row('g\u001b2', 'M'), row('g-3', 'F', '', 'A\u202e1')), '?referenceDate=2026-12-31');
    expect(control.statusCode).toBe(422);
    expect(control.json<PayImportResult>().errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'pay.text-fault'],
      [4, 'pay.text-fault'],
    ]);
    expect(await s.store.pay.period('p-nul')).toBeUndefined();
  });

  it('a cell that a spreadsheet would run as a formula is rejected', async () => {
    const r = await upload(ANALYST, 'p-formula', csv(row('h-1', 'F'), row("=cmd|' /C calc'!A0", 'M'), row('h-3', 'F', '', '@SUM(A1)'), row('h-4', 'M', '', '+1')), '?referenceDate=2026-12-31');
    expect(r.statusCode).toBe(422);
    const errors = r.json<PayImportResult>().errors;
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'person', 'pay.formula-like'],
      [4, 'category', 'pay.formula-like'],
      [5, 'category', 'pay.formula-like'],
    ]);
    expect(errors[0]!.message).toMatch(/formule/);
  });

  it('two concurrent imports of one period both finish: the period holds one of them whole, the other is reported as replacing it', async () => {
    const a = csv(...Array.from({ length: 300 }, (_, i) => row(`r-a-${i}`, i % 2 === 0 ? 'F' : 'M')));
    const b = csv(...Array.from({ length: 200 }, (_, i) => row(`r-b-${i}`, i % 2 === 0 ? 'F' : 'M')));
    const [ra, rb] = await Promise.all([upload(ANALYST, 'p-race', a, '?referenceDate=2026-12-31'), upload(ANALYST, 'p-race', b, '?referenceDate=2026-12-31')]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
    expect([ra.json<PayImportResult>().replaced, rb.json<PayImportResult>().replaced].sort()).toEqual([false, true]);
    const stored = await s.store.pay.recordsForReport('p-race');
    expect([300, 200]).toContain(stored.length);
    expect(new Set(stored.map((r) => r.personKey.slice(0, 4))).size).toBe(1);
  });

  it('the acting analyst is the session, never a field of the request', async () => {
    await upload(ANALYST, 'p-actor', csv(row('i-1', 'F')), '?referenceDate=2026-12-31&importedBy=u-admin&actorId=u-admin');
    const analyst = await s.store.users.byEmail(ANALYST);
    expect((await s.store.pay.period('p-actor'))?.importedBy).toBe(analyst?.id);
  });
});
