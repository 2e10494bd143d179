import { randomUUID } from 'node:crypto';
import type { StoreContext } from './context.js';
import { normaliseUsername } from '../domain/text/username.js';
import { type CompiledQuery, type Kysely, type Selectable, sql } from 'kysely';
import type { HistoryRepository } from './history-repository.js';
import type { Database, UsersTable } from './schema.js';

export interface User {
  id: string;
  email: string;
  name: string;
  /** The scrypt hash the accounts module computed; the store never sees a password. */
  passwordHash: string;
  personId: string | null;
  createdAt: string;
  disabledAt: string | null;
  /** Trained in the classification method (the outside HR member of a committee must be). */
  trainedInMethod: boolean;
}

/** A role, scoped to an entity or a unit of it; neither means over all entities. */
export interface UserRole {
  role: string;
  entityId: string | null;
  unitId: string | null;
}

export interface Session {
  /** A hash of the session token (the token itself stays with the browser). */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

/** Users and their roles. Hashing and checking passwords belong to the accounts module. */
/** The history row of an account change, written in the change's own transaction. */
export interface AccountAudit {
  actorId: string;
  action: string;
  data?: unknown;
}

export class AccountsRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  private async audit(trx: Kysely<Database>, userId: string, audit: AccountAudit | undefined): Promise<void> {
    if (audit !== undefined) await this.history.append(trx, { actorId: audit.actorId, action: audit.action, subjectType: 'user', subjectId: userId, data: audit.data ?? {} });
  }

  async create(
    input: { email: string; name: string; passwordHash: string; personId?: string | null; roles?: UserRole[]; trainedInMethod?: boolean },
    audit?: AccountAudit,
  ): Promise<User> {
    const user: User = {
      id: randomUUID(),
      email: normaliseUsername(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      personId: input.personId ?? null,
      createdAt: this.context.now(),
      disabledAt: null,
      trainedInMethod: input.trainedInMethod ?? false,
    };
    await this.context.transaction(async (trx) => {
      await trx
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          password_hash: user.passwordHash,
          person_id: user.personId,
          created_at: user.createdAt,
          disabled_at: null,
          trained_in_method: user.trainedInMethod ? 1 : 0,
        })
        .execute();
      if (input.roles !== undefined && input.roles.length > 0)
        await trx
          .insertInto('user_roles')
          .values(input.roles.map((r) => ({ user_id: user.id, role: r.role, entity_id: r.entityId, unit_id: r.unitId })))
          .execute();
      await this.audit(trx, user.id, audit);
    });
    return user;
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.context.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  /** Looked up by the normalised name (trimmed, NFC, lower case: as stored). */
  async byEmail(email: string): Promise<User | undefined> {
    const row = await this.context.db.selectFrom('users').selectAll().where('email', '=', normaliseUsername(email)).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async roles(userId: string): Promise<UserRole[]> {
    const rows = await this.context.db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).orderBy('id').execute();
    return rows.map((r) => ({ role: r.role, entityId: r.entity_id, unitId: r.unit_id }));
  }

  async addRole(userId: string, role: UserRole, audit?: AccountAudit): Promise<void> {
    await this.context.transaction(async (trx) => {
      await trx.insertInto('user_roles').values({ user_id: userId, role: role.role, entity_id: role.entityId, unit_id: role.unitId }).execute();
      await this.audit(trx, userId, audit);
    });
  }

  /** Removes a grant (role with exactly this scope); returns whether one was removed. */
  async removeRole(userId: string, role: UserRole, audit?: AccountAudit): Promise<boolean> {
    return this.context.transaction(async (trx) => {
      let query = trx.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', role.role);
      query = role.entityId === null ? query.where('entity_id', 'is', null) : query.where('entity_id', '=', role.entityId);
      query = role.unitId === null ? query.where('unit_id', 'is', null) : query.where('unit_id', '=', role.unitId);
      const removed = Number((await query.executeTakeFirst()).numDeletedRows) > 0;
      if (removed) await this.audit(trx, userId, audit);
      return removed;
    });
  }

  /** A new password; with `endSessions` every session of the account ends in the same commit. */
  async setPassword(userId: string, passwordHash: string, options: { endSessions?: boolean; audit?: AccountAudit } = {}): Promise<void> {
    await this.context.transaction(async (trx) => {
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
      if (options.endSessions === true) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await this.audit(trx, userId, options.audit);
    });
  }

  /** Disables an account (its sessions end in the same commit) or enables it. */
  async setDisabled(userId: string, disabled: boolean, audit?: AccountAudit): Promise<void> {
    await this.context.transaction(async (trx) => {
      await trx.updateTable('users').set({ disabled_at: disabled ? this.context.now() : null }).where('id', '=', userId).execute();
      if (disabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await this.audit(trx, userId, audit);
    });
  }

  async setTrainedInMethod(userId: string, trained: boolean, audit?: AccountAudit): Promise<void> {
    await this.context.transaction(async (trx) => {
      await trx.updateTable('users').set({ trained_in_method: trained ? 1 : 0 }).where('id', '=', userId).execute();
      await this.audit(trx, userId, audit);
    });
  }

  /**
   * The person behind each of these accounts (disabled ones too: who wrote a FUBE stays its
   * author), for rules about people that start from user ids (a FUBE's writers and weighers).
   */
  async personIdsOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.context.db
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('id', 'in', [...new Set(userIds)])
      .where('person_id', 'is not', null)
      .execute();
    return new Map(rows.flatMap((r) => (r.person_id === null ? [] : [[r.id, r.person_id] as const])));
  }

