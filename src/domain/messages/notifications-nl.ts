/** Dutch texts of notifications, their e-mails and the letters (issue 13 items 3 and 4). */
export const notificationsNl = {
  'notification.kind.proposal': 'Een functiebeschrijving werd u voorgelegd: {title}',
  'notification.kind.remark': 'Een functiehouder maakte een opmerking bij {title}',
  'notification.kind.talk-request': 'Een functiehouder vraagt een gesprek over {title}',
  'notification.kind.remark-answered': 'Uw opmerking bij {title} werd beantwoord',
  'notification.kind.talk-recorded': 'Uw gesprek over {title} werd als gehouden vastgelegd',
  'notification.kind.committee-convened': 'Het validatiecomité adviseert over {title}: u bent lid',
  'notification.kind.validation': '{title} is gevalideerd en wacht op de kennisgeving aan de functiehouders',
  'notification.kind.notification': 'De beslissing over {title} is u bezorgd: lees de brief',
  'notification.kind.appeal-lodged': 'Er werd beroep ingesteld tegen {title}',
  'notification.kind.appeal-decided': 'Er werd beslist over het beroep tegen {title}',
  'notification.kind.deadline': 'Een termijn voor {title} loopt af op {date}',
  'notification.mail.subject': 'Weegschaal: {text}',
  'notification.mail.body':
    'Goedendag,\n\n{text}.\n\nOpen de pagina in Weegschaal: {link}\n\nU ontvangt dit bericht omdat er in Weegschaal iets op u wacht. Dit bericht werd automatisch verstuurd.',
  'notification.unknown-ids': 'Deze meldingen zijn niet van u',
  'not-found.letter': "Brief '{id}' bestaat niet",
} as const;
