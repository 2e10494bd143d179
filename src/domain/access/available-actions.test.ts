import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { availableActions } from './available-actions.js';
import type { FubeResource } from './resources.js';

const fube = (status: FubeResource['status']) =>
  ({ type: 'fube', entityId: 'ent-a', unitId: 'unit-hr', holderIds: ['p-an'], writerIds: ['u-hr'], weigherIds: ['u-hr'], status }) as FubeResource & { status: NonNullable<FubeResource['status']> };

const hr: Actor = { userId: 'u-hr', entityId: 'ent-a', roles: [{ role: 'hr', entityId: 'ent-a' }] };
const head: Actor = { userId: 'u-head', entityId: 'ent-a', roles: [{ role: 'validator', entityId: 'ent-a' }] };
const an: Actor = { userId: 'u-an', personId: 'p-an', roles: [] };

describe('the workflow actions an actor can start now', () => {
  it('HR proposes a draft, or records it as unassignable', () => {
    expect(availableActions(hr, fube('draft'))).toEqual(['propose', 'decide-unassignable']);
  });

  it('the head of the entity validates a proposed FUBE; the holder remarks and asks for a talk', () => {
    expect(availableActions(head, fube('proposed'))).toEqual(['validate']);
    expect(availableActions(an, fube('proposed'))).toEqual(['remark', 'request-talk']);
    expect(availableActions(hr, fube('proposed'))).toEqual(['withdraw-proposal']);
  });

  it('after notification the holder may appeal and the head may make it final', () => {
    expect(availableActions(an, fube('notified'))).toEqual(['appeal']);
    expect(availableActions(head, fube('notified'))).toEqual(['finalize']);
  });
});
