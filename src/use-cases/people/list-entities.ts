import type { Entity } from '../../store/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';

/** The organisation's entities and their units, for whoever is signed in. */
export async function listEntities(deps: UseCaseDeps, ctx: UseCaseContext): Promise<Entity[]> {
  requireCaller(ctx);
  return deps.store.entities.list();
}
