import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayReportView } from '../../src/api/pay-report.js';
import { scryptHash } from '../../src/store/demo.js';
import type { StoredPayRecord } from '../../src/store/index.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * The Art. 9 report over HTTP (issue 16 item 3): who sees which scopes, suppression, the
 * exports and their history rows, and hostile requests.
 */
let s: SecuredApp;
const cookies = new Map<string, string>();
const ANALYST = 'loonanalist.test@demo.weegschaal';
const ANALYST_DFB = 'loonanalist.dfb.test@demo.weegschaal';

/** 40 persons in dfb (class 10: men paid 10 % more) and 12 in afb (class 12: two women only). */
function records(): StoredPayRecord[] {
  const list: StoredPayRecord[] = [];
  const add = (i: number, entityId: string, sex: 'F' | 'M', cls: number, basicPay: number) =>
    list.push({
      personKey: `p${i}`,
      line: i + 2,
      entityId,
      sex,
      age: 30 + (i % 25),
      yearsOfService: i % 20,
      education: 1 + (i % 8),
      fubeId: null,
      category: null,
      resolvedFamily: 'organisatieondersteunende-functies',
      resolvedClass: cls,
      position: null,
      fte: 1,
      hoursPaid: 1976,
      basicPay,
      variablePay: i % 3 === 0 ? 1_500 : 0,
    });
  let i = 0;
  for (let k = 0; k < 10; k++) add(i++, 'dfb', 'F', 10, 40_000 + k * 100);
  for (let k = 0; k < 10; k++) add(i++, 'dfb', 'M', 10, 44_000 + k * 100);
  for (let k = 0; k < 10; k++) add(i++, 'dfb', k % 2 === 0 ? 'F' : 'M', 14, 55_000 + k * 100);
  for (let k = 0; k < 10; k++) add(i++, 'dfb', k % 2 === 0 ? 'F' : 'M', 8, 33_000 + k * 100);
  for (let k = 0; k < 2; k++) add(i++, 'afb', 'F', 12, 48_000);
  for (let k = 0; k < 10; k++) add(i++, 'afb', 'M', 12, 48_500 + k * 10);
  return list;
}

beforeAll(async () => {
  const template = await demoDatabase();
  s = await securedApp(template);
  await s.store.users.create({ email: ANALYST, name: 'Loonanalist Test', passwordHash: scryptHash('demo'), roles: [{ role: 'pay-analyst', entityId: null, unitId: null }] });
  await s.store.users.create({ email: ANALYST_DFB, name: 'Loonanalist DFB', passwordHash: scryptHash('demo'), roles: [{ role: 'pay-analyst', entityId: 'dfb', unitId: null }] });
  const analyst = await s.store.users.byEmail(ANALYST);
  await s.store.pay.replacePeriod({ id: '2026', referenceDate: '2026-12-31', entityId: null, importedBy: analyst!.id, sourceFormat: 'csv', threshold: 5 }, records(), { actorId: analyst!.id, data: {} });
  for (const login of [...Object.values(CALLERS), ANALYST, ANALYST_DFB]) cookies.set(login, await s.login(login));
}, 60_000);
afterAll(async () => {
  await s?.close();
});

const get = (login: string | undefined, url: string) => s.app.inject({ method: 'GET', url, headers: browser(login === undefined ? undefined : cookies.get(login)) });

