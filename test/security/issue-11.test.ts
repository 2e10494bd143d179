import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { parseCatalogue } from '../../src/documents/catalogue/parse.js';
import { isPublicRoute } from '../../src/api/public-routes.js';
import { type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

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
