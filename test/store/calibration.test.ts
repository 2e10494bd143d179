import { expect, it } from 'vitest';
import { createFube } from '../../src/domain/fube/create-fube.js';
import { testFamily } from '../../src/domain/fube/test-family.js';
import { initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';

describeEachDatabase('calibration reads and justifications', (database) => {
  it('reads stamps and changed rows with the last weigher, in scope, and keeps justifications with a history row', async () => {
    const { store } = database;
    if ((await store.families.get(testFamily.id, testFamily.version)) === undefined) {
      await store.families.saveDraft(testFamily, 'bron', 'admin');
      await store.families.publish(testFamily.id, testFamily.version, 'admin');
    }
    await store.entities.save({ id: 'cal-e1', name: 'E1', units: [] });
    await store.entities.save({ id: 'cal-e2', name: 'E2', units: [] });
    const made = createFube(testFamily, { title: 'Kalibratie A', entityId: 'cal-e1', holderIds: [] });
    if (!made.ok) throw new Error('no FUBE');
    const a = await store.fubes.create(made.value, initialState(1), 'writer');
    const b = await store.fubes.create({ ...made.value, entityId: 'cal-e2', title: 'Kalibratie B' }, initialState(1), 'writer');
    // Revision 2 by the adviser sets the weighing; revision 3 by someone else changes only text.
    const values = Object.fromEntries(testFamily.criteria.map((c) => [c.id, 1]));
    const w = await store.fubes.write(a.id, { baseRevision: 1, actorId: 'adviser', content: { ...a.content, weighing: { rule: 'median-v1', values } } });
    if (w?.ok !== true) throw new Error('write');
    const t = await store.fubes.write(a.id, { baseRevision: 2, actorId: 'editor', content: { ...w.record.content, title: 'Kalibratie A2' } });
    if (t?.ok !== true) throw new Error('write');

    const scope = { entityIds: ['cal-e1'], unitIds: [], holderPersonId: null, managerPersonId: null };
    const stamps = await store.calibration.stamps(scope);
    expect(stamps.map((s) => s.id)).toEqual([a.id]);
    const rows = await store.calibration.rowsSince('', scope);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: a.id, title: 'Kalibratie A2', revision: 3, weigherId: 'adviser', entityId: 'cal-e1' });
    expect(rows[0]!.searchText).toContain('Kalibratie A2');
    expect((await store.calibration.rowsSince(t.record.updatedAt)).map((r) => r.id)).toContain(a.id);
    expect((await store.calibration.rowsSince('9999')).length).toBe(0);
    const all = (await store.calibration.stamps()).map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    // In pages (after an id, at most `limit`): the same rows, each with its own weigher, in id order.
    const whole = await store.calibration.rowsSince('');
    const paged: typeof whole = [];
    for (let after = ''; ; ) {
      const page = await store.calibration.rowsSince('', undefined, { after, limit: 1 });
      expect(page.length).toBeLessThanOrEqual(1);
      if (page.length === 0) break;
      paged.push(...page);
      after = page[0]!.id;
    }
    expect(paged).toEqual(whole);
    expect(paged.find((r) => r.id === a.id)?.weigherId).toBe('adviser');

    await store.calibration.justify({ findingKey: 'a-00000000000000aa', kind: 'same-values', fubeIds: [a.id], motivation: 'eerst', justifiedBy: 'hr' });
    await store.calibration.justify({ findingKey: 'a-00000000000000aa', kind: 'same-values', fubeIds: [a.id], motivation: 'daarna', justifiedBy: 'hr2' });
    const kept = (await store.calibration.justifications()).filter((j) => j.findingKey === 'a-00000000000000aa');
    expect(kept).toEqual([expect.objectContaining({ motivation: 'daarna', justifiedBy: 'hr2', fubeIds: [a.id] })]);
    const history = await store.history.list({ action: 'calibration.justify', subjectId: 'a-00000000000000aa' });
    expect(history.map((h) => [h.reason, (h.data as { replaced: boolean }).replaced])).toEqual([
      ['eerst', false],
      ['daarna', true],
    ]);
  });
});
