import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PayImportResult, payImportResultSchema, payPeriodSchema } from '../../api/pay.js';
import { problemSchema } from '../../api/problem.js';
import { ApiError, apiLanguage, apiUrl, request } from './client.js';
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
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': apiLanguage(), 'content-type': upload.file.type === '' ? 'application/octet-stream' : upload.file.type },
      body: upload.file,
    });
  } catch {
    throw new ApiError(0, null, 'network');
  }
  const text = await response.text();
  const json = parseJson(text);
  if (response.status === 200 || response.status === 422) {
    const parsed = payImportResultSchema.safeParse(json);
    if (parsed.success) return parsed.data;
  }
  const problem = problemSchema.safeParse(json);
  throw new ApiError(response.status, problem.success ? problem.data : null, response.ok ? 'invalid' : 'http');
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
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
    mutationFn: (period: string) => request('payPeriod', payPeriodSchema, { method: 'DELETE', params: { period } }),
    onSuccess: (deleted) => {
      void client.invalidateQueries({ queryKey: payKeys.periods });
      client.removeQueries({ queryKey: payKeys.report(deleted.id) });
    },
  });
}
