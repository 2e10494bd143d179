import { type PathSegment, formatPath } from '../errors.js';
import { type Locale, type MessageArg, format, ref, renderMessageArg } from '../messages/index.js';
import type { FubeContent, FubeResultArea } from './schema.js';

/** One difference between two revisions (the API's `diffEntrySchema` shape, plus a label). */
export interface RevisionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** Where, in Dutch words, e.g. "Resultaatgebied 'Dienstverlening' › met als doel". */
  label: string;
  /** The label's parts as catalogue messages (a field without one: its name), for any locale. */
  where: MessageArg[];
  /** Set when only the order of a list changed. */
  order?: true;
}

const FIELD_KEYS = new Set([
  'familyId', 'familyVersion', 'title', 'entityId', 'unitId', 'holderIds', 'managerId', 'purpose', 'what', 'goal', 'activities',
  'specificKnowledge', 'weighing', 'values', 'rule', 'decision', 'level', 'class', 'motivation', 'unassignable', 'method', 'resultAreas',
  'competencyWording', 'competencyId', 'text',
]);
const field = (key: string): MessageArg => (FIELD_KEYS.has(key) ? { key: `diff.field.${key}` } : key);

/** A change's label in a locale: its parts joined with "›", "(order)" when only the order changed. */
export function changeLabel(change: Pick<RevisionChange, 'where' | 'order'>, locale: Locale): string {
  const label = change.where.map((part) => renderMessageArg(locale, part)).join(' › ') || format(locale, 'diff.fube');
  return change.order ? format(locale, 'diff.order', { label }) : label;
}

function entry(change: Omit<RevisionChange, 'label'>): RevisionChange {
  return { ...change, label: changeLabel(change, 'nl') };
}

/**
 * A structured diff of two FUBE contents for "compare two revisions": field path, before
 * and after. Result areas are matched by what they are (family area id, RG criterion, or
 * the n-th own area), not by position, so reordering or inserting one does not show every
 * later area as changed; lists of texts (activities, holders) show added and removed items.
 * The weighing's computed result is compared on its level and class only.
 */
export function diffRevisions(a: FubeContent, b: FubeContent): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const { resultAreas: areasA, weighing: weighingA, ...restA } = a;
  const { resultAreas: areasB, weighing: weighingB, ...restB } = b;
  diffValue(changes, [], [], restA, restB);
  diffValue(changes, ['weighing'], [field('weighing')], summarizeWeighing(weighingA), summarizeWeighing(weighingB));
  diffResultAreas(changes, areasA, areasB);
  return changes;
}

function summarizeWeighing(weighing: FubeContent['weighing']): Record<string, unknown> | undefined {
  if (weighing === undefined) return undefined;
  return {
    rule: weighing.rule,
    values: weighing.values,
    ...(weighing.result !== undefined ? { result: { level: weighing.result.level, class: weighing.result.class } } : {}),
  };
}

function areaKey(area: FubeResultArea, customOrdinal: number): string {
  if (area.origin === 'family') return `family:${area.resultAreaId ?? ''}`;
  if (area.origin === 'rg') return `rg:${area.criterionId ?? ''}:${area.criterionValue ?? ''}`;
  return `custom:${customOrdinal}`;
}

function keyed(areas: readonly FubeResultArea[]): Map<string, { area: FubeResultArea; index: number }> {
  const map = new Map<string, { area: FubeResultArea; index: number }>();
  let custom = 0;
  areas.forEach((area, index) => map.set(areaKey(area, area.origin === 'custom' ? custom++ : 0), { area, index }));
  return map;
}

function diffResultAreas(changes: RevisionChange[], a: readonly FubeResultArea[], b: readonly FubeResultArea[]): void {
  const before = keyed(a);
  const after = keyed(b);
  for (const [key, { area, index }] of before)
    if (!after.has(key))
      changes.push(entry({ path: formatPath(['resultAreas', index]), kind: 'removed', before: area, where: [ref('diff.result-area', { title: area.title })] }));
  for (const [key, { area, index }] of after) {
    const old = before.get(key);
    const where = [ref('diff.result-area', { title: area.title })];
    if (old === undefined) changes.push(entry({ path: formatPath(['resultAreas', index]), kind: 'added', after: area, where }));
    else diffValue(changes, ['resultAreas', index], where, old.area, area);
  }
  const order = (areas: Map<string, unknown>, other: Map<string, unknown>) => [...areas.keys()].filter((k) => other.has(k));
  const orderA = order(before, after);
  const orderB = order(after, before);
  if (orderA.join('\n') !== orderB.join('\n'))
    changes.push(entry({ path: 'resultAreas', kind: 'changed', before: orderA, after: orderB, where: [ref('diff.result-area-order')] }));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function diffValue(changes: RevisionChange[], path: PathSegment[], where: MessageArg[], a: unknown, b: unknown): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) return void changes.push(entry({ path: formatPath(path), kind: 'added', after: b, where }));
  if (b === undefined) return void changes.push(entry({ path: formatPath(path), kind: 'removed', before: a, where }));
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValue(changes, [...path, key], [...where, field(key)], a[key], b[key]);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => typeof x === 'string')) {
    const removed = a.filter((x) => !b.includes(x));
    const added = b.filter((x) => !a.includes(x));
    for (const item of removed) changes.push(entry({ path: formatPath(path), kind: 'removed', before: item, where }));
    for (const item of added) changes.push(entry({ path: formatPath(path), kind: 'added', after: item, where }));
    if (removed.length === 0 && added.length === 0 && a.join('\n') !== b.join('\n'))
      changes.push(entry({ path: formatPath(path), kind: 'changed', before: a, after: b, where, order: true }));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(entry({ path: formatPath(path), kind: 'changed', before: a, after: b, where }));
}
