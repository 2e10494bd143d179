import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  FamilyDocxImported,
  familyDocxImportedSchema,
  familyUploadedSchema,
  familyValidationSchema,
  familyVersionInfoSchema,
  familyVersionListSchema,
} from '../../api/families.js';
import type { HistoryQuery, historyListSchema } from '../../api/history.js';
import type { closingDayListSchema, closingDaySchema } from '../../api/calendar.js';
import { apiUrl, request, uploadFile } from './client.js';
import { keys } from './queries.js';

/** Queries of the administration pages (families management, the full history). */
export const adminKeys = {
  familyVersions: (id: string) => ['family', id, 'versions'] as const,
  history: (query: HistoryQuery) => ['history', query] as const,
  closingDays: ['closing-days'] as const,
};

export const useFamilyVersions = (id: string) =>
  useQuery({ queryKey: adminKeys.familyVersions(id), queryFn: () => request<z.infer<typeof familyVersionListSchema>>('familyVersions', { params: { id } }) });

/**
 * A family file's text. YAML goes as a JSON string (read as YAML, errors keep line and
 * column); JSON goes as it is, so the server checks it as strict JSON, like a .json file.
 */
export interface FamilyText {
  text: string;
  json: boolean;
}
const familyBody = ({ text, json }: FamilyText) => (json ? { jsonText: text } : { body: text });

/** The server's verdict on a family text. */
export const useValidateFamily = () => useMutation({ mutationFn: (source: FamilyText) => request<z.infer<typeof familyValidationSchema>>('familiesValidate', familyBody(source)) });

export function useUploadFamily() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (source: FamilyText) => request<z.infer<typeof familyUploadedSchema>>('families', familyBody(source)),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: keys.families });
      void client.invalidateQueries({ queryKey: adminKeys.familyVersions(saved.id) });
    },
  });
}

/** A Word document and, optionally, the family it is a new version of. */
export interface FamilyDocxUpload {
  file: File;
  familyId?: string;
}

/** Sends the .docx's bytes as they are (not JSON); 201 carries the stored draft and the report. */
async function uploadFamilyDocx(upload: FamilyDocxUpload): Promise<FamilyDocxImported> {
  const url = apiUrl('familiesImportDocx', {}, { family: upload.familyId, name: upload.file.name });
  return uploadFile<z.infer<typeof familyDocxImportedSchema>>(url, upload.file, [201]);
}


export function useImportFamilyDocx() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadFamilyDocx,
    onSuccess: ({ saved }) => {
      void client.invalidateQueries({ queryKey: keys.families });
      void client.invalidateQueries({ queryKey: adminKeys.familyVersions(saved.id) });
    },
  });
}

export function usePublishFamily(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => request<z.infer<typeof familyVersionInfoSchema>>('familyPublish', { method: 'POST', params: { id, version }, body: {} }),
    onSuccess: () => {
      // The family's latest published version changes: every cached view of it is stale.
      void client.invalidateQueries({ queryKey: keys.families });
      void client.invalidateQueries({ queryKey: ['family', id] });
      void client.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

export const useHistory = (query: HistoryQuery) =>
  useQuery({ queryKey: adminKeys.history(query), queryFn: () => request<z.infer<typeof historyListSchema>>('history', { query }), placeholderData: keepPreviousData });

export const useClosingDays = () => useQuery({ queryKey: adminKeys.closingDays, queryFn: () => request<z.infer<typeof closingDayListSchema>>('closingDays') });

/** Adding or removing a closing day moves running terms: every FUBE view and list of work is stale. */
function useCalendarChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.closingDays });
      void client.invalidateQueries({ queryKey: ['fube'] });
      void client.invalidateQueries({ queryKey: keys.myWork });
      void client.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

export const useAddClosingDay = () => useCalendarChange((day: { date: string; reason: string }) => request<z.infer<typeof closingDaySchema>>('closingDays', { body: day }));
export const useRemoveClosingDay = () =>
  useCalendarChange((date: string) => request<z.infer<typeof closingDayListSchema>>('closingDay', { method: 'DELETE', params: { date } }));
