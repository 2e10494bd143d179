import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FubeView } from '../../api/fubes.js';
import { useCopyFube } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { TextField } from '../ui/field.js';
import { ErrorMessage } from '../ui/query-state.js';
import { type Place, PlaceFields, useMayCreate, usePlaceComplete } from './place-fields.js';

/**
 * "Kopiëren als nieuwe functiebeschrijving" (POST /api/fubes/{id}/copy): a new draft with this
 * FUBE's content, without its people and process, in a place the user picks within reach.
 * Shown only to whoever may start a FUBE somewhere.
 */
export function CopyFubePanel({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const mayCreate = useMayCreate();
  const copy = useCopyFube(view.id);
  const navigate = useNavigate();
  const [title, setTitle] = useState(() => t('ui.copy.default-title', { title: view.content.title }));
  const [place, setPlace] = useState<Place>({ entityId: view.content.entityId, unitId: view.content.unitId ?? '' });
  const [tried, setTried] = useState(false);
  const complete = usePlaceComplete(place);
  if (mayCreate !== true) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (title.trim() === '' || !complete) return;
    copy.mutate(
      { title: title.trim(), entityId: place.entityId, ...(place.unitId !== '' ? { unitId: place.unitId } : {}) },
      { onSuccess: (created) => void navigate(`/fubes/${encodeURIComponent(created.id)}/identificatie`) },
    );
  };
  return (
    <details className="wg-disclosure">
      <summary>{t('ui.copy.open')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('ui.copy.open')}>
        <p>{t('ui.copy.intro', { revision: view.revision })}</p>
        {copy.error !== null && <ErrorMessage error={copy.error} />}
        <TextField label={t('ui.copy.title')} value={title} error={tried && title.trim() === '' ? t('ui.login.required') : undefined} onChange={(e) => setTitle(e.target.value)} />
        <PlaceFields value={place} onChange={setPlace} tried={tried} />
        <div className="wg-actions">
          <Button type="submit" disabled={copy.isPending}>
            {t('ui.copy.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
