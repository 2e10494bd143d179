import type { LegacyDraftResult } from '../../api/legacy.js';
import { checkLegacyExtension } from '../../documents/legacy/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { readUpload } from '../read-upload.js';
import { checkCreatePlace } from './create-fube.js';
import { draftFromLegacy, suggestionFamilies } from './draft-from-legacy.js';

export interface LegacyUploadRequest {
  entityId: string;
  unitId?: string | undefined;
  familyId?: string | undefined;
  /** The file's name as the browser sent it: its type and what the history records. */
  file: string;
}

/**
 * One old function description uploaded in the web app (issue 17 item 3, decision 0064): a
 * draft in the entity (and unit) through draftFromLegacy, with the caller's own rights. The
 * place and the family are checked before the file is read, so a refused caller's file is
 * never parsed. A file the reader refuses is no error of the request: the answer says why,
 * in Dutch, as the CLI's report line does. The file is read in the document pool (off the
 * event loop, with its time and memory limits: a 503/422 problem past them).
 */
export async function uploadLegacyDraft(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: LegacyUploadRequest,
  bytes: Buffer,
): Promise<LegacyDraftResult> {
  const caller = requireCaller(ctx);
  await checkCreatePlace(deps, caller, { entityId: request.entityId, unitId: request.unitId, holderIds: [] });
  const families = await suggestionFamilies(deps, request.familyId);
  // A type the reader refuses is answered at once, without a worker.
  const checked = checkLegacyExtension(request.file);
  const read = checked.ok ? await readUpload(deps, { kind: 'read-legacy', file: request.file, bytes }) : checked;
  if (!read.ok)
    return {
      file: request.file,
      status: 'failed',
      fube: null,
      errors: read.errors.map((e) => ({ code: e.code, message: e.message })),
      warnings: [],
    };
  const { fube } = await draftFromLegacy(
    deps,
    ctx,
    { entityId: request.entityId, unitId: request.unitId, file: request.file, description: read.value.description },
    families,
  );
  return {
    file: request.file,
    status: 'created',
    fube: {
      id: fube.id,
      title: fube.content.title,
      familyId: fube.content.familyId,
      familyVersion: fube.content.familyVersion,
    },
    errors: [],
    warnings: read.value.warnings,
  };
}
