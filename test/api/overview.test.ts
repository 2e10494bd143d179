import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/api/overview.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

let template: Awaited<ReturnType<typeof demoDatabase>>;
let s: SecuredApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  template = await demoDatabase();
  s = await securedApp(template);
  for (const login of Object.values(CALLERS)) cookies.set(login, await s.login(login));
}, 60_000);
afterAll(async () => {
  await s.close();
});

const get = (login: string, url: string, headers: Record<string, string> = {}) => s.app.inject({ method: 'GET', url, headers: { ...browser(cookies.get(login)), ...headers } });

/** Every id the catalogue lists for this login (all pages). */
async function catalogueIds(login: string, query = ''): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const r = await get(login, `/api/fubes?pageSize=200&page=${page}${query}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { items: { id: string }[] };
    ids.push(...body.items.map((i) => i.id));
    if (body.items.length < 200) return ids;
  }
}

describe('HR overview', () => {
  it('counts per entity and state exactly the FUBEs each login may open, and nothing for an anonymous visitor', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/overview', headers: browser() })).statusCode).toBe(401);
    for (const login of Object.values(CALLERS)) {
      const r = await get(login, '/api/overview');
      expect(r.statusCode, `${login}: ${r.body}`).toBe(200);
      const body = r.json() as Overview;
      const listed = await catalogueIds(login);
      expect(body.entities.reduce((sum, e) => sum + e.total, 0), login).toBe(listed.length);
      for (const e of body.entities) expect(e.counts.reduce((sum, c) => sum + c.count, 0), `${login} ${e.entityId}`).toBe(e.total);
      // Names for people to read, never the bare id.
      for (const e of body.entities) expect(e.name, login).not.toBe(e.entityId);
    }
    const dfb = (await get(CALLERS.hrDfb, '/api/overview')).json() as Overview;
    expect(dfb.entities.map((e) => e.entityId)).toEqual(['dfb']);
    const admin = (await get(CALLERS.admin, '/api/overview')).json() as Overview;
    expect(admin.entities.length).toBeGreaterThan(1);
  });

  it('lists the deadlines due within five working days or passed, soonest first, each on a FUBE the caller may open', async () => {
    const before = (await get(CALLERS.hrDfb, '/api/overview')).json() as Overview;
    s.clock.advance({ days: 40 });
    // Sessions end after a while without use: log in again, forty days on.
    for (const login of Object.values(CALLERS)) cookies.set(login, await s.login(login));
    try {
      for (const login of [CALLERS.hrDfb, CALLERS.admin, CALLERS.holder, CALLERS.manager]) {
        const body = (await get(login, '/api/overview')).json() as Overview;
        expect(body.dueBy >= body.today).toBe(true);
        const dates = body.deadlines.map((d) => d.deadline?.date ?? body.today);
        expect(dates, login).toEqual([...dates].sort());
        const keys = body.deadlines.map((d) => `${d.fube.id} ${d.deadline?.code} ${d.deadline?.date}`);
        expect(new Set(keys).size, 'one row per FUBE and deadline').toBe(keys.length);
        for (const d of body.deadlines) {
          expect(d.deadline === null || d.deadline.date <= body.dueBy, `${login} ${JSON.stringify(d)} due by ${body.dueBy}`).toBe(true);
          // A closed appeal window is nobody's work.
          if (d.actions.includes('appeal')) expect((d.deadline?.date ?? body.today) >= body.today).toBe(true);
          expect((await get(login, `/api/fubes/${d.fube.id}`)).statusCode, `${login} opens ${d.fube.id}`).toBe(200);
        }
      }
      const after = (await get(CALLERS.hrDfb, '/api/overview')).json() as Overview;
      expect(after.deadlines.length, 'forty days on, the proposals of the demo are due').toBeGreaterThan(0);
      expect(after.deadlines.some((d) => (d.deadline?.workingDaysLeft ?? 0) < 0 || d.deadline?.kind === 'not-before')).toBe(true);
      const afb = (await get(CALLERS.hrAfb, '/api/overview')).json() as Overview;
      expect(afb.deadlines.every((d) => d.fube.entityId === 'afb')).toBe(true);
      expect(new Set(after.deadlines.map((d) => d.fube.entityId))).toEqual(new Set(after.deadlines.length > 0 ? ['dfb'] : []));
    } finally {
      s.clock.set(before.today === '2026-03-02' ? '2026-03-02T09:00:00.000Z' : `${before.today}T09:00:00.000Z`);
    }
  });
});

describe('catalogue table (CSV, Excel)', () => {
  it('CSV: the rows the catalogue lists with the same filters, with names and Dutch states, no ids', async () => {
    for (const [login, query] of [
      [CALLERS.hrDfb, ''],
      [CALLERS.admin, '&state=draft'],
      [CALLERS.manager, ''],
      [CALLERS.holder, ''],
      [CALLERS.admin, '&q=medewerker'],
    ] as const) {
      const r = await get(login, `/api/catalogue/table?format=csv${query}`);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(r.headers['content-disposition']).toMatch(/attachment; filename="weegschaal-catalogus-\d{4}-\d{2}-\d{2}\.csv"/);
      const lines = r.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]).toBe('Functie;Entiteit;Afdeling;Functiefamilie;Niveau;Functieklasse;Status;Functiehouders;Leidinggevende;Laatst gewijzigd');
      expect(lines.length - 1, `${login}${query}`).toBe((await catalogueIds(login, query)).length);
      expect(r.body, 'no person or FUBE ids').not.toMatch(/\bp-\d{3}\b|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    const en = await get(CALLERS.hrDfb, '/api/catalogue/table?format=csv', { 'accept-language': 'en' });
    expect(en.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Function;Entity;Unit;Function family;Level;Function class;State;Function holders;Manager;Last changed');
  });

  it('Excel: a workbook with the same rows, numbers as numbers', async () => {
    const csv = await get(CALLERS.admin, '/api/catalogue/table?format=csv');
    const r = await get(CALLERS.admin, '/api/catalogue/table?format=xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readSheet(r.rawPayload);
    const csvLines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(csvLines.length);
    expect(rows[0]?.[0]).toBe('Functie');
    const classColumn = rows.slice(1).map((row) => row[5]).filter((v) => v !== null);
    expect(classColumn.length).toBeGreaterThan(0);
    for (const v of classColumn) expect(typeof v).toBe('number');
    expect(rows.slice(1).map((row) => row[0])).toEqual(csvLines.slice(1).map((line) => line.split(';')[0]?.replace(/^"|"$/g, '')));
  });

  it('refuses what is not a table: another format, control characters, an entity out of reach lists nothing of it', async () => {
    expect((await get(CALLERS.hrDfb, '/api/catalogue/table?format=exe')).statusCode).toBe(400);
    expect([400, 422]).toContain((await get(CALLERS.hrDfb, '/api/catalogue/table?format=csv&q=a%00b')).statusCode);
    expect((await s.app.inject({ method: 'GET', url: '/api/catalogue/table', headers: browser() })).statusCode).toBe(401);
    const other = await get(CALLERS.hrDfb, '/api/catalogue/table?format=csv&entity=afb');
    expect(other.statusCode).toBe(200);
    expect(other.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(1);
  });
});
