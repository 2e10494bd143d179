import { describe, expect, it } from 'vitest';
import { appealUntilFor, lastAppealDay } from './appeals.js';
import { appealStillOpen } from './blockers.js';
import type { WorkflowState } from './schema.js';

const notified = (receipts?: Record<string, string>): WorkflowState => ({
  status: 'notified',
  revision: 1,
  notification: { at: '2026-03-02T09:00:00Z', date: '2026-03-02', holderIds: ['p-an', 'p-bert'], appealUntil: '2026-03-17', ...(receipts ? { receipts } : {}) },
});

describe("each holder's own appeal term", () => {
  it('runs from their own receipt when recorded, else from the notification date', () => {
    const state = notified({ 'p-bert': '2026-03-09' });
    expect(appealUntilFor(state, 'p-an')).toBe('2026-03-17');
    // Received Monday 9 March: + 15 = Tuesday 24 March.
    expect(appealUntilFor(state, 'p-bert')).toBe('2026-03-24');
    expect(lastAppealDay(state)).toBe('2026-03-24');
  });

  it('keeps the FUBE from becoming final until the last holder’s term has passed', () => {
    const state = notified({ 'p-bert': '2026-03-09' });
    expect(appealStillOpen(state, '2026-03-20').map((e) => e.code)).toEqual(['workflow.appeal-window-open']);
    expect(appealStillOpen(state, '2026-03-25')).toEqual([]);
  });
});
