import { type Family, familySchema } from '../family/schema.js';
import type { FubeContent } from './schema.js';

/**
 * A small family shaped like the seed (levels 14, 15/16, 17/18, 19; RG values; a
 * reconstructed span) for tests of FUBE, workflow and access rules. Tests that need the
 * real seed load families/organisatieondersteunende-functies.yaml.
 */
export const testFamily: Family = familySchema.parse({
  id: 'testfamilie',
  name: 'Testfamilie',
  version: 1,
  source: 'Testgegevens, opgebouwd zoals de seed.',
  purpose: { what: 'Interne klanten ondersteunen', goal: 'een kwaliteitsvolle dienstverlening te bieden' },
  levels: [
    { level: 1, classes: [14] },
    { level: 2, classes: [15, 16] },
    { level: 3, classes: [17, 18] },
    { level: 4, classes: [19] },
  ],
  resultAreas: [
    { id: 'behoefteanalyse', title: 'Behoefteanalyse', what: 'Behoeften van klanten analyseren', goal: 'de dienstverlening af te stemmen', activities: ['Bevragingen organiseren', 'Noden in kaart brengen'] },
    { id: 'dienstverlening', title: 'Dienstverlening', what: 'Diensten leveren', goal: 'klanten te ondersteunen', activities: ['Vragen beantwoorden', 'Dossiers behandelen', 'Procedures toepassen'] },
    { id: 'kennis', title: 'Kennis', what: 'Kennis opbouwen en delen', goal: 'deskundig te blijven', activities: ['Opleidingen volgen'] },
  ],
  criteria: [
    {
      id: 'complexiteit',
      name: 'Complexiteit van de problematiek',
      values: [
        { text: 'Eenvoudige vragen', from: 1, to: 1 },
        { text: 'Vragen met enige variatie', from: 2, to: 2 },
        { text: 'Complexe vragen', from: 3, to: 3 },
        { text: 'Zeer complexe, nieuwe vragen', from: 4, to: 4 },
      ],
    },
    {
      id: 'impact-op-budgetten',
      name: 'Impact op budgetten',
      values: [
        { text: 'Niet van toepassing', from: 1, to: 1 },
        { text: 'Beperkte impact op budgetten', from: 2, to: 3, confidence: 'reconstructed' },
        { text: 'Het budget van de dienst mee opmaken en opvolgen', from: 4, to: 4, rg: true },
      ],
    },
    {
      id: 'interpersoonlijke-relaties',
      name: 'Interpersoonlijke relaties',
      values: [
        { text: 'Informeren en overleggen', from: 1, to: 3, confidence: 'reconstructed' },
        { parts: { join: 'or', items: ['Onderhandelen met partners', 'Netwerken uitbouwen'] }, from: 4, to: 4, rg: true },
      ],
    },
  ],
  expertise: {
    instruction: 'Maak de kennis functie- en entiteitsspecifiek.',
    levels: [1, 2, 3, 4].map((level) => ({ level, knowledge: `Kennis niveau ${level}`, educationAndExperience: `Opleiding niveau ${level}` })),
  },
  competencies: [
    {
      id: 'samenwerken',
      name: 'Samenwerken',
      definition: 'Samen met anderen werken.',
      levels: [{ level: 1, text: 'Niveau 1' }, { level: 2, text: 'Niveau 2' }],
      required: { '14': 2, '15': 2, '16': 2, '17': 2, '18': 2, '19': 2 },
    },
    {
      id: 'analyseren',
      name: 'Analyseren',
      definition: 'Gegevens ontleden.',
      levels: [{ level: 1, text: 'Niveau 1' }, { level: 2, text: 'Niveau 2' }, { level: 3, text: 'Niveau 3' }],
      required: { '14': 1, '15': 2, '16': 2, '17': 3, '18': 3 },
    },
  ],
});

/**
 * A FUBE on the test family that passes checkFube: level 2 weighing, suggestion 15 accepted.
 * The weighing result is written out so tests of other rules do not depend on the engine.
 */
