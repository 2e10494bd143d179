import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

describeEachDatabase('the append-only history', (database) => {
  it('keeps who, when, what and why, oldest first', async () => {
    const { store } = database;
    await store.history.add({ actorId: 'anna', action: 'entity.rename', subjectType: 'entity', subjectId: 'e1', data: { name: 'Financiën' }, reason: 'herstructurering' });
    await store.history.add({ actorId: 'bert', action: 'entity.rename', subjectType: 'entity', subjectId: 'e1', data: { name: 'Fin' } });
    const entries = await store.history.list({ subjectType: 'entity', subjectId: 'e1' });
    expect(entries.map((e) => [e.actorId, e.data, e.reason])).toEqual([
      ['anna', { name: 'Financiën' }, 'herstructurering'],
      ['bert', { name: 'Fin' }, null],
    ]);
    expect(entries[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((await store.history.list({ actor: 'bert', action: 'entity.rename' })).map((e) => e.subjectId)).toEqual(['e1']);
  });

  it('filters on a period by the timestamps of the entries', async () => {
    let now = new Date('2026-01-10T10:00:00.000Z');
    const store = await database.open({ now: () => now });
    await store.history.add({ actorId: 'clock', action: 'tick', subjectType: 'test', subjectId: 'period', data: {} });
    now = new Date('2026-02-10T10:00:00.000Z');
    await store.history.add({ actorId: 'clock', action: 'tick', subjectType: 'test', subjectId: 'period', data: {} });
    const inJanuary = await store.history.list({ subjectId: 'period', from: '2026-01-01', to: '2026-01-31' });
    expect(inJanuary.map((e) => e.at)).toEqual(['2026-01-10T10:00:00.000Z']);
    const fromFebruary = await store.history.list({ subjectId: 'period', from: '2026-02-10' });
    expect(fromFebruary.map((e) => e.at)).toEqual(['2026-02-10T10:00:00.000Z']);
  });

  it('pages the history newest or oldest first, filtered by subject, with the name of the acting user', async () => {
    const { store } = database;
    const user = await store.users.create({ email: 'beheer@x.be', name: 'Bea Beheer', passwordHash: 'x' });
    for (let i = 1; i <= 5; i++) await store.history.add({ actorId: i === 5 ? user.id : 'system', action: 'tick', subjectType: 'test', subjectId: 'paged', data: { i } });
    await store.history.add({ actorId: 'system', action: 'tick', subjectType: 'test', subjectId: 'other', data: { i: 99 } });
    const page = async (filter: Parameters<typeof store.history.list>[0]) => (await store.history.list({ subjectType: 'test', subjectId: 'paged', ...filter })).map((e) => (e.data as { i: number }).i);
    expect(await page({ limit: 2 })).toEqual([1, 2]);
    expect(await page({ limit: 2, offset: 2 })).toEqual([3, 4]);
    expect(await page({ limit: 2, offset: 4 })).toEqual([5]);
    expect(await page({ order: 'desc', limit: 2 })).toEqual([5, 4]);
    expect(await page({ order: 'desc', limit: 2, offset: 4 })).toEqual([1]);
    const newest = await store.history.list({ subjectId: 'paged', order: 'desc', limit: 1 });
    expect(newest[0]).toMatchObject({ actorId: user.id, actorName: 'Bea Beheer' });
    expect((await store.history.list({ subjectId: 'paged', limit: 1 }))[0]).toMatchObject({ actorId: 'system', actorName: null });
  });

  for (const table of ['history', 'fube_revisions', 'workflow_events'] as const)
    it(`the database refuses to update or delete rows of ${table}`, async () => {
      const { store } = database;
      await withPublishedFamily(store);
      const fube = await store.fubes.create(fubeContent(), initialState(1), 'manager');
      await store.fubes.write(fube.id, {
        baseRevision: 1,
        workflow: { ...fube.workflow, status: 'proposed' },
        events: [{ type: 'propose', at: '2026-01-01T00:00:00.000Z', actorId: 'manager', revision: 1, from: 'draft', to: 'proposed', data: {} }],
        actorId: 'manager',
      });
      const before = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
      const column = table === 'fube_revisions' ? 'author_id' : 'actor_id';
      await expect(sql`update ${sql.table(table)} set ${sql.ref(column)} = 'vervalser'`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from ${sql.table(table)}`.execute(store.db)).rejects.toThrow(/append-only/);
      if (database.dialect === 'postgres') await expect(sql`truncate ${sql.table(table)} cascade`.execute(store.db)).rejects.toThrow(/append-only/);
      const after = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
      expect(Number(after.rows[0]?.n)).toBe(Number(before.rows[0]?.n));
      expect(Number(after.rows[0]?.n)).toBeGreaterThan(0);
      const forged = await sql`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = 'vervalser'`.execute(store.db);
      expect(forged.rows).toEqual([{ n: database.dialect === 'postgres' ? '0' : 0 }]);
    });
});
