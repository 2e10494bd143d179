import type { AppealFile } from '../../api/fubes.js';
import { authorize } from '../../domain/access/index.js';
import { appealFile } from '../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { forbidden } from '../problems.js';
import { openFube } from './fube-gate.js';

/**
 * The appeal file of a FUBE: every appeal of the round with its text, attachments' names,
 * what it contests, the day and the way it came in, and the committee's decision. The
 * appeal committee, HR of the entity and the administrator read all of it; a holder reads
 * the appeals they are an appellant of (the outcome and its motivation); others get 403.
 */
export async function appealFiles(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<{ appeals: AppealFile[]; people: { id: string; name: string; entityId: string | null; unitId: string | null }[] }> {
  const { caller, record, resource } = await openFube(deps, ctx, id);
  const all = authorize(caller, 'read-appeals', resource);
  const own = caller.personId != null && resource.holderIds.includes(caller.personId) ? caller.personId : null;
  if (!all.allowed && own === null) throw forbidden(all.reason);
  const entries = appealFile(record.workflow, await deps.store.fubes.events(id)).filter((e) => all.allowed || e.record.appellantIds.includes(own ?? ''));
  const appeals: AppealFile[] = entries.map(({ record: a, revision, motivation, attachments, registeredBy, representative, decision }) => ({
    id: a.id,
    revision,
    appellantIds: a.appellantIds,
    grounds: a.grounds,
    ...(a.classDirection !== undefined ? { classDirection: a.classDirection } : {}),
    ...(a.contested !== undefined ? { contested: a.contested } : {}),
    motivation,
    attachments,
    channel: a.channel,
    receivedOn: a.receivedOn,
    registeredBy,
    representative,
    late: a.late,
    committeeMeetsBy: a.committeeMeetsBy,
    decision:
      a.decision === undefined
        ? null
        : {
            at: a.decision.at,
            outcome: a.decision.outcome,
            ...(a.decision.familyId !== undefined ? { familyId: a.decision.familyId } : {}),
            ...(a.decision.class !== undefined ? { class: a.decision.class } : {}),
            motivation: decision?.motivation ?? '',
            committee: (a.decision.committee?.members ?? []).map((m) => ({ personId: m.personId, name: m.name, entityId: m.entityId })),
            hearingOn: a.decision.hearingOn ?? null,
            heard: decision?.heard ?? [],
          },
  }));
  const ids = [...new Set(appeals.flatMap((a) => a.appellantIds))];
  const people = (await deps.store.people.byIds(ids)).map(({ id: personId, name, entityId, unitId }) => ({ id: personId, name, entityId, unitId }));
  return { appeals, people };
}
