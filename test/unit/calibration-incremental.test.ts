import { describe, expect, it } from 'vitest';
import { type CalibrationFube, CalibrationIndex, findFindings } from '../../src/domain/calibration/index.js';
import { type PairDoc, PairIndex } from '../../src/domain/calibration/pair-index.js';
import type { SimilarityOptions } from '../../src/domain/calibration/similarity.js';
import { seededRandom } from '../../src/domain/pay/test-random.js';
import { calibrationFubeOf } from '../../src/use-cases/calibration/calibration-data.js';
import { calibrationRowOf, plantedCatalogue } from '../support/calibration-catalogue.js';

/**
 * The calibration kept between requests (CalibrationIndex, decision 0062 "Speed") redoes only
 * what a change touches; its answer must be exactly what a fresh computation over the same
 * FUBEs gives. Random edits of every kind — texts, titles, values, classes, families, FUBEs
 * coming, going, losing and regaining their weighing — each checked against findFindings.
 */
function edits(seed: number, fubes: CalibrationFube[], rounds: number, check: (list: CalibrationFube[]) => void) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let list = fubes.slice();
  let serial = 0;
  for (let round = 0; round < rounds; round++) {
    const count = 1 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) {
      const at = Math.floor(random() * list.length);
      const fube = list[at]!;
      const other = pick(list);
      const kind = Math.floor(random() * 10);
      let next: CalibrationFube | undefined = fube;
      if (kind === 0) next = { ...fube, words: [...fube.words, `nieuw${Math.floor(random() * 5)}`] };
      else if (kind === 1) next = { ...fube, words: fube.words.filter((_, i) => i % 3 !== 0) };
      else if (kind === 2) next = { ...fube, words: other.words, title: other.title };
      else if (kind === 3) next = { ...fube, title: random() < 0.5 ? other.title : `${fube.title} (bijgewerkt)` };
      else if (kind === 4) next = { ...fube, class: fube.class === null ? 12 : fube.class + (random() < 0.5 ? 2 : -2) };
      else if (kind === 5 && fube.values !== null) {
        const key = pick(Object.keys(fube.values));
        next = { ...fube, values: { ...fube.values, [key]: fube.values[key]! + (random() < 0.5 ? 2 : -2) } };
      } else if (kind === 6) next = random() < 0.5 ? { ...fube, values: null, class: null } : { ...fube, values: other.values, class: other.class };
      else if (kind === 7) next = undefined;
      else if (kind === 8) list.push({ ...other, id: `new-${serial++}` });
      else next = { ...fube, familyId: fube.familyId === 'elders' ? other.familyId : 'elders' };
      if (next === undefined) list.splice(at, 1);
      else if (next !== fube) list[at] = next;
    }
    if (random() < 0.2) list = list.slice().reverse();
    check(list);
  }
}

describe('calibration after changes equals a fresh computation', () => {
  const catalogue = plantedCatalogue({ count: 800 });
  const fubes = catalogue.fubes.map((f) => calibrationFubeOf(calibrationRowOf(f)));

  it('after random edits of every kind (default options)', () => {
    const index = new CalibrationIndex();
    expect(index.update(fubes)).toEqual(findFindings(fubes));
    let findings = 0;
    edits(17, fubes, 30, (list) => {
      const kept = index.update(list);
      expect(kept).toEqual(findFindings(list));
      findings += kept.findings.length;
    });
    expect(findings).toBeGreaterThan(0);
  }, 120_000);

  it('when signature lists cross the common-term limit (small maxPostings)', () => {
    const options: SimilarityOptions = { signatureTerms: 12, maxPostings: 25, minShared: 4 };
    const index = new CalibrationIndex(undefined, options);
    expect(index.update(fubes)).toEqual(findFindings(fubes, undefined, options));
    edits(29, fubes, 30, (list) => expect(index.update(list)).toEqual(findFindings(list, undefined, options)));
  }, 120_000);

  it('does not depend on the order FUBEs arrive in', () => {
    expect(findFindings(fubes.slice().reverse())).toEqual(findFindings(fubes));
  }, 60_000);
});

/** Every pair of a PairIndex with its cosine, as text (a fresh index gives the reference). */
function pairsOf(index: PairIndex): string[] {
  const out: string[] = [];
  for (const doc of index.all()) for (const [other, s] of doc.partners) out.push(`${doc.id}|${other.id}|${s}`);
  return out.sort();
}

describe('the pair index after changes equals a fresh one', () => {
  it('on small random texts, where common terms cross the signature-list limit often', () => {
    const options: SimilarityOptions = { signatureTerms: 5, maxPostings: 6, minShared: 2 };
    const random = seededRandom(7);
    const vocabulary = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const text = () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => vocabulary[Math.floor(random() * (random() < 0.5 ? 8 : 30))]!);
    const docs = new Map<string, PairDoc>();
    for (let i = 0; i < 60; i++) docs.set(`d${i}`, { group: i % 7 === 0 ? 'g2' : 'g1', title: i % 5 === 0 ? 'zelfde' : `t${i}`, words: text() });
    const index = new PairIndex(options);
    index.apply(docs, []);
    let changedRounds = 0;
    for (let round = 0; round < 300; round++) {
      const set = new Map<string, PairDoc>();
      const remove: string[] = [];
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        const id = `d${Math.floor(random() * 70)}`;
        const r = random();
        if (r < 0.15) {
          remove.push(id);
          docs.delete(id);
          set.delete(id);
        } else {
          const doc: PairDoc = { group: random() < 0.15 ? 'g2' : 'g1', title: r < 0.3 ? 'zelfde' : `t${id}`, words: text() };
          set.set(id, doc);
          docs.set(id, doc);
        }
      }
      const before = pairsOf(index).length;
      index.apply(set, remove);
      const fresh = new PairIndex(options);
      fresh.apply(docs, []);
      expect(pairsOf(index), `round ${round}`).toEqual(pairsOf(fresh));
      if (pairsOf(index).length !== before) changedRounds++;
    }
    expect(changedRounds).toBeGreaterThan(50);
  });
});
