import { describe, expect, it } from 'vitest';
import { checkFube } from './check-fube.js';
import { setWeighing } from './set-weighing.js';
import { readyFube, testFamily } from './test-family.js';

const weighed = (values: Record<string, number>, fube = readyFube({ weighing: undefined })) => {
  const result = setWeighing(fube, testFamily, values);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
};

describe('setting the weighing values', () => {
  it('recomputes the weighing and stores the rule id and the result', () => {
    const fube = weighed({ complexiteit: 3, 'impact-op-budgetten': 2, 'interpersoonlijke-relaties': 1 });
    expect(fube.weighing).toMatchObject({ rule: 'median-v1', values: { complexiteit: 3 } });
    expect(fube.weighing?.result).toMatchObject({ rule: 'median-v1', familyVersion: 1, level: 3, class: 17 });
  });

  it('an incomplete weighing is kept without a result', () => {
    const fube = weighed({ complexiteit: 3 });
    expect(fube.weighing).toEqual({ rule: 'median-v1', values: { complexiteit: 3 } });
  });

  it('every chosen RG value adds a required result area, prefilled from the value text (titled from it; an OF value waits for its choice)', () => {
    const fube = weighed({ complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 2 });
    expect(fube.resultAreas.filter((a) => a.origin === 'rg')).toEqual([
      { origin: 'rg', criterionId: 'impact-op-budgetten', criterionValue: 3, title: 'Het budget van de dienst mee opmaken en opvolgen', what: 'Het budget van de dienst mee opmaken en opvolgen', goal: '', activities: [] },
      { origin: 'rg', criterionId: 'interpersoonlijke-relaties', criterionValue: 2, title: 'Interpersoonlijke relaties', what: 'Onderhandelen met partners\nOF\nNetwerken uitbouwen', goal: '', activities: [] },
    ]);
  });

  it('an RG area keeps its adapted text while its value stays chosen', () => {
    const first = weighed({ complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 });
    const index = first.resultAreas.findIndex((a) => a.origin === 'rg');
    first.resultAreas[index] = { ...first.resultAreas[index]!, goal: 'de middelen goed te besteden' };
    const again = weighed({ complexiteit: 3, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 }, first);
    expect(again.resultAreas.filter((a) => a.origin === 'rg').map((a) => a.goal)).toEqual(['de middelen goed te besteden']);
  });

  it('choosing another value removes the RG area that no longer applies', () => {
    const first = weighed({ complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 });
    const changed = weighed({ complexiteit: 4, 'impact-op-budgetten': 2, 'interpersoonlijke-relaties': 1 }, first);
    expect(changed.resultAreas.some((a) => a.origin === 'rg')).toBe(false);
    expect(changed.resultAreas.map((a) => a.resultAreaId)).toEqual(['dienstverlening']);
  });

  it('an RG area still needs its goal before validation', () => {
    const fube = weighed({ complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 }, readyFube({ decision: { level: 4, class: 19 } }));
    expect(checkFube(fube, testFamily).map((e) => e.code)).toEqual(['fube.result-area-incomplete']);
  });

  it('an unknown criterion or a value out of range is refused with its path', () => {
    const result = setWeighing(readyFube(), testFamily, { complexiteit: 9, koffie: 1 });
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(['weighing.values.complexiteit', 'weighing.values.koffie']);
  });

  it('an unknown rule is refused', () => {
    expect(setWeighing(readyFube(), testFamily, { complexiteit: 1 }, 'lottery-v1')).toMatchObject({ ok: false, errors: [{ code: 'weighing.unknown-rule' }] });
  });
});