export function readyFube(overrides: Partial<FubeContent> = {}): FubeContent {
  const values = { complexiteit: 2, 'impact-op-budgetten': 2, 'interpersoonlijke-relaties': 1 };
  return {
    familyId: 'testfamilie',
    familyVersion: 1,
    title: 'Deskundige HR',
    entityId: 'ent-a',
    unitId: 'unit-hr',
    holderIds: ['p-an', 'p-bert'],
    managerId: 'p-mia',
    purpose: { what: 'Interne klanten ondersteunen', goal: 'een kwaliteitsvolle HR-dienstverlening te bieden' },
    resultAreas: [
      { origin: 'family', resultAreaId: 'dienstverlening', title: 'Dienstverlening', what: 'Diensten leveren', goal: 'klanten te ondersteunen', activities: ['Vragen beantwoorden'] },
    ],
    specificKnowledge: 'Kennis van het personeelsstatuut van de Vlaamse overheid.',
    weighing: {
      rule: 'median-v1',
      values,
      result: {
        rule: 'median-v1',
        familyId: 'testfamilie',
        familyVersion: 1,
        values,
        level: 2,
        class: 15,
        levels: [
          { level: 1, classes: [14], distance: 2, fit: 1 },
          { level: 2, classes: [15, 16], distance: 0, fit: 3 },
          { level: 3, classes: [17, 18], distance: 1, fit: 2 },
          { level: 4, classes: [19], distance: 4, fit: 0 },
        ],
        criteria: [],
        above: 0,
        below: 0,
        flags: [],
      },
    },
    decision: { level: 2, class: 15 },
    ...overrides,
  };
}

/**
 * A second, smaller family for tests that need families side by side (the matrix, comparing
 * FUBEs of two families): three levels with other classes (10, 11/12, 13) and other criteria
 * than the seed.
 */
export const smallTestFamily: Family = familySchema.parse({
  id: 'uitvoerende-functies-test',
  name: 'Uitvoerende functies (test)',
  version: 1,
  source: 'Testgegevens: een tweede, kleine familie naast de seed.',
  purpose: { what: 'Uitvoerende taken opnemen', goal: 'de werking van de dienst vlot te laten verlopen' },
  levels: [
    { level: 1, classes: [10] },
    { level: 2, classes: [11, 12] },
    { level: 3, classes: [13] },
  ],
  resultAreas: [
    { id: 'uitvoering', title: 'Uitvoering', what: 'Taken volgens afspraken uitvoeren', goal: 'de dienstverlening te verzekeren', activities: ['Aanvragen registreren', 'Post verwerken'] },
    { id: 'administratie', title: 'Administratie', what: 'Dossiers administratief opvolgen', goal: 'gegevens correct en volledig te houden', activities: ['Gegevens invoeren', 'Archiveren'] },
    { id: 'onthaal', title: 'Onthaal', what: 'Bezoekers en bellers onthalen', goal: 'hen snel bij de juiste persoon te brengen', activities: ['Telefoon beantwoorden'] },
  ],
  criteria: [
    {
      id: 'zelfstandigheid',
      name: 'Zelfstandigheid',
      values: [
        { text: 'Werkt volgens vaste instructies', from: 1, to: 1 },
        { text: 'Kiest zelf de volgorde van het werk', from: 2, to: 2 },
        { text: 'Organiseert het werk van de cel', from: 3, to: 3 },
      ],
    },
    {
      id: 'contacten',
      name: 'Contacten',
      values: [
        { text: 'Interne contacten over het eigen werk', from: 1, to: 2 },
        { text: 'Externe contacten die uitleg vragen', from: 3, to: 3 },
      ],
    },
  ],
  expertise: {
    instruction: 'Maak de kennis functie- en entiteitsspecifiek.',
    levels: [1, 2, 3].map((level) => ({ level, knowledge: `Kennis uitvoering niveau ${level}`, educationAndExperience: `Opleiding uitvoering niveau ${level}` })),
  },
  competencies: [
    {
      id: 'samenwerken',
      name: 'Samenwerken',
      definition: 'Samen met anderen werken.',
      levels: [{ level: 1, text: 'Niveau 1' }, { level: 2, text: 'Niveau 2' }],
      required: { '10': 1, '11': 1, '12': 2, '13': 2 },
    },
  ],
});
