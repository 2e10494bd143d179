/**
 * Dutch texts of the pay record's validation errors (src/domain/pay/record.ts, issue 16);
 * en: pay-en.ts. A rejected row of a pay import shows these with its line and column.
 */
export const payNl = {
  'pay.column-unknown': 'onbekende kolom',
  'pay.column-duplicate': 'deze kolom staat twee keer in de kopregel',
  'pay.column-missing': 'de kopregel mist een verplichte kolom: een van {alternatives}',
  'pay.cell-count': 'de rij heeft {actual} cellen, de kopregel {expected}',
  'pay.required': 'deze cel is verplicht',
  'pay.text-fault': 'de cel bevat een ongeldig teken (een stuurteken)',
  'pay.too-long': 'de cel is langer dan {max} tekens',
  'pay.not-a-number': 'geen getal',
  'pay.not-an-integer': 'geen geheel getal',
  'pay.out-of-range': 'buiten het bereik {min} tot {max}',
  'pay.sex-unknown': 'geslacht moet F, M of X zijn',
  'pay.date-invalid': 'geen geldige datum (JJJJ-MM-DD)',
  'pay.date-after-reference': 'de datum ligt na de referentiedatum {referenceDate}',
  'pay.service-exceeds-age': 'de dienstjaren zijn meer dan de leeftijd ({age})',
  'pay.no-pay': 'basisloon en variabel loon zijn allebei 0',
  'pay.person-duplicate': 'deze persoon staat al op regel {first}',
  'pay.person-other-entity': 'deze persoon werkt in een andere entiteit ({entity}) dan die van de periode',
  'pay.formula-like': 'de cel begint met {character}: een rekenblad zou ze als formule lezen',
} as const;
