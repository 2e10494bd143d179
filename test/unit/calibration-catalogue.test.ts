import { describe, expect, it } from 'vitest';
import { findFindings } from '../../src/domain/calibration/index.js';
import { calibrationFubeOf } from '../../src/use-cases/calibration/calibration-data.js';
import { calibrationRowOf, plantedCatalogue } from '../support/calibration-catalogue.js';

/**
 * Issue 17 item 4 on a generated catalogue of 10,000 FUBEs with planted inconsistencies:
 * every planted FUBE is found by its own kind of finding, no clean FUBE is ever named as
 * deviating, and the deviating groups are exactly the planted ones and those they are part of.
 */
describe('calibration on 10,000 generated FUBEs', () => {
  it('finds every planted inconsistency and flags none of the clean FUBEs', () => {
    const catalogue = plantedCatalogue();
    expect(catalogue.fubes).toHaveLength(10_000);
    const planted = new Map(catalogue.fubes.filter((f) => f.planted !== null).map((f) => [f.id, f.planted!]));
    const { findings } = findFindings(catalogue.fubes.map((f) => calibrationFubeOf(calibrationRowOf(f))));

    const foundBy = new Map<string, Set<string>>();
    const cleanFlagged = new Set<string>();
    for (const finding of findings) {
      if (finding.kind === 'deviation') continue;
      for (const id of finding.subjects) {
        if (!planted.has(id)) cleanFlagged.add(id);
        foundBy.set(id, (foundBy.get(id) ?? new Set()).add(finding.kind));
      }
    }
    expect([...cleanFlagged]).toEqual([]);
    for (const [id, kind] of planted) {
      if (kind === 'same-values' || kind === 'similar-texts' || kind === 'outlier') expect(foundBy.get(id)?.has(kind), `${id} (${kind})`).toBe(true);
      // Overrides of the planted entity and the planted adviser's tie decisions differ from FUBEs with the same values.
      else expect(foundBy.get(id)?.has('same-values') || foundBy.get(id)?.has('similar-texts'), `${id} (${kind})`).toBe(true);
    }
    expect([...planted.values()].filter((k) => k === 'same-values').length).toBeGreaterThanOrEqual(50);

    const groups = findings.flatMap((f) => (f.detail.kind === 'deviation' ? [`${f.detail.group}:${f.detail.groupId}:${f.detail.metric}:${f.detail.direction}`] : []));
    const expected = [...catalogue.plantedGroups, ...catalogue.impliedGroups].map((g) => `${g.group}:${g.id}:${g.metric}:more`);
    expect(groups.sort()).toEqual(expected.sort());
  }, 120_000);
});
