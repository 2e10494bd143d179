import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
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
  return (
    <QueryState query={fube}>
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

function FubeEditor({ view, family, step }: { view: FubeView; family: Family; step: StepSlug }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<FubeContent>(view.content);
  // The revision the draft was started from: a save sends it, so a stale save gets 409.
  const [base, setBase] = useState({ revision: view.revision, content: view.content });
  const [rebase, setRebase] = useState<'requested' | { revision: number; overlap: string[] } | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(base.content);
  // A newer revision from the server (saved elsewhere or a workflow step) replaces a draft
  // without changes; unsaved changes are never wiped: they stay until the user asks to
  // reapply them onto the newer revision.
  if (view.revision > base.revision && (!dirty || rebase === 'requested' || JSON.stringify(draft) === JSON.stringify(view.content))) {
    const rebased = dirty ? rebaseDraft(base.content, draft, view.content) : { content: view.content, overlap: [] };
    setBase({ revision: view.revision, content: view.content });
    setDraft(rebased.content);
    setRebase(rebase === 'requested' ? { revision: view.revision, overlap: rebased.overlap } : null);
  }
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const save = useSaveFube(view.id);
  const current = useFube(view.id);
  // The server says whether this caller may change this FUBE now (a draft, and theirs to write).
  const editable = view.abilities.edit;
  const index = STEPS.findIndex((s) => s.slug === step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const stepTitle = t(STEPS[index]?.label ?? 'ui.step.identification');
  const conflict = isApiError(save.error, 409) ? (save.error.problem?.currentRevision ?? null) : null;

  useEffect(() => {
    if (savedRevision === null) return;
    const timer = setTimeout(() => setSavedRevision(null), 10_000);
    return () => clearTimeout(timer);
  }, [savedRevision]);

  const onSave = () => {
    setRebase(null);
    save.mutate(
      { baseRevision: base.revision, content: setSpecificKnowledge(draft, draft.specificKnowledge) },
      {
        onSuccess: (saved) => {
          setBase({ revision: saved.revision, content: saved.content });
          setDraft(saved.content);
          setSavedRevision(saved.revision);
        },
      },
    );
  };
  const reloadAndReapply = () => {
    save.reset();
    setRebase('requested');
    void current.refetch();
  };
  const partsOf = (paths: string[]) => [...new Set(paths.map((p) => t(STEPS.find((s) => s.slug === stepOfPath(p))?.label ?? 'ui.step.identification')))].join(', ');

  const props: StepProps = { view, family, draft, setDraft, editable };
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
        {t('ui.fube.family-version', { name: family.name, version: family.version })} ·{' '}
        <Link to={`/fubes/${encodeURIComponent(view.id)}/print`}>{t('ui.editor.print')}</Link>
      </p>
      {view.inForceRevision !== null && view.inForceRevision !== view.revision && <Alert>{t('ui.fube.in-force', { revision: view.inForceRevision })}</Alert>}
      {!editable && <Alert tone="info">{t('ui.editor.readonly', { state: stateLabel(i18n, view.state) })}</Alert>}
      <Stepper id={view.id} current={step} />
      <p className="wg-hint">{t('ui.stepper.position', { n: index + 1, total: STEPS.length })}</p>
      <h2>{stepTitle}</h2>
      <div role="status" aria-live="polite">
        {savedRevision !== null && <Alert tone="success">{t('ui.editor.saved', { revision: savedRevision })}</Alert>}
      </div>
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
        {editable && (
          <Button onClick={onSave} disabled={save.isPending || !dirty}>
            {save.isPending ? t('ui.saving') : t('ui.editor.save')}
          </Button>
        )}
        {next !== undefined && (
          <Link className="wg-button wg-button--secondary" to={`/fubes/${encodeURIComponent(view.id)}/${next.slug}`}>
            {t('ui.editor.next', { step: t(next.label) })}
          </Link>
        )}
      </div>
      {dirty && <p className="wg-hint">{t('ui.editor.unsaved')}</p>}
    </>
  );
}
