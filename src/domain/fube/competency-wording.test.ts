import { describe, expect, it } from 'vitest';
import { checkFubeWording } from '../checks/gender-neutral.js';
import { fubeCompetencyProfile } from './competency-profile.js';
import { readyFube, testFamily } from './test-family.js';
import { updateFube } from './update-fube.js';

describe("a FUBE's own wording of a competency text", () => {
  const fube = readyFube();
  const cls = fube.decision!.class;
  const required = testFamily.competencies[0]!.required[String(cls)]!;

  it('replaces the family text for the level the class requires, keeping the family text beside it', () => {
    const content = { ...fube, competencyWording: [{ competencyId: 'samenwerken', level: required, text: 'Stimuleert de samenwerking binnen de eigen entiteit' }] };
    const profile = fubeCompetencyProfile(content, testFamily);
    expect(profile.ok).toBe(true);
    if (!profile.ok) return;
    expect(profile.value.competencies.find((c) => c.competencyId === 'samenwerken')).toMatchObject({
      levelText: 'Stimuleert de samenwerking binnen de eigen entiteit',
      familyLevelText: `Niveau ${required}`,
    });
    // The family is untouched and the other competency keeps its text.
    expect(testFamily.competencies[0]!.levels.find((l) => l.level === required)?.text).toBe(`Niveau ${required}`);
    expect(profile.value.competencies.find((c) => c.competencyId === 'analyseren')?.familyLevelText).toBeUndefined();
  });

  it('does not apply to another level (after the class changed)', () => {
    const content = { ...fube, competencyWording: [{ competencyId: 'samenwerken', level: 1, text: 'Eigen tekst' }] };
    const profile = fubeCompetencyProfile(content, testFamily);
    expect(profile.ok && profile.value.competencies.find((c) => c.competencyId === 'samenwerken')?.levelText).toBe(`Niveau ${required}`);
  });

  it('is refused for a competency or level the family lacks, when empty or given twice', () => {
    const save = (competencyWording: { competencyId: string; level: number; text: string }[]) => updateFube(fube, { ...fube, competencyWording }, testFamily);
    const codes = (result: ReturnType<typeof save>) => (result.ok ? [] : result.errors.map((e) => [e.code, e.path]));
    expect(codes(save([{ competencyId: 'bestaat-niet', level: 1, text: 'x' }]))).toEqual([['fube.competency-wording-unknown', 'competencyWording[0]']]);
    expect(codes(save([{ competencyId: 'samenwerken', level: 9, text: 'x' }]))).toEqual([['fube.competency-wording-unknown', 'competencyWording[0]']]);
    expect(codes(save([{ competencyId: 'samenwerken', level: 2, text: '  ' }]))).toEqual([['fube.competency-wording-empty', 'competencyWording[0].text']]);
    expect(codes(save([{ competencyId: 'samenwerken', level: 2, text: 'a' }, { competencyId: 'samenwerken', level: 2, text: 'b' }]))).toEqual([['fube.competency-wording-twice', 'competencyWording[1]']]);
    expect(save([{ competencyId: 'samenwerken', level: 2, text: 'Werkt samen binnen de eigen entiteit' }]).ok).toBe(true);
  });

  it("is checked for gender-neutral wording like the FUBE's other texts", () => {
    const content = { ...fube, competencyWording: [{ competencyId: 'samenwerken', level: 2, text: 'Werkt samen binnen zijn team' }] };
    expect(checkFubeWording(content).map((f) => [f.path, f.match, f.replacement])).toEqual([['competencyWording[0].text', 'zijn', 'het eigen team']]);
  });
});

describe('comparing revisions', () => {
  it('names a changed competency wording in words', async () => {
    const { diffRevisions } = await import('./diff-revisions.js');
    const before = readyFube();
    const after = { ...before, competencyWording: [{ competencyId: 'samenwerken', level: 2, text: 'Werkt samen binnen de eigen entiteit' }] };
    const labels = diffRevisions(before, after).map((change) => change.label);
    expect(labels.join(' | ')).toContain('Eigen formulering van competentieteksten');
  });
});
