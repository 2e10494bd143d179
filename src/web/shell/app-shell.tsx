import { type ReactNode, useEffect, useRef, useState } from 'react';
import { NavLink, Navigate, useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { type Locale, locales } from '../../messages/index.js';
import { useLogout, useMe } from '../api/queries.js';
import { request } from '../api/client.js';
import type { languageSchema } from '../../api/notifications.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { Loading } from '../ui/query-state.js';
import { CALIBRATION_PATH, CLOSING_DAYS_PATH, HISTORY_PATH, PAY_DATA_PATH, PAY_REPORT_PATH, PAY_REQUESTS_PATH } from '../admin/paths.js';
import { usePermission } from './permissions.js';
import { NotificationsLink } from '../notifications/notifications-link.js';

const MAIN_ID = 'hoofdinhoud';

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const me = useMe();
  // A signed-in user's choice is also the language of their e-mail (decision 0026).
  const choose = (next: Locale) => {
    setLocale(next);
    if (me.data != null) void request<z.infer<typeof languageSchema>>('meLanguage', { method: 'PUT', body: { language: next } }).catch(() => undefined);
  };
  const names: Record<Locale, string> = { nl: t('ui.language.nl'), en: t('ui.language.en') };
  return (
    <div className="wg-language">
      <label htmlFor="wg-language" className="wg-visually-hidden">
        {t('ui.language.label')}
      </label>
      <select id="wg-language" className="wg-select" value={locale} onChange={(e) => choose(e.target.value as Locale)}>
        {locales.map((l) => (
          <option key={l} value={l} lang={l === 'nl' ? 'nl-BE' : 'en-GB'}>
            {names[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

function UserMenu() {
  const { t } = useI18n();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (me.data === undefined) return null;
  if (me.data === null)
    return (
      <NavLink to="/login" className="wg-button wg-button--secondary">
        {t('ui.user.login')}
      </NavLink>
    );
  return (
    <div className="wg-user">
      <span>{t('ui.user.signed-in-as', { name: me.data.name })}</span>{' '}
      <Button variant="secondary" onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}>
        {t('ui.user.logout')}
      </Button>
    </div>
  );
}

/** Header with product name, main menu, language and user; skip link; one main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const mayReadHistory = usePermission('read-full-history');
  const mayManageCalendar = usePermission('manage-calendar');
  const mayReadOverview = usePermission('read-overview');
  const mayReadPayReport = usePermission('read-pay-report');
  const mayManagePayData = usePermission('manage-pay-data');
  const mayAnswerPayRequests = usePermission('answer-pay-requests');
  const mayCalibrate = usePermission('calibrate');
  const signedIn = useMe().data != null;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  // A page chosen from the folded menu closes it.
  useEffect(() => setMenuOpen(false), [location.pathname]);
  // After a client-side navigation, focus moves to the new content as after a page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  return (
    <>
      <a className="wg-skip-link" href={`#${MAIN_ID}`}>
        {t('ui.skip-link')}
      </a>
      <header className="wg-header">
        <div className="wg-header__bar">
          <NavLink to="/" className="wg-brand">
            {t('ui.app.name')}
            <small>{t('ui.app.tagline')}</small>
          </NavLink>
          {/* On a phone the menu, language and user fold behind one button (CSS shows it below 40rem). */}
          <button
            type="button"
            className="wg-button wg-button--secondary wg-menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="wg-header-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('ui.nav.menu')}
          </button>
          <div id="wg-header-menu" className={`wg-header__menu${menuOpen ? ' wg-header__menu--open' : ''}`}>
          <nav className="wg-nav" aria-label={t('ui.nav.label')}>
            <ul>
              {/* Pages that need a login are offered once someone is signed in; the start page is for everyone. */}
              {signedIn && (
                <>
                  <li>
                    <NavLink to="/" end>
                      {t('ui.nav.home')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/catalogus">{t('ui.nav.catalogue')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/matrix">{t('ui.nav.matrix')}</NavLink>
                  </li>
                </>
              )}
              <li>
                <NavLink to="/families">{t('ui.nav.families')}</NavLink>
              </li>
              {mayReadOverview === true && (
                <li>
                  <NavLink to="/overzicht">{t('ui.nav.overview')}</NavLink>
                </li>
              )}
              {mayReadPayReport === true && (
                <li>
                  <NavLink to={PAY_REPORT_PATH} end>{t('ui.nav.pay-report')}</NavLink>
                </li>
              )}
              {mayCalibrate === true && (
                <li>
                  <NavLink to={CALIBRATION_PATH}>{t('ui.calibration.menu')}</NavLink>
                </li>
              )}
              {mayManagePayData === true && (
                <li>
                  <NavLink to={PAY_DATA_PATH}>{t('ui.nav.pay-data')}</NavLink>
                </li>
              )}
              {mayAnswerPayRequests === true && (
                <li>
                  <NavLink to={PAY_REQUESTS_PATH}>{t('ui.nav.pay-requests')}</NavLink>
                </li>
              )}
              <NotificationsLink />
              {mayReadHistory === true && (
                <li>
                  <NavLink to={HISTORY_PATH}>{t('ui.nav.history')}</NavLink>
                </li>
              )}
              {mayManageCalendar === true && (
                <li>
                  <NavLink to={CLOSING_DAYS_PATH}>{t('ui.nav.closing-days')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="wg-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
          </div>
        </div>
      </header>
      <main id={MAIN_ID} className="wg-main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="wg-footer">
        <p>{t('ui.footer')}</p>
      </footer>
    </>
  );
}

/** Pages with personal or entity data: anonymous visitors go to the login page first. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.data === undefined) return me.error !== null ? <>{children}</> : <Loading />;
  if (me.data === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
