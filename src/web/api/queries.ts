import { type QueryClient, keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginOptionsSchema, loginResponseSchema, sessionSchema } from '../../api/auth.js';
import type { entityListSchema } from '../../api/entities.js';
import type { familyDocumentSchema, familyListSchema } from '../../api/families.js';
import type {
  AppealLodged,
  compareSchema,
  fubeHistorySchema,
  fubeRevisionListSchema,
  fubeViewSchema,
  myWorkSchema,
  threadsViewSchema,
  appealFilesSchema,
  remarkListSchema,
  remarkSchema,
  searchResultSchema,
} from '../../api/fubes.js';
import type { matrixCellSchema, matrixSchema } from '../../api/matrix.js';
import type { fubeComparisonSchema } from '../../api/compare.js';
import type { PeopleQuery, peopleListSchema } from '../../api/people.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import type { Step } from '../../api/fubes.js';
import type { overviewSchema } from '../../api/overview.js';
import { ApiError, type Query, request } from './client.js';

/** Query keys in one place so that writes invalidate exactly what they change. */
export const keys = {
  me: ['me'] as const,
  myWork: ['my-work'] as const,
  overview: ['overview'] as const,
  families: ['families'] as const,
  family: (id: string, version?: number) => ['family', id, version ?? 'latest'] as const,
  entities: ['entities'] as const,
  fube: (id: string) => ['fube', id] as const,
  fubeRevisions: (id: string) => ['fube', id, 'revisions'] as const,
  fubeHistory: (id: string) => ['fube', id, 'history'] as const,
  fubeRemarks: (id: string) => ['fube', id, 'remarks'] as const,
  fubeThreads: (id: string) => ['fube', id, 'threads'] as const,
  fubeAppeals: (id: string) => ['fube', id, 'appeals'] as const,
  compare: (id: string, from: number, to: number) => ['fube', id, 'compare', from, to] as const,
  search: (query: Query) => ['search', query] as const,
  matrix: (query: Query) => ['matrix', query] as const,
  matrixCell: (query: Query) => ['matrix-cell', query] as const,
  people: (query: PeopleQuery) => ['people', query] as const,
};

/**
 * The current user, or null when anonymous: `GET /api/session` answers 200 either way, so an
 * anonymous visitor's browser logs no failed request (issue 15 item 1).
 */
export function useMe() {
  return useQuery(meQuery);
}

/** The session query, also started by main.tsx before the first render (beside the page's chunk). */
export const meQuery = {
  queryKey: keys.me,
  queryFn: async () => (await request<z.infer<typeof sessionSchema>>('session')).user,
  staleTime: 60_000,
};

/** How one may sign in; without the accounts routes (404) only what the page always offers. */
export function useLoginOptions() {
  return useQuery({
    queryKey: ['login-options'] as const,
    queryFn: async () => {
      try {
        return await request<z.infer<typeof loginOptionsSchema>>('loginOptions');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return { password: true, sso: false, demo: null };
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => request<z.infer<typeof loginResponseSchema>>('login', { body }),
    onSuccess: ({ user }) => {
      // Signed in at once; the session is read again for what the login answer leaves out
      // (the places where this user may start a FUBE).
      client.setQueryData(keys.me, { ...user, createPlaces: [] });
      void client.invalidateQueries();
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<unknown>('logout', { method: 'POST', body: {} }),
    onSettled: () => {
      client.clear();
      client.setQueryData(keys.me, null);
    },
  });
}

/** Query options shared by the hooks and by the first page's prefetch (first-data.ts). */
export const myWorkQuery = { queryKey: keys.myWork, queryFn: () => request<z.infer<typeof myWorkSchema>>('myWork') };
export const familiesQuery = { queryKey: keys.families, queryFn: () => request<z.infer<typeof familyListSchema>>('families'), staleTime: 300_000 };
export const entitiesQuery = { queryKey: keys.entities, queryFn: () => request<z.infer<typeof entityListSchema>>('entities'), staleTime: 300_000 };
export const fubeQuery = (id: string) => ({ queryKey: keys.fube(id), queryFn: () => request<z.infer<typeof fubeViewSchema>>('fube', { params: { id } }) });
export const searchQuery = (query: Query) => ({ queryKey: keys.search(query), queryFn: () => request<z.infer<typeof searchResultSchema>>('fubes', { query }) });
/** A family version is immutable once stored, so it is cached for the whole visit. */
export const familyQuery = (id: string, version?: number) => ({
  queryKey: keys.family(id, version),
  staleTime: version === undefined ? 300_000 : Infinity,
  queryFn: () =>
    version === undefined ? request<z.infer<typeof familyDocumentSchema>>('family', { params: { id } }) : request<z.infer<typeof familyDocumentSchema>>('familyVersion', { params: { id, version } }),
});

export const useMyWork = () => useQuery(myWorkQuery);
export const useOverview = () => useQuery({ queryKey: keys.overview, queryFn: () => request<z.infer<typeof overviewSchema>>('overview') });
export const useFamilies = () => useQuery(familiesQuery);
/** People by name for the pickers; the previous answer stays while the next word is typed. */
export const usePeople = (query: PeopleQuery, enabled: boolean) =>
  useQuery({
    queryKey: keys.people(query),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: () => request<z.infer<typeof peopleListSchema>>('people', { query: { ...query } }),
  });
export const useEntities = () => useQuery(entitiesQuery);

export function useFamily(id: string | undefined, version?: number) {
  return useQuery({ ...familyQuery(id ?? '', version), enabled: id !== undefined && id !== '' });
}

export const useFube = (id: string) => useQuery(fubeQuery(id));
export const useFubeRevisions = (id: string) =>
  useQuery({ queryKey: keys.fubeRevisions(id), queryFn: () => request<z.infer<typeof fubeRevisionListSchema>>('fubeRevisions', { params: { id } }) });
export const useFubeHistory = (id: string) =>
  useQuery({ queryKey: keys.fubeHistory(id), queryFn: () => request<z.infer<typeof fubeHistorySchema>>('fubeHistory', { params: { id } }) });
export const useCompare = (id: string, from: number, to: number, enabled: boolean) =>
  useQuery({
    queryKey: keys.compare(id, from, to),
    enabled,
    staleTime: Infinity,
    queryFn: () => request<z.infer<typeof compareSchema>>('fubeCompare', { params: { id }, query: { from, to } }),
  });

export const useSearch = (query: Query) => useQuery({ ...searchQuery(query), placeholderData: keepPreviousData });
export const useMatrix = (query: Query) =>
  useQuery({ queryKey: keys.matrix(query), queryFn: () => request<z.infer<typeof matrixSchema>>('matrix', { query }), placeholderData: keepPreviousData });
export const useMatrixCell = (query: Query) =>
  useQuery({ queryKey: keys.matrixCell(query), queryFn: () => request<z.infer<typeof matrixCellSchema>>('matrixCell', { query }) });
/** Two to six FUBEs side by side, against the first (`GET /api/compare`). */
export const useCompareFubes = (ids: readonly string[]) =>
  useQuery({ queryKey: ['fube-comparison', ...ids] as const, queryFn: () => request<z.infer<typeof fubeComparisonSchema>>('compareFubes', { query: { ids: ids.join(',') } }) });

function afterFubeWrite(client: QueryClient, id: string) {
  void client.invalidateQueries({ queryKey: ['fube', id] });
  void client.invalidateQueries({ queryKey: keys.myWork });
  void client.invalidateQueries({ queryKey: ['search'] });
  void client.invalidateQueries({ queryKey: ['matrix'] });
}

export function useSaveFube(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; content: FubeContent; reason?: string }) =>
      request<z.infer<typeof fubeViewSchema>>('fube', { method: 'PUT', params: { id }, body }),
    onSuccess: (view) => {
      client.setQueryData(keys.fube(id), view);
      afterFubeWrite(client, id);
    },
  });
}

