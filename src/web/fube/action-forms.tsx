import { type FormEvent, type ReactNode, useState } from 'react';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import type { CommitteeMember, WorkflowAction } from '../../domain/workflow/schema.js';
import { useEntities, useMe } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { actionLabel } from '../ui/labels.js';
import { RadioGroup } from '../ui/radio-group.js';

/** Actions that need data: each gets a form that builds the domain's action object. */
export const ACTIONS_WITH_FORM = new Set(['validate', 'decide-appeal', 'record-talk', 'decide-unassignable']);

type Submit = (action: WorkflowAction) => void;

function ActionForm({ type, onSubmit, pending, children }: { type: string; onSubmit(): void; pending: boolean; children: ReactNode }) {
  const i18n = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} className="wg-card" aria-labelledby={`action-${type}`}>
      <h4 id={`action-${type}`}>{actionLabel(i18n, type)}</h4>
      {children}
      <Button type="submit" disabled={pending}>
        {actionLabel(i18n, type)}
      </Button>
    </form>
  );
}

const classOptions = (family: Family, label: (c: number, l: number) => string) =>
  family.levels.flatMap((l) => l.classes.map((c) => ({ value: String(c), label: label(c, l.level) })));

const EMPTY_MEMBER: CommitteeMember = { personId: '', name: '', role: 'hr', entityId: '', trainedInMethod: true };

