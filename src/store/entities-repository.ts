import type { StoreContext } from './database.js';

export interface Unit {
  id: string;
  name: string;
  /** The unit it is part of (a team in an afdeling); null directly under the entity. */
  parentId: string | null;
}

export interface Entity {
  id: string;
  name: string;
  units: Unit[];
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  entityId: string | null;
  unitId: string | null;
}

/** Entities (departments, agencies) and their units. */
export class EntitiesRepository {
  constructor(private readonly context: StoreContext) {}

  /** Creates or renames an entity and adds or renames the units given (none are removed). */
  async save(entity: Entity): Promise<void> {
    await this.context.transaction(async (trx) => {
      await trx
        .insertInto('entities')
        .values({ id: entity.id, name: entity.name })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: entity.name }))
        .execute();
      // Parents first, so the self-reference of units holds on insert.
      for (const unit of orderParentsFirst(entity.units))
        await trx
          .insertInto('units')
          .values({ id: unit.id, entity_id: entity.id, parent_id: unit.parentId, name: unit.name })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: unit.name, parent_id: unit.parentId }))
          .execute();
    });
  }

  /** All entities with their units, by name. */
  async list(): Promise<Entity[]> {
    const entities = await this.context.db.selectFrom('entities').selectAll().orderBy('name').orderBy('id').execute();
    const units = await this.context.db.selectFrom('units').selectAll().orderBy('name').orderBy('id').execute();
    return entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      units: units.filter((u) => u.entity_id === entity.id).map((u) => ({ id: u.id, name: u.name, parentId: u.parent_id })),
    }));
  }

  async get(id: string): Promise<Entity | undefined> {
    return (await this.list()).find((entity) => entity.id === id);
  }
}

function orderParentsFirst(units: readonly Unit[]): Unit[] {
  const ordered: Unit[] = [];
  const placed = new Set<string>();
  let rest = [...units];
  while (rest.length > 0) {
    const ready = rest.filter((u) => u.parentId === null || placed.has(u.parentId) || !rest.some((r) => r.id === u.parentId));
    // A cycle among the given units: insert as given and let the database refuse it.
    const next = ready.length > 0 ? ready : rest;
    for (const unit of next) {
      ordered.push(unit);
      placed.add(unit.id);
    }
    rest = rest.filter((u) => !placed.has(u.id));
  }
  return ordered;
}

/** People: holders, managers, committee members. */
export class PeopleRepository {
  constructor(private readonly context: StoreContext) {}

  async save(person: Person): Promise<void> {
    const columns = { name: person.name, email: person.email, entity_id: person.entityId, unit_id: person.unitId };
    await this.context.transaction((trx) =>
      trx
        .insertInto('people')
        .values({ id: person.id, ...columns })
        .onConflict((oc) => oc.column('id').doUpdateSet(columns))
        .execute(),
    );
  }

  async get(id: string): Promise<Person | undefined> {
    const row = await this.context.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toPerson(row);
  }

  async list(filter: { entityId?: string; unitId?: string } = {}): Promise<Person[]> {
    let query = this.context.db.selectFrom('people').selectAll();
    if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
    if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
    return (await query.orderBy('name').orderBy('id').execute()).map(toPerson);
  }
}

function toPerson(row: { id: string; name: string; email: string | null; entity_id: string | null; unit_id: string | null }): Person {
  return { id: row.id, name: row.name, email: row.email, entityId: row.entity_id, unitId: row.unit_id };
}
