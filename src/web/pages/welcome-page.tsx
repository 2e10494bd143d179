import { Link } from 'react-router';
import type { DemoLogins } from '../../api/auth.js';
import { ROLE_NAMES, isRole } from '../../domain/access/roles.js';
import { useLoginOptions } from '../api/queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { PageTitle } from '../ui/page-title.js';
import { TableWrap } from '../ui/table-wrap.js';

const roleName = (i18n: I18n, role: string): string => (isRole(role) ? ROLE_NAMES[role][i18n.locale] : role);

/** `overal`, an entity (`dfb`) or a unit (`dfb-hrm`), as the demo names its scopes. */
const scopeName = (i18n: I18n, scope: string): string => (scope === 'overal' ? i18n.t('ui.welcome.scope.everywhere') : scope.toUpperCase());

function DemoLoginList({ demo }: { demo: DemoLogins }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="demo-logins">
      <h2 id="demo-logins">{t('ui.welcome.demo.title')}</h2>
      <p>{demo.password === null ? t('ui.welcome.demo.intro') : t('ui.welcome.demo.intro-password', { password: demo.password })}</p>
      <TableWrap label={t('ui.welcome.demo.caption')}>
        <table className="wg-table" data-testid="demo-logins">
          <caption>{t('ui.welcome.demo.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.login.username')}</th>
              <th scope="col">{t('ui.welcome.demo.name')}</th>
              <th scope="col">{t('ui.welcome.demo.role')}</th>
              <th scope="col">{t('ui.welcome.demo.scope')}</th>
            </tr>
          </thead>
          <tbody>
            {demo.logins.map((login) => (
              <tr key={login.username}>
                <td>
                  <Link to={`/login?gebruiker=${encodeURIComponent(login.username)}`}>{login.username}</Link>
                </td>
                <td>{login.name}</td>
                <td>{roleName(i18n, login.role)}</td>
                <td>{scopeName(i18n, login.scope)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/**
 * The start page of an anonymous visitor: what Weegschaal is, where to sign in, what is open
 * without an account, and on a demo database the demo logins (GET /api/login/options).
 */
export default function WelcomePage() {
  const { t } = useI18n();
  const options = useLoginOptions();
  return (
    <>
      <PageTitle title={t('ui.welcome.title')}>{t('ui.welcome.title')}</PageTitle>
      <p>{t('ui.welcome.what')}</p>
      <p>{t('ui.welcome.how')}</p>
      <div className="wg-actions">
        <Link className="wg-button" to="/login">
          {t('ui.welcome.login')}
        </Link>
        <Link className="wg-button wg-button--secondary" to="/families">
          {t('ui.welcome.families')}
        </Link>
      </div>
      <p>{t('ui.welcome.open')}</p>
      {options.data?.demo != null && options.data.demo.logins.length > 0 && <DemoLoginList demo={options.data.demo} />}
    </>
  );
}
