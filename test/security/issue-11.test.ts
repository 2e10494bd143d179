import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { parseCatalogue } from '../../src/documents/catalogue/parse.js';
import { isPublicRoute } from '../../src/api/public-routes.js';
import { TestClock } from '../../src/domain/clock.js';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { DEMO_PASSWORD, loadDemo } from '../../src/store/demo.js';
import type { Store } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from '../api/harness.js';
import { describeEachDatabase } from '../store/databases.js';
import { START, type SecuredApp, browser, cookieFrom, demoDatabase, securedApp } from './harness.js';

/**
 * The reproductions of issue 11 (robustness), each a named regression test: what once
 * crashed, froze or flooded the server now answers a clear 4xx and the server stays up.
 */
describe('issue 11, reproduction 1: an anonymous body of 12,000 nested brackets', () => {
  let template: Awaited<ReturnType<typeof demoDatabase>>;
  let s: SecuredApp;
  beforeAll(async () => {
    template = await demoDatabase();
    s = await securedApp(template);
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  const deep = '['.repeat(12_000) + ']'.repeat(12_000);

  it('POST /api/families/validate twice: 422 naming the depth limit both times, and the server answers after', async () => {
    for (let round = 0; round < 2; round++) {
      const response = await s.app.inject({ method: 'POST', url: '/api/families/validate', headers: { ...browser(), 'content-type': 'application/json' }, payload: deep });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json() as { type: string; errors: { code: string; message: string; line?: number }[] };
      expect(problem.type).toBe('/api/problems/limit');
      expect(problem.errors[0]).toMatchObject({ code: 'limit.depth', line: 1 });
      expect(problem.errors[0]?.message).toContain('32');
    }
    expect((await s.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('the same body as YAML, and to a JSON route: 422, in the language asked for', async () => {
    const yaml = await s.app.inject({ method: 'POST', url: '/api/families/validate', headers: { ...browser(), 'content-type': 'application/yaml', 'accept-language': 'en' }, payload: deep });
    expect(yaml.statusCode).toBe(422);
    expect((yaml.json() as { errors: { message: string }[] }).errors[0]?.message).toMatch(/^nested too deeply: at most 32 levels/);
    const json = await s.app.inject({ method: 'POST', url: '/api/weigh', headers: { ...browser(), 'content-type': 'application/json' }, payload: deep });
    expect(json.statusCode).toBe(422);
    expect((json.json() as { errors: { code: string; message: string }[] }).errors[0]).toMatchObject({ code: 'limit.depth', message: 'te diep genest: hoogstens 32 niveaus van lijsten en objecten' });
  });

  it('a YAML alias bomb: 422 naming the alias limit, not 500', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const response = await s.app.inject({ method: 'POST', url: '/api/families/validate', headers: { ...browser(), 'content-type': 'application/yaml' }, payload: bomb });
    expect(response.statusCode).toBe(422);
    expect((response.json() as { errors: { code: string }[] }).errors[0]?.code).toBe('limit.aliases');
  });

  it('a body with too many keys, and one over the byte limit: 422 and 413', async () => {
    const keys = `{${Array.from({ length: 20_001 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const many = await s.app.inject({ method: 'POST', url: '/api/weigh', headers: { ...browser(), 'content-type': 'application/json' }, payload: keys });
    expect(many.statusCode).toBe(422);
    expect((many.json() as { errors: { code: string }[] }).errors[0]?.code).toBe('limit.keys');
    const huge = await s.app.inject({ method: 'POST', url: '/api/weigh', headers: { ...browser(), 'content-type': 'application/json' }, payload: `"${'x'.repeat(6 * 1024 * 1024)}"` });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { type: string; errors: { code: string }[] })).toMatchObject({ type: '/api/problems/limit', errors: [{ code: 'limit.bytes' }] });
  });

  it('the loaders themselves: a family file and a catalogue over the depth limit fail with the limit and its line', () => {
    const family = loadFamilySource(`id: x\nname: ${deep}\n`, { file: 'diep.yaml' });
    expect(family.ok).toBe(false);
    if (!family.ok) expect(family.errors[0]).toMatchObject({ code: 'limit.depth', file: 'diep.yaml', line: 2 });
    const jsonFamily = loadFamilySource(deep, { file: 'diep.json' });
    expect(jsonFamily.ok || jsonFamily.errors[0]?.code).toBe('limit.depth');
    const catalogue = parseCatalogue(`{"format":\n${deep}}`, { file: 'catalogus.json' });
    expect(catalogue.ok || catalogue.errors[0]).toMatchObject({ code: 'limit.depth', line: 2 });
  });
});

describe('issue 11, reproduction 6: authentication before validation', () => {
  let template: Awaited<ReturnType<typeof demoDatabase>>;
  let s: SecuredApp;
  beforeAll(async () => {
    template = await demoDatabase();
    s = await securedApp(template);
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  it('GET /api/matrix/cell without parameters answers 401 to an anonymous caller, not 400', async () => {
    const response = await s.app.inject({ method: 'GET', url: '/api/matrix/cell', headers: browser() });
    expect(response.statusCode).toBe(401);
    expect((response.json() as { type: string }).type).toBe('/api/problems/unauthorized');
  });

  it('every route of the OpenAPI document that is not public answers 401 to an anonymous caller, whatever the request holds', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths))
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        if (isPublicRoute(method, path)) continue;
        const url = path.replace(/\{\w+\}/g, '%00x');
        for (const payload of [undefined, '{}', '"\u0000"', '['.repeat(100)]) {
          const response = await s.app.inject({ method: method as 'GET', url, headers: { ...browser(), 'content-type': 'application/json' }, ...(payload !== undefined && method !== 'GET' ? { payload } : {}) });
          checked++;
          if (response.statusCode !== 401) wrong.push(`${method} ${path} ${payload ?? ''}: ${response.statusCode}`);
        }
      }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });
});

describeEachDatabase('issue 11, reproduction 4: NUL, lone surrogates and bidi controls', (database) => {
  const clock = new TestClock(START);
  let app: App;
  let store: Store;
  let hr = '';
  beforeAll(async () => {
    store = await database.open({ now: () => clock.now() });
    const family = seedFamily();
    await store.families.saveDraft(family, SEED_SOURCE, 'system');
    await store.families.publish(family.id, family.version, 'system');
    await loadDemo(store, family, { now: new Date(START) });
    app = await buildApp({ store, clock, accounts: storeAccounts(store) });
    const login = await app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: 'hr.dfb@demo.weegschaal', password: DEMO_PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    hr = cookieFrom(login.headers['set-cookie']);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  const create = (title: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/fubes',
      headers: { ...browser(hr), 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ familyId: 'organisatieondersteunende-functies', title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: [] }),
    });
  const countFubes = async () => (await store.fubes.summaries({})).length;
  const fieldOf = (body: string) => (JSON.parse(body) as { errors: { path: string; code: string; message: string }[] }).errors[0];

  it('a title with NUL, with a lone surrogate or with a right-to-left override: 422 naming the title, nothing stored', async () => {
    const before = await countFubes();
    for (const [title, code] of [
      ['Dossier\u0000beheerder', 'text.nul'],
      ['Dossier\uD800beheerder', 'text.surrogate'],
      ['Dossier\uFFFEbeheerder', 'text.noncharacter'],
    ] as const) {
      const response = await create(title);
      expect(response.statusCode, response.body).toBe(422);
      expect(fieldOf(response.body)).toMatchObject({ path: 'title', code });
    }
    const rtl = await create('Dossier\u202Ereedlehebnoissod');
    expect(rtl.statusCode, rtl.body).toBe(400);
    expect(fieldOf(rtl.body)).toMatchObject({ path: 'title', message: 'bevat een teken dat de schrijfrichting omkeert; dat is niet toegelaten in namen en titels' });
    const english = await create('x\u0000', { 'accept-language': 'en' });
    expect(fieldOf(english.body)?.message).toBe('contains a NUL character (U+0000), which is not allowed');
    expect(await countFubes()).toBe(before);
  });

  it('a search with NUL or a lone surrogate answers 422, not 500', async () => {
    for (const q of ['%00', '%EF%BF%BE', 'a%01b']) {
      const response = await app.inject({ method: 'GET', url: `/api/fubes?q=${q}`, headers: browser(hr) });
      expect(response.statusCode, `${q}: ${response.body}`).toBe(422);
      expect(fieldOf(response.body)?.path).toBe('q');
    }
    // A surrogate cannot travel in a URL: its UTF-8 encoding is invalid and arrives as U+FFFD.
    for (const q of ['%ED%A0%80', '%ED%B0%80']) {
      const response = await app.inject({ method: 'GET', url: `/api/fubes?q=${q}`, headers: browser(hr) });
      expect(response.statusCode, `${q}: ${response.body}`).toBe(200);
    }
  });

  it('an anonymous login with NUL in the name: 422, and no history row written', async () => {
    const before = (await store.history.list({ subjectType: 'user' })).length;
    const response = await app.inject({ method: 'POST', url: '/api/login', headers: { ...browser(), 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'a\u0000b', password: 'x' }) });
    expect(response.statusCode, response.body).toBe(422);
    expect(fieldOf(response.body)).toMatchObject({ path: 'username', code: 'text.nul' });
    expect((await store.history.list({ subjectType: 'user' })).length).toBe(before);
  });

  it('a title is stored and found in NFC: the decomposed and the composed form are the same FUBE title', async () => {
    const response = await create('Coo\u0308rdinator financie\u0308n');
    expect(response.statusCode, response.body).toBe(201);
    const id = (response.json() as { id: string }).id;
    expect((await store.fubes.get(id))?.content.title).toBe('Co\u00f6rdinator financi\u00ebn');
    const found = await app.inject({ method: 'GET', url: `/api/fubes?q=${encodeURIComponent('Coo\u0308rdinator')}`, headers: browser(hr) });
    expect((found.json() as { items: { id: string }[] }).items.map((f) => f.id)).toContain(id);
  });
});
