import type { NotificationList } from '../../api/notifications.js';
import type { Locale } from '../../domain/messages/index.js';
import { notificationPath, notificationText } from '../../domain/notifications/texts.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';

/** The caller's own notifications, newest first (50), with the unread count; never anyone else's. */
export async function myNotifications(deps: UseCaseDeps, ctx: UseCaseContext, locale: Locale): Promise<NotificationList> {
  const caller = requireCaller(ctx);
  const { items, unread } = await deps.store.notifications.list(caller.userId);
  return {
    unread,
    items: items.map((item) => {
      const facts = { kind: item.kind, fubeId: item.fubeId, title: item.data.title, code: item.data.code, date: item.data.date };
      return { id: item.id, fubeId: item.fubeId, kind: item.kind, text: notificationText(locale, facts), path: notificationPath(facts), createdAt: item.createdAt, readAt: item.readAt };
    }),
  };
}

/**
 * Marks the caller's notifications read: the given ids (ids of someone else's change nothing:
 * the store only touches the caller's rows), or all when none are given.
 */
export async function markNotificationsRead(deps: UseCaseDeps, ctx: UseCaseContext, request: { ids?: number[] | undefined }): Promise<{ marked: number; unread: number }> {
  const caller = requireCaller(ctx);
  const marked = await deps.store.notifications.markRead(caller.userId, request.ids ?? 'all');
  const { unread } = await deps.store.notifications.list(caller.userId, 1);
  return { marked, unread };
}

/** The language of the caller's e-mail (and letters' default). */
export async function setMyLanguage(deps: UseCaseDeps, ctx: UseCaseContext, language: 'nl' | 'en'): Promise<{ language: 'nl' | 'en' }> {
  const caller = requireCaller(ctx);
  await deps.store.notifications.setLanguage(caller.userId, language);
  return { language };
}
