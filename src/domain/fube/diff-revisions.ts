import { type PathSegment, formatPath } from '../errors.js';
import type { FubeContent, FubeResultArea } from './schema.js';

/** One difference between two revisions (the API's `diffEntrySchema` shape, plus a label). */
export interface RevisionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** Where, in Dutch words, e.g. "Resultaatgebied 'Dienstverlening' › met als doel". */
  label: string;
}

const FIELD_LABELS: Record<string, string> = {
  familyId: 'Functiefamilie',
  familyVersion: 'Versie van de familie',
  title: 'Functietitel',
  entityId: 'Entiteit',
  unitId: 'Afdeling',
  holderIds: 'Functiehouders',
  managerId: 'Leidinggevende',
  purpose: 'Doel',
  what: 'wat',
  goal: 'met als doel',
  activities: 'voorbeeldactiviteiten',
  specificKnowledge: 'Functie- en entiteitsspecifieke kennis',
  weighing: 'Weging',
  values: 'waarden',
  rule: 'regel',
  decision: 'Beslissing',
  level: 'niveau',
  class: 'klasse',
  motivation: 'motivering',
  unassignable: 'Niet-toewijsbare functie',
  method: 'methode',
  resultAreas: 'Resultaatgebieden',
};

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
  diffValue(changes, ['weighing'], [FIELD_LABELS.weighing ?? 'Weging'], summarizeWeighing(weighingA), summarizeWeighing(weighingB));
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
      changes.push({ path: formatPath(['resultAreas', index]), kind: 'removed', before: area, label: `Resultaatgebied '${area.title}'` });
  for (const [key, { area, index }] of after) {
    const old = before.get(key);
    const label = `Resultaatgebied '${area.title}'`;
    if (old === undefined) changes.push({ path: formatPath(['resultAreas', index]), kind: 'added', after: area, label });
    else diffValue(changes, ['resultAreas', index], [label], old.area, area);
  }
  const order = (areas: Map<string, unknown>, other: Map<string, unknown>) => [...areas.keys()].filter((k) => other.has(k));
  const orderA = order(before, after);
  const orderB = order(after, before);
  if (orderA.join('\n') !== orderB.join('\n'))
    changes.push({ path: 'resultAreas', kind: 'changed', before: orderA, after: orderB, label: 'Volgorde van de resultaatgebieden' });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function diffValue(changes: RevisionChange[], path: PathSegment[], labels: string[], a: unknown, b: unknown): void {
  const label = labels.join(' › ') || 'FUBE';
  if (a === undefined && b === undefined) return;
  if (a === undefined) return void changes.push({ path: formatPath(path), kind: 'added', after: b, label });
  if (b === undefined) return void changes.push({ path: formatPath(path), kind: 'removed', before: a, label });
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      diffValue(changes, [...path, key], [...labels, FIELD_LABELS[key] ?? key], a[key], b[key]);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => typeof x === 'string')) {
    const removed = a.filter((x) => !b.includes(x));
    const added = b.filter((x) => !a.includes(x));
    for (const item of removed) changes.push({ path: formatPath(path), kind: 'removed', before: item, label });
    for (const item of added) changes.push({ path: formatPath(path), kind: 'added', after: item, label });
    if (removed.length === 0 && added.length === 0 && a.join('\n') !== b.join('\n'))
      changes.push({ path: formatPath(path), kind: 'changed', before: a, after: b, label: `${label} (volgorde)` });
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ path: formatPath(path), kind: 'changed', before: a, after: b, label });
}
