import { z } from 'zod';
import { statusSchema } from '../domain/workflow/schema.js';
import { catalogueFiltersSchema } from '../documents/catalogue/schema.js';
import { deadlineSchema, fubeSummarySchema } from './fubes.js';
import { API_ROUTES } from './routes.js';
import { TEXT_LIMITS, safeText } from './safe-text.js';

export const OVERVIEW_ROUTES = { overview: API_ROUTES.overview, catalogueTable: API_ROUTES.catalogueTable } as const;

/** How far ahead the overview looks for deadlines, in working days (issue 15). */
export const OVERVIEW_HORIZON_WORKING_DAYS = 5;

/** `GET /api/overview`: per entity the FUBEs in each state, and the deadlines due soon or passed. */
export const overviewSchema = z.object({
  /** Today in Brussels, and the last day of the horizon (5 working days on, and the days off right after). */
  today: z.string(),
  dueBy: z.string(),
  horizonWorkingDays: z.number().int(),
  entities: z.array(
    z.object({
      entityId: z.string(),
      name: z.string(),
      total: z.number().int(),
      /** Only the states that hold FUBEs. */
      counts: z.array(z.object({ state: statusSchema, count: z.number().int() })),
    }),
  ),
  deadlines: z.array(
    /** One row per FUBE and deadline, with every step that waits for it (several people may act by the same date). */
    z.object({ fube: fubeSummarySchema, actions: z.array(z.string()), deadline: deadlineSchema.nullable() }),
  ),
  /** More deadlines than listed (the list stops at 200, soonest first). */
  truncated: z.boolean(),
});
export type Overview = z.infer<typeof overviewSchema>;

/** `GET /api/catalogue/table?format=csv|xlsx&…`: the catalogue as people read it, with the search filters. */
export const catalogueTableQuerySchema = catalogueFiltersSchema.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** As in the catalogue: a class ("15") or a level of the family ("15/16"). */
  class: safeText(TEXT_LIMITS.id).optional(),
  q: safeText(TEXT_LIMITS.query).optional(),
  family: safeText(TEXT_LIMITS.id).optional(),
  entity: safeText(TEXT_LIMITS.id).optional(),
});
export type CatalogueTableQuery = z.infer<typeof catalogueTableQuerySchema>;
