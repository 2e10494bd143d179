import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
