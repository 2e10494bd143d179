import { describe, expect, it } from 'vitest';
import { currentClass, currentFamilyId } from './current-class.js';
import type { WorkflowState } from './schema.js';

const draft = { status: 'draft', revision: 1 } as WorkflowState;
const validation = {
  at: '2026-01-01T00:00:00Z',
  validatorId: 'v',
  committee: { members: [] },
  advice: { text: 'ok' },
  class: 16,
  level: 2,
  confirmed: false,
  motivation: 'hoger',
} as unknown as NonNullable<WorkflowState['validation']>;

describe('the class a FUBE stands at now', () => {
  it('is the decision in the content while nothing else decided', () => {
    expect(currentClass({ decision: { level: 2, class: 15 } }, draft)).toEqual({ level: 2, class: 15 });
  });

  it('is the validated class once the head of the entity changed it', () => {
    expect(currentClass({ decision: { level: 2, class: 15 } }, { ...draft, status: 'validated', validation })).toEqual({ level: 2, class: 16 });
  });

  it("is the appeal committee's class after an upheld appeal, without a level", () => {
    const workflow = {
      ...draft,
      status: 'appeal-decided',
      validation,
      appeals: [{ id: 'beroep-1', at: '2026-02-20T00:00:00Z', receivedOn: '2026-02-20', channel: 'app', appellantIds: ['p-an'], grounds: ['class'], late: false, committeeMeetsBy: '2026-03-23', decision: { at: '2026-03-01T00:00:00Z', outcome: 'upheld', class: 17 } }],
    } as WorkflowState;
    expect(currentClass({ decision: { level: 2, class: 15 } }, workflow)).toEqual({ level: null, class: 17 });
  });

  it('is none before any decision', () => {
    expect(currentClass({}, draft)).toEqual({ level: null, class: null });
  });
});

describe('the family a FUBE stands in now', () => {
  const appealed = (decision: Record<string, unknown>, outcome = 'upheld') =>
    ({
      ...draft,
      status: 'appeal-decided',
      validation,
      appeals: [{ id: 'beroep-1', at: '2026-02-20T00:00:00Z', receivedOn: '2026-02-20', channel: 'app', appellantIds: ['p-an'], grounds: ['family'], late: false, committeeMeetsBy: '2026-03-23', decision: { at: '2026-03-01T00:00:00Z', outcome, ...decision } }],
    }) as WorkflowState;

  it('is the family it was written in, also after an appeal upheld on the class only or rejected', () => {
    expect(currentFamilyId({ familyId: 'a' }, draft)).toBe('a');
    expect(currentFamilyId({ familyId: 'a' }, appealed({ class: 17 }))).toBe('a');
    expect(currentFamilyId({ familyId: 'a' }, appealed({ familyId: 'b', class: 17 }, 'rejected'))).toBe('a');
  });

  it('is the family an appeal upheld it into', () => {
    expect(currentFamilyId({ familyId: 'a' }, appealed({ familyId: 'b', class: 12 }))).toBe('b');
  });
});
