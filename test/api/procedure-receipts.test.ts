import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppealFile } from '../../src/api/fubes.js';
import type { LetterView } from '../../src/api/letters.js';
import { backends } from './backends.js';
import { type World, type Who, current, expectProblem, lettersOf, notifiedFube, openWorld, proposedFube, step, validateAction } from './procedure-harness.js';

/**
 * Issue 13 item 3 with item 2 (DOMAIN.md §5.4–5.5, decision 0033): the receipt of the
 * notification letter, acknowledged by the holder or recorded by HR, is the holder's receipt
 * in the workflow, and each holder's appeal term runs from their own receipt.
 */
for (const backend of backends) {
  describe(`letter receipts start each holder's appeal term on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    /** Proposed on Monday 2 March 2026, validated and notified on Wednesday 1 April to An and Bert. */
    const notified = (title: string) => notifiedFube(w, title);
    const letters = (id: string, as: Who) => lettersOf(w, id, as);
    const receipt = (id: string, letterId: string, as: Who, body: unknown) => w.call('POST', `/api/fubes/${id}/letters/${letterId}/receipt`, as, body);

    it('the date the class takes effect: the validator sets it and every notification letter carries it; a date that does not exist is refused', async () => {
      w.clock.set('2026-03-02T09:00:00Z');
      let fube = await proposedFube(w, 'Van kracht op een gekozen dag');
      w.clock.set('2026-04-01T09:00:00Z');
      const action = validateAction(fube.content.decision!.class);
      const refused = await w.call('POST', `/api/fubes/${fube.id}/transitions`, 'validator', { baseRevision: fube.revision, action: { ...action, decision: { ...action.decision, effectiveFrom: '2026-02-30' } } });
      expectProblem(refused, 422, 'action.decision.effectiveFrom');
      fube = await step(w, fube, 'validator', { ...action, decision: { ...action.decision, effectiveFrom: '2026-06-01' } });
      expect(fube.workflow.validation?.effectiveFrom).toBe('2026-06-01');
      await step(w, fube, 'validator', { type: 'notify' });
      const all = await letters(fube.id, 'hr');
      expect(all.length).toBeGreaterThan(0);
      for (const letter of all) expect(letter).toMatchObject({ effectiveFrom: '2026-06-01' });
    });

    it('co-holders with different receipt dates get different appeal terms; an appeal one day after one term is refused for one and accepted for the other', async () => {
      const fube = await notified('Twee ontvangstdata');
      const [anLetter] = await letters(fube.id, 'an');
      const bertLetter = (await letters(fube.id, 'hr')).find((l) => l.holderId === 'p-bert')!;
      // An acknowledges on Thursday 2 April: her term ends Friday 17 April.
      w.clock.set('2026-04-02T10:00:00Z');
      const acknowledged = await receipt(fube.id, anLetter!.id, 'an', {});
      expect(acknowledged.statusCode, acknowledged.body).toBe(200);
      expect((acknowledged.json() as LetterView).receipt).toMatchObject({ receivedOn: '2026-04-02', channel: 'app', appealUntil: '2026-04-17' });
      // HR records on 9 April that Bert's letter was delivered on Tuesday 7 April: his term ends Wednesday 22 April.
      w.clock.set('2026-04-09T10:00:00Z');
      const delivered = await receipt(fube.id, bertLetter.id, 'hr', { receivedOn: '2026-04-07', channel: 'letter' });
      expect(delivered.statusCode, delivered.body).toBe(200);
      expect((delivered.json() as LetterView).receipt).toMatchObject({ receivedOn: '2026-04-07', channel: 'letter', appealUntil: '2026-04-22' });

      // The workflow holds both receipts; the history row of each receipt carries the workflow's event.
      let now = await current(w, fube.id);
      expect(now.workflow.notification?.receipts).toEqual({ 'p-an': '2026-04-02', 'p-bert': '2026-04-07' });
      const rows = await w.store.history.list({ subjectId: fube.id, action: 'letter.receipt' });
      expect(rows).toHaveLength(2);
      expect(rows[1]?.data).toMatchObject({ holderId: 'p-bert', receivedOn: '2026-04-07', events: [{ type: 'record-receipt', data: { appealUntil: '2026-04-22' } }] });
      // Each holder's own term is in their work.
      const work = async (who: Who) =>
        ((await w.call('GET', '/api/my-work', who)).json() as { fube: { id: string }; action: string; deadline: { date: string } | null }[]).find((i) => i.fube.id === fube.id && i.action === 'appeal');
      expect((await work('an'))?.deadline?.date).toBe('2026-04-17');
      expect((await work('bert'))?.deadline?.date).toBe('2026-04-22');

      // Saturday 18 April: one day after An's term, inside Bert's.
      w.clock.set('2026-04-18T10:00:00Z');
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['class'], motivation: 'Te laat ingediend.' }), 422);
      const bert = await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'bert', { grounds: ['class'], motivation: 'Binnen mijn termijn.' });
      expect(bert.statusCode, bert.body).toBe(201);
      // An's appeal on paper, received the same day, is registered late: the committee can only find it inadmissible.
      const paper = await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { appellantIds: ['p-an'], grounds: ['class'], motivation: 'Per brief.', channel: 'letter', receivedOn: '2026-04-18' });
      expect(paper.statusCode, paper.body).toBe(201);
      const file = (await w.call('GET', `/api/fubes/${fube.id}/appeals`, 'appeal')).json() as { appeals: AppealFile[] };
      expect(file.appeals.map((a) => [a.appellantIds, a.late])).toEqual([
        [['p-bert'], false],
        [['p-an'], true],
      ]);
      now = await current(w, fube.id);
      expect(now.state).toBe('appealed');
    });

    it('a receipt is recorded once; bad requests change neither the letter nor the workflow', async () => {
      const fube = await notified('Ontvangst eenmaal');
      const other = await notified('Andere kennisgeving');
      const all = await letters(fube.id, 'hr');
      const an = all.find((l) => l.holderId === 'p-an')!;
      const bert = all.find((l) => l.holderId === 'p-bert')!;
      const otherLetter = (await letters(other.id, 'hr'))[0]!;
      w.clock.set('2026-04-03T10:00:00Z');
      // A co-holder's letter, a letter of another FUBE, HR of another entity: 404; the manager and a reader: 404 (not theirs to read).
      expectProblem(await receipt(fube.id, bert.id, 'an', {}), 404);
      expectProblem(await receipt(fube.id, otherLetter.id, 'hr', { receivedOn: '2026-04-02', channel: 'letter' }), 404);
      expectProblem(await receipt(fube.id, an.id, 'otherHr', { receivedOn: '2026-04-02', channel: 'letter' }), 404);
      for (const who of ['mia', 'reader'] as const) expectProblem(await receipt(fube.id, an.id, who, { receivedOn: '2026-04-02', channel: 'letter' }), 404);
      // Another person named in the body, control characters, oversized ids, a date in the future or before the letter.
      expectProblem(await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-04-02', channel: 'letter', holderId: 'p-bert' }), 400);
      expectProblem(await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-04-02\u0000', channel: 'letter' }), 422, 'receivedOn');
      expect([400, 404, 414]).toContain((await receipt(fube.id, 'x'.repeat(5000), 'hr', {})).statusCode);
      expectProblem(await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-04-04', channel: 'letter' }), 422, 'receivedOn');
      expectProblem(await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-03-31', channel: 'letter' }), 422, 'receivedOn');
      expect((await current(w, fube.id)).workflow.notification?.receipts).toBeUndefined();

      expect((await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-04-02', channel: 'e-mail' })).statusCode).toBe(200);
      // The holder's own acknowledgement afterwards, or HR again: 409, the term does not move.
      expectProblem(await receipt(fube.id, an.id, 'an', {}), 409);
      expectProblem(await receipt(fube.id, an.id, 'hr', { receivedOn: '2026-04-03', channel: 'letter' }), 409);
      expect((await current(w, fube.id)).workflow.notification?.receipts).toEqual({ 'p-an': '2026-04-02' });
      expect(await w.store.history.list({ subjectId: fube.id, action: 'letter.receipt' })).toHaveLength(1);
    });

    it('two receipts at the same moment both reach the workflow, or one is refused: none is lost', async () => {
      const fube = await notified('Gelijktijdige ontvangst');
      const all = await letters(fube.id, 'hr');
      w.clock.set('2026-04-02T10:00:00Z');
      const answers = await Promise.all(all.map((l) => receipt(fube.id, l.id, 'hr', { receivedOn: '2026-04-02', channel: 'letter' })));
      const ok = answers.filter((a) => a.statusCode === 200).length;
      expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 409), answers.map((a) => a.body).join('\n')).toBe(true);
      const receipts = (await current(w, fube.id)).workflow.notification?.receipts ?? {};
      const stored = (await w.store.letters.ofFube(fube.id)).filter((l) => l.receipt !== null);
      // What the letters say and what the workflow says agree.
      expect(Object.keys(receipts).sort()).toEqual(stored.map((l) => l.holderId).sort());
      expect(stored).toHaveLength(ok);
    });

    it('a receipt of a final round is kept on the letter and leaves the workflow as it is', async () => {
      let fube = await notified('Ontvangst na afsluiting');
      w.clock.set('2026-04-20T10:00:00Z');
      fube = await step(w, fube, 'validator', { type: 'finalize' });
      const an = (await letters(fube.id, 'an'))[0]!;
      const answer = await receipt(fube.id, an.id, 'an', {});
      expect(answer.statusCode, answer.body).toBe(200);
      const after = await current(w, fube.id);
      expect(after.revision).toBe(fube.revision);
      expect(after.workflow.notification?.receipts).toBeUndefined();
      expect((await w.store.letters.get(an.id))?.receipt?.receivedOn).toBe('2026-04-20');
    });
  });
}
