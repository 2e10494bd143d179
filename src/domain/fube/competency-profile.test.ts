import { describe, expect, it } from 'vitest';
import { fubeCompetencyProfile } from './competency-profile.js';
import { readyFube, testFamily } from './test-family.js';

describe('the competency profile of a FUBE', () => {
  it('follows the decided class', () => {
    const profile = fubeCompetencyProfile(readyFube({ decision: { level: 3, class: 17, motivation: 'x' } }), testFamily);
    expect(profile.ok && profile.value.competencies.map((c) => [c.competencyId, c.requiredLevel])).toEqual([
      ['samenwerken', 2],
      ['analyseren', 3],
    ]);
  });

  it('changes when the class changes, without anything stored in the FUBE', () => {
    const fube = readyFube();
    const before = fubeCompetencyProfile(fube, testFamily);
    const validated = fubeCompetencyProfile(fube, testFamily, 19);
    expect(before.ok && before.value.competencies.map((c) => c.competencyId)).toEqual(['samenwerken', 'analyseren']);
    expect(validated.ok && validated.value.competencies.map((c) => c.competencyId)).toEqual(['samenwerken']);
    expect(Object.keys(fube)).not.toContain('competencies');
  });

  it('is not available before a class is decided', () => {
    expect(fubeCompetencyProfile(readyFube({ decision: undefined }), testFamily)).toMatchObject({ ok: false, errors: [{ path: 'decision' }] });
  });
});
