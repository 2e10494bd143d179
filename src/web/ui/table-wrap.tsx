import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on narrow screens: the scrolling box is focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wg-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
