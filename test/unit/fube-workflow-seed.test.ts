import { chooseAlternatives } from '../../src/domain/fube/choose-alternatives.js';
import { describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import {
  acceptSuggestion,
  checkFube,
  chooseResultAreas,
  createFube,
  editResultArea,
  fubeCompetencyProfile,
  removeResultArea,
  setSpecificKnowledge,
  setWeighing,
} from '../../src/domain/fube/index.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { type WorkflowAction, type WorkflowState, initialState, transition } from '../../src/domain/workflow/index.js';
import { loadSeedFamily } from './weighing-fixture.js';

const family = loadSeedFamily();

const must = <T>(result: { ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] }): T => {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.value;
};

describe('a FUBE of the seed family, from draft to final', () => {
  it('is written, weighed with RG values, backed, decided, proposed, validated, notified and made final', () => {
    let fube: FubeContent = must(createFube(family, { title: 'Beleidsadviseur HR', entityId: 'ent-a', unitId: 'hr', holderIds: ['p-an'], managerId: 'p-mia' }));
    expect(fube.purpose.what).toBe(family.purpose.what);
    fube = must(chooseResultAreas(fube, family, ['dienstverlening', 'adviesverlening', 'kennis']));

    // Level 3, with one RG value (beleidsvoorbereiding 3) that needs its own result area.
    const values = {
      complexiteit: 3,
      opvolging: 3,
      'rol-in-projecten': 3,
      'impact-op-budgetten': 2,
      beleidsvoorbereiding: 3,
      optimalisatie: 3,
      'interpersoonlijke-relaties': 1,
      organisatievorm: 2,
    };
    fube = must(setWeighing(fube, family, values));
    expect(fube.weighing?.result).toMatchObject({ rule: 'median-v1', familyId: family.id, level: 3 });
    const rgIndex = fube.resultAreas.findIndex((a) => a.origin === 'rg');
    expect(fube.resultAreas[rgIndex]).toMatchObject({ criterionId: 'beleidsvoorbereiding', criterionValue: 3, title: 'Vanuit ervaring in het eigen vakgebied en met zicht op andere vakgebieden mee bepalen van het beleid' });
    expect(removeResultArea(fube, family, rgIndex)).toMatchObject({ ok: false, errors: [{ code: 'fube.rg-result-area-required' }] });

    // The RG area's goal comes from the text after "met als doel"; organisatievorm 2 waits for its OF choice.
    expect(checkFube(fube, family).map((e) => e.code).sort()).toEqual(['fube.alternative-not-chosen', 'fube.decision-missing', 'fube.specific-knowledge-missing']);
    fube = must(chooseAlternatives(fube, family, 'organisatievorm', [3]));
    fube = must(editResultArea(fube, rgIndex, { goal: 'het HR-beleid te laten aansluiten op de noden van de organisatie' }));
    fube = setSpecificKnowledge(fube, 'Kennis van het Vlaams personeelsstatuut en de HR-processen van de entiteit.');
    fube = must(acceptSuggestion(fube, family));
    expect(checkFube(fube, family)).toEqual([]);
    expect(must(fubeCompetencyProfile(fube, family)).level).toBe(3);

    const clock = new TestClock('2026-09-01T08:00:00Z');
    let state: WorkflowState = initialState();
    const run = (action: WorkflowAction) => {
      state = must(transition(state, action, { clock, actorId: 'u-hr', fube, family })).state;
    };
    run({ type: 'propose' });
    clock.advance({ days: 30 });
    run({
      type: 'validate',
      validatorId: 'u-head',
      committee: { members: [{ personId: 'p-out', name: 'Hilde', role: 'hr', entityId: 'ent-b', trainedInMethod: true }] },
      advice: { text: 'Akkoord met de weging.' },
      decision: { class: fube.decision!.class, motivation: 'Het advies van het comité gevolgd.' },
    });
    run({ type: 'notify' });
    clock.advance({ days: 16 });
    run({ type: 'finalize' });
    expect(state).toMatchObject({ status: 'final', inForce: { revision: 1, familyId: family.id, class: fube.decision!.class } });
  });
});
