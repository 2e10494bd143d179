import type { CriterionValue, Family } from '../../domain/family/schema.js';
import { classLabel } from '../../domain/family/query.js';
import { useI18n } from '../i18n/i18n.js';

/** A criterion value's text, its EN/OF parts as separate lines with the joining word. */
export function ValueTextView({ value }: { value: CriterionValue }) {
  const { t } = useI18n();
  if (value.parts !== undefined) {
    const joiner = value.parts.join === 'and' ? t('ui.family.join.and') : t('ui.family.join.or');
    return (
      <>
        {value.parts.items.map((item, i) => (
          <span key={i}>
            {i > 0 && (
              <strong className="wg-joiner">
                <br />
                {joiner}
                <br />
              </strong>
            )}
            <span className="wg-pre">{item}</span>
          </span>
        ))}
      </>
    );
  }
  return <span className="wg-pre">{value.text ?? ''}</span>;
}

/** The compact mark of a reconstructed span in the family table; the caveat itself is said once above it. */
export function ReconstructedMark() {
  const { t } = useI18n();
  return (
    <span className="wg-mark" role="img" aria-label={t('ui.family.reconstructed')} title={t('ui.family.reconstructed')}>
      *
    </span>
  );
}

export function ReconstructedBadge() {
  const { t } = useI18n();
  return <span className="wg-badge wg-badge--check">{t('ui.family.reconstructed')}</span>;
}

export function RgBadge() {
  const { t } = useI18n();
  return <span className="wg-badge">{t('ui.family.rg')}</span>;
}

/** Header cells "Niveau n / Functieklasse c" for tables with one column per level. */
export function LevelHeaders({ family }: { family: Family }) {
  const { t } = useI18n();
  return (
    <>
      {family.levels.map((l) => (
        <th scope="col" key={l.level}>
          {t('ui.family.level', { level: l.level })}
          <br />
          <span className="wg-hint">{t('ui.family.classes', { classes: classLabel(l.classes) })}</span>
        </th>
      ))}
    </>
  );
}
