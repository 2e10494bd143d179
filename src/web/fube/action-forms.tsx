import { type FormEvent, type ReactNode, useState } from 'react';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import type { Step } from '../../api/fubes.js';
import type { CommitteeMember } from '../../domain/workflow/schema.js';
import { useEntities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { type PickedPerson, PersonPicker, usePersonNames } from '../ui/person-picker.js';
import { actionLabel } from '../ui/labels.js';
import { RadioGroup } from '../ui/radio-group.js';

/** Actions that need data: each gets a form that builds the domain's action object. */
export const ACTIONS_WITH_FORM = new Set(['validate', 'decide-appeal', 'record-talk']);

type Submit = (action: Step) => void;

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

/** A committee member as the form holds them: the person picked, their role in the committee and training. */
interface MemberChoice {
  person: PickedPerson;
  role: CommitteeMember['role'];
}

/** The committee role a picked person most likely has, from the roles of their account. */
const committeeRoleOf = (person: PickedPerson): CommitteeMember['role'] =>
  person.roles?.includes('hr') === true ? 'hr' : person.roles?.includes('manager') === true ? 'manager' : 'other';

/** Validation: the committee (with its outside, trained HR member), its advice, the motivated decision. */
function ValidateForm({ view, family, submit, pending }: { view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const entities = useEntities();
  const suggested = view.content.decision?.class ?? view.weighing?.class;
  const [members, setMembers] = useState<MemberChoice[]>([]);
  const [advice, setAdvice] = useState('');
  const [adviceClass, setAdviceClass] = useState('');
  const [cls, setCls] = useState(String(suggested ?? family.levels[0]?.classes[0] ?? ''));
  const [motivation, setMotivation] = useState('');
  const options = classOptions(family, (c, l) => t('ui.decision.class-option', { class: c, level: l }));
  const setMember = (i: number, patch: Partial<MemberChoice>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const pickMembers = (people: PickedPerson[]) =>
    setMembers(
      people.map(
        (person) =>
          members.find((m) => m.person.id === person.id) ?? { person, role: committeeRoleOf(person) },
      ),
    );
  const entityName = (id: string | null) => (id === null ? t('ui.people.entity-unknown') : (entities.data?.find((e) => e.id === id)?.name ?? id));
  return (
    <ActionForm
      type="validate"
      pending={pending}
      onSubmit={() =>
        // The validator is whoever signs in and validates; the members' entities and training are the organisation's facts.
        submit({
          type: 'validate',
          committee: { members: members.map((m) => ({ personId: m.person.id, role: m.role })) },
          advice: { text: advice, ...(adviceClass !== '' ? { class: Number(adviceClass) } : {}) },
          decision: { class: Number(cls), motivation },
        })
      }
    >
      <p>{t('ui.validate.validator.self')}</p>
      <p className="wg-hint">{t('ui.validate.committee.hint')}</p>
      <PersonPicker label={t('ui.validate.members')} hint={t('ui.validate.members.hint')} value={members.map((m) => m.person)} search={{ purpose: 'committee' }} exclude={view.abilities.committeeExcluded} onChange={pickMembers} />
      {members.map((m, i) => (
        <fieldset key={m.person.id} className="wg-fieldset">
          <legend>{t('ui.validate.member', { n: i + 1, name: m.person.name })}</legend>
          <p>{t('ui.validate.member.entity', { entity: entityName(m.person.entityId) })}</p>
          <SelectField
            label={t('ui.validate.member.role')}
            value={m.role}
            onChange={(e) => setMember(i, { role: e.target.value as CommitteeMember['role'] })}
            options={(['hr', 'manager', 'other'] as const).map((r) => ({ value: r, label: t(`ui.validate.member.role.${r}`) }))}
          />
          <p>{m.person.trainedInMethod === true ? t('ui.validate.member.trained') : t('ui.validate.member.untrained')}</p>
        </fieldset>
      ))}
      <TextArea label={t('ui.validate.advice')} value={advice} onChange={(e) => setAdvice(e.target.value)} />
      <SelectField label={t('ui.validate.advice-class')} value={adviceClass} onChange={(e) => setAdviceClass(e.target.value)} options={[{ value: '', label: t('ui.none') }, ...options]} />
      <SelectField label={t('ui.validate.decision-class')} value={cls} onChange={(e) => setCls(e.target.value)} options={options} />
      <TextArea label={t('ui.validate.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
    </ActionForm>
  );
}

/**
 * The appeal committee's decision on one open appeal: the outcome (onontvankelijk with the
 * reason, ongegrond, gegrond with another class), who sat on the committee, the hearing
 * date and who was heard. Members are named by their person id (the committee has no people picker).
 */
function AppealDecisionForm({ view, family, submit, pending }: { view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const open = (view.workflow.appeals ?? []).filter((a) => a.decision === undefined);
  const [appealId, setAppealId] = useState(open[0]?.id ?? '');
  const [outcome, setOutcome] = useState<'upheld' | 'rejected' | 'inadmissible'>('rejected');
  const options = classOptions(family, (c, l) => t('ui.decision.class-option', { class: c, level: l }));
  const [cls, setCls] = useState(options[0]?.value ?? '');
  const [motivation, setMotivation] = useState('');
  const [members, setMembers] = useState('');
  const [hearingOn, setHearingOn] = useState('');
  const [heard, setHeard] = useState('');
  const list = (value: string) => value.split(/[,\n]/).map((v) => v.trim()).filter((v) => v !== '');
  return (
    <ActionForm
      type="decide-appeal"
      pending={pending}
      onSubmit={() =>
        submit({
          type: 'decide-appeal',
          ...(appealId !== '' ? { appealId } : {}),
          outcome,
          ...(outcome === 'upheld' ? { class: Number(cls) } : {}),
          motivation,
          committee: { members: list(members).map((personId) => ({ personId })) },
          hearingOn,
          heard: list(heard),
        })
      }
    >
      {open.length > 1 && (
        <SelectField label={t('ui.appeal-file.which')} value={appealId} onChange={(e) => setAppealId(e.target.value)} options={open.map((a) => ({ value: a.id, label: a.id }))} />
      )}
      <RadioGroup
        name="uitspraak"
        legend={t('ui.appeal-decision.outcome')}
        value={outcome}
        onChange={(v) => setOutcome(v === 'upheld' ? 'upheld' : v === 'inadmissible' ? 'inadmissible' : 'rejected')}
        choices={[
          { value: 'inadmissible', label: t('ui.appeal-decision.inadmissible') },
          { value: 'rejected', label: t('ui.appeal-decision.rejected') },
          { value: 'upheld', label: t('ui.appeal-decision.upheld') },
        ]}
      />
      {outcome === 'upheld' && <SelectField label={t('ui.decision.class')} value={cls} onChange={(e) => setCls(e.target.value)} options={options} />}
      <TextArea label={t('ui.decision.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      <TextField label={t('ui.appeal-decision.members')} value={members} onChange={(e) => setMembers(e.target.value)} />
      <TextField label={t('ui.appeal-decision.hearing')} type="date" value={hearingOn} onChange={(e) => setHearingOn(e.target.value)} />
      <TextField label={t('ui.appeal-decision.heard')} value={heard} onChange={(e) => setHeard(e.target.value)} />
    </ActionForm>
  );
}

function RecordTalkForm({ view, submit, pending }: { view: FubeView; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const { personOf } = usePersonNames(view.people);
  const [holderId, setHolderId] = useState(view.content.holderIds[0] ?? '');
  const [note, setNote] = useState('');
  const [heldOn, setHeldOn] = useState('');
  return (
    <ActionForm type="record-talk" pending={pending} onSubmit={() => submit({ type: 'record-talk', holderId, note, ...(heldOn !== '' ? { heldOn } : {}) })}>
      <SelectField label={t('ui.talk.holder')} value={holderId} onChange={(e) => setHolderId(e.target.value)} options={view.content.holderIds.map((h) => ({ value: h, label: personOf(h).name }))} />
      <TextField label={t('ui.thread.held-on')} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      <TextArea label={t('ui.talk.note')} value={note} onChange={(e) => setNote(e.target.value)} />
    </ActionForm>
  );
}

/** The form of one data-carrying action; the server (and the domain rules) judge the content. */
export function ActionWithForm({ type, view, family, submit, pending }: { type: string; view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  switch (type) {
    case 'validate':
      return <ValidateForm view={view} family={family} submit={submit} pending={pending} />;
    case 'decide-appeal':
      return <AppealDecisionForm view={view} family={family} submit={submit} pending={pending} />;
    case 'record-talk':
      return <RecordTalkForm view={view} submit={submit} pending={pending} />;
    default:
      return null;
  }
}
