import { type CompiledQuery, sql } from 'kysely';
import { expect, it } from 'vitest';
import { ReferenceCache } from '../../src/store/reference-cache.js';
import { describeOnPostgres } from './databases.js';

const query = (text: string): CompiledQuery<{ n: number }> => ({ sql: text, parameters: [], query: { kind: 'RawNode', sqlFragments: [text], parameters: [] } }) as never;

/** A cache over a fake database: `version` and `rows` are what it holds now. */
function fake() {
  const db = { version: 0, rows: 1, versionReads: 0, queries: 0 };
  let now = 0;
  const cache = new ReferenceCache(
    async () => {
      db.versionReads++;
      return db.version;
    },
    async <R>() => {
      db.queries++;
      return [{ n: db.rows }] as R[];
    },
    () => now,
  );
  return { db, cache, advance: (ms: number) => (now += ms) };
}

it('keeps a result while the version seen stands; a higher version read with a session drops it', async () => {
  const { db, cache } = fake();
  cache.observe(0);
  expect(await cache.read(query('q'))).toEqual([{ n: 1 }]);
  db.rows = 2;
  expect(await cache.read(query('q'))).toEqual([{ n: 1 }]);
  expect(db.queries).toBe(1);
  db.version = 1;
  cache.observe(1);
  expect(await cache.read(query('q'))).toEqual([{ n: 2 }]);
  // A late answer with an older version does not bring the old rows back.
  cache.observe(0);
  db.rows = 3;
  expect(await cache.read(query('q'))).toEqual([{ n: 2 }]);
  expect(db.versionReads).toBe(0);
});

it('a result read while the version moved on is not kept under the old one', async () => {
  const { db, cache } = fake();
  cache.observe(0);
  const slow = cache.read(query('q'));
  cache.observe(1);
  await slow;
  db.rows = 2;
  expect(await cache.read(query('q'))).toEqual([{ n: 2 }]);
});

it('without a session read for a second, and after a transaction of this process, a read asks for the version', async () => {
  const { db, cache, advance } = fake();
  cache.observe(0);
  await cache.read(query('q'));
  advance(999);
  await cache.read(query('q'));
  expect(db.versionReads).toBe(0);
  advance(2);
  db.version = 1;
  db.rows = 2;
  expect(await cache.read(query('q'))).toEqual([{ n: 2 }]);
  expect(db.versionReads).toBe(1);
  db.version = 2;
  db.rows = 3;
  cache.changed();
  expect(await cache.read(query('q'))).toEqual([{ n: 3 }]);
  expect(db.versionReads).toBe(2);
});

describeOnPostgres('reference rows kept per process', (database) => {
  it('a change made by another process is seen by the next request, whose session read carries the version', async () => {
    const first = database.store;
    const other = await database.open();
    const user = await first.users.create({ email: 'referentie@example.be', name: 'Referentie', passwordHash: 'x' });
    await first.sessions.create({ id: 'sessie-ref', userId: user.id, expiresAt: '2999-01-01T00:00:00.000Z' });
    await first.entities.save({ id: 'dep-ref', name: 'Referentie', units: [] });
    expect(await first.sessions.withUser('sessie-ref')).toBeDefined();
    expect((await first.entities.places()).entityIds.has('dep-ref')).toBe(true);
    const version = async () => Number((await sql<{ version: string }>`select version from reference_version where id = 1`.execute(first.db)).rows[0]?.version);
    const before = await version();
    // Another process adds a unit and a closing day: each transaction counts once.
    await other.entities.save({ id: 'dep-ref', name: 'Referentie', units: [{ id: 'afd-ref', name: 'Afdeling', parentId: null }] });
    await other.closingDays.add({ date: '2031-07-21', reason: 'Nationale feestdag' }, { actorId: 'admin', action: 'closing-day-added' });
    expect(await version()).toBeGreaterThan(before);
    // The next request of the first process reads its session first, then the places.
    await first.sessions.withUser('sessie-ref');
    expect((await first.entities.places()).units.get('afd-ref')).toEqual({ entityId: 'dep-ref', parentId: null });
    expect((await first.closingDays.list()).map((d) => d.date)).toContain('2031-07-21');
  });
});

it('a version read sent before this process ended a transaction does not vouch for the rows after it', async () => {
  const { db, cache } = fake();
  cache.observe(0);
  await cache.read(query('q'));
  const since = cache.since;
  // This process changes the reference rows; a session read sent before the commit answers after it.
  db.version = 1;
  db.rows = 2;
  cache.changed();
  cache.observe(0, since);
  expect(await cache.read(query('q'))).toEqual([{ n: 2 }]);
  expect(db.versionReads).toBe(1);
});
