import { expect, it } from 'vitest';
import { readyFube } from '../../src/domain/fube/test-family.js';
import { type WorkflowEvent, initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

const proposeEvent = (revision: number): WorkflowEvent => ({
  type: 'propose',
  at: '2026-03-02T09:00:00.000Z',
  actorId: 'manager',
  revision,
  from: 'draft',
  to: 'proposed',
  data: { validationFrom: '2026-04-01' },
});

describeEachDatabase('FUBEs and their revisions', (database) => {
  it('a new FUBE is revision 1 in draft, with its content kept as revision 1', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const content = fubeContent({ title: 'Jurist' });
    const record = await store.fubes.create(content, initialState(1), 'manager');
    expect(record.revision).toBe(1);
    expect(record.workflow.status).toBe('draft');
    expect(record.content).toEqual(content);
    expect(await store.fubes.get(record.id)).toEqual(record);
    const revisions = await store.fubes.revisions(record.id);
    expect(revisions.map((r) => [r.revision, r.authorId, r.content.title])).toEqual([[1, 'manager', 'Jurist']]);
  });

  it('a write based on the current revision stores the next revision with author and reason', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const created = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    const changed = { ...created.content, specificKnowledge: 'Kennis van de Vlaamse Codex Overheidsfinanciën' };
    const outcome = await store.fubes.write(created.id, { baseRevision: 1, content: changed, actorId: 'hr', reason: 'kennis aangevuld' });
    expect(outcome).toMatchObject({ ok: true, record: { revision: 2, content: changed } });
    const second = await store.fubes.revision(created.id, 2);
    expect(second).toMatchObject({ revision: 2, authorId: 'hr', reason: 'kennis aangevuld', content: changed });
    // The first revision is unchanged.
    expect((await store.fubes.revision(created.id, 1))?.content).toEqual(created.content);
  });

  it('a stale write is refused with the current revision and changes nothing', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const created = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    await store.fubes.write(created.id, { baseRevision: 1, content: { ...created.content, title: 'Eerste' }, actorId: 'a' });
    await store.fubes.write(created.id, { baseRevision: 2, content: { ...created.content, title: 'Tweede' }, actorId: 'a' });
    const stale = await store.fubes.write(created.id, { baseRevision: 1, content: { ...created.content, title: 'Verloren' }, actorId: 'b' });
    expect(stale).toEqual({ ok: false, currentRevision: 3 });
    expect((await store.fubes.get(created.id))?.content.title).toBe('Tweede');
    expect((await store.fubes.revisions(created.id)).map((r) => r.content.title)).not.toContain('Verloren');
  });

  it('a write on an unknown FUBE gives nothing', async () => {
    const outcome = await database.store.fubes.write('onbekend', { baseRevision: 1, content: fubeContent(), actorId: 'a' });
    expect(outcome).toBeUndefined();
  });

  it('a workflow step keeps the revision, stores its events and refuses a second identical step', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const created = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    const proposed = { ...created.workflow, status: 'proposed' as const };
    const first = await store.fubes.write(created.id, { baseRevision: 1, workflow: proposed, events: [proposeEvent(1)], actorId: 'manager' });
    expect(first).toMatchObject({ ok: true, record: { revision: 1, workflow: { status: 'proposed' } } });
    // A concurrent second "propose" read the FUBE in draft as well: it must not win.
    const second = await store.fubes.write(created.id, { baseRevision: 1, workflow: proposed, events: [proposeEvent(1)], actorId: 'other' });
    expect(second).toEqual({ ok: false, currentRevision: 1 });
    expect(await store.fubes.events(created.id)).toEqual([proposeEvent(1)]);
    expect(await store.fubes.stamp(created.id)).toBe(`1|proposed|${(await store.fubes.get(created.id))?.updatedAt}`);
    expect(await store.fubes.stamp('onbekend')).toBeUndefined();
    expect((await store.fubes.summaries({ state: 'proposed' })).map((s) => s.id)).toContain(created.id);
  });

  it('the weighing of a revision is stored with rule, family version, values and result', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const created = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    const weighed = readyFube({ title: created.content.title });
    await store.fubes.write(created.id, { baseRevision: 1, content: weighed, actorId: 'hr', reason: 'weging' });
    const weighings = await store.fubes.weighings(created.id);
    expect(weighings).toHaveLength(1);
    expect(weighings[0]).toMatchObject({
      revision: 2,
      ruleId: 'median-v1',
      familyId: 'testfamilie',
      familyVersion: 1,
      values: weighed.weighing?.values,
      result: weighed.weighing?.result,
    });
    const summary = (await store.fubes.summaries({ class: 15 })).find((s) => s.id === created.id);
    expect(summary).toMatchObject({ level: 2, class: 15, entityId: 'ent-a', unitId: 'unit-hr', revision: 2 });
  });

  it('a FUBE must refer to a stored family version', async () => {
    const attempt = database.store.fubes.create(fubeContent({ familyId: 'geen-familie' }), initialState(1), 'manager');
    await expect(attempt).rejects.toThrow();
  });

  it('every write is recorded in the history with who, what and why', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const created = await store.fubes.create(fubeContent(), initialState(1), 'manager');
    await store.fubes.write(created.id, { baseRevision: 1, content: created.content, actorId: 'hr', reason: 'herlezen' });
    await store.fubes.write(created.id, {
      baseRevision: 2,
      workflow: { ...created.workflow, status: 'proposed' },
      events: [proposeEvent(2)],
      actorId: 'manager',
    });
    const history = await store.history.list({ subjectType: 'fube', subjectId: created.id });
    expect(history.map((h) => [h.action, h.actorId, h.reason])).toEqual([
      ['fube.create', 'manager', null],
      ['fube.update', 'hr', 'herlezen'],
      ['fube.propose', 'manager', null],
    ]);
    expect(history[1]?.data).toEqual({ baseRevision: 1, revision: 2 });
    expect(history[2]?.data).toMatchObject({ state: 'proposed', events: [{ type: 'propose', from: 'draft', to: 'proposed' }] });
  });

  it('summaries filter on entity, family and state', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const a = await store.fubes.create(fubeContent({ entityId: 'ent-filter-1', title: 'A' }), initialState(1), 'm');
    const b = await store.fubes.create(fubeContent({ entityId: 'ent-filter-2', title: 'B' }), initialState(1), 'm');
    expect((await store.fubes.summaries({ entityId: 'ent-filter-1' })).map((s) => s.id)).toEqual([a.id]);
    expect((await store.fubes.summaries({ entityId: 'ent-filter-2', familyId: 'testfamilie', state: 'draft' })).map((s) => s.id)).toEqual([b.id]);
    expect(await store.fubes.summaries({ entityId: 'ent-filter-2', state: 'final' })).toEqual([]);
  });
});

