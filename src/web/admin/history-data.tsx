import type { ReactNode } from 'react';
import type { HistoryEntry } from '../../api/history.js';
import { STATUSES } from '../../domain/workflow/status.js';
import { type MessageKey, isMessageKey } from '../../messages/index.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { actionLabel, stateLabel } from '../ui/labels.js';

/** Keys whose value is an id: shown by the name the server sent, or left out. */
const ID_KEY = /(?:Id|Ids|By|Of)$/;
/** Keys whose value is a workflow state. */
const STATE_KEYS = new Set(['state', 'from', 'to']);
const isState = (value: unknown): value is Parameters<typeof stateLabel>[1] => (STATUSES as readonly unknown[]).includes(value);

const word = (i18n: I18n, key: string): string | undefined => {
  const messageKey = `label.field.${key}`;
  return isMessageKey(messageKey) ? (i18n.t as (k: MessageKey) => string)(messageKey) : undefined;
};
const capitalise = (text: string) => (text === '' ? text : text[0]!.toLocaleUpperCase() + text.slice(1));

/** One value of an entry's data in words; undefined when there is nothing a person can read in it. */
function valueOf(i18n: I18n, key: string, value: unknown, names: Readonly<Record<string, string>>): ReactNode | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? i18n.t('ui.diff.yes') : i18n.t('ui.diff.no');
  if (typeof value === 'number') return i18n.number(value);
  if (typeof value === 'string') {
    if (ID_KEY.test(key)) return names[value];
    if (STATE_KEYS.has(key) && isState(value)) return stateLabel(i18n, value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return i18n.dateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return i18n.date(value);
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => valueOf(i18n, key, item, names)).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : (
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A copy: which FUBE and which revision.
    if (key === 'copyOf' && typeof record.fubeId === 'string' && typeof record.revision === 'number') {
      const title = names[record.fubeId];
      return title === undefined ? undefined : i18n.t('ui.history-admin.data.copy-of', { title, revision: record.revision });
    }
    // A workflow step the entry recorded: the step in words, from state to state.
    if (typeof record.type === 'string' && isState(record.from) && isState(record.to))
      return `${actionLabel(i18n, record.type)}: ${i18n.t('ui.history.transition', { from: stateLabel(i18n, record.from), to: stateLabel(i18n, record.to) })}`;
    return <DataList i18n={i18n} data={record} names={names} />;
  }
  return undefined;
}

interface Row {
  key: string;
  term: string;
  shown: ReactNode;
}

function rowsOf(i18n: I18n, data: Record<string, unknown>, names: Readonly<Record<string, string>>): Row[] {
  return Object.entries(data).flatMap(([key, value]) => {
    const term = word(i18n, key) ?? word(i18n, key.replace(/(?:Ids?|By|Of)$/, ''));
    const shown = valueOf(i18n, key, value, names);
    return term === undefined || shown === undefined ? [] : [{ key, term: capitalise(term), shown }];
  });
}

function RowList({ rows }: { rows: readonly Row[] }) {
  return (
    <dl className="wg-data">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.term}</dt>
          <dd>{row.shown}</dd>
        </div>
      ))}
    </dl>
  );
}

function DataList({ i18n, data, names }: { i18n: I18n; data: Record<string, unknown>; names: Readonly<Record<string, string>> }) {
  const rows = rowsOf(i18n, data, names);
  return rows.length === 0 ? null : <RowList rows={rows} />;
}

/**
 * What an entry of the history recorded, as a list of fields in words: people, FUBEs and
 * places by the names the server looked up, states and steps by their labels. Fields with
 * nothing a person can read (an id without a name, a field without a label) are left out; the
 * raw data stays in the API.
 */
export function HistoryData({ entry }: { entry: HistoryEntry }) {
  const i18n = useI18n();
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) return null;
  const rows = rowsOf(i18n, entry.data as Record<string, unknown>, entry.names);
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>{i18n.t('ui.history-admin.data')}</summary>
      <RowList rows={rows} />
    </details>
  );
}
