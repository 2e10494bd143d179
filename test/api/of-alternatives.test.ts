import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { FAMILY, type World, current, expectProblem, openWorld, step } from './procedure-harness.js';

/**
 * Issue 14 item 5 through the API: a chosen value with OF alternatives (organisatievorm 3,
 * RG: "hiërarchisch leidinggevende OF doorgedreven expertise") waits for HR's choice before
 * the FUBE can be proposed; only whoever may weigh it chooses; only the chosen text stays.
 */
for (const backend of backends) {
  describe(`OF alternatives of a chosen value on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    /** A complete FUBE weighed at level 4 everywhere (organisatievorm 3 with two alternatives), not proposed. */
    async function level4Fube(title: string): Promise<FubeView> {
      const created = await w.call('POST', '/api/fubes', 'hr', { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an'], managerId: 'p-mia' });
      expect(created.statusCode, created.body).toBe(201);
      const fube = created.json() as FubeView;
      const values = Object.fromEntries(w.family.criteria.map((c) => [c.id, c.values.length]));
      const weighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: fube.revision, values });
      expect(weighed.statusCode, weighed.body).toBe(200);
      const { revision, result } = weighed.json();
      const now = await current(w, fube.id);
      const content = {
        ...now.content,
        specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
        decision: { level: result.level, class: result.class },
      };
      const saved = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: revision, content });
      expect(saved.statusCode, saved.body).toBe(200);
      return saved.json() as FubeView;
    }
    const choose = (fube: FubeView, as: Parameters<World['call']>[2], body: Record<string, unknown>) =>
      w.call('PUT', `/api/fubes/${fube.id}/alternatives`, as, { baseRevision: fube.revision, criterionId: 'organisatievorm', ...body });
    const rgArea = (fube: FubeView) => fube.content.resultAreas.find((a) => a.origin === 'rg' && a.criterionId === 'organisatievorm')!;

    it('until an alternative is chosen, proposing is refused with the check item in Dutch and English', async () => {
      const fube = await level4Fube('Teamcoördinator HR');
      // The RG area waits for the choice for its goal too.
      expect(fube.blocking.map((b) => [b.code, b.path])).toEqual([
        ['fube.result-area-incomplete', `resultAreas[${fube.content.resultAreas.indexOf(rgArea(fube))}].goal`],
        ['fube.alternative-not-chosen', 'weighing.alternatives.organisatievorm'],
      ]);
      const refused = await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'hr', { baseRevision: fube.revision, action: { type: 'propose' } });
      const problem = expectProblem(refused, 422, 'action.weighing.alternatives.organisatievorm');
      expect(JSON.stringify(problem)).toContain('heeft alternatieven (OF)');
      const english = await w.app.inject({
        method: 'POST',
        url: `/api/fubes/${fube.id}/transitions`,
        headers: { 'x-test-actor': 'hr', 'content-type': 'application/json', 'accept-language': 'en' },
        payload: JSON.stringify({ baseRevision: fube.revision, action: { type: 'propose' } }),
      });
      expect(english.statusCode).toBe(422);
      expect(english.body).toContain('has alternatives (OR)');
    });

    it('HR chooses an alternative: only its text stays, the RG area has a title and goal of its own, and the FUBE can be proposed', async () => {
      const fube = await level4Fube('Kennisexpert HR');
      const chosen = await choose(fube, 'hr', { alternatives: [2] });
      expect(chosen.statusCode, chosen.body).toBe(200);
      const view = chosen.json() as FubeView;
      expect(view.revision).toBe(fube.revision + 1);
      expect(view.content.weighing?.alternatives).toEqual({ organisatievorm: [2] });
      expect(rgArea(view)).toMatchObject({
        title: 'Vanuit een doorgedreven expertise',
        what: 'Vanuit een doorgedreven expertise, fungeren als inhoudelijk aanspreekpunt. Bouwt de kennis verder uit en verankert deze binnen de organisatie',
        goal: 'het kennisniveau op peil te houden',
      });
      expect(JSON.stringify(view.content)).not.toContain('hiërarchisch leidinggevende');
      expect(view.explanation).not.toContain('hiërarchisch leidinggevende');
      expect(view.blocking).toEqual([]);
      const revisions = (await w.call('GET', `/api/fubes/${fube.id}/revisions`, 'hr')).json() as { revision: number; reason: string | null }[];
      expect(revisions.find((r) => r.revision === view.revision)?.reason).toBe('alternatief gekozen');
      // HR edits the goal of the area in the editor's save.
      const areas = view.content.resultAreas.map((a) => (a === rgArea(view) ? { ...a, goal: 'de expertise van het departement te borgen' } : a));
      const edited = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: view.revision, content: { ...view.content, resultAreas: areas } });
      expect(edited.statusCode, edited.body).toBe(200);
      const proposed = await step(w, edited.json() as FubeView, 'hr', { type: 'propose' });
      expect(proposed.state).toBe('proposed');
      expect(rgArea(proposed).goal).toBe('de expertise van het departement te borgen');
      // After proposing the draft is closed: no more choosing.
      expect((await choose(proposed, 'hr', { alternatives: [1] })).statusCode).toBeGreaterThanOrEqual(400);
    });

    it('another weighing value clears the stale choice', async () => {
      const fube = await level4Fube('Wisselende weging');
      const chosen = (await choose(fube, 'hr', { alternatives: [1] })).json() as FubeView;
      const values = { ...chosen.content.weighing!.values, organisatievorm: 2 };
      const weighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: chosen.revision, values });
      expect(weighed.statusCode, weighed.body).toBe(200);
      const after = await current(w, fube.id);
      expect(after.content.weighing?.alternatives).toBeUndefined();
      expect(after.blocking.map((b) => b.code)).toContain('fube.alternative-not-chosen');
    });

    it('refuses an alternative out of range, a value without alternatives, an unknown criterion and a whole-content save with a bad choice', async () => {
      const fube = await level4Fube('Vijandige keuzes');
      expectProblem(await choose(fube, 'hr', { alternatives: [3] }), 422, 'weighing.alternatives.organisatievorm[0]');
      expectProblem(await choose(fube, 'hr', { alternatives: [1, 1] }), 422, 'weighing.alternatives.organisatievorm[1]');
      expectProblem(await choose(fube, 'hr', { criterionId: 'complexiteit', alternatives: [1] }), 422, 'weighing.alternatives.complexiteit');
      expectProblem(await choose(fube, 'hr', { criterionId: 'geen-criterium', alternatives: [1] }), 422);
      expectProblem(await choose(fube, 'hr', { alternatives: [0] }), 400);
      expectProblem(await choose(fube, 'hr', { alternatives: [] }), 400);
      expectProblem(await choose(fube, 'hr', { alternatives: Array.from({ length: 21 }, () => 1) }), 400);
      expectProblem(await choose(fube, 'hr', { alternatives: ['1'] }), 400);
      expectProblem(await choose(fube, 'hr', { alternatives: [1], extra: true }), 400);
      expect(expectProblem(await choose(fube, 'hr', { criterionId: 'organisatie\u0000vorm', alternatives: [1] }), 422, 'criterionId').errors[0].code).toBe('text.nul');
      expectProblem(await choose(fube, 'hr', { criterionId: 'x'.repeat(5000), alternatives: [1] }), 400);
      expectProblem(await choose({ ...fube, revision: fube.revision - 1 }, 'hr', { alternatives: [1] }), 409);
      const bad = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', {
        baseRevision: fube.revision,
        content: { ...fube.content, weighing: { ...fube.content.weighing, alternatives: { organisatievorm: [9] } } },
      });
      expectProblem(bad, 422);
      const nul = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', {
        baseRevision: fube.revision,
        content: { ...fube.content, weighing: { ...fube.content.weighing, alternatives: { 'organisatie\u0000vorm': [1] } } },
      });
      expectProblem(nul, 422);
      // Nothing was written.
      expect((await current(w, fube.id)).revision).toBe(fube.revision);
    });

    it('only whoever may weigh the FUBE chooses: not another entity\'s HR, a holder, the manager, a reader or anonymous', async () => {
      const fube = await level4Fube('Alleen HR kiest');
      expect((await choose(fube, 'otherHr', { alternatives: [1] })).statusCode).toBe(404);
      for (const who of ['an', 'mia', 'reader'] as const) {
        const response = await choose(fube, who, { alternatives: [1] });
        expect([403, 404], `${who}: ${response.body}`).toContain(response.statusCode);
      }
      expect((await choose(fube, 'anonymous', { alternatives: [1] })).statusCode).toBe(401);
      expect((await current(w, fube.id)).content.weighing?.alternatives).toBeUndefined();
    });
  });
}
