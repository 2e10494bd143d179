import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_MAX, type FubeComparison } from '../../src/api/compare.js';
import { MATRIX_CELL_ITEMS, type Matrix } from '../../src/api/matrix.js';
import { smallTestFamily } from '../../src/domain/fube/test-family.js';
import { catalogues } from '../../src/messages/index.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';
import { type SecondFamilyFube, addSecondFamily } from '../support/second-family.js';
import { expectProblem } from './procedure-harness.js';

/**
 * Issue 15 item 6 through the HTTP API, on the demo database with the second test family
 * beside the seed: `GET /api/compare` (all or nothing, 400 on garbage) and the matrix with
 * the FUBE titles of every cell, two families side by side.
 */
let s: SecuredApp;
let second: SecondFamilyFube[];
const cookies = new Map<string, string>();
const SEED = 'organisatieondersteunende-functies';
const SMALL = smallTestFamily.id;

beforeAll(async () => {
  s = await securedApp(await demoDatabase());
  second = await addSecondFamily(s.store);
  for (const login of Object.values(CALLERS)) cookies.set(login, await s.login(login));
}, 120_000);
afterAll(async () => {
  await s.close();
});

const get = (login: string | undefined, url: string, headers: Record<string, string> = {}) =>
  s.app.inject({
    method: 'GET',
    url,
    headers: { ...browser(login === undefined ? undefined : cookies.get(login)), ...headers },
  });
const idOf = (title: string) => second.find((f) => f.title === title)!.id;
const compare = (login: string, ids: readonly string[]) =>
  get(login, `/api/compare?ids=${ids.map(encodeURIComponent).join(',')}`);

