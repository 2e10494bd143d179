import type { QueryClient } from '@tanstack/react-query';
import { sessionSchema } from '../api/auth.js';
import { type FirstRead, SESSION_META, firstReads } from '../api/first-pages.js';
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
    const parsed = sessionSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the session and, for a signed-in user, the first page's data at once, beside the
 * page's chunk: the page renders with its data instead of asking for it after its first
 * render (issue 15 item 9). Returns whether the user is signed in (undefined: not yet known).
 */
export function startFirstData(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): boolean | undefined {
  // In the user's language, as the I18nProvider will set it (problems come back in it).
  setApiLanguage(LANGUAGE_TAGS[storedLocale()]);
  const session = embeddedSession();
  if (session === undefined) {
    void client.prefetchQuery(meQuery);
    return undefined;
  }
  client.setQueryData(meQuery.queryKey, session.user);
  if (session.user === null) return false;
  for (const read of firstReads(location.pathname, location.search)) startRead(client, read);
  return true;
}

/** Starts one first read with the query options its page uses, so the page finds the answer in the cache. */
function startRead(client: QueryClient, read: FirstRead): void {
  switch (read.route) {
    case 'myWork':
      return void client.prefetchQuery(myWorkQuery);
    case 'notifications':
      return void client.prefetchQuery(notificationsQuery);
    case 'myPayWork':
      return void client.prefetchQuery(payWorkQuery);
    case 'families':
      return void client.prefetchQuery(familiesQuery);
    case 'entities':
      return void client.prefetchQuery(entitiesQuery);
    case 'fubes':
      return void client.prefetchQuery(searchQuery(read.query ?? {}));
    case 'fube': {
      // The FUBE, then the family version it was written against (the page shows both).
      const id = read.params?.id ?? '';
      return void client
        .fetchQuery(fubeQuery(id))
        .then((view) => client.prefetchQuery(familyQuery(view.content.familyId, view.content.familyVersion)))
        .catch(() => undefined);
    }
    default:
      throw new Error(`no query for the first read of ${read.route}`);
  }
}
