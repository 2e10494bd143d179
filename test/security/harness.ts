import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClock } from '../../src/domain/clock.js';
import { type App, type AppOptions, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { SESSION_COOKIE } from '../../src/server/auth/sessions.js';
import { DEMO_PASSWORD, type DemoResult, loadDemo } from '../../src/store/demo.js';
import { type FubeSummary, type Store, openStore } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from '../api/harness.js';
import { demoCopy } from '../support/demo-copy.js';

/** The demo logins by role, as the security tests name them. */
export const CALLERS = {
  admin: 'beheerder@demo.weegschaal',
  hrDfb: 'hr.dfb@demo.weegschaal',
  hrAfb: 'hr.afb@demo.weegschaal',
  manager: 'leidinggevende@demo.weegschaal',
  validatorDfb: 'leidend.ambtenaar.dfb@demo.weegschaal',
  validatorAfb: 'leidend.ambtenaar.afb@demo.weegschaal',
  committee: 'validatiecomite@demo.weegschaal',
  appealCommittee: 'beroepscommissie@demo.weegschaal',
  holder: 'functiehouder@demo.weegschaal',
  reader: 'lezer@demo.weegschaal',
  payAnalyst: 'loonanalist@demo.weegschaal',
} as const;

export const ORIGIN = 'http://localhost:80';
export const START = '2026-03-02T09:00:00.000Z';

export interface SecuredApp {
  app: App;
  store: Store;
  clock: TestClock;
  demo: DemoResult;
  file: string;
  /** Logs in through POST /api/login and returns the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real thing: a SQLite file with the seed family and the demo data (a login for every
 * role), the app with accounts and sessions from that database, and one clock for both.
 */
export async function demoDatabase(): Promise<{ dir: string; file: string; demo: DemoResult }> {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-security-'));
  const file = join(dir, 'demo.db');
  // Made once per test worker and copied (test/support/demo-copy.ts): the same database each time.
  const demo = await demoCopy(
    'security',
    async (built) => {
      // On the apps' clock (START): the family and the demo are written before what the tests do.
      const store = await openStore({ file: built, now: () => new Date(START) });
      const family = seedFamily();
      await store.families.saveDraft(family, SEED_SOURCE, 'system');
      await store.families.publish(family.id, family.version, 'system');
      const loaded = await loadDemo(store, family, { now: new Date(START) });
      // The walks and matrices act on a draft the demo holder sees (see draftOfDemoHolder).
      await draftOfDemoHolder(store);
      await store.close();
      return loaded;
    },
    file,
  );
  return { dir, file, demo };
}

export async function securedApp(template: { file: string; demo: DemoResult }, options: Partial<AppOptions> = {}): Promise<SecuredApp> {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-security-'));
  const file = join(dir, 'app.db');
  copyFileSync(template.file, file);
  return appOn(file, template.demo, options, () => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Signs `usernames` in on the template itself, so that every copy made of it afterwards holds
 * their sessions: a walk that gives each allowed write its own copy then needs no login per
 * copy (each was a scrypt and a session write; decision 0015). Returns the cookies by username.
 */
export async function loginOnTemplate(template: { file: string; demo: DemoResult }, usernames: readonly string[]): Promise<Map<string, string>> {
  const app = await appOn(template.file, template.demo, {}, () => undefined);
  try {
    const cookies = new Map<string, string>();
    for (const username of usernames) cookies.set(username, await app.login(username));
    return cookies;
  } finally {
    await app.close();
  }
}

async function appOn(file: string, demo: DemoResult, options: Partial<AppOptions>, remove: () => void): Promise<SecuredApp> {
  const clock = new TestClock(START);
  const store = await openStore({ file, now: () => clock.now() });
  const app = await buildApp({ store: store, clock, accounts: storeAccounts(store), ...options });
  const login = async (username: string, password = DEMO_PASSWORD): Promise<string> => {
    const response = await app.inject({ method: 'POST', url: '/api/login', headers: { origin: ORIGIN, host: 'localhost:80' }, payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login of ${username} failed: ${response.statusCode} ${response.body}`);
    return cookieFrom(response.headers['set-cookie']);
  };
  return {
    app,
    store,
    clock,
    demo,
    file,
    login,
    close: async () => {
      await app.close();
      await store.close();
      remove();
    },
  };
}

/** `name=value` of the session cookie from a Set-Cookie header. */
/**
 * A weighed draft of the HRM unit with the demo holder named on it: the description HR is
 * writing of the holder's job. The demo holder's own functions are a proposed and a validated
 * one (one function per person, issue 14), so the tests that follow a draft name them on one.
 */
export async function draftOfDemoHolder(store: Store): Promise<string> {
  const holder = (await store.users.byEmail(CALLERS.holder))?.personId;
  const draft = (await store.fubes.summaries({ entityId: 'dfb', state: 'draft' })).find((f) => f.unitId === 'dfb-hrm' && f.revision >= 2);
  if (holder == null || draft === undefined) throw new Error('the demo has a holder and a weighed draft in dfb-hrm');
  const record = (await store.fubes.get(draft.id))!;
  if (!record.content.holderIds.includes(holder)) {
    const written = await store.fubes.write(draft.id, { baseRevision: record.revision, actorId: 'test', content: { ...record.content, holderIds: [holder, ...record.content.holderIds] } });
    if (written?.ok !== true) throw new Error('the demo holder could not be named on the draft');
  }
  return draft.id;
}

/**
 * The demo FUBE of a unit in a state that the tests act on: one the demo holder holds when
 * there is one (their proposal, the draft `draftOfDemoHolder` named them on), else the first.
 */
export async function demoFube(store: Store, unit: string, state: string): Promise<FubeSummary | undefined> {
  const holder = (await store.users.byEmail(CALLERS.holder))?.personId;
  const found = (await store.fubes.summaries({})).filter((f) => f.unitId === unit && f.state === state);
  return found.find((f) => holder != null && f.holderIds.includes(holder)) ?? found[0];
}

export function cookieFrom(header: string | string[] | undefined): string {
  const line = (Array.isArray(header) ? header : [header ?? '']).find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  if (line === undefined) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return line.split(';')[0] ?? '';
}

/** Headers of a same-origin browser request with the session cookie. */
export const browser = (cookie?: string): Record<string, string> => ({ origin: ORIGIN, host: 'localhost:80', ...(cookie !== undefined ? { cookie } : {}) });
