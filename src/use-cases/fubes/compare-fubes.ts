import type { ComparedText, FubeComparison } from '../../api/compare.js';
import { isVisible } from '../../domain/access/index.js';
import type { Family } from '../../domain/family/schema.js';
import { levelOf, levelOfClass } from '../../domain/family/query.js';
import { chosenValueText } from '../../domain/fube/choose-alternatives.js';
import type { FubeContent, FubeResultArea } from '../../domain/fube/schema.js';
import { wordDiff } from '../../domain/fube/word-diff.js';
import { currentClass } from '../../domain/workflow/index.js';
import { ref } from '../../messages/index.js';
import type { FubeRecord } from '../../store/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { notFound } from '../problems.js';
import { resourceOf } from './fube-gate.js';

/**
 * Two to six FUBEs side by side (issue 15 item 6), every one compared with the first: the
 * value of each criterion with the levels it covers, level and class (decided or suggested),
 * the texts and result areas word by word. All or nothing: when one id does not exist or is
 * hidden from the caller the whole request is 404, with the same answer in both cases, so
 * the comparison never shows part of what the caller may not open.
 */
export async function compareFubes(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  ids: readonly string[],
): Promise<FubeComparison> {
  const caller = requireCaller(ctx);
  const [records, units, entities] = await Promise.all([
    Promise.all(ids.map((id) => deps.store.fubes.get(id))),
    deps.store.entities.unitTree(),
    deps.store.entities.list(),
  ]);
  const opened: FubeRecord[] = [];
  for (const [i, id] of ids.entries()) {
    const record = records[i];
    if (record === undefined || !isVisible(caller, await resourceOf(deps, record, units, false)))
      throw notFound(ref('not-found.fube', { id }));
    opened.push(record);
  }
  const families = await Promise.all(opened.map((r) => deps.families.get(r.content.familyId, r.content.familyVersion)));
  const first = opened[0]!.content;

  const fubes = opened.map((record, i) => {
    const { content, workflow } = record;
    const family = families[i]!;
    const entity = entities.find((e) => e.id === content.entityId);
    return {
      id: record.id,
      title: content.title,
      state: workflow.status,
      revision: record.revision,
      entityId: content.entityId,
      entityName: entity?.name ?? content.entityId,
      unitName: entity?.units.find((u) => u.id === content.unitId)?.name ?? null,
      familyId: family.id,
      familyName: family.name,
      familyVersion: family.version,
      ...standingOf(content, workflow, family),
      method: content.unassignable?.method ?? workflow.unassignable?.method ?? null,
    };
  });
  const reference = fubes[0]!;
  const compared = fubes.map((f) => ({
    ...f,
    sameAsFirst: f.familyId === reference.familyId && f.class === reference.class && f.level === reference.level,
  }));

  return {
    fubes: compared,
    criteria: criteriaRows(
      opened.map((r) => r.content),
      families,
    ),
    texts: (
      [
        ['title', (c: FubeContent) => c.title],
        ['purpose-what', (c: FubeContent) => c.purpose.what],
        ['purpose-goal', (c: FubeContent) => c.purpose.goal],
        ['specific-knowledge', (c: FubeContent) => c.specificKnowledge],
      ] as const
    ).map(([field, read]) => {
      const texts = opened.map((r) => compareText(read(first), read(r.content)));
      return { field, differs: texts.some((t) => !t.same), texts };
    }),
    resultAreas: resultAreaRows(opened.map((r) => r.content)),
  };
}

/** The class the FUBE stands at and where it comes from; the weighing's suggestion while nothing is decided. */
function standingOf(content: FubeContent, workflow: FubeRecord['workflow'], family: Family) {
  const now = currentClass(content, workflow);
  if (content.unassignable !== undefined || workflow.unassignable !== undefined)
    return { standing: 'unassignable' as const, level: null, class: now.class };
  if (now.class !== null)
    return {
      standing: 'decided' as const,
      level: now.level ?? levelOfClass(family, now.class)?.level ?? null,
      class: now.class,
    };
  const result = content.weighing?.result;
  if (result !== undefined) return { standing: 'suggested' as const, level: result.level, class: result.class };
  return { standing: 'none' as const, level: null, class: null };
}

/** Every criterion of the FUBEs' families (first family first), with each FUBE's chosen value. */
function criteriaRows(contents: readonly FubeContent[], families: readonly Family[]): FubeComparison['criteria'] {
  const seen = new Set<string>();
  const rows: FubeComparison['criteria'] = [];
  for (const family of families)
    for (const criterion of family.criteria) {
      const key = `${family.id}\u0000${criterion.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const values = contents.map((content, i) => {
        const own = families[i]!;
        if (own.id !== family.id) return null;
        const n = content.weighing?.values[criterion.id];
        const value = n === undefined ? undefined : own.criteria.find((c) => c.id === criterion.id)?.values[n - 1];
        if (n === undefined || value === undefined) return null;
        const classes = Array.from(
          { length: value.to - value.from + 1 },
          (_, k) => levelOf(own, value.from + k)?.classes ?? [],
        ).flat();
        return {
          value: n,
          text: chosenValueText(value, content.weighing?.alternatives?.[criterion.id]),
          from: value.from,
          to: value.to,
          classes,
        };
      });
      const reference = values[0] ?? null;
      const withSame = values.map((v) =>
        v === null
          ? null
          : { ...v, sameAsFirst: reference !== null && v.value === reference.value && families[0]!.id === family.id },
      );
      rows.push({
        familyId: family.id,
        familyName: family.name,
        criterionId: criterion.id,
        name: criterion.name,
        differs: values.some((v) => (v?.value ?? null) !== (reference?.value ?? null)),
        values: withSame,
      });
    }
  return rows;
}

/** Which area of the family (or RG value, or added title) a result area is, so the same area lines up across FUBEs. */
function areaKey(area: FubeResultArea): string {
  if (area.origin === 'family' && area.resultAreaId !== undefined) return `family:${area.resultAreaId}`;
  if (area.origin === 'rg' && area.criterionId !== undefined) return `rg:${area.criterionId}`;
  return `custom:${area.title.trim().toLocaleLowerCase('nl')}`;
}

/** The result areas of all FUBEs, lined up by area (those of the first FUBE first), each against the first FUBE's. */
function resultAreaRows(contents: readonly FubeContent[]): FubeComparison['resultAreas'] {
  const keyed = contents.map((content) => {
    const map = new Map<string, FubeResultArea>();
    for (const area of content.resultAreas) if (!map.has(areaKey(area))) map.set(areaKey(area), area);
    return map;
  });
  const keys = [...new Set(keyed.flatMap((m) => [...m.keys()]))];
  return keys.map((key) => {
    const reference = keyed[0]!.get(key);
    const areas = keyed.map((m) => {
      const area = m.get(key);
      if (area === undefined) return null;
      return {
        title: compareText(reference?.title ?? '', area.title),
        what: compareText(reference?.what ?? '', area.what),
        goal: compareText(reference?.goal ?? '', area.goal),
        activities: compareText(reference?.activities.join('\n') ?? '', area.activities.join('\n')),
      };
    });
    const title = keyed.map((m) => m.get(key)?.title).find((t) => t !== undefined) ?? key;
    const differs = areas.some(
      (a) => a === null || !a.title.same || !a.what.same || !a.goal.same || !a.activities.same,
    );
    return { key, title, differs, areas };
  });
}

function compareText(reference: string, text: string): ComparedText {
  return { text, parts: wordDiff(reference, text), same: reference === text };
}
