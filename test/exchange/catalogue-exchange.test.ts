import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogueFromStore, exportCatalogueJson } from '../../src/use-cases/catalogue/export-catalogue.js';
import { importCatalogue } from '../../src/use-cases/catalogue/import-catalogue.js';
import { type Catalogue, serializeCatalogue, toCsv } from '../../src/documents/catalogue/index.js';
import { type Store, openStore } from '../../src/store/index.js';
import { skipUnless } from '../support/environment.js';
import { EXPORTED_AT, type FreshDatabase, demoCatalogue, freshDatabase, postgresReachable, publishFamilies, snapshot } from './fixtures.js';

const skipPostgres = skipUnless(await postgresReachable(), 'PostgreSQL', 'set TEST_DATABASE_URL');

/** The line of `text` an error points at. */
const lineAt = (text: string, line: number | undefined) => text.split('\n')[(line ?? 0) - 1] ?? '';

/** The demo catalogue with four broken records among new, good ones. */
async function catalogueWithBadRecords(): Promise<Catalogue> {
  const demo = await demoCatalogue();
  const weighed = demo.fubes.filter((f) => f.content.weighing?.result !== undefined);
  const fubes = demo.fubes.slice(0, 6).map((f, i) => ({ ...f, id: `nieuw-${i}` }));
  const first = weighed[0]!;
  const result = first.content.weighing!.result!;
  // 1: a stored result that the rule does not compute.
  fubes[1] = { ...first, id: 'nieuw-1', content: { ...first.content, weighing: { ...first.content.weighing!, result: { ...result, class: result.class + 1 } } } };
  // 3: a family version this installation does not have.
  fubes[3] = { ...fubes[3]!, content: { ...fubes[3]!.content, familyVersion: 9 } };
  // 4: in force according to the record, not according to its workflow.
  fubes[4] = { ...fubes[4]!, inForceRevision: fubes[4]!.workflow.inForce === undefined ? 1 : null };
  const families = [...demo.families, { id: fubes[3]!.content.familyId, version: 9 }];
  return { ...demo, families, fubes };
}

