import { diffWords } from 'diff';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import './word-diff.css';

/** Two texts word by word: what was taken out struck through (<del>), what came in underlined (<ins>). */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <>
      {diffWords(before, after).map((part, i) =>
        part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </>
  );
}

/** A value replaced as a whole: the old one struck through, the new one underlined. */
export function Replaced({ before, after }: { before?: ReactNode; after?: ReactNode }) {
  return (
    <>
      {before !== undefined && <del>{before}</del>}
      {before !== undefined && after !== undefined && ' '}
      {after !== undefined && <ins>{after}</ins>}
    </>
  );
}

/** What the marks of a comparison mean, shown once above it. */
export function DiffLegend() {
  const { t } = useI18n();
  return (
    <p className="wg-diff wg-diff-legend" data-testid="diff-legend">
      <span>{t('ui.diff.legend')}</span>
      <ins>{t('ui.diff.inserted')}</ins>
      <del>{t('ui.diff.deleted')}</del>
    </p>
  );
}
