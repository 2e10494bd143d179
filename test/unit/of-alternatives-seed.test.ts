import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { familySchema } from '../../src/domain/family/schema.js';
import { explain } from '../../src/domain/weighing/index.js';
import { checkFube } from '../../src/domain/fube/check-fube.js';
import { chooseAlternatives, chosenValueText, missingChoices, rgAreaDefaults } from '../../src/domain/fube/choose-alternatives.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { setWeighing } from '../../src/domain/fube/set-weighing.js';
import { readyFube, testFamily } from '../../src/domain/fube/test-family.js';
import { updateFube } from '../../src/domain/fube/update-fube.js';

const seed = familySchema.parse(parse(readFileSync('families/organisatieondersteunende-functies.yaml', 'utf8')));
const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: { code: string }[] }): T => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join(', '));
  return r.value;
};
const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? [] : (r.errors ?? []).map((e) => e.code));

/** The seed at level 4 everywhere: organisatievorm 3 (RG, two OF alternatives). */
const seedFube = (organisatievorm = 3): FubeContent => {
  const values = Object.fromEntries(seed.criteria.map((c) => [c.id, c.values.length]));
  values.organisatievorm = organisatievorm;
  return ok(setWeighing({ ...readyFube(), familyId: seed.id, familyVersion: seed.version, resultAreas: [], weighing: undefined, decision: undefined }, seed, values));
};
const rgOf = (fube: FubeContent, criterionId: string) => fube.resultAreas.find((a) => a.origin === 'rg' && a.criterionId === criterionId);

