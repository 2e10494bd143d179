import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationView } from '../../src/api/calibration.js';
import { TEXT_LIMITS } from '../../src/api/safe-text.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { prepareWeigher } from '../../src/domain/weighing/index.js';
import type { WeighingValues } from '../../src/domain/weighing/types.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';
import { seedFamily } from '../support/calibration-catalogue.js';

/**
 * Calibration over HTTP (issue 17 item 4): on the demo database with planted FUBEs in both
 * entities — the same values with another class. Who sees which findings (exactly the FUBEs
 * they may open), justifying with a motivation and its history row, opening a revision, and
 * hostile requests (tampered keys, another entity's finding, NUL characters, oversized texts).
 */
let s: SecuredApp;
const cookies = new Map<string, string>();
const family = seedFamily();
const weigher = prepareWeigher(family);
const VALUES: WeighingValues = Object.fromEntries(family.criteria.map((c) => [c.id, 1]));
// Values no demo FUBE has: level 2 everywhere but one criterion.
const OTHER: WeighingValues = Object.fromEntries(family.criteria.map((c, i) => [c.id, Math.min(i === 0 ? 1 : 2, c.values.length)]));
const planted: Record<string, string> = {};

async function plant(name: string, entityId: string, values: WeighingValues, cls?: number): Promise<void> {
  const result = weigher.weigh(values);
  if (!result.ok) throw new Error('values do not weigh');
  const klass = cls ?? result.value.class;
  const level = family.levels.find((l) => l.classes.includes(klass))!.level;
  const content: FubeContent = {
    familyId: family.id,
    familyVersion: family.version,
    title: `Kalibratie ${name}`,
    entityId,
    holderIds: [],
    purpose: { what: `Werk ${name}`, goal: 'de dienst te ondersteunen' },
    resultAreas: [],
    specificKnowledge: 'Kennis van de regelgeving',
    weighing: { rule: result.value.rule, values, result: result.value },
    decision: { level, class: klass, ...(klass !== result.value.class ? { motivation: 'Afwijking' } : {}) },
  };
  const record = await s.store.fubes.create(content, { status: 'final', revision: 1 }, 'hr-test');
  planted[name] = record.id;
}

