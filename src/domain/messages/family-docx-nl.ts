/**
 * Dutch texts of the family import from Word (issue 17 item 1, src/documents/family-docx):
 * the errors that stop an import, and the report's lines of what was read with certainty
 * (`docx.read.*`) and what a person must check (`docx.check.*`). en: family-docx-en.ts.
 */
export const familyDocxNl = {
  'docx.empty': 'het bestand is leeg',
  'docx.too-large': 'het bestand is te groot (meer dan {max} bytes)',
  'docx.not-zip': 'dit is geen Word-bestand (.docx): een .docx is een zip-bestand, dit bestand niet',
  'docx.old-word':
    'een oud Word-bestand (.doc) of een document met een wachtwoord wordt niet gelezen; bewaar het in Word als .docx zonder wachtwoord',
  'docx.corrupt': 'het Word-bestand is beschadigd of onvolledig en kan niet gelezen worden',
  'docx.unpacked-too-large':
    'een deel van het Word-bestand pakt uit tot meer dan {max} bytes; zo groot is een familiedocument nooit',
  'docx.too-many-entries': 'het zip-bestand bevat meer dan {max} delen; zo is een Word-document niet opgebouwd',
  'docx.no-document': 'het zip-bestand heeft geen word/document.xml: het is geen Word-document',
  'docx.xml-invalid': 'de tekst van het Word-document ({part}) is geen geldige XML: {reason}',
  'docx.layout-unknown':
    'geen functiefamilie herkend: het document heeft geen tabel met de indelingscriteria (een kopcel "Indelingscriteria")',
  'docx.section-missing':
    'het onderdeel "{section}" ontbreekt of is leeg; zonder dat onderdeel is de familie niet volledig',
  'docx.no-levels':
    'geen functieklassen gevonden: de tabel van de vaktechnische competenties of van de competenties moet kolommen "Functieklasse 14", "Functieklasse 15/16", … hebben',

  'docx.where.paragraph': 'alinea {n}',
  'docx.where.cell': 'tabel {table}, rij {row}, kolom {column} (alinea {n})',
  'docx.where.row': 'tabel {table}, rij {row}',

  'docx.read.layout:weegschaal':
    'familiedocument van Weegschaal zelf: "{name}", versie {version}; de ids en de bronvermelding komen uit de documenteigenschappen',
  'docx.read.layout:flemish': 'familiedocument in de opmaak van de Vlaamse functiefamilies',
  'docx.read.name': 'naam van de familie: "{name}"',
  'docx.read.purpose': 'doel van de functiefamilie: wat en "met als doel"',
  'docx.read.scope': '{count|# toelichting|# toelichtingen} bij het doel',
  'docx.read.levels': '{count} niveaus met functieklassen {classes}',
  'docx.read.result-area': 'resultaatgebied {number} "{title}": wat, doel en {activities|# activiteit|# activiteiten}',
  'docx.read.criterion':
    'indelingscriterium "{name}": {values|# waarde|# waarden}, elke kolomspan uit de (samengevoegde) cellen van het document',
  'docx.read.expertise': 'vakkennis en opleidingsniveau en ervaring voor {count} niveaus',
  'docx.read.competency':
    'competentie "{name}": {levels|# niveau|# niveaus}, het vereiste niveau per functieklasse uit de (samengevoegde) cellen',

  'docx.check.name-missing':
    'geen naam van de familie gevonden (geen titel vóór "Doel van de functiefamilie"); "{name}" is ingevuld: zet de juiste naam',
  'docx.check.ids-derived':
    'de ids van de familie, de resultaatgebieden, de criteria en de competenties zijn afgeleid van hun namen; ids blijven vast over versies: kies ze bewust vóór het publiceren',
  'docx.check.ids-from-base':
    'de ids zijn overgenomen van de bestaande familie "{id}" waar de naam overeenkomt; {count|# naam kwam|# namen kwamen} niet overeen en {count|kreeg|kregen} een afgeleide id: {names}',
  'docx.check.title-capitals':
    'de titel stond in hoofdletters en is "{title}" geworden: kijk afkortingen en eigennamen na',
  'docx.check.goal-missing': 'resultaatgebied "{title}": geen "met als doel" gevonden; het doel is leeg gelaten',
  'docx.check.purpose-ambiguous': '"met als doel" staat meer dan eens in het doel; er is bij de eerste gesplitst',
  'docx.check.span-gap':
    'indelingscriterium "{name}": de kolom van niveau {level} heeft geen tekst; waarde {value} is over die kolom doorgetrokken (gereconstrueerd, na te kijken)',
  'docx.check.column-stacked':
    'indelingscriterium "{name}": in de kolom van niveau {level} staan cellen onder elkaar zonder samenvoeging; hun teksten zijn samengenomen tot één waarde',
  'docx.check.extra-column': 'kolom "{header}" is geen niveau of functieklasse en is niet ingelezen',
  'docx.check.columns-differ':
    'deze tabel heeft {found} kolommen, het vorige deel van de tabel {expected}: de kolommen zijn op volgorde gelezen',
  'docx.check.level-columns':
    'de tabel "{table}" heeft {found} niveaukolommen, de familie {expected} niveaus; de kolommen na niveau {expected} zijn niet ingelezen',
  'docx.check.mixed-join': 'waarde {value} van "{name}" mengt EN en OF; ze is als één tekst ingelezen',
  'docx.check.partial-rg':
    'waarde {value} van "{name}": (RG) staat bij een deel van de alternatieven; de hele waarde is als RG ingelezen',
  'docx.check.competency-cell':
    'competentie "{name}": de cel "{text}" heeft niet de vorm "2 = gedragsindicator" en is niet ingelezen',
  'docx.check.competency-level-conflict':
    'competentie "{name}": niveau {level} heeft twee verschillende teksten; de eerste is genomen',
  'docx.check.expertise-gap': '{what} van niveau {level} ontbreekt; de tekst van niveau {from} is overgenomen',
  'docx.check.instruction-missing': 'geen instructie bij de vakkennis gevonden; "{text}" is ingevuld',
  'docx.check.section-missing': 'het onderdeel "{section}" staat niet in het document',
  'docx.check.unread-row': 'deze rij is niet ingelezen: "{text}"',
  'docx.check.metadata-unmatched':
    '"{name}" staat niet in de documenteigenschappen van Weegschaal (hernoemd of toegevoegd in Word?); de id "{id}" is afgeleid van de naam',
  'docx.check.version-next':
    'familie "{id}" bestaat al: het document is bewaard als versie {version}, de volgende versie',
} as const;
