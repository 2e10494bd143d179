import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import type { Matrix } from '../../src/api/matrix.js';
import type { Family } from '../../src/domain/family/schema.js';
import { buildFamilyDocx, buildFamilyPdf } from '../../src/documents/index.js';
import { pdfText, squash } from '../documents/fixtures.js';
import { generatedFamily } from '../support/generated-family.js';
import { backends } from './backends.js';
import { type Harness, SEED_SOURCE, harness, seedFamily } from './harness.js';

/**
 * Issue 17 item 2: several published families with different level counts and class
 * columns side by side — the seed (levels 14 | 15/16 | 17/18 | 19 …) and a generated family
 * of five levels (8 | 9/10 | 11 | 12/13 | 14). The weighing, the matrix, the catalogue's
 * family and class filters and the documents handle both.
 */
const SEED = 'organisatieondersteunende-functies';

for (const backend of backends) {
  describe(`several families side by side on ${backend.name}`, () => {
    let h: Harness;
    let seed: Family;
    const generated = generatedFamily();
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      seed = seedFamily();
      const opened = await backend.open();
      cleanup = opened.close;
      await opened.store.families.saveDraft(seed, SEED_SOURCE, 'test');
      await opened.store.families.publish(seed.id, seed.version, 'test');
      await opened.store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [{ id: 'dfb-hrm', name: 'Afdeling HRM', parentId: null }] });
      for (const [id, name] of [['p-an', 'An Peeters'], ['p-mia', 'Mia Maes']] as const) await opened.store.people.save({ id, name, email: null, entityId: 'dfb', unitId: 'dfb-hrm' });
      h = await harness(opened.store);
    });
    afterAll(async () => {
      await h?.app.close();
      await cleanup?.();
    });

    const call = (method: 'GET' | 'POST' | 'PUT', url: string, options: { as?: string; body?: unknown; contentType?: string } = {}) =>
      h.app.inject({
        method,
        url,
        headers: { 'x-test-actor': options.as ?? 'hr', ...(options.body !== undefined ? { 'content-type': options.contentType ?? 'application/json' } : {}) },
        ...(options.body !== undefined ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
      });

    /** A FUBE of a family, weighed with these value numbers, its suggested class decided. */
    async function decidedFube(familyId: string, title: string, values: Record<string, number>): Promise<{ id: string; level: number; class: number }> {
      const created = await call('POST', '/api/fubes', { body: { familyId, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an'], managerId: 'p-mia' } });
      expect(created.statusCode, created.body).toBe(201);
      const fube = created.json() as FubeView;
      const weighed = await call('POST', `/api/fubes/${fube.id}/weigh`, { body: { baseRevision: fube.revision, values } });
      expect(weighed.statusCode, weighed.body).toBe(200);
      const { revision, result } = weighed.json() as { revision: number; result: { level: number; class: number } };
      const current = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
      const saved = await call('PUT', `/api/fubes/${fube.id}`, { body: { baseRevision: revision, content: { ...current.content, decision: { level: result.level, class: result.class } } } });
      expect(saved.statusCode, saved.body).toBe(200);
      return { id: fube.id, level: result.level, class: result.class };
    }

    it('publishes a second family of five levels beside the seed', async () => {
      const uploaded = await call('POST', '/api/families', { as: 'admin', body: JSON.stringify(generated), contentType: 'application/json' });
      expect(uploaded.statusCode, uploaded.body).toBeLessThan(300);
      const published = await call('POST', `/api/families/${generated.id}/versions/1/publish`, { as: 'admin' });
      expect(published.statusCode, published.body).toBe(200);
      const list = (await call('GET', '/api/families')).json() as { items?: { id: string }[] } | { id: string }[];
      const ids = (Array.isArray(list) ? list : (list.items ?? [])).map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining([SEED, generated.id]));
    });

    it('weighs on each family’s own levels and classes', async () => {
      const top = await call('POST', '/api/weigh', { body: { familyId: generated.id, familyVersion: 1, values: { reikwijdte: 5, autonomie: 3, budget: 3, contacten: 2 } } });
      expect(top.statusCode, top.body).toBe(200);
      expect((top.json() as { result: unknown }).result).toMatchObject({ level: 5, class: 14 });
      const fourth = ((await call('POST', '/api/weigh', { body: { familyId: generated.id, familyVersion: 1, values: { reikwijdte: 4, autonomie: 2, budget: 2, contacten: 1 } } })).json() as { result: { level: number; class: number } }).result;
      expect(fourth.level).toBe(4);
      expect([12, 13]).toContain(fourth.class);
      // A value number the generated family's criterion does not have is refused, naming it.
      const wrong = await call('POST', '/api/weigh', { body: { familyId: generated.id, familyVersion: 1, values: { reikwijdte: 6, autonomie: 1, budget: 1, contacten: 1 } } });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.body).toContain('reikwijdte');
    });

    it('puts both families in the matrix with their own class columns, and filters the catalogue by family and class', async () => {
      const top = await decidedFube(generated.id, 'Programmaleider gegenereerd', { reikwijdte: 5, autonomie: 3, budget: 3, contacten: 2 });
      expect(top).toMatchObject({ level: 5, class: 14 });
      const low = await decidedFube(generated.id, 'Medewerker planning gegenereerd', { reikwijdte: 1, autonomie: 1, budget: 1, contacten: 1 });
      expect(low).toMatchObject({ level: 1, class: 8 });
      const seedValues = Object.fromEntries(seed.criteria.map((c) => [c.id, 1]));
      const ofSeed = await decidedFube(SEED, 'Medewerker seed', seedValues);

      const matrix = (await call('GET', '/api/matrix')).json() as Matrix;
      const families = Object.fromEntries(matrix.families.map((f) => [f.id, f]));
      expect(families[generated.id]!.levels.map((l) => l.classes)).toEqual([[8], [9, 10], [11], [12, 13], [14]]);
      expect(families[SEED]!.levels.length).toBe(seed.levels.length);
      for (const c of [8, 9, 10, 11, 12, 13, 14, ...seed.levels.flatMap((l) => l.classes)]) expect(matrix.classes).toContain(c);
      const cell = (familyId: string, cls: number) => matrix.cells.find((x) => x.familyId === familyId && x.class === cls);
      expect(cell(generated.id, 14)?.items.map((i) => i.id)).toEqual([top.id]);
      expect(cell(generated.id, 8)?.items.map((i) => i.id)).toEqual([low.id]);
      expect(cell(SEED, ofSeed.class)?.items.map((i) => i.id)).toContain(ofSeed.id);
      // No generated FUBE in a seed column, and the other way round.
      expect(matrix.cells.filter((x) => x.familyId === SEED).flatMap((x) => x.items.map((i) => i.id))).not.toContain(top.id);

      const byFamily = (await call('GET', `/api/fubes?family=${generated.id}`)).json() as { items: { id: string }[] };
      expect(byFamily.items.map((i) => i.id).sort()).toEqual([top.id, low.id].sort());
      const byClass = (await call('GET', `/api/fubes?family=${generated.id}&class=14`)).json() as { items: { id: string }[] };
      expect(byClass.items.map((i) => i.id)).toEqual([top.id]);
      // A level of two classes as filter: "12/13" holds none of these FUBEs.
      const byLevel = await call('GET', `/api/fubes?family=${generated.id}&class=12%2F13`);
      expect(byLevel.statusCode, byLevel.body).toBe(200);
      expect((byLevel.json() as { items: unknown[] }).items).toEqual([]);
    });

    it('prints a FUBE of the generated family and the family itself with its five level columns', async () => {
      const list = (await call('GET', `/api/fubes?family=${generated.id}&class=14`)).json() as { items: { id: string }[] };
      const pdf = await call('GET', `/api/fubes/${list.items[0]!.id}/document?format=pdf`);
      expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
      const text = squash((await pdfText(pdf.rawPayload)).text);
      expect(text).toContain('Programmaleider gegenereerd');
      expect(text).toContain(generated.name);
      expect(text).toMatch(/14/);
      const familyPdf = squash((await pdfText(await buildFamilyPdf(generated))).text);
      for (const value of ['Reikwijdte 5: het beleidsdomein', 'Autonomie 3', 'Een budget beheren', 'Onderhandelen met partners']) expect(familyPdf).toContain(value);
      const docx = await buildFamilyDocx(generated);
      expect(docx.subarray(0, 2).toString()).toBe('PK');
    });
  });
}
