import { createFube } from '../../src/domain/fube/create-fube.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { testFamily } from '../../src/domain/fube/test-family.js';
import type { Family } from '../../src/domain/family/schema.js';
import type { Store } from '../../src/store/index.js';

export { testFamily };

/** The test family, published, so FUBEs can refer to it. */
export async function withPublishedFamily(store: Store, family: Family = testFamily): Promise<Family> {
  if ((await store.families.get(family.id, family.version)) === undefined) {
    await store.families.saveDraft(family, `id: ${family.id}\n`, 'admin');
    await store.families.publish(family.id, family.version, 'admin');
  }
  return family;
}

export function fubeContent(overrides: Partial<FubeContent> = {}, family: Family = testFamily): FubeContent {
  const created = createFube(family, { title: 'Beleidsadviseur', entityId: 'dep-fin', holderIds: ['p1'] });
  if (!created.ok) throw new Error(created.errors.map((e) => e.message).join('; '));
  return { ...created.value, specificKnowledge: 'Kennis van de regelgeving', ...overrides };
}
