import { describe, expect, it } from 'vitest';
import { type FamilyInput, parseFamily } from '../family/index.js';
import { competencyProfile, competencyProfileSchema } from './index.js';

const input: FamilyInput = {
  id: 'testfamilie',
  name: 'Testfamilie',
  version: 3,
  source: 'testgegevens',
  purpose: { what: 'iets doen', goal: 'iets bereiken' },
  levels: [
    { level: 1, classes: [10] },
    { level: 2, classes: [11, 12] },
  ],
  resultAreas: [{ id: 'werk', title: 'Werk', what: 'werken', goal: 'resultaat' }],
  criteria: [{ id: 'a', name: 'A', values: [{ text: 'een', from: 1, to: 1 }, { text: 'twee', from: 2, to: 2 }] }],
  expertise: {
    instruction: 'Nog functie- en entiteitspecifiek maken',
    levels: [
      { level: 1, knowledge: 'Basiskennis', educationAndExperience: 'Bachelor' },
      { level: 2, knowledge: 'Diepgaande kennis', educationAndExperience: 'Master met ervaring' },
    ],
  },
  competencies: [
    {
      id: 'samenwerken',
      name: 'Samenwerken',
      definition: 'Bijdragen aan een gezamenlijk resultaat',
      levels: [
        { level: 1, text: 'Werkt mee' },
        { level: 2, text: 'Stimuleert samenwerking' },
      ],
      required: { '10': 1, '11': 2, '12': 2 },
    },
    {
      id: 'visie',
      name: 'Visie',
      definition: 'Feiten in een ruime context plaatsen',
      levels: [{ level: 1, text: 'Plaatst taken in perspectief' }],
      required: { '12': 1 },
      confidence: 'reconstructed',
    },
  ],
};
const parsed = parseFamily(input);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const family = parsed.value;

describe('the competency profile of a function class', () => {
  it('class 12 gets the expertise of level 2 and both competencies at their required level', () => {
    const profile = competencyProfile(family, 12);
    expect(profile).toEqual({
      ok: true,
      value: {
        familyId: 'testfamilie',
        familyVersion: 3,
        class: 12,
        level: 2,
        levelClasses: [11, 12],
        expertise: {
          knowledge: 'Diepgaande kennis',
          educationAndExperience: 'Master met ervaring',
          instruction: 'Nog functie- en entiteitspecifiek maken',
        },
        competencies: [
          {
            competencyId: 'samenwerken',
            name: 'Samenwerken',
            definition: 'Bijdragen aan een gezamenlijk resultaat',
            requiredLevel: 2,
            levelText: 'Stimuleert samenwerking',
            confidence: 'certain',
          },
          {
            competencyId: 'visie',
            name: 'Visie',
            definition: 'Feiten in een ruime context plaatsen',
            requiredLevel: 1,
            levelText: 'Plaatst taken in perspectief',
            confidence: 'reconstructed',
          },
        ],
      },
    });
    if (profile.ok) expect(competencyProfileSchema.parse(profile.value)).toEqual(profile.value);
  });

  it('leaves out a competency the class does not require', () => {
    const profile = competencyProfile(family, 11);
    expect(profile.ok && profile.value.competencies.map((c) => c.competencyId)).toEqual(['samenwerken']);
  });

  it('an unknown class is refused, naming the classes the family has', () => {
    expect(competencyProfile(family, 13)).toEqual({
      ok: false,
      errors: [
        {
          code: 'profile.unknown-class',
          path: 'class',
          message: "functieklasse 13 hoort niet bij de familie 'Testfamilie'; de familie heeft de functieklassen 10, 11, 12",
          params: { class: 13, family: 'Testfamilie', classes: '10, 11, 12' },
        },
      ],
    });
  });
});
