import type { Finding } from '../../domain/calibration/index.js';
import { ref } from '../../messages/index.js';
import type { Caller, UseCaseDeps } from '../context.js';
import { notFound } from '../problems.js';
import { calibrationFor } from './calibration-data.js';

/**
 * A finding as the caller sees it now: computed over the FUBEs they may open, so a key of
 * another reach, a tampered key and a finding that went away are the same 404.
 */
export async function findingFor(deps: UseCaseDeps, caller: Caller, key: string): Promise<Finding> {
  const { result } = await calibrationFor(deps, caller);
  const finding = result.findings.find((f) => f.key === key);
  if (finding === undefined) throw notFound(ref('calibration.finding-not-found', { key }));
  return finding;
}
