import { type Family, familySchema } from '../../src/domain/family/schema.js';

/**
 * A family generated for tests of several families side by side (issue 17 item 2): any
 * number of levels (five by default) with other class columns than the seed (one class, then
 * two, alternating: 8 | 9/10 | 11 | 12/13 | 14 for five levels from class 8), criteria whose
 * values span the levels in different ways (one value per level; merged spans; an RG value;
 * an "OF" alternative), knowledge per level and competencies per class.
 */
export interface GeneratedFamilyOptions {
  id?: string;
  name?: string;
  levels?: number;
  firstClass?: number;
}

export function generatedFamily(options: GeneratedFamilyOptions = {}): Family {
  const id = options.id ?? 'gegenereerde-familie';
  const count = options.levels ?? 5;
  let next = options.firstClass ?? 8;
  const levels = Array.from({ length: count }, (_, i) => {
    const classes = i % 2 === 0 ? [next] : [next, next + 1];
    next += classes.length;
    return { level: i + 1, classes };
  });
  const classes = levels.flatMap((l) => l.classes);
  // Spans of two levels where the family has them, the last value alone: 1–2, 3–4, 5.
  const spans: Array<[number, number]> = [];
  for (let from = 1; from <= count; from += 2) spans.push([from, Math.min(from + 1, count)]);
  return familySchema.parse({
    id,
    name: options.name ?? 'Gegenereerde functies (test)',
    version: 1,
    source: `Testgegevens: een gegenereerde familie van ${count} niveaus.`,
    purpose: { what: 'Projecten en dossiers opvolgen', goal: 'de doelstellingen van de entiteit te halen' },
    levels,
    resultAreas: [
      { id: 'planning', title: 'Planning', what: 'Werk plannen en opvolgen', goal: 'termijnen te halen', activities: ['Planningen opmaken', 'Voortgang rapporteren'] },
      { id: 'advies', title: 'Advies', what: 'Advies geven aan collega’s en leidinggevenden', goal: 'goede beslissingen mogelijk te maken', activities: ['Nota’s schrijven'] },
      { id: 'netwerk', title: 'Netwerk', what: 'Contacten onderhouden met partners', goal: 'samenwerking te versterken', activities: ['Overleg organiseren'] },
    ],
    criteria: [
      {
        id: 'reikwijdte',
        name: 'Reikwijdte van de opdracht',
        values: levels.map((l) => ({ text: `Reikwijdte ${l.level}: ${['eigen taken', 'een team', 'een afdeling', 'een entiteit', 'het beleidsdomein', 'de overheid'][l.level - 1] ?? `niveau ${l.level}`}`, from: l.level, to: l.level })),
      },
      {
        id: 'autonomie',
        name: 'Autonomie',
        values: spans.map(([from, to], i) => ({ text: `Autonomie ${i + 1}`, from, to })),
      },
      {
        id: 'budget',
        name: 'Impact op budgetten',
        values: [
          { text: 'Geen budgettaire impact', from: 1, to: Math.max(1, count - 2) },
          ...(count >= 3 ? [{ text: 'Budgetten mee voorbereiden', from: count - 1, to: count - 1 }] : []),
          { text: 'Een budget beheren', from: count, to: count, rg: true },
        ],
      },
      {
        id: 'contacten',
        name: 'Externe contacten',
        values: [
          { text: 'Informatie uitwisselen', from: 1, to: count - 1 },
          { parts: { join: 'or', items: ['Onderhandelen met partners', 'Een netwerk uitbouwen'] }, from: count, to: count },
        ],
      },
    ],
    expertise: {
      instruction: 'Maak de kennis functie- en entiteitsspecifiek.',
      levels: levels.map((l) => ({ level: l.level, knowledge: `Kennis op niveau ${l.level}`, educationAndExperience: `Opleiding en ervaring op niveau ${l.level}` })),
    },
    competencies: [
      {
        id: 'plannen',
        name: 'Plannen',
        definition: 'Werk vooraf ordenen.',
        levels: [1, 2, 3].map((level) => ({ level, text: `Plannen op niveau ${level}` })),
        required: Object.fromEntries(classes.map((c, i) => [String(c), 1 + Math.floor((i * 3) / classes.length)])),
      },
    ],
  });
}
