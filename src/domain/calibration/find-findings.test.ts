import { describe, expect, it } from 'vitest';
import { type CalibrationFube, DEFAULT_THRESHOLDS, FINDING_KEY, comparisonIds, findFindings } from './find-findings.js';
import { cosine, normaliseTitle, similarityIndex, tfIdfVectors } from './similarity.js';

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const TEXT_A = 'loonadministratie verloning sociale documenten loonbeslag attesten werkgeversbijdragen rsz aangiften tijdsregistratie';
const TEXT_B = 'aanbestedingen bestekken gunning raamcontracten mededinging offertes leveranciers bestelbonnen facturen';
const TEXT_C = 'servers netwerk firewall back-up licenties helpdesk incidenten patches monitoring';

function fube(id: string, over: Partial<CalibrationFube> = {}): CalibrationFube {
  return {
    id,
    title: 'Medewerker loonadministratie',
    entityId: 'e1',
    familyId: 'f',
    values: { a: 2, b: 2, c: 2 },
    class: 15,
    suggestedClass: 15,
    decided: true,
    tie: null,
    adviserId: 'hr1',
    words: words(TEXT_A),
    ...over,
  };
}

describe('calibration: same values, another class (a)', () => {
  it('names the FUBE that departs from the class most FUBEs with the same values have', () => {
    const { findings } = findFindings([fube('x1'), fube('x2'), fube('x3', { class: 16, title: 'Loonadviseur', words: words(TEXT_B) })]);
    const same = findings.filter((f) => f.kind === 'same-values');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ subjects: ['x3'], references: ['x1', 'x2'], detail: { majorityClass: 15 } });
    expect(same[0]!.key).toMatch(FINDING_KEY);
    expect(comparisonIds(same[0]!)).toEqual(['x3', 'x1', 'x2']);
  });

  it('without a majority, names the FUBE that departs from the rule’s suggestion', () => {
    const { findings } = findFindings([fube('y1', { words: words(TEXT_B), title: 'B' }), fube('y2', { class: 16, title: 'C', words: words(TEXT_C) })]);
    expect(findings.find((f) => f.kind === 'same-values')).toMatchObject({ subjects: ['y2'], references: ['y1'] });
  });

  it('finds nothing when the same values have the same class, or the values differ', () => {
    expect(findFindings([fube('z1'), fube('z2')]).findings).toEqual([]);
    expect(findFindings([fube('z1', { words: words(TEXT_A) }), fube('z2', { values: { a: 3, b: 2, c: 2 }, class: 16, title: 'Ander', words: words(TEXT_C) })]).findings).toEqual([]);
  });

  it('keeps a key while the deviation stays the same, also when another consistent FUBE joins', () => {
    const before = findFindings([fube('k1'), fube('k2'), fube('k3', { class: 16, title: 'X', words: words(TEXT_B) })]).findings[0]!;
    const after = findFindings([fube('k1'), fube('k2'), fube('k4'), fube('k3', { class: 16, title: 'X', words: words(TEXT_B) })]).findings[0]!;
    expect(after.key).toBe(before.key);
    const changed = findFindings([fube('k1'), fube('k2'), fube('k3', { class: 17, title: 'X', words: words(TEXT_B) })]).findings[0]!;
    expect(changed.key).not.toBe(before.key);
  });
});

describe('calibration: very similar texts (b)', () => {
  it('names a FUBE with the same title whose values lie two steps from its look-alikes', () => {
    const list = [fube('s1'), fube('s2'), fube('s3'), fube('s4', { values: { a: 4, b: 2, c: 2 }, class: 15 })];
    const similar = findFindings(list).findings.filter((f) => f.kind === 'similar-texts');
    expect(similar).toHaveLength(1);
    expect(similar[0]).toMatchObject({ subjects: ['s4'], references: ['s1', 's2', 's3'] });
    const detail = similar[0]!.detail;
    expect(detail.kind === 'similar-texts' && detail.similar.map((r) => [r.criteria, r.sameTitle, r.classDiffers])).toEqual([
      [['a'], true, false],
      [['a'], true, false],
      [['a'], true, false],
    ]);
  });

  it('meets near-copies under other titles through their words, not one step apart', () => {
    const list = [fube('t1', { title: 'Loonconsulent' }), fube('t2', { title: 'Payroll officer', values: { a: 2, b: 3, c: 2 } })];
    expect(findFindings(list).findings.filter((f) => f.kind === 'similar-texts')).toEqual([]);
    const apart = [fube('t1', { title: 'Loonconsulent' }), fube('t2', { title: 'Payroll officer', class: 16 })];
    const pair = findFindings(apart).findings.filter((f) => f.kind === 'similar-texts');
    expect(pair).toHaveLength(1);
    expect(pair[0]!.subjects.sort()).toEqual(['t1', 't2']);
  });

  it('compares only within one family', () => {
    const list = [fube('u1'), fube('u2', { familyId: 'g', values: { a: 4, b: 2, c: 2 }, class: 15 })];
    expect(findFindings(list).findings).toEqual([]);
  });
});

