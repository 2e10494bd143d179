import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { SEED_SOURCE } from '../api/harness.js';
import { type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

/**
 * Bad input, generated: thousands of mutated family files and JSON bodies. Nothing may
 * crash (no exception, no 500); every refusal is a 4xx problem+json that names a field;
 * and a refused request leaves the stored data as it was.
 */

/** Mutations of a valid text: cut, insert, duplicate, replace a line, flip a character. */
const mutatedText = (base: string): fc.Arbitrary<string> => {
  const lines = base.split('\n');
  const mutation = fc.oneof(
    fc.tuple(fc.nat(base.length), fc.nat(200)).map(([at, n]) => (t: string) => t.slice(0, at) + t.slice(at + n)),
    fc.tuple(fc.nat(base.length), fc.string({ maxLength: 20, unit: 'binary' })).map(([at, s]) => (t: string) => t.slice(0, at) + s + t.slice(at)),
    fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('', '  -', ': :', 'x: [', '"', '{', '~', '-1', '1e999', 'null', '&a *a', '!!binary x')).map(
      ([i, s]) => (t: string) => t.split('\n').map((l, j) => (j === i ? s : l)).join('\n'),
    ),
    fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1)).map(([i, j]) => (t: string) => {
      const ls = t.split('\n');
      ls.splice(j, 0, ls[i] ?? '');
      return ls.join('\n');
    }),
    fc.nat(base.length).map((at) => (t: string) => t.slice(0, at) + String.fromCharCode(((t.charCodeAt(at) || 32) + 1) % 128) + t.slice(at + 1)),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((t, m) => m(t), base));
};

/** A valid JSON document with one value somewhere replaced by something else. */
function mutatedJson(base: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(base, []);
  const replacement = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 }));
  return fc.tuple(fc.constantFrom(...paths), replacement).map(([path, value]) => {
    if (path.length === 0) return value;
    const copy = structuredClone(base) as Record<string | number, unknown>;
    let node: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete node[last];
    else node[last] = value;
    return copy;
  });
}

describe('the family loader on bad input', () => {
  it('never throws on 600 mutated family files, and every error names a field or a position', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedText(SEED_SOURCE), (text) => {
        const result = loadFamilySource(text, { file: 'gemuteerd.yaml' });
        if (result.ok) return;
        rejected++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
          expect(error.path !== '' || error.line !== undefined).toBe(true);
        }
      }),
      { numRuns: 600, seed: 20260301 },
    );
    expect(rejected).toBeGreaterThan(200);
  }, 120_000);

  it('never throws on 400 mutated JSON documents of the family', () => {
    const seed = parseYaml(SEED_SOURCE) as unknown;
    fc.assert(
      fc.property(mutatedJson(seed), (document) => {
        const result = loadFamilySource(JSON.stringify(document) ?? 'null', { file: 'gemuteerd.json' });
        if (!result.ok) for (const error of result.errors) expect(error.path !== '' || error.line !== undefined || error.code.length > 0).toBe(true);
      }),
      { numRuns: 400, seed: 7 },
    );
  }, 120_000);
});

