import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { DomainError } from '../../domain/errors.js';
import { addCustomResultArea, chooseResultAreas, removeResultArea } from '../../domain/fube/choose-result-areas.js';
import { editResultArea, setActivities } from '../../domain/fube/adapt-result-area.js';
import { missingChoices } from '../../domain/fube/choose-alternatives.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { expertiseOf } from '../../domain/fube/specific-knowledge.js';
import { useEntities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { PersonPicker, usePersonNames } from '../ui/person-picker.js';
import type { StepProps } from './step-props.js';

/** Lines of a textarea as a list; blank lines are dropped only from the stored value. */
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** Shows domain refusals next to the form that caused them. */
function DomainErrors({ errors }: { errors: readonly DomainError[] }) {
  const { message: localize } = useI18n();
  if (errors.length === 0) return null;
  return (
    <Alert tone="error" live>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{localize(e)}</li>
        ))}
      </ul>
    </Alert>
  );
}

export function IdentificationStep({ view, draft, setDraft, editable, family }: StepProps) {
  const { t } = useI18n();
  const entities = useEntities();
  const { personOf, remember } = usePersonNames(view.people);
  const entity = entities.data?.find((e) => e.id === draft.entityId);
  const update = (patch: Partial<FubeContent>) => setDraft({ ...draft, ...patch });
  return (
    <div>
      <TextField label={t('ui.fube.title')} value={draft.title} readOnly={!editable} onChange={(e) => update({ title: e.target.value })} />
      <p>
        <strong>{t('ui.fube.family')}</strong>: {t('ui.fube.family-version', { name: family.name, version: family.version })}
      </p>
      <SelectField
        label={t('ui.fube.entity')}
        value={draft.entityId}
        disabled={!editable}
        onChange={(e) => {
          const { unitId: _unit, ...rest } = draft;
          setDraft({ ...rest, entityId: e.target.value });
        }}
        options={(entities.data ?? [{ id: draft.entityId, name: draft.entityId, units: [] }]).map((e) => ({ value: e.id, label: e.name }))}
      />
      <SelectField
        label={t('ui.fube.unit')}
        value={draft.unitId ?? ''}
        disabled={!editable}
        onChange={(e) => {
          const { unitId: _unit, ...rest } = draft;
          setDraft(e.target.value === '' ? rest : { ...rest, unitId: e.target.value });
        }}
        options={[{ value: '', label: t('ui.none') }, ...(entity?.units ?? []).map((u) => ({ value: u.id, label: u.name }))]}
      />
      <PersonPicker
        label={t('ui.fube.holders')}
        hint={t('ui.fube.holders.hint')}
        value={draft.holderIds.map(personOf)}
        readOnly={!editable}
        search={{ entityId: draft.entityId }}
        onChange={(people) => {
          remember(people);
          update({ holderIds: people.map((p) => p.id) });
        }}
      />
      <PersonPicker
        label={t('ui.fube.manager')}
        hint={t('ui.fube.manager.hint')}
        single
        value={draft.managerId !== undefined ? [personOf(draft.managerId)] : []}
        readOnly={!editable}
        search={{ entityId: draft.entityId }}
        onChange={(people) => {
          remember(people);
          const { managerId: _m, ...rest } = draft;
          const chosen = people[0];
          setDraft(chosen === undefined ? rest : { ...rest, managerId: chosen.id });
        }}
      />
    </div>
  );
}

export function PurposeStep({ draft, setDraft, editable, family }: StepProps) {
  const { t } = useI18n();
  const set = (field: 'what' | 'goal', value: string) => setDraft({ ...draft, purpose: { ...draft.purpose, [field]: value } });
  return (
    <div>
      <h3>{t('ui.purpose.family')}</h3>
      <p>
        {family.purpose.what} <strong>{t('ui.family.goal')}</strong> {family.purpose.goal}
      </p>
      <p className="wg-hint">{t('ui.purpose.hint')}</p>
      <TextArea label={t('ui.purpose.what')} value={draft.purpose.what} readOnly={!editable} onChange={(e) => set('what', e.target.value)} />
      <TextArea label={t('ui.purpose.goal')} value={draft.purpose.goal} readOnly={!editable} onChange={(e) => set('goal', e.target.value)} />
    </div>
  );
}

