import { Link } from 'react-router';
import { useMemo } from 'react';
import { checkFubeWording } from '../../domain/checks/gender-neutral.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { WordingFindings, fubeFieldLabel } from '../family/wording-findings.js';
import { useI18n } from '../i18n/i18n.js';
import { STEPS, type StepSlug, stepOfPath } from './steps.js';

/** The wording findings in the texts of one editor step, updated as the user types. */
export function StepWording({ draft, step }: { draft: FubeContent; step: StepSlug }) {
  const i18n = useI18n();
  const findings = useMemo(() => checkFubeWording(draft).filter((f) => stepOfPath(f.path) === step), [draft, step]);
  return (
    <>
      {/* Only the count is announced while typing; the list itself stays quiet. */}
      <p className="wg-visually-hidden" role="status">
        {findings.length > 0 ? i18n.t('ui.wording.title', { count: findings.length }) : ''}
      </p>
      <WordingFindings findings={findings} fieldLabel={(path) => fubeFieldLabel(i18n, path)} showNone={false} />
    </>
  );
}

/** Every wording finding of the FUBE on the review step, each linking to its step. */
export function ReviewWording({ id, draft }: { id: string; draft: FubeContent }) {
  const i18n = useI18n();
  const { t } = i18n;
  const findings = useMemo(() => checkFubeWording(draft), [draft]);
  const labelOf = (slug: StepSlug) => t(STEPS.find((s) => s.slug === slug)?.label ?? 'ui.step.identification');
  return (
    <section aria-labelledby="nazicht-formulering">
      <h3 id="nazicht-formulering">{t('ui.wording.heading')}</h3>
      <WordingFindings
        findings={findings}
        fieldLabel={(path) => fubeFieldLabel(i18n, path)}
        action={(f) => {
          const slug = stepOfPath(f.path);
          return <Link to={`/fubes/${encodeURIComponent(id)}/${slug}`}>{t('ui.wording.edit-in', { step: labelOf(slug) })}</Link>;
        }}
      />
    </section>
  );
}
