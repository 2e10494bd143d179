import { describe, expect, it } from 'vitest';
import { addCustomResultArea, chooseResultAreas, removeResultArea } from './choose-result-areas.js';
import { editResultArea } from './adapt-result-area.js';
import { setWeighing } from './set-weighing.js';
import { readyFube, testFamily } from './test-family.js';
import type { FubeContent } from './schema.js';

const value = <T>(result: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
};

describe('choosing result areas', () => {
  it('keeps adapted texts of areas already chosen and adds new ones from the family', () => {
    const edited = value(editResultArea(readyFube(), 0, { goal: 'HR-klanten te ondersteunen' }));
    const chosen = value(chooseResultAreas(edited, testFamily, ['kennis', 'dienstverlening']));
    expect(chosen.resultAreas.map((a) => [a.resultAreaId, a.goal])).toEqual([
      ['kennis', 'deskundig te blijven'],
      ['dienstverlening', 'HR-klanten te ondersteunen'],
    ]);
  });

  it('leaves own and RG result areas in place when the family choice changes', () => {
    let fube = value(addCustomResultArea(readyFube(), { title: 'Loonadministratie', what: 'Lonen berekenen', goal: 'correct te betalen' }));
    fube = value(setWeighing(fube, testFamily, { complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 }));
    fube = value(chooseResultAreas(fube, testFamily, []));
    expect(fube.resultAreas.map((a) => a.origin)).toEqual(['custom', 'rg']);
  });

  it('refuses unknown and doubly chosen areas', () => {
    const result = chooseResultAreas(readyFube(), testFamily, ['kennis', 'kennis', 'onbekend']);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['fube.result-area-duplicate', 'resultAreaIds[1]'],
      ['fube.result-area-unknown', 'resultAreaIds[2]'],
    ]);
  });

  it('an own result area needs a title, what and goal', () => {
    const result = addCustomResultArea(readyFube(), { title: 'Iets', what: '', goal: ' ' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['what', 'goal']);
  });

  it('a family or own result area can be removed', () => {
    const fube: FubeContent = value(removeResultArea(readyFube(), testFamily, 0));
    expect(fube.resultAreas).toEqual([]);
  });

  it('an RG result area cannot be removed by hand; the error names the criterion', () => {
    const fube = value(setWeighing(readyFube(), testFamily, { complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 }));
    const index = fube.resultAreas.findIndex((a) => a.origin === 'rg');
    const result = removeResultArea(fube, testFamily, index);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({ code: 'fube.rg-result-area-required', path: `resultAreas[${index}]` });
    expect(result.ok ? '' : result.errors[0]?.message).toContain("'Impact op budgetten'");
  });
});
