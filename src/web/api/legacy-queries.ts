import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { fubeWeighedSchema } from '../../api/fubes.js';
import type { LegacyDraftResult, fubeSuggestionSchema, legacyDraftResultSchema } from '../../api/legacy.js';
import { ApiError, apiUrl, request, uploadFile } from './client.js';
import { keys } from './queries.js';

/** Old function descriptions (issue 17 items 3, 5): the upload of one file, a draft's suggestion and taking it. */
export interface LegacyUpload {
  file: File;
  entityId: string;
  unitId?: string;
  familyId?: string;
}

/**
 * Sends one file's bytes as they are (not JSON) with its name. 201 and 422 both carry the
 * file's result (422: the reader refused it, with the reason); anything else is a problem.
 */
export async function uploadLegacyFile(upload: LegacyUpload): Promise<LegacyDraftResult> {
  const url = apiUrl(
    'legacyDrafts',
    {},
    { entity: upload.entityId, unit: upload.unitId, family: upload.familyId, file: upload.file.name },
  );
  return uploadFile<z.infer<typeof legacyDraftResultSchema>>(url, upload.file, [201, 422], 'application/octet-stream');
}


/** Drafts made here appear in the lists of whoever looks next. */
export function useUploadLegacyFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadLegacyFile,
    onSuccess: (result) => {
      if (result.status !== 'created') return;
      void client.invalidateQueries({ queryKey: keys.myWork });
      void client.invalidateQueries({ queryKey: ['search'] });
      void client.invalidateQueries({ queryKey: ['matrix'] });
    },
  });
}

const suggestionKey = (id: string) => ['fube', id, 'suggestion'] as const;

/** The suggestion of a draft made from an old file; null for every other FUBE (the API's 404). */
export function useFubeSuggestion(id: string, enabled = true) {
  return useQuery({
    queryKey: suggestionKey(id),
    enabled,
    queryFn: async () => {
      try {
        return await request<z.infer<typeof fubeSuggestionSchema>>('fubeSuggestion', { params: { id } });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

/** Takes the suggestion into the weighing (a new revision): the FUBE is read again, so the editor shows the values. */
export function useAcceptSuggestion(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; criteria?: string[] }) =>
      request<z.infer<typeof fubeWeighedSchema>>('fubeSuggestionAccept', { params: { id }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.fube(id), exact: true });
      void client.invalidateQueries({ queryKey: ['fube', id, 'revisions'] });
      void client.invalidateQueries({ queryKey: ['fube', id, 'history'] });
      void client.invalidateQueries({ queryKey: keys.myWork });
    },
  });
}
