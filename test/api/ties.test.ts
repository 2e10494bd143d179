import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { FAMILY, type World, type Who, current, expectProblem, openWorld } from './procedure-harness.js';

/**
 * Issue 14 item 4 through the API: a tie is decided by HR of the entity, with a motivation,
 * before the proposal (DOMAIN.md §3.6, decision 0038).
 */

// On the seed family, levels 2 and 3 are equally close; median-v1 suggests level 2, class 15.
const TIE = {
  complexiteit: 1,
  opvolging: 3,
  'rol-in-projecten': 3,
  'impact-op-budgetten': 1,
  beleidsvoorbereiding: 1,
  optimalisatie: 3,
  'interpersoonlijke-relaties': 1,
  organisatievorm: 2,
};
const WHY = 'De functie volgt zelfstandig dossiers op en stuurt projectpartners bij.';

for (const backend of backends) {
  describe(`ties decided by a person on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    /** A complete draft of HR, weighed on a tie, the suggestion accepted. */
    async function tiedDraft(title: string): Promise<FubeView> {
      const created = await w.call('POST', '/api/fubes', 'hr', { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an', 'p-bert'], managerId: 'p-mia' });
      expect(created.statusCode, created.body).toBe(201);
      const fube = created.json() as FubeView;
      const weighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: fube.revision, values: TIE });
      expect(weighed.statusCode, weighed.body).toBe(200);
      const { revision, result } = weighed.json();
      const view = await current(w, fube.id);
      const content = {
        ...view.content,
        resultAreas: view.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
        specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
        decision: { level: result.level, class: result.class },
      };
      const saved = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: revision, content });
      expect(saved.statusCode, saved.body).toBe(200);
      // Organisatievorm 2 has OF alternatives: HR chooses one (issue 14 item 5), so only the tie is open.
      const chosen = await w.call('PUT', `/api/fubes/${fube.id}/alternatives`, 'hr', { baseRevision: (saved.json() as FubeView).revision, criterionId: 'organisatievorm', alternatives: [1] });
      expect(chosen.statusCode, chosen.body).toBe(200);
      return chosen.json() as FubeView;
    }
    const decide = (fube: FubeView, as: Who, body: Record<string, unknown>) => w.call('POST', `/api/fubes/${fube.id}/tie`, as, { baseRevision: fube.revision, ...body });
    const propose = (fube: FubeView) => w.call('POST', `/api/fubes/${fube.id}/transitions`, 'hr', { baseRevision: fube.revision, action: { type: 'propose' } });

    it('an undecided tie blocks the proposal, in the view, the abilities and the step itself', async () => {
      const fube = await tiedDraft('Gelijke stand open');
      expect(fube.weighing).toMatchObject({ level: 2, class: 15 });
      expect(fube.blocking.map((b) => [b.code, b.path])).toEqual([['fube.tie-undecided', 'weighing.tie']]);
      expect(fube.blocking[0]?.message).toContain('2, 3');
      expect(fube.abilities.decideTie).toBe(true);
      expect(fube.abilities.actions).not.toContain('propose');
      expect(fube.abilities.waiting.find((x) => x.action === 'propose')?.reasons.map((r) => r.code)).toEqual(['fube.tie-undecided']);
      const refused = expectProblem(await propose(fube), 422);
      expect(refused.errors.map((e: { code: string }) => e.code)).toEqual(['fube.tie-undecided']);
      // Only HR of the entity is offered the choice.
      for (const who of ['an', 'mia', 'reader', 'validator', 'admin'] as const) expect((await current(w, fube.id, who)).abilities.decideTie, who).toBe(false);
    });

    it('HR decides up: who, which way, the levels and the motivation on the FUBE and in the history; then it can be proposed', async () => {
      const fube = await tiedDraft('Gelijke stand naar boven');
      const response = await decide(fube, 'hr', { level: 3, motivation: `  ${WHY}  ` });
      expect(response.statusCode, response.body).toBe(200);
      const decided = response.json() as FubeView;
      expect(decided.revision).toBe(fube.revision + 1);
      expect(decided.content.tieDecision).toMatchObject({
        level: 3,
        class: 17,
        levels: [2, 3],
        direction: 'up',
        motivation: WHY,
        decidedBy: 'u-hr',
        decidedByPersonId: 'p-hr-in',
        values: TIE,
      });
      // The class decision without a motivation of its own follows the chosen level.
      expect(decided.content.decision).toEqual({ level: 3, class: 17 });
      expect(decided.blocking).toEqual([]);
      expect(decided.abilities.actions).toContain('propose');
      // The rule's suggestion itself is unchanged (stored weighings replay).
      expect(decided.weighing).toMatchObject({ level: 2, class: 15 });

      const events = (await w.call('GET', `/api/fubes/${fube.id}/history`, 'hr')).json() as { type: string; actorId: string; data: Record<string, unknown> }[];
      expect(events.filter((e) => e.type === 'decide-tie')).toMatchObject([{ actorId: 'u-hr', data: { level: 3, levels: [2, 3], direction: 'up', motivation: WHY, decidedBy: 'u-hr' } }]);
      const rows = await w.store.history.list({ subjectType: 'fube', subjectId: fube.id, action: 'fube.decide-tie' });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorId: 'u-hr', reason: WHY });

      const proposed = await propose(decided);
      expect(proposed.statusCode, proposed.body).toBe(200);
      // Once proposed, the tie is not decided again (a draft only).
      const later = proposed.json() as FubeView;
      expect(later.abilities.decideTie).toBe(false);
      expectProblem(await decide(later, 'hr', { level: 2, motivation: WHY }), 422);

      // The catalogue carries the decision, for calibration (JSON and CSV).
      const json = (await w.call('GET', '/api/catalogue?format=json', 'hr')).json() as { fubes: { id: string; content: { tieDecision?: unknown } }[] };
      expect(json.fubes.find((f) => f.id === fube.id)?.content.tieDecision).toMatchObject({ level: 3, direction: 'up', levels: [2, 3], decidedBy: 'u-hr' });
      const csv = (await w.call('GET', '/api/catalogue?format=csv', 'hr')).body;
      const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(';');
      const row = csv.split('\r\n').find((line) => line.startsWith(`${fube.id};`))!.split(';');
      expect(Object.fromEntries(header.map((h, i) => [h, row[i]])).gelijke_stand_richting).toBe('up');
      expect(Object.fromEntries(header.map((h, i) => [h, row[i]])).gelijke_stand_niveaus).toBe('2|3');
    });

    it('HR decides down; a changed weighing clears the decision and blocks the proposal again', async () => {
      const fube = await tiedDraft('Gelijke stand naar beneden');
      const decided = (await decide(fube, 'hr', { level: 2, motivation: 'Uitvoerend werk binnen vaste kaders.' })).json() as FubeView;
      expect(decided.content.tieDecision).toMatchObject({ level: 2, class: 15, direction: 'down' });
      expect(decided.blocking).toEqual([]);
      // The editor's save cannot forge or change the decision.
      const forged = { ...decided.content, tieDecision: { ...decided.content.tieDecision!, level: 3, class: 17, direction: 'up', decidedBy: 'u-other' } };
      const saved = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: decided.revision, content: forged });
      expect(saved.statusCode, saved.body).toBe(200);
      const kept = saved.json() as FubeView;
      expect(kept.content.tieDecision).toMatchObject({ level: 2, direction: 'down', decidedBy: 'u-hr' });
      // Another weighing: the decision was for the old values.
      const reweighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: kept.revision, values: { ...TIE, organisatievorm: 1 } });
      expect(reweighed.statusCode, reweighed.body).toBe(200);
      const back = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: reweighed.json().revision, values: TIE });
      const view = await current(w, fube.id);
      expect(back.statusCode).toBe(200);
      expect(view.content.tieDecision).toBeUndefined();
      expect(view.blocking.map((b) => b.code)).toContain('fube.tie-undecided');
    });

    it('refuses other entities, holders, managers, readers, the validator and the administrator', async () => {
      const fube = await tiedDraft('Gelijke stand vreemden');
      const body = { level: 3, motivation: WHY };
      expectProblem(await decide(fube, 'anonymous', body), 401);
      // HR of another entity does not see the FUBE at all.
      expectProblem(await decide(fube, 'otherHr', body), 404);
      for (const who of ['an', 'bert', 'mia', 'reader', 'validator', 'unitManager', 'admin'] as const) expectProblem(await decide(fube, who, body), 403);
      expectProblem(await w.call('POST', '/api/fubes/bestaat-niet/tie', 'hr', { baseRevision: 1, ...body }), 404);
      expect((await current(w, fube.id)).revision).toBe(fube.revision);
    });

    it('refuses a level that is not tied, bad motivations and fields that are not in the form', async () => {
      const fube = await tiedDraft('Gelijke stand invoer');
      for (const level of [1, 4, 7]) expectProblem(await decide(fube, 'hr', { level, motivation: WHY }), 422, 'level');
      for (const level of [0, -1, 2.5, '3', null]) expectProblem(await decide(fube, 'hr', { level, motivation: WHY }), 400, 'level');
      for (const motivation of ['', '   \n ', 'x'.repeat(4001), 42]) expectProblem(await decide(fube, 'hr', { level: 3, motivation }), 400, 'motivation');
      // NUL and control characters are refused before any schema (422, the server's text hygiene).
      for (const motivation of ['nul\u0000', 'bel\u0007']) expectProblem(await decide(fube, 'hr', { level: 3, motivation }), 422, 'motivation');
      // Who decided comes from the session, never from the body.
      expectProblem(await decide(fube, 'hr', { level: 3, motivation: WHY, decidedBy: 'u-other' }), 400);
      expectProblem(await decide(fube, 'hr', { level: 3, motivation: WHY, direction: 'down' }), 400);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/tie`, 'hr', { level: 3, motivation: WHY }), 400, 'baseRevision');
      // A tampered id in the path.
      expectProblem(await w.call('POST', `/api/fubes/${encodeURIComponent('x\u0000y')}/tie`, 'hr', { baseRevision: 1, level: 3, motivation: WHY }), 422);
      // A FUBE without a tie has nothing to decide.
      const weighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: fube.revision, values: Object.fromEntries(w.family.criteria.map((c) => [c.id, 1])) });
      const plain = await current(w, fube.id);
      expect(weighed.statusCode).toBe(200);
      expect(plain.abilities.decideTie).toBe(false);
      expect(expectProblem(await decide(plain, 'hr', { level: 2, motivation: WHY }), 422).errors.map((e: { code: string }) => e.code)).toEqual(['fube.tie-none']);
    });

    it('two concurrent decisions on the same revision: one is written, the other gets 409', async () => {
      const fube = await tiedDraft('Gelijke stand gelijktijdig');
      const [a, b] = await Promise.all([decide(fube, 'hr', { level: 3, motivation: WHY }), decide(fube, 'hr', { level: 2, motivation: 'Toch het lagere niveau.' })]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const after = await current(w, fube.id);
      expect(after.revision).toBe(fube.revision + 1);
      const winner = a.statusCode === 200 ? 3 : 2;
      expect(after.content.tieDecision?.level).toBe(winner);
      expect(await w.store.history.list({ subjectType: 'fube', subjectId: fube.id, action: 'fube.decide-tie' })).toHaveLength(1);
      // A stale base revision is refused too.
      expectProblem(await decide(fube, 'hr', { level: 3, motivation: WHY }), 409);
    });
  });
}
