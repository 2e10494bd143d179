import { describe, expect, it } from 'vitest';
import { checkFube } from './check-fube.js';
import { acceptSuggestion, decideClass } from './decide-class.js';
import { classAtLevel, currentTieDecision, decideTie, effectiveSuggestion, tieCriteria, tiedLevels, tieOpen } from './decide-tie.js';
import { setWeighing } from './set-weighing.js';
import { updateFube } from './update-fube.js';
import { readyFube, testFamily } from './test-family.js';
import type { FubeContent } from './schema.js';

// Levels 1 and 2 are equally close: complexiteit 2 (level 2), budgets 1 (level 1), relations 1 (levels 1–3).
const TIE = { complexiteit: 2, 'impact-op-budgetten': 1, 'interpersoonlijke-relaties': 1 };
const by = { userId: 'u-hr', personId: 'p-hr', at: '2026-12-02T10:00:00.000Z' };

function weighed(values: Record<string, number>, base: FubeContent = readyFube({ decision: undefined })): FubeContent {
  const result = setWeighing(base, testFamily, values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const codes = (fube: FubeContent) => checkFube(fube, testFamily).map((e) => e.code);
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('ties are decided by a person (DOMAIN.md §3.6)', () => {
  it('the rule keeps the lower level and names the tied levels and what separates them', () => {
    const fube = weighed(TIE);
    expect(fube.weighing?.result).toMatchObject({ level: 1, class: 14 });
    expect(tiedLevels(fube.weighing?.result)).toEqual([1, 2]);
    expect(tieCriteria(fube.weighing?.result).sort()).toEqual(['complexiteit', 'interpersoonlijke-relaties']);
    expect(tiedLevels(readyFube().weighing?.result)).toEqual([]);
  });

  it('an undecided tie blocks the proposal, with the tied levels', () => {
    const fube = unwrap(acceptSuggestion(weighed(TIE), testFamily));
    expect(tieOpen(fube)).toBe(true);
    const blocking = checkFube(fube, testFamily).filter((e) => e.code === 'fube.tie-undecided');
    expect(blocking).toMatchObject([{ path: 'weighing.tie', params: { levels: '1, 2' } }]);
    expect(codes(readyFube())).toEqual([]);
  });

  it('deciding up records who, which way, the levels and the motivation; the class follows the chosen level', () => {
    const fube = unwrap(acceptSuggestion(weighed(TIE), testFamily));
    const decided = unwrap(decideTie(fube, { level: 2, motivation: '  Zelfstandig dossiers van begin tot eind.  ' }, by));
    expect(decided.tieDecision).toEqual({
      level: 2,
      class: 15,
      levels: [1, 2],
      direction: 'up',
      motivation: 'Zelfstandig dossiers van begin tot eind.',
      decidedBy: 'u-hr',
      decidedByPersonId: 'p-hr',
      at: by.at,
      values: TIE,
    });
    expect(decided.decision).toEqual({ level: 2, class: 15 });
    expect(effectiveSuggestion(decided)).toEqual({ level: 2, class: 15 });
    expect(codes(decided)).toEqual([]);
    // Accepting the suggestion now accepts the chosen level, without an override motivation.
    expect(unwrap(acceptSuggestion(decided, testFamily)).decision).toEqual({ level: 2, class: 15 });
    expect(decideClass(decided, testFamily, { class: 14 })).toMatchObject({ ok: false, errors: [{ path: 'decision.motivation' }] });
  });

  it('deciding down keeps the suggestion and counts as down', () => {
    const decided = unwrap(decideTie(weighed(TIE), { level: 1, motivation: 'Uitvoerend werk.' }, { userId: 'u-hr', at: by.at }));
    expect(decided.tieDecision).toMatchObject({ level: 1, class: 14, direction: 'down' });
    expect(decided.tieDecision).not.toHaveProperty('decidedByPersonId');
    expect(decided.decision).toEqual({ level: 1, class: 14 });
  });

  it('a motivated override stays when the tie is decided', () => {
    const overridden = unwrap(decideClass(weighed(TIE), testFamily, { class: 17, motivation: 'Leidt een team.' }));
    const decided = unwrap(decideTie(overridden, { level: 2, motivation: 'Zelfstandig.' }, by));
    expect(decided.decision).toEqual({ level: 3, class: 17, motivation: 'Leidt een team.' });
  });

  it('refuses a level that is not tied, an empty motivation, and a weighing without a tie', () => {
    const fube = weighed(TIE);
    expect(decideTie(fube, { level: 3, motivation: 'x' }, by)).toMatchObject({ ok: false, errors: [{ code: 'fube.tie-level-not-tied', path: 'level' }] });
    expect(decideTie(fube, { level: 2, motivation: ' \n ' }, by)).toMatchObject({ ok: false, errors: [{ code: 'fube.tie-motivation-missing', path: 'motivation' }] });
    expect(decideTie(readyFube(), { level: 2, motivation: 'x' }, by)).toMatchObject({ ok: false, errors: [{ code: 'fube.tie-none' }] });
  });

  it('a changed weighing clears the stale decision; the same values keep it', () => {
    const decided = unwrap(decideTie(weighed(TIE), { level: 2, motivation: 'Zelfstandig.' }, by));
    expect(setWeighing(decided, testFamily, { ...TIE }).ok && currentTieDecision(unwrap(setWeighing(decided, testFamily, { ...TIE })))).toBeTruthy();
    const changed = unwrap(setWeighing(decided, testFamily, { ...TIE, 'impact-op-budgetten': 2 }));
    expect(changed.tieDecision).toBeUndefined();
    // Back to the tied values: a new tie, to be decided again.
    const back = unwrap(setWeighing(changed, testFamily, TIE));
    expect(back.tieDecision).toBeUndefined();
    expect(tieOpen(back)).toBe(true);
  });

  it("the editor's save cannot set, change or drop a tie decision; a changed weighing still clears it", () => {
    const open = weighed(TIE);
    const forged = { ...open, tieDecision: { level: 2, class: 15, levels: [1, 2], direction: 'up' as const, motivation: 'x', decidedBy: 'someone', at: by.at, values: TIE } };
    expect(unwrap(updateFube(open, forged, testFamily)).tieDecision).toBeUndefined();
    const decided = unwrap(decideTie(open, { level: 2, motivation: 'Zelfstandig.' }, by));
    const { tieDecision: _dropped, ...without } = decided;
    expect(unwrap(updateFube(decided, without, testFamily)).tieDecision).toEqual(decided.tieDecision);
    expect(unwrap(updateFube(decided, { ...decided, tieDecision: { ...decided.tieDecision!, level: 1 } }, testFamily)).tieDecision?.level).toBe(2);
    const reweighed = { ...decided, weighing: { rule: 'median-v1', values: { ...TIE, complexiteit: 1 } } };
    expect(unwrap(updateFube(decided, reweighed, testFamily)).tieDecision).toBeUndefined();
  });

  it('the class at a two-class level follows the criteria above and below it', () => {
    const result = weighed(TIE).weighing!.result!;
    expect(classAtLevel(result, 2)).toBe(15);
    expect(classAtLevel(result, 1)).toBe(14);
    expect(classAtLevel(result, 9)).toBeUndefined();
  });
});
