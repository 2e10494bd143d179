/**
 * Decision 0030: my-work reads the work each FUBE holds from `fube_work`, kept with every
 * write. This compares it, item for item and in order, with my-work as it was (every FUBE of
 * the caller's scope judged in JavaScript, test/support/legacy-my-work.ts), on the demo data
 * with remarks, talk requests, answered threads, a co-holder's own appeal and appeals to
 * decide added, for every demo login and every person the FUBEs name, on several days (appeal
 * windows close, finalisation opens), with several limits; on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import type { Family } from '../../src/domain/family/index.js';
import { type WorkflowAction, transition } from '../../src/domain/workflow/index.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { callerOf } from '../../src/server/auth/sessions.js';
import { DEMO_PASSWORD, loadDemo } from '../../src/store/demo.js';
import type { Store } from '../../src/store/index.js';
import type { Caller } from '../../src/use-cases/context.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { MY_WORK_LIMIT, myWork } from '../../src/use-cases/fubes/my-work.js';
import { legacyMyWork } from '../support/legacy-my-work.js';
import { backends } from './backends.js';
import { SEED_SOURCE, seedFamily } from './harness.js';

const START = '2026-03-02T09:00:00.000Z';
const DAY = 86_400_000;

for (const backend of backends) {
  describe(`my-work from stored work (${backend.name})`, () => {
    let opened: Awaited<ReturnType<Backend['open']>>;
    let store: Store;
    let family: Family;
    const clock = new TestClock(START);

    beforeAll(async () => {
      opened = await backend.open();
      store = opened.store;
      family = seedFamily();
      await store.families.saveDraft(family, SEED_SOURCE, 'system');
      await store.families.publish(family.id, family.version, 'system');
      await loadDemo(store, family, { now: new Date(START), hashPassword: () => DEMO_PASSWORD });
      await addThreadsAndAppeals(store, family, clock);
    }, 120_000);
    afterAll(async () => {
      await opened?.close();
    });

    it('lists exactly what my-work listed before, in the same order, for every login and person, on every day', async () => {
      const callers = await everyCaller(store);
      const deps = useCaseDeps(store);
      let compared = 0;
      let nonEmpty = 0;
      const actions = new Set<string>();
      // Every day of the first three weeks (terms end on them), then later ones.
      for (const days of [...Array.from({ length: 22 }, (_, d) => d), 25, 40, 70]) {
        const now = new TestClock(new Date(new Date(START).getTime() + days * DAY).toISOString());
        for (const caller of callers) {
          const ctx = { actor: caller, clock: now };
          // The old way judged every FUBE in JavaScript and then cut the list: judge once, cut per limit.
          const all = await legacyMyWork(deps, ctx, { limit: 1000 });
          for (const limit of [undefined, 1000, 3]) {
            const expected = all.slice(0, limit ?? MY_WORK_LIMIT);
            const actual = await myWork(deps, ctx, { limit });
            expect(actual, `${caller.username} on day ${days}, limit ${limit}`).toEqual(expected);
            compared++;
            if (expected.length > 0) nonEmpty++;
            for (const item of expected) actions.add(item.action);
          }
        }
      }
      // The comparison must have had something to compare: every kind of work occurs.
      expect(nonEmpty).toBeGreaterThan(compared / 4);
      expect([...actions].sort()).toEqual(['advise', 'answer-remark', 'appeal', 'decide-appeal', 'finalize', 'notify', 'propose', 'record-talk', 'remark', 'validate']);
    }, 300_000);

    it('follows every write: a draft renamed and moved to another entity is listed by its new title, in its new place, at once', async () => {
      const deps = useCaseDeps(store);
      const callers = await everyCaller(store);
      const draft = (await store.fubes.summaries({ state: 'draft' }))[0]!;
      const record = (await store.fubes.get(draft.id))!;
      const moved = await store.fubes.write(draft.id, { baseRevision: record.revision, content: { ...record.content, title: 'Aaa eerst in de lijst', unitId: 'afb-com', entityId: 'afb' }, actorId: 'test' });
      expect(moved?.ok).toBe(true);
      for (const caller of callers) {
        const ctx = { actor: caller, clock };
        expect(await myWork(deps, ctx, { limit: 1000 }), caller.username).toEqual(await legacyMyWork(deps, ctx, { limit: 1000 }));
      }
    }, 120_000);
  });
}

type Backend = (typeof backends)[number];

/** Every login of the demo, and every person a FUBE names (as holder or manager) without roles. */
async function everyCaller(store: Store): Promise<Caller[]> {
  const accounts = storeAccounts(store);
  const callers: Caller[] = [];
  for (const user of await store.users.list()) callers.push(callerOf((await accounts.byId(user.id))!));
  const people = new Set<string>();
  for (const f of await store.fubes.summaries({})) {
    for (const id of f.holderIds) people.add(id);
    if (f.managerId !== null) people.add(f.managerId);
  }
  for (const personId of people) callers.push({ userId: `u-${personId}`, username: personId, name: personId, personId, entityId: null, roles: [] });
  return callers;
}

