import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from './alert.js';
import { Button } from './button.js';

/** The error of a failed call in words, with the fields the server named. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
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
  const detail = api?.problem?.detail;
  const fields = api?.problem?.errors ?? [];
  return (
    <Alert tone="error" live title={summary}>
      {detail !== undefined && <p>{detail}</p>}
      {fields.length > 0 && (
        <>
          <p>{t('ui.error.fields')}</p>
          <ul>
            {fields.map((f, i) => (
              <li key={i}>
                <code>{f.path}</code> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry !== undefined && (
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

/** Renders loading, error or the data of a query; cached data renders at once (no flicker). */
export function QueryState<T>({ query, children }: { query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error !== null && query.error !== undefined) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <Loading />;
}