describe('comparing FUBEs side by side', () => {
  it('shows the values, levels, classes and texts of each FUBE against the first', async () => {
    const ids = [
      idOf('Administratief medewerker personeel'),
      idOf('Administratief medewerker boekhouding'),
      idOf('Onthaalmedewerker'),
    ];
    const r = await compare(CALLERS.hrDfb, ids);
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json() as FubeComparison;
    expect(view.fubes.map((f) => f.id)).toEqual(ids);
    expect(view.fubes.map((f) => [f.class, f.level, f.standing, f.sameAsFirst])).toEqual([
      [11, 2, 'decided', true],
      [11, 2, 'decided', true],
      [10, 1, 'decided', false],
    ]);
    expect(view.fubes[0]).toMatchObject({
      familyName: smallTestFamily.name,
      entityName: 'Departement Financiën en Begroting',
      unitName: 'Afdeling HRM en Organisatie',
    });

    // Criteria: readable names and value texts with the levels they cover; the one that differs is marked.
    const zelfstandigheid = view.criteria.find((c) => c.criterionId === 'zelfstandigheid')!;
    expect(zelfstandigheid).toMatchObject({ name: 'Zelfstandigheid', differs: true });
    expect(zelfstandigheid.values.map((v) => [v?.value, v?.text, v?.from, v?.to, v?.classes, v?.sameAsFirst])).toEqual([
      [2, 'Kiest zelf de volgorde van het werk', 2, 2, [11, 12], true],
      [2, 'Kiest zelf de volgorde van het werk', 2, 2, [11, 12], true],
      [1, 'Werkt volgens vaste instructies', 1, 1, [10], false],
    ]);
    expect(view.criteria.find((c) => c.criterionId === 'contacten')).toMatchObject({ differs: false });

    // Texts word by word: "personeel" → "boekhouding" is one deletion and one insertion.
    const what = view.texts.find((t) => t.field === 'purpose-what')!;
    expect(what.differs).toBe(true);
    expect(what.texts[0]!.parts.every((p) => p.kind === 'same')).toBe(true);
    const changed = what.texts[1]!.parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()]);
    expect(changed).toEqual([
      ['del', 'personeel'],
      ['ins', 'boekhouding'],
    ]);
    expect(what.texts[1]!.text).toBe('De dossiers van de dienst boekhouding administratief opvolgen');
    expect(view.texts.find((t) => t.field === 'purpose-goal')!.differs).toBe(false);

    // Result areas line up by the family's area.
    expect(view.resultAreas.map((a) => a.key)).toEqual(['family:uitvoering', 'family:administratie']);
    expect(view.resultAreas.every((a) => !a.differs && a.areas.every((x) => x !== null && x.what.same))).toBe(true);
  });

  it('compares FUBEs of two families: each criterion row has the values of its own family only', async () => {
    const seedFube = (await s.store.fubes.summaries({ entityId: 'dfb', state: 'final' }))[0]!;
    const r = await compare(CALLERS.hrDfb, [seedFube.id, idOf('Coördinator uitvoering')]);
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json() as FubeComparison;
    expect(new Set(view.criteria.map((c) => c.familyId))).toEqual(new Set([SEED, SMALL]));
    for (const row of view.criteria)
      expect(
        row.values.map((v) => v !== null),
        row.criterionId,
      ).toEqual(row.familyId === SEED ? [true, false] : [false, true]);
    expect(view.fubes[1]!.sameAsFirst).toBe(false);
    // An area the first FUBE does not have is all new words in the other.
    const only = view.resultAreas.find((a) => a.key === 'family:uitvoering')!;
    expect(only.areas[0]).toBeNull();
    expect(only.areas[1]!.what.parts.map((p) => p.kind)).toEqual(['ins']);
  });

  it('shows a FUBE not weighed yet without level or class, and its criteria empty', async () => {
    const r = await compare(CALLERS.hrDfb, [idOf('Onthaalmedewerker'), idOf('Medewerker logistiek')]);
    const view = r.json() as FubeComparison;
    expect(view.fubes[1]).toMatchObject({ standing: 'none', level: null, class: null, sameAsFirst: false });
    expect(view.criteria.every((c) => c.values[1] === null && c.differs)).toBe(true);
    const knowledge = view.texts.find((t) => t.field === 'specific-knowledge')!.texts[1]!;
    expect(knowledge.text).toBe('');
    expect(knowledge.parts.map((p) => p.kind)).toEqual(['del']);
  });

  it('answers 404 for the whole request when one FUBE is hidden from the caller, exactly as for one that does not exist', async () => {
    const dfb = idOf('Onthaalmedewerker');
    const afb = idOf('Administratief medewerker juridische dienst');
    expect((await compare(CALLERS.admin, [dfb, afb])).statusCode).toBe(200);
    for (const ids of [
      [dfb, afb],
      [afb, dfb],
    ]) {
      const hidden = await compare(CALLERS.hrAfb, ids);
      const problem = expectProblem(hidden, 404);
      // Nothing of the visible FUBE leaks, nor anything of the hidden one beyond the id the caller sent.
      expect(hidden.body).not.toContain('Onthaalmedewerker');
      expect(hidden.body).not.toContain('juridische dienst');
      const missing = await compare(
        CALLERS.hrAfb,
        ids.map((id) => (id === dfb ? 'bestaat-niet' : id)),
      );
      const missingProblem = expectProblem(missing, 404);
      expect({ ...problem, detail: undefined, instance: undefined }).toEqual({
        ...missingProblem,
        detail: undefined,
        instance: undefined,
      });
      expect(problem.detail.replace(dfb, 'X')).toBe(missingProblem.detail.replace('bestaat-niet', 'X'));
    }
    // A holder opens only their own FUBEs: the second family's are not theirs.
    expect((await compare(CALLERS.holder, [dfb, idOf('Coördinator uitvoering')])).statusCode).toBe(404);
    // The unit's manager opens the HRM FUBEs, not those of the accounting unit.
    expect((await compare(CALLERS.manager, [dfb, idOf('Coördinator uitvoering')])).statusCode).toBe(200);
    expect((await compare(CALLERS.manager, [dfb, idOf('Administratief medewerker boekhouding')])).statusCode).toBe(404);
    expect((await get(undefined, `/api/compare?ids=${dfb},${afb}`)).statusCode).toBe(401);
  });

  it('refuses too few, too many, duplicate and garbage ids with 400 naming the field, in Dutch (English on request)', async () => {
    const a = idOf('Onthaalmedewerker');
    const b = idOf('Coördinator uitvoering');
    const seven = second
      .filter((f) => f.entityId === 'dfb')
      .slice(0, COMPARE_MAX + 1)
      .map((f) => f.id);
    expect(seven).toHaveLength(COMPARE_MAX + 1);
    const cases: [string, string, string | RegExp, number?][] = [
      ['', 'ids', catalogues.nl['schema.required']],
      [`ids=${a}`, 'ids', catalogues.nl['schema.compare-too-few']],
      [`ids=${seven.join(',')}`, 'ids', catalogues.nl['schema.compare-too-many']],
      [`ids=${a},${b},${a}`, 'ids', catalogues.nl['schema.compare-duplicate']],
      [`ids=${a},,${b}`, 'ids[1]', /./],
      [`ids=${a},${'x'.repeat(101)}`, 'ids[1]', /./],
      [`ids=${'x,'.repeat(400)}x`, 'ids', /./],
      [`ids=${a}&ids=${b}`, 'ids', /./],
      // Control characters are refused at the boundary for every request (422, docs/limits.md).
      [`ids=${a},%01${b}`, 'ids', /stuurteken/, 422],
    ];
    for (const [query, path, message, status] of cases) {
      const r = await get(CALLERS.hrDfb, `/api/compare?${query}`);
      const problem = expectProblem(r, status ?? 400, path);
      const error = (problem.errors as { path: string; message: string }[]).find((e) => e.path === path)!;
      if (typeof message === 'string') expect(error.message, query).toBe(message);
      else expect(error.message, query).toMatch(message);
    }
    // The limit in the Dutch text is the limit the schema enforces.
    expect(catalogues.nl['schema.compare-too-many']).toContain(String(COMPARE_MAX));
    const english = await get(CALLERS.hrDfb, `/api/compare?ids=${a}`, { 'accept-language': 'en' });
    expect(expectProblem(english, 400, 'ids').errors[0].message).toBe(catalogues.en['schema.compare-too-few']);
    // Anonymous callers learn nothing about the ids either: 401 before validation.
    expect((await get(undefined, `/api/compare?ids=${a}`)).statusCode).toBe(401);
  });

  it('leaves the revision comparison of one FUBE as it was', async () => {
    const id = idOf('Onthaalmedewerker');
    const r = await get(CALLERS.hrDfb, `/api/fubes/${id}/compare?from=1&to=1`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ fubeId: id, from: 1, to: 1, changes: [] });
  });
});

