import type { PayRequestView } from '../../api/pay-follow-up.js';
import { can } from '../../domain/access/index.js';
import { type PayAnswer, categoryKey, payAnswer } from '../../domain/pay/index.js';
import { daysBetween } from '../../domain/workflow/index.js';
import { ref } from '../../messages/index.js';
import type { StoredPayRequest } from '../../store/index.js';
import type { Caller, UseCaseDeps } from '../context.js';
import { notFound } from '../problems.js';
import { reportPersons } from './follow-up-scope.js';
import { storedCategory } from './report-cache.js';

/**
 * What the Art. 7 use cases share (issue 16 item 6; docs/pay-transparency.md § Verzoeken
 * (art. 7)): who may see a request, its view, and the generated answer.
 */

/** The analyst's side of a request: the pay data of the person's entity. */
export const requestPay = (request: Pick<StoredPayRequest, 'entityId'>) => ({ type: 'pay' as const, entityId: request.entityId });

export const isOwnRequest = (caller: Caller, request: Pick<StoredPayRequest, 'personId'>) => can(caller, 'read', { type: 'pay-request', personId: request.personId });

/** 404 for a request the caller may not see: neither theirs nor in their analyst's scope (its existence stays hidden). */
export async function loadRequest(deps: UseCaseDeps, caller: Caller, id: string, as: 'holder-or-analyst' | 'analyst'): Promise<StoredPayRequest> {
  const request = await deps.store.payFollowUp.request(id);
  const visible = request !== undefined && ((as === 'holder-or-analyst' && isOwnRequest(caller, request)) || can(caller, 'answer-request', requestPay(request)));
  if (!visible) throw notFound(ref('pay.request.not-found', { id }));
  return request;
}

export function requestView(request: StoredPayRequest, today: string, names: ReadonlyMap<string, string>, withAnswer: boolean): PayRequestView {
  return {
    id: request.id,
    personId: request.personId,
    personName: names.get(request.personId) ?? null,
    entityId: request.entityId,
    requestedOn: request.requestedOn,
    dueOn: request.dueOn,
    daysLeft: daysBetween(today, request.dueOn),
    answeredAt: request.answer?.answeredAt ?? null,
    answer: withAnswer ? (request.answer?.answer ?? null) : null,
  };
}

/** The answer from the latest period that holds the person (person key = person id). */
export async function generateAnswer(deps: UseCaseDeps, personId: string): Promise<PayAnswer> {
  const latest = await deps.store.payFollowUp.latestRecordOf(personId);
  if (latest === undefined) return payAnswer(undefined);
  const records = await deps.store.pay.recordsForReport(latest.period.id);
  const { record } = latest;
  return payAnswer({
    period: latest.period,
    own: { basicPay: record.basicPay, variablePay: record.variablePay, hoursPaid: record.hoursPaid, classKey: categoryKey(storedCategory(record), 'class') },
    persons: reportPersons(latest.period, records),
  });
}
