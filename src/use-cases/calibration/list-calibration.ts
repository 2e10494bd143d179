import type { CalibrationFindingView, CalibrationView } from '../../api/calibration.js';
import { authorize, can, fubeResource } from '../../domain/access/index.js';
import { type CalibrationResult, DEFAULT_THRESHOLDS, type Finding, comparisonIds, findingFubeIds, justificationCovers } from '../../domain/calibration/index.js';
import type { Status } from '../../domain/workflow/schema.js';
import type { StoredJustification } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { type CalibrationEntry, calibrationFor } from './calibration-data.js';

/** States a revision starts from (domain workflow: `revise` from final or a legacy unassignable decision). */
const REVISABLE = new Set<string>(['final', 'unassignable-decided']);
/**
 * FUBEs listed per finding: a deviating entity can name hundreds of decisions and a title
 * shared by many FUBEs as many references; the page shows the first and the count, and the
 * answer stays small (docs/calibration.md § Speed).
 */
const MAX_SUBJECTS = 20;
const MAX_REFERENCES = 5;

/** HR and the administrator: 403 for everyone else (nothing of the catalogue is said). */
export function requireCalibration(caller: Caller, action: 'read' | 'justify'): void {
  const decision = authorize(caller, action, { type: 'calibration' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

/**
 * The calibration page's answer (issue 17 item 4): the findings over exactly the FUBEs the
 * caller may open, each with its justification when one was given, the FUBEs they name (title,
 * entity, class, whether a revision may be opened) and the decisions per entity and adviser.
 */
export async function listCalibration(deps: UseCaseDeps, ctx: UseCaseContext): Promise<CalibrationView> {
  const caller = requireCaller(ctx);
  requireCalibration(caller, 'read');
  const [{ result, entries }, justifications, entities, units] = await Promise.all([
    calibrationFor(deps, caller),
    deps.store.calibration.justifications(),
    deps.store.entities.list(),
    deps.store.entities.unitTree(),
  ]);
  // The answer is the same while the findings, the justifications, the names and the caller's grants are.
  const stamp = JSON.stringify([caller.userId, caller.roles, justifications.map((j) => `${j.findingKey}@${j.justifiedAt}`), entities.map((e) => `${e.id}=${e.name}`), units.size]);
  let views = built.get(result);
  if (views === undefined) built.set(result, (views = new Map()));
  const kept = views.get(stamp);
  if (kept !== undefined) return kept;
  const view = await buildView(deps, caller, result, entries, justifications, entities, units);
  if (views.size >= 32) views.clear();
  views.set(stamp, view);
  return view;
}

/** Views built per findings (kept while the findings are: calibration-data.ts keeps one per reach). */
const built = new WeakMap<CalibrationResult, Map<string, CalibrationView>>();

async function buildView(
  deps: UseCaseDeps,
  caller: Caller,
  result: CalibrationResult,
  entries: readonly CalibrationEntry[],
  justifications: readonly StoredJustification[],
  entities: readonly { id: string; name: string }[],
  units: Parameters<typeof fubeResource>[2],
): Promise<CalibrationView> {
  const byId = new Map(entries.map((e) => [e.fube.id, e]));
  const justified = new Map(justifications.map((j) => [j.findingKey, j]));
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  const adviserIds = result.stats.filter((s) => s.group === 'adviser').map((s) => s.groupId);
  const people = await deps.store.history.namesOf([...adviserIds, ...result.findings.map((f) => justified.get(f.key)?.justifiedBy ?? '')]);
  const nameOfGroup = (group: string, id: string) => (group === 'entity' ? (entityName.get(id) ?? id) : group === 'adviser' ? (people.get(id) ?? id) : '');

  const named = new Set<string>();
  const findings: CalibrationFindingView[] = result.findings.map((finding) => {
    const view = findingView(finding, currentJustification(finding, justified.get(finding.key)), people, nameOfGroup);
    for (const id of [...view.subjects, ...view.references, ...view.compareIds]) named.add(id);
    return view;
  });
  const fubes = [...named].sort().flatMap((id) => {
    const entry = byId.get(id);
    return entry === undefined ? [] : [fubeView(caller, entry, entityName, units)];
  });
  const familyIds = [...new Set(fubes.map((f) => f.familyId))].sort();
  const families = await Promise.all(familyIds.map((id) => deps.store.families.get(id)));
  const criterionNames = Object.fromEntries(
    families.flatMap((f) => (f === undefined ? [] : [[f.family.id, Object.fromEntries(f.family.criteria.map((c) => [c.id, c.name]))]])),
  );
  return {
    looked: entries.length,
    criterionNames,
    findings,
    fubes,
    stats: result.stats.map((s) => ({ ...s, name: nameOfGroup(s.group, s.groupId) })),
    thresholds: { ...DEFAULT_THRESHOLDS },
    abilities: { justify: can(caller, 'justify', { type: 'calibration' }) },
  };
}

/** The justification of a finding while it still covers the finding's FUBEs. */
function currentJustification(finding: Finding, justification: StoredJustification | undefined): StoredJustification | undefined {
  return justification !== undefined && justificationCovers(finding, justification.fubeIds) ? justification : undefined;
}

function findingView(
  finding: Finding,
  justification: StoredJustification | undefined,
  people: ReadonlyMap<string, string>,
  nameOfGroup: (group: string, id: string) => string,
): CalibrationFindingView {
  const d = finding.detail;
  const detail =
    d.kind === 'deviation'
      ? { ...d, groupName: nameOfGroup(d.group, d.groupId) }
      : d.kind === 'similar-texts'
        ? { ...d, similar: d.similar.slice(0, MAX_REFERENCES) }
        : d.kind === 'same-values'
          ? { ...d, classes: d.classes.map((c) => ({ ...c, ids: c.ids.slice(0, MAX_REFERENCES) })) }
          : d;
  const subjects = finding.subjects.slice(0, MAX_SUBJECTS);
  const references = finding.references.slice(0, MAX_REFERENCES);
  return {
    key: finding.key,
    kind: finding.kind,
    subjects,
    references,
    omitted: findingFubeIds(finding).length - new Set([...subjects, ...references]).size,
    compareIds: comparisonIds(finding),
    detail,
    justification:
      justification === undefined
        ? null
        : {
            motivation: justification.motivation,
            justifiedBy: justification.justifiedBy,
            justifiedByName: people.get(justification.justifiedBy) ?? justification.justifiedBy,
            justifiedAt: justification.justifiedAt,
          },
  };
}

function fubeView(caller: Caller, entry: CalibrationEntry, entityName: ReadonlyMap<string, string>, units: Parameters<typeof fubeResource>[2]) {
  const state = entry.state as Status;
  return {
    id: entry.fube.id,
    title: entry.fube.title,
    entityId: entry.fube.entityId,
    entityName: entityName.get(entry.fube.entityId) ?? entry.fube.entityId,
    familyId: entry.fube.familyId,
    state,
    revision: entry.revision,
    class: entry.fube.class,
    suggestedClass: entry.fube.suggestedClass,
    mayRevise: REVISABLE.has(state) && can(caller, 'revise', fubeResource(entry.content, state, units)),
  };
}
