import { describe, expect, it } from 'vitest';
import { competencyProfile } from '../../src/domain/profile/index.js';
import { loadSeedFamily } from './weighing-fixture.js';

const family = loadSeedFamily();
const required = (cls: number) => {
  const profile = competencyProfile(family, cls);
  if (!profile.ok) throw new Error(JSON.stringify(profile.errors));
  return Object.fromEntries(profile.value.competencies.map((c) => [c.competencyId, c.requiredLevel]));
};

describe('competency profiles of the seed family (DOMAIN.md §2 table)', () => {
  it('class 14 (level 1)', () => {
    expect(required(14)).toEqual({ 'verantwoordelijkheid-nemen': 1, samenwerken: 2, analyseren: 1, initiatief: 2, klantgerichtheid: 1 });
  });

  it('classes 15 and 16 share level 2 and its profile', () => {
    const expected = { 'verantwoordelijkheid-nemen': 2, samenwerken: 2, analyseren: 2, oordeelsvorming: 2, innoveren: 2, klantgerichtheid: 2 };
    expect(required(15)).toEqual(expected);
    expect(required(16)).toEqual(expected);
  });

  it('class 18 (level 3) adds Visie and Analyseren at level 3', () => {
    expect(required(18)).toEqual({
      'verantwoordelijkheid-nemen': 2,
      samenwerken: 2,
      analyseren: 3,
      oordeelsvorming: 2,
      visie: 1,
      innoveren: 2,
      klantgerichtheid: 2,
    });
  });

  it('class 19 (level 4): expertise of level 4, the instruction, and texts of the required levels', () => {
    const profile = competencyProfile(family, 19);
    expect(profile.ok).toBe(true);
    if (!profile.ok) return;
    expect(profile.value.level).toBe(4);
    expect(profile.value.levelClasses).toEqual([19]);
    expect(profile.value.expertise.knowledge).toContain('De functie wordt binnen de organisatie als autoriteit aanzien.');
    expect(profile.value.expertise.educationAndExperience).toContain('minstens 10 jaar ervaring');
    expect(profile.value.expertise.instruction).toMatch(/functie- en entiteitspecifiek/i);
    expect(required(19)).toEqual({
      'verantwoordelijkheid-nemen': 2,
      samenwerken: 2,
      oordeelsvorming: 3,
      visie: 2,
      innoveren: 2,
      klantgerichtheid: 3,
    });
    const oordeel = profile.value.competencies.find((c) => c.competencyId === 'oordeelsvorming');
    expect(oordeel?.levelText).toMatch(/geïntegreerd oordeel/);
    expect(oordeel?.confidence).toBe('reconstructed');
  });

  it('class 13 is not in the family', () => {
    const profile = competencyProfile(family, 13);
    expect(profile.ok ? '' : profile.errors[0]!.message).toBe(
      "functieklasse 13 hoort niet bij de familie 'Organisatieondersteunende functies'; de familie heeft de functieklassen 14, 15, 16, 17, 18, 19",
    );
  });
});
