import { audienceOf } from '../../domain/access/index.js';
import { fubeDocumentView } from '../../documents/index.js';
import { upheldDecision } from '../../domain/workflow/appeals.js';
import { ref } from '../../messages/index.js';
import { renderDocument } from '../render-document.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused } from '../problems.js';
import { openFube } from './fube-gate.js';
import { personIdsOf } from './fube-view.js';

export const DOCUMENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export interface FubeDocument {
  bytes: Uint8Array;
  contentType: string;
  /** A name for the file: the title's letters and digits and the revision. */
  filename: string;
}

/**
 * The FUBE as a Word document or PDF, for whoever may open it. The working notes are in it
 * only for HR and the committees, and only before the FUBE is final (a final FUBE is the
 * holders' document); they can ask for the holders' version with `audience: 'holder'`.
 */
export async function fubeDocument(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  id: string,
  format: 'docx' | 'pdf',
  asked?: 'internal' | 'holder',
): Promise<FubeDocument> {
  const { record, caller } = await openFube(deps, ctx, id);
  const internal = audienceOf(caller, record.content) === 'internal' && record.workflow.status !== 'final' && asked !== 'holder';
  const [family, events, entities] = await Promise.all([
    deps.families.get(record.content.familyId, record.content.familyVersion),
    deps.store.fubes.events(record.id),
    deps.store.entities.list(),
  ]);
  const people = await deps.store.people.byIds(personIdsOf(record, events));
  // After an upheld family appeal the function stands in that (published) family.
  const movedTo = upheldDecision(record.workflow)?.familyId;
  const standingFamily = movedTo === undefined || movedTo === family.id ? undefined : (await deps.store.families.published()).find((p) => p.family.id === movedTo)?.family;
  const view = fubeDocumentView({
    content: record.content,
    family,
    standingFamily,
    workflow: record.workflow,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    names: {
      entities: Object.fromEntries(entities.map((e) => [e.id, e.name])),
      units: Object.fromEntries(entities.flatMap((e) => e.units.map((u) => [u.id, u.name]))),
      people: Object.fromEntries(people.map((p) => [p.id, p.name])),
    },
    generatedAt: ctx.clock.now().toISOString(),
    audience: internal ? 'internal' : 'holder',
  });
  if (!view.ok) throw domainRefused(view.errors, ref('problem.document-refused'));
  // Off the event loop, with a time and memory limit (render-pool.ts).
  const bytes = await renderDocument(deps, { kind: 'fube', format, view: view.value });
  const base = record.content.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'fube';
  return { bytes, contentType: DOCUMENT_TYPES[format], filename: `${base}-r${record.revision}.${format}` };
}
