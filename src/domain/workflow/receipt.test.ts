import { describe, expect, it } from 'vitest';
import { TestClock } from '../clock.js';
import { appealUntilFor } from './appeals.js';
import { receiptStep } from './receipt.js';
import type { WorkflowState } from './schema.js';

const notified: WorkflowState = {
  status: 'notified',
  revision: 2,
  notification: { at: '2026-04-01T09:00:00Z', date: '2026-04-01', holderIds: ['p-an', 'p-bert'], appealUntil: '2026-04-16' },
};
const context = { clock: new TestClock('2026-04-09T10:00:00Z'), actorId: 'u-hr' };
const receipt = { holderId: 'p-bert', receivedOn: '2026-04-07', channel: 'letter' as const, letterId: 'l-1', revision: 2 };

describe('a letter receipt in the workflow', () => {
  it("starts the holder's own term and leaves the co-holder's and the status as they were", () => {
    const step = receiptStep(notified, receipt, context);
    expect(step?.state.status).toBe('notified');
    expect(step?.state.notification?.receipts).toEqual({ 'p-bert': '2026-04-07' });
    expect(appealUntilFor(step!.state, 'p-bert')).toBe('2026-04-22');
    expect(appealUntilFor(step!.state, 'p-an')).toBe('2026-04-16');
    expect(step?.events).toEqual([
      { type: 'record-receipt', at: '2026-04-09T10:00:00.000Z', actorId: 'u-hr', revision: 2, from: 'notified', to: 'notified', data: { holderId: 'p-bert', letterId: 'l-1', receivedOn: '2026-04-07', channel: 'letter', appealUntil: '2026-04-22' } },
    ]);
  });

  it('ends on a working day: a receipt on Friday 17 July ends on Monday 3 August', () => {
    expect(appealUntilFor(receiptStep(notified, { ...receipt, receivedOn: '2026-07-17' }, context)!.state, 'p-bert')).toBe('2026-08-03');
  });

  it('is not taken for another round, a final FUBE, a holder not notified or a second receipt', () => {
    expect(receiptStep(notified, { ...receipt, revision: 1 }, context)).toBeUndefined();
    expect(receiptStep({ ...notified, status: 'final' }, receipt, context)).toBeUndefined();
    expect(receiptStep(notified, { ...receipt, holderId: 'p-mia' }, context)).toBeUndefined();
    const once = receiptStep(notified, receipt, context)!.state;
    expect(receiptStep(once, { ...receipt, receivedOn: '2026-04-08' }, context)).toBeUndefined();
    expect(receiptStep({ ...notified, status: 'appealed' }, receipt, context)).toBeDefined();
  });
});
