import { Link } from 'react-router';
import { useMarkRead, useNotifications } from '../api/notification-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';

/** "Meldingen": what waits on the signed-in user, newest first, unread ones marked. */
export default function NotificationsPage() {
  const { t, locale } = useI18n();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const when = (iso: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(iso));
  return (
    <>
      <PageTitle title={t('ui.notifications.title')}>{t('ui.notifications.title')}</PageTitle>
      <p>{t('ui.notifications.intro')}</p>
      <QueryState query={notifications}>
        {({ items, unread }) =>
          items.length === 0 ? (
            <p>{t('ui.notifications.empty')}</p>
          ) : (
            <>
              <p>
                {t('ui.notifications.unread', { count: unread })}{' '}
                {unread > 0 && (
                  <Button variant="secondary" onClick={() => markRead.mutate(undefined)} disabled={markRead.isPending}>
                    {t('ui.notifications.mark-all')}
                  </Button>
                )}
              </p>
              <ul className="wg-notifications">
                {items.map((item) => (
                  <li key={item.id} className={item.readAt === null ? 'wg-notification wg-notification--unread' : 'wg-notification'}>
                    {item.readAt === null && <strong>{t('ui.notifications.new')}: </strong>}
                    <Link to={item.path} onClick={() => item.readAt === null && markRead.mutate([item.id])}>
                      {item.text}
                    </Link>{' '}
                    <small>
                      <time dateTime={item.createdAt}>{when(item.createdAt)}</time>
                    </small>{' '}
                    {item.readAt === null && (
                      <Button variant="secondary" onClick={() => markRead.mutate([item.id])} disabled={markRead.isPending} aria-label={`${t('ui.notifications.mark-one')}: ${item.text}`}>
                        {t('ui.notifications.mark-one')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </>
  );
}
