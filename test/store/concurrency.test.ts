import { expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { Store } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

const WRITERS = 50;
/** Separate stores = separate connections (on SQLite: separate handles on one file). */
const CONNECTIONS = 5;

describeEachDatabase('concurrent writers on one FUBE', (database) => {
  it(`${WRITERS} writers that each read, write on their base revision and retry on conflict lose no update`, { timeout: 120_000 }, async () => {
    const stores: Store[] = [database.store];
    for (let i = 1; i < CONNECTIONS; i++) stores.push(await database.open({ poolSize: 4 }));
    await withPublishedFamily(database.store);
    const created = await database.store.fubes.create(fubeContent({ specificKnowledge: 'start' }), initialState(1), 'manager');

    let conflicts = 0;
    const started = Date.now();
    const writer = async (n: number): Promise<number> => {
      const store = stores[n % CONNECTIONS] as Store;
      for (let attempt = 1; attempt <= 1_000; attempt++) {
        const current = await store.fubes.get(created.id);
        if (current === undefined) throw new Error('the FUBE disappeared');
        const content = { ...current.content, specificKnowledge: `${current.content.specificKnowledge}\nschrijver ${n}` };
        const outcome = await store.fubes.write(created.id, { baseRevision: current.revision, content, actorId: `writer-${n}` });
        if (outcome?.ok === true) return outcome.record.revision;
        if (outcome === undefined) throw new Error('the FUBE disappeared');
        expect(outcome.currentRevision).toBeGreaterThan(current.revision);
        conflicts++;
        // A client backs off a little before it re-reads after a 409.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      }
      throw new Error(`writer ${n} never got through`);
    };
    const written = await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));
    const elapsed = Date.now() - started;
    console.info(`${database.dialect}: ${WRITERS} writers, ${conflicts} conflicts retried, ${elapsed} ms`);

    // Each successful write got its own revision: 2..51, no two writers share one.
    expect([...written].sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => i + 2));
    const revisions = await database.store.fubes.revisions(created.id);
    expect(revisions).toHaveLength(WRITERS + 1);
    // Every revision adds exactly one writer's line to the one before it: nothing lost.
    for (let i = 1; i < revisions.length; i++) {
      const before = revisions[i - 1]?.content.specificKnowledge ?? '';
      const after = revisions[i]?.content.specificKnowledge ?? '';
      expect(after.startsWith(`${before}\n`)).toBe(true);
      expect(after.slice(before.length + 1)).toBe(`schrijver ${revisions[i]?.authorId?.replace('writer-', '')}`);
    }
    const final = await database.store.fubes.get(created.id);
    const lines = final?.content.specificKnowledge.split('\n').slice(1) ?? [];
    expect([...lines].sort()).toEqual(Array.from({ length: WRITERS }, (_, n) => `schrijver ${n}`).sort());
    expect(final?.revision).toBe(WRITERS + 1);
    // The writers really raced: some based their write on a revision that was gone.
    expect(conflicts).toBeGreaterThan(0);
    const history = await database.store.history.list({ subjectType: 'fube', subjectId: created.id, action: 'fube.update' });
    expect(history).toHaveLength(WRITERS);
  });
});