for (const dialect of ['sqlite', 'postgres'] as const)
  describe.skipIf(dialect === 'postgres' && skipPostgres)(`catalogue exchange [${dialect}]`, () => {
    let database: FreshDatabase;
    let store: Store;

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      store = await openStore(database.options);
      await publishFamilies(store);
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('export, import into an empty database and export again gives the same bytes', async () => {
      const text = serializeCatalogue(await demoCatalogue());
      const result = await importCatalogue(store, text, { actorId: 'test' });
      expect(result.ok && result.value).toMatchObject({ total: 30, imported: 30, rejected: [], committed: true });
      expect(await exportCatalogueJson(store, { exportedAt: EXPORTED_AT })).toBe(text);

      const imports = await store.history.list({ action: 'fube.import' });
      expect(imports).toHaveLength(30);
      const demo = await demoCatalogue();
      const one = demo.fubes.find((f) => f.content.weighing !== undefined)!;
      expect(await store.fubes.revision(one.id, one.revision)).toMatchObject({ content: one.content, reason: 'ingevoerd uit een catalogus' });
      expect((await store.fubes.weighings(one.id)).map((w) => w.values)).toEqual([one.content.weighing!.values]);
      // The search finds imported FUBEs.
      const found = await store.search.find({ q: one.content.title });
      expect(found.items.map((i) => i.id)).toContain(one.id);
    });

    it('exports only the FUBEs matching the filters and visible to the caller', async () => {
      const demo = await demoCatalogue();
      const finals = await exportCatalogueFromStore(store, { exportedAt: EXPORTED_AT, filters: { state: 'final' } });
      expect(finals.filters).toEqual({ state: 'final' });
      expect(finals.fubes.map((f) => f.id)).toEqual(demo.fubes.filter((f) => f.workflow.status === 'final').map((f) => f.id));
      const entity = demo.fubes[0]!.content.entityId;
      const visible = await exportCatalogueFromStore(store, {
        exportedAt: EXPORTED_AT,
        scope: { entityIds: [entity], unitIds: [], holderPersonId: null, managerPersonId: null },
      });
      expect(visible.fubes.length).toBeGreaterThan(0);
      expect(visible.fubes.every((f) => f.content.entityId === entity)).toBe(true);
      const title = demo.fubes[0]!.content.title;
      const byWords = await exportCatalogueFromStore(store, { exportedAt: EXPORTED_AT, filters: { q: title } });
      expect(byWords.fubes.map((f) => f.id)).toContain(demo.fubes[0]!.id);
      expect(byWords.fubes.length).toBeLessThan(demo.fubes.length);
      const csv = toCsv(finals.fubes).split('\r\n');
      expect(csv).toHaveLength(finals.fubes.length + 2);
    });

    it('one bad record refuses the whole file and names each record, line and field', async () => {
      const text = serializeCatalogue(await catalogueWithBadRecords());
      const before = await snapshot(store);
      const result = await importCatalogue(store, text, { actorId: 'test', file: 'bad.json' });
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      const { imported, committed, rejected } = result.value;
      expect({ imported, committed }).toEqual({ imported: 0, committed: false });
      expect(rejected.map((r) => [r.index, r.errors.map((e) => e.code)])).toEqual([
        [1, ['catalogue.weighing-mismatch']],
        [3, ['catalogue.family-unknown']],
        [4, ['catalogue.in-force-mismatch']],
      ]);
      const [mismatch, unknown, inForce] = rejected.map((r) => r.errors[0]!);
      expect(mismatch).toMatchObject({ path: 'fubes[1].content.weighing.result', file: 'bad.json' });
      expect(lineAt(text, mismatch!.line)).toMatch(/^\s*"result": \{/);
      expect(unknown?.path).toBe('fubes[3].content.familyVersion');
      expect(lineAt(text, unknown!.line)).toMatch(/"familyVersion": 9/);
      expect(lineAt(text, inForce!.line)).toMatch(/"inForceRevision"/);
      expect(await snapshot(store)).toEqual(before);
    });

    it('with partial, the good records are imported and the bad ones reported', async () => {
      const text = serializeCatalogue(await catalogueWithBadRecords());
      const result = await importCatalogue(store, text, { actorId: 'test', partial: true });
      expect(result.ok && { imported: result.value.imported, committed: result.value.committed, rejected: result.value.rejected.map((r) => r.id) }).toEqual({
        imported: 3,
        committed: true,
        rejected: ['nieuw-1', 'nieuw-3', 'nieuw-4'],
      });
      expect((await store.fubes.get('nieuw-0'))?.revision).toBeGreaterThan(0);
      expect(await store.fubes.get('nieuw-1')).toBeUndefined();
    });

    it('an id the database already has is refused, and nothing is written', async () => {
      const demo = await demoCatalogue();
      const before = await snapshot(store);
      const result = await importCatalogue(store, serializeCatalogue({ ...demo, fubes: demo.fubes.slice(0, 2) }), { actorId: 'test' });
      expect(result.ok && result.value.rejected.flatMap((r) => r.errors.map((e) => [e.code, e.path]))).toEqual([
        ['catalogue.id-taken', 'fubes[0].id'],
        ['catalogue.id-taken', 'fubes[1].id'],
      ]);
      expect(await snapshot(store)).toEqual(before);
    });

    it('a file that is not a catalogue is refused as a whole with its place', async () => {
      const result = await importCatalogue(store, '{\n  "format": "weegschaal-catalogue",\n  "version": 1,\n  "fubes": [\n', { actorId: 'test', file: 'kapot.json' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'catalogue.syntax', file: 'kapot.json', line: expect.any(Number) });
    });
  });
