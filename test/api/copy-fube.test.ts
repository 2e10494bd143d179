import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { type World, openWorld, proposedFube } from './procedure-harness.js';

/**
 * Issue 15 item 2: "Kopiëren als nieuwe functiebeschrijving". A new draft with the source's
 * content (title, purpose, result areas, knowledge, weighing, family), without its people,
 * decisions and workflow; placed within the caller's reach; recorded as a copy of revision N.
 */
for (const backend of backends) {
  describe(`copying a FUBE as a new one on ${backend.name}`, () => {
    let w: World;
    let source: FubeView;
    const copy = (id: string, as: Parameters<World['call']>[2], body: unknown) => w.call('POST', `/api/fubes/${encodeURIComponent(id)}/copy`, as, body);
    const count = async () => (await w.store.fubes.summaries({})).length;

    beforeAll(async () => {
      w = await openWorld(backend);
      // Proposed: holders, manager, a class decision and a workflow event the copy must not take.
      source = await proposedFube(w, 'Beleidsadviseur HRM');
    });
    afterAll(async () => {
      await w?.close();
    });

    it('makes a new draft with the content of the current revision, no people, no decision, no workflow, and records the source', async () => {
      const response = await copy(source.id, 'hr', { entityId: 'dfb', unitId: 'dfb-hrm', title: 'Beleidsadviseur HRM (kopie)' });
      expect(response.statusCode, response.body).toBe(201);
      const made = response.json() as FubeView;
      expect(made.id).not.toBe(source.id);
      expect(made).toMatchObject({ state: 'draft', revision: 1, inForceRevision: null });
      expect(made.workflow).toEqual({ status: 'draft', revision: 1 });
      const { content } = made;
      expect(content.title).toBe('Beleidsadviseur HRM (kopie)');
      expect(content).toMatchObject({ familyId: source.content.familyId, familyVersion: source.content.familyVersion, entityId: 'dfb', unitId: 'dfb-hrm' });
      expect(content.purpose).toEqual(source.content.purpose);
      expect(content.resultAreas).toEqual(source.content.resultAreas);
      expect(content.specificKnowledge).toBe(source.content.specificKnowledge);
      expect(content.weighing?.values).toEqual(source.content.weighing?.values);
      expect(content.holderIds).toEqual([]);
      expect(content.managerId).toBeUndefined();
      expect(content.decision).toBeUndefined();
      expect(content.tieDecision).toBeUndefined();
      // The copy is HR's to write; the people are gone from its view too.
      expect(made.abilities.edit).toBe(true);
      expect(made.people.map((p) => p.id)).not.toContain('p-an');
      // No workflow events; the revision and the history say which FUBE and revision it copies.
      expect((await w.call('GET', `/api/fubes/${made.id}/history`, 'hr')).json()).toEqual([]);
      const revisions = (await w.call('GET', `/api/fubes/${made.id}/revisions`, 'hr')).json() as { revision: number; reason: string | null }[];
      expect(revisions).toEqual([expect.objectContaining({ revision: 1, reason: `kopie van ${source.id} revisie ${source.revision}` })]);
      const history = (await w.store.history.list()).filter((e) => e.subjectId === made.id);
      expect(history).toEqual([
        expect.objectContaining({ action: 'fube.create', actorId: 'u-hr', data: expect.objectContaining({ copyOf: { fubeId: source.id, revision: source.revision } }) }),
      ]);
      // The source is untouched.
      const after = (await w.call('GET', `/api/fubes/${source.id}`, 'hr')).json() as FubeView;
      expect(after).toMatchObject({ revision: source.revision, state: 'proposed', content: { holderIds: ['p-an', 'p-bert'], managerId: 'p-mia' } });
    });

    it('keeps the title when none is given, and lets a manager of the entity copy into it', async () => {
      const response = await copy(source.id, 'unitManager', { entityId: 'dfb' });
      expect(response.statusCode, response.body).toBe(201);
      expect((response.json() as FubeView).content).toMatchObject({ title: 'Beleidsadviseur HRM', entityId: 'dfb', holderIds: [] });
    });

    it('answers 404 for a FUBE the caller cannot open (another entity, unknown, tampered id) and 401 to anonymous', async () => {
      const before = await count();
      for (const [id, as] of [
        [source.id, 'otherHr'],
        ['bestaat-niet', 'hr'],
        // The last character changed (never to itself).
        [`${source.id.slice(0, -1)}${source.id.endsWith('0') ? '1' : '0'}`, 'hr'],
      ] as const) {
        const response = await copy(id, as, { entityId: 'afb' });
        expect(response.statusCode, `${as} ${id}`).toBe(404);
        // The answer does not say whether the FUBE exists elsewhere.
        expect(response.body).not.toContain('Beleidsadviseur');
      }
      expect((await copy(source.id, 'anonymous', { entityId: 'dfb' })).statusCode).toBe(401);
      expect((await copy('..%2F..%2Fapi%2Fme', 'hr', { entityId: 'dfb' })).statusCode).toBeGreaterThanOrEqual(400);
      expect(await count()).toBe(before);
    });

    it('answers 403 for a target outside the caller\'s reach, and for a reader who may create nowhere', async () => {
      const before = await count();
      const outOfReach = await copy(source.id, 'hr', { entityId: 'afb' });
      expect(outOfReach.statusCode, outOfReach.body).toBe(403);
      const reader = await copy(source.id, 'reader', { entityId: 'dfb' });
      expect(reader.statusCode, reader.body).toBe(403);
      // A holder reads their FUBE but starts none.
      const holder = await copy(source.id, 'an', { entityId: 'dfb' });
      expect(holder.statusCode, holder.body).toBe(403);
      // A place that does not exist is refused, naming the field, without a copy.
      const unknown = await copy(source.id, 'hr', { entityId: 'dfb', unitId: 'afdeling-die-niet-bestaat' });
      expect(unknown.statusCode, unknown.body).toBe(422);
      expect(await count()).toBe(before);
    });

    it('refuses a body naming holders, a manager or a workflow, and bad text, without a copy', async () => {
      const before = await count();
      for (const body of [
        { entityId: 'dfb', holderIds: ['p-an'] },
        { entityId: 'dfb', managerId: 'p-mia' },
        { entityId: 'dfb', workflow: { status: 'final' } },
        { entityId: 'dfb', content: { holderIds: ['p-an'] } },
        { entityId: 'dfb', title: 'x'.repeat(201) },
        { entityId: 'dfb', title: 'Adviseur\u0000' },
        { entityId: 'dfb', title: '   ' },
        {},
      ]) {
        const response = await copy(source.id, 'hr', body);
        expect([400, 422], JSON.stringify(body).slice(0, 80)).toContain(response.statusCode);
      }
      expect(await count()).toBe(before);
    });
  });
}
