import { beforeAll, expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { SearchScope } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

/**
 * Decision 0031: the catalogue list of a narrow scope (units, FUBEs held, FUBEs naming the
 * manager) is read per branch in title order and merged. Its pages must be exactly the
 * scope's FUBEs, each once (a FUBE in the unit, naming the manager and held by them is in
 * three branches), in title order, with the filters applied, and the count must agree.
 */
describeEachDatabase('the catalogue list of a narrow scope, paged per branch', (database) => {
  const TITLES = ['Jurist', 'Beleidsadviseur', 'Controller', 'Auditor', 'Dossierbeheerder', 'Aankoper', 'Webredacteur', 'Archivaris'];
  const scope: SearchScope = { entityIds: [], unitIds: ['u-1', 'u-2'], holderPersonId: 'p-me', managerPersonId: 'p-me' };
  let expected: { id: string; title: string; state: string }[] = [];

  beforeAll(async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const all = [];
    for (let i = 0; i < 40; i++) {
      const content = fubeContent({
        // Equal titles, so the id decides between them.
        title: `${TITLES[i % TITLES.length]!} ${i % 5}`,
        entityId: 'dep-fin',
        unitId: ['u-1', 'u-2', 'u-3', null][i % 4] ?? undefined,
        holderIds: i % 3 === 0 ? ['p-me', 'p-other'] : ['p-other'],
        ...(i % 5 === 0 ? { managerId: 'p-me' } : {}),
      });
      const record = await store.fubes.create(content, initialState(1), 'hr');
      const state = i % 2 === 0 ? 'draft' : 'proposed';
      if (state === 'proposed') await store.fubes.write(record.id, { baseRevision: 1, workflow: { status: 'proposed', revision: 1 }, actorId: 'hr' });
      const inScope = ['u-1', 'u-2'].includes(content.unitId ?? '') || content.holderIds.includes('p-me') || content.managerId === 'p-me';
      if (inScope) all.push({ id: record.id, title: content.title, state });
    }
    const collator = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expected = all.sort((a, b) => collator(a.title, b.title) || collator(a.id, b.id));
  });

  it('pages, one after the other, are the scope once each in title order, with the count', async () => {
    const { store } = database;
    const titles = new Set(expected.map((e) => e.title));
    // The databases may order titles by their own collation; these titles sort alike in both.
    expect(titles.size).toBeGreaterThan(5);
    const pages = [];
    for (let page = 1; page <= 6; page++) {
      const result = await store.search.find({ page, pageSize: 7 }, scope);
      expect(result.total).toBe(expected.length);
      pages.push(...result.items.map((i) => i.id));
    }
    expect(pages).toEqual(expected.map((e) => e.id));
  });

  it('applies a filter to every branch', async () => {
    const result = await database.store.search.find({ state: 'proposed', pageSize: 100 }, scope);
    const proposed = expected.filter((e) => e.state === 'proposed');
    expect(result.total).toBe(proposed.length);
    expect(result.items.map((i) => i.id)).toEqual(proposed.map((e) => e.id));
  });
});
