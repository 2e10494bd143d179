import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** The page's h1 and the document title, so every route announces where the user is. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('ui.app.name')}`;
  }, [title, t]);
  return <h1>{children}</h1>;
}
