import { type FormEvent, type ReactNode, useState } from 'react';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import type { Step } from '../../api/fubes.js';
import type { CommitteeMember } from '../../domain/workflow/schema.js';
import { useAppealFiles, useEntities, useFamilies, useFamily, useRegisterAppeal } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { ErrorMessage } from '../ui/query-state.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { type PickedPerson, PersonPicker, usePersonNames } from '../ui/person-picker.js';
import { actionLabel } from '../ui/labels.js';
import { RadioGroup } from '../ui/radio-group.js';

/** Actions that need data: each gets a form that builds the domain's action object. */
export const ACTIONS_WITH_FORM = new Set(['validate', 'decide-appeal', 'register-appeal', 'record-talk']);

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
  const [effectiveFrom, setEffectiveFrom] = useState('');
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
          decision: { class: Number(cls), motivation, ...(effectiveFrom !== '' ? { effectiveFrom } : {}) },
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
      <TextField
        label={t('ui.validate.effective-from')}
        hint={t('ui.validate.effective-from.hint')}
        type="date"
        value={effectiveFrom}
        onChange={(e) => setEffectiveFrom(e.target.value)}
      />
    </ActionForm>
  );
}

/**
 * The appeal committee's decision on one open appeal: the outcome (onontvankelijk with the
 * reason, ongegrond, gegrond with another class), who sat on the committee (picked by name
 * among the appeal committee's and HR people), the hearing date and who was heard (the
 * appellants and their representative ticked, others by name).
 */
