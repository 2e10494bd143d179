import type { FlagCode } from '../domain/weighing/types.js';
import type { Status } from '../domain/workflow/schema.js';

/**
 * Dutch (nl-BE) texts of the generated documents: headings, labels, table headers. Kept
 * here rather than in the domain's message catalogue because only the documents use them.
 */
export const labels = {
  fubeDocumentTitle: 'Functiebeschrijving',
  familyDocumentTitle: 'Functiefamilie',

  identification: 'Identificatie',
  title: 'Functietitel',
  entity: 'Entiteit',
  unit: 'Afdeling / team',
  family: 'Functiefamilie',
  familyVersion: 'versie',
  /** After an upheld family appeal: the family the FUBE was written and weighed in. */
  writtenIn: 'Geschreven en gewogen in functiefamilie',
  level: 'Functiefamilieniveau',
  class: 'Functieklasse',
  holders: 'Functiehouder(s)',
  manager: 'Leidinggevende',
  state: 'Status',
  revision: 'Versie van de functiebeschrijving',
  createdAt: 'Aangemaakt op',
  updatedAt: 'Laatst gewijzigd op',
  proposalDate: 'Voorgelegd op',
  notificationDate: 'Betekend op',
  inForceSince: 'Van kracht sinds',
  notDecided: 'nog niet beslist',
  draftMarking: 'ONTWERP — geen beslissing',
  proposedDecision: 'Voorstel van beslissing over niveau en functieklasse (nog niet gevalideerd)',
  onlySuggested: 'voorstel, nog niet beslist',
  none: '–',

  purpose: 'Doel van de functie',
  purposeJoin: 'met als doel',

  resultAreas: 'Resultaatgebieden',
  what: 'Wat',
  goal: 'Met als doel',
  activities: 'Voorbeelden van activiteiten',
  rgResultArea: 'Extra resultaatgebied voor een RG-waarde',
  customResultArea: 'Eigen resultaatgebied van deze functie',

  weighing: 'Weging',
  weighingRule: 'Wegingsregel',
  criterion: 'Indelingscriterium',
  chosenValue: 'Gekozen waarde',
  coveredLevels: 'Niveaus',
  position: 'Ligging',
  positions: { on: 'op het voorstel', above: 'hoger', below: 'lager' },
  rgMark: '(RG)',
  reconstructedMark: 'reconstructie: na te kijken tegen het origineel',
  suggestion: 'Voorstel van de wegingsregel',
  flags: 'Aandachtspunten',
  noFlags: 'Geen aandachtspunten.',
  decision: 'Beslissing over niveau en functieklasse',
  motivation: 'Motivering',
  noWeighing: 'Nog niet gewogen.',
  unassignable: 'Niet-toewijsbare functie: afzonderlijke methode',
  unassignableFamily: 'geen (niet-toewijsbare functie)',
  unassignableMethod: 'Methode',
  unassignableNoFamily: 'Deze functie past in geen functiefamilie: ze heeft geen niveau, klasse of competenties van een familie. Haar functieklasse komt uit de afzonderlijke methode.',
  noDecision: 'Nog geen beslissing.',

  expertise: 'Vaktechnische competenties',
  knowledge: 'Vakkennis',
  specificKnowledge: 'Functie- en entiteitsspecifieke vakkennis',
  educationAndExperience: 'Opleidingsniveau en ervaring',

  competencies: 'Gedragscompetenties',
  competency: 'Competentie',
  definition: 'Omschrijving',
  requiredLevel: 'Vereist niveau',
  levelText: 'Gedragsindicatoren van het niveau',
  noCompetencies: 'Het competentieprofiel volgt uit de functieklasse; die is nog niet beslist.',

  validation: 'Validatie',
  committee: 'Validatiecomité',
  committeeRoles: { hr: 'HR', manager: 'leidinggevende', other: 'lid' },
  trained: 'opgeleid in de methode',
  advice: 'Advies van het comité',
  validator: 'Leidend ambtenaar',
  validationDate: 'Datum van de beslissing',
  validatedClass: 'Gevalideerde functieklasse',
  effectiveFrom: 'Van kracht vanaf',
  effectiveAtNotification: 'de eerste dag van de maand na de kennisgeving',
  classConfirmed: 'bevestigd',
  classChanged: 'gewijzigd',
  notValidated: 'Nog niet gevalideerd.',

  footerRevision: 'Versie',
  // The day the document was made: not "aangemaakt op", which the identification table uses for the FUBE.
  footerGenerated: 'opgemaakt op',
  page: 'pagina',
  pageOf: 'van',

  // Family document
  scope: 'Toelichting',
  levels: 'Niveaus en functieklassen',
  familyPurpose: 'Doel van de functiefamilie',
  levelColumn: (n: number) => `Niveau ${n}`,
  valueNumber: (n: number) => `Waarde ${n}`,
  classesRow: 'Functieklasse',
  criteria: 'Indelingscriteria',
  reconstructedLegend:
    '* Gereconstrueerde kolomspan: de samengevoegde cellen van het brondocument gingen verloren; na te kijken tegen het origineel.',
  requiredPerClass: 'Vereist niveau per functieklasse',
  source: 'Bron',
  sourceLine: (name: string, version: number) => `Functiefamilie ${name}, versie ${version}, zoals gepubliceerd in Weegschaal.`,
  instruction: 'Instructie',
} as const;

export const statusLabels: Record<Status, string> = {
  draft: 'ontwerp',
  proposed: 'voorgelegd aan de functiehouders',
  validated: 'gevalideerd',
  notified: 'betekend',
  appealed: 'in beroep',
  'appeal-decided': 'beroep beslist',
  final: 'definitief',
  'unassignable-decided': 'niet-toewijsbare functie, beslist',
};

export const flagLabels: Record<FlagCode, string> = {
  spread: 'Grote spreiding',
  tie: 'Gelijke stand tussen niveaus',
  borderline: 'Grensgeval tussen twee functieklassen',
  'reconstructed-span': 'Gereconstrueerde kolomspan, na te kijken tegen het origineel',
  'rg-required': 'Resultaatgebied nodig voor een RG-waarde',
};

/** "3 november 2026" — dates in documents are written out, in Brussels time. */
export function formatDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
}
