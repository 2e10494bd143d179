import { useCallback, useRef, useState } from 'react';
import type { DomainError } from '../../domain/errors.js';
import { chooseAlternatives, valueAlternatives } from '../../domain/fube/choose-alternatives.js';
import { setWeighing } from '../../domain/fube/set-weighing.js';
import type { WeighingValues } from '../../domain/weighing/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { WeighingForm, WeighingResultPanel, useLiveWeighing } from '../weighing/weighing-form.js';
import type { StepProps } from './step-props.js';
import { SuggestionPanel } from './suggestion-panel.js';
import { TiePanel } from './tie-panel.js';

const sameValues = (a: WeighingValues, b: WeighingValues) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};

/**
 * The weighing step: computed live in the browser with the shared rule; saving sends the
 * values with the FUBE and the server recomputes them, which is shown as its confirmation.
 */
/**
 * The chosen values with OF alternatives: HR ticks which alternative(s) apply (issue 14 item 5).
 * The domain records the choice and retexts the RG area; the editor's save sends it.
 */
function AlternativesChoice({ family, draft, setDraft, editable }: Omit<StepProps, 'view' | 'saveNow'>) {
  const { t, message: localize } = useI18n();
  const [errors, setErrors] = useState<DomainError[]>([]);
  const open = family.criteria.flatMap((criterion) => {
    const chosen = draft.weighing?.values[criterion.id];
    const items = valueAlternatives(chosen === undefined ? undefined : criterion.values[chosen - 1]);
    return items === undefined || chosen === undefined ? [] : [{ criterion, value: chosen, items }];
  });
  if (open.length === 0) return null;
  const toggle = (criterionId: string, n: number, on: boolean) => {
    const current = draft.weighing?.alternatives?.[criterionId] ?? [];
    const next = on ? [...current, n] : current.filter((x) => x !== n);
    const chosen = chooseAlternatives(draft, family, criterionId, next);
    if (chosen.ok) {
      setErrors([]);
      setDraft(chosen.value);
    } else setErrors(chosen.errors);
  };
  return (
    <section className="wg-card" aria-labelledby="alternatives-title" data-testid="alternatives">
      <h3 id="alternatives-title">{t('ui.alternatives.title')}</h3>
      {errors.length > 0 && (
        <Alert tone="error" live>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{localize(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {open.map(({ criterion, value, items }) => {
        const chosen = draft.weighing?.alternatives?.[criterion.id] ?? [];
        return (
          <fieldset key={criterion.id} className="wg-fieldset" data-criterion={criterion.id}>
            <legend>{t('ui.alternatives.intro', { value, criterion: criterion.name })}</legend>
            {chosen.length === 0 && <p className="wg-hint">{t('ui.alternatives.not-chosen')}</p>}
            {items.map((text, i) => (
              <label key={i} className="wg-choice">
                <input type="checkbox" checked={chosen.includes(i + 1)} disabled={!editable} onChange={(e) => toggle(criterion.id, i + 1, e.target.checked)} />
                <span>{text}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}

export function WeighingStep({ view, family, draft, setDraft, editable }: StepProps) {
  const { t, message: localize } = useI18n();
  const values = draft.weighing?.values ?? {};
  const result = useLiveWeighing(family, values);
  const [errors, setErrors] = useState<DomainError[]>([]);
  // The latest draft through a ref, so the choice handler stays stable for the memoised groups.
  const latest = useRef({ draft, setDraft });
  latest.current = { draft, setDraft };
  const onChoose = useCallback(
    (criterionId: string, value: number) => {
      const { draft: current, setDraft: set } = latest.current;
      // The domain adds the result area each chosen RG value requires.
      const weighed = setWeighing(current, family, { ...(current.weighing?.values ?? {}), [criterionId]: value });
      if (weighed.ok) {
        setErrors([]);
        set(weighed.value);
      } else setErrors(weighed.errors);
    },
    [family],
  );
  const saved = view.weighing;
  const savedValues = view.content.weighing?.values ?? {};
  const confirmed = saved !== null && result !== null && sameValues(savedValues, values);
  return (
    <>
      <p>{t('ui.weighing.intro')}</p>
      <SuggestionPanel view={view} family={family} draft={draft} />
      {errors.length > 0 && (
        <Alert tone="error" live>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{localize(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="wg-two-col">
        <div>
          <WeighingForm family={family} values={values} onChoose={onChoose} disabled={!editable} />
          <AlternativesChoice family={family} draft={draft} setDraft={setDraft} editable={editable && view.abilities.weigh} />
        </div>
        <div className="wg-sticky">
          <WeighingResultPanel family={family} values={values} result={result} alternatives={draft.weighing?.alternatives} />
          {confirmed &&
            (saved.level === result.level && saved.class === result.class ? (
              <Alert tone="success">{t('ui.weighing.saved', { level: saved.level, class: saved.class })}</Alert>
            ) : (
              <Alert tone="warning">{t('ui.weighing.mismatch', { level: saved.level, class: saved.class })}</Alert>
            ))}
        </div>
      </div>
      <TiePanel view={view} dirty={!sameValues(savedValues, values)} />
    </>
  );
}
