import { beforeAll, expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

/**
 * The search sorts ids and ranks first and reads whole rows for one page only, and counts
 * unfiltered hits in the search index alone: pages must still add up to the one list.
 */
describeEachDatabase('paging through many search hits', (database) => {
  const TITLES = ['Jurist', 'Beleidsadviseur', 'Controller', 'Auditor', 'Dossierbeheerder', 'Aankoper', 'Webredacteur'];

  beforeAll(async () => {
    const { store } = database;
    await withPublishedFamily(store);
    for (let i = 0; i < 14; i++) {
      const knowledge = i % 3 === 0 ? 'Kennis van de regelgeving en nog eens de regelgeving' : 'Kennis van de regelgeving';
      const content = fubeContent({ title: TITLES[i % TITLES.length]!, entityId: i % 2 === 0 ? 'dep-fin' : 'dep-hr', specificKnowledge: knowledge });
      await store.fubes.create(content, initialState(1), 'hr');
    }
  });

  it('pages of a query, one after the other, are the whole list in the same order', async () => {
    const whole = await database.store.search.find({ q: 'regelgeving', pageSize: 100 });
    const pages = [];
    for (let page = 1; page <= 5; page++) pages.push(...(await database.store.search.find({ q: 'regelgeving', page, pageSize: 3 })).items);
    expect(whole.total).toBe(14);
    expect(pages.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
    expect(pages.every((item) => item.snippet === 'Kennis van de regelgeving' || item.snippet?.startsWith('Kennis van de regelgeving en'))).toBe(true);
  });

  it('the count without filters equals the counts per entity added up', async () => {
    const all = await database.store.search.find({ q: 'regelgeving' });
    const fin = await database.store.search.find({ q: 'regelgeving', entity: 'dep-fin' });
    const hr = await database.store.search.find({ q: 'regelgeving', entity: 'dep-hr' });
    expect([all.total, fin.total, hr.total]).toEqual([14, 7, 7]);
  });

  it('a list without words comes by title in pages that add up', async () => {
    const whole = await database.store.search.find({ entity: 'dep-fin', pageSize: 100 });
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await database.store.search.find({ entity: 'dep-fin', page, pageSize: 3 })).items);
    expect(pages.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
    const titles = whole.items.map((item) => item.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
