import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { FAMILY, type World, current, expectProblem, openWorld, step, validateAction } from './procedure-harness.js';

/**
 * Issue 14 item 3 (first step) through the API: an unassignable function — its class from the
 * separate method, recorded with its motivation on the draft — takes the same path as any
 * FUBE: proposal to the holders, 30 days, committee and validation, notification, appeal, final.
 */
const METHOD = { method: 'Analytische functieweging (afzonderlijke methode)', class: 12, motivation: 'De functie combineert operationele leiding en beleidsvoorbereiding en past in geen familie.' };

for (const backend of backends) {
  describe(`an unassignable function on the common path on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend, '2026-03-02T09:00:00Z');
    });
    afterAll(async () => {
      await w?.close();
    });

    async function unassignableDraft(title: string, unassignable: Record<string, unknown> = METHOD): Promise<FubeView> {
      const created = await w.call('POST', '/api/fubes', 'hr', { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an', 'p-bert'], managerId: 'p-mia' });
      expect(created.statusCode, created.body).toBe(201);
      const fube = created.json() as FubeView;
      const content = {
        ...fube.content,
        resultAreas: fube.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
        specificKnowledge: 'Kennis van de werking van het departement.',
        unassignable,
      };
      const saved = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: fube.revision, content });
      expect(saved.statusCode, saved.body).toBe(200);
      return saved.json() as FubeView;
    }

    it('is proposed without a family weighing, validated with the method’s class after 30 days, notified and made final without a family', async () => {
      w.clock.set('2026-03-02T09:00:00Z');
      let fube = await unassignableDraft('Coördinator crisiswerking');
      expect(fube.blocking).toEqual([]);
      // No competencies of the family.
      expect(fube.profile).toBeNull();
      fube = await step(w, fube, 'hr', { type: 'propose' });
      expect(fube.workflow.proposal?.holderIds).toEqual(['p-an', 'p-bert']);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'validator', { baseRevision: fube.revision, action: validateAction(12) }), 422);
      w.clock.set('2026-04-02T09:00:00Z');
      // A class that does not exist in the government is refused; the method's class is not one of the family's and is accepted.
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'validator', { baseRevision: fube.revision, action: validateAction(25) }), 422, 'action.decision.class');
      fube = await step(w, fube, 'validator', validateAction(12));
      expect(fube.workflow.validation).toMatchObject({ class: 12, confirmed: true });
      expect(fube.workflow.validation).not.toHaveProperty('level');
      fube = await step(w, fube, 'validator', { type: 'notify' });
      // Each holder's letter: the method's class, no family.
      const letters = await w.store.letters.ofFube(fube.id);
      expect(letters).toHaveLength(2);
      for (const letter of letters) expect(letter.facts).toMatchObject({ class: 12, familyName: null, level: null });
      w.clock.set('2026-04-30T09:00:00Z');
      fube = await step(w, fube, 'validator', { type: 'finalize' });
      expect(fube.state).toBe('final');
      expect(fube.workflow.final).toMatchObject({ class: 12 });
      expect(fube.workflow.final).not.toHaveProperty('familyId');
      expect(fube.profile).toBeNull();
      const documentResponse = await w.call('GET', `/api/fubes/${fube.id}/document?format=docx`, 'hr');
      expect(documentResponse.statusCode).toBe(200);
      expect((await current(w, fube.id, 'an')).state).toBe('final');
    });

    it('an incomplete outcome of the separate method blocks the proposal', async () => {
      const fube = await unassignableDraft('Onvolledig', { method: '', class: 30, motivation: '' });
      expect(fube.blocking.map((b) => b.code).sort()).toEqual(['fube.unassignable-class-out-of-range', 'fube.unassignable-method-missing', 'fube.unassignable-motivation-missing']);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'hr', { baseRevision: fube.revision, action: { type: 'propose' } }), 422);
      // Only whoever may weigh records the method's outcome: the named manager may edit the text but not this.
      const edited = await w.call('PUT', `/api/fubes/${fube.id}`, 'mia', { baseRevision: fube.revision, content: { ...fube.content, unassignable: METHOD } });
      expectProblem(edited, 403);
    });
  });
}
