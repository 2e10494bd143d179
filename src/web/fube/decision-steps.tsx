import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { DomainError } from '../../domain/errors.js';
import { checkFube } from '../../domain/fube/check-fube.js';
import { fubeCompetencyProfile } from '../../domain/fube/competency-profile.js';
import { acceptSuggestion, decideClass } from '../../domain/fube/decide-class.js';
import { effectiveSuggestion, tieOpen } from '../../domain/fube/decide-tie.js';
import { recordUnassignable } from '../../domain/fube/record-unassignable.js';
import { CLASS_RANGE } from '../../domain/workflow/periods.js';
import { TextField } from '../ui/field.js';
import { ReconstructedBadge } from '../family/family-parts.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea } from '../ui/field.js';
import { RadioGroup } from '../ui/radio-group.js';
import type { StepProps } from './step-props.js';
import { STEPS, stepOfPath } from './steps.js';
import { ReviewWording } from './wording-note.js';
import { checkWordingIn, suggestNeutralText } from '../../domain/checks/gender-neutral.js';
import type { RequiredCompetency } from '../../domain/profile/index.js';
import { WordingFindings } from '../family/wording-findings.js';

/** Accept the weighing's suggestion, or choose another class of the family with a motivation. */
export function DecisionStep({ view, draft, setDraft, saveNow, editable, family }: StepProps) {
  const { t, message: localize } = useI18n();
  // After HR decided a tie, the chosen level's class is what "accept" accepts.
  const suggestion = effectiveSuggestion(draft);
  const decided = draft.decision;
  const separate = draft.unassignable;
  const [mode, setMode] = useState<'accept' | 'override' | 'unassignable'>(
    separate !== undefined ? 'unassignable' : decided !== undefined && suggestion !== undefined && decided.class !== suggestion.class ? 'override' : suggestion === undefined ? 'override' : 'accept',
  );
  const [method, setMethod] = useState(separate?.method ?? '');
  const [separateClass, setSeparateClass] = useState(separate === undefined ? '' : String(separate.class));
  const [separateMotivation, setSeparateMotivation] = useState(separate?.motivation ?? '');
  const classes = family.levels.flatMap((l) => l.classes.map((c) => ({ class: c, level: l.level })));
  const [cls, setCls] = useState(String(decided?.class ?? suggestion?.class ?? classes[0]?.class ?? ''));
  const [motivation, setMotivation] = useState(decided?.motivation ?? '');
  const [errors, setErrors] = useState<DomainError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result =
      mode === 'unassignable'
        ? recordUnassignable(draft, { method, class: Number(separateClass), motivation: separateMotivation })
        : mode === 'accept'
          ? acceptSuggestion(draft, family)
          : decideClass(draft, family, { class: Number(cls), motivation });
    // One click: the decision goes into the draft and is saved at once.
    if (result.ok) {
      setErrors([]);
      setDraft(result.value);
      saveNow(result.value);
    } else setErrors(result.errors);
  };
  const errorOf = (path: string) => {
    const error = errors.find((e) => e.path === path);
    return error === undefined ? undefined : localize(error);
  };
  const general = errors.filter((e) => e.path !== 'decision.motivation' && e.path !== 'decision.class' && !e.path.startsWith('unassignable.'));

  return (
    <div>
      <p>{suggestion === undefined ? t('ui.decision.no-weighing') : t('ui.decision.suggestion', { level: suggestion.level, class: suggestion.class })}</p>
      {tieOpen(draft) && (
        <Alert tone="warning">
          <Link to={`/fubes/${encodeURIComponent(view.id)}/weging`}>{t('ui.tie.open')}</Link>
        </Alert>
      )}
      {separate !== undefined && (
        <Alert tone="success" live>
          {t('ui.unassignable.current', { class: separate.class, method: separate.method, motivation: separate.motivation })}
        </Alert>
      )}
      {decided !== undefined && separate === undefined && (
        <Alert tone="success" live>
          {t('ui.decision.current', { level: decided.level, class: decided.class })}
        </Alert>
      )}
      {general.length > 0 && (
        <Alert tone="error" live>
          <ul>
            {general.map((e, i) => (
              <li key={i}>{localize(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {editable && (
        <form onSubmit={submit}>
          <RadioGroup
            name="beslissing"
            legend={t('ui.decision.choice')}
            value={mode}
            onChange={(v) => setMode(v === 'accept' ? 'accept' : v === 'unassignable' ? 'unassignable' : 'override')}
            choices={[
              ...(suggestion !== undefined ? [{ value: 'accept', label: t('ui.decision.accept', { class: suggestion.class }) }] : []),
              { value: 'override', label: t('ui.decision.override') },
              { value: 'unassignable', label: t('ui.decision.unassignable') },
            ]}
          />
          {mode === 'unassignable' && (
            <>
              <TextField label={t('ui.unassignable.method')} value={method} error={errorOf('unassignable.method')} maxLength={200} onChange={(e) => setMethod(e.target.value)} />
              <TextField
                label={t('ui.unassignable.class')}
                hint={t('ui.unassignable.class-hint', { min: CLASS_RANGE.min, max: CLASS_RANGE.max })}
                inputMode="numeric"
                value={separateClass}
                error={errorOf('unassignable.class')}
                onChange={(e) => setSeparateClass(e.target.value)}
              />
              <TextArea label={t('ui.unassignable.motivation')} value={separateMotivation} error={errorOf('unassignable.motivation')} onChange={(e) => setSeparateMotivation(e.target.value)} />
            </>
          )}
          {mode === 'override' && (
            <>
              <SelectField
                label={t('ui.decision.class')}
                value={cls}
                error={errorOf('decision.class')}
                onChange={(e) => setCls(e.target.value)}
                options={classes.map((c) => ({ value: String(c.class), label: t('ui.decision.class-option', { class: c.class, level: c.level }) }))}
              />
              <TextArea
                label={t('ui.decision.motivation')}
                hint={t('ui.decision.motivation-hint')}
                value={motivation}
                error={errorOf('decision.motivation')}
                onChange={(e) => setMotivation(e.target.value)}
              />
            </>
          )}
          <Button type="submit">
            {t('ui.decision.apply')}
          </Button>
        </form>
      )}
    </div>
  );
}

/**
 * Derived from the decided class by the shared rule. The family's competency texts are shown
 * as published, each checked for gender-neutral wording; whoever may edit the FUBE may give a
 * competency text the FUBE's own (neutral) wording, shown here and in the documents instead.
 */
export function ProfileStep({ draft, setDraft, editable, family }: StepProps) {
  const { t } = useI18n();
  const profile = useMemo(() => (draft.decision === undefined ? null : fubeCompetencyProfile(draft, family)), [draft, family]);
  if (draft.unassignable !== undefined) return <Alert>{t('ui.unassignable.profile')}</Alert>;
  if (profile === null || !profile.ok) return <Alert>{t('ui.profile.none')}</Alert>;
  const p = profile.value;
  const setWording = (competencyId: string, level: number, text: string | null) => {
    const others = (draft.competencyWording ?? []).filter((w) => !(w.competencyId === competencyId && w.level === level));
    const next = text === null ? others : [...others, { competencyId, level, text }];
    const { competencyWording: _old, ...rest } = draft;
    setDraft(next.length === 0 ? rest : { ...rest, competencyWording: next });
  };
  return (
    <div>
      <p>{t('ui.profile.intro')}</p>
      <h3>{t('ui.profile.class', { class: p.class, level: p.level })}</h3>
      <h4>{t('ui.family.knowledge')}</h4>
      <p className="wg-pre">{p.expertise.knowledge}</p>
      <h4>{t('ui.family.education')}</h4>
      <p className="wg-pre">{p.expertise.educationAndExperience}</p>
      <h4>{t('ui.family.competencies')}</h4>
      <ul className="wg-list-plain">
        {p.competencies.map((c) => (
          <CompetencyCard key={c.competencyId} competency={c} editable={editable} onWording={(text) => setWording(c.competencyId, c.requiredLevel, text)} />
        ))}
      </ul>
    </div>
  );
}

/** One required competency: its text (the family's or the FUBE's own), its wording findings, and the editor of the FUBE's own wording. */
function CompetencyCard({ competency: c, editable, onWording }: { competency: RequiredCompetency; editable: boolean; onWording(text: string | null): void }) {
  const { t } = useI18n();
  const findings = useMemo(() => checkWordingIn({ text: c.levelText }), [c.levelText]);
  const [editing, setEditing] = useState<string | null>(null);
  const own = c.familyLevelText !== undefined;
  return (
    <li className="wg-card" data-testid={`competency-${c.competencyId}`}>
      <strong>{c.name}</strong> · {t('ui.profile.required', { level: c.requiredLevel })}
      {c.confidence === 'reconstructed' && <ReconstructedBadge />}
      <p className="wg-pre" lang="nl-BE" data-testid="competency-text">
        {c.levelText}
      </p>
      {own && (
        <details>
          <summary>{t('ui.profile.own-wording')}</summary>
          <p className="wg-pre" lang="nl-BE">
            {c.familyLevelText}
          </p>
        </details>
      )}
      <WordingFindings findings={findings} fieldLabel={() => t('ui.profile.competency-text', { competency: c.name })} showNone={false} />
      {editable &&
        (editing === null ? (
          <div className="wg-actions">
            <Button type="button" variant="secondary" onClick={() => setEditing(own || findings.length === 0 ? c.levelText : suggestNeutralText(c.levelText))}>
              {t('ui.profile.edit-wording')}
            </Button>
            {own && (
              <Button type="button" variant="secondary" onClick={() => onWording(null)}>
                {t('ui.profile.family-wording')}
              </Button>
            )}
          </div>
        ) : (
          <div>
            <TextArea label={t('ui.profile.wording-label', { competency: c.name })} hint={t('ui.profile.wording-hint')} value={editing} onChange={(e) => setEditing(e.target.value)} />
            <div className="wg-actions">
              <Button
                type="button"
                onClick={() => {
                  onWording(editing.trim() === '' || editing.trim() === (c.familyLevelText ?? c.levelText).trim() ? null : editing);
                  setEditing(null);
                }}
              >
                {t('ui.profile.apply-wording')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                {t('ui.profile.cancel-wording')}
              </Button>
            </div>
          </div>
        ))}
    </li>
  );
}

/** Every item that still blocks validation, each linking to the step that fixes it. */
export function ReviewStep({ view, draft, family, dirty }: StepProps & { dirty: boolean }) {
  const { t, message: localize } = useI18n();
  const blocking = useMemo(() => checkFube(draft, family), [draft, family]);
  const labelOf = (slug: string) => {
    const step = STEPS.find((s) => s.slug === slug);
    return step === undefined ? slug : t(step.label);
  };
  return (
    <div>
      {dirty && <Alert tone="warning">{t('ui.review.saved-only')}</Alert>}
      {blocking.length === 0 ? (
        <Alert tone="success">{t('ui.review.ok')}</Alert>
      ) : (
        <>
          <p>{t('ui.review.blocking', { count: blocking.length })}</p>
          <ul data-testid="blocking">
            {blocking.map((b, i) => {
              const slug = stepOfPath(b.path);
              return (
                <li key={i}>
                  <Link to={`/fubes/${encodeURIComponent(view.id)}/${slug}`}>{t('ui.review.go', { message: localize(b), step: labelOf(slug) })}</Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ReviewWording id={view.id} draft={draft} />
    </div>
  );
}
