import { useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { setSpecificKnowledge } from '../../domain/fube/specific-knowledge.js';
import { isApiError } from '../api/client.js';
import { useFamily, useFube, useSaveFube } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { CopyFubePanel } from './copy-fube-panel.js';
import { HistoryStep } from './history-step.js';
import { DecisionStep, ProfileStep, ReviewStep } from './decision-steps.js';
import { IdentificationStep, KnowledgeStep, PurposeStep, ResultAreasStep } from './content-steps.js';
import { rebaseDraft } from './rebase-draft.js';
import { STEPS, type StepSlug, stepOf, stepOfPath } from './steps.js';
import { WeighingStep } from './weighing-step.js';
import { WorkflowStep } from './workflow-step.js';
import type { StepProps } from './step-props.js';
import { StepWording } from './wording-note.js';


/** The steps where the FUBE's own texts are written: their wording is checked as one types. */
const WORDING_STEPS: ReadonlySet<StepSlug> = new Set(['identificatie', 'doel', 'resultaatgebieden', 'kennis', 'klasse']);

export default function FubePage() {
  const { id = '', step } = useParams();
  const fube = useFube(id);
  const { t } = useI18n();
  return (
    <QueryState query={fube} heading={t('ui.fube.unavailable')}>
      {(view) => <FubeWithFamily view={view} step={stepOf(step)} />}
    </QueryState>
  );
}

function FubeWithFamily({ view, step }: { view: FubeView; step: StepSlug }) {
  const family = useFamily(view.content.familyId, view.content.familyVersion);
  return <QueryState query={family}>{(doc) => <FubeEditor key={view.id} view={view} family={doc.family} step={step} />}</QueryState>;
}

function Stepper({ id, current }: { id: string; current: StepSlug }) {
  const { t } = useI18n();
  return (
    <nav className="wg-stepper" aria-label={t('ui.stepper.label')}>
      <ol>
        {STEPS.map((s) => (
          <li key={s.slug}>
            <Link to={`/fubes/${encodeURIComponent(id)}/${s.slug}`} aria-current={s.slug === current ? 'step' : undefined}>
              {t(s.label)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** How long the editor waits after the last change before it saves the draft itself. */
export const AUTOSAVE_DELAY_MS = 1_500;

const sameContent = (a: FubeContent, b: FubeContent) => JSON.stringify(a) === JSON.stringify(b);

function FubeEditor({ view, family, step }: { view: FubeView; family: Family; step: StepSlug }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<FubeContent>(view.content);
  // The revision the draft was started from: a save sends it, so a stale save gets 409.
  const [base, setBase] = useState({ revision: view.revision, content: view.content });
  const [rebase, setRebase] = useState<'requested' | { revision: number; overlap: string[] } | null>(null);
  const [savedAt, setSavedAt] = useState<{ at: Date; revision: number } | null>(null);
  const save = useSaveFube(view.id);
  const current = useFube(view.id);
  // The latest draft and base for the save started by a timer, and whether a save is on its way.
  const latest = useRef({ draft, base });
  latest.current = { draft, base };
  const inFlight = useRef(false);
  const dirty = !sameContent(draft, base.content);
  // A newer revision from the server (saved elsewhere or a workflow step) replaces a draft
  // without changes; unsaved changes are never wiped: they are reapplied onto the newer
  // revision (rebase-draft.ts) after a 409 or when the user asks. Our own save is no news.
  if (view.revision > base.revision && !inFlight.current && (!dirty || rebase === 'requested' || sameContent(draft, view.content))) {
    const rebased = dirty ? rebaseDraft(base.content, draft, view.content) : { content: view.content, overlap: [] };
    setBase({ revision: view.revision, content: view.content });
    setDraft(rebased.content);
    setRebase(rebase === 'requested' ? { revision: view.revision, overlap: rebased.overlap } : null);
  }
  // The server says whether this caller may change this FUBE now (a draft, and theirs to write).
  const editable = view.abilities.edit;
  const index = STEPS.findIndex((s) => s.slug === step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const stepTitle = t(STEPS[index]?.label ?? 'ui.step.identification');
  const conflict = isApiError(save.error, 409) ? (save.error.problem?.currentRevision ?? null) : null;

  const reloadAndReapply = () => {
    save.reset();
    setRebase('requested');
    void current.refetch();
  };

  /**
   * Saves `content` (the draft by default) on the revision it started from. A 409 reloads the
   * current revision and reapplies the draft onto it; text typed while the save was on its way
   * stays in the form and is saved next.
   */
  const saveNow = (content?: FubeContent, then?: () => void) => {
    const sending = content ?? latest.current.draft;
    const from = latest.current.base;
    if (inFlight.current) return;
    if (sameContent(sending, from.content)) {
      then?.();
      return;
    }
    inFlight.current = true;
    save.mutate(
      { baseRevision: from.revision, content: setSpecificKnowledge(sending, sending.specificKnowledge) },
      {
        onSuccess: (saved) => {
          inFlight.current = false;
          setBase({ revision: saved.revision, content: saved.content });
          if (sameContent(latest.current.draft, sending)) setDraft(saved.content);
          setSavedAt({ at: new Date(), revision: saved.revision });
          then?.();
        },
        onError: (error) => {
          inFlight.current = false;
          if (isApiError(error, 409)) reloadAndReapply();
        },
      },
    );
  };
  const onSave = () => {
    // A click keeps the draft where both writers changed the same part (the user saw the notice).
    setRebase(null);
    saveNow();
  };

  // Autosave: a while after the last change, unless a reload is on its way or the reapplied
  // draft overlaps another writer's change (then the user decides with "Bewaren").
  const overlapOpen = rebase !== null && rebase !== 'requested' && rebase.overlap.length > 0;
  const autosave = editable && dirty && rebase !== 'requested' && !overlapOpen;
  useEffect(() => {
    if (!autosave) return;
    const timer = setTimeout(() => saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // saveNow reads the latest draft through a ref; a new draft or base restarts the wait.
  }, [autosave, draft, base.revision]);

  // Leaving with unsaved text: the browser asks on reload and close, the app on its own links.
  const unsaved = editable && (dirty || save.isPending);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const blocker = useBlocker(({ nextLocation }) => unsaved && !nextLocation.pathname.startsWith(`/fubes/${encodeURIComponent(view.id)}/`) && nextLocation.pathname !== `/fubes/${encodeURIComponent(view.id)}`);

  const partsOf = (paths: string[]) => [...new Set(paths.map((p) => t(STEPS.find((s) => s.slug === stepOfPath(p))?.label ?? 'ui.step.identification')))].join(', ');
  const saveState = save.isPending ? 'saving' : dirty ? 'dirty' : savedAt !== null ? 'saved' : 'clean';

  const props: StepProps = { view, family, draft, setDraft, editable, saveNow: (content) => saveNow(content) };
  const content = {
    identificatie: <IdentificationStep {...props} />,
    doel: <PurposeStep {...props} />,
    resultaatgebieden: <ResultAreasStep {...props} />,
    kennis: <KnowledgeStep {...props} />,
    weging: <WeighingStep {...props} />,
    klasse: <DecisionStep {...props} />,
    competenties: <ProfileStep {...props} />,
    nazicht: <ReviewStep {...props} dirty={dirty} />,
    proces: <WorkflowStep {...props} />,
    geschiedenis: <HistoryStep {...props} />,
  }[step];

  const heading = t('ui.fube.heading', { title: view.content.title });
  return (
    <>
      <PageTitle title={`${stepTitle} – ${view.content.title}`}>{heading}</PageTitle>
      <p>
        {t('ui.fube.revision', { revision: view.revision })} · {t('ui.fube.state', { state: stateLabel(i18n, view.state) })} ·{' '}
        {view.content.unassignable === undefined ? t('ui.fube.family-version', { name: family.name, version: family.version }) : t('ui.print.outside-families')} ·{' '}
        <Link to={`/fubes/${encodeURIComponent(view.id)}/print`}>{t('ui.editor.print')}</Link>
      </p>
      <CopyFubePanel view={view} />
      {view.inForceRevision !== null && view.inForceRevision !== view.revision && <Alert>{t('ui.fube.in-force', { revision: view.inForceRevision })}</Alert>}
      {!editable && <Alert tone="info">{t('ui.editor.readonly', { state: stateLabel(i18n, view.state) })}</Alert>}
      <Stepper id={view.id} current={step} />
      <p className="wg-hint">{t('ui.stepper.position', { n: index + 1, total: STEPS.length })}</p>
      <h2>{stepTitle}</h2>
      {blocker.state === 'blocked' && (
        <Alert tone="warning" live>
          <p>{t('ui.editor.leave.question')}</p>
          <div className="wg-actions">
            <Button onClick={() => saveNow(undefined, () => blocker.proceed())} disabled={save.isPending}>
              {t('ui.editor.leave.save')}
            </Button>
            <Button variant="secondary" onClick={() => blocker.proceed()}>
              {t('ui.editor.leave.discard')}
            </Button>
            <Button variant="secondary" onClick={() => blocker.reset()}>
              {t('ui.editor.leave.stay')}
            </Button>
          </div>
        </Alert>
      )}
      {conflict !== null || (dirty && view.revision > base.revision) ? (
        <Alert tone={conflict !== null ? 'error' : 'warning'} live>
          <p>{conflict !== null ? t('ui.editor.conflict', { revision: conflict }) : t('ui.editor.newer', { revision: view.revision })}</p>
          <Button variant="secondary" onClick={reloadAndReapply} disabled={rebase === 'requested'}>
            {t('ui.editor.reload')}
          </Button>
        </Alert>
      ) : (
        save.error !== null && <ErrorMessage error={save.error} />
      )}
      {rebase !== null && rebase !== 'requested' && (
        <Alert tone="info" live>
          <p>{t('ui.editor.rebased', { revision: rebase.revision })}</p>
          {rebase.overlap.length > 0 && <p>{t('ui.editor.rebased.overlap', { parts: partsOf(rebase.overlap) })}</p>}
        </Alert>
      )}
      {content}
      {WORDING_STEPS.has(step) && <StepWording draft={draft} step={step} />}
      <div className="wg-actions">
        {previous !== undefined && (
          <Link className="wg-button wg-button--secondary" to={`/fubes/${encodeURIComponent(view.id)}/${previous.slug}`}>
            {t('ui.editor.previous', { step: t(previous.label) })}
          </Link>
        )}
        {editable && <Button onClick={onSave}>{t('ui.editor.save')}</Button>}
        {next !== undefined && (
          <Link className="wg-button wg-button--secondary" to={`/fubes/${encodeURIComponent(view.id)}/${next.slug}`}>
            {t('ui.editor.next', { step: t(next.label) })}
          </Link>
        )}
      </div>
      {editable && (
        <p className="wg-hint wg-save-state" role="status" aria-live="polite" data-save-state={saveState}>
          {saveState === 'saving'
            ? t('ui.editor.state.saving')
            : saveState === 'dirty'
              ? t('ui.editor.state.dirty')
              : savedAt !== null && saveState === 'saved'
                ? t('ui.editor.state.saved', { time: i18n.time(savedAt.at), revision: savedAt.revision })
                : ''}
        </p>
      )}
    </>
  );
}
