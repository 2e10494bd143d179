import { expect, it } from 'vitest';
import type { StoredPayRecord } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';

/** n records, women and men alternating, deterministic amounts. */
function records(n: number, offset = 0): StoredPayRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    personKey: `k-${offset + i}`,
    line: i + 2,
    entityId: i % 3 === 0 ? 'dfb' : null,
    sex: i % 10 === 9 ? 'X' : i % 2 === 0 ? 'F' : 'M',
    age: 25 + (i % 40),
    yearsOfService: i % 20,
    education: 1 + (i % 8),
    fubeId: null,
    category: i % 7 === 0 ? null : i % 5 === 0 ? 'A1' : null,
    resolvedFamily: i % 7 === 0 ? null : 'ondersteunend',
    resolvedClass: i % 7 === 0 ? null : 14 + (i % 5),
    position: i % 4 === 0 ? null : 1 + (i % 5),
    fte: i % 3 === 0 ? 0.8 : 1,
    hoursPaid: 1976.5,
    basicPay: 40_000 + i * 1.25,
    variablePay: i % 2 === 0 ? 0 : 1234.56,
  }));
}

const PERIOD = { id: '2026', referenceDate: '2026-12-31', entityId: null, importedBy: 'u-pa', sourceFormat: 'csv' as const, threshold: 5 };

describeEachDatabase('pay periods and records', (database) => {
  it('stores 50 000 records in one transaction quickly and reads them back exactly, in file order', async () => {
    const { store } = database;
    const many = records(50_000);
    const started = performance.now();
    const { replaced, stored } = await store.pay.replacePeriod(PERIOD, many, { actorId: 'u-pa', data: { records: many.length } });
    const ms = performance.now() - started;
    expect(replaced).toBeUndefined();
    expect(ms).toBeLessThan(15_000);
    const unclassified = many.filter((r) => r.resolvedClass === null && r.category === null).length;
    expect(stored.counts).toEqual({ records: 50_000, women: many.filter((r) => r.sex === 'F').length, men: many.filter((r) => r.sex === 'M').length, other: 5_000, unclassified });
    const back = await store.pay.readRecords('2026', { actorId: 'u-pa', data: {} });
    expect(back).toEqual(many);
  }, 60_000);

  it('re-importing a period replaces its records and says so in the history, without amounts', async () => {
    const { store } = database;
    await store.pay.replacePeriod({ ...PERIOD, id: 'p-replace' }, records(10), { actorId: 'u-pa', data: { records: 10 } });
    const { replaced, stored } = await store.pay.replacePeriod({ ...PERIOD, id: 'p-replace', threshold: 7 }, records(4, 100), { actorId: 'u-pa', data: { records: 4 } });
    expect(replaced?.counts.records).toBe(10);
    expect(stored).toMatchObject({ id: 'p-replace', threshold: 7, counts: { records: 4 } });
    expect((await store.pay.recordsForReport('p-replace')).map((r) => r.personKey)).toEqual(['k-100', 'k-101', 'k-102', 'k-103']);
    const history = await store.history.list({ subjectType: 'pay-period', subjectId: 'p-replace' });
    expect(history.map((e) => [e.action, (e.data as { replaced: boolean }).replaced])).toEqual([
      ['pay.import', false],
      ['pay.import', true],
    ]);
    expect(JSON.stringify(history)).not.toMatch(/40000|1234\.56|basicPay|basic_pay/);
  });

  it('a refusing check leaves the stored period untouched', async () => {
    const { store } = database;
    await store.pay.replacePeriod({ ...PERIOD, id: 'p-check' }, records(3), { actorId: 'u-pa', data: {} });
    await expect(
      store.pay.replacePeriod({ ...PERIOD, id: 'p-check' }, records(5), { actorId: 'u-pa', data: {} }, () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await store.pay.period('p-check'))?.counts.records).toBe(3);
  });

  it('every read of person-level records writes a history row', async () => {
    const { store } = database;
    await store.pay.replacePeriod({ ...PERIOD, id: 'p-read' }, records(3), { actorId: 'u-pa', data: {} });
    await store.pay.readRecords('p-read', { actorId: 'u-pa', data: {} });
    await store.pay.readRecords('p-read', { actorId: 'u-pa', data: {} });
    const reads = await store.history.list({ action: 'pay.read-persons', subjectId: 'p-read' });
    expect(reads.map((e) => [e.actorId, (e.data as { records: number }).records])).toEqual([
      ['u-pa', 3],
      ['u-pa', 3],
    ]);
  });

  it('deleting a period deletes all its records in one call, with a history row', async () => {
    const { store } = database;
    await store.pay.replacePeriod({ ...PERIOD, id: 'p-delete' }, records(25), { actorId: 'u-pa', data: {} });
    const deleted = await store.pay.deletePeriod('p-delete', { actorId: 'u-admin', data: {} });
    expect(deleted?.counts.records).toBe(25);
    expect(await store.pay.period('p-delete')).toBeUndefined();
    expect(await store.pay.recordsForReport('p-delete')).toEqual([]);
    expect(await store.pay.deletePeriod('p-delete', { actorId: 'u-admin', data: {} })).toBeUndefined();
    const rows = await store.history.list({ action: 'pay.delete-period', subjectId: 'p-delete' });
    expect(rows.map((e) => [e.actorId, (e.data as { counts: { records: number } }).counts.records])).toEqual([['u-admin', 25]]);
  });

  it('two concurrent imports of the same period both finish, one after the other: the period holds one of them whole', async () => {
    const other = await database.open();
    const a = records(3_000);
    const b = records(2_000, 10_000);
    const results = await Promise.all([
      database.store.pay.replacePeriod({ ...PERIOD, id: 'p-race' }, a, { actorId: 'u-a', data: {} }),
      other.pay.replacePeriod({ ...PERIOD, id: 'p-race' }, b, { actorId: 'u-b', data: {} }),
    ]);
    expect(results.filter((r) => r.replaced !== undefined)).toHaveLength(1);
    const keys = (await database.store.pay.recordsForReport('p-race')).map((r) => r.personKey);
    expect([a.map((r) => r.personKey), b.map((r) => r.personKey)]).toContainEqual(keys);
  }, 60_000);
});
