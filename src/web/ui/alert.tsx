import type { ReactNode } from 'react';

/**
 * A message block. `live` makes it a status region announced by screen readers when its
 * content changes (errors interrupt, other messages wait politely).
 */
export function Alert({ tone = 'info', live = false, title, children, id }: { tone?: 'info' | 'error' | 'success' | 'warning'; live?: boolean; title?: ReactNode; children?: ReactNode; id?: string }) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div id={id} className={`wg-alert wg-alert--${tone}`} role={role}>
      {title !== undefined && <p>
        <strong>{title}</strong>
      </p>}
      {children}
    </div>
  );
}
