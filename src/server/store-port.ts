import type { SearchResult } from '../api/fubes.js';
import type { Store } from '../store/index.js';
import type { Visibility } from './access.js';
import { exportCatalogueFromStore } from '../documents/catalogue/export-store.js';
import { importCatalogue } from '../documents/catalogue/import.js';
import type { ApiStore, FubeFilter } from './ports.js';

/**
 * Fits the database store (src/store) to what the API needs. The one thing the store does
 * not know is who may see which FUBE: lists are narrowed here by the caller's visibility.
 */
export function apiStore(store: Store): ApiStore {
  /** A FUBE is listed when its entity is visible, or when the caller holds it. */
  const visibleIds = async (ids: readonly { id: string; entityId: string }[], v: Visibility | undefined): Promise<Set<string>> => {
    if (v === undefined || v.all) return new Set(ids.map((i) => i.id));
    const visible = new Set<string>();
    for (const item of ids) {
      if (v.entityIds.includes(item.entityId)) visible.add(item.id);
      else if (v.holderPersonId !== null) {
        const record = await store.fubes.get(item.id);
        if (record?.content.holderIds.includes(v.holderPersonId)) visible.add(item.id);
      }
    }
    return visible;
  };

  const summaries = async (filter: FubeFilter) => {
    const { visibleTo, ...columns } = filter;
    const all = await store.fubes.summaries(columns);
    const visible = await visibleIds(all, visibleTo);
    return all.filter((s) => visible.has(s.id));
  };

  const stampQuery = store.db.selectFrom('fubes').select(['revision', 'state', 'updated_at']).where('id', '=', '').compile();

  return {
    dialect: store.dialect,
    catalogue: {
      export: (options) => exportCatalogueFromStore(store, options),
      import: (text, options) => importCatalogue(store, text, options),
    },
    families: {
      list: () => store.families.list(),
      versions: (id) => store.families.versions(id),
      get: (id, version) => store.families.get(id, version),
      saveDraft: (family, source, actorId) => store.families.saveDraft(family, source, actorId),
      publish: (id, version, actorId) => store.families.publish(id, version, actorId),
    },
    entities: { list: () => store.entities.list() },
    people: {
      search: (search) => store.people.search(search),
      byIds: async (ids) => (await store.people.byIds(ids)).map(({ id, name, entityId, unitId }) => ({ id, name, entityId, unitId })),
      hits: (ids) => store.people.hits(ids),
    },
    names: async () => {
      const [entities, people] = await Promise.all([store.entities.list(), store.people.list()]);
      return {
        entities: Object.fromEntries(entities.map((e) => [e.id, e.name])),
        units: Object.fromEntries(entities.flatMap((e) => e.units.map((u) => [u.id, u.name]))),
        people: Object.fromEntries(people.map((p) => [p.id, p.name])),
      };
    },
    fubes: {
      get: (id) => store.fubes.get(id),
      stamp: async (id) => {
        // Compiled once: this query runs on every GET of a FUBE.
        const rows = await store.readHot<{ revision: number; state: string; updated_at: string }>({ ...stampQuery, parameters: [id] });
        const row = rows[0];
        return row === undefined ? undefined : `${row.revision}|${row.state}|${row.updated_at}`;
      },
      create: (content, workflow, actorId) => store.fubes.create(content, workflow, actorId),
      write: (id, write) => store.fubes.write(id, write),
      revisions: (id) => store.fubes.revisions(id),
      revision: (id, n) => store.fubes.revision(id, n),
      events: (id) => store.fubes.events(id),
      summaries,
      // The caller's visibility is part of the search itself, so totals and pages stay right.
      search: (query, visibleTo): Promise<SearchResult> =>
        store.search.find(query, visibleTo === undefined || visibleTo.all ? undefined : { entityIds: visibleTo.entityIds, holderPersonId: visibleTo.holderPersonId }),
    },
    history: { list: (filter) => store.history.list(filter) },
  };
}
