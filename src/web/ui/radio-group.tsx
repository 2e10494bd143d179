import type { ReactNode } from 'react';

export interface RadioChoice {
  value: string;
  label: ReactNode;
  /** Extra lines under the label (e.g. the levels a value covers). */
  meta?: ReactNode;
}

/**
 * A group of native radio buttons in a fieldset: one Tab stop per group and the arrow keys
 * move the choice, as browsers do for radios of one name.
 */
export function RadioGroup({
  name,
  legend,
  description,
  choices,
  value,
  onChange,
  disabled,
  compact,
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  choices: readonly RadioChoice[];
  value: string | undefined;
  onChange(value: string): void;
  disabled?: boolean;
  /** Only the chosen choice shown (a long form, folded); all of them while none is chosen. */
  compact?: boolean;
}) {
  const descriptionId = description !== undefined ? `${name}-description` : undefined;
  return (
    <fieldset id={name} className="wg-fieldset" aria-describedby={descriptionId}>
      <legend>{legend}</legend>
      {description !== undefined && (
        <p id={descriptionId} className="wg-hint">
          {description}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.value} className={compact === true && value !== undefined && value !== choice.value ? 'wg-choice wg-choice--hidden' : 'wg-choice'}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            disabled={disabled}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.meta !== undefined && <span className="wg-choice__meta">{choice.meta}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
