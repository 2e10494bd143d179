/**
 * Dutch texts of old function descriptions in the web app (issue 17 items 3 and 5, decision
 * 0064): the use cases' refusals and the upload page and suggestion panel; en: legacy-en.ts.
 */
export const legacyWebNl = {
  'legacy.suggestion.none': 'FUBE {id} is niet gemaakt uit een oude functiebeschrijving en heeft geen voorstel.',
  'legacy.suggestion.other-family':
    'het voorstel hoort bij de familie {family}, de FUBE staat nu in een andere familie',
  'legacy.suggestion.criterion-unknown': "het voorstel heeft geen waarde voor criterium '{criterion}'",
  // The upload page
  'ui.legacy.title': 'Oude functiebeschrijvingen inlezen',
  'ui.legacy.link': 'Oude functiebeschrijvingen inlezen',
  'ui.legacy.intro':
    'Kies een of meer oude functiebeschrijvingen (Word .docx, tekst .txt of PDF, elk hoogstens 10 MB). Weegschaal maakt van elk bestand een ontwerp met een voorstel: de familie, de resultaatgebieden en per criterium een waarde met de zinnen uit de oude tekst die ze steunen. Het voorstel is nooit een beslissing: u weegt elk ontwerp zelf.',
  'ui.legacy.files': 'Bestanden',
  'ui.legacy.files-hint': '.docx, .txt of .pdf; meerdere tegelijk mag',
  'ui.legacy.files-missing': 'Kies minstens één bestand',
  'ui.legacy.family': 'Functiefamilie',
  'ui.legacy.family-suggest': 'Laten voorstellen',
  'ui.legacy.submit': 'Inlezen als ontwerpen',
  'ui.legacy.busy': 'Bezig met {file} ({n} van {total})…',
  'ui.legacy.results': 'Resultaat',
  'ui.legacy.results-caption': 'Resultaat per bestand',
  'ui.legacy.col.file': 'Bestand',
  'ui.legacy.col.result': 'Resultaat',
  'ui.legacy.created': 'Ontwerp gemaakt: {title}',
  'ui.legacy.failed': 'Geen ontwerp: {reason}',
  'ui.legacy.summary': '{created} ontwerp(en) gemaakt, {failed} bestand(en) niet gelezen.',
  'ui.legacy.forbidden':
    'Alleen wie functiebeschrijvingen mag starten (HR, leidinggevenden, de beheerder), kan oude functiebeschrijvingen inlezen.',
  // The suggestion panel on the weighing step
  'ui.suggestion.title': 'Voorstel uit oude beschrijving',
  'ui.suggestion.intro':
    'Dit ontwerp is gemaakt uit {file} ({date}). Per criterium de voorgestelde waarde, hoe zeker het voorstel is en de zinnen uit de oude tekst die het steunen. Het voorstel is geen beslissing.',
  'ui.suggestion.col.criterion': 'Criterium',
  'ui.suggestion.col.value': 'Voorstel',
  'ui.suggestion.col.confidence': 'Zekerheid',
  'ui.suggestion.col.evidence': 'Steunende zinnen (score)',
  'ui.suggestion.value': 'waarde {value}',
  'ui.suggestion.taken': 'staat in de weging',
  'ui.suggestion.no-evidence': 'geen zin gevonden',
  'ui.suggestion.level-only': 'zegt alleen iets over het niveau',
  'ui.suggestion.accept': 'Voorstel overnemen in de weging',
  'ui.suggestion.accept-hint':
    'De waarden komen in de weging; kijk ze na, pas aan waar nodig en beslis daarna de klasse zoals gewoonlijk.',
  'ui.suggestion.all-taken': 'Alle voorgestelde waarden staan in de weging.',
  'ui.suggestion.details': 'Voorgestelde waarden en steunende zinnen',
  'ui.suggestion.unsaved': 'Bewaar eerst uw wijzigingen; daarna kunt u het voorstel overnemen.',
  'ui.suggestion.accepted':
    'Het voorstel staat in de weging (revisie {revision}). Kijk elke waarde na; de klasse beslist u in de stap Klassebeslissing.',
  'ui.suggestion.other-family':
    'Dit voorstel hoort bij de familie {family}; de FUBE staat nu in een andere familie en het voorstel kan niet overgenomen worden.',
} as const;
