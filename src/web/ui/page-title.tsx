import { type ReactNode, createContext, useContext, useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** Where a page rendered on the server leaves its document title (decision 0069); null in the browser. */
export interface TitleSink {
  title?: string;
}
export const TitleSinkContext = createContext<TitleSink | null>(null);

/** The page's h1 and the document title, so every route announces where the user is. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useI18n();
  const full = `${title} – ${t('ui.app.name')}`;
  // On the server the page's <title> is written into the HTML (no effects run there).
  const sink = useContext(TitleSinkContext);
  if (sink !== null) sink.title = full;
  useEffect(() => {
    document.title = full;
  }, [full]);
  return <h1>{children}</h1>;
}
