import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterView } from '../../src/api/letters.js';
import { docxText, openDocx, pdfText, squash } from '../documents/fixtures.js';
import { backends } from './backends.js';
import { type World, type Who, current, expectProblem, lettersOf, notifiedFube, openWorld } from './procedure-harness.js';

const HEARING = (hearingOn: string) => ({ committee: { members: [{ personId: 'p-appeal' }, { personId: 'p-appeal-x' }] }, hearingOn, heard: ['An Peeters', 'Bert Claes'] });

/**
 * Issue 13 item 2 and 3 (decision 0034): the appeal committee's decision writes a letter (Word
 * and PDF) to each appellant, in the decision's transaction: outcome, motivation, the family
 * and class that stand, the date they take effect, the reference.
 */
for (const backend of backends) {
  describe(`appeal-decision letters on ${backend.name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await openWorld(backend);
    });
    afterAll(async () => {
      await w?.close();
    });

    const notified = (title: string) => notifiedFube(w, title);
    const letters = (id: string, as: Who) => lettersOf(w, id, as);
    const decisionLetters = async (id: string, as: Who) => (await letters(id, as)).filter((l) => l.kind === 'appeal-decision');
    const documentText = async (id: string, letter: LetterView, as: Who, format: 'pdf' | 'docx', language = 'nl') => {
      const response = await w.app.inject({ method: 'GET', url: `/api/fubes/${id}/letters/${letter.id}/document?format=${format}`, headers: { 'x-test-actor': as, 'accept-language': language } });
      expect(response.statusCode, response.body).toBe(200);
      return squash(format === 'pdf' ? (await pdfText(response.rawPayload)).text : docxText((await openDocx(response.rawPayload)).document));
    };

    it('an upheld joint appeal writes one letter to each appellant: outcome, motivation, new class, date of effect, reference', async () => {
      const fube = await notified('Gezamenlijk beroep');
      const cls = fube.content.decision!.class;
      w.clock.set('2026-04-07T09:00:00Z');
      const registered = await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', {
        appellantIds: ['p-an', 'p-bert'],
        grounds: ['class'],
        motivation: 'Samen ondertekend.',
        channel: 'letter',
        receivedOn: '2026-04-03',
      });
      expect(registered.statusCode, registered.body).toBe(201);
      const appealId = registered.json().appealId as string;
      expect(await decisionLetters(fube.id, 'hr')).toEqual([]);
      w.clock.set('2026-04-14T09:00:00Z');
      const decided = await w.call('POST', `/api/fubes/${fube.id}/appeals/${appealId}/decision`, 'appeal', {
        outcome: 'upheld',
        class: cls + 1,
        motivation: 'De coördinatie van twee teams weegt zwaarder.',
        ...HEARING('2026-04-13'),
      });
      expect(decided.statusCode, decided.body).toBe(200);

      const all = await decisionLetters(fube.id, 'hr');
      expect(all.map((l) => l.holderId).sort()).toEqual(['p-an', 'p-bert']);
      expect(all[0]).toMatchObject({ class: cls + 1, effectiveFrom: '2026-05-01', receipt: null });
      // Each appellant reads their own; the appeal committee all; the manager and a reader none.
      expect((await decisionLetters(fube.id, 'an')).map((l) => l.holderId)).toEqual(['p-an']);
      expect((await decisionLetters(fube.id, 'bert')).map((l) => l.holderId)).toEqual(['p-bert']);
      expect(await decisionLetters(fube.id, 'appeal')).toHaveLength(2);
      for (const who of ['mia', 'reader'] as const) expect(await letters(fube.id, who)).toEqual([]);
      const bertLetter = all.find((l) => l.holderId === 'p-bert')!;
      expectProblem(await w.call('GET', `/api/fubes/${fube.id}/letters/${bertLetter.id}/document?format=pdf`, 'an'), 404);

      const an = (await decisionLetters(fube.id, 'an'))[0]!;
      for (const format of ['pdf', 'docx'] as const) {
        const text = await documentText(fube.id, an, 'an', format);
        expect(text).toContain('Beslissing over uw beroep');
        expect(text).toContain('gegrond');
        expect(text).toContain('De coördinatie van twee teams weegt zwaarder.');
        expect(text).toContain(an.reference);
        expect(text).toMatch(new RegExp(`Betwiste klasse ?${cls}`));
        expect(text).toMatch(new RegExp(`Klasse ?${cls + 1}`));
        expect(text).toContain('1 mei 2026');
        expect(text).toContain('An Peeters');
      }
      expect(await documentText(fube.id, an, 'an', 'docx', 'en')).toContain('The appeal committee upholds your appeal');

      // Receipt of the decision letter is recorded, and opens no new appeal term.
      const before = await current(w, fube.id);
      const acknowledged = await w.call('POST', `/api/fubes/${fube.id}/letters/${an.id}/receipt`, 'an', {});
      expect(acknowledged.statusCode, acknowledged.body).toBe(200);
      expect((acknowledged.json() as LetterView).receipt).toMatchObject({ receivedOn: '2026-04-14', appealUntil: null });
      expect((await current(w, fube.id)).workflow.notification?.receipts).toEqual(before.workflow.notification?.receipts);
    });

    it('an inadmissible late appeal writes its letter with the reason and the class that stands; a refused decision writes none', async () => {
      const fube = await notified('Laat beroep');
      const cls = fube.content.decision!.class;
      w.clock.set('2026-04-20T09:00:00Z');
      const late = await w.call('POST', `/api/fubes/${fube.id}/appeal-registrations`, 'hr', { appellantIds: ['p-bert'], grounds: ['class'], motivation: 'Per e-mail.', channel: 'email', receivedOn: '2026-04-20' });
      expect(late.statusCode, late.body).toBe(201);
      const appealId = late.json().appealId as string;
      expectProblem(await w.call('POST', `/api/fubes/${fube.id}/appeals/${appealId}/decision`, 'appeal', { outcome: 'rejected', motivation: 'x', ...HEARING('2026-04-20') }), 422);
      expect(await decisionLetters(fube.id, 'hr')).toEqual([]);
      const decided = await w.call('POST', `/api/fubes/${fube.id}/appeals/${appealId}/decision`, 'appeal', { outcome: 'inadmissible', motivation: 'Ontvangen na de beroepstermijn.', ...HEARING('2026-04-20') });
      expect(decided.statusCode, decided.body).toBe(200);
      const [letter] = await decisionLetters(fube.id, 'bert');
      expect(letter).toMatchObject({ holderId: 'p-bert', class: cls });
      expect(await decisionLetters(fube.id, 'an')).toEqual([]);
      const text = await documentText(fube.id, letter!, 'bert', 'pdf');
      expect(text).toContain('onontvankelijk');
      expect(text).toContain('Ontvangen na de beroepstermijn.');
    });

    it('an appeal against the family upheld into another published family: the letter names it; an unknown family or a class outside it is refused', async () => {
      // A second published family (a copy of the seed under another id and name).
      const copy = { ...w.family, id: 'ondersteunende-kopie', name: 'Ondersteunende functies (kopie)' };
      await w.store.families.saveDraft(copy, 'kopie', 'test');
      await w.store.families.publish(copy.id, copy.version, 'test');
      const fube = await notified('Beroep tegen de familie');
      const cls = fube.content.decision!.class;
      const lodged = await w.call('POST', `/api/fubes/${fube.id}/appeals`, 'an', { grounds: ['family'], motivation: 'De functie hoort in een andere familie.' });
      expect(lodged.statusCode, lodged.body).toBe(201);
      const appealId = lodged.json().appealId as string;
      w.clock.set('2026-04-10T09:00:00Z');
      const url = `/api/fubes/${fube.id}/appeals/${appealId}/decision`;
      const upheld = { outcome: 'upheld', familyId: copy.id, class: cls, motivation: 'De functie past beter in de andere familie.', ...HEARING('2026-04-09') };
      expectProblem(await w.call('POST', url, 'appeal', { ...upheld, familyId: 'bestaat-niet' }), 422, 'familyId');
      expectProblem(await w.call('POST', url, 'appeal', { ...upheld, class: 99 }), 422, 'class');
      expectProblem(await w.call('POST', url, 'appeal', { ...upheld, familyId: 'x\u0000' }), 422, 'familyId');
      expect(await decisionLetters(fube.id, 'hr')).toEqual([]);
      const decided = await w.call('POST', url, 'appeal', upheld);
      expect(decided.statusCode, decided.body).toBe(200);
      const [letter] = await decisionLetters(fube.id, 'an');
      expect(letter).toMatchObject({ holderId: 'p-an', class: cls });
      const text = await documentText(fube.id, letter!, 'an', 'docx');
      expect(text).toContain('Ondersteunende functies (kopie)');
      expect(text).toContain(w.family.name);

      // The family that stands after the appeal shows everywhere (the leftover of issue 13's appeals).
      const standsIn = "Na het gegronde beroep hoort de functie bij de functiefamilie 'Ondersteunende functies (kopie)', functieklasse";
      for (const who of ['an', 'hr'] as const) expect((await current(w, fube.id, who)).explanation, who).toMatch(new RegExp(`^${standsIn.replace(/[()]/g, '\\$&')} ${cls}\\.`));
      const cell = async (family: string) => ((await w.call('GET', `/api/matrix/cell?family=${family}&class=${cls}`, 'hr')).json() as { items: { id: string; familyId: string }[] }).items;
      expect((await cell(copy.id)).map((f) => f.id)).toContain(fube.id);
      expect((await cell(w.family.id)).map((f) => f.id)).not.toContain(fube.id);
      const matrix = (await w.call('GET', '/api/matrix', 'hr')).json() as { cells: { familyId: string; class: number; count: number }[] };
      expect(matrix.cells.find((c) => c.familyId === copy.id && c.class === cls)?.count).toBeGreaterThanOrEqual(1);
      const document = await w.call('GET', `/api/fubes/${fube.id}/document?format=docx`, 'hr');
      expect(document.statusCode).toBe(200);
      const identification = squash(docxText((await openDocx(document.rawPayload)).document));
      expect(identification).toContain('Functiefamilie Ondersteunende functies (kopie) (versie 1)');
      expect(identification).toContain(`Geschreven en gewogen in functiefamilie ${w.family.name} (versie 1)`);
    });
  });
}
