import { beforeAll, expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { Store } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

/**
 * Words and filters are answered by the search index (filter values and holders are tags in
 * it), so the index must follow every write; and a word too common to rank is listed newest
 * first with a count that stops at the limit. The limit is 3 here, 1,000 in the product.
 */
describeEachDatabase('search ranking, the rank limit and the tags that follow every write', (database) => {
  let store: Store;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    store = await database.open({ searchRankLimit: 3 });
    await withPublishedFamily(store);
    const make = async (key: string, title: string, entityId: string, knowledge: string, holderIds: string[] = []) => {
      ids[key] = (await store.fubes.create(fubeContent({ title, entityId, specificKnowledge: knowledge, holderIds }), initialState(1), 'hr')).id;
    };
    // Created in this order: "newest first" is the reverse.
    await make('a', 'Dossierbeheerder', 'dep-fin', 'Kennis van de archiefwet');
    await make('b', 'Archivaris', 'dep-fin', 'Kennis van de regelgeving', ['p-anna']);
    await make('c', 'Jurist', 'dep-hr', 'Kennis van de archiefwet');
    await make('d', 'Controller', 'dep-hr', 'Kennis van de begroting', ['p-anna']);
    await make('e', 'Auditor', 'dep-ict', 'Kennis van de begroting');
  });

  it('a word in the title ranks above the same word only in the text', async () => {
    const found = await store.search.find({ q: 'archief' });
    // "Archivaris" stems apart from "archief"; "archiefwet" too: only the knowledge texts match.
    expect(found).toMatchObject({ exact: true, order: 'relevance' });
    const titled = await store.search.find({ q: 'controller begroting' });
    expect(titled.items.map((item) => item.id)).toEqual([ids.d]);
    const either = await store.search.find({ q: 'begroting' });
    expect(either.items.map((item) => item.id).sort()).toEqual([ids.d, ids.e].sort());
    await store.fubes.write(ids.e!, { baseRevision: 1, actorId: 'hr', content: fubeContent({ title: 'Auditor begroting', entityId: 'dep-ict', specificKnowledge: 'Kennis van de begroting' }) });
    const ranked = await store.search.find({ q: 'begroting' });
    expect(ranked.items.map((item) => item.id)).toEqual([ids.e, ids.d]);
  });

  it('more hits than the limit: counted up to the limit, listed newest first, pages add up', async () => {
    const found = await store.search.find({ q: 'kennis', pageSize: 10 });
    expect(found).toMatchObject({ total: 3, exact: false, order: 'newest' });
    expect(found.items.map((item) => item.id)).toEqual([ids.e, ids.d, ids.c, ids.b, ids.a]);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await store.search.find({ q: 'kennis', page, pageSize: 2 })).items.map((item) => item.id));
    expect(pages).toEqual(found.items.map((item) => item.id));
    // At or under the limit, the count is exact and the order is by relevance.
    expect(await store.search.find({ q: 'kennis', entity: 'dep-hr' })).toMatchObject({ total: 2, exact: true, order: 'relevance' });
    // An export wants every hit, whatever the limit.
    expect((await store.search.matchingIds({ q: 'kennis' })).sort()).toEqual(Object.values(ids).sort());
  });

  it('a transition moves the FUBE between state filters at once', async () => {
    expect((await store.search.find({ q: 'archiefwet', state: 'proposed' })).total).toBe(0);
    const before = await store.fubes.get(ids.a!);
    await store.fubes.write(ids.a!, { baseRevision: before!.revision, actorId: 'hr', workflow: { ...before!.workflow, status: 'proposed' } });
    expect((await store.search.find({ q: 'archiefwet', state: 'proposed' })).items.map((item) => item.id)).toEqual([ids.a]);
    expect((await store.search.find({ q: 'archiefwet', state: 'draft' })).items.map((item) => item.id)).toEqual([ids.c]);
    expect((await store.search.find({ state: 'proposed' })).items.map((item) => item.id)).toEqual([ids.a]);
  });

  it('a scope lists the FUBEs of its entities and those its person holds, with and without words', async () => {
    const scope = { entityIds: ['dep-ict'], holderPersonId: 'p-anna', unitIds: [], managerPersonId: null };
    expect((await store.search.find({ q: 'kennis' }, scope)).items.map((item) => item.id).sort()).toEqual([ids.b, ids.d, ids.e].sort());
    expect((await store.search.find({}, scope)).items.map((item) => item.title)).toEqual(['Archivaris', 'Auditor begroting', 'Controller']);
    expect((await store.search.find({ q: 'kennis' }, { entityIds: [], holderPersonId: null, unitIds: [], managerPersonId: null })).total).toBe(0);
    expect((await store.search.find({}, { entityIds: [], holderPersonId: 'p-nobody', unitIds: [], managerPersonId: null })).total).toBe(0);
  });
});