function AppealDecisionForm({ view, family, submit, pending }: { view: FubeView; family: Family; submit: Submit; pending: boolean }) {
  const { t } = useI18n();
  const entities = useEntities();
  const files = useAppealFiles(view.id, true);
  const open = (view.workflow.appeals ?? []).filter((a) => a.decision === undefined);
  const [chosen, setAppealId] = useState(open[0]?.id ?? '');
  // After a decision the form stays: the appeal chosen is then decided, and the next open one is meant.
  const appealId = open.some((a) => a.id === chosen) ? chosen : (open[0]?.id ?? '');
  const [outcome, setOutcome] = useState<'upheld' | 'rejected' | 'inadmissible'>('rejected');
  // An appeal against the family may be upheld into another published family, with a class of that family.
  const families = useFamilies();
  const [familyId, setFamilyId] = useState(family.id);
  const against = (view.workflow.appeals ?? []).find((a) => a.id === appealId);
  const familyContested = against?.grounds.includes('family') === true;
  const otherFamily = useFamily(familyContested && familyId !== family.id ? familyId : undefined);
  const classesOf = familyContested && familyId !== family.id ? otherFamily.data?.family : family;
  const options = classesOf === undefined ? [] : classOptions(classesOf, (c, l) => t('ui.decision.class-option', { class: c, level: l }));
  const [chosenClass, setCls] = useState(options[0]?.value ?? '');
  const cls = options.some((o) => o.value === chosenClass) ? chosenClass : (options[0]?.value ?? '');
  const [motivation, setMotivation] = useState('');
  const [members, setMembers] = useState<PickedPerson[]>([]);
  const [hearingOn, setHearingOn] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const file = files.data?.appeals.find((a) => a.id === appealId);
  const nameOf = (id: string) => files.data?.people.find((p) => p.id === id)?.name ?? view.people.find((p) => p.id === id)?.name ?? t('ui.person.unknown');
  // Who can be ticked as heard: the appellants by name, and the representative the appeal came through.
  const heardChoices = [
    ...(file?.appellantIds ?? []).map((id) => nameOf(id)),
    ...(file?.representative != null && file.representative !== '' ? [file.representative] : []),
  ];
  const list = (value: string) => value.split(/[,\n]/).map((v) => v.trim()).filter((v) => v !== '');
  const toggle = (name: string, on: boolean) => setTicked(on ? [...ticked, name] : ticked.filter((n) => n !== name));
  const entityName = (id: string | null) => (id === null ? t('ui.people.entity-unknown') : (entities.data?.find((e) => e.id === id)?.name ?? id));
  return (
    <ActionForm
      type="decide-appeal"
      pending={pending}
      onSubmit={() =>
        submit({
          type: 'decide-appeal',
          ...(appealId !== '' ? { appealId } : {}),
          outcome,
          ...(outcome === 'upheld' ? { class: Number(cls), ...(familyContested && familyId !== family.id ? { familyId } : {}) } : {}),
          motivation,
          // The names, entities and training of the members are the organisation's facts, not the form's.
          committee: { members: members.map((m) => ({ personId: m.id })) },
          hearingOn,
          heard: [...heardChoices.filter((n) => ticked.includes(n)), ...list(others)],
        })
      }
    >
      {open.length > 1 && (
        <SelectField
          label={t('ui.appeal-file.which')}
          value={appealId}
          onChange={(e) => {
            setAppealId(e.target.value);
            setTicked([]);
          }}
          options={open.map((a) => ({ value: a.id, label: t('ui.appeal-file.appeal', { id: a.id, names: a.appellantIds.map(nameOf).join(', ') }) }))}
        />
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
      {outcome === 'upheld' && familyContested && (
        <SelectField
          label={t('ui.appeal-decision.family')}
          value={familyId}
          onChange={(e) => setFamilyId(e.target.value)}
          options={[
            { value: family.id, label: t('ui.appeal-decision.family-unchanged', { name: family.name }) },
            ...(families.data ?? []).filter((f) => f.id !== family.id && f.status === 'published').map((f) => ({ value: f.id, label: f.name })),
          ]}
        />
      )}
      {outcome === 'upheld' && <SelectField label={t('ui.decision.class')} value={cls} onChange={(e) => setCls(e.target.value)} options={options} />}
      <TextArea label={t('ui.decision.motivation')} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      <PersonPicker label={t('ui.appeal-decision.members')} hint={t('ui.appeal-decision.members.hint')} value={members} search={{ purpose: 'appeal-committee' }} onChange={setMembers} />
      {members.length > 0 && (
        <ul aria-label={t('ui.appeal-decision.members')}>
          {members.map((m) => (
            <li key={m.id}>
              {m.name} — {entityName(m.entityId)}
              {m.entityId !== view.content.entityId ? ` (${t('ui.appeal-decision.outside')})` : ''}
            </li>
          ))}
        </ul>
      )}
      <TextField label={t('ui.appeal-decision.hearing')} type="date" value={hearingOn} onChange={(e) => setHearingOn(e.target.value)} />
      <fieldset className="wg-fieldset">
        <legend>{t('ui.appeal-decision.heard')}</legend>
        {heardChoices.map((name) => (
          <label key={name} className="wg-choice">
            <input type="checkbox" checked={ticked.includes(name)} onChange={(e) => toggle(name, e.target.checked)} />
            <span>{name}</span>
          </label>
        ))}
        <TextField label={t('ui.appeal-decision.heard-others')} value={others} onChange={(e) => setOthers(e.target.value)} />
      </fieldset>
    </ActionForm>
  );
}

type Ground = 'family' | 'class' | 'text';
type Channel = 'letter' | 'email' | 'union';

/**
 * HR registers an appeal that came on paper, by e-mail or through a union representative,
 * for the holders who signed it (picked among the holders notified), with the day it was
 * received: a late one is registered too and the committee can then only find it inadmissible.
 */
function RegisterAppealForm({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const register = useRegisterAppeal(view.id);
  const { personOf } = usePersonNames(view.people);
  const holders = view.workflow.notification?.holderIds ?? view.content.holderIds;
  const [appellants, setAppellants] = useState<string[]>([]);
  const [receivedOn, setReceivedOn] = useState('');
  const [channel, setChannel] = useState<Channel>('letter');
  const [representative, setRepresentative] = useState('');
  const [grounds, setGrounds] = useState<Ground[]>([]);
  const [direction, setDirection] = useState<'higher' | 'lower'>('higher');
  const [motivation, setMotivation] = useState('');
  const [attachments, setAttachments] = useState('');
  const [tried, setTried] = useState(false);
  const toggle = <T,>(list: T[], set: (next: T[]) => void, value: T, on: boolean) => set(on ? [...list, value] : list.filter((x) => x !== value));
  const names = attachments.split(/[,\n]/).map((v) => v.trim()).filter((v) => v !== '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (appellants.length === 0 || grounds.length === 0 || receivedOn === '' || motivation.trim() === '') return;
    register.mutate(
      {
        appellantIds: appellants,
        grounds,
        ...(grounds.includes('class') ? { classDirection: direction } : {}),
        motivation: motivation.trim(),
        ...(names.length > 0 ? { attachments: names } : {}),
        channel,
        receivedOn,
        ...(channel === 'union' && representative.trim() !== '' ? { representative: representative.trim() } : {}),
      },
      {
        onSuccess: () => {
          setAppellants([]);
          setGrounds([]);
          setMotivation('');
          setAttachments('');
          setRepresentative('');
          setTried(false);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="wg-card" aria-labelledby="action-register-appeal" noValidate>
      <h4 id="action-register-appeal">{t('ui.action.register-appeal')}</h4>
      <p className="wg-hint">{t('ui.register-appeal.intro')}</p>
      <div role="status" aria-live="polite">
        {register.isSuccess && <Alert tone="success">{t('ui.register-appeal.done', { id: register.data.appealId })}</Alert>}
      </div>
      {register.error !== null && <ErrorMessage error={register.error} />}
      <fieldset className="wg-fieldset">
        <legend>{t('ui.register-appeal.holders')}</legend>
        {tried && appellants.length === 0 && <p className="wg-field-error">{t('ui.register-appeal.need-holder')}</p>}
        {holders.map((id) => (
          <label key={id} className="wg-choice">
            <input type="checkbox" checked={appellants.includes(id)} onChange={(e) => toggle(appellants, setAppellants, id, e.target.checked)} />
            <span>{personOf(id).name}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('ui.register-appeal.received-on')}
        type="date"
        required
        value={receivedOn}
        error={tried && receivedOn === '' ? t('ui.login.required') : undefined}
        onChange={(e) => setReceivedOn(e.target.value)}
      />
      <SelectField
        label={t('ui.register-appeal.channel')}
        value={channel}
        onChange={(e) => setChannel(e.target.value === 'email' ? 'email' : e.target.value === 'union' ? 'union' : 'letter')}
        options={(['letter', 'email', 'union'] as const).map((c) => ({ value: c, label: t(`ui.appeal-file.channel.${c}`) }))}
      />
      {channel === 'union' && <TextField label={t('ui.register-appeal.representative')} value={representative} onChange={(e) => setRepresentative(e.target.value)} />}
      <fieldset className="wg-fieldset">
        <legend>{t('ui.register-appeal.grounds')}</legend>
        {tried && grounds.length === 0 && <p className="wg-field-error">{t('ui.holder.appeal.need-ground')}</p>}
        {(['family', 'class', 'text'] as const).map((g) => (
          <label key={g} className="wg-choice">
            <input type="checkbox" checked={grounds.includes(g)} onChange={(e) => toggle(grounds, setGrounds, g, e.target.checked)} />
            <span>{t(`ui.appeal-file.ground.${g}`)}</span>
          </label>
        ))}
      </fieldset>
      {grounds.includes('class') && (
        <SelectField
          label={t('ui.register-appeal.direction')}
          value={direction}
          onChange={(e) => setDirection(e.target.value === 'lower' ? 'lower' : 'higher')}
          options={(['higher', 'lower'] as const).map((d) => ({ value: d, label: t(`ui.register-appeal.direction.${d}`) }))}
        />
      )}
      <TextArea
        label={t('ui.register-appeal.motivation')}
        value={motivation}
        error={tried && motivation.trim() === '' ? t('ui.login.required') : undefined}
        onChange={(e) => setMotivation(e.target.value)}
      />
      <TextField label={t('ui.register-appeal.attachments')} value={attachments} onChange={(e) => setAttachments(e.target.value)} />
      <Button type="submit" disabled={register.isPending}>
        {t('ui.action.register-appeal')}
      </Button>
    </form>
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
    case 'register-appeal':
      return <RegisterAppealForm view={view} />;
    case 'record-talk':
      return <RecordTalkForm view={view} submit={submit} pending={pending} />;
    default:
      return null;
  }
}
