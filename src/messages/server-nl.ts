/**
 * Dutch texts of the HTTP API: problem titles and details (application/problem+json). The
 * server renders them in the request's language (Accept-Language); en: server-en.ts.
 */
export const serverNl = {
  'problem.not-found': 'Niet gevonden',
  'problem.conflict': 'Intussen gewijzigd',
  'problem.unauthorized': 'Niet aangemeld',
  'problem.forbidden': 'Niet toegestaan',
  'problem.domain': 'De gegevens voldoen niet aan de regels',
  'problem.bad-request': 'Ongeldige aanvraag',
  'problem.internal': 'Interne fout',
  'problem.not-available': 'Niet beschikbaar',
  'problem.login-failed': 'Aanmelden mislukt',
  'problem.too-many-attempts': 'Te veel mislukte aanmeldpogingen',
  'problem.too-many-tries': 'Te veel mislukte pogingen',
  'problem.not-editable': 'Niet wijzigbaar',
  'problem.version-exists': 'Versie bestaat al',
  'problem.cross-site': 'Aanvraag van een andere site geweigerd',
  'problem.weighing-invalid': 'De weging is onvolledig of ongeldig',
  'problem.change-invalid': 'De wijziging is ongeldig',
  'problem.step-refused': 'Deze stap kan nu niet',
  'problem.document-refused': 'Het document kan niet opgemaakt worden',
  'problem.family-file-invalid': 'Het familiebestand bevat fouten',
  'problem.catalogue-invalid': 'Dit is geen geldige catalogus',
  'problem.unknown-class': 'Onbekende functieklasse',

  'problem.detail.internal': 'er ging iets mis op de server; de fout is gelogd',
  'problem.detail.unauthorized': 'meld je aan om verder te gaan',
  'problem.detail.stale':
    'de wijziging is gebaseerd op revisie {base}, maar de huidige revisie is {current}: laad de FUBE opnieuw',
  'family.version-exists': 'versie {version} bestaat al',
  'revision.stale': 'verwacht revisie {current}',
  'problem.detail.request-part': '{part} van de aanvraag: {errors}',
  'problem.part.body': 'de inhoud',
  'problem.part.querystring': 'de zoekparameters',
  'problem.part.params': 'het pad',
  'problem.part.headers': 'de headers',
  'problem.detail.media-type': 'dit inhoudstype wordt niet ondersteund',
  'problem.detail.empty-json': 'de JSON-inhoud is leeg',
  'problem.detail.too-large': 'de inhoud is te groot',
  'problem.detail.invalid-json': 'ongeldige JSON: {detail}',
  'problem.detail.invalid': 'ongeldig',
  'problem.detail.route-not-found': '{method} {path} bestaat niet',
  'problem.detail.too-many-attempts':
    'te veel mislukte pogingen {by|voor deze gebruiker|vanaf dit adres}; probeer opnieuw over {minutes} minuten',
  'problem.detail.not-editable':
    'de inhoud kan enkel in ontwerp gewijzigd worden (nu: {status}); trek het voorstel in of start een nieuwe revisie',
  'problem.detail.version-exists':
    "functiefamilie '{id}' versie {version} bestaat al ({published|gepubliceerd|ontwerp}); verhoog 'version'",
  'problem.detail.login-failed': 'gebruikersnaam of wachtwoord is onjuist',
  'problem.detail.too-many-passwords': 'te veel foute wachtwoorden; probeer later opnieuw',
  'password.wrong': 'het huidige wachtwoord is onjuist',
  'fube.not-editable': 'enkel een ontwerp kan gewijzigd worden',
  'problem.detail.no-catalogue': 'deze installatie kan geen catalogus uitwisselen',
  'problem.detail.catalogue-admin-only': 'enkel een beheerder kan een catalogus invoeren',

  'not-found.fube': "FUBE '{id}' bestaat niet",
  'not-found.fube-revision': "FUBE '{id}' heeft geen revisie {revision}",
  'not-found.appeal': "FUBE '{id}' heeft geen lopend beroep '{appeal}'",
  'not-found.family': "functiefamilie '{id}' bestaat niet",
  'not-found.family-version': "functiefamilie '{id}' versie {version} bestaat niet",
  'not-found.family-published': "geen gepubliceerde functiefamilie '{id}'",
} as const;
