import { expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

describeEachDatabase('remarks and appeals of holders', (database) => {
  it('holders remarks are kept per FUBE and recorded in the history', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const fube = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    await store.remarks.add({ fubeId: fube.id, revision: 1, holderId: 'p1', text: 'Het resultaatgebied communicatie ontbreekt.' });
    await store.remarks.add({ fubeId: fube.id, revision: 1, holderId: 'p2', text: 'Akkoord.' });
    expect((await store.remarks.list(fube.id)).map((r) => [r.holderId, r.text])).toEqual([
      ['p1', 'Het resultaatgebied communicatie ontbreekt.'],
      ['p2', 'Akkoord.'],
    ]);
    expect((await store.history.list({ subjectId: fube.id, action: 'fube.remark' })).map((h) => h.actorId)).toEqual(['p1', 'p2']);
  });

  it('a joint appeal gets one outcome, recorded once', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const fube = await store.fubes.create(fubeContent({ holderIds: ['p1', 'p2'] }), initialState(1), 'manager');
    const appeal = await store.appeals.lodge({ fubeId: fube.id, revision: 1, holderIds: ['p1', 'p2'], grounds: ['class'], motivation: 'De klasse is te laag.', actorId: 'p1' });
    expect(appeal).toMatchObject({ holderIds: ['p1', 'p2'], grounds: ['class'], outcome: null, decidedAt: null });
    const decided = await store.appeals.decide(appeal.id, { outcome: 'upheld', newClass: 16, motivation: 'Complexiteit onderschat.', actorId: 'beroepscommissie' });
    expect(decided).toMatchObject({ outcome: 'upheld', newClass: 16, decisionMotivation: 'Complexiteit onderschat.' });
    expect(await store.appeals.decide(appeal.id, { outcome: 'rejected', motivation: 'Later anders beslist', actorId: 'x' })).toBeUndefined();
    expect((await store.appeals.list(fube.id))[0]?.outcome).toBe('upheld');
    expect((await store.history.list({ subjectId: fube.id })).map((h) => h.action)).toEqual(['fube.create', 'appeal.lodge', 'appeal.decide']);
  });
});
