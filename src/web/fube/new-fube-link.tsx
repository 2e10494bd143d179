import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useMayCreate } from './place-fields.js';

export const NEW_FUBE_PATH = '/nieuwe-fube';
/** Old function descriptions read as drafts (issue 17 item 3). */
export const LEGACY_IMPORT_PATH = '/oude-functiebeschrijvingen';

/**
 * "Nieuwe functiebeschrijving" and "Oude functiebeschrijvingen inlezen" for whoever may start
 * one somewhere (the session's create places, from the same access rules the API applies);
 * nothing for everyone else.
 */
export function NewFubeLink() {
  const { t } = useI18n();
  if (useMayCreate() !== true) return null;
  return (
    <div className="wg-actions">
      <Link className="wg-button" to={NEW_FUBE_PATH}>
        {t('ui.create.title')}
      </Link>
      <Link className="wg-button wg-button--secondary" to={LEGACY_IMPORT_PATH}>
        {t('ui.legacy.link')}
      </Link>
    </div>
  );
}