function AddResultArea({ draft, setDraft }: Pick<StepProps, 'draft' | 'setDraft'>) {
  const { t, message: localize } = useI18n();
  const [area, setArea] = useState({ title: '', what: '', goal: '', activities: '' });
  const [errors, setErrors] = useState<DomainError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = addCustomResultArea(draft, { ...area, activities: lines(area.activities) });
    if (!added.ok) return setErrors(added.errors);
    setErrors([]);
    setArea({ title: '', what: '', goal: '', activities: '' });
    setDraft(added.value);
  };
  const errorOf = (field: string) => {
    const error = errors.find((e) => e.path === field);
    return error === undefined ? undefined : localize(error);
  };
  return (
    <form onSubmit={submit} className="wg-card" aria-labelledby="ra-add">
      <h3 id="ra-add">{t('ui.ra.add')}</h3>
      <TextField label={t('ui.ra.title')} value={area.title} error={errorOf('title')} onChange={(e) => setArea({ ...area, title: e.target.value })} />
      <TextArea label={t('ui.ra.what')} value={area.what} error={errorOf('what')} onChange={(e) => setArea({ ...area, what: e.target.value })} />
      <TextArea label={t('ui.ra.goal')} value={area.goal} error={errorOf('goal')} onChange={(e) => setArea({ ...area, goal: e.target.value })} />
      <TextArea label={t('ui.ra.activities')} value={area.activities} onChange={(e) => setArea({ ...area, activities: e.target.value })} />
      <Button type="submit" variant="secondary">
        {t('ui.ra.add.submit')}
      </Button>
    </form>
  );
}

type AreaField = 'title' | 'what' | 'goal' | 'activities';

/**
 * One result area of the FUBE. The fields keep the typed text (the domain trims what it
 * stores); a text the domain refuses, such as an empty title, shows its error at the field.
 */
