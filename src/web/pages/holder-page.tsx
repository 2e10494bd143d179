import { type FormEvent, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import { explain, explainStanding } from '../../domain/weighing/explain.js';
import { AppealFilePanel } from '../fube/appeal-file-panel.js';
import { useAppealFiles, useAddRemark, useAppeal, useFamily, useFube, useRemarks, useTransition } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { DeadlineText } from '../ui/deadline.js';
import { TextArea } from '../ui/field.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { FubeDocument } from './print-page.js';
import { LettersPanel } from '../notifications/letters-panel.js';
import { ThreadsPanel } from '../fube/threads-panel.js';

/** The holder's own view: the FUBE, the class and why in plain words, remarks and appeal. */
export default function HolderPage() {
  const { id = '' } = useParams();
  const fube = useFube(id);
  const { t } = useI18n();
  return <QueryState query={fube} heading={t('ui.fube.unavailable')}>{(view) => <HolderWithFamily view={view} />}</QueryState>;
}

function HolderWithFamily({ view }: { view: FubeView }) {
  const family = useFamily(view.content.familyId, view.content.familyVersion);
  return <QueryState query={family}>{(doc) => <HolderView view={view} family={doc.family} />}</QueryState>;
}

function HolderView({ view, family }: { view: FubeView; family: Family }) {
  const i18n = useI18n();
  const { t } = i18n;
  const separate = view.content.unassignable;
  const decided = view.workflow.validation ?? view.content.decision ?? separate;
  const upheldDecision = (view.workflow.appeals ?? []).filter((a) => a.decision?.outcome === 'upheld' && a.decision.class !== undefined).at(-1)?.decision;
  const upheld = upheldDecision?.class;
  // An appeal upheld into another family: the class stands in that family.
  const other = useFamily(upheldDecision?.familyId !== undefined && upheldDecision.familyId !== family.id ? upheldDecision.familyId : undefined);
  const inFamily = other.data?.family ?? family;
  const cls = upheld ?? decided?.class;
  const level = inFamily.levels.find((l) => cls !== undefined && l.classes.includes(cls))?.level;
  // The explanation in the reader's language, from the same result the server stored.
  // After an appeal upheld into another family, it first says where the function stands now.
  const standing = other.data?.family;
  const explanation = useMemo(() => {
    if (view.weighing === null || separate !== undefined) return null;
    const text = explain(view.weighing, family, i18n.locale, 'holder', view.content.weighing?.alternatives);
    return standing !== undefined && upheld !== undefined ? explainStanding(text, family, { name: standing.name, class: upheld }, i18n.locale) : text;
  }, [view.weighing, view.content.weighing?.alternatives, separate, family, i18n.locale, standing, upheld]);
  const canAppeal = view.abilities.actions.includes('appeal');
  // A holder's file holds only their own appeals (the server filters it).
  const files = useAppealFiles(view.id, view.abilities.appeals === 'own' && (view.workflow.appeals ?? []).length > 0);
  const ownAppeal = files.data?.appeals.at(-1);
  const canRemark = view.abilities.actions.includes('remark');
  return (
    <>
      <PageTitle title={t('ui.holder.title', { title: view.content.title })}>{t('ui.holder.title', { title: view.content.title })}</PageTitle>
      <p>{t('ui.holder.intro')}</p>
      <p>{t('ui.fube.state', { state: stateLabel(i18n, view.state) })}</p>
      <section aria-labelledby="holder-class">
        <h2 id="holder-class">{t('ui.holder.class')}</h2>
        {/* An unassignable function: the separate method's class, no family or level (DOMAIN.md §5.7). */}
        <p>
          {separate !== undefined && cls !== undefined
            ? t('ui.unassignable.current', { class: cls, method: separate.method, motivation: separate.motivation })
            : cls === undefined || level === undefined
              ? t('ui.holder.no-class')
              : t('ui.holder.class-value', { family: inFamily.name, level, class: cls })}
        </p>
        {explanation !== null && (
          <>
            <h3>{t('ui.holder.explanation')}</h3>
            <p className="wg-pre">{explanation}</p>
          </>
        )}
      </section>
      {view.deadlines.length > 0 && (
        <section aria-labelledby="holder-deadlines">
          <h2 id="holder-deadlines">{t('ui.workflow.deadlines')}</h2>
          <ul>
            {view.deadlines.map((d, i) => (
              <li key={i}>
                <DeadlineText deadline={d} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Remarks view={view} canRemark={canRemark} />
      {view.abilities.actions.includes('request-talk') && <TalkRequest view={view} />}
      <LettersPanel fubeId={view.id} />
      <section aria-labelledby="holder-appeal">
        <h2 id="holder-appeal">{t('ui.holder.appeal')}</h2>
        <p>{t('ui.holder.appeal.rule')}</p>
        {canAppeal ? (
          <AppealForm view={view} />
        ) : ownAppeal !== undefined ? (
          // The form leaves once the appeal is stored; this confirms it and stays until the decision is known.
          ownAppeal.decision === null ? (
            <Alert tone="success" live>
              <p>{t('ui.holder.appeal.sent')}</p>
              <p>{t('ui.holder.appeal.lodged', { date: i18n.date(ownAppeal.receivedOn), until: i18n.date(ownAppeal.committeeMeetsBy) })}</p>
            </Alert>
          ) : null
        ) : (
          <p>{t('ui.holder.appeal.closed')}</p>
        )}
      </section>
      <AppealFilePanel view={view} />
      <section aria-labelledby="holder-document">
        <h2 id="holder-document">{t('ui.holder.document')}</h2>
        <p>
          <Link to={`/fubes/${encodeURIComponent(view.id)}/print`}>{t('ui.editor.print')}</Link>
        </p>
        <FubeDocument view={view} family={family} headingLevel={3} />
      </section>
    </>
  );
}

function Remarks({ view, canRemark }: { view: FubeView; canRemark: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const remarks = useRemarks(view.id);
  const add = useAddRemark(view.id);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    add.mutate({ text: text.trim() }, { onSuccess: () => setText('') });
  };
  return (
    <section aria-labelledby="holder-remarks">
      <h2 id="holder-remarks">{t('ui.holder.remarks')}</h2>
      {view.abilities.threads !== 'none' ? (
        // The holder's own thread: their remarks and talk request with the answers of HR and the manager.
        <ThreadsPanel view={view} />
      ) : (
        <QueryState query={remarks}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('ui.holder.remarks.none')}</p>
            ) : (
              <ul>
                {list.map((r) => (
                  <li key={r.id}>
                    <span className="wg-choice__meta">{i18n.dateTime(r.at)}</span>
                    <span className="wg-pre">{r.text}</span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
      {canRemark && (
        <form onSubmit={submit}>
          <div role="status">{add.isSuccess && <Alert tone="success">{t('ui.holder.remark.sent')}</Alert>}</div>
          {add.error !== null && <ErrorMessage error={add.error} />}
          <TextArea label={t('ui.holder.remark.text')} hint={t('ui.holder.remark.hint')} value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" disabled={add.isPending}>
            {t('ui.holder.remark.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}

function AppealForm({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const appeal = useAppeal(view.id);
  const [grounds, setGrounds] = useState<('family' | 'class')[]>([]);
  const [motivation, setMotivation] = useState('');
  const [tried, setTried] = useState(false);
  const appealUntil = view.deadlines.find((d) => d.code === 'appeal-until') ?? null;
  const toggle = (g: 'family' | 'class', on: boolean) => setGrounds(on ? [...grounds, g] : grounds.filter((x) => x !== g));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (grounds.length === 0 || motivation.trim() === '') return;
    appeal.mutate({ grounds, motivation: motivation.trim() });
  };
  if (appeal.isSuccess)
    return (
      <Alert tone="success" live>
        {t('ui.holder.appeal.sent')}
      </Alert>
    );
  return (
    <form onSubmit={submit} noValidate>
      <p>
        <DeadlineText deadline={appealUntil} />
      </p>
      {appeal.error !== null && <ErrorMessage error={appeal.error} />}
      <fieldset className="wg-fieldset" aria-describedby={tried && grounds.length === 0 ? 'appeal-grounds-error' : undefined}>
        <legend>{t('ui.holder.appeal.grounds')}</legend>
        {tried && grounds.length === 0 && (
          <p id="appeal-grounds-error" className="wg-field-error">
            {t('ui.holder.appeal.need-ground')}
          </p>
        )}
        {(['family', 'class'] as const).map((g) => (
          <label key={g} className="wg-choice">
            <input type="checkbox" checked={grounds.includes(g)} onChange={(e) => toggle(g, e.target.checked)} />
            <span>{t(`ui.holder.appeal.ground.${g}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        label={t('ui.holder.appeal.motivation')}
        value={motivation}
        error={tried && motivation.trim() === '' ? t('ui.login.required') : undefined}
        onChange={(e) => setMotivation(e.target.value)}
      />
      <Button type="submit" disabled={appeal.isPending}>
        {t('ui.holder.appeal.submit')}
      </Button>
    </form>
  );
}

/** Asks for a talk with the manager before validation (the deadline shows in the list above). */
function TalkRequest({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const transition = useTransition(view.id);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate(
      { baseRevision: view.revision, action: { type: 'request-talk', ...(note.trim() !== '' ? { note: note.trim() } : {}) } },
      { onSuccess: () => setSent(true) },
    );
  };
  return (
    <section aria-labelledby="holder-talk">
      <h2 id="holder-talk">{t('ui.holder.talk')}</h2>
      <p>{t('ui.holder.talk.hint')}</p>
      <div role="status">{sent && <Alert tone="success">{t('ui.holder.talk.sent')}</Alert>}</div>
      {transition.error !== null && <ErrorMessage error={transition.error} />}
      {!sent && (
        <form onSubmit={submit}>
          <TextArea label={t('ui.holder.talk.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" variant="secondary" disabled={transition.isPending}>
            {t('ui.holder.talk')}
          </Button>
        </form>
      )}
    </section>
  );
}
