import { type FormEvent, useState } from 'react';
import type { FubeView } from '../../api/fubes.js';
import { TEXT_LIMITS } from '../../api/values.js';
import { classLabel } from '../../domain/family/query.js';
import { joinList } from '../../domain/weighing/explain.js';
import { classAtLevel, currentTieDecision, tieCriteria, tiedLevels } from '../../domain/fube/decide-tie.js';
import { useDecideTie } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { ErrorMessage } from '../ui/query-state.js';
import { RadioGroup } from '../ui/radio-group.js';

/**
 * A tie of the saved weighing (DOMAIN.md §3.6): the tied levels side by side with what
 * separates them (the criteria that reach above the lowest one), and, when the abilities
 * allow it, HR's form to choose one with a motivation. The choice applies to the saved
 * weighing, so it waits while the draft has unsaved changes.
 */
export function TiePanel({ view, dirty }: { view: FubeView; dirty: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const result = view.weighing;
  const levels = tiedLevels(result);
  const decided = currentTieDecision(view.content);
  const [level, setLevel] = useState<string | undefined>(decided === undefined ? undefined : String(decided.level));
  const [motivation, setMotivation] = useState('');
  const decide = useDecideTie(view.id);
  if (result === null || levels.length === 0) return null;
  const lowest = levels[0]!;
  const separating = tieCriteria(result)
    .map((id) => result.criteria.find((c) => c.criterionId === id))
    .filter((c) => c !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (level === undefined) return;
    decide.mutate(
      { baseRevision: view.revision, level: Number(level), motivation },
      {
        onSuccess: () => setMotivation(''),
      },
    );
  };

  return (
    <section className="wg-panel wg-tie" aria-labelledby="gelijke-stand" data-testid="tie-panel">
      <h3 id="gelijke-stand">{t('ui.tie.title')}</h3>
      <p>{t('ui.tie.intro', { levels: joinList(i18n.locale, levels.map(String)) })}</p>
      <div className="wg-tie__levels">
        {levels.map((l) => {
          const classes = result.levels.find((x) => x.level === l)?.classes ?? [];
          const above = result.criteria.filter((c) => c.from > l).length;
          const below = result.criteria.filter((c) => c.to < l).length;
          const chosen = decided?.level === l;
          return (
            <article key={l} className={`wg-card wg-tie__level${chosen ? ' wg-tie__level--chosen' : ''}`} data-testid={`tie-level-${l}`}>
              <h4>
                {t('ui.tie.level', { level: l })} · {t('ui.tie.classes', { classes: classLabel(classes) })}
              </h4>
              {l === lowest && <p className="wg-hint">{t('ui.tie.lower')}</p>}
              {chosen && <p><strong>{t('ui.tie.chosen')}</strong></p>}
              <p>{t('ui.tie.class-here', { class: classAtLevel(result, l) ?? classes[0] ?? 0 })}</p>
              <p>{t('ui.tie.on-level', { above, below })}</p>
            </article>
          );
        })}
      </div>
      <p>{t('ui.tie.separates', { count: separating.length, level: lowest })}</p>
      <ul>
        {separating.map((c) => (
          <li key={c.criterionId}>
            {c.from === c.to ? t('ui.tie.criterion.one', { criterion: c.name, value: c.value, level: c.from }) : t('ui.tie.criterion', { criterion: c.name, value: c.value, from: c.from, to: c.to })}
          </li>
        ))}
      </ul>
      {decided !== undefined ? (
        <Alert tone="success" live>
          {t('ui.tie.decided', { date: i18n.dateTime(decided.at), level: decided.level, class: decided.class, up: decided.direction === 'up' ? 1 : 0, motivation: decided.motivation })}
        </Alert>
      ) : (
        <Alert tone="warning">{t('ui.tie.open')}</Alert>
      )}
      {view.abilities.decideTie &&
        (dirty ? (
          <p className="wg-hint">{t('ui.tie.unsaved')}</p>
        ) : (
          <form onSubmit={submit}>
            <RadioGroup
              name="gelijke-stand-niveau"
              legend={t('ui.tie.choose')}
              value={level}
              onChange={setLevel}
              choices={levels.map((l) => ({ value: String(l), label: t('ui.tie.choose-level', { level: l, class: classAtLevel(result, l) ?? 0 }) }))}
            />
            <TextArea label={t('ui.tie.motivation')} hint={t('ui.tie.motivation-hint')} value={motivation} maxLength={TEXT_LIMITS.motivation} required onChange={(e) => setMotivation(e.target.value)} />
            {decide.error !== null && <ErrorMessage error={decide.error} />}
            <Button type="submit" disabled={decide.isPending || level === undefined || motivation.trim() === ''}>
              {t('ui.tie.submit')}
            </Button>
          </form>
        ))}
    </section>
  );
}