function ResultAreaCard({ index, draft, setDraft, family, editable }: Omit<StepProps, 'view' | 'saveNow'> & { index: number }) {
  const { t, message: localize } = useI18n();
  const area = draft.resultAreas[index];
  const [text, setText] = useState<Record<AreaField, string>>({
    title: area?.title ?? '',
    what: area?.what ?? '',
    goal: area?.goal ?? '',
    activities: area?.activities.join('\n') ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<AreaField, string>>>({});
  const [removeErrors, setRemoveErrors] = useState<DomainError[]>([]);
  if (area === undefined) return null;
  const change = (field: AreaField, value: string) => {
    setText({ ...text, [field]: value });
    const result = field === 'activities' ? setActivities(draft, index, lines(value)) : editResultArea(draft, index, { [field]: value });
    const refused = result.ok ? undefined : result.errors[0];
    setErrors({ ...errors, [field]: refused === undefined ? undefined : localize(refused) });
    if (result.ok) setDraft(result.value);
  };
  const criterionName = family.criteria.find((c) => c.id === area.criterionId)?.name ?? area.criterionId ?? '';
  return (
    <section className="wg-card" aria-labelledby={`ra-${index}`}>
      <h4 id={`ra-${index}`}>
        {t('ui.ra.number', { n: index + 1, title: area.title })} <span className="wg-badge">{t(`ui.ra.origin.${area.origin}`)}</span>
      </h4>
      {area.origin === 'rg' && <p>{t('ui.ra.required-by', { criterion: criterionName, value: area.criterionValue ?? 0 })}</p>}
      {area.origin === 'rg' && missingChoices(draft, family).some((m) => m.criterion.id === area.criterionId) && (
        <Alert tone="warning">{t('ui.alternatives.choose-in-weighing')}</Alert>
      )}
      <TextField label={t('ui.ra.title')} value={text.title} error={errors.title} readOnly={!editable} onChange={(e) => change('title', e.target.value)} />
      <TextArea label={t('ui.ra.what')} value={text.what} error={errors.what} readOnly={!editable} onChange={(e) => change('what', e.target.value)} />
      <TextArea label={t('ui.ra.goal')} value={text.goal} error={errors.goal} readOnly={!editable} onChange={(e) => change('goal', e.target.value)} />
      <TextArea label={t('ui.ra.activities')} value={text.activities} readOnly={!editable} onChange={(e) => change('activities', e.target.value)} />
      <DomainErrors errors={removeErrors} />
      {editable && area.origin !== 'rg' && (
        <Button
          variant="secondary"
          onClick={() => {
            const removed = removeResultArea(draft, family, index);
            if (removed.ok) setDraft(removed.value);
            else setRemoveErrors(removed.errors);
          }}
        >
          {t('ui.ra.remove', { title: area.title })}
        </Button>
      )}
    </section>
  );
}

export function ResultAreasStep({ draft, setDraft, editable, family }: StepProps) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<DomainError[]>([]);
  const chosenIds = draft.resultAreas.filter((a) => a.origin === 'family').map((a) => a.resultAreaId ?? '');
  const apply = (result: { ok: true; value: FubeContent } | { ok: false; errors: DomainError[] }) => {
    if (result.ok) {
      setErrors([]);
      setDraft(result.value);
    } else setErrors(result.errors);
  };
  const toggle = (id: string, on: boolean) =>
    // Keep the family's order so the FUBE reads like the family document.
    apply(chooseResultAreas(draft, family, family.resultAreas.map((a) => a.id).filter((x) => (x === id ? on : chosenIds.includes(x)))));
  return (
    <div>
      <DomainErrors errors={errors} />
      <fieldset className="wg-fieldset">
        <legend>{t('ui.ra.family')}</legend>
        <p className="wg-hint">{t('ui.ra.family.hint')}</p>
        {family.resultAreas.map((area) => (
          <label key={area.id} className="wg-choice">
            <input type="checkbox" checked={chosenIds.includes(area.id)} disabled={!editable} onChange={(e) => toggle(area.id, e.target.checked)} />
            <span>
              <strong>{area.title}</strong>
              <span className="wg-choice__meta">{area.what}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <h3>{t('ui.ra.chosen')}</h3>
      {draft.resultAreas.length === 0 && <p>{t('ui.ra.none')}</p>}
      {draft.resultAreas.map((area, i) => (
        <ResultAreaCard
          key={`${area.origin}-${area.resultAreaId ?? area.criterionId ?? 'eigen'}-${area.origin === 'custom' ? i : ''}`}
          index={i}
          draft={draft}
          setDraft={setDraft}
          family={family}
          editable={editable}
        />
      ))}
      {editable && <AddResultArea draft={draft} setDraft={setDraft} />}
    </div>
  );
}

export function KnowledgeStep({ view, draft, setDraft, editable, family }: StepProps) {
  const { t } = useI18n();
  const expertise = expertiseOf(draft, family);
  return (
    <div>
      {expertise === undefined ? (
        <Alert>
          {t('ui.knowledge.no-level')} <Link to={`/fubes/${encodeURIComponent(view.id)}/weging`}>{t('ui.knowledge.to-weighing')}</Link>
        </Alert>
      ) : (
        <>
          <p className="wg-pre">{expertise.instruction}</p>
          <h3>{t('ui.knowledge.family', { level: expertise.level })}</h3>
          <p className="wg-pre">{expertise.knowledge}</p>
          <h3>{t('ui.knowledge.education')}</h3>
          <p className="wg-pre">{expertise.educationAndExperience}</p>
        </>
      )}
      <TextArea
        label={t('ui.knowledge.specific')}
        hint={family.expertise.instruction}
        rows={6}
        value={draft.specificKnowledge}
        readOnly={!editable}
        onChange={(e) => setDraft({ ...draft, specificKnowledge: e.target.value })}
      />
    </div>
  );
}
