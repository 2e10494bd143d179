import { type FormEvent, useState } from 'react';
import type { Step } from '../../api/fubes.js';
import type { CheckItem } from '../../api/messages.js';
import { localizeError } from '../../messages/index.js';
import { useEntities, useTransition } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { DeadlineText } from '../ui/deadline.js';
import { TextArea } from '../ui/field.js';
import { actionLabel, stateLabel } from '../ui/labels.js';
import { usePersonNames } from '../ui/person-picker.js';
import { ErrorMessage } from '../ui/query-state.js';
import { ACTIONS_WITH_FORM, ActionWithForm } from './action-forms.js';
import type { StepProps } from './step-props.js';
import { ThreadsPanel } from './threads-panel.js';
import { AppealFilePanel } from './appeal-file-panel.js';
import { LettersPanel } from '../notifications/letters-panel.js';

/** Actions this page can start: those without data, or with one reason text. */
const SIMPLE = new Set(['propose', 'notify', 'finalize']);
const WITH_REASON = new Set(['withdraw-proposal', 'revise']);

function actionOf(type: string, reason: string): Step | null {
  if (type === 'propose' || type === 'notify' || type === 'finalize') return { type };
  if (type === 'withdraw-proposal') return { type, motivation: reason };
  if (type === 'revise') return { type, reason };
  return null;
}

/** Who validated and who sat on the committee, by name (the view carries the names). */
function RecordedValidation({ view }: Pick<StepProps, 'view'>) {
  const { t } = useI18n();
  const entities = useEntities();
  const { personOf } = usePersonNames(view.people);
  const validation = view.workflow.validation;
  if (validation === undefined) return null;
  const entityName = (id: string) => entities.data?.find((e) => e.id === id)?.name ?? id;
  return (
    <section aria-labelledby="recorded-validation">
      <h3 id="recorded-validation">{t('ui.validate.recorded')}</h3>
      <p>{t('ui.validate.recorded.validator', { name: personOf(validation.validatorId).name })}</p>
      <h4>{t('ui.validate.recorded.committee')}</h4>
      <ul>
        {validation.committee.members.map((m) => {
          const known = view.people.find((p) => p.id === m.personId);
          return (
            <li key={m.personId}>
              {known?.name ?? m.name} — {t(`ui.validate.member.role.${m.role}`)}, {entityName(m.entityId)}
              {m.trainedInMethod && `, ${t('ui.people.trained')}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A reason that names a person by id (a holder whose talk is open) names them as the FUBE knows them. */
function withNames(reason: CheckItem, people: readonly { id: string; name: string }[]): CheckItem {
  if (reason.params === undefined) return reason;
  const params = Object.fromEntries(Object.entries(reason.params).map(([key, value]) => [key, typeof value === 'string' ? (people.find((p) => p.id === value)?.name ?? value) : value]));
  return { ...reason, params };
}

/** The workflow actions of the state and the deadline rules, visible before acting. */
export function WorkflowStep({ view, family }: StepProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const transition = useTransition(view.id);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  // Only what this caller may do now: the server computed it with the rules it enforces.
  const actions = view.abilities.actions.filter((a) => SIMPLE.has(a) || WITH_REASON.has(a));
  const withForm = view.abilities.actions.filter((a) => ACTIONS_WITH_FORM.has(a));
  const submit = (action: Step) =>
    transition.mutate({ baseRevision: view.revision, action }, { onSuccess: (next) => setDone(stateLabel(i18n, next.state)) });
  const run = (type: string) => (event: FormEvent) => {
    event.preventDefault();
    const action = actionOf(type, reason);
    if (action === null) return;
    transition.mutate({ baseRevision: view.revision, action }, { onSuccess: (next) => setDone(stateLabel(i18n, next.state)) });
  };
  return (
    <div>
      <h3>{t('ui.workflow.deadlines')}</h3>
      {view.deadlines.length === 0 ? (
        <p>{t('ui.workflow.no-deadlines')}</p>
      ) : (
        <ul>
          {view.deadlines.map((d, i) => (
            <li key={i}>
              <DeadlineText deadline={d} />
            </li>
          ))}
        </ul>
      )}
      {view.workflow.validation !== undefined && <RecordedValidation view={view} />}
      <ThreadsPanel view={view} />
      <AppealFilePanel view={view} />
      <LettersPanel fubeId={view.id} headingLevel={3} />
      <h3>{t('ui.workflow.rules')}</h3>
      <ul>
        <li>{t('ui.deadline.rule.validation')}</li>
        <li>{t('ui.deadline.rule.appeal')}</li>
        <li>{t('ui.deadline.rule.committee')}</li>
      </ul>
      <h3>{t('ui.workflow.actions')}</h3>
      <div role="status" aria-live="polite">
        {done !== null && <Alert tone="success">{t('ui.workflow.done', { state: done })}</Alert>}
      </div>
      {transition.error !== null && <ErrorMessage error={transition.error} />}
      {actions.length === 0 && withForm.length === 0 && <p>{t('ui.workflow.none')}</p>}
      {view.abilities.waiting.length > 0 && (
        <ul className="wg-waiting">
          {view.abilities.waiting.map((w) => (
            <li key={w.action}>
              {t('ui.workflow.waiting', { action: actionLabel(i18n, w.action) })} {w.reasons.map((r) => localizeError(withNames(r, view.people), i18n.locale)).join('; ')}
            </li>
          ))}
        </ul>
      )}
      {actions.some((a) => WITH_REASON.has(a)) && (
        <TextArea label={t('ui.workflow.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      )}
      <div className="wg-actions">
        {actions.map((a) => (
          <form key={a} onSubmit={run(a)}>
            <Button type="submit" variant={SIMPLE.has(a) ? 'primary' : 'secondary'} disabled={transition.isPending}>
              {actionLabel(i18n, a)}
            </Button>
          </form>
        ))}
      </div>
      {withForm.map((a) => (
        <ActionWithForm key={a} type={a} view={view} family={family} submit={submit} pending={transition.isPending} />
      ))}
    </div>
  );
}
