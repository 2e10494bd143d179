import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCreateFube, useEntities, useFamily, useMe } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';

/** Starts a FUBE from a family (POST /api/fubes), then opens the editor's first step. */
export default function CreateFubePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const family = useFamily(id);
  const entities = useEntities();
  const me = useMe();
  const create = useCreateFube();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [entityId, setEntityId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [tried, setTried] = useState(false);
  // Only the places the server accepts for this user (GET /api/me createPlaces).
  const places = me.data?.createPlaces ?? [];
  const allowedEntities = (entities.data ?? []).filter((e) => places.some((p) => p.entityId === e.id));
  const entity = allowedEntities.find((e) => e.id === entityId);
  const wholeEntity = places.some((p) => p.entityId === entityId && p.unitId === null);
  const allowedUnits = (entity?.units ?? []).filter((u) => places.some((p) => p.entityId === entityId && p.unitId === u.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (title.trim() === '' || entityId === '' || (!wholeEntity && unitId === '')) return;
    create.mutate(
      { familyId: id, title: title.trim(), entityId, ...(unitId !== '' ? { unitId } : {}), holderIds: [] },
      { onSuccess: (view) => void navigate(`/fubes/${encodeURIComponent(view.id)}/identificatie`) },
    );
  };
  return (
    <>
      <PageTitle title={t('ui.create.title')}>{t('ui.create.title')}</PageTitle>
      <QueryState query={family}>
        {(doc) => (
          <form onSubmit={submit} noValidate>
            <p>{t('ui.create.intro', { family: doc.family.name })}</p>
            {create.error !== null && <ErrorMessage error={create.error} />}
            <TextField label={t('ui.fube.title')} value={title} error={tried && title.trim() === '' ? t('ui.login.required') : undefined} onChange={(e) => setTitle(e.target.value)} />
            <SelectField
              label={t('ui.fube.entity')}
              value={entityId}
              error={tried && entityId === '' ? t('ui.login.required') : undefined}
              onChange={(e) => {
                setEntityId(e.target.value);
                setUnitId('');
              }}
              options={[{ value: '', label: '' }, ...allowedEntities.map((e) => ({ value: e.id, label: e.name }))]}
            />
            <SelectField
              label={t('ui.fube.unit')}
              value={unitId}
              error={tried && !wholeEntity && entityId !== '' && unitId === '' ? t('ui.login.required') : undefined}
              onChange={(e) => setUnitId(e.target.value)}
              options={[...(wholeEntity ? [{ value: '', label: t('ui.none') }] : [{ value: '', label: '' }]), ...allowedUnits.map((u) => ({ value: u.id, label: u.name }))]}
            />
            <div className="wg-actions">
              <Button type="submit" disabled={create.isPending}>
                {t('ui.create.submit')}
              </Button>
            </div>
          </form>
        )}
      </QueryState>
    </>
  );
}
