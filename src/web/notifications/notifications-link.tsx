import { NavLink } from 'react-router';
import { useMe } from '../api/queries.js';
import { useNotifications } from '../api/notification-queries.js';
import { useI18n } from '../i18n/i18n.js';

export const NOTIFICATIONS_PATH = '/meldingen';

/** "Meldingen" in the main menu with the unread count, for a signed-in user. */
export function NotificationsLink() {
  const { t } = useI18n();
  const me = useMe();
  const signedIn = me.data !== undefined && me.data !== null;
  const notifications = useNotifications(signedIn);
  if (!signedIn) return null;
  const unread = notifications.data?.unread ?? 0;
  return (
    <li>
      <NavLink to={NOTIFICATIONS_PATH}>
        {t('ui.nav.notifications')}
        {unread > 0 && (
          <>
            {' '}
            <span className="wg-badge">{unread}</span>
            <span className="wg-visually-hidden"> {t('ui.nav.notifications-unread')}</span>
          </>
        )}
      </NavLink>
    </li>
  );
}
