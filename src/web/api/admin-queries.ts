import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { familyUploadedSchema, familyValidationSchema, familyVersionInfoSchema, familyVersionListSchema } from '../../api/families.js';
import { type HistoryQuery, historyListSchema } from '../../api/history.js';
import { request } from './client.js';
import { keys } from './queries.js';

/** Queries of the administration pages (families management, the full history). */
export const adminKeys = {
  familyVersions: (id: string) => ['family', id, 'versions'] as const,
  history: (query: HistoryQuery) => ['history', query] as const,
};

export const useFamilyVersions = (id: string) =>
  useQuery({ queryKey: adminKeys.familyVersions(id), queryFn: () => request('familyVersions', familyVersionListSchema, { params: { id } }) });

/** The server's verdict on a family text; sent as a JSON string, so errors keep line and column. */
export const useValidateFamily = () => useMutation({ mutationFn: (source: string) => request('familiesValidate', familyValidationSchema, { body: source }) });

export function useUploadFamily() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (source: string) => request('families', familyUploadedSchema, { body: source }),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: keys.families });
      void client.invalidateQueries({ queryKey: adminKeys.familyVersions(saved.id) });
    },
  });
}

export function usePublishFamily(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => request('familyPublish', familyVersionInfoSchema, { method: 'POST', params: { id, version }, body: {} }),
    onSuccess: () => {
      // The family's latest published version changes: every cached view of it is stale.
      void client.invalidateQueries({ queryKey: keys.families });
      void client.invalidateQueries({ queryKey: ['family', id] });
      void client.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

export const useHistory = (query: HistoryQuery) =>
  useQuery({ queryKey: adminKeys.history(query), queryFn: () => request('history', historyListSchema, { query }), placeholderData: keepPreviousData });
