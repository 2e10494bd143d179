import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createPayRequestBodySchema, payRequestListSchema, payRequestViewSchema, payWorkSchema } from '../../api/pay-follow-up.js';
import { request } from './client.js';

/** Queries of the Art. 7 requests and the pay items of "Mijn werk" (issue 16 items 5, 6). */
export const payFollowUpKeys = {
  myRequests: ['pay', 'my-requests'] as const,
  request: (id: string) => ['pay', 'request', id] as const,
  work: ['pay', 'work'] as const,
};

export const useMyPayRequests = () => useQuery({ queryKey: payFollowUpKeys.myRequests, queryFn: () => request('myPayRequests', payRequestListSchema) });
export const usePayWork = () => useQuery({ queryKey: payFollowUpKeys.work, queryFn: () => request('myPayWork', payWorkSchema) });
/** One request with its answer: each read is recorded, so only on demand. */
export const usePayRequest = (id: string | null) =>
  useQuery({ queryKey: payFollowUpKeys.request(id ?? ''), enabled: id !== null, queryFn: () => request('payRequest', payRequestViewSchema, { params: { id: id ?? '' } }) });

export function useAskPay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request('payRequests', payRequestViewSchema, { body: createPayRequestBodySchema.parse({}) }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: payFollowUpKeys.myRequests });
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
    },
  });
}
