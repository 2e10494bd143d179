import type { ReactNode } from 'react';
import type { Compare, DiffEntry } from '../../api/fubes.js';
import type { Criterion, Family } from '../../domain/family/schema.js';
import { type MessageKey, isMessageKey, renderMessageArg } from '../../messages/index.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { TableWrap } from '../ui/table-wrap.js';
import { DiffLegend, Replaced, WordDiff } from '../ui/word-diff.js';

/** Fields whose value is the id of a person or an account. */
const PERSON_KEYS = new Set(['holderIds', 'managerId', 'decidedBy', 'decidedByPersonId', 'personId', 'validatorId', 'holderId']);
/** Fields whose value is the id of a place or a family: shown by the name the server sent. */
const NAMED_KEYS = new Set(['entityId', 'unitId', 'familyId']);

interface Names {
  i18n: I18n;
  family: Family;
  names: Readonly<Record<string, string>>;
}

const capitalise = (text: string) => (text === '' ? text : text[0]!.toLocaleUpperCase() + text.slice(1));
const fieldWord = (i18n: I18n, key: string): string | undefined => {
  const messageKey = `label.field.${key}`;
  return isMessageKey(messageKey) ? (i18n.t as (k: MessageKey) => string)(messageKey) : undefined;
};
const criterionOf = (family: Family, id: string): Criterion | undefined => family.criteria.find((c) => c.id === id);
const valueText = (criterion: Criterion | undefined, n: number): string | undefined => {
  const value = criterion?.values[n - 1];
  return value === undefined ? undefined : (value.text ?? value.parts?.items.join(value.parts.join === 'or' ? ' OF ' : ' EN '));
};

/**
 * Where a change is, in words: the server's parts (a result area by its title, a field by its
 * catalogue name), with a criterion of the weighing by its name and any part that is only a
 * field's code put into words, or left out when there are none. Never the path.
 */
function changeTitle(change: DiffEntry, { i18n, family }: Names): string {
  const parts: string[] = [];
  let previous: string | undefined;
  for (const part of change.where) {
    if (typeof part !== 'string') parts.push(String(renderMessageArg(i18n.locale, part)));
    else if ((previous === 'values' || previous === 'alternatives') && change.path.startsWith('weighing.'))
      parts.push(i18n.t('label.criterion-named', { name: criterionOf(family, part)?.name ?? part.replaceAll('-', ' ') }));
    else {
      const word = fieldWord(i18n, part);
      if (word !== undefined) parts.push(word);
    }
    previous = typeof part === 'string' ? part : undefined;
  }
  const label = parts.length === 0 ? i18n.t('diff.fube') : capitalise(parts.join(' › '));
  return change.order === true ? i18n.t('diff.order', { label }) : label;
}

/** The last field name of a path (`tieDecision.decidedBy` → decidedBy; `holderIds` → holderIds). */
const lastKey = (path: string): string | undefined => [...path.matchAll(/([^.[\]]+)/g)].map((m) => m[1]!).at(-1);

