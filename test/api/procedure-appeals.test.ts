import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppealFile, FubeView } from '../../src/api/fubes.js';
import { backends } from './backends.js';
import { type World, type Who, current, expectProblem, openWorld, proposedFube, step, validateAction } from './procedure-harness.js';

const HEARING = (hearingOn: string) => ({ committee: { members: [{ personId: 'p-appeal' }, { personId: 'p-appeal-x' }] }, hearingOn, heard: ['An Peeters'] });

for (const backend of backends) {
  describe(`the appeal file on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      // Monday 2 March 2026: proposed today, validated and notified on 1 April (a Wednesday).
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    /** A FUBE proposed, validated after 30 days and notified to An and Bert. */
    async function notifiedFube(title: string): Promise<FubeView> {
      w.clock.set('2026-03-02T09:00:00Z');
      let fube = await proposedFube(w, title);
      w.clock.set('2026-04-01T09:00:00Z');
      fube = await step(w, fube, 'validator', validateAction(fube.content.decision!.class));
      fube = await step(w, fube, 'validator', { type: 'notify' });
      expect(fube.workflow.notification).toMatchObject({ date: '2026-04-01', appealUntil: '2026-04-16' });
      return fube;
    }
    const files = async (id: string, as: Who) => {
      const response = await w.call('GET', `/api/fubes/${id}/appeals`, as);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { appeals: AppealFile[] }).appeals;
    };
    const decide = (id: string, appealId: string, as: Who, body: Record<string, unknown>) => w.call('POST', `/api/fubes/${id}/appeals/${appealId}/decision`, as, body);

    it('two co-holders: one appeals, the other appeals later within their own term; the committee opens each file from its my-work', async () => {
      let fube = await notifiedFube('Twee beroepen');
      const cls = fube.content.decision!.class;
      const an = await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['class'], motivation: 'Mijn verantwoordelijkheid is groter.', attachments: ['organigram.pdf'] });
      expect(an.statusCode, an.body).toBe(201);
      const anId = an.json().appealId as string;
      // The committee finds it in its work, with the deadline in working days, and opens the file with the text.
      const work = (await w.call('GET', '/api/my-work', 'appeal')).json() as { fube: { id: string }; action: string; appealId?: string; deadline: { workingDaysLeft: number } | null }[];
      expect(work.find((i) => i.fube.id === fube.id && i.action === 'decide-appeal')).toMatchObject({ appealId: anId, deadline: { workingDaysLeft: expect.any(Number) } });
      expect(await files(fube.id, 'appeal')).toMatchObject([
        { id: anId, appellantIds: ['p-an'], grounds: ['class'], classDirection: 'higher', motivation: 'Mijn verantwoordelijkheid is groter.', attachments: ['organigram.pdf'], channel: 'app', receivedOn: '2026-04-01', late: false, contested: { class: cls }, decision: null },
      ]);
      // Bert sees no file of An's appeal; a reader, the validator and the committee of another entity do not get it.
      expect(await files(fube.id, 'bert')).toEqual([]);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/appeals`, 'reader'), 403);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/appeals`, 'validator'), 403);
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/appeals`, 'otherAppeal'), 404);
      // An appeals once per round.
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['family'], motivation: 'Nog eens.' }), 422, 'appellantIds[0]');

      w.clock.set('2026-04-08T09:00:00Z');
      const rejected = await decide(fube.id, anId, 'appeal', { outcome: 'rejected', motivation: 'De weging volgt de familie.', ...HEARING('2026-04-08') });
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json().state).toBe('appeal-decided');
      // Bert's own term still runs: he appeals after An's appeal was decided, and the FUBE cannot become final meanwhile.
      fube = await current(w, fube.id);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'validator', { baseRevision: fube.revision, action: { type: 'finalize' } }), 422);
      w.clock.set('2026-04-16T20:00:00Z');
      const bert = await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'bert', { grounds: ['class'], motivation: 'Ook ik vraag een hogere klasse.' });
      expect(bert.statusCode, bert.body).toBe(201);
      expect(bert.json().fube.state).toBe('appealed');
      // Each holder reads their own appeal with its outcome and motivation.
      expect(await files(fube.id, 'an')).toMatchObject([{ id: anId, decision: { outcome: 'rejected', motivation: 'De weging volgt de familie.', hearingOn: '2026-04-08', heard: ['An Peeters'], committee: [{ name: 'Bea Beroep' }, { name: 'Xavier Beroep' }] } }]);
      expect((await files(fube.id, 'bert')).map((a) => a.appellantIds)).toEqual([['p-bert']]);
    });

    it('HR registers a paper appeal on a holder’s behalf with the date received; a late one is decided inadmissible only', async () => {
      const fube = await notifiedFube('Beroep op papier');
      w.clock.set('2026-04-20T09:00:00Z');
      // In the app, the term has passed for An.
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['class'], motivation: 'Te laat.' }), 422);
      const paper = { appellantIds: ['p-bert'], grounds: ['class'], motivation: 'Brief van 10 april.', channel: 'letter', receivedOn: '2026-04-10', attachments: ['brief.pdf'] };
      // Hostile: a holder, a reader, HR of another entity, someone who is no holder, a date in the future, control characters.
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'an', paper), 403);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'reader', paper), 403);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'appeal', paper), 403);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'otherHr', paper), 404);
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { ...paper, appellantIds: ['p-hr-x'] }), 422, 'appellantIds[0]');
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { ...paper, receivedOn: '2026-05-01' }), 422, 'receivedOn');
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { ...paper, channel: 'app' }), 400, 'channel');
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { ...paper, motivation: 'x\u0007y' }), 422, 'motivation');
      const registered = await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', paper);
      expect(registered.statusCode, registered.body).toBe(201);
      const paperId = registered.json().appealId as string;
      // An's e-mail arrived after her term (16 April): registered, late.
      const late = await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { appellantIds: ['p-an'], grounds: ['family'], motivation: 'Per e-mail.', channel: 'union', receivedOn: '2026-04-17', representative: 'Vera Vakbond' });
      expect(late.statusCode, late.body).toBe(201);
      const lateId = late.json().appealId as string;
      expect(await files(fube.id, 'appeal')).toMatchObject([
        { id: paperId, channel: 'letter', receivedOn: '2026-04-10', late: false, registeredBy: 'u-hr', attachments: ['brief.pdf'] },
        { id: lateId, channel: 'union', receivedOn: '2026-04-17', late: true, representative: 'Vera Vakbond' },
      ]);
      // The late appeal can only be inadmissible; a committee without a member from outside the entity is refused.
      expectProblem(await decide(fube.id, lateId, 'appeal', { outcome: 'rejected', motivation: 'Ongegrond.', ...HEARING('2026-04-20') }), 422, 'outcome');
      expectProblem(await decide(fube.id, lateId, 'appeal', { outcome: 'inadmissible', motivation: 'Te laat.', ...HEARING('2026-04-20'), committee: { members: [{ personId: 'p-appeal' }] } }), 422, 'committee.members');
      expectProblem(await decide(fube.id, lateId, 'appeal', { outcome: 'inadmissible', motivation: 'Te laat.', ...HEARING('2026-04-20'), committee: { members: [{ personId: 'p-nobody' }] } }), 422, 'committee.members[0].personId');
      expectProblem(await decide(fube.id, lateId, 'appeal', { outcome: 'inadmissible', motivation: 'Te laat.', ...HEARING('2026-04-30') }), 422, 'hearingOn');
      expectProblem(await decide(fube.id, lateId, 'hr', { outcome: 'inadmissible', motivation: 'Te laat.', ...HEARING('2026-04-20') }), 403);
      expectProblem(await decide(fube.id, 'beroep-99', 'appeal', { outcome: 'inadmissible', motivation: 'Te laat.', ...HEARING('2026-04-20') }), 404);
      const inadmissible = await decide(fube.id, lateId, 'appeal', { outcome: 'inadmissible', motivation: 'Ontvangen na de beroepstermijn.', ...HEARING('2026-04-20') });
      expect(inadmissible.statusCode, inadmissible.body).toBe(200);
      // The paper appeal is still open: the FUBE stays under appeal.
      expect(inadmissible.json().state).toBe('appealed');
      expect(await files(fube.id, 'an')).toMatchObject([{ id: lateId, decision: { outcome: 'inadmissible', motivation: 'Ontvangen na de beroepstermijn.' } }]);
    });

    it('a grounded appeal changes the class in the asked direction, on the holder’s page and in the FUBE document', async () => {
      let fube = await notifiedFube('Gegrond beroep');
      const cls = fube.content.decision!.class;
      const appeal = await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['class'], classDirection: 'higher', motivation: 'Klasse hoger.' });
      const id = appeal.json().appealId as string;
      w.clock.set('2026-04-10T09:00:00Z');
      expectProblem(await decide(fube.id, id, 'appeal', { outcome: 'upheld', class: cls - 1, motivation: 'x', ...HEARING('2026-04-09') }), 422, 'class');
      expectProblem(await decide(fube.id, id, 'appeal', { outcome: 'upheld', class: cls, motivation: 'x', ...HEARING('2026-04-09') }), 422, 'class');
      expectProblem(await decide(fube.id, id, 'appeal', { outcome: 'upheld', familyId: 'beleidsfuncties', class: cls, motivation: 'x', ...HEARING('2026-04-09') }), 422, 'familyId');
      const upheld = await decide(fube.id, id, 'appeal', { outcome: 'upheld', class: cls + 1, motivation: 'De coördinatie weegt zwaarder.', ...HEARING('2026-04-09') });
      expect(upheld.statusCode, upheld.body).toBe(200);
      fube = await current(w, fube.id, 'an');
      expect(fube.workflow.appeals?.[0]?.decision).toMatchObject({ outcome: 'upheld', class: cls + 1 });
      expect(fube.profile?.class).toBe(cls + 1);
      expect(await files(fube.id, 'an')).toMatchObject([{ decision: { outcome: 'upheld', class: cls + 1, motivation: 'De coördinatie weegt zwaarder.' } }]);
      const summary = (await w.call('GET', `/api/fubes?q=${encodeURIComponent('Gegrond beroep')}`, 'hr')).json() as { items: { id: string; class: number | null }[] };
      expect(summary.items.find((i) => i.id === fube.id)?.class).toBe(cls + 1);
      w.clock.set('2026-04-17T09:00:00Z');
      fube = await step(w, fube, 'validator', { type: 'finalize' });
      expect(fube.workflow.final).toMatchObject({ class: cls + 1 });
    });
  });
}
