import type { Query } from './routes.js';

/** The catalogue's filters; they live in the URL so a search can be shared. */
export const CATALOGUE_FILTERS = ['q', 'family', 'class', 'entity', 'state'] as const;
export type CatalogueFilter = (typeof CATALOGUE_FILTERS)[number];

/** The filters as the URL holds them (absent ones empty). */
export const catalogueFilters = (params: URLSearchParams): Record<CatalogueFilter, string> =>
  Object.fromEntries(CATALOGUE_FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<CatalogueFilter, string>;

/** The catalogue's search as the page asks it: also what the first load reads at once (first-pages.ts). */
export const catalogueSearch = (params: URLSearchParams): Query => ({
  ...catalogueFilters(params),
  page: Math.max(1, Number(params.get('page')) || 1),
});
