import type { Selectable } from 'kysely';
import type { Status } from '../domain/workflow/schema.js';
import type { FubesTable } from './schema.js';

/** The columns lists and the matrix show. */
export interface FubeSummary {
  id: string;
  title: string;
  familyId: string;
  familyVersion: number;
  entityId: string;
  unitId: string | null;
  state: Status;
  revision: number;
  level: number | null;
  class: number | null;
  updatedAt: string;
}

export function toSummary(row: Pick<Selectable<FubesTable>, 'id' | 'title' | 'family_id' | 'family_version' | 'entity_id' | 'unit_id' | 'state' | 'revision' | 'level' | 'class' | 'updated_at'>): FubeSummary {
  return {
    id: row.id,
    title: row.title,
    familyId: row.family_id,
    familyVersion: row.family_version,
    entityId: row.entity_id,
    unitId: row.unit_id,
    state: row.state as Status,
    revision: row.revision,
    level: row.level,
    class: row.class,
    updatedAt: row.updated_at,
  };
}
