import { type Locale, format } from '../messages/index.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './recipients.js';

/** What a notification says: its kind and the FUBE's title (a deadline adds its date). */
export interface NotificationFacts {
  kind: string;
  fubeId: string;
  title: string;
  code?: string | undefined;
  date?: string | undefined;
}

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** Kinds addressed to holders open the holder's page; the others the FUBE's workflow. */
const HOLDER_KINDS: readonly string[] = ['proposal', 'notification', 'appeal-decided', 'remark-answered', 'talk-recorded'];

/** The web page a notification opens (a path under the app's origin). */
export function notificationPath(facts: Pick<NotificationFacts, 'kind' | 'fubeId' | 'code'>): string {
  const id = encodeURIComponent(facts.fubeId);
  const forHolder = HOLDER_KINDS.includes(facts.kind) || (facts.kind === 'deadline' && facts.code === 'appeal-until');
  return forHolder ? `/mijn-functie/${id}` : `/fubes/${id}`;
}

/** One line in the user's language; a title is cut at 120 characters. */
export function notificationText(locale: Locale, facts: NotificationFacts): string {
  const title = facts.title.length > 120 ? `${facts.title.slice(0, 119)}…` : facts.title;
  const kind = isKind(facts.kind) ? facts.kind : 'proposal';
  if (kind === 'deadline') return format(locale, 'notification.kind.deadline', { title, date: facts.date ?? '' });
  return format(locale, `notification.kind.${kind}`, { title });
}

/**
 * The e-mail of a notification: its line and a link to the page, nothing else (no class,
 * no motivation, no remark text: only what the line says, decision 0026).
 */
export function notificationMail(locale: Locale, facts: NotificationFacts, origin: string): { subject: string; text: string } {
  const text = notificationText(locale, facts);
  const link = `${origin.replace(/\/+$/, '')}${notificationPath(facts)}`;
  return { subject: format(locale, 'notification.mail.subject', { text }), text: format(locale, 'notification.mail.body', { text, link }) };
}
