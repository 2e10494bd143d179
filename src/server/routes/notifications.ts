import { languageSchema, markReadResultSchema, markReadSchema, notificationListSchema } from '../../api/notifications.js';
import { fastifyPath } from '../../api/routes.js';
import { markNotificationsRead, myNotifications, setMyLanguage } from '../../use-cases/notifications/my-notifications.js';
import { requestLocale } from '../locale.js';
import type { ApiInstance, RouteDeps } from './types.js';

/** "Meldingen": the caller's notifications, marking them read, and the language of their e-mail. */
export function notificationRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('notifications'),
    { schema: { tags: ['meldingen'], summary: 'Mijn meldingen (nieuwste eerst) met het aantal ongelezen', response: { 200: notificationListSchema } } },
    async (request) => myNotifications(deps, request.ctx, requestLocale(request)),
  );
  api.post(
    fastifyPath('notificationsRead'),
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Markeert mijn meldingen als gelezen (deze ids, of alle)',
        body: markReadSchema,
        response: { 200: markReadResultSchema },
      },
    },
    async (request) => markNotificationsRead(deps, request.ctx, request.body),
  );
  api.put(
    fastifyPath('meLanguage'),
    { schema: { tags: ['accounts'], summary: 'De taal van mijn e-mails (nl of en)', body: languageSchema, response: { 200: languageSchema } } },
    async (request) => setMyLanguage(deps, request.ctx, request.body.language),
  );
}
