import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { letterListSchema, letterSchema } from '../../api/letters.js';
import type { markReadResultSchema, notificationListSchema } from '../../api/notifications.js';
import { request } from './client.js';

/** Query keys of notifications and letters (issue 13 items 3 and 4). */
export const notificationKeys = {
  notifications: ['notifications'] as const,
  letters: (fubeId: string) => ['fube', fubeId, 'letters'] as const,
};

/** The caller's notifications and unread count; looked at again every minute. */
export const notificationsQuery = { queryKey: notificationKeys.notifications, queryFn: () => request<z.infer<typeof notificationListSchema>>('notifications') };
export const useNotifications = (enabled = true) => useQuery({ ...notificationsQuery, enabled, refetchInterval: 60_000 });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => request<z.infer<typeof markReadResultSchema>>('notificationsRead', { body: ids === undefined ? {} : { ids } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: notificationKeys.notifications }),
  });
}

export const useLetters = (fubeId: string) => useQuery({ queryKey: notificationKeys.letters(fubeId), queryFn: () => request<z.infer<typeof letterListSchema>>('fubeLetters', { params: { id: fubeId } }) });

export function useAcknowledgeLetter(fubeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (letterId: string) => request<z.infer<typeof letterSchema>>('fubeLetterReceipt', { params: { id: fubeId, letterId }, body: {} }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['fube', fubeId] }),
  });
}

/** HR records the delivery date of a letter sent by post or e-mail. */
export function useRecordDelivery(fubeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { letterId: string; receivedOn: string; channel: 'letter' | 'e-mail' }) =>
      request<z.infer<typeof letterSchema>>('fubeLetterReceipt', { params: { id: fubeId, letterId: input.letterId }, body: { receivedOn: input.receivedOn, channel: input.channel } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['fube', fubeId] }),
  });
}
