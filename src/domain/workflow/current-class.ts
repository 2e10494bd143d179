import type { FubeContent } from '../fube/schema.js';
import { upheldDecision } from './appeals.js';
import type { WorkflowState } from './schema.js';

/**
 * The class a FUBE stands at now: the appeal committee's class, else the final class, else
 * the class of the separate method for an unassignable function, else the validated class,
 * else the separate method's class in its content, else the decision in its content. The matrix, the catalogue and the store's class column
 * all count by this one rule. The level is known where the class comes from the validation
 * or the content's decision; an appeal's new class carries no level (null).
 */
export function currentClass(
  content: Pick<FubeContent, 'decision' | 'unassignable'>,
  workflow: WorkflowState,
): { level: number | null; class: number | null } {
  const cls =
    upheldDecision(workflow)?.class ??
    workflow.final?.class ??
    workflow.unassignable?.class ??
    workflow.validation?.class ??
    content.unassignable?.class ??
    content.decision?.class ??
    null;
  if (cls === null) return { level: null, class: null };
  const level =
    workflow.validation !== undefined && workflow.validation.class === cls
      ? (workflow.validation.level ?? null)
      : content.unassignable === undefined && content.decision !== undefined && content.decision.class === cls
        ? content.decision.level
        : null;
  return { level, class: cls };
}

/**
 * The family a FUBE stands in now: the family an upheld appeal moved it to, else the family
 * it was written in. Lists, search, the catalogue and the matrix count it there, with the
 * class of `currentClass`.
 */
export function currentFamilyId(content: Pick<FubeContent, 'familyId'>, workflow: WorkflowState): string {
  return upheldDecision(workflow)?.familyId ?? content.familyId;
}
