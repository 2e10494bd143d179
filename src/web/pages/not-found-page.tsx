import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { PageTitle } from '../ui/page-title.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('ui.page.not-found.title')}>{t('ui.page.not-found.title')}</PageTitle>
      <p>{t('ui.error.not-found')}</p>
      <p>
        <Link to="/">{t('ui.back-home')}</Link>
      </p>
    </>
  );
}