describe('every JSON input of the API on bad input', () => {
  let template: Awaited<ReturnType<typeof demoDatabase>>;
  let s: SecuredApp;
  let admin = '';
  beforeAll(async () => {
    template = await demoDatabase();
    s = await securedApp(template);
    admin = await s.login('beheerder@demo.weegschaal');
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  /** The stored data the requests could change. */
  const snapshot = async () => {
    const count = async (table: 'history' | 'workflow_events' | 'fube_revisions' | 'families' | 'fubes') =>
      Number((await s.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return JSON.stringify({
      fubes: (await s.store.fubes.summaries({})).map((f) => [f.id, f.revision, f.state]),
      // Accounts write their own history (failed logins); everything else must stay put.
      history: Number(
        (await s.store.db.selectFrom('history').select((eb) => eb.fn.countAll().as('n')).where('subject_type', '!=', 'user').executeTakeFirstOrThrow()).n,
      ),
      rows: await Promise.all((['workflow_events', 'fube_revisions', 'families', 'fubes'] as const).map(count)),
    });
  };

  it('2,000 mutated bodies on every write route: no 500, a problem+json naming the field, stored data unchanged after each refusal', async () => {
    const summaries = await s.store.fubes.summaries({});
    const draft = summaries.find((f) => f.unitId === 'dfb-hrm' && f.state === 'draft');
    const proposed = summaries.find((f) => f.unitId === 'dfb-hrm' && f.state === 'proposed');
    const appealed = summaries.find((f) => f.state === 'appealed' && f.entityId === 'dfb');
    const draftRecord = await s.store.fubes.get(draft?.id ?? '');
    const final = summaries.find((f) => f.state === 'final');
    const values = (await s.store.fubes.get(final?.id ?? ''))?.content.weighing?.values ?? {};
    const routes: { url: string; method: 'POST' | 'PUT'; valid: unknown }[] = [
      { url: '/api/login', method: 'POST', valid: { username: 'beheerder@demo.weegschaal', password: 'fout' } },
      { url: '/api/me/password', method: 'POST', valid: { current: 'fout', next: 'een nieuw wachtwoord' } },
      { url: '/api/weigh', method: 'POST', valid: { familyId: 'organisatieondersteunende-functies', values } },
      { url: '/api/families/validate', method: 'POST', valid: parseYaml(SEED_SOURCE) },
      { url: '/api/families', method: 'POST', valid: parseYaml(SEED_SOURCE) },
      { url: '/api/fubes', method: 'POST', valid: { familyId: 'organisatieondersteunende-functies', title: 'x', entityId: 'dfb', unitId: 'dfb-hrm', holderIds: [] } },
      { url: `/api/fubes/${draft?.id}`, method: 'PUT', valid: { baseRevision: 99, content: draftRecord?.content } },
      { url: `/api/fubes/${draft?.id}/weigh`, method: 'POST', valid: { baseRevision: 99, values } },
      { url: `/api/fubes/${proposed?.id}/transitions`, method: 'POST', valid: { baseRevision: 99, action: { type: 'withdraw-proposal', motivation: 'm' } } },
      { url: `/api/fubes/${proposed?.id}/remarks`, method: 'POST', valid: { text: 'opmerking' } },
      { url: `/api/fubes/${appealed?.id}/appeals`, method: 'POST', valid: { appellantIds: ['p-001'], grounds: ['class'], motivation: 'm' } },
      { url: `/api/fubes/${appealed?.id}/appeals/beroep-1/decision`, method: 'POST', valid: { outcome: 'upheld', class: 99, motivation: 'm' } },
    ];
    let before = await snapshot();
    const failures: string[] = [];
    let refused = 0;
    let sent = 0;
    for (const [index, route] of routes.entries()) {
      // Valid bodies with baseRevision 99 (stale) or a wrong password: even the unmutated body is refused.
      const samples = fc.sample(fc.oneof(mutatedJson(route.valid), fc.jsonValue({ maxDepth: 3 })), { numRuns: 170, seed: 100 + index });
      for (const body of samples) {
        const response = await s.app.inject({ method: route.method, url: route.url, headers: { ...browser(admin), 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
        sent++;
        const where = `${route.method} ${route.url} ${JSON.stringify(body)?.slice(0, 120)}`;
        if (response.statusCode >= 500) failures.push(`${response.statusCode} ${where}: ${response.body.slice(0, 200)}`);
        // An accepted mutation (a valid body after all) is the new baseline.
        if (response.statusCode < 400) {
          before = await snapshot();
          continue;
        }
        refused++;
        if ((await snapshot()) !== before) failures.push(`stored data changed by a refused request: ${where}`);
        if (!String(response.headers['content-type']).startsWith('application/problem+json')) failures.push(`not problem+json: ${where}`);
        const problem = response.json() as { status: number; errors?: { path: string }[] };
        if (problem.status !== response.statusCode) failures.push(`status mismatch: ${where}`);
        if ((response.statusCode === 400 || response.statusCode === 422) && (problem.errors ?? []).length === 0) failures.push(`no field named: ${where}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBe(routes.length * 170);
    // Most mutations are refused; the few valid ones were accepted and became the baseline.
    expect(refused).toBeGreaterThan(sent * 0.8);
  }, 600_000);
});
