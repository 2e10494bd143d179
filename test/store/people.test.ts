import { expect, it } from 'vitest';
import { peopleScope } from '../../src/domain/access/index.js';
import { describeEachDatabase } from './databases.js';

/**
 * The people pickers' query on both databases: the reach from the access rules narrows the
 * rows, the name matches without regard to accents or case, roles and training come from
 * the person's enabled accounts, and the answer is capped.
 */
describeEachDatabase('finding people for the pickers', (database) => {
  const reach = (purpose: 'fube' | 'committee', roles: { role: string; entityId: string | null; unitId?: string | null }[], entityId: string | null) => {
    const scope = peopleScope({ userId: 'u', entityId, roles: roles.map((r) => ({ role: r.role as 'hr', entityId: r.entityId, unitId: r.unitId ?? null })) }, purpose);
    if (!scope.allowed) throw new Error(scope.reason.key);
    return scope.reach;
  };

  it('finds by part of the name, accents and case aside, only within reach', async () => {
    const { store } = database;
    await store.entities.save({ id: 'ent-a', name: 'Entiteit A', units: [{ id: 'a-hr', name: 'HR', parentId: null }, { id: 'a-ict', name: 'ICT', parentId: null }] });
    await store.entities.save({ id: 'ent-b', name: 'Entiteit B', units: [{ id: 'b-hr', name: 'HR', parentId: null }] });
    const people = [
      { id: 'p-chloe', name: 'Chloé Peeters', entityId: 'ent-a', unitId: 'a-hr' },
      { id: 'p-ines', name: 'Inès Peeters', entityId: 'ent-a', unitId: 'a-ict' },
      { id: 'p-zoe', name: 'Zoë Mertens', entityId: 'ent-b', unitId: 'b-hr' },
      { id: 'p-bart', name: 'Bart Peeters', entityId: 'ent-b', unitId: 'b-hr' },
      { id: 'p-old', name: 'Oud Peeters', entityId: 'ent-b', unitId: 'b-hr' },
    ];
    for (const p of people) await store.people.save({ ...p, email: null });
    await store.users.create({ email: 'zoe@b.be', name: 'Zoë', passwordHash: 'x', personId: 'p-zoe', trainedInMethod: true, roles: [{ role: 'hr', entityId: 'ent-b', unitId: null }] });
    await store.users.create({ email: 'chloe@a.be', name: 'Chloé', passwordHash: 'x', personId: 'p-chloe', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'a-hr' }, { role: 'committee-member', entityId: 'ent-a', unitId: null }] });
    const old = await store.users.create({ email: 'oud@b.be', name: 'Oud', passwordHash: 'x', personId: 'p-old', trainedInMethod: true, roles: [{ role: 'hr', entityId: 'ent-b', unitId: null }] });
    await store.users.setDisabled(old.id, true);

    const hrOfA = reach('fube', [{ role: 'hr', entityId: 'ent-a' }], 'ent-a');
    expect((await store.people.search({ reach: hrOfA, q: 'PEETERS' })).map((p) => p.id)).toEqual(['p-chloe', 'p-ines']);
    expect((await store.people.search({ reach: hrOfA, q: 'chloe' }))).toEqual([
      { id: 'p-chloe', name: 'Chloé Peeters', entityId: 'ent-a', unitId: 'a-hr', roles: ['manager', 'committee-member'], trainedInMethod: false },
    ]);
    expect((await store.people.search({ reach: hrOfA, q: 'inès pee' })).map((p) => p.id)).toEqual(['p-ines']);
    expect(await store.people.search({ reach: hrOfA, q: 'zoe' })).toEqual([]);

    const managerOfIct = reach('fube', [{ role: 'manager', entityId: 'ent-a', unitId: 'a-ict' }], 'ent-a');
    expect((await store.people.search({ reach: managerOfIct, q: 'peeters' })).map((p) => p.id)).toEqual(['p-ines']);

    // The validator of A composing a committee: A's people, and HR people of other entities
    // with an enabled account (not Bart, no HR; not the disabled account).
    const committee = reach('committee', [{ role: 'validator', entityId: 'ent-a' }], 'ent-a');
    expect((await store.people.search({ reach: committee })).map((p) => p.id)).toEqual(['p-chloe', 'p-ines', 'p-zoe']);
    expect(await store.people.search({ reach: committee, q: 'zoe' })).toEqual([
      { id: 'p-zoe', name: 'Zoë Mertens', entityId: 'ent-b', unitId: 'b-hr', roles: ['hr'], trainedInMethod: true },
    ]);
    expect((await store.people.search({ reach: committee, role: 'hr' })).map((p) => p.id)).toEqual(['p-zoe']);
    expect((await store.people.search({ reach: committee, entityId: 'ent-a' })).map((p) => p.id)).toEqual(['p-chloe', 'p-ines']);

    const everybody = reach('fube', [{ role: 'admin', entityId: null }], null);
    expect((await store.people.search({ reach: everybody, q: 'peeters' })).map((p) => p.id)).toEqual(['p-bart', 'p-chloe', 'p-ines', 'p-old']);
    expect(await store.people.search({ reach: [], q: 'peeters' })).toEqual([]);
    expect((await store.people.byIds(['p-zoe', 'p-chloe', 'onbekend'])).map((p) => p.name)).toEqual(['Chloé Peeters', 'Zoë Mertens']);
  });

  it('answers at most 20 people, the best matches first', async () => {
    const { store } = database;
    await store.entities.save({ id: 'ent-c', name: 'Entiteit C', units: [] });
    for (let i = 0; i < 30; i++) await store.people.save({ id: `p-c${String(i).padStart(2, '0')}`, name: `Medewerker ${String(i).padStart(2, '0')} Janssens`, email: null, entityId: 'ent-c', unitId: null });
    await store.people.save({ id: 'p-c-jan', name: 'Jan Wouters', email: null, entityId: 'ent-c', unitId: null });
    const scope = reach('fube', [{ role: 'hr', entityId: 'ent-c' }], 'ent-c');
    const found = await store.people.search({ reach: scope, q: 'jan' });
    expect(found).toHaveLength(20);
    // "jan" starts "Jan" and "Janssens": all rank the same, so by name: Jan Wouters first.
    expect(found[0]?.name).toBe('Jan Wouters');
    expect((await store.people.search({ reach: scope, q: 'ouTers' })).map((p) => p.id)).toEqual(['p-c-jan']);
  });
});