beforeAll(async () => {
  s = await securedApp(await demoDatabase());
  for (const k of [1, 2, 3]) await plant(`dfb-${k}`, 'dfb', VALUES);
  await plant('dfb-odd', 'dfb', VALUES, 15);
  for (const k of [1, 2]) await plant(`afb-${k}`, 'afb', OTHER);
  await plant('afb-odd', 'afb', OTHER, 19);
  for (const login of Object.values(CALLERS)) cookies.set(login, await s.login(login));
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const call = (login: string | undefined, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  s.app.inject({ method, url, headers: browser(login === undefined ? undefined : cookies.get(login)), ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });
const view = async (login: string): Promise<CalibrationView> => {
  const r = await call(login, 'GET', '/api/calibration');
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as CalibrationView;
};
const findingOf = (v: CalibrationView, name: string) => v.findings.find((f) => f.kind === 'same-values' && f.subjects.includes(planted[name]!));

describe('calibration over HTTP', () => {
  it('shows HR of an entity the findings over its own FUBEs only, the administrator all', async () => {
    const dfb = await view(CALLERS.hrDfb);
    const finding = findingOf(dfb, 'dfb-odd');
    expect(finding).toBeDefined();
    expect(finding!.subjects).toEqual([planted['dfb-odd']]);
    expect(finding!.references).toEqual(expect.arrayContaining([planted['dfb-1'], planted['dfb-2'], planted['dfb-3']]));
    expect(finding!.compareIds[0]).toBe(planted['dfb-odd']);
    expect(finding!.detail).toMatchObject({ kind: 'same-values', majorityClass: 14 });
    expect(findingOf(dfb, 'afb-odd')).toBeUndefined();
    // Only FUBEs of DFB are named anywhere in HR DFB's answer.
    const afbIds = new Set((await s.store.fubes.summaries({ entityId: 'afb' })).map((f) => f.id));
    expect(dfb.fubes.every((f) => f.entityId === 'dfb')).toBe(true);
    expect(dfb.findings.flatMap((f) => [...f.subjects, ...f.references]).some((id) => afbIds.has(id))).toBe(false);
    expect(dfb.fubes.find((f) => f.id === planted['dfb-odd'])).toMatchObject({ class: 15, suggestedClass: 14, mayRevise: true, entityName: 'Departement Financiën en Begroting' });
    expect(dfb.abilities.justify).toBe(true);

    const admin = await view(CALLERS.admin);
    expect(findingOf(admin, 'dfb-odd')).toBeDefined();
    expect(findingOf(admin, 'afb-odd')).toBeDefined();
    expect(admin.looked).toBeGreaterThan(dfb.looked);
  });

  it('refuses everyone but HR and the administrator, and anonymous callers', async () => {
    for (const login of [CALLERS.manager, CALLERS.validatorDfb, CALLERS.committee, CALLERS.appealCommittee, CALLERS.holder, CALLERS.reader, CALLERS.payAnalyst]) {
      expect((await call(login, 'GET', '/api/calibration')).statusCode, login).toBe(403);
      expect((await call(login, 'POST', '/api/calibration/findings/a-0000000000000000/justify', { motivation: 'x' })).statusCode, login).toBe(403);
    }
    expect((await call(undefined, 'GET', '/api/calibration')).statusCode).toBe(401);
  });

  it('marks a finding justified with a motivation and a history row; it stays listed as justified', async () => {
    const key = findingOf(await view(CALLERS.hrDfb), 'dfb-odd')!.key;
    const empty = await call(CALLERS.hrDfb, 'POST', `/api/calibration/findings/${key}/justify`, { motivation: '   ' });
    expect(empty.statusCode, empty.body).toBe(422);
    expect(empty.json().errors[0]).toMatchObject({ path: 'motivation' });
    expect(empty.body).toContain('geef een motivering');

    const r = await call(CALLERS.hrDfb, 'POST', `/api/calibration/findings/${key}/justify`, { motivation: 'Deze functie leidt een team van vijf.' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ key, justification: { motivation: 'Deze functie leidt een team van vijf.' } });
    const after = findingOf(await view(CALLERS.admin), 'dfb-odd')!;
    expect(after.justification).toMatchObject({ motivation: 'Deze functie leidt een team van vijf.', justifiedByName: expect.any(String) });
    const history = await s.store.history.list({ action: 'calibration.justify', subjectId: key });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ subjectType: 'calibration-finding', reason: 'Deze functie leidt een team van vijf.' });
  });

  it('answers 404 for a tampered key, a key of another entity, and a finding that is not there', async () => {
    const afbKey = findingOf(await view(CALLERS.admin), 'afb-odd')!.key;
    for (const key of [afbKey, 'a-0000000000000000', 'z-1', afbKey.slice(0, -1) + (afbKey.endsWith('0') ? '1' : '0'), '..%2F..%2Fetc']) {
      const r = await call(CALLERS.hrDfb, 'POST', `/api/calibration/findings/${key}/justify`, { motivation: 'Poging' });
      expect(r.statusCode, `${key}: ${r.body}`).toBe(404);
    }
    // HR of AFB may justify its own finding; HR DFB learns nothing of it (above).
    expect((await call(CALLERS.hrAfb, 'POST', `/api/calibration/findings/${afbKey}/justify`, { motivation: 'Verantwoord' })).statusCode).toBe(200);
  });

  it('refuses NUL and control characters, oversized motivations and unknown fields', async () => {
    const key = findingOf(await view(CALLERS.admin), 'afb-odd')!.key;
    const url = `/api/calibration/findings/${key}/justify`;
    expect((await call(CALLERS.admin, 'POST', url, { motivation: 'a\u0000b' })).statusCode).toBe(422);
    expect((await call(CALLERS.admin, 'POST', url, { motivation: 'a\u0007b' })).statusCode).toBe(422);
    expect((await call(CALLERS.admin, 'POST', url, { motivation: 'x'.repeat(TEXT_LIMITS.motivation + 1) })).statusCode).toBe(400);
    expect((await call(CALLERS.admin, 'POST', url, { motivation: 'ok', actorId: 'someone-else' })).statusCode).toBe(400);
    expect((await call(CALLERS.admin, 'POST', url, {})).statusCode).toBe(400);
    expect((await call(CALLERS.admin, 'POST', `/api/calibration/findings/a%00b/justify`, { motivation: 'x' })).statusCode).toBeGreaterThanOrEqual(400);
    expect([400, 414]).toContain((await call(CALLERS.admin, 'POST', `/api/calibration/findings/${'a'.repeat(500)}/justify`, { motivation: 'x' })).statusCode);
  });

  it('opens a revision of a FUBE of a finding through the FUBE workflow, and only of one', async () => {
    const v = await view(CALLERS.hrDfb);
    const finding = findingOf(v, 'dfb-odd')!;
    const id = planted['dfb-odd']!;
    const url = `/api/calibration/findings/${finding.key}/revision`;
    // A FUBE that is not part of the finding, or another entity's: 404.
    expect((await call(CALLERS.hrDfb, 'POST', url, { fubeId: planted['afb-odd'], baseRevision: 1, reason: 'Nakijken' })).statusCode).toBe(404);
    const stale = await call(CALLERS.hrDfb, 'POST', url, { fubeId: id, baseRevision: 7, reason: 'Nakijken' });
    expect(stale.statusCode).toBe(409);
    const r = await call(CALLERS.hrDfb, 'POST', url, { fubeId: id, baseRevision: 1, reason: 'Kalibratie: klasse nakijken' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ id, revision: 2, workflow: { status: 'draft' } });
    const revised = (await view(CALLERS.hrDfb)).fubes.find((f) => f.id === id);
    expect(revised).toMatchObject({ state: 'draft', revision: 2, mayRevise: false });
  });
});
