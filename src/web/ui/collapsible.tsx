import { type ReactNode, useEffect, useState } from 'react';

/**
 * A section of a long page whose heading folds it (the disclosure pattern: a button in the
 * heading with aria-expanded). Open by default; a link to its heading (the page's table of
 * contents) opens it again.
 */
export function CollapsibleSection({ id, title, children, defaultOpen = true }: { id: string; title: ReactNode; children: ReactNode; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  useEffect(() => {
    const reveal = () => {
      if (window.location.hash === `#${id}`) setOpen(true);
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [id]);
  return (
    <section aria-labelledby={id} className="wg-collapsible">
      <h2 id={id} className="wg-collapsible__heading">
        <button type="button" aria-expanded={open} aria-controls={`${id}-inhoud`} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          {title}
        </button>
      </h2>
      <div id={`${id}-inhoud`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