/** A value as people read it: names for ids, labels for codes, values of criteria with their text. */
function show(value: unknown, key: string | undefined, ctx: Names, path: string): ReactNode {
  const { i18n, names, family } = ctx;
  if (value === undefined || value === null || value === '') return i18n.t('ui.diff.empty');
  if (typeof value === 'boolean') return value ? i18n.t('ui.diff.yes') : i18n.t('ui.diff.no');
  if (key !== undefined && PERSON_KEYS.has(key) && typeof value === 'string') return names[value] ?? i18n.t('ui.person.unknown');
  if (key !== undefined && NAMED_KEYS.has(key) && typeof value === 'string') return names[value] ?? i18n.t('ui.history-admin.subject-unknown');
  if (key === 'origin' && (value === 'family' || value === 'rg' || value === 'custom')) return i18n.t(`ui.ra.origin.${value}`);
  if (key === 'direction' && (value === 'up' || value === 'down')) return i18n.t(`ui.diff.direction.${value}`);
  if (key === 'at' && typeof value === 'string') return i18n.dateTime(value);
  if (key === 'criterionId' && typeof value === 'string') return criterionOf(family, value)?.name ?? value.replaceAll('-', ' ');
  if (key === 'resultAreaId' && typeof value === 'string') return family.resultAreas.find((a) => a.id === value)?.title ?? value.replaceAll('-', ' ');
  // A criterion's chosen value: its number and its text in the family.
  const criterionId = /^weighing\.values\.([^.[\]]+)$/.exec(path)?.[1];
  if (criterionId !== undefined && typeof value === 'number') {
    const text = valueText(criterionOf(family, criterionId), value);
    return text === undefined ? i18n.t('ui.diff.value', { n: value }) : i18n.t('ui.diff.value-text', { n: value, text });
  }
  if (typeof value === 'number') return i18n.number(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return i18n.t('ui.diff.empty');
    return (
      <ul>
        {value.map((item, i) => (
          <li key={i}>{show(item, key, ctx, path)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // The weighing's result and a class decision: level and class in one line.
    if (typeof record.level === 'number' && typeof record.class === 'number' && Object.keys(record).every((k) => k === 'level' || k === 'class'))
      return i18n.t('ui.diff.level-class', { level: record.level, class: record.class });
    const entries = Object.entries(record).filter(([k]) => fieldWord(i18n, k) !== undefined || key === 'values');
    return (
      <dl>
        {entries.map(([k, item]) => {
          const childPath = `${path}.${k}`;
          const term = key === 'values' && path.startsWith('weighing') ? (criterionOf(family, k)?.name ?? k.replaceAll('-', ' ')) : capitalise(fieldWord(i18n, k)!);
          return (
            <div key={k}>
              <dt>{term}</dt>
              <dd>{show(item, k, ctx, childPath)}</dd>
            </div>
          );
        })}
      </dl>
    );
  }
  return i18n.t('ui.diff.empty');
}

/** The order of the result areas: their keys (`family:<id>`, `rg:<criterion>:<value>`, `custom:<n>`) as titles. */
function areaOrder(keys: unknown, { i18n, family }: Names): ReactNode {
  if (!Array.isArray(keys)) return null;
  return (
    <ol>
      {keys.map((key, i) => {
        const [origin, id, value] = String(key).split(':');
        const title =
          origin === 'family'
            ? (family.resultAreas.find((a) => a.id === id)?.title ?? i18n.t('ui.ra.origin.family'))
            : origin === 'rg'
              ? `${criterionOf(family, id ?? '')?.name ?? i18n.t('ui.ra.origin.rg')} (${i18n.t('ui.diff.value', { n: Number(value) })})`
              : i18n.t('ui.ra.origin.custom');
        return <li key={i}>{title}</li>;
      })}
    </ol>
  );
}

function ChangeValue({ change, ctx }: { change: DiffEntry; ctx: Names }) {
  const key = lastKey(change.path);
  if (change.path === 'resultAreas' && change.order === true) return <Replaced before={areaOrder(change.before, ctx)} after={areaOrder(change.after, ctx)} />;
  const plainText = (v: unknown) => typeof v === 'string' && !(key !== undefined && (PERSON_KEYS.has(key) || NAMED_KEYS.has(key) || key === 'at'));
  if (change.kind === 'changed' && plainText(change.before) && plainText(change.after)) return <WordDiff before={change.before as string} after={change.after as string} />;
  if (change.kind === 'changed' && change.order === true && Array.isArray(change.before) && Array.isArray(change.after))
    return <Replaced before={show(change.before, key, ctx, change.path)} after={show(change.after, key, ctx, change.path)} />;
  return (
    <Replaced
      {...(change.kind !== 'added' ? { before: show(change.before, key, ctx, change.path) } : {})}
      {...(change.kind !== 'removed' ? { after: show(change.after, key, ctx, change.path) } : {})}
    />
  );
}

/**
 * Two revisions compared: per changed field its name and what changed in it, a text word by
 * word (struck through what went, underlined what came), people by name, values by their
 * labels — no ids, codes or JSON.
 */
export function RevisionDiff({ diff, family }: { diff: Compare; family: Family }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ctx: Names = { i18n, family, names: diff.names };
  const caption = t('ui.compare.caption', { from: diff.from, to: diff.to });
  return (
    <>
      <DiffLegend />
      <TableWrap label={caption}>
        <table className="wg-table" data-testid="compare">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.compare.part')}</th>
              <th scope="col">{t('ui.diff.change', { from: diff.from, to: diff.to })}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((c, i) => (
              <tr key={i} data-kind={c.kind}>
                <th scope="row">
                  {changeTitle(c, ctx)}
                  <span className="wg-choice__meta">{t(`ui.compare.kind.${c.kind}`)}</span>
                </th>
                <td className="wg-diff">
                  <ChangeValue change={c} ctx={ctx} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
