import { authorsOf } from '../../domain/fube/authors.js';
import type { CommitteeParties } from '../../domain/workflow/index.js';
import type { FubeRecord } from '../../store/index.js';
import type { UseCaseDeps } from '../context.js';

type Authors = ReturnType<typeof authorsOf>;

/**
 * Whom a FUBE's validation committee must keep out, as people: its manager, its holders (now
 * and as proposed), and the people behind the accounts that wrote or weighed any revision.
 */
export async function committeePartiesOf(deps: UseCaseDeps, record: FubeRecord, authors?: Authors): Promise<CommitteeParties> {
  const { writerIds, weigherIds } = authors ?? authorsOf(await deps.store.fubes.revisionAuthors(record.id));
  const persons = await deps.store.users.personIdsOf([...writerIds, ...weigherIds]);
  const people = (userIds: readonly string[]) => [...new Set(userIds.flatMap((id) => persons.get(id) ?? []))];
  return {
    entityId: record.content.entityId,
    managerId: record.content.managerId ?? null,
    holderIds: [...new Set([...record.content.holderIds, ...(record.workflow.proposal?.holderIds ?? [])])],
    writerPersonIds: people(writerIds),
    weigherPersonIds: people(weigherIds),
  };
}

/** Everyone the validation committee keeps out, once each (for the web's committee picker). */
export const excludedFromCommittee = (parties: CommitteeParties): string[] => [
  ...new Set([...(parties.managerId != null ? [parties.managerId] : []), ...parties.holderIds, ...parties.writerPersonIds, ...parties.weigherPersonIds]),
];
