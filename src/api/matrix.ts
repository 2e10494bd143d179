import { z } from 'zod';
import { safeId } from './safe-text.js';
import { levelSchema } from '../domain/family/schema.js';
import { statusSchema } from '../domain/workflow/schema.js';
import { queryInt } from './common.js';
import { fubeSummarySchema } from './fubes.js';

/** The function level matrix: families (columns) × levels/classes (rows), the FUBEs in each cell. */

/**
 * At most this many FUBE titles travel in one cell of `GET /api/matrix` (by title); the count
 * is always exact and the cell's own route (`/api/matrix/cell`) lists them all.
 */
export const MATRIX_CELL_ITEMS = 25;

export const matrixQuerySchema = z.object({ entity: safeId().optional(), state: statusSchema.optional() });

export const matrixSchema = z.object({
  families: z.array(z.object({ id: z.string(), version: z.number().int(), name: z.string(), levels: z.array(levelSchema) })),
  /** Every class of the families' levels, ascending (the matrix rows). */
  classes: z.array(z.number().int()),
  cells: z.array(
    z.object({
      familyId: z.string(),
      class: z.number().int(),
      count: z.number().int(),
      /** The first MATRIX_CELL_ITEMS FUBEs of the cell, by title: what the web app shows in the cell. */
      items: z.array(z.object({ id: z.string(), title: z.string(), state: statusSchema })),
    }),
  ),
  /** FUBEs without a decided class yet, per family. */
  undecided: z.array(z.object({ familyId: z.string(), count: z.number().int() })),
});
export type Matrix = z.infer<typeof matrixSchema>;

export const matrixCellQuerySchema = matrixQuerySchema.extend({ family: safeId(), class: queryInt });
export const matrixCellSchema = z.object({ familyId: z.string(), class: z.number().int(), items: z.array(fubeSummarySchema) });
