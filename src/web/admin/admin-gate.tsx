import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { type AdminPermission, usePermission } from '../shell/permissions.js';
import { PageTitle } from '../ui/page-title.js';
import { Loading } from '../ui/query-state.js';

/** The page a signed-in user sees on an administration URL that is not theirs (HTTP 403); `text` says whose page it is when not the administrators'. */
export function ForbiddenPage({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('ui.page.forbidden.title')}>{t('ui.page.forbidden.title')}</PageTitle>
      <p>{text ?? t('ui.page.forbidden.text')}</p>
      <p>
        <Link to="/">{t('ui.back-home')}</Link>
      </p>
    </>
  );
}

/**
 * Shows the page only to those the domain's access rules allow; the API refuses the others
 * too, this only spares them a page of failing requests.
 */
export function RequirePermission({ permission, children, forbiddenText }: { permission: AdminPermission; children: ReactNode; forbiddenText?: string }) {
  const allowed = usePermission(permission);
  if (allowed === undefined) return <Loading />;
  return allowed ? <>{children}</> : <ForbiddenPage {...(forbiddenText !== undefined ? { text: forbiddenText } : {})} />;
}