/** Validation: the committee (with its outside, trained HR member), its advice, the motivated decision. */
function ValidateForm({ view, family, submit, pending }: { view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const me = useMe();
  const entities = useEntities();
  const suggested = view.content.decision?.class ?? view.weighing?.class;
  const [members, setMembers] = useState<CommitteeMember[]>([{ ...EMPTY_MEMBER }]);
  const [advice, setAdvice] = useState('');
  const [adviceClass, setAdviceClass] = useState('');
  const [cls, setCls] = useState(String(suggested ?? family.levels[0]?.classes[0] ?? ''));
  const [motivation, setMotivation] = useState('');
  const options = classOptions(family, (c, l) => t('ui.decision.class-option', { class: c, level: l }));
  const setMember = (i: number, patch: Partial<CommitteeMember>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <ActionForm
      type="validate"
      pending={pending}
      onSubmit={() =>
        submit({
          type: 'validate',
          validatorId: me.data?.personId ?? me.data?.id ?? '',
          committee: { members },
          advice: { text: advice, ...(adviceClass !== '' ? { class: Number(adviceClass) } : {}) },
          decision: { class: Number(cls), motivation },
        })
      }
    >
      <p className="wg-hint">{t('ui.validate.committee.hint')}</p>
      {members.map((m, i) => (
        <fieldset key={i} className="wg-fieldset">
          <legend>{t('ui.validate.member', { n: i + 1 })}</legend>
          <TextField label={t('ui.validate.member.name')} value={m.name} onChange={(e) => setMember(i, { name: e.target.value })} />
          <TextField label={t('ui.validate.member.person')} value={m.personId} onChange={(e) => setMember(i, { personId: e.target.value })} />
          <SelectField
            label={t('ui.validate.member.role')}
            value={m.role}
            onChange={(e) => setMember(i, { role: e.target.value as CommitteeMember['role'] })}
            options={(['hr', 'manager', 'other'] as const).map((r) => ({ value: r, label: t(`ui.validate.member.role.${r}`) }))}
          />
          <SelectField
            label={t('ui.validate.member.entity')}
            value={m.entityId}
            onChange={(e) => setMember(i, { entityId: e.target.value })}
            options={[{ value: '', label: '' }, ...(entities.data ?? []).map((e) => ({ value: e.id, label: e.name }))]}
          />
          <label className="wg-choice">
            <input type="checkbox" checked={m.trainedInMethod} onChange={(e) => setMember(i, { trainedInMethod: e.target.checked })} />
            <span>{t('ui.validate.member.trained')}</span>
          </label>
          {members.length > 1 && (
            <Button variant="secondary" onClick={() => setMembers(members.filter((_, j) => j !== i))}>
              {t('ui.validate.member.remove', { n: i + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="wg-actions">
        <Button variant="secondary" onClick={() => setMembers([...members, { ...EMPTY_MEMBER, role: 'manager', trainedInMethod: false }])}>
          {t('ui.validate.member.add')}
        </Button>
      </div>
      <TextArea label={t('ui.validate.advice')} value={advice} onChange={(e) => setAdvice(e.target.value)} />
      <SelectField label={t('ui.validate.advice-class')} value={adviceClass} onChange={(e) => setAdviceClass(e.target.value)} options={[{ value: '', label: t('ui.none') }, ...options]} />
      <SelectField label={t('ui.validate.decision-class')} value={cls} onChange={(e) => setCls(e.target.value)} options={options} />
      <TextArea label={t('ui.validate.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
    </ActionForm>
  );
}

function AppealDecisionForm({ family, submit, pending }: { family: Family; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('rejected');
  const options = classOptions(family, (c, l) => t('ui.decision.class-option', { class: c, level: l }));
  const [cls, setCls] = useState(options[0]?.value ?? '');
  const [motivation, setMotivation] = useState('');
  return (
    <ActionForm
      type="decide-appeal"
      pending={pending}
      onSubmit={() =>
        submit(outcome === 'upheld' ? { type: 'decide-appeal', outcome, class: Number(cls), motivation } : { type: 'decide-appeal', outcome, motivation })
      }
    >
      <RadioGroup
        name="uitspraak"
        legend={t('ui.appeal-decision.outcome')}
        value={outcome}
        onChange={(v) => setOutcome(v === 'upheld' ? 'upheld' : 'rejected')}
        choices={[
          { value: 'rejected', label: t('ui.appeal-decision.rejected') },
          { value: 'upheld', label: t('ui.appeal-decision.upheld') },
        ]}
      />
      {outcome === 'upheld' && <SelectField label={t('ui.decision.class')} value={cls} onChange={(e) => setCls(e.target.value)} options={options} />}
      <TextArea label={t('ui.decision.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
    </ActionForm>
  );
}

function RecordTalkForm({ view, submit, pending }: { view: FubeView; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const [holderId, setHolderId] = useState(view.content.holderIds[0] ?? '');
  const [note, setNote] = useState('');
  return (
    <ActionForm type="record-talk" pending={pending} onSubmit={() => submit({ type: 'record-talk', holderId, note })}>
      <SelectField label={t('ui.talk.holder')} value={holderId} onChange={(e) => setHolderId(e.target.value)} options={view.content.holderIds.map((h) => ({ value: h, label: h }))} />
      <TextArea label={t('ui.talk.note')} value={note} onChange={(e) => setNote(e.target.value)} />
    </ActionForm>
  );
}

function UnassignableForm({ submit, pending }: { submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const [method, setMethod] = useState('');
  const [cls, setCls] = useState('');
  const [motivation, setMotivation] = useState('');
  return (
    <ActionForm type="decide-unassignable" pending={pending} onSubmit={() => submit({ type: 'decide-unassignable', method, class: Number(cls), motivation })}>
      <TextField label={t('ui.unassignable.method')} value={method} onChange={(e) => setMethod(e.target.value)} />
      <TextField label={t('ui.unassignable.class')} inputMode="numeric" value={cls} onChange={(e) => setCls(e.target.value)} />
      <TextArea label={t('ui.decision.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
    </ActionForm>
  );
}

/** The form of one data-carrying action; the server (and the domain rules) judge the content. */
export function ActionWithForm({ type, view, family, submit, pending }: { type: string; view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  switch (type) {
    case 'validate':
      return <ValidateForm view={view} family={family} submit={submit} pending={pending} />;
    case 'decide-appeal':
      return <AppealDecisionForm family={family} submit={submit} pending={pending} />;
    case 'record-talk':
      return <RecordTalkForm view={view} submit={submit} pending={pending} />;
    case 'decide-unassignable':
      return <UnassignableForm submit={submit} pending={pending} />;
    default:
      return null;
  }
}
