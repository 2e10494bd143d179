import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useMayCreate } from './place-fields.js';

export const NEW_FUBE_PATH = '/nieuwe-fube';

/**
 * "Nieuwe functiebeschrijving" for whoever may start one somewhere (the session's create
 * places, from the same access rules the API applies); nothing for everyone else.
 */
export function NewFubeLink() {
  const { t } = useI18n();
  if (useMayCreate() !== true) return null;
  return (
    <p>
      <Link className="wg-button" to={NEW_FUBE_PATH}>
        {t('ui.create.title')}
      </Link>
    </p>
  );
}
