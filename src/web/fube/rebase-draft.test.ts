import { describe, expect, it } from 'vitest';
import { createFube } from '../../domain/fube/create-fube.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { seedFamily } from '../../../test/api/harness.js';
import { rebaseDraft } from './rebase-draft.js';

const base = (): FubeContent => {
  const created = createFube(seedFamily(), { title: 'Adviseur personeelsplanning', entityId: 'dfb', holderIds: ['p-001'] });
  if (!created.ok) throw new Error('the seed family gives a FUBE');
  return created.value;
};

describe('reapplying unsaved changes on a newer revision after a conflict', () => {
  it("keeps the other writer's field and the draft's field when they changed different fields of the purpose", () => {
    const start = base();
    const theirs = { ...start, purpose: { ...start.purpose, what: 'Bouwt de personeelsplanning uit' } };
    const mine = { ...start, purpose: { ...start.purpose, goal: 'de juiste mensen op de juiste plaats te krijgen' }, specificKnowledge: 'Kent het statuut.' };
    const rebased = rebaseDraft(start, mine, theirs);
    expect(rebased.content.purpose).toEqual({ what: 'Bouwt de personeelsplanning uit', goal: 'de juiste mensen op de juiste plaats te krijgen' });
    expect(rebased.content.specificKnowledge).toBe('Kent het statuut.');
    expect(rebased.content.resultAreas).toEqual(start.resultAreas);
    expect(rebased.overlap).toEqual([]);
  });

  it('keeps the draft where both changed the same field, and names that field', () => {
    const start = base();
    const rebased = rebaseDraft(start, { ...start, title: 'Mijn titel' }, { ...start, title: 'Hun titel', holderIds: ['p-001', 'p-002'] });
    expect(rebased.content.title).toBe('Mijn titel');
    expect(rebased.content.holderIds).toEqual(['p-001', 'p-002']);
    expect(rebased.overlap).toEqual(['title']);
  });

  it('drops a field the draft removed, and keeps a field only the newer revision added', () => {
    const start = { ...base(), managerId: 'p-009' };
    const { managerId: _removed, ...mine } = start;
    const rebased = rebaseDraft(start, mine, { ...start, unitId: 'dfb-hrm' });
    expect('managerId' in rebased.content).toBe(false);
    expect(rebased.content.unitId).toBe('dfb-hrm');
  });
});
