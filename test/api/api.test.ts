import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/api/routes.js';
import type { FubeView } from '../../src/api/fubes.js';
import type { Family } from '../../src/domain/family/schema.js';
import { type Harness, SEED_SOURCE, harness, seedFamily } from './harness.js';
import { backends } from './backends.js';
import { pdfText, squash } from '../documents/fixtures.js';

const FAMILY = 'organisatieondersteunende-functies';

for (const backend of backends) {
  describe(`the HTTP API on ${backend.name}`, () => {
    let h: Harness;
    let family: Family;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      family = seedFamily();
      const opened = await backend.open();
      cleanup = opened.close;
      await opened.store.families.saveDraft(family, SEED_SOURCE, 'test');
      await opened.store.families.publish(family.id, family.version, 'test');
      // The organisation the requests name: entities, a unit, the holders and the manager.
      await opened.store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [{ id: 'dfb-hrm', name: 'Afdeling HRM', parentId: null }] });
      await opened.store.entities.save({ id: 'afb', name: 'Agentschap Facilitair Bedrijf', units: [] });
      for (const [id, name] of [['p-an', 'An Peeters'], ['p-bert', 'Bert Claes'], ['p-mia', 'Mia Maes']] as const)
        await opened.store.people.save({ id, name, email: null, entityId: 'dfb', unitId: 'dfb-hrm' });
      await opened.addPeople([
        { id: 'p-hr-x', name: 'Els Extern', entityId: 'afb', roles: ['hr'], trainedInMethod: true },
        { id: 'p-hr-in', name: 'Ines Intern', entityId: 'dfb', roles: ['hr'], trainedInMethod: true },
        { id: 'p-mgr-x', name: 'Marc Extern', entityId: 'afb', roles: ['manager'], trainedInMethod: true },
      ]);
      h = await harness(opened.store);
    });
    afterAll(async () => {
      await h?.app.close();
      await cleanup?.();
    });

    /** A request as an HR officer of 'dfb' unless `as` names another caller ('anonymous': none). */
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, options: { as?: string; body?: unknown; contentType?: string } = {}) => {
      const as = options.as ?? 'hr';
      const contentType = options.contentType ?? (options.body !== undefined ? 'application/json' : undefined);
      return h.app.inject({
        method,
        url,
        headers: { ...(as !== 'anonymous' ? { 'x-test-actor': as } : {}), ...(contentType !== undefined ? { 'content-type': contentType } : {}) },
        ...(options.body !== undefined ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
      });
    };

    const expectProblem = (response: Awaited<ReturnType<typeof call>>, status: number, path?: string) => {
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json();
      expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      if (path !== undefined) expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
      return problem;
    };

    /** A FUBE of the seed family that passes every check, proposed to holders p-an and p-bert. */
    async function readyFube(title = 'Beleidsadviseur HRM'): Promise<FubeView> {
      const created = await call('POST', '/api/fubes', {
        as: 'hr',
        body: { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an', 'p-bert'], managerId: 'p-mia' },
      });
      expect(created.statusCode).toBe(201);
      const fube = created.json() as FubeView;
      const values = Object.fromEntries(family.criteria.map((c) => [c.id, 1]));
      const weighed = await call('POST', `/api/fubes/${fube.id}/weigh`, { as: 'hr', body: { baseRevision: fube.revision, values } });
      expect(weighed.statusCode).toBe(200);
      const { revision, result } = weighed.json();
      const current = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
      const content = {
        ...current.content,
        resultAreas: current.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
        specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
        decision: { level: result.level, class: result.class },
      };
      const saved = await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: revision, content } });
      expect(saved.statusCode, saved.body).toBe(200);
      return saved.json() as FubeView;
    }

    it('answers the health check with the database kind', async () => {
      const response = await call('GET', '/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', database: h.store.dialect });
    });

    it('publishes an OpenAPI 3.1 document listing every route, and a browsable reference', async () => {
      const response = await call('GET', '/api/openapi.json');
      expect(response.statusCode).toBe(200);
      const doc = response.json();
      expect(doc.openapi).toBe('3.1.0');
      const served = Object.keys(doc.paths);
      const expected = Object.entries(API_ROUTES)
        // The account routes (password and single sign-on) exist only with accounts; test/security covers them.
        .filter(([name]) => !['openapi', 'docs', 'login', 'logout', 'mePassword', 'loginOptions', 'loginOidc', 'loginOidcCallback'].includes(name))
        .map(([, path]) => path);
      for (const path of expected) expect(served).toContain(path);
      // Every operation documents its success response with a schema.
      for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>))
        for (const [method, operation] of Object.entries(operations))
          expect(Object.keys(operation.responses), `${method} ${path}`).not.toHaveLength(0);
      const docs = await call('GET', '/api/docs');
      expect([200, 302]).toContain(docs.statusCode);
    });

    it('answers an unknown API path with a problem', async () => {
      expectProblem(await call('GET', '/api/nope'), 404);
    });

    describe('families', () => {
      it('lists the published seed family and serves it whole', async () => {
        const list = await call('GET', '/api/families');
        expect(list.json()).toContainEqual({ id: FAMILY, version: 1, name: family.name, status: 'published' });
        const one = await call('GET', `/api/families/${FAMILY}`);
        expect(one.statusCode).toBe(200);
        expect(one.json().family.criteria.map((c: { id: string }) => c.id)).toEqual(family.criteria.map((c) => c.id));
        const version = await call('GET', `/api/families/${FAMILY}/versions/1`);
        expect(version.json().status).toBe('published');
        expect((await call('GET', `/api/families/${FAMILY}/versions`)).json()).toHaveLength(1);
      });

      it('answers an unknown family or version with 404 and a bad version number with the field', async () => {
        expectProblem(await call('GET', '/api/families/bestaat-niet'), 404);
        expectProblem(await call('GET', `/api/families/${FAMILY}/versions/9`), 404);
        expectProblem(await call('GET', `/api/families/${FAMILY}/versions/nul`), 400, 'version');
      });

      it('validates a YAML text and names every error with its line and column', async () => {
        const good = await call('POST', '/api/families/validate', { body: SEED_SOURCE, contentType: 'application/yaml' });
        expect(good.json()).toMatchObject({ valid: true, errors: [], family: { id: FAMILY, version: 1 } });
        const broken = SEED_SOURCE.replace('version: 1', 'version: nul');
        const bad = await call('POST', '/api/families/validate', { body: broken, contentType: 'text/plain' });
        const verdict = bad.json();
        expect(verdict.valid).toBe(false);
        const error = verdict.errors.find((e: { path: string }) => e.path === 'version');
        expect(error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
        expect(broken.split('\n')[error.line - 1]).toContain('version: nul');
        // The web app sends the pasted text as a JSON string: still a text, so still lines.
        const asJson = (await call('POST', '/api/families/validate', { body: JSON.stringify(broken), contentType: 'application/json' })).json();
        expect(asJson.errors.find((e: { path: string }) => e.path === 'version')).toEqual(error);
      });

      it('uploads a new version as a draft for an administrator only, then publishes it', async () => {
        const v2 = SEED_SOURCE.replace(/^version: 1$/m, 'version: 2');
        expectProblem(await call('POST', '/api/families', { as: 'anonymous', body: v2, contentType: 'application/yaml' }), 401);
        expectProblem(await call('POST', '/api/families', { as: 'hr', body: v2, contentType: 'application/yaml' }), 403);
        const uploaded = await call('POST', '/api/families', { as: 'admin', body: v2, contentType: 'application/yaml' });
        expect(uploaded.statusCode).toBe(201);
        expect(uploaded.json()).toMatchObject({ id: FAMILY, version: 2, status: 'draft' });
        expect((await call('GET', `/api/families/${FAMILY}`)).json().family.version).toBe(1);
        expectProblem(await call('POST', '/api/families', { as: 'admin', body: v2, contentType: 'application/yaml' }), 409, 'version');
        const published = await call('POST', `/api/families/${FAMILY}/versions/2/publish`, { as: 'admin' });
        expect(published.json()).toMatchObject({ version: 2, status: 'published' });
        expect((await call('GET', `/api/families/${FAMILY}`)).json().family.version).toBe(2);
      });

      it('refuses an upload with errors, naming the field and line', async () => {
        const broken = SEED_SOURCE.replace(/^version: 1$/m, 'version: 3').replace('levels:\n', 'levels: []\nunused:\n');
        const problem = expectProblem(await call('POST', '/api/families', { as: 'admin', body: broken, contentType: 'application/yaml' }), 422);
        expect(problem.errors.length).toBeGreaterThan(0);
        expect(problem.errors[0]).toMatchObject({ path: expect.any(String), line: expect.any(Number) });
      });
    });

    describe('weighing without storing', () => {
      it('weighs values on the published family and explains the result in Dutch', async () => {
        const values = Object.fromEntries(family.criteria.map((c) => [c.id, 1]));
        const response = await call('POST', '/api/weigh', { body: { familyId: FAMILY, familyVersion: 1, values } });
        expect(response.statusCode).toBe(200);
        expect(response.json().result).toMatchObject({ level: 1, class: 14 });
        expect(response.json().explanation).toMatch(/niveau/i);
      });

      it('refuses a value out of range with the path of the criterion', async () => {
        const values = { ...Object.fromEntries(family.criteria.map((c) => [c.id, 1])), complexiteit: 9 };
        expectProblem(await call('POST', '/api/weigh', { body: { familyId: FAMILY, familyVersion: 1, values } }), 422, 'values.complexiteit');
        expectProblem(await call('POST', '/api/weigh', { body: { familyId: FAMILY, values: { complexiteit: 'twee' } } }), 400, 'values.complexiteit');
      });
    });

    describe('FUBEs', () => {
      it('refuses an anonymous write and names the missing fields of a bad one', async () => {
        expectProblem(await call('POST', '/api/fubes', { as: 'anonymous', body: { familyId: FAMILY, title: 'X', entityId: 'dfb' } }), 401);
        expectProblem(await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, entityId: 'dfb' } }), 400, 'title');
        expectProblem(await call('POST', '/api/fubes', { as: 'hr', body: '{"familyId": ', contentType: 'application/json' }), 400);
      });

      it('creates a FUBE from the family, with the family purpose and result areas', async () => {
        const response = await call('POST', '/api/fubes', {
          as: 'hr',
          body: { familyId: FAMILY, title: 'ICT-architect', entityId: 'dfb', holderIds: ['p-an'] },
        });
        expect(response.statusCode).toBe(201);
        const fube = response.json() as FubeView;
        expect(fube).toMatchObject({ revision: 1, state: 'draft', inForceRevision: null });
        expect(fube.content.purpose.what).toBe(family.purpose.what);
        expect(fube.content.resultAreas).toHaveLength(family.resultAreas.length);
        expect(fube.blocking.map((b) => b.path)).toContain('specificKnowledge');
        // Proposing waits for the specific knowledge: offered as waiting, with the reason.
        expect(fube.abilities.waiting.find((w) => w.action === 'propose')?.reasons.map((r) => r.path)).toContain('specificKnowledge');
        expect(fube.abilities).toMatchObject({ actions: [], edit: true, weigh: true, history: true });
        expectProblem(await call('GET', '/api/fubes/bestaat-niet'), 404);
      });

      it('gives a stale write 409 with the current revision, and loses nothing', async () => {
        const fube = (await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, title: 'Jurist', entityId: 'dfb' } })).json() as FubeView;
        expect((await call('GET', `/api/fubes/${fube.id}`)).json().content.specificKnowledge).toBe('');
        const first = await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: 1, content: { ...fube.content, specificKnowledge: 'Overheidsopdrachten' } } });
        expect(first.statusCode).toBe(200);
        expect(first.json().revision).toBe(2);
        const stale = await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: 1, content: { ...fube.content, title: 'Jurist (overschreven)' } } });
        const problem = expectProblem(stale, 409, 'baseRevision');
        expect(problem.currentRevision).toBe(2);
        // The view read before the write is not served again.
        const now = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
        expect(now.content).toMatchObject({ title: 'Jurist', specificKnowledge: 'Overheidsopdrachten' });
        expect(now.revision).toBe(2);
        const revisions = (await call('GET', `/api/fubes/${fube.id}/revisions`)).json();
        expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
        expect((await call('GET', `/api/fubes/${fube.id}/revisions/1`)).json().content.specificKnowledge).toBe('');
        expectProblem(await call('GET', `/api/fubes/${fube.id}/revisions/7`), 404);
      });

      it('loses no update when 25 writers save the same FUBE at once, each retrying after a 409', async () => {
        const fube = (await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, title: 'Gedeelde functie', entityId: 'dfb' } })).json() as FubeView;
        let conflicts = 0;
        const writer = async (n: number) => {
          for (;;) {
            const current = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
            const content = { ...current.content, specificKnowledge: `${current.content.specificKnowledge}[${n}]` };
            const saved = await call('PUT', `/api/fubes/${fube.id}`, { body: { baseRevision: current.revision, content } });
            if (saved.statusCode === 200) return;
            expect(saved.statusCode).toBe(409);
            conflicts++;
          }
        };
        await Promise.all(Array.from({ length: 25 }, (_, n) => writer(n)));
        const final = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
        expect(final.revision).toBe(26);
        for (let n = 0; n < 25; n++) expect(final.content.specificKnowledge).toContain(`[${n}]`);
        expect((await call('GET', `/api/fubes/${fube.id}/revisions`)).json()).toHaveLength(26);
        expect(conflicts).toBeGreaterThan(0);
      });

      it('stores a weighing as a new revision and adds the result areas its RG values require', async () => {
        const fube = (await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, title: 'Financieel analist', entityId: 'dfb' } })).json() as FubeView;
        const values = Object.fromEntries(family.criteria.map((c) => [c.id, c.values.length]));
        const response = await call('POST', `/api/fubes/${fube.id}/weigh`, { as: 'hr', body: { baseRevision: 1, values } });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ revision: 2, result: { level: 4, class: 19 } });
        const view = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
        expect(view.weighing?.class).toBe(19);
        expect(view.content.resultAreas.some((a) => a.origin === 'rg')).toBe(true);
        expectProblem(await call('POST', `/api/fubes/${fube.id}/weigh`, { as: 'hr', body: { baseRevision: 1, values } }), 409);
        expectProblem(await call('POST', `/api/fubes/${fube.id}/weigh`, { as: 'hr', body: { baseRevision: 2, values: { complexiteit: 1 } } }), 422, 'values.opvolging');
      });

      it('refuses a save that drops a result area required by a chosen RG value, naming the criterion', async () => {
        const fube = (await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, title: 'Teamcoördinator', entityId: 'dfb' } })).json() as FubeView;
        const values = Object.fromEntries(family.criteria.map((c) => [c.id, c.values.length]));
        await call('POST', `/api/fubes/${fube.id}/weigh`, { as: 'hr', body: { baseRevision: 1, values } });
        const weighed = (await call('GET', `/api/fubes/${fube.id}`)).json() as FubeView;
        const dropped = { ...weighed.content, resultAreas: weighed.content.resultAreas.filter((a) => a.origin !== 'rg') };
        const problem = expectProblem(await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: weighed.revision, content: dropped } }), 422, 'content.resultAreas');
        expect(JSON.stringify(problem.errors)).toContain('fube.rg-result-area-required');
        expect((await call('GET', `/api/fubes/${fube.id}`)).json().revision).toBe(weighed.revision);
      });

      it('never trusts a weighing result sent by the client', async () => {
        const fube = await readyFube('Communicatiedeskundige');
        const forged = { ...fube.content, weighing: { ...fube.content.weighing!, result: { ...fube.content.weighing!.result!, class: 19, level: 4 } } };
        const saved = (await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: fube.revision, content: forged } })).json() as FubeView;
        expect(saved.weighing?.class).toBe(14);
      });

      it('runs the process: proposal, validation after 30 days, notification, appeal, decision, final', async () => {
        const fube = await readyFube();
        expect(fube.blocking).toEqual([]);
        let view = (await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'hr', body: { baseRevision: fube.revision, action: { type: 'propose' } } })).json() as FubeView;
        expect(view.state).toBe('proposed');
        expect(view.deadlines[0]).toMatchObject({ code: 'validation-from', daysLeft: 30 });
        expectProblem(await call('PUT', `/api/fubes/${fube.id}`, { as: 'hr', body: { baseRevision: view.revision, content: view.content } }), 422, 'content');

        // The holder remarks in their own name: the remark is theirs, whoever the body names.
        const remark = await call('POST', `/api/fubes/${fube.id}/remarks`, { as: 'holder', body: { text: 'Het budgetbeheer ontbreekt.' } });
        expect(remark.statusCode).toBe(201);
        expect((await call('GET', `/api/fubes/${fube.id}/remarks`)).json()).toMatchObject([{ holderId: 'p-an', text: 'Het budgetbeheer ontbreekt.' }]);
        expectProblem(await call('POST', `/api/fubes/${fube.id}/remarks`, { as: 'holder', body: { holderId: 'p-bert', text: 'x' } }), 400, 'holderId');

        const validate = {
          type: 'validate',
          committee: { members: [{ personId: 'p-hr-x', role: 'hr' }] },
          advice: { text: 'Klasse bevestigd.' },
          decision: { class: view.content.decision!.class, motivation: 'De weging volgt de familie.' },
        };
        const early = await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: view.revision, action: validate } });
        expect(expectProblem(early, 422).detail).toMatch(/pas vanaf/);
        h.clock.advance({ days: 29 });
        expect((await call('GET', `/api/fubes/${fube.id}`)).json().deadlines[0]).toMatchObject({ code: 'validation-from', daysLeft: 1 });
        h.clock.advance({ days: 1 });
        // The committee is recorded as the organisation knows its members, not as the form says.
        const forged = (member: Record<string, unknown>) => ({ ...validate, committee: { members: [{ ...validate.committee.members[0], ...member }] } });
        const refused = async (member: Record<string, unknown>, path: string) =>
          expectProblem(await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: view.revision, action: forged(member) } }), 422, path);
        await refused({ personId: 'p-unknown' }, 'action.committee.members[0].personId');
        await refused({ personId: 'p-mgr-x' }, 'action.committee.members[0].role');
        // An HR member of the FUBE's own entity is not the outside HR member; a member's entity or training cannot be sent.
        await refused({ personId: 'p-hr-in' }, 'action.committee.members');
        const send = (action: unknown) => call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: view.revision, action } });
        expectProblem(await send(forged({ personId: 'p-hr-in', entityId: 'afb' })), 400, 'action.committee.members[0].entityId');
        expectProblem(await send(forged({ trainedInMethod: true })), 400, 'action.committee.members[0].trainedInMethod');
        // The validator is the caller: a request naming another validator is refused, not followed.
        expectProblem(await send({ ...validate, validatorId: 'p-an' }), 400, 'action.validatorId');
        view = (await send(validate)).json();
        expect(view.state).toBe('validated');
        expect(view.workflow.validation?.committee.members).toEqual([{ personId: 'p-hr-x', name: 'Els Extern', role: 'hr', entityId: 'afb', trainedInMethod: true }]);
        view = (await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: view.revision, action: { type: 'notify' } } })).json();
        expect(view.deadlines.map((d) => d.code)).toContain('appeal-until');

        expectProblem(await call('POST', `/api/fubes/${fube.id}/appeals`, { as: 'holder', body: { grounds: ['text'], motivation: 'Tekst klopt niet' } }), 422, 'grounds[0]');
        // A holder appeals in their own name: naming others is refused.
        expectProblem(await call('POST', `/api/fubes/${fube.id}/appeals`, { as: 'holder', body: { appellantIds: ['p-bert'], grounds: ['class'], motivation: 'x' } }), 400, 'appellantIds');
        const appeal = await call('POST', `/api/fubes/${fube.id}/appeals`, { as: 'holder', body: { grounds: ['class'], motivation: 'Ik vind klasse 15 juister.' } });
        expect(appeal.statusCode).toBe(201);
        const { appealId } = appeal.json();
        // The committee records who sat (a member from outside the entity), the hearing and who was heard.
        const hearing = { committee: { members: [{ personId: 'p-hr-in' }, { personId: 'p-hr-x' }] }, hearingOn: '2026-04-01', heard: ['An Peeters'] };
        expectProblem(await call('POST', `/api/fubes/${fube.id}/appeals/beroep-99/decision`, { as: 'committee', body: { outcome: 'rejected', motivation: 'Ongegrond.', ...hearing } }), 404);
        const decided = await call('POST', `/api/fubes/${fube.id}/appeals/${appealId}/decision`, { as: 'committee', body: { outcome: 'rejected', motivation: 'De klasse volgt uit de weging.', ...hearing } });
        expect(decided.statusCode, decided.body).toBe(200);
        expect(decided.json().state).toBe('appeal-decided');
        // Bert did not appeal: the FUBE becomes final once his own term has passed.
        h.clock.advance({ days: 16 });
        view = (await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: view.revision, action: { type: 'finalize' } } })).json();
        expect(view).toMatchObject({ state: 'final', inForceRevision: view.revision });

        const history = (await call('GET', `/api/fubes/${fube.id}/history`)).json();
        expect(history.map((e: { type: string }) => e.type)).toEqual(['propose', 'remark', 'validate', 'notify', 'appeal', 'decide-appeal', 'finalize']);

        const cell = (await call('GET', `/api/matrix/cell?family=${FAMILY}&class=${view.content.decision?.class}`)).json();
        expect(cell.items.map((i: { id: string }) => i.id)).toContain(fube.id);

        // A new revision: the final one stays in force while the next is drafted.
        const revised = (await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'hr', body: { baseRevision: view.revision, action: { type: 'revise', reason: 'Nieuwe taken' } } })).json() as FubeView;
        expect(revised).toMatchObject({ state: 'draft', revision: view.revision + 1, inForceRevision: view.revision });
      });

      it('refuses a transition the state does not allow, naming the action', async () => {
        const fube = (await call('POST', '/api/fubes', { as: 'hr', body: { familyId: FAMILY, title: 'Jurist', entityId: 'dfb' } })).json() as FubeView;
        expectProblem(await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'validator', body: { baseRevision: 1, action: { type: 'notify' } } }), 422, 'action.type');
        const blocked = expectProblem(await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'hr', body: { baseRevision: 1, action: { type: 'propose' } } }), 422);
        expect(blocked.errors.map((e: { path: string }) => e.path)).toContain('action.specificKnowledge');
        expectProblem(await call('POST', `/api/fubes/${fube.id}/transitions`, { as: 'hr', body: { baseRevision: 1, action: { type: 'fly' } } }), 400, 'action.type');
      });
    });

    describe('access', () => {
      it('hides a FUBE of another entity (404) and refuses a holder writing it (403)', async () => {
        const fube = await readyFube('Logistiek deskundige');
        expectProblem(await call('GET', `/api/fubes/${fube.id}`, { as: 'otherHr' }), 404);
        expect((await call('GET', `/api/fubes/${fube.id}`, { as: 'holder' })).statusCode).toBe(200);
        expectProblem(await call('PUT', `/api/fubes/${fube.id}`, { as: 'holder', body: { baseRevision: fube.revision, content: fube.content } }), 403);
        expectProblem(await call('GET', `/api/fubes/${fube.id}`, { as: 'anonymous' }), 401);
        expectProblem(await call('GET', '/api/fubes/bestaat-niet', { as: 'anonymous' }), 401);
        const theirs = (await call('GET', '/api/fubes?pageSize=200', { as: 'otherHr' })).json();
        expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(fube.id);
      });
    });

    describe('comparing revisions and the competency profile', () => {
      it('lists what changed between two revisions with its field path', async () => {
        const fube = await readyFube('Kwaliteitscoördinator');
        const compare = (await call('GET', `/api/fubes/${fube.id}/compare?from=1&to=${fube.revision}`)).json();
        const paths = compare.changes.map((c: { path: string }) => c.path);
        expect(paths).toContain('specificKnowledge');
        expect(compare.changes.find((c: { path: string }) => c.path === 'specificKnowledge')).toMatchObject({ kind: 'changed', before: '' });
        expectProblem(await call('GET', `/api/fubes/${fube.id}/compare?from=1&to=99`), 404);
        expectProblem(await call('GET', `/api/fubes/${fube.id}/compare?from=1`), 400, 'to');
      });

      it('derives the profile of a class from the family and shows it with the FUBE', async () => {
        const profile = (await call('GET', `/api/families/${FAMILY}/profile?class=17`)).json();
        expect(profile).toMatchObject({ class: 17, level: 3, levelClasses: [17, 18] });
        expect(profile.competencies.map((c: { competencyId: string }) => c.competencyId)).toContain('analyseren');
        expectProblem(await call('GET', `/api/families/${FAMILY}/profile?class=3`), 422, 'class');
        const fube = await readyFube('Preventieadviseur');
        expect(fube.profile).toMatchObject({ class: fube.content.decision?.class });
      });

      it("carries the FUBE's own neutral wording of a competency text, editable by who may edit the content, shown in its view and documents", async () => {
        const fube = await readyFube('Teamcoördinator samenwerking');
        const competency = fube.profile!.competencies[0]!;
        const own = `Eigen neutrale formulering: ${competency.levelText.replace(/\bzijn\b/gu, 'de eigen')}`;
        const wording = [{ competencyId: competency.competencyId, level: competency.requiredLevel, text: own }];
        const put = (content: unknown, as = 'hr', baseRevision = fube.revision) => call('PUT', `/api/fubes/${fube.id}`, { as, body: { baseRevision, content } });
        // Hostile: another entity's HR does not see it, a holder may not write it, the
        // family must have the competency and level, and texts stay clean and bounded.
        expectProblem(await put({ ...fube.content, competencyWording: wording }, 'otherHr'), 404);
        expectProblem(await put({ ...fube.content, competencyWording: wording }, 'holder'), 403);
        expectProblem(await put({ ...fube.content, competencyWording: [{ ...wording[0], competencyId: 'bestaat-niet' }] }), 422, 'content.competencyWording[0]');
        expectProblem(await put({ ...fube.content, competencyWording: [{ ...wording[0], level: 99 }] }), 400, 'content.competencyWording[0].level');
        expectProblem(await put({ ...fube.content, competencyWording: [{ ...wording[0], text: 'a\u0000b' }] }), 422, 'content.competencyWording[0].text');
        expect((await put({ ...fube.content, competencyWording: [{ ...wording[0], text: 'x'.repeat(5_000) }] })).statusCode).toBe(400);
        const saved = await put({ ...fube.content, competencyWording: wording });
        expect(saved.statusCode, saved.body).toBe(200);
        const view = (await call('GET', `/api/fubes/${fube.id}`, { as: 'holder' })).json() as FubeView;
        expect(view.profile!.competencies[0]).toMatchObject({ levelText: own, familyLevelText: competency.levelText });
        // The family keeps its published text.
        const familyProfile = (await call('GET', `/api/families/${FAMILY}/profile?class=${view.profile!.class}`)).json();
        expect(familyProfile.competencies[0].levelText).toBe(competency.levelText);
        const pdf = await call('GET', `/api/fubes/${fube.id}/document?format=pdf`);
        expect(squash((await pdfText(pdf.rawPayload)).text)).toContain('Eigen neutrale formulering');
      });
    });

    describe('documents', () => {
      it('gives the FUBE as PDF and as Word document, named after its title', async () => {
        const fube = await readyFube('Webredacteur');
        const pdf = await call('GET', `/api/fubes/${fube.id}/document?format=pdf`);
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.headers['content-disposition']).toContain(`Webredacteur-r${fube.revision}.pdf`);
        const docx = await call('GET', `/api/fubes/${fube.id}/document?format=docx`);
        expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
        expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
        expectProblem(await call('GET', `/api/fubes/${fube.id}/document?format=odt`), 400, 'format');
      });
    });

    describe('catalogue and matrix', () => {
      it('finds FUBEs by words and filters', async () => {
        const found = (await call('GET', `/api/fubes?q=jurist&entity=dfb&state=draft`)).json();
        expect(found.total).toBeGreaterThan(0);
        expect(found.items.every((i: { title: string; state: string }) => /jurist/i.test(i.title) && i.state === 'draft')).toBe(true);
        expectProblem(await call('GET', '/api/fubes?state=bestaat-niet'), 400, 'state');
        expectProblem(await call('GET', '/api/fubes?page=0'), 400, 'page');
      });

      it('finds as people type: the beginning of a word and compound parts, within what the caller may open', async () => {
        const fube = await readyFube('Preventieadviseur welzijn');
        const ids = async (q: string, as = 'hr') => ((await call('GET', `/api/fubes?q=${encodeURIComponent(q)}&pageSize=200`, { as })).json().items as { id: string }[]).map((i) => i.id);
        for (const q of ['prev', 'preventie', 'Preventieadviseurs', 'adviseur welz']) expect(await ids(q), q).toContain(fube.id);
        // Another entity's HR opens nothing of dfb, and finds nothing of it either.
        for (const q of ['prev', 'preventie', 'adviseur']) expect(await ids(q, 'otherHr'), q).not.toContain(fube.id);
        expect(await ids('xq')).toEqual([]);
      });

      it('filters on a class or on a level written as its classes, and refuses anything else in Dutch', async () => {
        const fube = await readyFube('Analist kwaliteitszorg');
        const cls = fube.content.decision!.class;
        const total = async (filter: string, as = 'hr') => (await call('GET', `/api/fubes?class=${encodeURIComponent(filter)}&pageSize=200`, { as })).json().total as number;
        const level = family.levels.find((l) => l.classes.includes(cls))!;
        expect(await total(String(cls))).toBeGreaterThan(0);
        expect(await total(level.classes.join('/'))).toBe((await Promise.all(level.classes.map((c) => total(String(c))))).reduce((a, b) => a + b, 0));
        const twoClasses = family.levels.find((l) => l.classes.length === 2)!;
        const [a, b] = twoClasses.classes as [number, number];
        expect(await total(`${a}/${b}`)).toBe((await total(String(a))) + (await total(String(b))));
        expect(await total(` ${b} / ${a} `)).toBe(await total(`${a}/${b}`));
        const found = (await call('GET', `/api/fubes?q=analist&class=${encodeURIComponent(level.classes.join('/'))}`)).json().items as { id: string }[];
        expect(found.map((i) => i.id)).toContain(fube.id);
        for (const garbage of ['abc', '15/', '/', '15/17', '1/2/3', '15;16', '0', '99', '15/16/']) {
          const problem = expectProblem(await call('GET', `/api/fubes?class=${encodeURIComponent(garbage)}`), 400, 'class');
          expect(problem.detail, garbage).toMatch(/is geen (functieklasse|niveau van de functiefamilie)/);
        }
        const english = await h.app.inject({ method: 'GET', url: '/api/fubes?class=15%2F17', headers: { 'x-test-actor': 'hr', 'accept-language': 'en' } });
        expect(english.json().detail).toMatch(/is not a level of the function family/);
      });

      it('counts FUBEs per family and class', async () => {
        const matrix = (await call('GET', '/api/matrix')).json();
        expect(matrix.classes).toEqual([14, 15, 16, 17, 18, 19]);
        const total = matrix.cells.reduce((n: number, c: { count: number }) => n + c.count, 0) + matrix.undecided.reduce((n: number, c: { count: number }) => n + c.count, 0);
        const all = (await call('GET', '/api/fubes?pageSize=200')).json();
        expect(total).toBe(all.total);
      });
    });

    describe('the caller', () => {
      it('is 401 when anonymous and known with roles otherwise', async () => {
        expectProblem(await call('GET', '/api/me', { as: 'anonymous' }), 401);
        expect((await call('GET', '/api/me', { as: 'hr' })).json()).toMatchObject({ id: 'u-hr', roles: [{ role: 'hr', entityId: 'dfb' }] });
      });

      it('answers the session with 200 either way: null for an anonymous visitor, the user with create places otherwise', async () => {
        const anonymous = await call('GET', '/api/session', { as: 'anonymous' });
        expect(anonymous.statusCode).toBe(200);
        expect(anonymous.json()).toEqual({ user: null });
        expect(anonymous.headers['cache-control']).toBe('no-store');
        const hr = await call('GET', '/api/session', { as: 'hr' });
        expect(hr.json()).toMatchObject({ user: { id: 'u-hr', roles: [{ role: 'hr', entityId: 'dfb' }], createPlaces: expect.arrayContaining([{ entityId: 'dfb', unitId: null }]) } });
        expect((await call('GET', '/api/session', { as: 'holder' })).json()).toMatchObject({ user: { id: 'u-an', createPlaces: [] } });
      });

      it("shows the holder's waiting work and keeps the full history for administrators only", async () => {
        expectProblem(await call('GET', '/api/history', { as: 'hr' }), 403);
        const history = (await call('GET', '/api/history', { as: 'admin' })).json();
        expect(history.length).toBeGreaterThan(0);
        const work = (await call('GET', '/api/my-work', { as: 'hr' })).json() as { fube: { id: string }; deadline: { daysLeft: number } | null }[];
        expect(work.length).toBeGreaterThan(0);
        // ?limit= keeps the most urgent ones; nonsense limits are refused naming the field.
        const first = (await call('GET', '/api/my-work?limit=1', { as: 'hr' })).json() as typeof work;
        expect(first).toEqual(work.slice(0, 1));
        expectProblem(await call('GET', '/api/my-work?limit=0', { as: 'hr' }), 400);
        expectProblem(await call('GET', '/api/my-work?limit=100000', { as: 'hr' }), 400);
      });

      it('pages the full history and filters it by subject, oldest or newest first', async () => {
        const all = (await call('GET', '/api/history', { as: 'admin' })).json() as { id: string; subjectType: string; subjectId: string; actorName: string | null }[];
        expect(all.length).toBeGreaterThan(3);
        const ids = (list: { id: string }[]) => list.map((e) => e.id);
        expect(ids((await call('GET', '/api/history?limit=2&offset=1', { as: 'admin' })).json())).toEqual(ids(all.slice(1, 3)));
        expect(ids((await call('GET', '/api/history?order=desc&limit=3', { as: 'admin' })).json())).toEqual(ids([...all].reverse().slice(0, 3)));
        const fube = all.find((e) => e.subjectType === 'fube');
        expect(fube).toBeDefined();
        const ofFube = (await call('GET', `/api/history?subjectType=fube&subjectId=${fube?.subjectId}`, { as: 'admin' })).json() as typeof all;
        expect(ofFube.length).toBeGreaterThan(0);
        expect(ofFube.every((e) => e.subjectType === 'fube' && e.subjectId === fube?.subjectId)).toBe(true);
        expect(ofFube.every((e) => 'actorName' in e)).toBe(true);
        expectProblem(await call('GET', '/api/history?offset=2', { as: 'admin' }), 400, 'offset');
        expectProblem(await call('GET', '/api/history?limit=0', { as: 'admin' }), 400, 'limit');
        expectProblem(await call('GET', '/api/history?order=random', { as: 'admin' }), 400, 'order');
      });
    });
  });
}
