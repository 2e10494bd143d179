import { useQuery } from '@tanstack/react-query';
import { payReportViewSchema } from '../../api/pay-report.js';
import { payPeriodListSchema } from '../../api/pay.js';
import { request } from './client.js';

/** Queries of the pay-transparency pages (issue 16). */
export const payKeys = {
  periods: ['pay', 'periods'] as const,
  report: (period: string) => ['pay', 'report', period] as const,
};

export const usePayPeriods = () => useQuery({ queryKey: payKeys.periods, queryFn: () => request('payPeriods', payPeriodListSchema) });
export const usePayReport = (period: string) =>
  useQuery({ queryKey: payKeys.report(period), queryFn: () => request('payReport', payReportViewSchema, { params: { period } }) });
