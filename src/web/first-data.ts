import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import { type FirstRead, SERVER_STATE_ID, SESSION_META, firstReads } from '../api/first-pages.js';
import { notificationsQuery } from './api/notification-queries.js';
import { payWorkQuery } from './api/pay-follow-up-queries.js';
import {
  entitiesQuery,
  familiesQuery,
  familyQuery,
  fubeQuery,
  meQuery,
  myWorkQuery,
  searchQuery,
} from './api/queries.js';
import { setApiLanguage } from './api/client.js';
import { LANGUAGE_TAGS, storedLocale } from './i18n/i18n.js';

/**
 * The session the server put in the page (src/server/web-shell.ts), as `GET /api/session`
 * answers it; undefined when the page has none (the Vite dev server) or it does not parse.
 */
export function embeddedSession(): { user: unknown } | undefined {
  const content = document.querySelector(`meta[name="${SESSION_META}"]`)?.getAttribute('content');
  if (content === null || content === undefined) return undefined;
  try {
    // The server wrote it through the session's schema; only its shape is checked here.
    const parsed = JSON.parse(content) as unknown;
    return typeof parsed === 'object' && parsed !== null && 'user' in parsed && typeof parsed.user === 'object' ? (parsed as { user: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/** How long the first render waits for the first reads once the page's chunk is there. */
export const DATA_WAIT_MS = 400;

/** What startFirstData started: whether the user is signed in (undefined: not yet known) and when the first reads are answered. */
export interface FirstData {
  signedIn: boolean | undefined;
  /** Settles (never rejects) when every first read is answered or has failed. */
  settled: Promise<void>;
}

/**
 * Starts the session and, for a signed-in user, the first page's data at once, beside the
 * page's chunk: the page renders with its data instead of asking for it after its first
 * render (issue 15 item 9).
 */
export function startFirstData(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): FirstData {
  // In the user's language, as the I18nProvider will set it (problems come back in it).
  setApiLanguage(LANGUAGE_TAGS[storedLocale()]);
  const session = embeddedSession();
  if (session === undefined) return { signedIn: undefined, settled: client.prefetchQuery(meQuery) };
  client.setQueryData(meQuery.queryKey, session.user);
  if (session.user === null) return { signedIn: false, settled: Promise.resolve() };
  const reads = firstReads(location.pathname, location.search).map((read) => startRead(client, read));
  return { signedIn: true, settled: Promise.all(reads).then(() => undefined) };
}

/**
 * The query key under which the page finds the answer to `read`: the server fills its cache by
 * it when it renders the page (server-render.tsx).
 */
export function firstReadKey(read: FirstRead): readonly unknown[] {
  switch (read.route) {
    case 'myWork':
      return myWorkQuery.queryKey;
    case 'notifications':
      return notificationsQuery.queryKey;
    case 'myPayWork':
      return payWorkQuery.queryKey;
    case 'families':
      return familiesQuery.queryKey;
    case 'entities':
      return entitiesQuery.queryKey;
    case 'fubes':
      return searchQuery(read.query ?? {}).queryKey;
    case 'fube':
      return fubeQuery(read.params?.id ?? '').queryKey;
    case 'familyVersion':
      return familyQuery(read.params?.id ?? '', Number(read.params?.version)).queryKey;
    default:
      throw new Error(`no query for the first read of ${read.route}`);
  }
}

/** What the server hands with a page it rendered: the language it rendered in and the query cache it rendered from. */
export interface ServerState {
  locale: string;
  state: DehydratedState;
}

/** The server-rendered page's data (`<script type="application/json">`, not run), or undefined when the page was not rendered on the server. */
export function serverState(): ServerState | undefined {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent;
  if (text === null || text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && 'locale' in parsed && typeof parsed.locale === 'string' && 'state' in parsed
      ? (parsed as ServerState)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts one first read with the query options its page uses, so the page finds the answer in
 * the cache; settles (never rejects) when it is answered or has failed (the page shows the failure).
 */
function startRead(client: QueryClient, read: FirstRead): Promise<void> {
  switch (read.route) {
    case 'myWork':
      return client.prefetchQuery(myWorkQuery);
    case 'notifications':
      return client.prefetchQuery(notificationsQuery);
    case 'myPayWork':
      return client.prefetchQuery(payWorkQuery);
    case 'families':
      return client.prefetchQuery(familiesQuery);
    case 'entities':
      return client.prefetchQuery(entitiesQuery);
    case 'fubes':
      return client.prefetchQuery(searchQuery(read.query ?? {}));
    case 'fube': {
      // The FUBE, then the family version it was written against (the page shows both).
      const id = read.params?.id ?? '';
      return client
        .fetchQuery(fubeQuery(id))
        .then((view) => client.prefetchQuery(familyQuery(view.content.familyId, view.content.familyVersion)))
        .catch(() => undefined);
    }
    default:
      throw new Error(`no query for the first read of ${read.route}`);
  }
}
