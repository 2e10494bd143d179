import { threadReach } from '../../domain/access/index.js';
import { redactThreads } from './fube-threads.js';
import type { Compare, FubeHistoryEvent, FubeRevision } from '../../api/fubes.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { diffRevisions } from '../../domain/fube/diff-revisions.js';
import { ref } from '../../messages/index.js';
import type { WorkflowEvent } from '../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { notFound } from '../problems.js';
import { openFube } from './fube-gate.js';

/** Every revision of a FUBE the caller may open, without the content. */
export async function listRevisions(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<(Omit<FubeRevision, 'content'> & { title: string })[]> {
  await openFube(deps, ctx, id);
  const revisions = await deps.store.fubes.revisions(id);
  return revisions.map(({ content, ...info }) => ({ ...info, title: content.title }));
}

export async function getRevision(deps: UseCaseDeps, ctx: UseCaseContext, id: string, n: number): Promise<FubeRevision> {
  await openFube(deps, ctx, id);
  const revision = await deps.store.fubes.revision(id, n);
  if (revision === undefined) throw notFound(ref('not-found.fube-revision', { id, revision: n }));
  return revision;
}

/** Two revisions compared: every difference with its field path, before and after. */
export async function compareRevisions(deps: UseCaseDeps, ctx: UseCaseContext, id: string, from: number, to: number): Promise<Compare> {
  await openFube(deps, ctx, id);
  const [a, b] = await Promise.all([deps.store.fubes.revision(id, from), deps.store.fubes.revision(id, to)]);
  if (a === undefined) throw notFound(ref('not-found.fube-revision', { id, revision: from }));
  if (b === undefined) throw notFound(ref('not-found.fube-revision', { id, revision: to }));
  const names = await deps.store.history.namesOf([...namedIds(a.content), ...namedIds(b.content)]);
  return { fubeId: id, from, to, changes: diffRevisions(a.content, b.content), names: Object.fromEntries(names) };
}

/** The ids of a revision's content that a comparison shows by name: people, places, the family. */
function namedIds(content: FubeContent): string[] {
  return [
    content.familyId,
    content.entityId,
    ...(content.unitId !== undefined ? [content.unitId] : []),
    ...content.holderIds,
    ...(content.managerId !== undefined ? [content.managerId] : []),
    ...(content.tieDecision !== undefined ? [content.tieDecision.decidedBy, ...(content.tieDecision.decidedByPersonId !== undefined ? [content.tieDecision.decidedByPersonId] : [])] : []),
  ];
}

/**
 * The FUBE's own history (workflow events), for whoever may read it. The texts of a holder's
 * remarks and talk request, and the answers to them, only for who may read that thread.
 */
export async function fubeHistory(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<FubeHistoryEvent[]> {
  const { caller, resource } = await openFube(deps, ctx, id, 'read-history');
  const events: WorkflowEvent[] = redactThreads(threadReach(caller, resource), await deps.store.fubes.events(id));
  // Who did each step, by name: every actor of the FUBE's history in one query.
  const names = await deps.store.history.namesOf(events.map((e) => e.actorId));
  return events.map((e) => ({ ...e, actorName: names.get(e.actorId) ?? null }));
}
