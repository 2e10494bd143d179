import { describe, expect, it } from 'vitest';
import { expertiseOf, setSpecificKnowledge } from './specific-knowledge.js';
import { readyFube, testFamily } from './test-family.js';

describe('function- and entity-specific knowledge', () => {
  it('is stored trimmed and shown beside the expertise of the decided level', () => {
    const fube = setSpecificKnowledge(readyFube({ decision: { level: 3, class: 17, motivation: 'x' } }), '  Kennis van Vlimpers  ');
    expect(expertiseOf(fube, testFamily)).toEqual({
      level: 3,
      knowledge: 'Kennis niveau 3',
      educationAndExperience: 'Opleiding niveau 3',
      instruction: 'Maak de kennis functie- en entiteitsspecifiek.',
      specificKnowledge: 'Kennis van Vlimpers',
    });
  });

  it('follows the suggested level before a decision, and is absent without a weighing', () => {
    expect(expertiseOf(readyFube({ decision: undefined }), testFamily)?.level).toBe(2);
    expect(expertiseOf(readyFube({ decision: undefined, weighing: undefined }), testFamily)).toBeUndefined();
  });
});
