import { type CompiledQuery, type ExpressionBuilder, sql } from 'kysely';
import type { PeopleReach } from '../domain/access/people-scope.js';
import type { UnitTree } from '../domain/access/fube-resource.js';
import { PEOPLE_LIMIT, matchPeople } from '../domain/people/match.js';
import type { StoreContext } from './context.js';
import type { Database } from './schema.js';

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

/** Every unit as the access rules need it and the ids of every entity: read together, in one query. */
export interface Places {
  units: UnitTree;
  entityIds: Set<string>;
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
  /** Compiled once: the access rules read the units on every FUBE request. */
  private readonly unitsQuery: CompiledQuery<{ id: string; entity_id: string; parent_id: string | null }>;
  /** Units and entities in one round trip: a FUBE's view and every write's checks need both. */
  private readonly placesQuery: CompiledQuery<{ unit_id: string | null; entity_id: string; parent_id: string | null }>;

  constructor(private readonly context: StoreContext) {
    this.unitsQuery = context.db.selectFrom('units').select(['id', 'entity_id', 'parent_id']).orderBy('id').compile();
    this.placesQuery = sql<{ unit_id: string | null; entity_id: string; parent_id: string | null }>`select id as unit_id, entity_id, parent_id from units
      union all select null, id, null from entities
      order by 1, 2`.compile(context.db);
  }

  /**
   * Every unit with its entity and the unit above it, as the access rules need them (a
   * manager of an afdeling reaches its teams). A hot read: reused until anything changes.
   */
  async unitTree(): Promise<UnitTree> {
    const rows = await this.context.readReference(this.unitsQuery);
    return new Map(rows.map((row) => [row.id, { entityId: row.entity_id, parentId: row.parent_id }]));
  }

  /**
   * Every unit (as `unitTree`) and the ids of every entity (as `ids`), in one query: a hot
   * read, reused until anything changes.
   */
  async places(): Promise<Places> {
    const rows = await this.context.readReference(this.placesQuery);
    const units = new Map<string, { entityId: string; parentId: string | null }>();
    const entityIds = new Set<string>();
    for (const row of rows) {
      if (row.unit_id === null) entityIds.add(row.entity_id);
      else units.set(row.unit_id, { entityId: row.entity_id, parentId: row.parent_id });
    }
    return { units, entityIds };
  }

  /** The ids of every entity. */
  async ids(): Promise<Set<string>> {
    const rows = await this.context.db.selectFrom('entities').select('id').execute();
    return new Set(rows.map((row) => row.id));
  }

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

/** A person as the pickers find them: with the roles and training of their enabled accounts. */
export interface PersonHit {
  id: string;
  name: string;
  entityId: string | null;
  unitId: string | null;
  roles: string[];
  trainedInMethod: boolean;
}

export interface PeopleSearch {
  /** Whom the caller may find (src/domain/access peopleScope); nobody when empty. */
  reach: readonly PeopleReach[];
  q?: string | undefined;
  entityId?: string | undefined;
  /** Only people whose (enabled) account holds this role. */
  role?: string | undefined;
  limit?: number;
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

  /** The people with these ids (unknown ids are left out). */
  async byIds(ids: readonly string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    const rows = await this.context.db.selectFrom('people').selectAll().where('id', 'in', [...new Set(ids)]).orderBy('id').execute();
    return rows.map(toPerson);
  }

  /**
   * The people in reach whose name matches, best first, at most `limit`. The reach, entity
   * and role narrow the rows in SQL; the name is matched by the domain's rule (accents and
   * case folded the same on both databases), then the roles of the few found are read.
   */
  async search(search: PeopleSearch): Promise<PersonHit[]> {
    if (search.reach.length === 0) return [];
    let query = this.context.db.selectFrom('people').select(['id', 'name', 'entity_id', 'unit_id']);
    if (search.entityId !== undefined) query = query.where('entity_id', '=', search.entityId);
    /** The person has an active account holding one of these roles. */
    const holdsRole = (eb: ExpressionBuilder<Database, 'people'>, roles: readonly string[]) =>
      eb.exists(
        eb
          .selectFrom('users')
          .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
          .select(sql.lit(1).as('one'))
          .whereRef('users.person_id', '=', 'people.id')
          .where('users.disabled_at', 'is', null)
          .where('user_roles.role', 'in', [...roles]),
      );
    if (search.role !== undefined) {
      const role = search.role;
      query = query.where((eb) => holdsRole(eb, [role]));
    }
    query = query.where((eb) =>
      eb.or(
        search.reach.map((part) => {
          const conditions = [];
          if (part.entityId !== null) conditions.push(eb('entity_id', '=', part.entityId));
          if (part.unitId !== null) conditions.push(eb('unit_id', '=', part.unitId));
          if (part.exceptEntityId !== undefined) conditions.push(eb.and([eb('entity_id', 'is not', null), eb('entity_id', '<>', part.exceptEntityId)]));
          if (part.roles !== undefined) conditions.push(holdsRole(eb, part.roles));
          return eb.and(conditions);
        }),
      ),
    );
    const rows = await query.execute();
    const found = matchPeople(
      rows.map((r) => ({ id: r.id, name: r.name, entityId: r.entity_id, unitId: r.unit_id })),
      search.q,
      search.limit ?? PEOPLE_LIMIT,
    );
    return this.withAccounts(found);
  }

  /** The people with these ids with what their accounts hold (unknown ids are left out). */
  async hits(ids: readonly string[]): Promise<PersonHit[]> {
    const people = await this.byIds(ids);
    return this.withAccounts(people.map(({ id, name, entityId, unitId }) => ({ id, name, entityId, unitId })));
  }

  /** Roles and training come from the people's active accounts. */
  private async withAccounts(found: Omit<PersonHit, 'roles' | 'trainedInMethod'>[]): Promise<PersonHit[]> {
    if (found.length === 0) return [];
    const accounts = await this.context.db
      .selectFrom('users')
      .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.person_id', 'users.trained_in_method', 'user_roles.role'])
      .where('users.person_id', 'in', found.map((p) => p.id))
      .where('users.disabled_at', 'is', null)
      .orderBy('user_roles.id')
      .execute();
    return found.map((person) => {
      const own = accounts.filter((a) => a.person_id === person.id);
      return {
        ...person,
        roles: [...new Set(own.flatMap((a) => (a.role === null ? [] : [a.role])))],
        trainedInMethod: own.some((a) => Number(a.trained_in_method) === 1),
      };
    });
  }
}

function toPerson(row: { id: string; name: string; email: string | null; entity_id: string | null; unit_id: string | null }): Person {
  return { id: row.id, name: row.name, email: row.email, entityId: row.entity_id, unitId: row.unit_id };
}