describe('calibration: outliers (d)', () => {
  it('names a FUBE two classes from the median of its most similar FUBEs', () => {
    const list = [1, 2, 3, 4, 5].map((k) => fube(`o${k}`, { values: { a: 2, b: 2, c: k % 2 === 0 ? 3 : 2 } }));
    list.push(fube('odd', { title: 'Senior loonspecialist', class: 17, values: { a: 2, b: 2, c: 1 }, suggestedClass: 17 }));
    const outliers = findFindings(list).findings.filter((f) => f.kind === 'outlier');
    expect(outliers).toHaveLength(1);
    expect(outliers[0]).toMatchObject({ subjects: ['odd'], detail: { class: 17, medianClass: 15 } });
    expect(outliers[0]!.references).toHaveLength(DEFAULT_THRESHOLDS.neighbours);
  });

  it('leaves one class of difference alone', () => {
    const list = [1, 2, 3, 4].map((k) => fube(`p${k}`));
    list.push(fube('near', { title: 'Andere titel', class: 16, values: { a: 2, b: 2, c: 3 }, suggestedClass: 16 }));
    expect(findFindings(list).findings.filter((f) => f.kind === 'outlier')).toEqual([]);
  });
});

describe('calibration: decisions per entity and adviser (c)', () => {
  const many = (n: number, over: (k: number) => Partial<CalibrationFube>) =>
    Array.from({ length: n }, (_, k) => fube(`d${n}-${k}-${Math.random()}`, { title: `t${k}`, words: [`w${k}`, `v${k}`], values: { a: k % 4, b: k % 3, c: k % 5 }, ...over(k) }));

  it('flags an entity that overrides far more often than the rest, with z and shares', () => {
    const rest = many(200, (k) => ({ entityId: `e${k % 4}`, adviserId: `hr-e${k % 4}`, class: k % 20 === 0 ? 16 : 15 }));
    const odd = many(40, (k) => ({ entityId: 'odd', adviserId: 'hr-odd', class: k % 2 === 0 ? 16 : 15 }));
    const { findings, stats } = findFindings([...rest, ...odd]);
    const deviations = findings.filter((f) => f.kind === 'deviation');
    expect(deviations.map((f) => f.detail.kind === 'deviation' && [f.detail.group, f.detail.groupId, f.detail.metric, f.detail.direction])).toEqual(
      expect.arrayContaining([
        ['entity', 'odd', 'override', 'more'],
        ['adviser', 'hr-odd', 'override', 'more'],
      ]),
    );
    expect(deviations).toHaveLength(2);
    expect(stats.find((s) => s.group === 'entity' && s.groupId === 'odd')).toMatchObject({ decisions: 40, overrides: 20 });
    expect(stats.find((s) => s.group === 'organisation')).toMatchObject({ decisions: 240, overrides: 30 });
  });

  it('flags an adviser who settles every tie upwards; not a small group by chance', () => {
    const rest = many(200, (k) => ({ adviserId: `hr${k % 4}`, tie: { direction: k % 3 === 0 ? 'up' : 'down', decidedBy: `hr${k % 4}` } }));
    const up = many(30, () => ({ adviserId: 'hr-up', tie: { direction: 'up', decidedBy: 'hr-up' } }));
    const small = many(5, () => ({ adviserId: 'hr-small', tie: { direction: 'up', decidedBy: 'hr-small' } }));
    const deviations = findFindings([...rest, ...up, ...small]).findings.filter((f) => f.kind === 'deviation');
    expect(deviations.map((f) => f.detail.kind === 'deviation' && f.detail.groupId)).toEqual(['hr-up']);
  });

  it('does not count undecided FUBEs as decisions', () => {
    const { stats } = findFindings([fube('n1', { decided: false }), fube('n2')]);
    expect(stats.find((s) => s.group === 'organisation')).toMatchObject({ decisions: 1 });
  });
});

describe('calibration: text similarity', () => {
  it('scores near-copies high and unrelated texts low, and finds the near-copy as a candidate', () => {
    const texts = [words(TEXT_A), words(TEXT_A.replace('attesten', 'overleg')), words(TEXT_B), words(TEXT_C)];
    const vectors = tfIdfVectors(texts);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(0.8);
    expect(cosine(vectors[0]!, vectors[2]!)).toBe(0);
    expect(similarityIndex(texts).candidates(0)).toEqual([1]);
  });

  it('folds titles', () => {
    expect(normaliseTitle('  Coördinator  Financiën – (m/v/x)')).toBe('coordinator financien m v x');
  });
});
