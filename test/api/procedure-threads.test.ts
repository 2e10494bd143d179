import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadsView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { type World, current, expectProblem, openWorld, proposedFube, step, validateAction } from './procedure-harness.js';

for (const backend of backends) {
  describe(`remarks and talks as a conversation on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });
    const threads = async (id: string, as: Parameters<World['call']>[2]) => {
      const response = await w.call('GET', `/api/fubes/${id}/threads`, as);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as ThreadsView;
    };

    it('a remark answered by the manager is read by HR, the manager and its writer, and by no co-holder or reader', async () => {
      let fube = await proposedFube(w, 'Opmerking beantwoord');
      expect((await w.call('POST', `/api/fubes/${fube.id}/remarks`, 'an', { text: 'Het budgetbeheer ontbreekt.' })).statusCode).toBe(201);
      // The remark waits in the work of HR and of the manager the FUBE names, not of the unit's manager role alone.
      for (const who of ['hr', 'mia'] as const) {
        const work = (await w.call('GET', '/api/my-work', who)).json() as { fube: { id: string }; action: string; holderId?: string }[];
        expect(work.filter((i) => i.fube.id === fube.id && i.action === 'answer-remark')).toEqual([expect.objectContaining({ holderId: 'p-an' })]);
      }
      // HR of the entity, the named manager and An read An's thread with its text.
      for (const who of ['hr', 'mia', 'an'] as const) {
        const seen = await threads(fube.id, who);
        expect(seen.threads).toMatchObject([{ holderId: 'p-an', openSince: expect.any(String), entries: [{ kind: 'remark', text: 'Het budgetbeheer ontbreekt.', authorId: 'p-an' }] }]);
        expect(seen.canAnswer).toBe(who !== 'an');
      }
      // Bert (a co-holder) sees no thread of An; the reader and the validator are refused; HR elsewhere does not see the FUBE.
      expect((await threads(fube.id, 'bert')).threads).toEqual([]);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/threads`, 'reader'), 403);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/threads`, 'validator'), 403);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/threads`, 'otherHr'), 404);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/threads`, 'anonymous'), 401);
      // The remarks list and the history hide An's text from Bert too.
      expect((await w.call('GET', `/api/fubes/${fube.id}/remarks`, 'bert')).json()).toEqual([]);
      const history = (await w.call('GET', `/api/fubes/${fube.id}/history`, 'bert')).json() as { type: string; data: Record<string, unknown> }[];
      expect(history.find((e) => e.type === 'remark')?.data).not.toHaveProperty('text');
      expect(JSON.stringify((await w.call('GET', `/api/fubes/${fube.id}/history`, 'an')).json())).toContain('Het budgetbeheer ontbreekt.');

      // The manager answers in the same thread; the remark is no longer open.
      fube = await step(w, fube, 'mia', { type: 'answer-remark', holderId: 'p-an', text: 'Klopt, we voegen het toe bij de volgende revisie.' });
      const answered = await threads(fube.id, 'an');
      expect(answered.threads[0]).toMatchObject({ openSince: null, entries: [{ kind: 'remark' }, { kind: 'answer-remark', authorId: 'p-mia', text: 'Klopt, we voegen het toe bij de volgende revisie.' }] });
      expect(answered.people.map((p) => p.name)).toEqual(expect.arrayContaining(['An Peeters', 'Mia Maes']));
      const work = (await w.call('GET', '/api/my-work', 'hr')).json() as { fube: { id: string }; action: string }[];
      expect(work.filter((i) => i.fube.id === fube.id && i.action === 'answer-remark')).toEqual([]);
    });

    it('refuses answers by holders, readers and out-of-reach HR, to holders without a thread, and with control characters', async () => {
      const fube = await proposedFube(w, 'Antwoorden geweigerd');
      expect((await w.call('POST', `/api/fubes/${fube.id}/remarks`, 'an', { text: 'Een opmerking.' })).statusCode).toBe(201);
      const view = await current(w, fube.id);
      const answer = (as: Parameters<World['call']>[2], action: Record<string, unknown>) => w.call('POST', `/api/fubes/${fube.id}/transitions`, as, { baseRevision: view.revision, action });
      const ok = { type: 'answer-remark', holderId: 'p-an', text: 'Antwoord.' };
      expectProblem(await answer('an', ok), 403);
      expectProblem(await answer('bert', ok), 403);
      expectProblem(await answer('reader', ok), 403);
      expectProblem(await answer('validator', ok), 403);
      expectProblem(await answer('otherHr', ok), 404);
      // Bert wrote nothing: nothing to answer. Someone who is not a holder has no thread.
      expectProblem(await answer('hr', { ...ok, holderId: 'p-bert' }), 422, 'action.holderId');
      expectProblem(await answer('hr', { ...ok, holderId: 'p-hr-x' }), 422, 'action.holderId');
      expectProblem(await answer('hr', { ...ok, text: 'a\u0000b' }), 422, 'action.text');
      expectProblem(await answer('hr', { ...ok, text: 'x'.repeat(100_000) }), 400, 'action.text');
      expectProblem(await answer('hr', { ...ok, byPersonId: 'p-mia' }), 400);
      expect((await answer('hr', ok)).statusCode).toBe(200);
    });

    it('a talk request blocks validation until HR or the manager records it as held (date, who)', async () => {
      let fube = await proposedFube(w, 'Gesprek gevraagd');
      fube = await step(w, fube, 'bert', { type: 'request-talk', note: 'Ik wil de resultaatgebieden bespreken.' });
      expect((await w.call('GET', '/api/my-work', 'mia')).json()).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'record-talk', holderId: 'p-bert', fube: expect.objectContaining({ id: fube.id }) })]),
      );
      w.clock.advance({ days: 30 });
      const cls = fube.content.decision!.class;
      const refused = expectProblem(await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'validator', { baseRevision: fube.revision, action: validateAction(cls) }), 422);
      expect(JSON.stringify(refused)).toContain('p-bert');
      const waiting = (await current(w, fube.id, 'validator')).abilities.waiting.find((x) => x.action === 'validate');
      expect(waiting?.reasons.map((r) => r.code)).toContain('workflow.talk-open');
      // A talk cannot be held in the future nor before the proposal; a holder or a reader cannot record it.
      const record = (as: Parameters<World['call']>[2], heldOn?: string) =>
        w.call('POST', `/api/fubes/${fube.id}/transitions`, as, { baseRevision: fube.revision, action: { type: 'record-talk', holderId: 'p-bert', note: 'Gesprek gehouden.', ...(heldOn ? { heldOn } : {}) } });
      expectProblem(await record('hr', '2027-01-01'), 422, 'action.heldOn');
      expectProblem(await record('hr', '2026-01-01'), 422, 'action.heldOn');
      expectProblem(await record('hr', '2026-3-1'), 400, 'action.heldOn');
      expectProblem(await record('bert'), 403);
      expectProblem(await record('reader'), 403);
      const held = await record('hr', '2026-03-20');
      expect(held.statusCode, held.body).toBe(200);
      fube = held.json();
      expect(fube.workflow.talks).toEqual([{ holderId: 'p-bert', requestedAt: expect.any(String), heldOn: '2026-03-20', heldBy: 'p-hr-in' }]);
      const thread = (await threads(fube.id, 'bert')).threads[0];
      expect(thread?.entries.map((e) => e.kind)).toEqual(['request-talk', 'record-talk']);
      expect(thread?.entries[1]).toMatchObject({ authorId: 'p-hr-in', heldOn: '2026-03-20', text: 'Gesprek gehouden.' });
      fube = await step(w, fube, 'validator', validateAction(cls));
      expect(fube.state).toBe('validated');
    });

    it('my work lists, per role, what waits on them with the deadline in working days', async () => {
      w.clock.set('2026-03-02T09:00:00Z');
      const fube = await proposedFube(w, 'Mijn werk per rol');
      type Item = { fube: { id: string }; action: string; deadline: { code: string; daysLeft: number; workingDaysLeft: number } | null };
      const work = async (who: Parameters<World['call']>[2]) => ((await w.call('GET', '/api/my-work', who)).json() as Item[]).filter((i) => i.fube.id === fube.id);
      // Proposed on Monday 2 March: validation from 1 April, 30 calendar days and 22 working days away.
      expect(await work('validator')).toEqual([expect.objectContaining({ action: 'validate', deadline: expect.objectContaining({ code: 'validation-from', daysLeft: 30, workingDaysLeft: 22 }) })]);
      expect(await work('committeeMember')).toEqual([expect.objectContaining({ action: 'advise', deadline: expect.objectContaining({ code: 'validation-from' }) })]);
      expect((await work('an')).map((i) => i.action)).toEqual(['remark']);
      expect((await work('bert')).map((i) => i.action)).toEqual(['remark']);
      expect(await work('reader')).toEqual([]);
      expect(await work('appeal')).toEqual([]);
      expect(await work('otherHr')).toEqual([]);
    });
  });
}
