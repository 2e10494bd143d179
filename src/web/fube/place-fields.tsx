import { useEntities, useMe } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { SelectField } from '../ui/field.js';

export interface Place {
  entityId: string;
  unitId: string;
}

/** Where this user may start a FUBE (GET /api/session createPlaces): whether there is any. */
export function useMayCreate(): boolean | undefined {
  const me = useMe();
  return me.data === undefined ? undefined : me.data !== null && me.data.createPlaces.length > 0;
}

/** Whether a chosen place is complete: an entity, and a unit unless the whole entity is allowed. */
export function usePlaceComplete(place: Place): boolean {
  const places = useMe().data?.createPlaces ?? [];
  return place.entityId !== '' && (place.unitId !== '' || places.some((p) => p.entityId === place.entityId && p.unitId === null));
}

/**
 * The entity and unit a new FUBE (or a copy) will stand in: only the places the server accepts
 * for this user, so the form never offers a place the API refuses.
 */
export function PlaceFields({ value, onChange, tried }: { value: Place; onChange(next: Place): void; tried: boolean }) {
  const { t } = useI18n();
  const entities = useEntities();
  const places = useMe().data?.createPlaces ?? [];
  const allowedEntities = (entities.data ?? []).filter((e) => places.some((p) => p.entityId === e.id));
  const entity = allowedEntities.find((e) => e.id === value.entityId);
  const wholeEntity = places.some((p) => p.entityId === value.entityId && p.unitId === null);
  const allowedUnits = (entity?.units ?? []).filter((u) => places.some((p) => p.entityId === value.entityId && p.unitId === u.id));
  return (
    <>
      <SelectField
        label={t('ui.fube.entity')}
        value={value.entityId}
        error={tried && value.entityId === '' ? t('ui.login.required') : undefined}
        onChange={(e) => onChange({ entityId: e.target.value, unitId: '' })}
        options={[{ value: '', label: '' }, ...allowedEntities.map((e) => ({ value: e.id, label: e.name }))]}
      />
      <SelectField
        label={t('ui.fube.unit')}
        value={value.unitId}
        error={tried && !wholeEntity && value.entityId !== '' && value.unitId === '' ? t('ui.login.required') : undefined}
        onChange={(e) => onChange({ ...value, unitId: e.target.value })}
        options={[...(wholeEntity ? [{ value: '', label: t('ui.none') }] : [{ value: '', label: '' }]), ...allowedUnits.map((u) => ({ value: u.id, label: u.name }))]}
      />
    </>
  );
}
