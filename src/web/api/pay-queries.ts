import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { payReportViewSchema } from '../../api/pay-report.js';
import type { payPeriodListSchema } from '../../api/pay.js';
import { request } from './client.js';

/** Queries of the pay-transparency pages (issue 16). */
export const payKeys = {
  periods: ['pay', 'periods'] as const,
  report: (period: string) => ['pay', 'report', period] as const,
};

export const usePayPeriods = () => useQuery({ queryKey: payKeys.periods, queryFn: () => request<z.infer<typeof payPeriodListSchema>>('payPeriods') });
export const usePayReport = (period: string) =>
  useQuery({ queryKey: payKeys.report(period), queryFn: () => request<z.infer<typeof payReportViewSchema>>('payReport', { params: { period } }) });
