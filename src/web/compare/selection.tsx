import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { COMPARE_MAX } from '../../api/values.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import './compare.css';

/**
 * The FUBEs chosen to compare, kept for the browser tab (sessionStorage): one can choose on
 * several catalogue pages or searches and in a matrix cell, then compare. At most COMPARE_MAX,
 * the limit the API enforces.
 */
const STORAGE_KEY = 'weegschaal.compare';
const listeners = new Set<() => void>();
let memory: string[] = [];
let snapshot: readonly string[] = read();
const NOTHING_CHOSEN: readonly string[] = [];

function read(): string[] {
  // On the server nothing is chosen (and Node 25's own sessionStorage is not the visitor's).
  if (typeof window === 'undefined') return [];
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string').slice(0, COMPARE_MAX) : [];
  } catch {
    // Storage can be blocked by the browser: the choice then lives as long as the page.
    return memory;
  }
}

function write(ids: string[]): void {
  memory = ids;
  try {
    if (typeof window !== 'undefined') window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // See read(): kept in memory only.
  }
  snapshot = ids;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useCompareSelection() {
  // On the server (and while a server-rendered page hydrates) nothing is chosen yet.
  const ids = useSyncExternalStore(subscribe, () => snapshot, () => NOTHING_CHOSEN);
  return {
    ids,
    has: (id: string) => ids.includes(id),
    full: ids.length >= COMPARE_MAX,
    toggle: (id: string) =>
      write(ids.includes(id) ? ids.filter((i) => i !== id) : ids.length < COMPARE_MAX ? [...ids, id] : [...ids]),
    clear: () => write([]),
  };
}

/** The compare page of these FUBEs, the first being the reference. */
export const comparePath = (ids: readonly string[]): string =>
  `/vergelijken?ids=${ids.map(encodeURIComponent).join(',')}`;

/** A checkbox that adds a FUBE to (or takes it out of) the choice; disabled when the choice is full. */
export function CompareCheckbox({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const selection = useCompareSelection();
  const checked = selection.has(id);
  return (
    <input
      type="checkbox"
      className="wg-compare-check"
      checked={checked}
      disabled={!checked && selection.full}
      onChange={() => selection.toggle(id)}
      aria-label={t('ui.comparison.pick', { title })}
    />
  );
}

/** What is chosen, with the way to the compare page (two to COMPARE_MAX) and to clear the choice. */
export function CompareBar() {
  const { t } = useI18n();
  const selection = useCompareSelection();
  const n = selection.ids.length;
  return (
    <section className="wg-compare-bar" aria-label={t('ui.comparison.selection')} data-testid="compare-bar">
      <p role="status">
        {n === 0
          ? t('ui.comparison.chosen-none', { max: COMPARE_MAX })
          : t('ui.comparison.chosen', { count: n, max: COMPARE_MAX })}
      </p>
      {selection.full && <p>{t('ui.comparison.full', { max: COMPARE_MAX })}</p>}
      {n > 0 && (
        <div className="wg-actions">
          {n >= 2 ? (
            <Link className="wg-button" to={comparePath(selection.ids)}>
              {t('ui.comparison.go')}
            </Link>
          ) : null}
          <Button variant="secondary" onClick={selection.clear}>
            {t('ui.comparison.clear')}
          </Button>
        </div>
      )}
    </section>
  );
}
