import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { Person } from '../../api/entities.js';
import type { PeopleQuery, PersonHit } from '../../api/people.js';
import { useEntities, usePeople } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorMessage } from './query-state.js';

/** A chosen person; roles and training come along when the person was picked from a search. */
export type PickedPerson = Person & Partial<Pick<PersonHit, 'roles' | 'trainedInMethod'>>;

export interface PersonPickerProps {
  label: string;
  hint?: string;
  /** The chosen people, shown as removable chips with name and entity. */
  value: readonly PickedPerson[];
  onChange(next: PickedPerson[]): void;
  /** One person (manager, validator): a new choice replaces the old one. */
  single?: boolean;
  /** Which people to search (purpose, entity, role); the server narrows to the caller's reach. */
  search?: Omit<PeopleQuery, 'q' | 'purpose'> & { purpose?: PeopleQuery['purpose'] };
  /** Shows the chosen people only (a FUBE that is no longer a draft). */
  readOnly?: boolean;
  /** People not to offer (e.g. who may not sit in a committee); the server refuses them all the same. */
  exclude?: readonly string[];
}

/**
 * Names of people by id: those the FUBE view carries, and those picked since (not saved
 * yet). An id nobody knows shows as itself.
 */
export function usePersonNames(known: readonly PickedPerson[]) {
  const [picked, setPicked] = useState<PickedPerson[]>([]);
  const byId = new Map([...known, ...picked].map((p) => [p.id, p]));
  const personOf = (id: string): PickedPerson => byId.get(id) ?? { id, name: id, entityId: null, unitId: null };
  const remember = (people: readonly PickedPerson[]) => setPicked((before) => [...before, ...people]);
  return { personOf, remember };
}

/** Waits until typing pauses, so a search goes out per word rather than per key. */
function useSettled(text: string, ms = 200): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/**
 * Picks people by name: a text field with the ARIA combobox pattern (WAI-ARIA 1.2, list
 * autocomplete). Typing searches `GET /api/people`; the arrow keys move through the results,
 * Enter chooses, Escape closes; a click chooses too. Chosen people are chips with their name
 * and entity and a remove button each, so everything works without a mouse.
 */
export function PersonPicker({ label, hint, value, onChange, single = false, search = {}, readOnly = false, exclude = [] }: PersonPickerProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = `pp${useId().replace(/:/g, '')}`;
  const entities = useEntities();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useSettled(text.trim());
  const people = usePeople({ purpose: search.purpose ?? 'fube', ...search, q: settled }, !readOnly && open && settled !== '');
  const chosen = new Set([...value.map((p) => p.id), ...exclude]);
  const results = (people.data ?? []).filter((p) => !chosen.has(p.id));
  const expanded = open && settled !== '' && (results.length > 0 || people.isFetched);
  const entityName = (entityId: string) => entities.data?.find((e) => e.id === entityId)?.name ?? entityId;
  const describe = (p: PickedPerson) =>
    [...(p.entityId !== null ? [entityName(p.entityId)] : []), ...(p.roles ?? []).map((r) => t(`ui.people.role.${r}`)), ...(p.trainedInMethod === true ? [t('ui.people.trained')] : [])].join(' · ');

  const choose = (person: PersonHit) => {
    onChange(single ? [person] : [...value, person]);
    setText('');
    setOpen(false);
    setActive(-1);
  };
  const remove = (person: PickedPerson) => onChange(value.filter((p) => p.id !== person.id));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive(results.length === 0 ? -1 : (active + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive(results.length === 0 ? -1 : (active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      // Enter chooses the highlighted person instead of submitting the surrounding form.
      const person = results[active];
      if (expanded && person !== undefined) {
        event.preventDefault();
        choose(person);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = !expanded
    ? ''
    : people.isFetching && people.data === undefined
      ? t('ui.people.searching')
      : results.length === 0
        ? t('ui.people.none')
        : t('ui.people.found', { n: results.length });

  return (
    <div className="wg-field wg-picker">
      {readOnly ? (
        <span className="wg-label">{label}</span>
      ) : (
        <label htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
      )}
      {hint !== undefined && !readOnly && (
        <span id={`${id}-hint`} className="wg-hint">
          {hint}
        </span>
      )}
      {value.length === 0 ? (
        <p className="wg-hint">{t('ui.people.nobody')}</p>
      ) : (
        <ul className="wg-chips" aria-label={t('ui.people.chosen', { label })}>
          {value.map((p) => (
            <li key={p.id} className="wg-chip">
              <span>
                <span className="wg-chip__name">{p.name}</span> <span className="wg-chip__meta">{describe(p)}</span>
              </span>
              {!readOnly && (
                <button type="button" className="wg-chip__remove" aria-label={t('ui.people.remove', { name: p.name })} onClick={() => remove(p)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="wg-picker__search">
          <input
            id={id}
            className="wg-input"
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-list`}
            aria-activedescendant={expanded && active >= 0 && results[active] !== undefined ? `${id}-opt-${results[active].id}` : undefined}
            aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={`${id}-list`} role="listbox" aria-labelledby={`${id}-label`} className="wg-picker__list" hidden={!expanded || results.length === 0}>
            {results.map((p, i) => (
              <li
                key={p.id}
                id={`${id}-opt-${p.id}`}
                role="option"
                aria-selected={i === active}
                className="wg-picker__option"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(p);
                }}
              >
                <span className="wg-chip__name">{p.name}</span> <span className="wg-chip__meta">{describe(p)}</span>
              </li>
            ))}
          </ul>
          <div role="status" aria-live="polite" className="wg-visually-hidden">
            {status}
          </div>
          {expanded && results.length === 0 && !people.isFetching && people.error === null && <p className="wg-hint">{t('ui.people.none')}</p>}
          {people.error !== null && <ErrorMessage error={people.error} />}
          {expanded && (people.data?.length ?? 0) >= 20 && <p className="wg-hint">{t('ui.people.more')}</p>}
        </div>
      )}
    </div>
  );
}
