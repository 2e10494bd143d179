import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calibrationViewSchema, justifiedSchema } from '../../api/calibration.js';
import type { fubeViewSchema } from '../../api/fubes.js';
import { request } from './client.js';

/** Calibration across entities (issue 17 item 4): the findings, justifying one, opening a revision. */
const KEY = ['calibration'] as const;

export function useCalibration() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => request<z.infer<typeof calibrationViewSchema>>('calibration', { signal }) });
}

export function useJustifyFinding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, motivation }: { key: string; motivation: string }) =>
      request<z.infer<typeof justifiedSchema>>('calibrationJustify', { method: 'POST', params: { key }, body: { motivation } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useOpenCalibrationRevision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, fubeId, baseRevision, reason }: { key: string; fubeId: string; baseRevision: number; reason: string }) =>
      request<z.infer<typeof fubeViewSchema>>('calibrationRevision', { method: 'POST', params: { key }, body: { fubeId, baseRevision, reason } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}
