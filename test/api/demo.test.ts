import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/access/index.js';
import { statusSchema } from '../../src/domain/workflow/schema.js';
import { deadlines } from '../../src/domain/workflow/index.js';
import { loadDemo } from '../../src/store/demo.js';
import { DEMO_FUNCTIONS } from '../../src/store/demo-functions.js';
import { currentTieDecision, tiedLevels } from '../../src/domain/fube/decide-tie.js';
import { type Store, openStore } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from './harness.js';

const TODAY = new Date('2026-11-29T09:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'weegschaal-demo-'));
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function demoDatabase(name: string) {
  const store = await openStore({ file: join(dir, `${name}.db`) });
  opened.push(store);
  const family = seedFamily();
  await store.families.saveDraft(family, SEED_SOURCE, 'test');
  await store.families.publish(family.id, family.version, 'test');
  return { store, result: await loadDemo(store, family, { now: TODAY, hashPassword: (p) => `plain:${p}` }) };
}

describe('the demo data', () => {
  it('fills an empty database with two entities, a login for every role and about 30 FUBEs in every state', async () => {
    const { store, result } = await demoDatabase('a');
    expect(result.loaded).toBe(true);
    expect((await store.entities.list()).map((e) => e.name).sort()).toEqual(['Agentschap Facilitair Bedrijf', 'Departement Financiën en Begroting']);
    expect(new Set(result.logins.map((l) => l.role))).toEqual(new Set(ROLES));
    const fubes = await store.fubes.summaries();
    expect(fubes).toHaveLength(30);
    // Every state but the legacy one no step leads to any more (decision 0039).
    expect(new Set(fubes.map((f) => f.state))).toEqual(new Set(statusSchema.options.filter((s) => s !== 'unassignable-decided')));
  });

  it('reads like an HR adviser wrote it: values that fit each title, a purpose and result areas of its own, one function per person, appeals for a class that exists', async () => {
    const { store } = await demoDatabase('believable');
    const family = seedFamily();
    const fubes = await store.fubes.summaries();
    const classes = family.levels.flatMap((l) => l.classes);
    const held = new Map<string, number>();
    let ties = 0;
    for (const summary of fubes) {
      const record = (await store.fubes.get(summary.id))!;
      const row = DEMO_FUNCTIONS[record.content.title];
      expect(row, record.content.title).toBeDefined();
      for (const holder of record.content.holderIds) held.set(holder, (held.get(holder) ?? 0) + 1);
      // The separate method's functions have no family weighing.
      if (record.content.unassignable !== undefined) continue;
      const result = record.content.weighing?.result;
      // Two functions show a tie on purpose (one open on a draft, one decided by HR): nothing else is a tie,
      // and every other weighing gives the class the reviewed table says.
      if (result?.flags.some((f) => f.code === 'tie') === true) {
        expect(record.workflow.status === 'draft' || record.content.tieDecision !== undefined, record.content.title).toBe(true);
        ties++;
      } else expect(result?.class, record.content.title).toBe(row!.class);
      expect(record.content.purpose.what).not.toBe(family.purpose.what);
      const familyAreas = record.content.resultAreas.filter((a) => a.origin === 'family').map((a) => a.resultAreaId);
      expect(familyAreas).toEqual([...row!.areas]);
      expect(familyAreas.length).toBeLessThan(family.resultAreas.length);
      if ((record.workflow.appeals ?? []).length > 0) expect(Math.max(...classes), `${record.content.title}: an appeal for a higher class`).toBeGreaterThan(result!.class);
    }
    expect(ties).toBe(2);
    // One function per person; the demo holder account holds two part-time functions, nobody more.
    const holderPerson = (await store.users.byEmail('functiehouder@demo.weegschaal'))?.personId;
    expect(held.get(holderPerson!)).toBe(2);
    expect([...held.entries()].filter(([id, n]) => n > 1 && id !== holderPerson)).toEqual([]);
    // The titles that are weighed span the classes, as a real catalogue does.
    expect(new Set(Object.values(DEMO_FUNCTIONS).map((f) => f.class))).toEqual(new Set(classes));
  });

  it('backdates the process so the deadlines fall around today', async () => {
    const { store } = await demoDatabase('b');
    const proposed = await store.fubes.summaries({ state: 'proposed' });
    const open = [];
    for (const summary of proposed) {
      const record = await store.fubes.get(summary.id);
      if (record === undefined) continue;
      open.push(...deadlines(record.workflow, await store.fubes.events(record.id), TODAY).filter((d) => d.code === 'validation-from'));
    }
    expect(open.some((d) => d.reached)).toBe(true);
    expect(open.some((d) => !d.reached && d.daysLeft > 0)).toBe(true);
    const history = await store.history.list({});
    expect(history.length).toBeGreaterThan(60);
    // Created, revised and recorded on the days of its steps, not on the day the demo was loaded:
    // no FUBE was created after it was proposed, and its history reads in the order it happened.
    const late: string[] = [];
    for (const summary of await store.fubes.summaries({})) {
      const record = (await store.fubes.get(summary.id))!;
      const events = await store.fubes.events(summary.id);
      const rows = history.filter((e) => e.subjectId === summary.id);
      const created = rows.find((e) => e.action === 'fube.create');
      if (events[0] !== undefined && record.createdAt > events[0].at) late.push(`${record.content.title}: created ${record.createdAt}, first step ${events[0].at}`);
      if (created?.at !== record.createdAt) late.push(`${record.content.title}: history says created ${created?.at}, the FUBE ${record.createdAt}`);
      if (record.createdAt >= TODAY.toISOString()) late.push(`${record.content.title}: created on the day of loading`);
      if (record.updatedAt > TODAY.toISOString()) late.push(`${record.content.title}: changed after today (${record.updatedAt})`);
    }
    expect(late).toEqual([]);
    // The whole history, newest first (the administrator's page), goes back in time row by row.
    const newest = (await store.history.list({ order: 'desc' })).map((e) => e.at);
    expect(newest.length).toBe(history.length);
    expect(newest.filter((at, n) => n > 0 && at > newest[n - 1]!)).toEqual([]);
  });

  it('is the same on every run, and leaves a database with data alone', async () => {
    const first = await demoDatabase('c');
    const second = await demoDatabase('d');
    const shape = async (store: Store) => (await store.fubes.summaries()).map((f) => [f.title, f.state, f.class, f.entityId]);
    expect(await shape(second.store)).toEqual(await shape(first.store));
    const again = await loadDemo(first.store, seedFamily(), { now: TODAY });
    expect(again).toMatchObject({ loaded: false, reason: expect.stringContaining('lege databank') });
    expect(await first.store.fubes.summaries()).toHaveLength(30);
  });

  it('takes its unassignable functions along the common path, with the class of the separate method and no family weighing', async () => {
    const { store } = await demoDatabase('f');
    const unassignable = [];
    for (const summary of await store.fubes.summaries()) {
      const record = (await store.fubes.get(summary.id))!;
      if (record.content.unassignable === undefined) continue;
      expect(record.content.weighing).toBeUndefined();
      unassignable.push([record.content.title, record.workflow.status, summary.class, record.workflow.final?.familyId ?? null]);
    }
    expect(unassignable.sort()).toEqual([
      ['Boekhoudkundig expert', 'final', 16, null],
      ['Rekenplichtige', 'proposed', 17, null],
    ]);
  });

  it('shows a tie still open in a draft and decides every tie before the proposal (DOMAIN.md §3.6)', async () => {
    const { store } = await demoDatabase('e');
    const tied: [string, string, number | undefined, string | undefined][] = [];
    for (const summary of await store.fubes.summaries()) {
      const record = (await store.fubes.get(summary.id))!;
      if (tiedLevels(record.content.weighing?.result).length === 0) continue;
      const decided = currentTieDecision(record.content);
      tied.push([record.content.title, record.workflow.status, decided?.level, decided?.direction]);
      if (record.workflow.status !== 'draft') expect(decided, record.content.title).toBeDefined();
    }
    expect(tied.sort()).toEqual([
      ['Adviseur interne controle', 'draft', undefined, undefined],
      ['Webredacteur', 'proposed', 3, 'up'],
    ]);
    const events = (await store.history.list({ action: 'fube.decide-tie' })).length;
    expect(events).toBe(1);
  });
});
