import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/use-cases/catalogue/import-catalogue.js';
import { importedFubeRow, importedWeighingRow } from '../../src/store/index.js';
import { type Catalogue, serializeCatalogue } from '../../src/documents/catalogue/index.js';
import { parseCatalogue } from '../../src/documents/catalogue/parse.js';
import { type Store, openStore } from '../../src/store/index.js';
import { writeJson } from '../../src/store/json.js';
import type { SearchQuery, SearchScope } from '../../src/store/search/search-repository.js';
import { skipUnless } from '../support/environment.js';
import { type FreshDatabase, bulkCatalogue, freshDatabase, postgresReachable, publishFamilies, snapshot } from './fixtures.js';

const skipPostgres = skipUnless(await postgresReachable(), 'PostgreSQL', 'set TEST_DATABASE_URL');

/** Both stores write the same timestamps, so their history rows can be compared. */
const NOW = new Date('2026-11-03T12:00:00.000Z');

/**
 * The reference: every record written on its own, one statement per table and row (the
 * same row values as the import), its revision from the record rather than copied from the
 * stored row, the search row through the index's write for one FUBE (as every other FUBE
 * write does).
 */
async function writePerRow(store: Store, text: string, actorId: string): Promise<void> {
  // The records as the import reads them from the file (its key order is the stored one).
  const parsed = parseCatalogue(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  await store.transaction(async (trx) => {
    for (const f of parsed.value.fubes) {
      await trx.insertInto('fubes').values(importedFubeRow(f)).execute();
      await trx
        .insertInto('fube_revisions')
        .values({ fube_id: f.id, revision: f.revision, content: writeJson(f.content), author_id: null, reason: 'ingevoerd uit een catalogus', created_at: f.updatedAt })
        .execute();
      const weighing = f.content.weighing;
      if (weighing !== undefined) await trx.insertInto('weighings').values(importedWeighingRow(f, weighing)).execute();
      await store.searchIndex.index(trx, [f.id]);
      await store.history.append(trx, {
        actorId,
        action: 'fube.import',
        subjectType: 'fube',
        subjectId: f.id,
        data: { revision: f.revision, state: f.workflow.status, title: f.content.title, familyId: f.content.familyId, familyVersion: f.content.familyVersion },
        reason: 'ingevoerd uit een catalogus',
      });
    }
  });
}

/** The search index as stored, in creation order (its columns differ per database). */
async function searchRows(store: Store): Promise<unknown[]> {
  const query =
    store.dialect === 'postgres'
      ? sql`select fube_id, seq::text as seq, document::text as document from fube_search order by seq`
      : sql`select rowid, fube_id, title, body, tags from fube_search order by rowid`;
  return (await query.execute(store.db)).rows;
}

for (const dialect of ['sqlite', 'postgres'] as const)
  describe.skipIf(dialect === 'postgres' && skipPostgres)(`a bulk import stores what writing record by record stores [${dialect}]`, () => {
    const databases: FreshDatabase[] = [];
    let imported: Store;
    let reference: Store;
    let catalogue: Catalogue;

    beforeAll(async () => {
      // Several import batches, enough for the parallel path of PostgreSQL's search index
      // (from 500 FUBEs), and every workflow state of the demo.
      catalogue = await bulkCatalogue(620);
      const open = async () => {
        const database = await freshDatabase(dialect);
        databases.push(database);
        const store = await openStore({ ...database.options, now: () => NOW });
        await publishFamilies(store);
        return store;
      };
      [imported, reference] = [await open(), await open()];
      const text = serializeCatalogue(catalogue);
      const result = await importCatalogue(imported, text, { actorId: 'test' });
      expect(result.ok && result.value).toMatchObject({ imported: 620, committed: true });
      await writePerRow(reference, text, 'test');
    });
    afterAll(async () => {
      await imported?.close();
      await reference?.close();
      for (const database of databases) await database.drop();
    });

    it('the same FUBE rows, revisions, weighings and history', async () => {
      const [got, want] = [await snapshot(imported), await snapshot(reference)];
      expect(got.fubes).toHaveLength(620);
      expect(got.weighings!.length).toBeGreaterThan(0);
      expect(got).toEqual(want);
    });

    it('the same search index rows, in the same order', async () => {
      const rows = await searchRows(imported);
      expect(rows).toHaveLength(620);
      expect(rows).toEqual(await searchRows(reference));
    });

    it('the same search results', async () => {
      const first = catalogue.fubes[0]!.content;
      const holder = catalogue.fubes.find((f) => f.content.holderIds.length > 0)!.content.holderIds[0]!;
      const weighed = catalogue.fubes.find((f) => f.content.decision?.class !== undefined)!.content.decision!.class;
      const cases: [SearchQuery, SearchScope | undefined][] = [
        [{ q: first.title }, undefined],
        [{ q: first.purpose.what.split(' ').slice(0, 2).join(' '), pageSize: 50 }, undefined],
        [{ q: 'organisatie', state: 'final' }, undefined],
        [{ family: first.familyId, classes: [weighed], pageSize: 100 }, undefined],
        [{ q: first.title }, { entityIds: [], holderPersonId: holder, unitIds: [], managerPersonId: null }],
        [{}, { entityIds: [first.entityId], holderPersonId: null, unitIds: [], managerPersonId: null }],
      ];
      for (const [query, scope] of cases) {
        const [got, want] = [await imported.search.find(query, scope), await reference.search.find(query, scope)];
        expect(got.items.length, JSON.stringify(query)).toBeGreaterThan(0);
        expect(got, JSON.stringify(query)).toEqual(want);
      }
    });
  });