describe('the matrix with two families', () => {
  it('shows each family with its own levels and classes, and the FUBE titles in each cell', async () => {
    const r = await get(CALLERS.admin, '/api/matrix');
    expect(r.statusCode, r.body).toBe(200);
    const matrix = r.json() as Matrix;
    expect(matrix.families.map((f) => [f.id, f.levels.length])).toEqual(
      expect.arrayContaining([
        [SEED, 4],
        [SMALL, 3],
      ]),
    );
    expect(matrix.classes).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const cell = (family: string, cls: number) => matrix.cells.find((c) => c.familyId === family && c.class === cls);
    // The small family has no cells in the seed's classes, nor the seed in the small family's.
    expect(cell(SMALL, 14)).toBeUndefined();
    expect(cell(SEED, 11)).toBeUndefined();
    const eleven = cell(SMALL, 11)!;
    expect(eleven.count).toBe(8);
    expect(eleven.items.map((i) => i.title)).toEqual(
      [...eleven.items.map((i) => i.title)].sort((x, y) => x.localeCompare(y, 'nl')),
    );
    expect(eleven.items.map((i) => i.title)).toContain('Administratief medewerker juridische dienst');
    expect(cell(SMALL, 12)!.items.map((i) => i.title)).toEqual(['Medewerker aankoopdossiers']);
    expect(matrix.undecided.find((u) => u.familyId === SMALL)?.count).toBe(1);
  });

  it('filters on entity and state, and lists only what the caller may open', async () => {
    const dfbOnly = (await get(CALLERS.admin, '/api/matrix?entity=dfb')).json() as Matrix;
    const eleven = dfbOnly.cells.find((c) => c.familyId === SMALL && c.class === 11)!;
    expect(eleven.count).toBe(7);
    expect(eleven.items.some((i) => i.title.includes('juridische'))).toBe(false);
    const finals = (await get(CALLERS.admin, '/api/matrix?state=final')).json() as Matrix;
    expect(finals.cells.filter((c) => c.familyId === SMALL).every((c) => c.count === 0 && c.items.length === 0)).toBe(
      true,
    );

    for (const login of [CALLERS.hrAfb, CALLERS.manager, CALLERS.holder]) {
      const matrix = (await get(login, '/api/matrix')).json() as Matrix;
      for (const c of matrix.cells) {
        expect(c.items.length, `${login} ${c.familyId}/${c.class}`).toBe(Math.min(c.count, MATRIX_CELL_ITEMS));
        for (const item of c.items)
          expect((await get(login, `/api/fubes/${item.id}`)).statusCode, `${login} opens ${item.title}`).toBe(200);
      }
    }
    const afb = (await get(CALLERS.hrAfb, '/api/matrix')).json() as Matrix;
    expect(afb.cells.find((c) => c.familyId === SMALL && c.class === 11)!.items.map((i) => i.title)).toEqual([
      'Administratief medewerker juridische dienst',
    ]);
  });

  it(`sends at most ${MATRIX_CELL_ITEMS} titles in a full cell, the first by title, and counts them all`, async () => {
    const family = smallTestFamily;
    const base = (await s.store.fubes.get(idOf('Administratief medewerker personeel')))!.content;
    for (let i = 0; i < 25; i++)
      await s.store.fubes.create(
        { ...base, title: `Medewerker ${String(40 - i).padStart(2, '0')}` },
        { status: 'draft', revision: 1 },
        'system',
      );
    const matrix = (await get(CALLERS.admin, `/api/matrix?entity=dfb`)).json() as Matrix;
    const eleven = matrix.cells.find((c) => c.familyId === family.id && c.class === 11)!;
    expect(eleven.count).toBe(32);
    const cell = (await get(CALLERS.admin, `/api/matrix/cell?family=${family.id}&class=11&entity=dfb`)).json() as {
      items: { id: string; title: string }[];
    };
    expect(cell.items).toHaveLength(32);
    expect(eleven.items.map((i) => i.id)).toEqual(cell.items.slice(0, MATRIX_CELL_ITEMS).map((i) => i.id));
  });
});
