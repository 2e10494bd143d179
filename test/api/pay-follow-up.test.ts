import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentView, FollowUpView, OpenDueResult, PayRequestList, PayRequestView, PayWork } from '../../src/api/pay-follow-up.js';
import { scryptHash } from '../../src/store/demo.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * The Art. 10 follow-up and the Art. 7 requests over HTTP (issue 16 items 5, 6), on the demo's
 * pay period (2026, a gap flagged in class 16): who may do what, the six-month rule with the
 * clock moved, immutable answers, history rows, and hostile requests.
 */
let s: SecuredApp;
const cookies = new Map<string, string>();
const ANALYST = 'loonanalist.fu@demo.weegschaal';
const ANALYST_AFB = 'loonanalist.afb.fu@demo.weegschaal';
const NEWCOMER = 'nieuw.fu@demo.weegschaal';

beforeAll(async () => {
  const template = await demoDatabase();
  s = await securedApp(template);
  await s.store.users.create({ email: ANALYST, name: 'Loonanalist FU', passwordHash: scryptHash('demo'), roles: [{ role: 'pay-analyst', entityId: null, unitId: null }] });
  await s.store.users.create({ email: ANALYST_AFB, name: 'Loonanalist AFB', passwordHash: scryptHash('demo'), roles: [{ role: 'pay-analyst', entityId: 'afb', unitId: null }] });
  // A person in no pay period.
  await s.store.people.save({ id: 'p-nieuw-fu', name: 'Nieuw Persoon', email: null, entityId: 'dfb', unitId: null });
  await s.store.users.create({ email: NEWCOMER, name: 'Nieuw Persoon', passwordHash: scryptHash('demo'), personId: 'p-nieuw-fu', roles: [{ role: 'reader', entityId: 'dfb', unitId: null }] });
  for (const login of [...Object.values(CALLERS), ANALYST, ANALYST_AFB, NEWCOMER]) cookies.set(login, await s.login(login));
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const call = (login: string | undefined, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  s.app.inject({ method, url, headers: browser(login === undefined ? undefined : cookies.get(login)), ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

const FU = '/api/pay/periods/2026/follow-up';

/** Moves the clock; sessions do not last months, so everyone signs in again. */
async function at(instant: string): Promise<void> {
  s.clock.set(instant);
  for (const login of cookies.keys()) cookies.set(login, await s.login(login));
}

describe('Art. 10 follow-up over HTTP', () => {
  let view: FollowUpView;

  it('shows the analyst the flagged categories before recording; nobody else', async () => {
    const r = await call(ANALYST, 'GET', FU);
    expect(r.statusCode, r.body).toBe(200);
    view = r.json() as FollowUpView;
    expect(view.recorded).toBeNull();
    expect(view.abilities.record).toBe(true);
    expect(view.categories.some((c) => c.category === '16')).toBe(true);
    for (const login of [CALLERS.hrDfb, CALLERS.holder, CALLERS.admin]) expect((await call(login, 'GET', FU)).statusCode, login).toBe(403);
    expect((await call(undefined, 'GET', FU)).statusCode).toBe(401);
  });

  it('lets only the analyst of the whole period record the report, once', async () => {
    expect((await call(ANALYST_AFB, 'POST', FU)).statusCode).toBe(403);
    expect((await call(CALLERS.hrDfb, 'POST', FU)).statusCode).toBe(403);
    const r = await call(ANALYST, 'POST', FU);
    expect(r.statusCode, r.body).toBe(201);
    view = r.json() as FollowUpView;
    expect(view.recorded).toMatchObject({ reportDate: '2026-03-02', deadline: '2026-09-02', assessmentOpensOn: '2026-09-03' });
    expect(view.categories.every((c) => c.status === 'open' && c.deadline?.date === '2026-09-02')).toBe(true);
    const again = await call(ANALYST, 'POST', FU);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('2026-03-02');
  });

  it('records a justification; refuses bad texts, dates, unknown categories and extra fields', async () => {
    const key = view.categories[0]!.key;
    const ok = await call(ANALYST, 'POST', `${FU}/entries`, { category: key, kind: 'justification', text: 'Anciënniteit volgens het barema, voor vrouwen en mannen gelijk.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as FollowUpView).categories.find((c) => c.key === key)?.status).toBe('justified');
    const bad = [
      { category: key, kind: 'justification', text: 'x'.repeat(8_001) },
      { category: key, kind: 'justification', text: 'a\u0000b' },
      { category: key, kind: 'justification', text: 'a\u0007b' },
      { category: key, kind: 'justification', text: '   ' },
      { category: key, kind: 'remediation', text: 'Loonschaal', dueDate: '2026-03-01' },
      { category: key, kind: 'remediation', text: 'Loonschaal', dueDate: '2026-02-30' },
      { category: key, kind: 'justification', text: 't', personId: 'p-other' },
      { category: key, kind: 'bribe', text: 't' },
    ];
    for (const body of bad) {
      const r = await call(ANALYST, 'POST', `${FU}/entries`, body);
      expect([400, 422], JSON.stringify(body).slice(0, 80)).toContain(r.statusCode);
    }
    const before = await call(ANALYST, 'POST', `${FU}/entries`, { category: key, kind: 'remediation', text: 'Loonschaal', dueDate: '2026-03-01' });
    expect(before.body).toContain('pay.follow-up.due-before-report');
    expect((await call(ANALYST, 'POST', `${FU}/entries`, { category: '*|class|99', kind: 'justification', text: 't' })).statusCode).toBe(404);
    expect((await call(ANALYST, 'POST', `${FU}/entries`, { category: '*|class|16\u0000', kind: 'justification', text: 't' })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await call(CALLERS.hrDfb, 'POST', `${FU}/entries`, { category: key, kind: 'justification', text: 't' })).statusCode).toBe(403);
    // An organisation-wide category is not an entity analyst's.
    if (key.startsWith('*|')) expect((await call(ANALYST_AFB, 'POST', `${FU}/entries`, { category: key, kind: 'justification', text: 't' })).statusCode).toBe(403);
  });

  let fileId = '';
  it('opens an assessment file the day after the six months for each category left open, not on the last day', async () => {
    await at('2026-09-02T20:00:00.000Z');
    const lastDay = (await call(ANALYST, 'GET', FU)).json() as FollowUpView;
    expect(lastDay.categories.some((c) => c.status === 'assessment')).toBe(false);
    await at('2026-09-03T08:00:00.000Z');
    // The scheduler's call (and `weegschaal pay open-assessments`) says which files it opened, without figures.
    const opened = (await call(ANALYST, 'POST', '/api/pay/assessments/open-due')).json() as OpenDueResult;
    expect(opened.opened).toBe(view.categories.length - 1);
    expect(opened.files.map((f) => f.category).sort()).toEqual(view.categories.slice(1).map((c) => c.category).sort());
    expect(opened.files.every((f) => f.period === '2026' && f.openedOn === '2026-09-03' && f.reportDate === '2026-03-02')).toBe(true);
    expect(Object.keys(opened.files[0]!).sort()).toEqual(['category', 'grain', 'id', 'openedOn', 'period', 'reportDate', 'scopeName']);
    const after = (await call(ANALYST, 'GET', FU)).json() as FollowUpView;
    const open = after.categories.filter((c) => c.status === 'assessment');
    expect(open.length).toBe(view.categories.length - 1);
    expect(after.categories.find((c) => c.key === view.categories[0]!.key)?.status).toBe('justified');
    fileId = open[0]!.assessment!.id;
    expect(open[0]!.deadline).toMatchObject({ code: 'pay-assessment', date: '2026-09-03', kind: 'open-since' });
    // Too late for a justification now: the file is the place.
    expect((await call(ANALYST, 'POST', `${FU}/entries`, { category: open[0]!.key, kind: 'justification', text: 't' })).statusCode).toBe(409);
    expect((await call(ANALYST, 'POST', '/api/pay/assessments/open-due')).json()).toEqual({ opened: 0, files: [] });
  });

  it('fills and closes a file; (a)–(c) come from the report; a closed file does not change', async () => {
    const r = await call(ANALYST, 'GET', `/api/pay/assessments/${fileId}`);
    expect(r.statusCode, r.body).toBe(200);
    const file = r.json() as AssessmentView;
    expect(typeof file.figures.shares.women === 'number' || file.figures.shares.women === null || 'suppressed' in (file.figures.shares.women as object)).toBe(true);
    expect(file.missing).toEqual(['reasons', 'measures', 'evaluation', 'leave']);
    expect((await call(ANALYST, 'POST', `/api/pay/assessments/${fileId}/close`)).statusCode).toBe(422);
    for (const body of [{ reasons: 'x'.repeat(8_001) }, { leave: { women: 101 } }, { evaluation: 'a\u001Bb' }, { closedOn: '2020-01-01' }])
      expect([400, 422], JSON.stringify(body).slice(0, 60)).toContain((await call(ANALYST, 'PATCH', `/api/pay/assessments/${fileId}`, body)).statusCode);
    const filled = await call(ANALYST, 'PATCH', `/api/pay/assessments/${fileId}`, { reasons: 'Verschil in anciënniteit', leave: { note: 'Niemand keerde terug van verlof.' }, measures: 'Barema herzien', evaluation: 'Eerste beoordeling' });
    expect(filled.statusCode, filled.body).toBe(200);
    expect((filled.json() as AssessmentView).abilities.close).toBe(true);
    const closed = await call(ANALYST, 'POST', `/api/pay/assessments/${fileId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as AssessmentView).closedOn).toBe('2026-09-03');
    expect((await call(ANALYST, 'PATCH', `/api/pay/assessments/${fileId}`, { reasons: 'anders' })).statusCode).toBe(409);
    expect((await call(ANALYST, 'GET', '/api/pay/assessments/niet-bestaand')).statusCode).toBe(404);
    expect((await call(CALLERS.hrDfb, 'GET', `/api/pay/assessments/${fileId}`)).statusCode).toBe(403);
    expect((await call(CALLERS.holder, 'PATCH', `/api/pay/assessments/${fileId}`, { reasons: 'x' })).statusCode).toBe(403);
  });
});

describe('Art. 7 requests over HTTP', () => {
  let holderRequest: PayRequestView;
  let hrRequest: PayRequestView;

  it('lets a person ask for their own pay information, one open request at a time, never for someone else', async () => {
    await at('2026-12-31T10:00:00.000Z');
    const r = await call(CALLERS.holder, 'POST', '/api/pay/requests', {});
    expect(r.statusCode, r.body).toBe(201);
    holderRequest = r.json() as PayRequestView;
    expect(holderRequest).toMatchObject({ requestedOn: '2026-12-31', dueOn: '2027-02-28', answer: null });
    expect((await call(CALLERS.holder, 'POST', '/api/pay/requests', {})).statusCode).toBe(409);
    // The person is the caller's own: a body naming another is refused, not obeyed.
    const other = await call(CALLERS.hrDfb, 'POST', '/api/pay/requests', { personId: holderRequest.personId });
    expect([400, 422]).toContain(other.statusCode);
    hrRequest = (await call(CALLERS.hrDfb, 'POST', '/api/pay/requests', {})).json() as PayRequestView;
    expect(hrRequest.personId).not.toBe(holderRequest.personId);
    const mine = (await call(CALLERS.holder, 'GET', '/api/me/pay-requests')).json() as PayRequestList;
    expect(mine.requests.map((q) => q.id)).toEqual([holderRequest.id]);
    expect((await call(undefined, 'POST', '/api/pay/requests', {})).statusCode).toBe(401);
  });

  it('hides another person’s request and lets only the analyst of the scope answer', async () => {
    expect((await call(CALLERS.holder, 'GET', `/api/pay/requests/${hrRequest.id}`)).statusCode).toBe(404);
    expect((await call(CALLERS.holder, 'POST', `/api/pay/requests/${holderRequest.id}/answer`, {})).statusCode).toBe(403);
    expect((await call(CALLERS.hrDfb, 'POST', `/api/pay/requests/${holderRequest.id}/answer`, {})).statusCode).toBe(403);
    expect((await call(CALLERS.hrAfb, 'GET', `/api/pay/requests/${holderRequest.id}/preview`)).statusCode).toBe(403);
    // The analyst of AFB: the holder works in DFB.
    expect((await call(ANALYST_AFB, 'POST', `/api/pay/requests/${holderRequest.id}/answer`, {})).statusCode).toBe(404);
    expect(((await call(ANALYST_AFB, 'GET', '/api/pay/requests')).json() as PayRequestList).requests).toEqual([]);
    for (const bad of ['niet-bestaand', `${holderRequest.id}x`, '%00', 'x'.repeat(200)]) expect((await call(ANALYST, 'POST', `/api/pay/requests/${bad}/answer`, {})).statusCode, bad).toBeGreaterThanOrEqual(400);
    const list = (await call(ANALYST, 'GET', '/api/pay/requests')).json() as PayRequestList;
    expect(list.requests.map((q) => q.id)).toEqual(expect.arrayContaining([holderRequest.id, hrRequest.id]));
    expect(list.requests.every((q) => q.answer === null)).toBe(true);
  });

  it('shows the analyst the generated figures, answers once, keeps the answer and records every read', async () => {
    const preview = await call(ANALYST, 'GET', `/api/pay/requests/${holderRequest.id}/preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    const generated = preview.json() as { answer: { kind: string } };
    expect(generated.answer.kind).toBe('figures');
    const answered = await call(ANALYST, 'POST', `/api/pay/requests/${holderRequest.id}/answer`, {});
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as PayRequestView).answer).toEqual(generated.answer);
    expect((await call(ANALYST, 'POST', `/api/pay/requests/${holderRequest.id}/answer`, {})).statusCode).toBe(409);
    const read = await call(CALLERS.holder, 'GET', `/api/pay/requests/${holderRequest.id}`);
    expect(read.statusCode).toBe(200);
    const answer = (read.json() as PayRequestView).answer;
    expect(answer).toEqual(generated.answer);
    if (answer?.kind === 'figures') {
      expect(answer.own.annual.total).toBeGreaterThan(0);
      // A suppressed mean is never a number.
      for (const m of [answer.means?.women, answer.means?.men]) if (m !== undefined && typeof m.pay.annual === 'object' && m.pay.annual !== null) expect(m.pay.annual).toEqual({ suppressed: true });
    }
    const history = await s.store.history.list({ subjectId: holderRequest.id });
    expect(history.map((h) => h.action)).toEqual(['pay.request', 'pay.request-answered', 'pay.request-read']);
    const reads = (await s.store.history.list({ action: 'pay.read-person' })).filter((h) => (h.data as { request?: string }).request === holderRequest.id);
    expect(reads).toHaveLength(2);
  });

  it('answers a person in no period with that fact', async () => {
    const r = (await call(NEWCOMER, 'POST', '/api/pay/requests', {})).json() as PayRequestView;
    const answered = await call(ANALYST, 'POST', `/api/pay/requests/${r.id}/answer`, {});
    expect((answered.json() as PayRequestView).answer).toEqual({ kind: 'not-in-period' });
  });

  it('puts the deadlines in "Mijn werk": the analyst’s requests to answer, the holder’s own requests', async () => {
    const analyst = (await call(ANALYST, 'GET', '/api/my-work/pay')).json() as PayWork;
    expect(analyst.items.find((i) => i.kind === 'request-to-answer')?.deadline).toMatchObject({ date: '2027-02-28' });
    expect(analyst.items.some((i) => i.kind === 'assessment')).toBe(true);
    const holder = (await call(CALLERS.holder, 'GET', '/api/my-work/pay')).json() as PayWork;
    expect(holder.items).toEqual([expect.objectContaining({ kind: 'own-request', answered: true })]);
    expect(((await call(CALLERS.reader, 'GET', '/api/my-work/pay')).json() as PayWork).items).toEqual([]);
  });

  it('tells the holder the suppression threshold of the period that would answer them, and nothing of their record', async () => {
    type Mine = PayRequestList & { threshold: number };
    const before = (await call(CALLERS.holder, 'GET', '/api/me/pay-requests')).json() as Mine;
    expect(before.threshold).toBe(5);
    expect(JSON.stringify(before)).not.toMatch(/basic|variable|total/);
    // A later period holding the holder, with a higher threshold, is the one an answer would use now.
    await s.store.pay.replacePeriod(
      { id: '2027-hoger', referenceDate: '2027-12-31', entityId: null, importedBy: 'test', sourceFormat: 'csv', threshold: 7 },
      [{ personKey: holderRequest.personId, line: 2, entityId: 'dfb', sex: 'F', age: 40, yearsOfService: 10, education: 3, fubeId: null, category: '15', resolvedFamily: null, resolvedClass: null, position: null, fte: 1, hoursPaid: 1976, basicPay: 50_000, variablePay: 0 }],
      { actorId: 'test', data: { records: 1 } },
    );
    expect(((await call(CALLERS.holder, 'GET', '/api/me/pay-requests')).json() as Mine).threshold).toBe(7);
    // Someone in no period: the default.
    expect(((await call(NEWCOMER, 'GET', '/api/me/pay-requests')).json() as Mine).threshold).toBe(5);
    // Listing is no read of pay: no history row for it.
    const reads = (await s.store.history.list({ action: 'pay.read-person' })).filter((h) => (h.data as { person?: string }).person === holderRequest.personId);
    expect(reads).toHaveLength(2);
  });
});
