import { memo, useMemo, useState } from 'react';
import type { Criterion, Family } from '../../domain/family/schema.js';
import { classLabel } from '../../domain/family/query.js';
import { explain } from '../../domain/weighing/explain.js';
import type { WeighingResult, WeighingValues } from '../../domain/weighing/types.js';
import { weigh } from '../../domain/weighing/weigh.js';
import { ReconstructedBadge, RgBadge, ValueTextView } from '../family/family-parts.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { RadioGroup } from '../ui/radio-group.js';

/**
 * The live weighing: the family's shared rule runs in the browser on every change, in the
 * same render as the choice (no request), so the suggestion follows within one frame.
 * Returns null until every criterion has a value.
 */
export function useLiveWeighing(family: Family, values: WeighingValues): WeighingResult | null {
  return useMemo(() => {
    if (!family.criteria.every((c) => values[c.id] !== undefined)) return null;
    const result = weigh(family, values);
    return result.ok ? result.value : null;
  }, [family, values]);
}

function coversText(i18n: I18n, family: Family, from: number, to: number): string {
  const classesOf = (level: number) => classLabel(family.levels[level - 1]?.classes ?? []);
  if (from === to) return i18n.t('ui.weighing.covers.one', { level: from, classes: classesOf(from) });
  const all: string[] = [];
  for (let l = from; l <= to; l++) all.push(classesOf(l));
  return i18n.t('ui.weighing.covers.range', { from, to, classes: all.join(', ') });
}

/**
 * One criterion's radio group. Memoised: a choice re-renders only its own group and the
 * result panel, which keeps the update well within one frame.
 */
const CriterionChoice = memo(function CriterionChoice({
  family,
  criterion,
  value,
  onChoose,
  disabled,
  compact,
}: {
  family: Family;
  criterion: Criterion;
  value: number | undefined;
  onChoose(criterionId: string, value: number): void;
  disabled: boolean;
  compact: boolean;
}) {
  const i18n = useI18n();
  const choices = useMemo(
    () =>
      criterion.values.map((v, i) => ({
        value: String(i + 1),
        label: (
          <>
            <strong>{i18n.t('ui.weighing.value', { n: i + 1 })}</strong>
            {v.rg && <RgBadge />}
            {v.confidence === 'reconstructed' && <ReconstructedBadge />}
            <br />
            <ValueTextView value={v} />
          </>
        ),
        meta: coversText(i18n, family, v.from, v.to),
      })),
    [criterion, family, i18n],
  );
  return (
    <RadioGroup
      name={`criterium-${criterion.id}`}
      legend={criterion.name}
      {...(criterion.note !== undefined ? { description: criterion.note } : {})}
      value={value === undefined ? undefined : String(value)}
      disabled={disabled}
      compact={compact}
      onChange={(v) => onChoose(criterion.id, Number(v))}
      choices={choices}
    />
  );
});

/**
 * One radio group per criterion: each value's text and the levels and classes it covers.
 * `onChoose` should be stable (useCallback) so unchanged groups skip rendering.
 */
export function WeighingForm({ family, values, onChoose, disabled }: { family: Family; values: WeighingValues; onChoose(criterionId: string, value: number): void; disabled?: boolean }) {
  const { t } = useI18n();
  // The form is long (every value's text): a contents list with the choices made, and a fold
  // that shows only the chosen value of each criterion.
  const [compact, setCompact] = useState(false);
  return (
    <div>
      <nav aria-labelledby="weighing-contents" className="wg-card">
        <h3 id="weighing-contents">{t('ui.weighing.contents')}</h3>
        <ol className="wg-toc">
          {family.criteria.map((criterion) => (
            <li key={criterion.id}>
              <a href={`#criterium-${criterion.id}`}>{criterion.name}</a>
              {': '}
              {values[criterion.id] === undefined ? t('ui.weighing.contents.open') : t('ui.weighing.contents.value', { n: values[criterion.id]! })}
            </li>
          ))}
        </ol>
        <Button variant="secondary" type="button" aria-pressed={compact} onClick={() => setCompact(!compact)}>
          {t('ui.weighing.compact')}
        </Button>
      </nav>
      {family.criteria.map((criterion) => (
        <CriterionChoice key={criterion.id} family={family} criterion={criterion} value={values[criterion.id]} onChoose={onChoose} disabled={disabled ?? false} compact={compact} />
      ))}
    </div>
  );
}

/** The suggestion, its flags and the explanation; the summary line is a polite live region. */
export function WeighingResultPanel({
  family,
  values,
  result,
  alternatives,
}: {
  family: Family;
  values: WeighingValues;
  result: WeighingResult | null;
  /** A FUBE's chosen OF alternatives: the explanation names only those. */
  alternatives?: Readonly<Record<string, readonly number[]>> | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const missing = family.criteria.filter((c) => values[c.id] === undefined).length;
  const explanation = useMemo(() => (result === null ? null : explain(result, family, i18n.locale, 'hr', alternatives)), [result, family, i18n.locale, alternatives]);
  const nameOf = (id: string) => family.criteria.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="wg-panel" aria-labelledby="weighing-result-title" data-testid="weighing-result">
      <h2 id="weighing-result-title">{t('ui.weighing.result.title')}</h2>
      <p role="status" aria-live="polite" data-testid="weighing-summary">
        {result === null
          ? t('ui.weighing.result.incomplete', { count: missing })
          : t('ui.weighing.result.summary', { level: result.level, class: result.class })}
      </p>
      {result !== null && (
        <>
          <dl className="wg-result">
            <div>
              <dt>{t('ui.weighing.result.level')}</dt>
              <dd data-testid="weighing-level">{result.level}</dd>
            </div>
            <div>
              <dt>{t('ui.weighing.result.class')}</dt>
              <dd data-testid="weighing-class">{result.class}</dd>
            </div>
          </dl>
          <h3>{t('ui.weighing.flags')}</h3>
          {result.flags.length === 0 ? (
            <p>{t('ui.weighing.flags.none')}</p>
          ) : (
            <ul data-testid="weighing-flags">
              {result.flags.map((flag) => (
                <li key={flag.code} data-flag={flag.code}>
                  {t('ui.weighing.flag.criteria', {
                    flag: t(`ui.weighing.flag.${flag.code}`),
                    criteria: flag.criteria.map(nameOf).join(', '),
                  })}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('ui.weighing.explanation')}</h3>
          <p className="wg-pre" data-testid="weighing-explanation">
            {explanation}
          </p>
        </>
      )}
    </section>
  );
}
