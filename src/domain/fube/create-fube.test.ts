import { describe, expect, it } from 'vitest';
import { createFube } from './create-fube.js';
import { testFamily } from './test-family.js';

describe('creating a FUBE from a family version', () => {
  it('prefills the purpose from the family and offers all its result areas', () => {
    const result = createFube(testFamily, { title: ' Deskundige HR ', entityId: 'ent-a', unitId: 'unit-hr', holderIds: ['p-an', 'p-an', 'p-bert'], managerId: 'p-mia' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      familyId: 'testfamilie',
      familyVersion: 1,
      title: 'Deskundige HR',
      holderIds: ['p-an', 'p-bert'],
      purpose: { what: 'Interne klanten ondersteunen', goal: 'een kwaliteitsvolle dienstverlening te bieden' },
      specificKnowledge: '',
    });
    expect(result.value.resultAreas.map((a) => a.resultAreaId)).toEqual(['behoefteanalyse', 'dienstverlening', 'kennis']);
    expect(result.value.resultAreas[1]?.activities).toEqual(['Vragen beantwoorden', 'Dossiers behandelen', 'Procedures toepassen']);
    expect(result.value.weighing).toBeUndefined();
  });

  it('starts with the chosen result areas only', () => {
    const result = createFube(testFamily, { title: 'X', entityId: 'ent-a', resultAreaIds: ['kennis'] });
    expect(result.ok && result.value.resultAreas.map((a) => a.resultAreaId)).toEqual(['kennis']);
  });

  it('refuses an unknown result area and an empty title, naming the fields', () => {
    const result = createFube(testFamily, { title: ' ', entityId: 'ent-a', resultAreaIds: ['kennis', 'koffie'] });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['title', 'resultAreaIds[1]']);
  });

  it('offers copies, so editing the FUBE never changes the family', () => {
    const created = createFube(testFamily, { title: 'Deskundige', entityId: 'ent-a' });
    if (!created.ok) throw new Error('create failed');
    created.value.resultAreas[0]?.activities.push('Eigen activiteit');
    expect(testFamily.resultAreas[0]?.activities).toHaveLength(2);
  });
});
