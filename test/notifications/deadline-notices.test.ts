import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/workflow/calendar.js';
import { notifyDeadlines } from '../../src/use-cases/notifications/deadline-notices.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * The periodic deadline job: a closing date 3 working days away or less tells the people it
 * waits on, once; further away or past tells nobody.
 */
let app: SecuredApp;
let fubeId = '';
let appealUntil = '';

const unread = async (role: keyof typeof CALLERS) => {
  const cookie = await app.login(CALLERS[role]);
  const response = await app.app.inject({ method: 'GET', url: '/api/notifications', headers: browser(cookie) });
  return (response.json() as { items: { kind: string; fubeId: string; text: string }[] }).items.filter((n) => n.kind === 'deadline' && n.fubeId === fubeId);
};

beforeAll(async () => {
  app = await securedApp(await demoDatabase());
  const holder = (await app.store.users.byEmail(CALLERS.holder))?.personId ?? '';
  const validated = (await app.store.fubes.summaries({ entityId: 'dfb', state: 'validated' })).find((f) => f.holderIds.includes(holder));
  if (validated === undefined) throw new Error('no validated FUBE of the demo holder');
  fubeId = validated.id;
  const notified = await app.app.inject({
    method: 'POST',
    url: `/api/fubes/${fubeId}/transitions`,
    headers: browser(await app.login(CALLERS.validatorDfb)),
    payload: { baseRevision: validated.revision, action: { type: 'notify' } },
  });
  expect(notified.statusCode, notified.body).toBe(200);
  appealUntil = (await app.store.fubes.get(fubeId))?.workflow.notification?.appealUntil ?? '';
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('deadline notices', () => {
  const deps = () => useCaseDeps(app.store);
  const at = (date: string) => app.clock.set(new Date(`${date}T08:00:00Z`));

  it('nothing while the appeal term ends more than 3 working days ahead, or has passed', async () => {
    at(addDays(appealUntil, -10));
    await notifyDeadlines(deps(), app.clock);
    at(addDays(appealUntil, 1));
    await notifyDeadlines(deps(), app.clock);
    expect(await unread('holder')).toEqual([]);
  });

  it('3 working days before the end of the appeal term the holder is told, once, with the date', async () => {
    // The latest day that is at most 3 working days before the end.
    let day = addDays(appealUntil, -6);
    const { workingDaysBetween } = await import('../../src/domain/workflow/working-days.js');
    while (workingDaysBetween(day, appealUntil) > 3) day = addDays(day, 1);
    at(day);
    expect(await notifyDeadlines(deps(), app.clock)).toBeGreaterThan(0);
    expect(await notifyDeadlines(deps(), app.clock)).toBe(0);
    at(addDays(day, 1));
    expect(await notifyDeadlines(deps(), app.clock)).toBe(0);
    const notices = await unread('holder');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain(appealUntil);
    // Nobody else waits on a holder's appeal.
    for (const role of ['hrDfb', 'manager', 'validatorDfb', 'appealCommittee'] as const) expect(await unread(role), role).toEqual([]);
  });
});
