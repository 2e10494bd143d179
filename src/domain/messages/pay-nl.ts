/**
 * Dutch texts of the pay codes (issue 16): the pay CSV's validation (src/domain/pay/record.ts)
 * and the pay file readers (src/documents/pay). Line and column are shown beside the text.
 * `pay.out-of-range:exclusive` is the text when the lower bound itself is not allowed.
 */
export const payNl = {
  'pay.column-unknown': 'onbekende kolom; gebruik de kolommen van het loonbestand (docs/pay-transparency.md)',
  'pay.column-duplicate': 'deze kolom staat twee keer in de kopregel',
  'pay.column-missing': 'de kopregel mist een verplichte kolom: {alternatives}',
  'pay.cell-count': 'de regel heeft {actual} cellen, de kopregel {expected}',
  'pay.required': 'deze cel is verplicht en is leeg',
  'pay.text-fault': 'de tekst bevat een onzichtbaar of ongeldig teken',
  'pay.too-long': 'de tekst is langer dan {max} tekens',
  'pay.not-a-number': 'geen getal (gebruik cijfers met een decimale punt of komma, zonder duizendtallen)',
  'pay.not-an-integer': 'geen geheel getal',
  'pay.out-of-range': 'de waarde moet tussen {min} en {max} liggen',
  'pay.out-of-range:exclusive': 'de waarde moet groter zijn dan {min} en ten hoogste {max}',
  'pay.sex-unknown': 'onbekend geslacht (gebruik F, M of, in het CSV-bestand, X)',
  'pay.date-invalid': 'geen geldige datum (gebruik JJJJ-MM-DD)',
  'pay.date-after-reference': 'de datum ligt na de referentiedatum {referenceDate}',
  'pay.service-exceeds-age': 'de dienstjaren zijn meer dan de leeftijd ({age})',
  'pay.no-pay': 'zowel het basisloon als het variabele loon is 0',
  'pay.person-duplicate': 'deze persoon staat al op regel {first}',
  'pay.file-empty': 'het bestand is leeg',
  'pay.file-too-large': 'het bestand is te groot (meer dan {max} bytes)',
  'pay.file-nul': 'het bestand bevat een NUL-byte: het is een binair bestand, geen CSV-tekst',
  'pay.file-encoding': 'het bestand is geen geldige UTF-8-tekst; bewaar het als CSV UTF-8',
  'pay.file-xls': 'een oud Excel-bestand (.xls) wordt niet gelezen; bewaar het als .xlsx of als CSV UTF-8',
  'pay.file-corrupt': 'het Excel-bestand is beschadigd of onvolledig en kan niet gelezen worden',
  'pay.csv-syntax': 'de CSV-tekst is ongeldig ({detail}), bijvoorbeeld een aanhalingsteken dat niet gesloten wordt',
  'pay.logib-sheet-missing': "het Excel-bestand heeft geen werkblad '{sheet}' (het gegevensblad van de Logib-sjabloon M1)",
  'pay.logib-header': 'de kopregel van het Logib-gegevensblad moet de kolommen A tot Q hebben ({expected}); er zijn er {actual}',
  'pay.logib-age': 'geen leeftijd ({min}–{max}), geboortejaar ({firstYear}–{referenceYear}) of geboortedatum',
  'pay.logib-service': 'geen aantal dienstjaren ({min}–{max}), jaar van indiensttreding ({firstYear}–{referenceYear}) of datum van indiensttreding',
  'pay.logib-no-workload': 'geen bezettingsgraad (I) en geen betaalde uren per maand (J): vul een van beide in',
} as const;
