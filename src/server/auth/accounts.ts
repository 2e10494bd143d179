import type { RoleGrant } from '../../domain/access/index.js';
import { roleSchema } from '../../domain/access/index.js';
import type { SessionWithUser, Store } from '../../store/index.js';

/**
 * What accounts and sessions need from persistence. `storeAccounts` fits the database store
 * to it; sessions live in the database so several server processes share them.
 */
export interface Account {
  id: string;
  /** The login name (stored in the users table's email column, lower case). */
  username: string;
  name: string;
  passwordHash: string;
  personId: string | null;
  /** The entity the person works in, from the people table. */
  entityId: string | null;
  disabled: boolean;
  trainedInMethod: boolean;
  roles: RoleGrant[];
}

export interface StoredSession {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface AuditEntry {
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  reason?: string;
}

export interface AccountsPort {
  byUsername(username: string): Promise<Account | undefined>;
  byId(id: string): Promise<Account | undefined>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  sessions: {
    create(session: { id: string; userId: string; expiresAt: string }): Promise<void>;
    /** The session, expired or not: expiry is decided by the session policy. */
    get(id: string): Promise<StoredSession | undefined>;
    /** The session (expired or not, as `get`) with its account, read at once. */
    withAccount(id: string): Promise<{ session: StoredSession; account: Account } | undefined>;
    touch(id: string, expiresAt: string): Promise<void>;
    delete(id: string): Promise<void>;
    deleteForUser(userId: string, exceptId?: string): Promise<void>;
  };
  /** Appends to the append-only history. */
  record(entry: AuditEntry): Promise<void>;
}

export function storeAccounts(store: Store): AccountsPort {
  type User = NonNullable<Awaited<ReturnType<Store['users']['get']>>>;
  const toAccount = (user: User, roles: readonly { role: string; entityId: string | null; unitId: string | null }[], personEntityId: string | null): Account => ({
    id: user.id,
    username: user.email,
    name: user.name,
    passwordHash: user.passwordHash,
    personId: user.personId,
    entityId: personEntityId,
    disabled: user.disabledAt !== null,
    trainedInMethod: user.trainedInMethod,
    // A role name the domain does not know grants nothing (never widened to something else).
    roles: roles.flatMap((r) => {
      const role = roleSchema.safeParse(r.role);
      return role.success ? [{ role: role.data, entityId: r.entityId, unitId: r.unitId }] : [];
    }),
  });
  const account = async (user: User | undefined): Promise<Account | undefined> => {
    if (user === undefined) return undefined;
    const [roles, person] = await Promise.all([store.users.roles(user.id), user.personId === null ? undefined : store.people.get(user.personId)]);
    return toAccount(user, roles, person?.entityId ?? null);
  };
  // The store hands out the same session object while nothing changed; so does this.
  const sessionAccounts = new WeakMap<SessionWithUser, { session: StoredSession; account: Account }>();
  return {
    byUsername: async (username) => account(await store.users.byEmail(username)),
    byId: async (id) => account(await store.users.get(id)),
    setPassword: (userId, hash) => store.users.setPassword(userId, hash),
    sessions: {
      create: async (session) => {
        await store.sessions.create(session);
      },
      // The repository hides sessions past expires_at by the store's clock; the policy
      // (with the app's clock) decides the rest.
      get: (id) => store.sessions.get(id),
      withAccount: async (id) => {
        const found = await store.sessions.withUser(id);
        if (found === undefined) return undefined;
        let result = sessionAccounts.get(found);
        if (result === undefined) {
          const account = toAccount(found.user, found.roles, found.personEntityId);
          for (const grant of account.roles) Object.freeze(grant);
          Object.freeze(account.roles);
          result = Object.freeze({ session: found.session, account: Object.freeze(account) });
          sessionAccounts.set(found, result);
        }
        return result;
      },
      touch: (id, expiresAt) => store.sessions.touch(id, expiresAt),
      delete: (id) => store.sessions.delete(id),
      deleteForUser: (userId, exceptId) => store.sessions.deleteForUser(userId, exceptId),
    },
    record: (entry) => store.history.add(entry),
  };
}

/** Whether any enabled account holds the admin role (serve tells how to make the first one). */
export async function hasAdministrator(store: Store): Promise<boolean> {
  for (const user of await store.users.list())
    if (user.disabledAt === null && (await store.users.roles(user.id)).some((r) => r.role === 'admin')) return true;
  return false;
}
