import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, openDocx, pdfText, squash } from '../documents/fixtures.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * Issue 13 item 3 over real HTTP: notifying a validated FUBE writes one letter per holder in
 * the notification's transaction; each holder reads only their own, HR, the validator and the
 * appeal committee read all; Word and PDF say the decision, class, date of effect, how and by
 * when to appeal and the reference; the receipt is recorded once, by the holder in the app or
 * by HR with a delivery date.
 */

type Role = keyof typeof CALLERS;
type Letter = {
  id: string;
  holderId: string;
  reference: string;
  class: number;
  effectiveFrom: string;
  receipt: { receivedOn: string; channel: string; appealUntil: string } | null;
  abilities: { acknowledge: boolean; recordDelivery: boolean };
};
let app: SecuredApp;
const cookies = new Map<Role, string>();
let fubeId = '';
let holderPerson = '';
let otherFubeLetter = '';

const call = (role: Role | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  app.app.inject({ method, url, headers: browser(role === null ? undefined : cookies.get(role)), ...(payload !== undefined ? { payload: payload as object } : {}) });
const letters = async (role: Role, id = fubeId) => {
  const response = await call(role, 'GET', `/api/fubes/${id}/letters`);
  return { status: response.statusCode, body: response.statusCode === 200 ? (response.json() as Letter[]) : [] };
};
const notify = async (id: string) => {
  const record = await app.store.fubes.get(id);
  const response = await call('validatorDfb', 'POST', `/api/fubes/${id}/transitions`, { baseRevision: record?.revision, action: { type: 'notify' } });
  expect(response.statusCode, response.body).toBe(200);
};

beforeAll(async () => {
  app = await securedApp(await demoDatabase());
  for (const role of Object.keys(CALLERS) as Role[]) cookies.set(role, await app.login(CALLERS[role]));
  holderPerson = (await app.store.users.byEmail(CALLERS.holder))?.personId ?? '';
  const validated = (await app.store.fubes.summaries({ entityId: 'dfb', state: 'validated' })).filter((f) => f.holderIds.includes(holderPerson));
  const withCoHolder = validated.find((f) => f.holderIds.length >= 2);
  if (withCoHolder === undefined) throw new Error('the demo has no validated FUBE of the demo holder with a co-holder');
  fubeId = withCoHolder.id;
  // Another FUBE notified, for a letter id of another FUBE.
  const other = (await app.store.fubes.summaries({ entityId: 'dfb', state: 'validated' })).find((f) => f.id !== fubeId);
  if (other !== undefined) {
    await notify(other.id);
    otherFubeLetter = (await app.store.letters.ofFube(other.id))[0]?.id ?? '';
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('notification letters', () => {
  it('notifying writes one letter per holder and tells each holder', async () => {
    await notify(fubeId);
    const record = await app.store.fubes.get(fubeId);
    const stored = await app.store.letters.ofFube(fubeId);
    expect(stored.map((l) => l.holderId).sort()).toEqual([...(record?.workflow.notification?.holderIds ?? [])].sort());
    expect(new Set(stored.map((l) => l.reference)).size).toBe(stored.length);
    expect(stored[0]?.facts.class).toBe(record?.workflow.validation?.class);
    const notices = (await call('holder', 'GET', '/api/notifications')).json() as { items: { kind: string; fubeId: string }[] };
    expect(notices.items.some((n) => n.kind === 'notification' && n.fubeId === fubeId)).toBe(true);
  });

  it('a holder sees only their own letter; HR, the validator and the appeal committee all; the manager and reader none; another entity 404', async () => {
    const own = await letters('holder');
    expect(own.body.map((l) => l.holderId)).toEqual([holderPerson]);
    expect(own.body[0]?.abilities).toEqual({ acknowledge: true, recordDelivery: false });
    const count = (await app.store.letters.ofFube(fubeId)).length;
    for (const role of ['hrDfb', 'validatorDfb', 'appealCommittee', 'admin'] as const) expect((await letters(role)).body, role).toHaveLength(count);
    expect((await letters('hrDfb')).body[0]?.abilities).toEqual({ acknowledge: false, recordDelivery: true });
    expect((await letters('appealCommittee')).body[0]?.abilities).toEqual({ acknowledge: false, recordDelivery: false });
    for (const role of ['manager', 'reader'] as const) expect((await letters(role)).body, role).toEqual([]);
    for (const role of ['hrAfb', 'validatorAfb'] as const) expect((await letters(role)).status, role).toBe(404);
    expect((await call(null, 'GET', `/api/fubes/${fubeId}/letters`)).statusCode).toBe(401);
  });

  it('the letter as PDF and Word says the decision, class, date of effect, the appeal term from receipt and the reference', async () => {
    const letter = (await letters('holder')).body[0]!;
    const pdf = await call('holder', 'GET', `/api/fubes/${fubeId}/letters/${letter.id}/document?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = squash((await pdfText(pdf.rawPayload)).text);
    expect(text).toContain(letter.reference);
    expect(text).toMatch(new RegExp(`Klasse ${letter.class}`));
    expect(text).toContain('15 kalenderdagen na de ontvangst');
    expect(text).toContain('Datum van inwerkingtreding');
    const docx = await call('holder', 'GET', `/api/fubes/${fubeId}/letters/${letter.id}/document?format=docx`);
    expect(docx.statusCode).toBe(200);
    const word = squash(docxText((await openDocx(docx.rawPayload)).document));
    expect(word).toContain(letter.reference);
    expect(word).toContain('beroepscommissie');
    const english = await app.app.inject({ method: 'GET', url: `/api/fubes/${fubeId}/letters/${letter.id}/document?format=docx`, headers: { ...browser(cookies.get('holder')), 'accept-language': 'en' } });
    expect(squash(docxText((await openDocx(english.rawPayload)).document))).toContain('within 15 calendar days of receiving this letter');
  });

  it("a co-holder's letter, a letter of another FUBE and bad ids answer 404 or 400, never the letter", async () => {
    const all = await app.store.letters.ofFube(fubeId);
    const coHolders = all.filter((l) => l.holderId !== holderPerson);
    for (const letter of coHolders) {
      expect((await call('holder', 'GET', `/api/fubes/${fubeId}/letters/${letter.id}/document?format=pdf`)).statusCode).toBe(404);
      expect((await call('holder', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, {})).statusCode).toBe(404);
      expect((await call('manager', 'GET', `/api/fubes/${fubeId}/letters/${letter.id}/document?format=pdf`)).statusCode).toBe(404);
    }
    if (otherFubeLetter !== '') expect((await call('hrDfb', 'GET', `/api/fubes/${fubeId}/letters/${otherFubeLetter}/document?format=pdf`)).statusCode).toBe(404);
    expect([400, 422]).toContain((await call('hrDfb', 'GET', `/api/fubes/${fubeId}/letters/a%00b/document?format=pdf`)).statusCode);
    expect([400, 414, 422]).toContain((await call('hrDfb', 'GET', `/api/fubes/${fubeId}/letters/${'x'.repeat(5000)}/document`)).statusCode);
    expect((await call('hrDfb', 'GET', `/api/fubes/${fubeId}/letters/${all[0]?.id}/document?format=exe`)).statusCode).toBe(400);
  });

  it('the holder acknowledges receipt once; the appeal term counts from it', async () => {
    const letter = (await letters('holder')).body[0]!;
    expect((await call('holder', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, { receivedOn: '2026-03-02', channel: 'letter' })).statusCode).toBe(403);
    expect((await call('hrDfb', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, {})).statusCode).toBe(403);
    expect((await call('holder', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, { receivedOn: '2026-03-02', channel: 'app' })).statusCode).toBe(400);
    const acknowledged = await call('holder', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, {});
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect((acknowledged.json() as Letter).receipt).toMatchObject({ receivedOn: '2026-03-02', channel: 'app', appealUntil: '2026-03-17' });
    const again = await call('holder', 'POST', `/api/fubes/${fubeId}/letters/${letter.id}/receipt`, {});
    expect(again.statusCode).toBe(409);
    const history = await app.store.history.list({ subjectId: fubeId, action: 'letter.receipt' });
    expect(history).toHaveLength(1);
  });

  it('HR records a delivery date, checked: not in the future, not before the letter', async () => {
    const letter = (await app.store.letters.ofFube(fubeId)).find((l) => l.holderId !== holderPerson)!;
    const url = `/api/fubes/${fubeId}/letters/${letter.id}/receipt`;
    expect((await call('hrDfb', 'POST', url, { receivedOn: '2026-03-09', channel: 'letter' })).statusCode).toBe(422);
    expect((await call('hrDfb', 'POST', url, { receivedOn: '2026-01-01', channel: 'letter' })).statusCode).toBe(422);
    expect((await call('hrDfb', 'POST', url, { receivedOn: '2026-3-2', channel: 'letter' })).statusCode).toBe(400);
    expect((await call('hrDfb', 'POST', url, { receivedOn: '2026-03-02', channel: 'letter', holderId: holderPerson })).statusCode).toBe(400);
    expect((await call('manager', 'POST', url, { receivedOn: '2026-03-02', channel: 'letter' })).statusCode).toBe(404);
    expect((await call('hrAfb', 'POST', url, { receivedOn: '2026-03-02', channel: 'letter' })).statusCode).toBe(404);
    const recorded = await call('hrDfb', 'POST', url, { receivedOn: '2026-03-02', channel: 'e-mail' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect((recorded.json() as Letter).receipt).toMatchObject({ channel: 'e-mail', receivedOn: '2026-03-02' });
    expect((await app.store.letters.get(letter.id))?.receipt?.recordedBy).toBe((await app.store.users.byEmail(CALLERS.hrDfb))?.id);
  });
});
