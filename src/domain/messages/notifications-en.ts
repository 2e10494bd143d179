import type { notificationsNl } from './notifications-nl.js';
import type { Translation } from './translation.js';

/** English texts of notifications, their e-mails and the letters; the type keeps the keys in step. */
export const notificationsEn: Translation<typeof notificationsNl> = {
  'notification.kind.proposal': 'A function description was proposed to you: {title}',
  'notification.kind.remark': 'A holder left a remark on {title}',
  'notification.kind.talk-request': 'A holder asks for a talk about {title}',
  'notification.kind.validation': '{title} was validated and waits for the holders to be notified',
  'notification.kind.notification': 'The decision on {title} was sent to you: read the letter',
  'notification.kind.appeal-lodged': 'An appeal was lodged against {title}',
  'notification.kind.appeal-decided': 'The appeal against {title} was decided',
  'notification.kind.deadline': 'A term for {title} ends on {date}',
  'notification.mail.subject': 'Weegschaal: {text}',
  'notification.mail.body':
    'Hello,\n\n{text}.\n\nOpen the page in Weegschaal: {link}\n\nYou receive this message because something waits on you in Weegschaal. This message was sent automatically.',
  'notification.unknown-ids': 'These notifications are not yours',
  'letter.title.notification': 'Notification of the classification of your function',
  'letter.salutation': 'Dear {name},',
  'letter.intro': 'With this letter we inform you of the decision on the function description "{title}" ({entity}).',
  'letter.decision': 'Decision',
  'letter.decision.confirmed': 'The head of the entity confirmed the proposed classification.',
  'letter.decision.changed': 'The head of the entity changed the classification from the advice.',
  'letter.field.function': 'Function',
  'letter.field.family': 'Function family',
  'letter.field.class': 'Class',
  'letter.field.level': 'Level',
  'letter.field.effective': 'Takes effect on',
  'letter.field.decided': 'Date of the decision',
  'letter.field.notified': 'Date of notification',
  'letter.field.reference': 'Reference',
  'letter.motivation': 'Motivation',
  'letter.appeal': 'Appeal',
  'letter.appeal.text':
    'You may appeal against the function family or the class (not against the text of the function description) within 15 calendar days of receiving this letter. When the last day is a Saturday, Sunday or holiday, the term runs until the next working day.',
  'letter.appeal.how':
    'Lodge your appeal in Weegschaal (My function), or send it by letter or e-mail to the appeal committee, c/o the HR department of {entity}, quoting the reference {reference}. State what you appeal against (function family or class) and why.',
  'letter.receipt': 'Please acknowledge receipt of this letter in Weegschaal; the appeal term runs from receipt.',
  'not-found.letter': "Letter '{id}' does not exist",
  'letter.receipt-recorded': "Receipt of this letter was already recorded on {date}",
  'letter.may-not-acknowledge': "Only the addressee acknowledges receipt in the app; HR records a delivery by letter or e-mail",
  'letter.may-not-record': "You may not record a delivery of this letter",
  'letter.footer': 'Letter {reference}',
};
