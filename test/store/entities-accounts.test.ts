import { expect, it } from 'vitest';
import { describeEachDatabase } from './databases.js';

describeEachDatabase('entities, people and accounts', (database) => {
  it('an entity keeps its units, teams under their afdeling', async () => {
    const { store } = database;
    await store.entities.save({
      id: 'dep-fin',
      name: 'Departement Financiën en Begroting',
      units: [
        { id: 'team-boekhouding', name: 'Team Boekhouding', parentId: 'afd-begroting' },
        { id: 'afd-begroting', name: 'Afdeling Begroting', parentId: null },
      ],
    });
    const entity = await store.entities.get('dep-fin');
    expect(entity?.units).toEqual([
      { id: 'afd-begroting', name: 'Afdeling Begroting', parentId: null },
      { id: 'team-boekhouding', name: 'Team Boekhouding', parentId: 'afd-begroting' },
    ]);
    await store.entities.save({ id: 'dep-fin', name: 'Departement Financiën', units: [] });
    expect((await store.entities.list()).find((e) => e.id === 'dep-fin')).toMatchObject({ name: 'Departement Financiën', units: { length: 2 } });
  });

  it('places are the unit tree and the entity ids, read together, and follow every save', async () => {
    const { store } = database;
    await store.entities.save({ id: 'dep-pl', name: 'Plaatsen', units: [{ id: 'afd-pl', name: 'Afdeling', parentId: null }, { id: 'team-pl', name: 'Team', parentId: 'afd-pl' }] });
    await store.entities.save({ id: 'dep-leeg', name: 'Zonder eenheden', units: [] });
    const places = await store.entities.places();
    expect([...places.units]).toEqual([...(await store.entities.unitTree())]);
    expect([...places.entityIds].sort()).toEqual([...(await store.entities.ids())].sort());
    expect(places.entityIds.has('dep-leeg')).toBe(true);
    expect(places.units.get('team-pl')).toEqual({ entityId: 'dep-pl', parentId: 'afd-pl' });
    await store.entities.save({ id: 'dep-leeg', name: 'Nu met een eenheid', units: [{ id: 'afd-leeg', name: 'Afdeling', parentId: null }] });
    expect((await store.entities.places()).units.get('afd-leeg')).toEqual({ entityId: 'dep-leeg', parentId: null });
  });

  it('a unit must belong to a known unit of the database', async () => {
    const attempt = database.store.entities.save({ id: 'dep-x', name: 'X', units: [{ id: 'team-x', name: 'Team', parentId: 'bestaat-niet' }] });
    await expect(attempt).rejects.toThrow();
    expect(await database.store.entities.get('dep-x')).toBeUndefined();
  });

  it('people belong to an entity and a unit', async () => {
    const { store } = database;
    await store.entities.save({ id: 'dep-hr', name: 'Agentschap Overheidspersoneel', units: [{ id: 'afd-hr', name: 'Afdeling HR', parentId: null }] });
    await store.people.save({ id: 'p-an', name: 'An Peeters', email: 'an@example.be', entityId: 'dep-hr', unitId: 'afd-hr' });
    await store.people.save({ id: 'p-bert', name: 'Bert Claes', email: null, entityId: 'dep-hr', unitId: null });
    expect((await store.people.list({ entityId: 'dep-hr' })).map((p) => p.name)).toEqual(['An Peeters', 'Bert Claes']);
    expect(await store.people.get('p-an')).toEqual({ id: 'p-an', name: 'An Peeters', email: 'an@example.be', entityId: 'dep-hr', unitId: 'afd-hr' });
  });

  it('a user has roles scoped to an entity or a unit, found by email in any case', async () => {
    const { store } = database;
    await store.entities.save({ id: 'dep-r', name: 'Rollen', units: [{ id: 'afd-r', name: 'Afdeling R', parentId: null }] });
    const user = await store.users.create({
      email: 'Mia.Janssens@Example.be',
      name: 'Mia Janssens',
      passwordHash: 'scrypt$abc',
      roles: [{ role: 'manager', entityId: 'dep-r', unitId: 'afd-r' }],
    });
    await store.users.addRole(user.id, { role: 'hr', entityId: 'dep-r', unitId: null });
    expect((await store.users.byEmail('mia.janssens@example.be'))?.id).toBe(user.id);
    expect(await store.users.roles(user.id)).toEqual([
      { role: 'manager', entityId: 'dep-r', unitId: 'afd-r' },
      { role: 'hr', entityId: 'dep-r', unitId: null },
    ]);
    await expect(store.users.create({ email: 'mia.janssens@example.be', name: 'Dubbel', passwordHash: 'x' })).rejects.toThrow();
  });

  it('a session is found until it expires, by every store on the database', async () => {
    let now = new Date('2026-05-01T08:00:00.000Z');
    const store = await database.open({ now: () => now });
    const other = await database.open({ now: () => now });
    const user = await store.users.create({ email: 'sessie@example.be', name: 'Sessie', passwordHash: 'x' });
    await store.sessions.create({ id: 'hash-1', userId: user.id, expiresAt: '2026-05-01T10:00:00.000Z' });
    expect((await other.sessions.get('hash-1'))?.userId).toBe(user.id);
    now = new Date('2026-05-01T09:30:00.000Z');
    await other.sessions.touch('hash-1', '2026-05-01T12:00:00.000Z');
    now = new Date('2026-05-01T11:00:00.000Z');
    expect(await store.sessions.get('hash-1')).toMatchObject({ lastSeenAt: '2026-05-01T09:30:00.000Z', expiresAt: '2026-05-01T12:00:00.000Z' });
    now = new Date('2026-05-01T12:00:00.000Z');
    expect(await store.sessions.get('hash-1')).toBeUndefined();
    expect(await store.sessions.deleteExpired()).toBeGreaterThanOrEqual(1);
  });

  it('a session with its user and roles, read on every request, is frozen and follows every write', async () => {
    let now = new Date('2026-06-01T08:00:00.000Z');
    const store = await database.open({ now: () => now });
    const other = await database.open({ now: () => now });
    const user = await store.users.create({ email: 'hot@example.be', name: 'Heet', passwordHash: 'x', roles: [{ role: 'hr', entityId: 'dep-r', unitId: null }] });
    await store.sessions.create({ id: 'hash-hot', userId: user.id, expiresAt: '2026-06-01T10:00:00.000Z' });

    const found = await other.sessions.withUser('hash-hot');
    expect(found).toMatchObject({ session: { userId: user.id }, user: { email: 'hot@example.be' }, roles: [{ role: 'hr', entityId: 'dep-r' }] });
    // Shared between requests: nobody may change it.
    expect(() => (found?.roles as unknown as { role: string }[]).push({ role: 'admin' })).toThrow(TypeError);
    expect(() => Object.assign(found?.user ?? {}, { name: 'Ander' })).toThrow(TypeError);
    if (database.dialect === 'sqlite') expect(await other.sessions.withUser('hash-hot')).toBe(found);

    // A write through another store (another process) counts from the next turn on.
    await store.users.addRole(user.id, { role: 'manager', entityId: 'dep-r', unitId: null });
    await new Promise((resolve) => setImmediate(resolve));
    expect((await other.sessions.withUser('hash-hot'))?.roles.map((r) => r.role)).toEqual(['hr', 'manager']);
    // A write through the same store counts at once.
    await other.sessions.touch('hash-hot', '2026-06-01T11:00:00.000Z');
    expect((await other.sessions.withUser('hash-hot'))?.session.expiresAt).toBe('2026-06-01T11:00:00.000Z');
    // Expiry is judged on every read by the store's clock, also for a kept result.
    now = new Date('2026-06-01T11:00:00.000Z');
    expect(await other.sessions.withUser('hash-hot')).toBeUndefined();
    await store.sessions.delete('hash-hot');
    now = new Date('2026-06-01T09:00:00.000Z');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await other.sessions.withUser('hash-hot')).toBeUndefined();
  });
});
