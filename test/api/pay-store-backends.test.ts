import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/domain/clock.js';
import type { Caller, UseCaseContext, UseCaseDeps } from '../../src/use-cases/context.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { deletePayPeriod } from '../../src/use-cases/pay/delete-pay-period.js';
import { importPayFile } from '../../src/use-cases/pay/import-pay-file.js';
import { listPayPeriods } from '../../src/use-cases/pay/list-pay-periods.js';
import { readPayRecords } from '../../src/use-cases/pay/read-pay-records.js';
import { ApiProblem } from '../../src/use-cases/problems.js';
import { type Backend, backends } from './backends.js';

/** The pay use cases on SQLite and PostgreSQL: import, concurrent imports, reads with history, scopes, deletion. */
const caller = (userId: string, roles: Caller['roles']): UseCaseContext => ({ actor: { userId, username: userId, name: userId, personId: null, entityId: null, roles }, clock: systemClock });
const analyst = caller('u-analyst', [{ role: 'pay-analyst', entityId: null, unitId: null }]);
const analystB = caller('u-analyst-b', [{ role: 'pay-analyst', entityId: 'b', unitId: null }]);
const hrB = caller('u-hr-b', [{ role: 'hr', entityId: 'b', unitId: null }]);
const reader = caller('u-reader', [{ role: 'reader', entityId: 'a', unitId: null }]);

const HEADER = 'person,sex,age,yearsOfService,education,category,fte,hoursPaid,basicPay,variablePay';
const file = (n: number, prefix: string, extra: string[] = []) =>
  new TextEncoder().encode([HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}${i},${i % 2 === 0 ? 'F' : 'M'},${30 + (i % 30)},${i % 10},${1 + (i % 8)},${14 + (i % 5)},1,1976,${40000 + i},${i % 3 === 0 ? 0 : 1000}`), ...extra].join('\n'));

const status = async (promise: Promise<unknown>): Promise<number> => {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiProblem) return error.spec.status;
    throw error;
  }
};

for (const backend of backends as Backend[]) {
  describe(`pay use cases on ${backend.name}`, () => {
    let close: () => Promise<void>;
    let deps: UseCaseDeps;
    beforeAll(async () => {
      const opened = await backend.open();
      close = opened.close;
      deps = useCaseDeps(opened.store);
      await opened.store.entities.save({ id: 'a', name: 'A', units: [] });
      await opened.store.entities.save({ id: 'b', name: 'B', units: [] });
    }, 60_000);
    afterAll(async () => {
      await close?.();
    });

    it('imports 5 000 rows, lists the period with counts and reads the records back with a history row', async () => {
      const result = await importPayFile(deps, analyst, { period: '2026' }, file(5_000, 'k'));
      expect(result).toMatchObject({ committed: true, imported: 5_000, unclassified: 0, replaced: false });
      const list = await listPayPeriods(deps, hrB);
      expect(list.periods.map((p) => [p.id, p.counts.records, p.abilities.readPersons])).toEqual([['2026', 5_000, false]]);
      const records = await readPayRecords(deps, analyst, '2026');
      expect(records.records).toHaveLength(5_000);
      expect(records.records[4_999]).toMatchObject({ personKey: 'k4999', basicPay: 44_999, category: '18' });
      expect(await deps.store.history.list({ action: 'pay.read-persons', subjectId: '2026' })).toHaveLength(1);
    });

    it('refuses the others: HR and readers do not read records, the entity analyst does not touch the organisation period', async () => {
      expect(await status(readPayRecords(deps, hrB, '2026'))).toBe(403);
      expect(await status(readPayRecords(deps, reader, '2026'))).toBe(403);
      expect(await status(listPayPeriods(deps, reader))).toBe(403);
      expect(await status(readPayRecords(deps, analystB, '2026'))).toBe(403);
      expect(await status(deletePayPeriod(deps, analystB, '2026'))).toBe(403);
      expect(await status(importPayFile(deps, analystB, { period: '2026', entityId: 'b' }, file(3, 'x')))).toBe(403);
      expect(await status(importPayFile(deps, analystB, { period: '2026' }, file(3, 'x')))).toBe(403);
      expect(await status(readPayRecords(deps, analyst, 'nope'))).toBe(404);
      expect((await deps.store.pay.period('2026'))?.counts.records).toBe(5_000);
    });

    it('two concurrent imports of one period: both finish, one replaces the other, the records are one file whole', async () => {
      const [a, b] = await Promise.all([
        importPayFile(deps, analyst, { period: 'race', referenceDate: '2026-12-31' }, file(2_000, 'a')),
        importPayFile(deps, analyst, { period: 'race', referenceDate: '2026-12-31' }, file(1_500, 'b')),
      ]);
      expect([a.replaced, b.replaced].sort()).toEqual([false, true]);
      const keys = (await deps.store.pay.recordsForReport('race')).map((r) => r.personKey[0]);
      expect([2_000, 1_500]).toContain(keys.length);
      expect(new Set(keys).size).toBe(1);
    }, 60_000);

    it('all or nothing: one bad row and nothing is stored; partial keeps the good rows', async () => {
      const bad = file(10, 'z', ['z-bad,F,40,10,3,15,2,1976,40000,0']);
      const refused = await importPayFile(deps, analyst, { period: 'bad', referenceDate: '2026-12-31' }, bad);
      expect(refused).toMatchObject({ committed: false, imported: 0, rejectedRows: 1 });
      expect(refused.errorsRaw).toEqual([expect.objectContaining({ line: 12, column: 'fte', code: 'pay.out-of-range' })]);
      expect(await deps.store.pay.period('bad')).toBeUndefined();
      expect(await importPayFile(deps, analyst, { period: 'bad', referenceDate: '2026-12-31', partial: true }, bad)).toMatchObject({ committed: true, imported: 10 });
    });

    it('deletes a period as a whole', async () => {
      const deleted = await deletePayPeriod(deps, analyst, 'bad');
      expect(deleted.counts.records).toBe(10);
      expect(await deps.store.pay.recordsForReport('bad')).toEqual([]);
      expect(await status(deletePayPeriod(deps, analyst, 'bad'))).toBe(404);
    });
  });
}
