import { describe, expect, it } from 'vitest';
import type { Finding } from './find-findings.js';
import { isOwnDeviation, justificationCovers } from './justification.js';

const deviation = (groupId: string, subjects: string[], group: 'adviser' | 'entity' = 'adviser'): Finding => ({
  key: 'c-0123456789abcdef',
  kind: 'deviation',
  subjects,
  references: [],
  detail: { kind: 'deviation', group, groupId, metric: 'override', direction: 'more', count: 12, total: 30, share: 0.4, restShare: 0.1, organisationShare: 0.12, z: 4.1 },
});

describe('justifying a calibration finding', () => {
  it('the adviser a deviation is about may not justify it; another adviser may, and an entity deviation names no adviser', () => {
    expect(isOwnDeviation(deviation('u-hanne', ['f1']), 'u-hanne')).toBe(true);
    expect(isOwnDeviation(deviation('u-hanne', ['f1']), 'u-piet')).toBe(false);
    expect(isOwnDeviation(deviation('u-hanne', ['f1'], 'entity'), 'u-hanne')).toBe(false);
    const sameValues: Finding = { key: 'a-0123456789abcdef', kind: 'same-values', subjects: ['f1'], references: ['f2'], detail: { kind: 'same-values' } as unknown as Finding['detail'] };
    expect(isOwnDeviation(sameValues, 'u-hanne')).toBe(false);
  });

  it('a justification covers the FUBEs it was given for, and not a deviation that has grown since', () => {
    expect(justificationCovers(deviation('u-hanne', ['f1', 'f2']), ['f2', 'f1'])).toBe(true);
    expect(justificationCovers(deviation('u-hanne', ['f1']), ['f1', 'f2'])).toBe(true);
    expect(justificationCovers(deviation('u-hanne', ['f1', 'f2', 'f3']), ['f1', 'f2'])).toBe(false);
  });
});
