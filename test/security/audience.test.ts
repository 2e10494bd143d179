import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, openDocx, squash } from '../documents/fixtures.js';
import { type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

/**
 * Working notes (spread, ties, reconstruction caveats) are for HR and the committees; a holder
 * or a manager opening the same FUBE reads the explanation without them (DOMAIN.md §3.7, issue 14).
 */
describe('who reads the working notes of a FUBE', () => {
  let s: SecuredApp;
  beforeAll(async () => {
    s = await securedApp(await demoDatabase());
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  const open = async (username: string, id: string) => {
    const cookie = await s.login(username);
    const response = await s.app.inject({ method: 'GET', url: `/api/fubes/${id}`, headers: browser(cookie) });
    return { status: response.statusCode, explanation: (response.json() as { explanation: string | null }).explanation };
  };

  it('HR and the validator read the points of attention; the holder and the manager of the same FUBE do not', async () => {
    const holderPerson = (await s.store.users.list()).find((u) => u.email === 'functiehouder@demo.weegschaal')?.personId;
    const fubes = await s.store.fubes.summaries({ entityId: 'dfb' });
    const held = fubes.filter((f) => holderPerson != null && f.holderIds.includes(holderPerson));
    let compared = 0;
    for (const fube of held) {
      const hr = await open('hr.dfb@demo.weegschaal', fube.id);
      if (hr.explanation === null || !hr.explanation.includes('Aandachtspunten:')) continue;
      const holder = await open('functiehouder@demo.weegschaal', fube.id);
      expect(holder.status).toBe(200);
      expect(holder.explanation).not.toMatch(/Aandachtspunten|spreiding|origineel|gereconstrueerd|Gelijke stand/);
      // The same suggestion and criteria, word for word.
      expect(hr.explanation.startsWith(holder.explanation ?? '-')).toBe(true);
      expect((await open('leidend.ambtenaar.dfb@demo.weegschaal', fube.id)).explanation).toBe(hr.explanation);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  }, 60_000);

  it('documents: the holder, a final FUBE and HR asking for the holders’ version get no working notes; HR gets them before final', async () => {
    const word = async (username: string, id: string, query = '') => {
      const cookie = await s.login(username);
      const response = await s.app.inject({ method: 'GET', url: `/api/fubes/${id}/document?format=docx${query}`, headers: browser(cookie) });
      expect(response.statusCode, `${username} ${id}`).toBe(200);
      return squash(docxText((await openDocx(response.rawPayload)).document));
    };
    const hasNotes = (text: string) => text.includes('median-v1') || text.includes('Aandachtspunten');
    const holderPerson = (await s.store.users.list()).find((u) => u.email === 'functiehouder@demo.weegschaal')?.personId;
    const fubes = await s.store.fubes.summaries({ entityId: 'dfb' });
    const proposed = fubes.find((f) => f.state === 'proposed' && holderPerson != null && f.holderIds.includes(holderPerson));
    const final = fubes.find((f) => f.state === 'final');
    expect(proposed).toBeDefined();
    expect(final).toBeDefined();
    expect(hasNotes(await word('hr.dfb@demo.weegschaal', proposed!.id))).toBe(true);
    expect(hasNotes(await word('hr.dfb@demo.weegschaal', proposed!.id, '&audience=holder'))).toBe(false);
    const holder = await word('functiehouder@demo.weegschaal', proposed!.id);
    expect(hasNotes(holder)).toBe(false);
    // Asking for the internal version does not give a holder the notes.
    expect(hasNotes(await word('functiehouder@demo.weegschaal', proposed!.id, '&audience=internal'))).toBe(false);
    expect(hasNotes(await word('hr.dfb@demo.weegschaal', final!.id))).toBe(false);
  }, 60_000);
});
