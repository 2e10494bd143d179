import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PayImportResult, payImportResultSchema, payPeriodSchema } from '../../api/pay.js';
import { apiUrl, request, uploadFile } from './client.js';
import { payKeys } from './pay-queries.js';

/** Storing pay data (issue 16 items 1 and 2): the upload of a file as a period and its deletion. */
export interface PayUpload {
  period: string;
  file: File;
  referenceDate?: string;
  entity?: string;
  threshold?: number;
  partial: boolean;
}

/**
 * Sends the file's bytes as they are (not JSON). 200 and 422 both carry the import's result
 * (422: nothing was written, with every rejected row); anything else is a problem.
 */
async function uploadPayFile(upload: PayUpload): Promise<PayImportResult> {
  const url = apiUrl('payPeriodImport', { period: upload.period }, { referenceDate: upload.referenceDate, entity: upload.entity, threshold: upload.threshold, partial: upload.partial ? 'true' : undefined });
  return uploadFile<z.infer<typeof payImportResultSchema>>(url, upload.file, [200, 422]);
}


export function useUploadPayFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadPayFile,
    onSuccess: (result) => {
      if (result.committed) {
        void client.invalidateQueries({ queryKey: payKeys.periods });
        void client.invalidateQueries({ queryKey: payKeys.report(result.period) });
      }
    },
  });
}

export function useDeletePayPeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => request<z.infer<typeof payPeriodSchema>>('payPeriod', { method: 'DELETE', params: { period } }),
    onSuccess: (deleted) => {
      void client.invalidateQueries({ queryKey: payKeys.periods });
      client.removeQueries({ queryKey: payKeys.report(deleted.id) });
    },
  });
}
