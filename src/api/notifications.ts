import { z } from 'zod';

/** Notifications: what waits on the signed-in user (issue 13 item 4, decision 0026). */
export const notificationSchema = z.object({
  id: z.number().int(),
  fubeId: z.string(),
  /** proposal, remark, remark-answered, talk-request, talk-recorded, committee-convened, validation, notification, appeal-lodged, appeal-decided, deadline. */
  kind: z.string(),
  /** The line in the caller's language. */
  text: z.string(),
  /** The web page it opens. */
  path: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  unread: z.number().int(),
  items: z.array(notificationSchema),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** Marks the caller's notifications read: these ids, or all of them when `ids` is left out. */
export const markReadSchema = z.object({ ids: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).min(1).max(500).optional() }).strict();
export const markReadResultSchema = z.object({ marked: z.number().int(), unread: z.number().int() });

/** The language of the caller's e-mail. */
export const languageSchema = z.object({ language: z.enum(['nl', 'en']) }).strict();
