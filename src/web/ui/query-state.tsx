import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { fieldLabel } from './field-label.js';
import { PageTitle } from './page-title.js';

/** The error of a failed call in words, with the fields the server named. */
/** Whether a problem's detail only repeats its field errors (`path: message; …`, as the server joins them). */
function detailFromFields(detail: string | undefined, fields: readonly { path: string; message: string }[]): boolean {
  if (detail === undefined) return true;
  const withPaths = fields.map((f) => (f.path === '' ? f.message : `${f.path}: ${f.message}`)).join('; ');
  const messages = fields.map((f) => f.message).join('; ');
  return detail === withPaths || detail === messages;
}

/** Whether asking again may help: not for a refusal or an address that is wrong (4xx), which stay so. */
const retryable = (api: ApiError | null): boolean => api === null || api.kind !== 'http' || api.status >= 500 || api.status === 408 || api.status === 429;

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = error instanceof ApiError ? error : null;
  const summary =
    api === null
      ? t('ui.error.title')
      : api.kind === 'network'
        ? t('ui.error.network')
        : api.kind === 'invalid'
          ? t('ui.error.invalid-response')
          : api.status === 404
            ? t('ui.error.not-found')
            : api.status === 403
              ? t('ui.error.forbidden')
              : api.status === 401
                ? t('ui.error.unauthorized')
                : t('ui.error.title');
  const fields = api?.problem?.errors ?? [];
  // A detail made of the fields' paths and messages is shown as the list below, by label.
  const detail = fields.length > 0 && detailFromFields(api?.problem?.detail, fields) ? undefined : api?.problem?.detail;
  return (
    <Alert tone="error" live title={summary}>
      {detail !== undefined && <p>{detail}</p>}
      {fields.length > 0 && (
        <>
          <p>{t('ui.error.fields')}</p>
          <ul>
            {fields.map((f, i) => {
              const label = f.path === '' ? undefined : fieldLabel(i18n, f.path);
              return (
                <li key={i}>
                  {label !== undefined && <strong>{label}: </strong>}
                  {f.message}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {onRetry !== undefined && retryable(api) && (
        <Button variant="secondary" onClick={onRetry}>
          {t('ui.error.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="wg-hint">
      {t('ui.loading')}
    </p>
  );
}

/**
 * Renders loading, error or the data of a query; cached data renders at once (no flicker).
 * `heading`: the page's title when the query is the page itself, so that a page that could not
 * be loaded still says what it is (its h1 and the document title).
 */
export function QueryState<T>({
  query,
  children,
  heading,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
  heading?: string;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error !== null && query.error !== undefined) {
    const message = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
    return heading === undefined ? (
      message
    ) : (
      <>
        <PageTitle title={heading}>{heading}</PageTitle>
        {message}
      </>
    );
  }
  return <Loading />;
}
