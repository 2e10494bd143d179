import type { notificationsNl } from './notifications-nl.js';
import type { Translation } from './translation.js';

/** English texts of notifications, their e-mails and the letters; the type keeps the keys in step. */
export const notificationsEn: Translation<typeof notificationsNl> = {
  'notification.kind.proposal': 'A function description was proposed to you: {title}',
  'notification.kind.remark': 'A holder left a remark on {title}',
  'notification.kind.talk-request': 'A holder asks for a talk about {title}',
  'notification.kind.remark-answered': 'Your remark on {title} was answered',
  'notification.kind.talk-recorded': 'Your talk about {title} was recorded as held',
  'notification.kind.committee-convened': 'The validation committee advises on {title}: you are a member',
  'notification.kind.validation': '{title} was validated and waits for the holders to be notified',
  'notification.kind.notification': 'The decision on {title} was sent to you: read the letter',
  'notification.kind.appeal-lodged': 'An appeal was lodged against {title}',
  'notification.kind.appeal-decided': 'The appeal against {title} was decided',
  'notification.kind.deadline': 'A term for {title} ends on {date}',
  'notification.mail.subject': 'Weegschaal: {text}',
  'notification.mail.body':
    'Hello,\n\n{text}.\n\nOpen the page in Weegschaal: {link}\n\nYou receive this message because something waits on you in Weegschaal. This message was sent automatically.',
  'notification.unknown-ids': 'These notifications are not yours',
  'not-found.letter': "Letter '{id}' does not exist",
};
