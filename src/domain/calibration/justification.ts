import type { Finding } from './find-findings.js';

/**
 * Who may justify a finding, and whether a justification still covers it (decision 0062).
 */

/** Four eyes: the HR adviser a deviation is about does not justify it themself. */
export function isOwnDeviation(finding: Finding, userId: string): boolean {
  return finding.detail.kind === 'deviation' && finding.detail.group === 'adviser' && finding.detail.groupId === userId;
}

/**
 * A justification covers the FUBEs it was given for. A deviation's key names its group, not
 * its FUBEs: once FUBEs deviate that were not there at the justification, it is open again.
 */
export function justificationCovers(finding: Finding, justifiedFubeIds: readonly string[]): boolean {
  const covered = new Set(justifiedFubeIds);
  return finding.subjects.every((id) => covered.has(id));
}
