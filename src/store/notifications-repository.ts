import type { Kysely } from 'kysely';
import type { Addressee } from '../domain/notifications/recipients.js';
import type { StoreContext } from './context.js';
import { readJson, writeJson } from './json.js';
import type { Database } from './schema.js';

/** A notification to write with its event; `mail` also queues an e-mail to the user's address. */
export interface NewNotification {
  userId: string;
  fubeId: string;
  kind: string;
  data: { title: string; code?: string; date?: string };
  /** Written at most once with this key (a deadline per user, code and date). */
  onceKey?: string;
  mail?: { to: string; language: string } | undefined;
}

export interface StoredNotification {
  id: number;
  fubeId: string;
  kind: string;
  data: { title: string; code?: string; date?: string };
  createdAt: string;
  readAt: string | null;
}

/** The e-mail as queued: rendered in the addressee's language when it is sent. */
export interface OutboxMessage {
  kind: string;
  fubeId: string;
  title: string;
  code?: string;
  date?: string;
}

export interface OutboxMail {
  id: number;
  to: string;
  language: string;
  message: OutboxMessage;
  attempts: number;
  nextAttemptAt: string;
}

/**
 * Writes notifications and their e-mails inside a caller's transaction (the FUBE write of
 * the event, fubes-repository.ts): the notice, the mail and the event commit together or
 * not at all. Returns how many notifications were written (a once-key already there is skipped).
 */
export async function insertNotifications(trx: Kysely<Database>, at: string, notices: readonly NewNotification[]): Promise<number> {
  let written = 0;
  for (const notice of notices) {
    const result = await trx
      .insertInto('notifications')
      .values({
        user_id: notice.userId,
        fube_id: notice.fubeId,
        kind: notice.kind,
        data: writeJson(notice.data),
        once_key: notice.onceKey ?? null,
        created_at: at,
        read_at: null,
      })
      .onConflict((oc) => oc.column('once_key').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    written++;
    if (notice.mail !== undefined) {
      const message: OutboxMessage = { kind: notice.kind, fubeId: notice.fubeId, ...notice.data };
      await trx
        .insertInto('mail_outbox')
        .values({ to_address: notice.mail.to, language: notice.mail.language, message: writeJson(message), created_at: at, next_attempt_at: at, sent_at: null, last_error: null })
        .execute();
    }
  }
  return written;
}

export class NotificationsRepository {
  constructor(private readonly context: StoreContext) {}

  /**
   * The people who may be told about a FUBE: every active account with a role in its entity
   * or over all entities, and the accounts of the people it names (holders, manager), with
   * their grants, e-mail and language. The domain decides who of them an event waits on.
   */
  async candidates(entityId: string, personIds: readonly string[]): Promise<Addressee[]> {
    const db = this.context.db;
    const ids = await db
      .selectFrom('users as u')
      .leftJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .distinct()
      .where('u.disabled_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('r.entity_id', '=', entityId),
          eb.and([eb('r.entity_id', 'is', null), eb('r.id', 'is not', null)]),
          ...(personIds.length > 0 ? [eb('u.person_id', 'in', personIds)] : []),
        ]),
      )
      .execute();
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('users as u')
      .leftJoin('people as p', 'p.id', 'u.person_id')
      .leftJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.id', 'u.email', 'u.person_id', 'u.trained_in_method', 'u.language', 'p.entity_id as person_entity_id', 'r.role', 'r.entity_id', 'r.unit_id'])
      .where('u.id', 'in', ids.map((row) => row.id))
      .orderBy('u.id')
      .orderBy('r.id')
      .execute();
    const out = new Map<string, Addressee>();
    for (const row of rows) {
      let addressee = out.get(row.id);
      if (addressee === undefined) {
        addressee = {
          userId: row.id,
          personId: row.person_id,
          entityId: row.person_entity_id,
          trainedInMethod: Number(row.trained_in_method) === 1,
          roles: [],
          email: row.email,
          language: row.language === 'en' ? 'en' : 'nl',
        };
        out.set(row.id, addressee);
      }
      if (row.role !== null) addressee.roles.push({ role: row.role as Addressee['roles'][number]['role'], entityId: row.entity_id, unitId: row.unit_id });
    }
    return [...out.values()];
  }

  /** Writes notifications in a transaction of their own (the deadline job). */
  add(notices: readonly NewNotification[]): Promise<number> {
    return this.context.transaction((trx) => insertNotifications(trx, this.context.now(), notices));
  }

  /** The user's notifications, newest first, and how many are unread. */
  async list(userId: string, limit = 50): Promise<{ items: StoredNotification[]; unread: number }> {
    const db = this.context.db;
    const [rows, count] = await Promise.all([
      db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute(),
      db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst(),
    ]);
    return {
      items: rows.map((row) => ({ id: row.id, fubeId: row.fube_id, kind: row.kind, data: readJson(row.data), createdAt: row.created_at, readAt: row.read_at })),
      unread: Number(count?.n ?? 0),
    };
  }

  /** Marks the user's own notifications read (all of them without ids); returns how many changed. */
  async markRead(userId: string, ids: readonly number[] | 'all'): Promise<number> {
    if (ids !== 'all' && ids.length === 0) return 0;
    return this.context.transaction(async (trx) => {
      let query = trx.updateTable('notifications').set({ read_at: this.context.now() }).where('user_id', '=', userId).where('read_at', 'is', null);
      if (ids !== 'all') query = query.where('id', 'in', ids);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
  }

  /** The user's e-mail language. */
  async setLanguage(userId: string, language: 'nl' | 'en'): Promise<void> {
    await this.context.transaction((trx) => trx.updateTable('users').set({ language }).where('id', '=', userId).execute());
  }

  /** Unsent mails whose next attempt is due, oldest first. */
  async dueMails(limit = 20): Promise<OutboxMail[]> {
    const rows = await this.context.db
      .selectFrom('mail_outbox')
      .select(['id', 'to_address', 'language', 'message', 'attempts', 'next_attempt_at'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', this.context.now())
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, to: row.to_address, language: row.language, message: readJson<OutboxMessage>(row.message), attempts: Number(row.attempts), nextAttemptAt: row.next_attempt_at }));
  }

  /**
   * Claims a due mail for sending by moving its next attempt to `leaseUntil`, if no one else
   * has (its next attempt is still the one read): true when this caller may send it.
   */
  async claimMail(id: number, nextAttemptAt: string, leaseUntil: string): Promise<boolean> {
    return this.context.transaction(async (trx) => {
      const result = await trx
        .updateTable('mail_outbox')
        .set({ next_attempt_at: leaseUntil })
        .where('id', '=', id)
        .where('next_attempt_at', '=', nextAttemptAt)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    });
  }

  async mailSent(id: number): Promise<void> {
    await this.context.transaction((trx) => trx.updateTable('mail_outbox').set({ sent_at: this.context.now(), last_error: null }).where('id', '=', id).execute());
  }

  /** A failed attempt: the mail stays queued until `nextAttemptAt`. */
  async mailFailed(id: number, error: string, nextAttemptAt: string): Promise<void> {
    await this.context.transaction((trx) =>
      trx
        .updateTable('mail_outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 500), next_attempt_at: nextAttemptAt }))
        .where('id', '=', id)
        .execute(),
    );
  }

  /** How many mails wait to be sent (health and tests). */
  async queuedMails(): Promise<number> {
    const row = await this.context.db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('sent_at', 'is', null).executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
