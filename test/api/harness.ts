import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TestClock } from '../../src/domain/clock.js';
import { type Family, loadFamilySource } from '../../src/domain/family/index.js';
import { type App, type AppOptions, buildApp } from '../../src/server/app.js';
import type { Caller } from '../../src/server/context.js';
import type { Role } from '../../src/domain/access/index.js';
import type { Store } from '../../src/store/index.js';

export const SEED_FILE = fileURLToPath(new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url));
export const SEED_SOURCE = readFileSync(SEED_FILE, 'utf8');

export function seedFamily(): Family {
  const loaded = loadFamilySource(SEED_SOURCE, { file: SEED_FILE });
  if (!loaded.ok) throw new Error(`seed family does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}

const actor = (userId: string, role: Role, entityId: string | null = null, personId: string | null = null): Caller => ({
  userId,
  username: userId,
  personId,
  entityId,
  name: userId,
  roles: [{ role, entityId, unitId: null }],
});

/** Callers the tests act as; the API sees them only through the injected resolver. */
export const ACTORS = {
  admin: actor('u-admin', 'admin'),
  hr: actor('u-hr', 'hr', 'dfb'),
  validator: actor('u-validator', 'validator', 'dfb'),
  committee: actor('u-appeal', 'appeal-committee'),
  holder: actor('u-an', 'holder', 'dfb', 'p-an'),
  otherHr: actor('u-hr-afb', 'hr', 'afb'),
} as const;
export type ActorName = keyof typeof ACTORS;

export interface Harness {
  app: App;
  clock: TestClock;
  store: Store;
}

/**
 * An app on the given store with a movable clock. The caller is chosen per request with the
 * `x-test-actor` header, read only by this test resolver (production has no such header).
 */
export async function harness(store: Store, start = '2026-03-02T09:00:00Z', logger?: AppOptions['logger']): Promise<Harness> {
  const clock = new TestClock(start);
  const app = await buildApp({
    store,
    clock,
    ...(logger !== undefined ? { logger } : {}),
    resolveActor: (request) => {
      const name = request.headers['x-test-actor'];
      return typeof name === 'string' && name in ACTORS ? ACTORS[name as ActorName] : null;
    },
  });
  return { app, clock, store };
}
