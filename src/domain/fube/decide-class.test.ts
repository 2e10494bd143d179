import { describe, expect, it } from 'vitest';
import { acceptSuggestion, decideClass } from './decide-class.js';
import { readyFube, testFamily } from './test-family.js';

describe('deciding the final level and class', () => {
  it('accepting the suggestion needs no motivation', () => {
    const result = acceptSuggestion(readyFube({ decision: undefined }), testFamily);
    expect(result.ok && result.value.decision).toEqual({ level: 2, class: 15 });
  });

  it('an override needs a motivation', () => {
    const refused = decideClass(readyFube(), testFamily, { class: 16 });
    expect(refused.ok ? [] : refused.errors.map((e) => e.path)).toEqual(['decision.motivation']);
    const accepted = decideClass(readyFube(), testFamily, { class: 16, motivation: ' Coördineert een team. ' });
    expect(accepted.ok && accepted.value.decision).toEqual({ level: 2, class: 16, motivation: 'Coördineert een team.' });
  });

  it('the class must belong to the family and to the level given', () => {
    const notInFamily = decideClass(readyFube(), testFamily, { class: 21, motivation: 'x' });
    expect(notInFamily.ok ? [] : notInFamily.errors.map((e) => e.code)).toEqual(['fube.decision-class-unknown']);
    const wrongLevel = decideClass(readyFube(), testFamily, { class: 17, level: 2, motivation: 'x' });
    expect(wrongLevel.ok ? [] : wrongLevel.errors.map((e) => e.code)).toEqual(['fube.decision-level-mismatch']);
  });

  it('the suggestion cannot be accepted before the weighing is computed', () => {
    expect(acceptSuggestion(readyFube({ weighing: undefined }), testFamily)).toMatchObject({ ok: false, errors: [{ path: 'weighing.result' }] });
  });
});
