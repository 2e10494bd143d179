import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustedGap, payIndicators } from '../../src/domain/pay/index.js';
import { DEMO_GAP_CLASS } from '../../src/store/demo-pay.js';
import { DEMO_LOGINS, loadDemo } from '../../src/store/demo.js';
import { type Store, type StoredPayRecord, openStore } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from './harness.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

async function demoStore(dir: string): Promise<Store> {
  const store = await openStore({ file: join(dir, 'demo.db') });
  const family = seedFamily();
  await store.families.saveDraft(family, SEED_SOURCE, 'system');
  await store.families.publish(family.id, family.version, 'system');
  await loadDemo(store, family, { now: NOW, hashPassword: (p) => `plain$${p}` });
  return store;
}

describe('the demo pay period (issue 16 item 8)', () => {
  let dir: string;
  let store: Store;
  let records: StoredPayRecord[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-demo-pay-'));
    store = await demoStore(dir);
    records = await store.pay.recordsForReport('2026');
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a pay analyst login among the demo logins', async () => {
    expect(DEMO_LOGINS.find((l) => l.role === 'pay-analyst')?.username).toBe('loonanalist@demo.weegschaal');
    const user = await store.users.byEmail('loonanalist@demo.weegschaal');
    expect(await store.users.roles(user?.id ?? '')).toEqual([expect.objectContaining({ role: 'pay-analyst', entityId: null })]);
  });

  it('holds every demo person and more, the holders of final FUBEs by the class in force', async () => {
    const people = await store.people.list();
    expect(records.length).toBeGreaterThanOrEqual(100);
    const keys = new Set(records.map((r) => r.personKey));
    for (const p of people) expect(keys.has(p.id)).toBe(true);
    const held = await store.pay.heldInForce('2026-03-02');
    expect(held.byPerson.size).toBeGreaterThan(5);
    for (const [personId, fube] of held.byPerson) expect(records.find((r) => r.personKey === personId)).toMatchObject({ resolvedClass: fube.class, fubeId: fube.fubeId });
    expect((await store.pay.period('2026'))?.counts.unclassified).toBe(0);
  });

  it('is the same on every load (seeded)', async () => {
    const other = mkdtempSync(join(tmpdir(), 'weegschaal-demo-pay-'));
    try {
      const again = await demoStore(other);
      const withoutFube = (list: StoredPayRecord[]) => list.map(({ fubeId: _fube, ...r }) => r);
      // FUBE ids are random; everything else is the same.
      expect(withoutFube(await again.pay.recordsForReport('2026'))).toEqual(withoutFube(records));
      await again.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);

  it('shows a flagged gap in its gap class only and lets the adjusted model run', () => {
    const category = (r: StoredPayRecord) => (r.resolvedClass !== null ? String(r.resolvedClass) : r.category);
    const indicators = payIndicators(records.map((r) => ({ sex: r.sex, basicPay: r.basicPay, variablePay: r.variablePay, hoursPaid: r.hoursPaid, category: category(r) })));
    const flagged = indicators.categories.filter((c) => c.flagged === true).map((c) => c.category);
    expect(flagged, JSON.stringify(indicators.categories.map((c) => [c.category, c.women, c.men, c.payMeanGap]))).toEqual([String(DEMO_GAP_CLASS)]);
    const model = adjustedGap(
      records.map((r) => ({ sex: r.sex, age: r.age, yearsOfService: r.yearsOfService, education: r.education, level: Number(category(r)), position: r.position, standardisedSalary: (r.basicPay + r.variablePay) / r.fte })),
    );
    expect(model.ok).toBe(true);
    if (process.env.SHOW_DEMO_PAY === '1') console.log(JSON.stringify(indicators.categories.map((c) => [c.category, c.women, c.men, c.payMeanGap])), JSON.stringify(model));
  });
});