export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; action: Step }) =>
      request<z.infer<typeof fubeViewSchema>>('fubeTransitions', { params: { id }, body }),
    onSuccess: (view) => {
      client.setQueryData(keys.fube(id), view);
      afterFubeWrite(client, id);
    },
  });
}

/** HR chooses one of the tied levels, with a motivation (DOMAIN.md §3.6). */
export function useDecideTie(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; level: number; motivation: string }) => request<z.infer<typeof fubeViewSchema>>('fubeTie', { params: { id }, body }),
    onSuccess: (view) => {
      client.setQueryData(keys.fube(id), view);
      afterFubeWrite(client, id);
    },
  });
}

/** The holders' threads the caller may read (only asked when the abilities say so). */
export const useThreads = (id: string, enabled: boolean) =>
  useQuery({ queryKey: keys.fubeThreads(id), enabled, queryFn: () => request<z.infer<typeof threadsViewSchema>>('fubeThreads', { params: { id } }) });

/** The appeal file the caller may read (only asked when the abilities say so). */
export const useAppealFiles = (id: string, enabled: boolean) =>
  useQuery({ queryKey: keys.fubeAppeals(id), enabled, queryFn: () => request<z.infer<typeof appealFilesSchema>>('fubeAppeals', { params: { id } }) });

export const useRemarks = (id: string) =>
  useQuery({ queryKey: keys.fubeRemarks(id), queryFn: () => request<z.infer<typeof remarkListSchema>>('fubeRemarks', { params: { id } }) });

export function useAddRemark(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string }) => request<z.infer<typeof remarkSchema>>('fubeRemarks', { params: { id }, body }),
    onSuccess: () => afterFubeWrite(client, id),
  });
}

export function useAppeal(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { grounds: ('family' | 'class')[]; motivation: string }) =>
      request<AppealLodged>('fubeAppeals', { params: { id }, body }),
    onSuccess: ({ fube }) => {
      client.setQueryData(keys.fube(id), fube);
      afterFubeWrite(client, id);
    },
  });
}

/** HR registers an appeal received on paper, by e-mail or through a union representative (decision 0023). */
export function useRegisterAppeal(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      appellantIds: string[];
      grounds: ('family' | 'class' | 'text')[];
      classDirection?: 'higher' | 'lower';
      motivation: string;
      attachments?: string[];
      channel: 'letter' | 'email' | 'union';
      receivedOn: string;
      representative?: string;
    }) => request<AppealLodged>('fubeAppealRegistrations', { params: { id }, body }),
    onSuccess: ({ fube }) => {
      client.setQueryData(keys.fube(id), fube);
      afterFubeWrite(client, id);
    },
  });
}

/** "Kopiëren als nieuwe functiebeschrijving": a new draft with the content of FUBE `id`. */
export function useCopyFube(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { entityId: string; unitId?: string; title?: string }) => request<z.infer<typeof fubeViewSchema>>('fubeCopy', { params: { id }, body }),
    onSuccess: (view) => {
      client.setQueryData(keys.fube(view.id), view);
      afterFubeWrite(client, view.id);
    },
  });
}

export function useCreateFube() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { familyId: string; title: string; entityId: string; unitId?: string; holderIds: string[] }) =>
      request<z.infer<typeof fubeViewSchema>>('fubes', { body }),
    onSuccess: (view) => {
      client.setQueryData(keys.fube(view.id), view);
      afterFubeWrite(client, view.id);
    },
  });
}
