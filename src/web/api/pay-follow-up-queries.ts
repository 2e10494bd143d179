import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  FillAssessmentBody,
  FollowUpEntryBody,
  assessmentViewSchema,
  followUpViewSchema,
  myPayRequestListSchema,
  payAnswerPreviewSchema,
  payRequestListSchema,
  payRequestViewSchema,
  payWorkSchema,
} from '../../api/pay-follow-up.js';
import { request } from './client.js';

/** Queries of the Art. 10 follow-up, the Art. 7 requests and the pay items of "Mijn werk" (issue 16 items 5, 6). */
export const payFollowUpKeys = {
  myRequests: ['pay', 'my-requests'] as const,
  request: (id: string) => ['pay', 'request', id] as const,
  work: ['pay', 'work'] as const,
  followUp: (period: string) => ['pay', 'follow-up', period] as const,
  assessment: (id: string) => ['pay', 'assessment', id] as const,
  requests: (answered: boolean) => ['pay', 'requests', answered] as const,
  preview: (id: string) => ['pay', 'preview', id] as const,
};

export const useMyPayRequests = () =>
  useQuery({ queryKey: payFollowUpKeys.myRequests, queryFn: () => request<z.infer<typeof myPayRequestListSchema>>('myPayRequests') });
export const payWorkQuery = { queryKey: payFollowUpKeys.work, queryFn: () => request<z.infer<typeof payWorkSchema>>('myPayWork') };
export const usePayWork = () => useQuery(payWorkQuery);
/** One request with its answer: each read is recorded, so only on demand. */
export const usePayRequest = (id: string | null) =>
  useQuery({
    queryKey: payFollowUpKeys.request(id ?? ''),
    enabled: id !== null,
    queryFn: () => request<z.infer<typeof payRequestViewSchema>>('payRequest', { params: { id: id ?? '' } }),
  });

export function useAskPay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<z.infer<typeof payRequestViewSchema>>('payRequests', { body: {} }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: payFollowUpKeys.myRequests });
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
    },
  });
}

// Art. 10 ---------------------------------------------------------------------------------------

/** The follow-up of a period's report (opens the files that are due, on the server). */
export const usePayFollowUp = (period: string) =>
  useQuery({
    queryKey: payFollowUpKeys.followUp(period),
    queryFn: () => request<z.infer<typeof followUpViewSchema>>('payFollowUp', { params: { period } }),
  });

/** Records the report on today's date: the six months start. */
export function useRecordPayReport(period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<z.infer<typeof followUpViewSchema>>('payFollowUp', { params: { period }, method: 'POST' }),
    onSuccess: (view) => {
      client.setQueryData(payFollowUpKeys.followUp(period), view);
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
    },
  });
}

/** A flagged category's justification or measures. */
export function useRecordFollowUpEntry(period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpEntryBody) =>
      request<z.infer<typeof followUpViewSchema>>('payFollowUpEntries', { params: { period }, body }),
    onSuccess: (view) => {
      client.setQueryData(payFollowUpKeys.followUp(period), view);
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
    },
  });
}

export const usePayAssessment = (id: string) =>
  useQuery({
    queryKey: payFollowUpKeys.assessment(id),
    queryFn: () => request<z.infer<typeof assessmentViewSchema>>('payAssessment', { params: { id } }),
  });

export function useFillPayAssessment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FillAssessmentBody) =>
      request<z.infer<typeof assessmentViewSchema>>('payAssessment', { params: { id }, body, method: 'PATCH' }),
    onSuccess: (view) => client.setQueryData(payFollowUpKeys.assessment(id), view),
  });
}

export function useClosePayAssessment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<z.infer<typeof assessmentViewSchema>>('payAssessmentClose', { params: { id }, method: 'POST' }),
    onSuccess: (view) => {
      client.setQueryData(payFollowUpKeys.assessment(id), view);
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
      void client.invalidateQueries({ queryKey: ['pay', 'follow-up'] });
    },
  });
}

// Art. 7 ----------------------------------------------------------------------------------------

/** The requests the analyst answers: open ones (soonest first) or answered ones. */
export const usePayRequests = (answered: boolean) =>
  useQuery({
    queryKey: payFollowUpKeys.requests(answered),
    queryFn: () => request<z.infer<typeof payRequestListSchema>>('payRequests', { query: { answered: answered ? 'true' : 'false' } }),
  });

/** The generated answer, for the analyst to check: a recorded read of the person's pay, so only on demand and never cached long. */
export const usePayAnswerPreview = (id: string | null) =>
  useQuery({
    queryKey: payFollowUpKeys.preview(id ?? ''),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0,
    queryFn: () => request<z.infer<typeof payAnswerPreviewSchema>>('payRequestPreview', { params: { id: id ?? '' } }),
  });

export function useAnswerPayRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request<z.infer<typeof payRequestViewSchema>>('payRequestAnswer', { params: { id }, body: {} }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['pay', 'requests'] });
      void client.invalidateQueries({ queryKey: payFollowUpKeys.work });
    },
  });
}
