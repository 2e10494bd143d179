import type { FamilyVersionInfo } from '../../api/families.js';
import type { Family } from '../../domain/family/schema.js';
import { catalogueError as domainCatalogueError } from '../../domain/messages/index.js';
import { type ImportReport, familyYaml } from '../../documents/family-docx/index.js';
import { ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { ApiProblem, domainRefused, notFound } from '../problems.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { readUpload } from '../read-upload.js';
import { requireFamilyManager, uploadFamilyDraft } from './manage-families.js';

export interface FamilyDocxImport {
  saved: FamilyVersionInfo;
  report: ImportReport;
}

/**
 * A family from a Word document, stored as a draft version for review (issue 17 item 1,
 * decision 0063). Only whoever manages families may, and that is asked before the file is
 * read. The document becomes a family file (YAML) and goes through the same upload as a
 * typed file (uploadFamilyDraft: checked again, stored as a draft, one history row). A family
 * that exists already gets the next version, and the ids of its result areas, criteria and
 * competencies where the names match; `familyId` names that family when the document's
 * name alone would not. The document is read in the document pool (off the event loop, with
 * its time and memory limits: a 503/422 problem past them).
 */
export async function importFamilyDocx(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  bytes: Uint8Array,
  options: { familyId?: string; fileName?: string } = {},
): Promise<FamilyDocxImport> {
  requireFamilyManager(ctx);
  const latestOf = async (id: string): Promise<Family | undefined> => {
    const versions = await deps.store.families.versions(id);
    if (versions.length === 0) return undefined;
    return (await deps.store.families.get(id, Math.max(...versions.map((v) => v.version))))?.family;
  };
  let base: Family | undefined;
  if (options.familyId !== undefined) {
    base = await latestOf(options.familyId);
    if (base === undefined) throw notFound(ref('not-found.family', { id: options.familyId }));
  }
  const fileName = options.fileName;
  const readWith = (b: Family | undefined) =>
    readUpload(deps, { kind: 'read-family-docx', bytes, options: { ...(fileName !== undefined ? { fileName } : {}), ...(b !== undefined ? { base: b } : {}) } });
  let read = await readWith(base);
  if (!read.ok) {
    const tooLarge = read.errors.some((e) => e.code === 'docx.too-large' || e.code === 'docx.unpacked-too-large');
    if (tooLarge) throw new ApiProblem({ type: PROBLEM_TYPES.limit, title: ref('problem.too-large'), status: 413, errors: read.errors });
    throw domainRefused(read.errors, ref('problem.family-docx-invalid'));
  }
  // The document names a family that exists: read again against it, so its ids carry over.
  if (base === undefined) {
    const existing = await latestOf(read.value.family.id);
    if (existing !== undefined) {
      const again = await readWith(existing);
      if (again.ok) read = again;
      base = existing;
    }
  }
  let { family } = read.value;
  const { report } = read.value;
  if (base !== undefined) {
    const next = Math.max(...(await deps.store.families.versions(base.id)).map((v) => v.version)) + 1;
    family = { ...family, id: base.id, version: next };
    report.check.push({ ...noteOf(domainCatalogueError('docx.check.version-next', 'version', { id: base.id, version: next })), path: 'version' });
  }
  const saved = await uploadFamilyDraft(deps, ctx, { text: familyYaml(family, fileName), format: 'yaml' });
  return { saved, report };
}

function noteOf(error: ReturnType<typeof domainCatalogueError>) {
  const { path: _path, ...note } = error;
  return note;
}
