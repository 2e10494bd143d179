import { useCallback, useRef, useState } from 'react';
import type { DomainError } from '../../domain/errors.js';
import { setWeighing } from '../../domain/fube/set-weighing.js';
import type { WeighingValues } from '../../domain/weighing/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { WeighingForm, WeighingResultPanel, useLiveWeighing } from '../weighing/weighing-form.js';
import type { StepProps } from './step-props.js';
import { TiePanel } from './tie-panel.js';

const sameValues = (a: WeighingValues, b: WeighingValues) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};

/**
 * The weighing step: computed live in the browser with the shared rule; saving sends the
 * values with the FUBE and the server recomputes them, which is shown as its confirmation.
 */
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
        <WeighingForm family={family} values={values} onChoose={onChoose} disabled={!editable} />
        <div className="wg-sticky">
          <WeighingResultPanel family={family} values={values} result={result} />
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
