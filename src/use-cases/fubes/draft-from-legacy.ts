import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import { type FubeSuggestion, type LegacyDescription, suggestFube } from '../../domain/suggest/index.js';
import { cleanText } from '../../domain/text/hygiene.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { requireFamily } from '../family-versions.js';
import { domainRefused } from '../problems.js';
import { createFube } from './create-fube.js';

/**
 * A draft FUBE from an old function description (issue 17 item 3, decision 0064): the
 * suggestion picks the family (among the published ones, or the one given) and the result
 * areas; the draft is made by the create-FUBE use case with the caller's own rights, and its
 * history row records the file and the whole suggestion (values, evidence, confidence). The
 * values are not put in the draft's weighing: HR reads the evidence and weighs.
 */

export interface LegacyDraftRequest {
  entityId: string;
  unitId?: string | undefined;
  /** Compare with this published family only; all published families when left out. */
  familyId?: string | undefined;
  /** The old file's name, as the draft's history records it. */
  file: string;
  description: LegacyDescription;
}

export interface LegacyDraft {
  fube: FubeView;
  suggestion: FubeSuggestion;
}

const TITLE_LIMIT = 200;

/** The families a suggestion compares with: the one asked (404 when not published), else every published one. */
export async function suggestionFamilies(deps: UseCaseDeps, familyId?: string): Promise<Family[]> {
  if (familyId !== undefined) return [await requireFamily(deps.store, familyId)];
  return (await deps.store.families.published()).map((p) => p.family);
}

export async function draftFromLegacy(deps: UseCaseDeps, ctx: UseCaseContext, request: LegacyDraftRequest, families?: readonly Family[]): Promise<LegacyDraft> {
  requireCaller(ctx);
  const candidates = families ?? (await suggestionFamilies(deps, request.familyId));
  const suggested = suggestFube(candidates, request.description);
  if (!suggested.ok) throw domainRefused(suggested.errors);
  const suggestion = suggested.value;
  const family = candidates.find((f) => f.id === suggestion.family)!;
  const file = cleanText(request.file, { name: true }).slice(0, TITLE_LIMIT);
  const title = (cleanText(request.description.title, { name: true }).trim() || file.replace(/\.[^.]+$/, '')).slice(0, TITLE_LIMIT);
  const fube = await createFube(
    deps,
    ctx,
    { familyId: family.id, familyVersion: family.version, title, entityId: request.entityId, unitId: request.unitId, holderIds: [] },
    {
      // No area fits (a very short text): all the family's areas, as a new FUBE starts.
      ...(suggestion.resultAreas.length > 0 ? { resultAreaIds: suggestion.resultAreas } : {}),
      origin: { legacySource: file, suggestion },
      reason: `ontwerp uit oude functiebeschrijving ${file}`,
    },
  );
  return { fube, suggestion };
}
