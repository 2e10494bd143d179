import { z } from 'zod';
import { fubeContentSchema } from '../../domain/fube/schema.js';
import { statusSchema, workflowStateSchema } from '../../domain/workflow/schema.js';

/**
 * The catalogue exchange format (docs/catalogue-format.md): FUBEs with their content,
 * workflow state and revision numbers in a versioned envelope. Built from the domain's
 * own schemas, so a field added to a FUBE is exchanged without a second definition.
 */
export const CATALOGUE_FORMAT = 'weegschaal-catalogue';
export const CATALOGUE_VERSION = 1;

const instant = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date and time, e.g. 2026-11-03T10:00:00.000Z' });

export const catalogueFubeSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The FUBE id; kept on import so links and history stay valid.' }),
    revision: z.number().int().min(1).meta({ description: 'The current content revision (1 = first version); also the number of revisions kept.' }),
    inForceRevision: z
      .number()
      .int()
      .min(1)
      .nullable()
      .meta({ description: 'The last final revision, in force while a newer one is drafted; null when none is final yet.' }),
    createdAt: instant,
    updatedAt: instant,
    workflow: workflowStateSchema.meta({ description: 'The workflow state: status, proposal, validation (committee, validator, decision), notification, appeal, in force.' }),
    content: fubeContentSchema.meta({ description: 'The FUBE content of the current revision: title, entity, holders, purpose, result areas, weighing with result, decision, specific knowledge.' }),
  })
  .meta({ title: 'FUBE', description: 'One function description (FUBE) as stored.' });
export type CatalogueFube = z.infer<typeof catalogueFubeSchema>;

/** The search filters the export was made with, so a reader knows what the file holds. */
export const catalogueFiltersSchema = z
  .strictObject({
    q: z.string().optional(),
    family: z.string().optional(),
    class: z.number().int().optional(),
    entity: z.string().optional(),
    state: statusSchema.optional(),
  })
  .meta({ description: 'The search filters of the export (as in GET /api/search); empty for the whole catalogue.' });
export type CatalogueFilters = z.infer<typeof catalogueFiltersSchema>;

export const catalogueSchema = z
  .strictObject({
    format: z.literal(CATALOGUE_FORMAT),
    version: z.literal(CATALOGUE_VERSION).meta({ description: 'Format version; a reader refuses a version it does not know.' }),
    exportedAt: instant,
    filters: catalogueFiltersSchema,
    families: z
      .array(z.strictObject({ id: z.string().min(1), version: z.number().int().min(1) }))
      .meta({ description: 'Every family version the FUBEs were written from; the importing database must know each one.' }),
    fubes: z.array(catalogueFubeSchema),
  })
  .meta({ title: 'Weegschaal catalogue', description: 'An export of function descriptions (FUBEs) for exchange between Weegschaal installations.' });
export type Catalogue = z.infer<typeof catalogueSchema>;