describe('the pay report over HTTP', () => {
  it('gives the organisation-wide analyst the whole organisation and every entity, with the flag and suppression', async () => {
    const r = await get(ANALYST, '/api/pay/periods/2026/report');
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json() as PayReportView;
    expect(view.organisation?.byClass.counts.total).toBe(52);
    expect(view.entities.map((e) => e.entityId)).toEqual(['afb', 'dfb']);
    expect(view.entities.every((e) => e.name !== e.entityId)).toBe(true);
    const dfb10 = view.entities[1]!.byClass.categories.find((c) => c.category === '10')!;
    expect(dfb10.flagged).toBe(true);
    expect(dfb10.payMeanGap.annual).toBeGreaterThan(5);
    // Two women in afb's class 12: no figure of that group is a number.
    const afb12 = view.entities[0]!.byClass.categories.find((c) => c.category === '12')!;
    expect(afb12.payMeanGap.annual).toEqual({ suppressed: true });
    expect(afb12.means.women.pay.annual).toEqual({ suppressed: true });
    expect(afb12.means.men.pay.annual).toEqual({ suppressed: true });
    expect(afb12.flagged).toBeNull();
    expect(view.abilities.export).toBe(true);
    expect(view.adjusted).toMatchObject({ ok: true, n: 52 });
    // No person-level figure anywhere in the report.
    expect(r.body).not.toContain('p1"');
    expect(r.body).not.toContain('personKey');
  });

  it('gives HR of an entity only that entity, no organisation figures and no export', async () => {
    const view = (await get(CALLERS.hrDfb, '/api/pay/periods/2026/report')).json() as PayReportView;
    expect(view.organisation).toBeNull();
    expect(view.entities.map((e) => e.entityId)).toEqual(['dfb']);
    expect(view.adjusted).toBeNull();
    expect(view.abilities.export).toBe(false);
    const exported = await get(CALLERS.hrDfb, '/api/pay/periods/2026/report/export?format=csv');
    expect(exported.statusCode).toBe(403);
    expect(exported.json()).toMatchObject({ status: 403 });
  });

  it('refuses those without a pay role, and an anonymous visitor', async () => {
    for (const login of [CALLERS.holder, CALLERS.manager, CALLERS.reader, CALLERS.committee, CALLERS.validatorDfb]) {
      const r = await get(login, '/api/pay/periods/2026/report');
      expect(r.statusCode, login).toBe(403);
      expect(r.body).not.toContain('byClass');
    }
    expect((await get(undefined, '/api/pay/periods/2026/report')).statusCode).toBe(401);
  });

  it('answers a missing period with 404 and a malformed one with an error naming the field', async () => {
    expect((await get(ANALYST, '/api/pay/periods/2025/report')).statusCode).toBe(404);
    for (const bad of ['%00', 'a%0Ab', 'x'.repeat(200), '..%2F..%2Fetc', '%E2%80%AE2026']) {
      const r = await get(ANALYST, `/api/pay/periods/${bad}/report`);
      // Invalid input is refused naming the field (422; a control character in the URL is 400 before routing, an overlong parameter 414); a path no route matches, 404.
      expect([400, 404, 414, 422], bad).toContain(r.statusCode);
      if (r.statusCode === 422 || r.statusCode === 400) expect(r.body, bad).toContain('period');
    }
    const r = await get(ANALYST, '/api/pay/periods/2026/report/export?format=exe');
    expect([400, 422], r.body).toContain(r.statusCode);
    expect(r.body).toContain('format');
  });

  it('exports CSV, Excel and PDF with the same figures, each export in the history', async () => {
    const view = (await get(ANALYST, '/api/pay/periods/2026/report')).json() as PayReportView;
    const dfb10 = view.entities[1]!.byClass.categories.find((c) => c.category === '10')!;
    const csv = await get(ANALYST, '/api/pay/periods/2026/report/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('loonkloof-2026-');
    expect(csv.headers['cache-control']).toBe('no-store');
    const row = csv.body
      .split('\r\n')
      .map((line) => line.split(';'))
      .find((cells) => cells[3] === '10' && cells[2] === 'klasse' && cells[4]!.startsWith('gemiddelde kloof loonniveau') && cells[5] === 'jaarloon' && cells[1] !== 'Hele organisatie');
    expect(Number(row![7])).toBe(dfb10.payMeanGap.annual);

    const xlsx = await get(ANALYST, '/api/pay/periods/2026/report/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const sheets = await readXlsxFile(xlsx.rawPayload);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Overzicht', 'Categorieën', 'Alle cijfers']);

    const pdf = await get(ANALYST, '/api/pay/periods/2026/report/export?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const analyst = await s.store.users.byEmail(ANALYST);
    const history = await s.store.history.list({ subjectType: 'pay-period', subjectId: '2026' });
    const exports = history.filter((h) => h.action === 'pay.export' && h.actorId === analyst!.id);
    expect(exports.map((h) => (h.data as { format: string }).format).sort()).toEqual(['csv', 'pdf', 'xlsx']);
    // The history holds no amounts.
    expect(JSON.stringify(exports.map((h) => h.data))).not.toMatch(/pay"|\d{5}/iu);
  });

  it('gives an analyst of one entity that entity only, and the English report in English', async () => {
    const view = (await get(ANALYST_DFB, '/api/pay/periods/2026/report')).json() as PayReportView;
    expect(view.organisation).toBeNull();
    expect(view.entities.map((e) => e.entityId)).toEqual(['dfb']);
    const csv = await s.app.inject({ method: 'GET', url: '/api/pay/periods/2026/report/export?format=csv', headers: { ...browser(cookies.get(ANALYST)), 'accept-language': 'en' } });
    expect(csv.body).toContain('mean gap of the pay level');
  });
  it('recomputes the report after a new import of the period, even at the same instant', async () => {
    const before = (await get(ANALYST, '/api/pay/periods/2026/report')).json() as PayReportView;
    // The same counts (22 women, 30 men, all classified) at the same frozen instant, all in one
    // explicit category, imported as period 2026 again: only forgetting the computed report shows it.
    const lines = ['person;sex;age;yearsOfService;education;category;fte;hoursPaid;basicPay;variablePay'];
    for (let i = 0; i < 52; i++) lines.push(`q${i};${i < 22 ? 'F' : 'M'};40;10;3;7;1;1976;${i < 22 ? 30000 : 36000};0`);
    const imported = await s.app.inject({
      method: 'POST',
      url: '/api/pay/periods/2026/import?referenceDate=2026-12-31',
      headers: { ...browser(cookies.get(ANALYST)), 'content-type': 'text/csv' },
      payload: `${lines.join('\n')}\n`,
    });
    expect(imported.statusCode, imported.body).toBeLessThan(300);
    const after = (await get(ANALYST, '/api/pay/periods/2026/report')).json() as PayReportView;
    expect(after.organisation?.byClass.categories.map((c) => c.category)).toEqual(['7']);
    expect(after.organisation?.byClass.meanGap.annual).toBeCloseTo(((36000 - 30000) * 100) / 36000, 9);
    expect(after).not.toEqual(before);
  });
});