  /** Every user, by login name. */
  async list(): Promise<User[]> {
    const rows = await this.context.db.selectFrom('users').selectAll().orderBy('email').execute();
    return rows.map(toUser);
  }
}

/** Sessions in the database, so that several server processes share them. */
export class SessionsRepository {
  constructor(private readonly context: StoreContext) {}

  async create(session: { id: string; userId: string; expiresAt: string }): Promise<Session> {
    const at = this.context.now();
    await this.context.transaction((trx) =>
      trx
        .insertInto('sessions')
        .values({ id: session.id, user_id: session.userId, created_at: at, expires_at: session.expiresAt, last_seen_at: at })
        .execute(),
    );
    return { id: session.id, userId: session.userId, createdAt: at, expiresAt: session.expiresAt, lastSeenAt: at };
  }

  /** The session when it exists and has not expired. */
  async get(id: string): Promise<Session | undefined> {
    const row = await this.context.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', this.context.now())
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { id: row.id, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at };
  }

  /**
   * The session with its user, the user's roles and the entity of the user's person, in one
   * query compiled once: this runs on every request that carries a session cookie (before
   * it, four queries through the query builder were a sixth of a request's CPU).
   */
  async withUser(id: string): Promise<SessionWithUser | undefined> {
    this.withUserQuery ??= this.context.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .leftJoin('people as p', 'p.id', 'u.person_id')
      .leftJoin('user_roles as r', 'r.user_id', 'u.id')
      .select([
        's.id as session_id', 's.created_at as session_created_at', 's.expires_at', 's.last_seen_at',
        'u.id', 'u.email', 'u.name', 'u.password_hash', 'u.person_id', 'u.created_at', 'u.disabled_at', 'u.trained_in_method',
        'p.entity_id as person_entity_id', 'r.role', 'r.entity_id as role_entity_id', 'r.unit_id as role_unit_id',
        // The reference rows a process keeps are current up to this version (decision 0068).
        sql<number | string | null>`(select version from reference_version where id = 1)`.as('reference_version'),
      ])
      .where('s.id', '=', '')
      .orderBy('r.id')
      .compile();
    // Expiry is checked here, not in the query: the result stays reusable (readHot) over time.
    const rows = await this.context.readHotWithReferenceVersion<SessionUserRow>({ ...this.withUserQuery, parameters: [id] }, (found) =>
      found[0] === undefined ? undefined : Number(found[0].reference_version ?? 0),
    );
    const first = rows[0];
    if (first === undefined || first.expires_at <= this.context.now()) return undefined;
    // Reused rows (readHot) give the same object again, built once.
    let found = this.withUserFound.get(rows);
    if (found === undefined) {
      found = Object.freeze({
        session: Object.freeze({ id: first.session_id, userId: first.id, createdAt: first.session_created_at, expiresAt: first.expires_at, lastSeenAt: first.last_seen_at }),
        user: Object.freeze(toUser(first)),
        roles: Object.freeze(rows.flatMap((r) => (r.role === null ? [] : [Object.freeze({ role: r.role, entityId: r.role_entity_id, unitId: r.role_unit_id })]))),
        personEntityId: first.person_entity_id,
      });
      this.withUserFound.set(rows, found);
    }
    return found;
  }

  private withUserQuery: CompiledQuery | undefined;
  private readonly withUserFound = new WeakMap<readonly SessionUserRow[], SessionWithUser>();

  /** Marks the session as used now and optionally extends it. */
  async touch(id: string, expiresAt?: string): Promise<void> {
    await this.context.transaction((trx) =>
      trx
        .updateTable('sessions')
        .set({ last_seen_at: this.context.now(), ...(expiresAt !== undefined ? { expires_at: expiresAt } : {}) })
        .where('id', '=', id)
        .execute(),
    );
  }

  async delete(id: string): Promise<void> {
    await this.context.transaction((trx) => trx.deleteFrom('sessions').where('id', '=', id).execute());
  }

  /** Ends every session of a user but one (password change, reset, disabled account). */
  async deleteForUser(userId: string, exceptId?: string): Promise<void> {
    await this.context.transaction((trx) => {
      let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
      return query.execute();
    });
  }

  /** Removes expired sessions; returns how many. */
  async deleteExpired(): Promise<number> {
    const result = await this.context.transaction((trx) => trx.deleteFrom('sessions').where('expires_at', '<=', this.context.now()).executeTakeFirst());
    return Number(result.numDeletedRows);
  }
}

/** A user row as read (schema.ts UsersTable). */
type UserRow = Selectable<UsersTable>;

/** A session with its user: shared between requests while the database is unchanged, so frozen. */
export type SessionWithUser = Readonly<{ session: Readonly<Session>; user: Readonly<User>; roles: readonly Readonly<UserRole>[]; personEntityId: string | null }>;

interface SessionUserRow extends UserRow {
  session_id: string;
  session_created_at: string;
  expires_at: string;
  last_seen_at: string;
  person_entity_id: string | null;
  role: string | null;
  role_entity_id: string | null;
  role_unit_id: string | null;
  reference_version: number | string | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    personId: row.person_id,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    trainedInMethod: Number(row.trained_in_method) === 1,
  };
}
