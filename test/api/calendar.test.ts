import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { buildApp } from '../../src/server/app.js';
import type { Caller } from '../../src/server/context.js';
import { backends } from './backends.js';
import { PEOPLE, type World, type Who, current, expectProblem, openWorld, proposedFube, step, validateAction } from './procedure-harness.js';

/**
 * Issue 14 items 1 and 2 through the API: the appeal term of 21 July 2026, the closing days
 * an administrator adds, the rule behind every deadline, and committees without conflicts.
 */
for (const backend of backends) {
  describe(`the working-days calendar and the committees on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    /** Proposed on `proposedOn`, validated and notified on `notifiedOn` (at least 30 days later). */
    async function notifiedOn(title: string, proposedOn: string, notified: string): Promise<FubeView> {
      w.clock.set(`${proposedOn}T09:00:00Z`);
      let fube = await proposedFube(w, title);
      w.clock.set(`${notified}T09:00:00Z`);
      fube = await step(w, fube, 'validator', validateAction(fube.content.decision!.class));
      return step(w, fube, 'validator', { type: 'notify' });
    }
    const admin: Who = 'admin';
    const del = (date: string, as: Who) => w.app.inject({ method: 'DELETE', url: `/api/calendar/closing-days/${date}`, headers: as === 'anonymous' ? {} : { 'x-test-actor': as } });
    const appeal = (id: string, as: Who) => w.call('POST', `/api/fubes/${id}/appeals`, as, { grounds: ['class'], motivation: 'Mijn verantwoordelijkheid is groter.' });

    it('issue 14: an appeal term ending on Tuesday 21 July 2026 (national holiday) runs until Wednesday 22 July; an appeal that day is accepted, one on 23 July refused', async () => {
      const fube = await notifiedOn('Regressie 21 juli', '2026-06-05', '2026-07-06');
      expect(fube.workflow.notification?.date).toBe('2026-07-06');
      const until = fube.deadlines.filter((d) => d.code === 'appeal-until');
      expect(until).toHaveLength(2);
      for (const d of until)
        expect(d).toMatchObject({
          date: '2026-07-22',
          rule: { code: 'term', event: 'notification', start: '2026-07-06', days: 15, lastDay: '2026-07-21', moved: [{ date: '2026-07-21', code: 'holiday', holiday: 'national-day' }] },
        });
      w.clock.set('2026-07-22T15:00:00Z');
      const an = await appeal(fube.id, 'an');
      expect(an.statusCode, an.body).toBe(201);
      w.clock.set('2026-07-23T08:00:00Z');
      const late = expectProblem(await appeal(fube.id, 'bert'), 422);
      expect(JSON.stringify(late)).toContain('22 juli 2026');
    });

    it('shows the rule behind the validation date: 30 calendar days after the proposal, never extended', async () => {
      // Proposed on Monday 22 June 2026: + 30 = Wednesday 22 July; a minimum wait ends on any day.
      w.clock.set('2026-06-22T09:00:00Z');
      const fube = await proposedFube(w, 'Minimumtermijn');
      expect(fube.deadlines.find((d) => d.code === 'validation-from')).toMatchObject({ date: '2026-07-22', rule: { code: 'minimum-wait', event: 'proposal', start: '2026-06-22', days: 30 } });
    });

    it('a closing day the administrator adds moves a running term, is in the history, and can be removed again', async () => {
      // Notified Thursday 30 April 2026: + 15 = Friday 15 May, the day after Ascension.
      const fube = await notifiedOn('Brugdag', '2026-03-30', '2026-04-30');
      expect(fube.deadlines.find((d) => d.code === 'appeal-until')?.date).toBe('2026-05-15');
      const added = await w.call('POST', '/api/calendar/closing-days', admin, { date: '2026-05-15', reason: 'Brugdag na Hemelvaart' });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ date: '2026-05-15', reason: 'Brugdag na Hemelvaart', addedBy: 'u-admin' });
      // Everybody signed in sees the list; the FUBE's terms move at once (the kept view is not reused).
      expect((await w.call('GET', '/api/calendar/closing-days', 'an')).json()).toMatchObject([{ date: '2026-05-15', reason: 'Brugdag na Hemelvaart' }]);
      const after = await current(w, fube.id, 'an');
      expect(after.deadlines.find((d) => d.code === 'appeal-until')).toMatchObject({
        date: '2026-05-18',
        rule: {
          moved: [
            { date: '2026-05-15', code: 'closing-day', reason: 'Brugdag na Hemelvaart' },
            { date: '2026-05-16', code: 'saturday' },
            { date: '2026-05-17', code: 'sunday' },
          ],
        },
      });
      // The step counts with it too: an appeal on Monday 18 May is in time.
      w.clock.set('2026-05-18T12:00:00Z');
      expect((await appeal(fube.id, 'an')).statusCode).toBe(201);
      const history = await w.store.history.list({ subjectType: 'closing-day' });
      expect(history.map((h) => [h.action, h.actorId, h.subjectId])).toEqual([['closing-day-added', 'u-admin', '2026-05-15']]);

      const removed = await del('2026-05-15', admin);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json()).toEqual([]);
      expect((await w.store.history.list({ subjectType: 'closing-day' })).map((h) => h.action)).toEqual(['closing-day-added', 'closing-day-removed']);
      expect((await current(w, fube.id, 'bert')).deadlines.find((d) => d.code === 'appeal-until' && d.holderId === 'p-bert')?.date).toBe('2026-05-15');
    });

    it('refuses closing days from anyone but the administrator, and bad input from the administrator', async () => {
      const post = (as: Who, body: unknown) => w.call('POST', '/api/calendar/closing-days', as, body);
      const body = { date: '2026-12-24', reason: 'Kerstavond' };
      expectProblem(await post('anonymous', body), 401);
      for (const who of ['hr', 'validator', 'an', 'appeal'] as const) expectProblem(await post(who, body), 403);
      expectProblem(await del('2026-12-24', 'hr'), 403);
      expectProblem(await w.call('GET', '/api/calendar/closing-days', 'anonymous'), 401);
      // Not a date, a date that does not exist, a year out of range, a date with a tail.
      for (const date of ['24-12-2026', '2026-02-30', '20266-01-01', '2026-12-24x', '', 20261224, '1899-12-29'])
        expectProblem(await post(admin, { date, reason: 'x' }), 400, 'date');
      // An empty, oversized or multi-line reason; a field that is not in the form.
      for (const reason of ['', '   ', 'x'.repeat(201), 'twee\nregels', 'bidi\u202e'])
        expectProblem(await post(admin, { date: '2026-12-24', reason }), 400, 'reason');
      // NUL anywhere in a request is refused before any schema (422, the server's text hygiene).
      expectProblem(await post(admin, { date: '2026-12-24\u0000', reason: 'x' }), 422, 'date');
      expectProblem(await post(admin, { date: '2026-12-24', reason: 'nul\u0000' }), 422, 'reason');
      expect((await w.call('GET', '/api/calendar/closing-days', admin)).json()).toEqual([]);
      expectProblem(await post(admin, { ...body, addedBy: 'u-hr' }), 400);
      // A weekend day or a holiday is no working day already; a second time is a conflict.
      expect(JSON.stringify(expectProblem(await post(admin, { date: '2026-12-26', reason: 'Zaterdag' }), 422, 'date'))).toContain('weekend');
      expect(JSON.stringify(expectProblem(await post(admin, { date: '2026-12-25', reason: 'Kerst' }), 422, 'date'))).toContain('Kerstmis');
      expect((await post(admin, body)).statusCode).toBe(201);
      expectProblem(await post(admin, body), 409);
      expectProblem(await del('2026-12-23', admin), 404);
      expectProblem(await del('2026-13-01', admin), 400);
      expect((await del('2026-12-24', admin)).statusCode).toBe(200);
    });

    describe('committees without conflicts', () => {
      // HR of the procedure is a caller without an account in the database: their revisions name no person.
      const validate = (fube: FubeView, as: Who, members: { personId: string; role: string }[], headers: Record<string, string> = {}) =>
        w.app.inject({
          method: 'POST',
          url: `/api/fubes/${fube.id}/transitions`,
          headers: { 'x-test-actor': as, 'content-type': 'application/json', ...headers },
          payload: JSON.stringify({ baseRevision: fube.revision, action: { ...validateAction(fube.content.decision!.class), committee: { members } } }),
        });
      const outsideHr = { personId: 'p-hr-x', role: 'hr' };

      it('refuses the manager and the holders of the FUBE by name and reason, in Dutch and in English', async () => {
        w.clock.set('2026-03-02T09:00:00Z');
        const fube = await proposedFube(w, 'Comité zonder belangen');
        w.clock.set('2026-04-02T09:00:00Z');
        // The validator's picker is told whom not to offer; nobody else gets the list.
        expect((await current(w, fube.id, 'validator')).abilities.committeeExcluded.sort()).toEqual(['p-an', 'p-bert', 'p-mia']);
        expect((await current(w, fube.id, 'an')).abilities.committeeExcluded).toEqual([]);
        expect((await current(w, fube.id, 'hr')).abilities.committeeExcluded).toEqual([]);
        const manager = expectProblem(await validate(fube, 'validator', [outsideHr, { personId: 'p-mia', role: 'manager' }]), 422, 'action.committee.members[1].personId');
        expect(manager.errors[0].message).toBe(
          'Mia Maes mag niet in het validatiecomité van deze FUBE zetelen (leidinggevende van de functie): niemand zetelt in het comité voor een FUBE die hij of zij leidt, houdt, schreef of woog',
        );
        const holders = expectProblem(await validate(fube, 'validator', [{ personId: 'p-an', role: 'other' }, outsideHr, { personId: 'p-bert', role: 'other' }], { 'accept-language': 'en' }), 422);
        expect(holders.errors.map((e: { path: string; message: string }) => [e.path, e.message.split(' (')[0]])).toEqual([
          ['action.committee.members[0].personId', 'An Peeters cannot sit in the validation committee of this FUBE'],
          ['action.committee.members[2].personId', 'Bert Claes cannot sit in the validation committee of this FUBE'],
        ]);
        // Nothing was written; a committee without them validates.
        expect((await current(w, fube.id)).state).toBe('proposed');
        expect((await validate(fube, 'validator', [outsideHr, { personId: 'p-reader', role: 'other' }])).statusCode).toBe(200);
      });

      it('refuses whoever wrote or weighed the FUBE (their account wrote a revision)', async () => {
        // HR of the entity works with their own account, so its revisions name the person behind it.
        const account = await w.store.users.byEmail('p-hr-in@test.be');
        if (account === undefined) throw new Error('no account for p-hr-in');
        const hr: Caller = { userId: account.id, username: account.email, name: account.name, personId: 'p-hr-in', entityId: 'dfb', roles: [{ role: 'hr', entityId: 'dfb', unitId: null }] };
        const app = await buildApp({
          store: w.store,
          clock: w.clock,
          resolveActor: (request) => {
            const name = request.headers['x-test-actor'];
            return name === 'hr' ? hr : typeof name === 'string' && name in PEOPLE ? PEOPLE[name as keyof typeof PEOPLE] : null;
          },
        });
        try {
          const own = { ...w, app, call: ((method, url, as, body) => app.inject({ method, url, headers: { 'x-test-actor': as, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { payload: JSON.stringify(body) } : {}) })) as World['call'] };
          w.clock.set('2026-03-02T09:00:00Z');
          const fube = await proposedFube(own, 'Door HR geschreven');
          w.clock.set('2026-04-02T09:00:00Z');
          expect((await current(w, fube.id, 'validator')).abilities.committeeExcluded.sort()).toEqual(['p-an', 'p-bert', 'p-hr-in', 'p-mia']);
          const refused = expectProblem(await validate(fube, 'validator', [outsideHr, { personId: 'p-hr-in', role: 'hr' }]), 422, 'action.committee.members[1].personId');
          expect(refused.errors[0].message).toContain('Ines Intern mag niet in het validatiecomité van deze FUBE zetelen (schreef mee aan de FUBE, woog de functie)');
        } finally {
          await app.close();
        }
      });

      it('the appeal committee needs a member from outside the entity and none of the appellants', async () => {
        const fube = await notifiedOn('Beroepscommissie', '2026-03-02', '2026-04-02');
        w.clock.set('2026-04-03T09:00:00Z');
        const lodged = await appeal(fube.id, 'an');
        expect(lodged.statusCode, lodged.body).toBe(201);
        const appealId = lodged.json().appealId as string;
        const decide = (members: { personId: string }[]) =>
          w.call('POST', `/api/fubes/${fube.id}/appeals/${appealId}/decision`, 'appeal', { outcome: 'rejected', motivation: 'De weging volgt de familie.', committee: { members }, hearingOn: '2026-04-03', heard: ['An Peeters'] });
        const inside = expectProblem(await decide([{ personId: 'p-appeal' }, { personId: 'p-reader' }]), 422, 'committee.members');
        expect(inside.errors[0].message).toContain("buiten de entiteit 'dfb'");
        const appellant = expectProblem(await decide([{ personId: 'p-appeal-x' }, { personId: 'p-an' }]), 422, 'committee.members[1].personId');
        expect(appellant.errors[0].message).toBe('An Peeters stelde dit beroep in en mag niet in de beroepscommissie zetelen die erover beslist');
        // Tampered: a person who does not exist is not a member from outside.
        expectProblem(await decide([{ personId: 'p-appeal' }, { personId: 'p-niemand' }]), 422, 'committee.members[1].personId');
        const decided = await decide([{ personId: 'p-appeal' }, { personId: 'p-appeal-x' }]);
        expect(decided.statusCode, decided.body).toBe(200);
      });
    });
  });
}
