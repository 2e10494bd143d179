import { describe, expect, it } from 'vitest';
import { checkFube } from './check-fube.js';
import { readyFube, testFamily } from './test-family.js';

const paths = (fube = readyFube()) => checkFube(fube, testFamily).map((e) => [e.code, e.path]);

describe('checkFube: what blocks validation', () => {
  it('a complete FUBE has no blocking items', () => {
    expect(checkFube(readyFube(), testFamily)).toEqual([]);
  });

  it('a criterion without a value is named by its path', () => {
    const fube = readyFube();
    fube.weighing = { rule: 'median-v1', values: { complexiteit: 2, 'impact-op-budgetten': 2 } };
    expect(paths(fube)).toEqual([['fube.criterion-without-value', 'weighing.values.interpersoonlijke-relaties']]);
  });

  it('without any weighing every criterion is listed', () => {
    expect(paths(readyFube({ weighing: undefined })).filter(([code]) => code === 'fube.criterion-without-value')).toHaveLength(3);
  });

  it('an RG value without a matching result area blocks, with the value text in the message', () => {
    const fube = readyFube();
    const values = { complexiteit: 4, 'impact-op-budgetten': 3, 'interpersoonlijke-relaties': 1 };
    fube.weighing = { rule: 'median-v1', values, result: { ...fube.weighing!.result!, values, level: 4, class: 19 } };
    fube.decision = { level: 4, class: 19 };
    const errors = checkFube(fube, testFamily);
    expect(errors.map((e) => [e.code, e.path])).toEqual([['fube.rg-without-result-area', 'weighing.values.impact-op-budgetten']]);
    expect(errors[0]?.message).toContain('Het budget van de dienst mee opmaken');
  });

  it('empty specific knowledge, no holders and no title block', () => {
    expect(paths(readyFube({ specificKnowledge: '  ', holderIds: [], title: '' }))).toEqual([
      ['fube.title-missing', 'title'],
      ['fube.holders-missing', 'holderIds'],
      ['fube.specific-knowledge-missing', 'specificKnowledge'],
    ]);
  });

  it('an override without motivation blocks; with motivation it passes', () => {
    expect(paths(readyFube({ decision: { level: 2, class: 16 } }))).toEqual([['fube.override-without-motivation', 'decision.motivation']]);
    expect(paths(readyFube({ decision: { level: 2, class: 16, motivation: 'Zwaardere coördinatie.' } }))).toEqual([]);
  });

  it('no decision, or a class outside the family or its level, blocks', () => {
    expect(paths(readyFube({ decision: undefined }))).toEqual([['fube.decision-missing', 'decision']]);
    expect(paths(readyFube({ decision: { level: 2, class: 12, motivation: 'x' } }))).toEqual([['fube.decision-class-unknown', 'decision.class']]);
    expect(paths(readyFube({ decision: { level: 3, class: 16, motivation: 'x' } }))).toEqual([['fube.decision-level-mismatch', 'decision.level']]);
  });

  it('a weighing result computed for other values is stale', () => {
    const fube = readyFube();
    fube.weighing!.values = { ...fube.weighing!.values, complexiteit: 3 };
    expect(paths(fube)).toEqual([['fube.weighing-stale', 'weighing.result']]);
  });
});