describe('OF alternatives of a chosen value (issue 14 item 5)', () => {
  it('the seed has OF values exactly in organisatievorm (value 2: three, value 3: two, RG)', () => {
    const of = seed.criteria.flatMap((c) => c.values.map((v, i) => ({ c: c.id, n: i + 1, v })).filter((x) => x.v.parts?.join === 'or'));
    expect(of.map((x) => [x.c, x.n, x.v.parts?.items.length, x.v.rg])).toEqual([
      ['organisatievorm', 2, 3, false],
      ['organisatievorm', 3, 2, true],
    ]);
  });

  it('until a choice is made, a check item blocks proposing; the RG area waits with every alternative', () => {
    const fube = seedFube();
    expect(missingChoices(fube, seed).map((m) => [m.criterion.id, m.value])).toEqual([['organisatievorm', 3]]);
    const blocking = checkFube(fube, seed);
    expect(blocking.find((e) => e.code === 'fube.alternative-not-chosen')).toMatchObject({ path: 'weighing.alternatives.organisatievorm', params: { value: 3 } });
    expect(rgOf(fube, 'organisatievorm')?.what).toContain('\nOF\n');
  });

  it('choosing an alternative keeps only its text: title from it, "met als doel" once, goal filled', () => {
    const fube = ok(chooseAlternatives(seedFube(), seed, 'organisatievorm', [1]));
    expect(fube.weighing?.alternatives).toEqual({ organisatievorm: [1] });
    const area = rgOf(fube, 'organisatievorm')!;
    expect(area.title).toBe('Als hiërarchisch leidinggevende');
    expect(area.title).not.toBe('Organisatie- en samenwerkingsvorm');
    expect(area.what).toBe('Als hiërarchisch leidinggevende, coördineren, aansturen en coachen van een team');
    expect(area.goal).toBe('hen te stimuleren tot optimale prestaties, betrokkenheid en verdere ontwikkeling');
    expect(`${area.what} met als doel ${area.goal}`.match(/met als doel/g)).toHaveLength(1);
    expect(JSON.stringify(area)).not.toContain('doorgedreven expertise');
    expect(checkFube(fube, seed).map((e) => e.code)).not.toContain('fube.alternative-not-chosen');
    expect(checkFube(fube, seed).filter((e) => e.path.startsWith('resultAreas'))).toEqual([]);
  });

  it('both alternatives may apply; HR edits stay when the choice changes', () => {
    const one = ok(chooseAlternatives(seedFube(), seed, 'organisatievorm', [2]));
    const i = one.resultAreas.findIndex((a) => a.origin === 'rg' && a.criterionId === 'organisatievorm');
    one.resultAreas[i] = { ...one.resultAreas[i]!, title: 'Kennisbeheer' };
    const both = ok(chooseAlternatives(one, seed, 'organisatievorm', [2, 1]));
    expect(both.weighing?.alternatives).toEqual({ organisatievorm: [1, 2] });
    expect(both.resultAreas[i]?.title).toBe('Kennisbeheer');
    expect(both.resultAreas[i]?.what).toContain('hiërarchisch leidinggevende');
    expect(both.resultAreas[i]?.what).toContain('doorgedreven expertise');
  });

  it('refuses an alternative out of range, none, a duplicate, a value without alternatives and a criterion without value', () => {
    const fube = seedFube();
    expect(codes(chooseAlternatives(fube, seed, 'organisatievorm', [3]))).toEqual(['fube.alternative-unknown']);
    expect(codes(chooseAlternatives(fube, seed, 'organisatievorm', [0, -1]))).toEqual(['fube.alternative-unknown', 'fube.alternative-unknown']);
    expect(codes(chooseAlternatives(fube, seed, 'organisatievorm', [1.5]))).toEqual(['fube.alternative-unknown']);
    expect(codes(chooseAlternatives(fube, seed, 'organisatievorm', []))).toEqual(['fube.alternative-none-chosen']);
    expect(codes(chooseAlternatives(fube, seed, 'organisatievorm', [1, 1]))).toEqual(['fube.alternative-duplicate']);
    expect(codes(chooseAlternatives(fube, seed, 'complexiteit', [1]))).toEqual(['fube.value-without-alternatives']);
    expect(codes(chooseAlternatives(fube, seed, 'geen-criterium', [1]))).toEqual(['fube.criterion-unknown']);
    const noValue = { ...fube, weighing: { ...fube.weighing!, values: { complexiteit: 1 } } };
    expect(codes(chooseAlternatives(noValue, seed, 'organisatievorm', [1]))).toEqual(['fube.alternative-without-value']);
  });

  it('a non-RG value with alternatives (organisatievorm 2) needs a choice too, and has no RG area', () => {
    const fube = seedFube(2);
    expect(missingChoices(fube, seed).map((m) => m.value)).toEqual([2]);
    const chosen = ok(chooseAlternatives(fube, seed, 'organisatievorm', [3]));
    expect(rgOf(chosen, 'organisatievorm')).toBeUndefined();
    expect(chosenValueText(seed.criteria.at(-1)!.values[1]!, [3])).toMatch(/^Vanuit vakkennis/);
  });

  it('a changed weighing value clears the stale choice (weighing and whole-content save)', () => {
    const chosen = ok(chooseAlternatives(seedFube(), seed, 'organisatievorm', [1]));
    const moved = ok(setWeighing(chosen, seed, { ...chosen.weighing!.values, organisatievorm: 2 }));
    expect(moved.weighing?.alternatives).toBeUndefined();
    expect(missingChoices(moved, seed).map((m) => m.value)).toEqual([2]);
    // The editor sends the old choice back with the new value: it does not survive.
    const edited = ok(updateFube(chosen, { ...chosen, weighing: { ...chosen.weighing!, values: { ...chosen.weighing!.values, organisatievorm: 2 } } }, seed));
    expect(edited.weighing?.alternatives).toBeUndefined();
    // Another criterion's change keeps it.
    const other = ok(setWeighing(chosen, seed, { ...chosen.weighing!.values, complexiteit: 1 }));
    expect(other.weighing?.alternatives).toEqual({ organisatievorm: [1] });
  });

  it('a whole-content save with a choice out of range is refused', () => {
    const fube = seedFube();
    expect(codes(updateFube(fube, { ...fube, weighing: { ...fube.weighing!, alternatives: { organisatievorm: [7] } } }, seed))).toEqual(['fube.alternative-unknown']);
    expect(codes(updateFube(fube, { ...fube, weighing: { ...fube.weighing!, alternatives: { complexiteit: [1] } } }, seed))).toEqual(['fube.value-without-alternatives']);
    const saved = ok(updateFube(fube, { ...fube, weighing: { ...fube.weighing!, alternatives: { organisatievorm: [2] } } }, seed));
    expect(saved.weighing?.alternatives).toEqual({ organisatievorm: [2] });
  });

  it('the explanation names only the chosen alternative', () => {
    const fube = ok(chooseAlternatives(seedFube(), seed, 'organisatievorm', [2]));
    const text = explain(fube.weighing!.result!, seed, 'nl', 'holder', fube.weighing!.alternatives);
    expect(text).toContain('doorgedreven expertise');
    expect(text).not.toContain('hiërarchisch leidinggevende');
    expect(explain(fube.weighing!.result!, seed, 'nl', 'holder')).toContain('hiërarchisch leidinggevende');
  });

  it('an RG value without alternatives gets a title from its text, its goal after "met als doel"', () => {
    const budget = seed.criteria.find((c) => c.id === 'impact-op-budgetten')!;
    expect(rgAreaDefaults(budget, budget.values[2]!, undefined)).toEqual({
      title: 'Staat in voor de opmaak en verdediging van het budgetvoorstel',
      what: 'Staat in voor de opmaak en verdediging van het budgetvoorstel, het beheer en de opvolging van het toegewezen budget',
      goal: 'het budget optimaal aan te wenden voor een kwaliteitsvolle dienstverlening',
    });
    const test = testFamily.criteria.find((c) => c.id === 'impact-op-budgetten')!;
    expect(rgAreaDefaults(test, test.values[2]!, undefined)).toEqual({ title: 'Het budget van de dienst mee opmaken en opvolgen', what: 'Het budget van de dienst mee opmaken en opvolgen', goal: '' });
  });
});
