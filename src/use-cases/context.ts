import type { Actor } from '../domain/access/index.js';
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/index.js';
import { type DocumentRenderer, inProcessRenderer } from '../documents/render-pool.js';
import { type CalibrationEngine, InProcessCalibration } from './calibration/calibration-engine.js';
import { FamilyVersions } from './family-versions.js';
import { FubeViewCache } from './fubes/view-cache.js';
import { unauthorized } from './problems.js';

/**
 * Who acts: the account, its person and roles as the session (or the CLI's own login)
 * resolved them. Use cases take the acting person from here and never from a request body.
 */
export interface Caller extends Actor {
  username: string;
  /** Display name of the person. */
  name: string;
}

/** Who acts and when; made once per request by the HTTP adapter, once per run by the CLI. */
export interface UseCaseContext {
  /** null for an anonymous caller. */
  actor: Caller | null;
  clock: Clock;
}

/** What the use cases work with, made once per process. */
export interface UseCaseDeps {
  readonly store: Store;
  /** Family versions never change once stored: read once per process. */
  readonly families: FamilyVersions;
  /** FUBE views as every reader sees them, kept per stamp and day. */
  readonly views: FubeViewCache;
  /** Makes PDF and Word documents: a worker pool in the server, in-process in the CLI. */
  readonly documents: DocumentRenderer;
  /** Keeps each reach's calibration index and updates it: a worker thread in the server, in-process in the CLI. */
  readonly calibration: CalibrationEngine;
  /** E-mail is configured (WEEGSCHAAL_SMTP_URL): notifications also queue a mail (decision 0026). */
  readonly mailEnabled?: boolean;
}

export function useCaseDeps(store: Store, options: { documents?: DocumentRenderer; calibration?: CalibrationEngine; mailEnabled?: boolean } = {}): UseCaseDeps {
  return {
    store,
    families: new FamilyVersions(store),
    views: new FubeViewCache(),
    documents: options.documents ?? inProcessRenderer,
    calibration: options.calibration ?? new InProcessCalibration(),
    mailEnabled: options.mailEnabled === true,
  };
}

/** 401 for an anonymous caller: every use case but the public ones starts here. */
export function requireCaller(ctx: UseCaseContext): Caller {
  if (ctx.actor === null) throw unauthorized();
  return ctx.actor;
}

/**
 * The operator at the server's console (`weegschaal user ...`, `export`, `import`): whoever
 * can open the database file or URL administers it, so the CLI acts as administrator, named
 * `cli:<os-user>` in the history.
 */
export function consoleCaller(osUser: string): Caller {
  const userId = `cli:${osUser}`;
  return { userId, username: userId, name: userId, personId: null, entityId: null, roles: [{ role: 'admin', entityId: null, unitId: null }] };
}
