import { z } from 'zod';
import { safeId, safeText } from './safe-text.js';
import { PEOPLE_PURPOSES } from '../domain/access/people-scope.js';
import { personSchema } from './entities.js';

/** `GET /api/people`: the people the pickers offer (holders, manager, validator, committee). */

/** The roles shown with a person: those that matter when picking (never who administers). */
export const pickerRoleSchema = z.enum(['hr', 'manager', 'validator', 'committee-member', 'appeal-committee']);
export type PickerRole = z.infer<typeof pickerRoleSchema>;

export const peopleQuerySchema = z.object({
  /** Part of the name; accents and case do not matter; every word must occur. */
  q: safeText(100).optional(),
  /** Only people of this entity. */
  entityId: safeId().optional(),
  /** Only people whose account holds this role. */
  role: pickerRoleSchema.optional(),
  /** `committee` also reaches the HR people of other entities (the outside member); `appeal-committee` the appeal committee's and HR people of other entities. */
  purpose: z.enum(PEOPLE_PURPOSES).default('fube'),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

export const personHitSchema = personSchema.extend({
  roles: z.array(pickerRoleSchema),
  /** Trained in the classification method (the committee's outside HR member must be). */
  trainedInMethod: z.boolean(),
});
export type PersonHit = z.infer<typeof personHitSchema>;

/** At most 20, best match first. */
export const peopleListSchema = z.array(personHitSchema);
