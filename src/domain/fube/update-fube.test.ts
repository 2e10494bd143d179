import { describe, expect, it } from 'vitest';
import { setWeighing } from './set-weighing.js';
import { readyFube, testFamily } from './test-family.js';
import { updateFube } from './update-fube.js';
import type { FubeContent } from './schema.js';

const withRg = (): FubeContent => {
  const result = setWeighing(readyFube(), testFamily, { complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 });
  if (!result.ok) throw new Error('weighing failed');
  return result.value;
};

describe('saving a whole FUBE content', () => {
  it('recomputes the weighing result instead of trusting the one sent', () => {
    const before = readyFube();
    const sent = readyFube();
    sent.weighing = { ...sent.weighing!, result: { ...sent.weighing!.result!, class: 19, level: 4 } };
    const saved = updateFube(before, sent, testFamily);
    expect(saved.ok && saved.value.weighing?.result).toMatchObject({ class: 15, level: 2 });
  });

  it('refuses to drop a required RG result area and names the criterion', () => {
    const before = withRg();
    const sent = { ...before, resultAreas: before.resultAreas.filter((a) => a.origin !== 'rg') };
    const saved = updateFube(before, sent, testFamily);
    expect(saved.ok ? [] : saved.errors).toEqual([
      expect.objectContaining({ code: 'fube.rg-result-area-required', path: 'resultAreas', message: expect.stringContaining("'Impact op budgetten'") }),
    ]);
  });

  it('drops the RG area together with its value when another value is chosen', () => {
    const before = withRg();
    const sent: FubeContent = {
      ...before,
      resultAreas: before.resultAreas.filter((a) => a.origin !== 'rg'),
      weighing: { rule: 'median-v1', values: { complexiteit: 4, 'impact-op-budgetten': 2, 'interpersoonlijke-relaties': 1 } },
    };
    const saved = updateFube(before, sent, testFamily);
    expect(saved.ok && saved.value.resultAreas.map((a) => a.origin)).toEqual(['family']);
  });

  it('adds the RG area of a newly chosen RG value, and refuses content of another family version', () => {
    const sent: FubeContent = { ...readyFube(), weighing: { rule: 'median-v1', values: { complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 } } };
    const saved = updateFube(readyFube(), sent, testFamily);
    expect(saved.ok && saved.value.resultAreas.filter((a) => a.origin === 'rg').map((a) => a.criterionId)).toEqual(['impact-op-budgetten']);
    expect(updateFube(readyFube(), { ...readyFube(), familyVersion: 2 }, testFamily)).toMatchObject({ ok: false, errors: [{ code: 'fube.family-mismatch' }] });
  });
});
