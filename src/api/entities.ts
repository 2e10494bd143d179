import { z } from 'zod';

/** Entities (departments, agencies) with their units (afdeling, team). */

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The unit it is part of (a team in an afdeling); absent for a unit directly under the entity. */
  parentId: z.string().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  units: z.array(unitSchema),
});
export type Entity = z.infer<typeof entitySchema>;
export const entityListSchema = z.array(entitySchema);

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  entityId: z.string().nullable(),
  unitId: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;
