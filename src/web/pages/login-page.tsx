import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SSO_ERRORS, type SsoError } from '../../api/values.js';
import { apiUrl, isApiError } from '../api/client.js';
import { useLogin, useLoginOptions } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage } from '../ui/query-state.js';

/** Only same-site paths are followed after login (no open redirect). */
const safeNext = (next: string | null) => (next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const options = useLoginOptions();
  // After a failed single sign-on the server sends the browser back here with ?sso=<code>.
  const sso = params.get('sso');
  const ssoError = (SSO_ERRORS as readonly (string | null)[]).includes(sso) ? (sso as SsoError) : null;
  // A demo login picked on the start page arrives as ?gebruiker=<username>.
  const [username, setUsername] = useState(() => params.get('gebruiker')?.slice(0, 200) ?? '');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const next = safeNext(params.get('next'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (username.trim() === '' || password === '') return;
    login.mutate({ username: username.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };
  const rejected = isApiError(login.error) && (login.error.status === 401 || login.error.status === 400);

  return (
    <>
      <PageTitle title={t('ui.login.title')}>{t('ui.login.title')}</PageTitle>
      {params.has('next') && <Alert>{t('ui.login.needed')}</Alert>}
      <p>{t('ui.login.intro')}</p>
      {rejected && (
        <Alert tone="error" live>
          {t('ui.login.failed')}
        </Alert>
      )}
      {ssoError !== null && (
        <Alert tone="error" live>
          {t(`ui.login.sso.error.${ssoError}`)}
        </Alert>
      )}
      {login.error !== null && !rejected && <ErrorMessage error={login.error} />}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('ui.login.username')}
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={tried && username.trim() === '' ? t('ui.login.required') : undefined}
          required
        />
        <TextField
          label={t('ui.login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={tried && password === '' ? t('ui.login.required') : undefined}
          required
        />
        <div className="wg-actions">
          <Button type="submit" disabled={login.isPending}>
            {t('ui.login.submit')}
          </Button>
        </div>
      </form>
      {options.data?.sso === true && (
        <>
          <p>{t('ui.login.sso.or')}</p>
          {/* A full navigation, not fetch: the server redirects to the sign-in service. */}
          <a className="wg-button wg-button--secondary" href={apiUrl('loginOidc', {}, { next: next === '/' ? undefined : next })}>
            {t('ui.login.sso')}
          </a>
        </>
      )}
    </>
  );
}
