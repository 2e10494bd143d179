import { describe, expect, it } from 'vitest';
import { STEPS, stepOf, stepOfPath } from '../../src/web/fube/steps.js';

describe('the FUBE editor steps', () => {
  it('a blocking item links to the step where its field is edited', () => {
    expect(stepOfPath('weighing.values.complexiteit')).toBe('weging');
    expect(stepOfPath('resultAreas[2].goal')).toBe('resultaatgebieden');
    expect(stepOfPath('decision.motivation')).toBe('klasse');
    expect(stepOfPath('specificKnowledge')).toBe('kennis');
    expect(stepOfPath('purpose.what')).toBe('doel');
    expect(stepOfPath('holderIds')).toBe('identificatie');
  });

  it('an unknown step in the address opens the first step', () => {
    expect(stepOf('bestaat-niet')).toBe('identificatie');
    expect(stepOf(undefined)).toBe('identificatie');
    expect(stepOf('weging')).toBe('weging');
  });

  it('guides through identification, purpose, result areas, weighing, knowledge, class, profile and review in that order', () => {
    // The knowledge step shows the family's texts of the level the weighing gives: weighing first.
    expect(STEPS.slice(0, 8).map((s) => s.slug)).toEqual([
      'identificatie', 'doel', 'resultaatgebieden', 'weging', 'kennis', 'klasse', 'competenties', 'nazicht',
    ]);
  });
});