/**
 * What the demo lacks: holders' remarks and talk requests (one answered, one talk held), a
 * co-holder who appeals alone while the others' terms run.
 */
async function addThreadsAndAppeals(store: Store, family: Family, clock: TestClock): Promise<void> {
  const act = async (id: string, action: WorkflowAction, actorPersonId: string | null = null) => {
    const record = (await store.fubes.get(id))!;
    const outcome = transition(record.workflow, action, { clock, actorId: 'test', fube: record.content, family, actorPersonId });
    if (!outcome.ok) throw new Error(`${action.type} on ${record.content.title}: ${JSON.stringify(outcome.errors)}`);
    const saved = await store.fubes.write(id, { baseRevision: record.revision, workflow: outcome.value.state, events: outcome.value.events, actorId: 'test' });
    if (saved === undefined || !saved.ok) throw new Error(`${action.type} not stored`);
  };
  const all = await store.fubes.summaries({});
  const proposed = all.filter((f) => f.state === 'proposed');
  for (const [n, fube] of proposed.entries()) {
    const holder = fube.holderIds[0]!;
    if (n % 3 === 0) await act(fube.id, { type: 'remark', holderId: holder, text: 'De resultaatgebieden missen communicatie.' }, holder);
    if (n % 3 === 1) await act(fube.id, { type: 'request-talk', holderId: holder }, holder);
    if (n % 3 === 2) {
      await act(fube.id, { type: 'remark', holderId: holder, text: 'Graag een gesprek.' }, holder);
      await act(fube.id, { type: 'answer-remark', holderId: holder, text: 'Akkoord, we bekijken het.' });
      await act(fube.id, { type: 'request-talk', holderId: holder }, holder);
      await act(fube.id, { type: 'record-talk', holderId: holder, note: 'Gesprek gevoerd.' });
    }
  }
  // Only FUBEs whose appeal window is still open (the demo notified some long ago).
  const open = all.filter((f) => f.state === 'notified' && f.holderIds.length > 1);
  let appealed = 0;
  for (const fube of open) {
    const [first, second] = fube.holderIds as [string, string];
    const record = (await store.fubes.get(fube.id))!;
    if (!transition(record.workflow, { type: 'appeal', appellantIds: [first], grounds: ['class'], motivation: 'm' }, { clock, actorId: 'test', fube: record.content, family, actorPersonId: first }).ok) continue;
    await act(fube.id, { type: 'appeal', appellantIds: [first], grounds: ['class'], motivation: 'De klasse is te laag.' }, first);
    // The co-holder of the first keeps their own term (appeal work); of a second, both appeal.
    if (appealed === 1) await act(fube.id, { type: 'appeal', appellantIds: [second], grounds: ['family'], motivation: 'De familie past niet.' }, second);
    if (++appealed === 2) break;
  }
  if (appealed === 0) throw new Error('no notified FUBE with co-holders and an open appeal window in the demo');
}