describeEachDatabase('the class column that the matrix counts', (database) => {
  it('follows a workflow step that changes the class: an upheld appeal moves the FUBE to its new class', async () => {
    const { store } = database;
    await withPublishedFamily(store);
    const content = { ...fubeContent({ title: 'Financieel analist' }), decision: { level: 2, class: 15 } };
    const created = await store.fubes.create(content, initialState(1), 'hr');
    expect((await store.fubes.summaries({})).find((s) => s.id === created.id)).toMatchObject({ class: 15, level: 2 });
    const decided = {
      ...created.workflow,
      status: 'appeal-decided' as const,
      appeals: [{ id: 'beroep-1', at: '2026-04-20T09:00:00.000Z', receivedOn: '2026-04-20', channel: 'app' as const, appellantIds: ['p-an'], grounds: ['class' as const], late: false, committeeMeetsBy: '2026-05-20', decision: { at: '2026-05-01T09:00:00.000Z', outcome: 'upheld' as const, class: 17 } }],
    };
    const outcome = await store.fubes.write(created.id, { baseRevision: 1, workflow: decided, actorId: 'beroepscommissie' });
    expect(outcome).toMatchObject({ ok: true });
    expect((await store.fubes.summaries({})).find((s) => s.id === created.id)).toMatchObject({ class: 17, level: null });
  });
});
