import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCreateFube, useFamilies, useFamily } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { type Place, PlaceFields, usePlaceComplete } from '../fube/place-fields.js';

/**
 * Starts a FUBE (POST /api/fubes), then opens the editor's first step: from the family in the
 * address (`/families/:id/nieuwe-fube`), or from a published family picked here (`/nieuwe-fube`).
 */
export default function CreateFubePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const families = useFamilies();
  const published = (families.data ?? []).filter((f) => f.status === 'published');
  const [picked, setPicked] = useState('');
  // One published family: nothing to pick.
  const familyId = id ?? (published.length === 1 ? (published[0]?.id ?? '') : picked);
  const family = useFamily(familyId === '' ? undefined : familyId);
  const create = useCreateFube();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState<Place>({ entityId: '', unitId: '' });
  const [tried, setTried] = useState(false);
  const complete = usePlaceComplete(place);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (title.trim() === '' || familyId === '' || !complete) return;
    create.mutate(
      { familyId, title: title.trim(), entityId: place.entityId, ...(place.unitId !== '' ? { unitId: place.unitId } : {}), holderIds: [] },
      { onSuccess: (view) => void navigate(`/fubes/${encodeURIComponent(view.id)}/identificatie`) },
    );
  };
  return (
    <>
      <PageTitle title={t('ui.create.title')}>{t('ui.create.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        {id === undefined && published.length !== 1 && (
          <SelectField
            label={t('ui.col.family')}
            value={picked}
            error={tried && picked === '' ? t('ui.login.required') : undefined}
            onChange={(e) => setPicked(e.target.value)}
            options={[{ value: '', label: '' }, ...published.map((f) => ({ value: f.id, label: f.name }))]}
          />
        )}
        {familyId !== '' && <QueryState query={family}>{(doc) => <p>{t('ui.create.intro', { family: doc.family.name })}</p>}</QueryState>}
        {create.error !== null && <ErrorMessage error={create.error} />}
        <TextField label={t('ui.fube.title')} value={title} error={tried && title.trim() === '' ? t('ui.login.required') : undefined} onChange={(e) => setTitle(e.target.value)} />
        <PlaceFields value={place} onChange={setPlace} tried={tried} />
        <div className="wg-actions">
          <Button type="submit" disabled={create.isPending}>
            {t('ui.create.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
