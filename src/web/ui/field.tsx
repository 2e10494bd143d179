import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  /** The error text; linked to the control with aria-describedby and aria-invalid. */
  error?: string | undefined;
}

/** Label, hint and error ids for one control, so every field is described the same way. */
function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const controlId = id ?? `f${generated.replace(/:/g, '')}`;
  const hintId = hint !== undefined ? `${controlId}-hint` : undefined;
  const errorId = error !== undefined && error !== '' ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function Frame({ controlId, hintId, errorId, label, hint, error, children }: FieldFrame & { controlId: string; hintId?: string | undefined; errorId?: string | undefined; children: ReactNode }) {
  return (
    <div className="wg-field">
      <label htmlFor={controlId}>{label}</label>
      {hint !== undefined && (
        <span id={hintId} className="wg-hint">
          {hint}
        </span>
      )}
      {errorId !== undefined && (
        <span id={errorId} className="wg-field-error">
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

export function TextField({ label, hint, error, id, ...props }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <input id={ids.controlId} className="wg-input" aria-describedby={ids.describedBy} aria-invalid={ids.errorId !== undefined ? true : undefined} {...props} />
    </Frame>
  );
}

export function TextArea({ label, hint, error, id, ...props }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <textarea id={ids.controlId} className="wg-textarea" aria-describedby={ids.describedBy} aria-invalid={ids.errorId !== undefined ? true : undefined} {...props} />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, hint, error, id, options, ...props }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[] }) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <select id={ids.controlId} className="wg-select" aria-describedby={ids.describedBy} aria-invalid={ids.errorId !== undefined ? true : undefined} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
