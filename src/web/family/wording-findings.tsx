import type { ReactNode } from 'react';
import type { LocatedWordingFinding } from '../../domain/checks/gender-neutral.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { fieldLabel } from '../ui/field-label.js';

/**
 * Findings of the gender-neutral wording check (computed by the domain's checkWording):
 * warnings with a suggestion, never blockers. The quoted text is Dutch whatever the UI
 * language, so it carries lang="nl-BE" for screen readers.
 */
export function WordingFindings({
  findings,
  fieldLabel: ownLabel,
  action,
  showNone = true,
  id,
}: {
  findings: readonly LocatedWordingFinding[];
  /** A readable name for a field path in the page's own words; the general field labels otherwise. */
  fieldLabel?: (path: string) => string | undefined;
  /** Something to do per finding, e.g. a link to the step where the text is edited. */
  action?: (finding: LocatedWordingFinding) => ReactNode;
  showNone?: boolean;
  id?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const labelOf = (path: string) => ownLabel?.(path) ?? fieldLabel(i18n, path);
  if (findings.length === 0) return showNone ? <p id={id} data-testid="wording-none">{t('ui.wording.none')}</p> : null;
  return (
    <Alert tone="warning" title={t('ui.wording.title', { count: findings.length })} {...(id !== undefined ? { id } : {})}>
      <p>{t('ui.wording.intro')}</p>
      <ul data-testid="wording-findings">
        {findings.map((f, i) => (
          <li key={`${f.path}-${f.index}-${i}`} data-rule={f.rule}>
            <span className="wg-choice__meta">{labelOf(f.path)}</span>
            <q lang="nl-BE">
              {f.excerpt.before}
              <mark>{f.match}</mark>
              {f.excerpt.after}
            </q>
            <br />
            {t(`ui.wording.suggestion.${f.rule}`)}
            {f.replacement !== undefined && (
              <>
                {' '}
                {t('ui.wording.replacement')} <q lang="nl-BE" data-testid="wording-replacement">{f.replacement}</q>
              </>
            )}
            {action !== undefined && <> {action(f)}</>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** Readable names of a FUBE's text fields, in the words of the editor's steps. */
export function fubeFieldLabel(i18n: I18n, path: string): string | undefined {
  const { t } = i18n;
  const area = /^resultAreas\[(\d+)\]\.(title|what|goal|activities)/.exec(path);
  if (area !== null) {
    const part = { title: t('ui.ra.title'), what: t('ui.ra.what'), goal: t('ui.ra.goal'), activities: t('ui.family.activities') }[area[2] as 'title' | 'what' | 'goal' | 'activities'];
    return t('ui.wording.field.result-area', { n: Number(area[1]) + 1, part });
  }
  switch (path) {
    case 'title':
      return t('ui.wording.field.title');
    case 'purpose.what':
      return t('ui.purpose.what');
    case 'purpose.goal':
      return t('ui.purpose.goal');
    case 'specificKnowledge':
      return t('ui.knowledge.specific');
    case 'decision.motivation':
      return t('ui.decision.motivation');
    default:
      return undefined;
  }
}
