import type { FamilyVersionInfo } from '../../src/api/families.js';
import type { Entity } from '../../src/api/entities.js';
import type { FubeSummary, SearchQuery } from '../../src/api/fubes.js';
import type { HistoryEntry } from '../../src/api/history.js';
import type { Family } from '../../src/domain/family/schema.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import type { WorkflowEvent, WorkflowState } from '../../src/domain/workflow/schema.js';
import { fubeSummary } from '../../src/server/fube-summary.js';
import type { Visibility } from '../../src/server/access.js';
import { inReach } from '../../src/domain/access/people-scope.js';
import { matchPeople } from '../../src/domain/people/match.js';
import type { ApiStore, FubeFilter, PersonHit, FubeRecord, FubeWrite, RevisionRecord, StoredFamily, WriteOutcome } from '../../src/server/ports.js';

/**
 * An in-memory ApiStore: the reference behaviour the database adapter must match, so the
 * HTTP tests can run the same suite over both.
 */
export class MemoryStore implements ApiStore {
  readonly dialect = 'sqlite' as const;
  private readonly familyRows: (StoredFamily & { source: string })[] = [];
  private readonly fubeRows = new Map<string, FubeRecord>();
  private readonly revisionRows = new Map<string, RevisionRecord[]>();
  private readonly eventRows = new Map<string, WorkflowEvent[]>();
  private readonly historyRows: HistoryEntry[] = [];
  private sequence = 0;
  entityRows: Entity[] = [];
  /** People with the roles and training of their accounts, as the database store joins them. */
  personRows: PersonHit[] = [];

  private now = () => new Date().toISOString();
  private record(action: string, subjectType: string, subjectId: string, actorId: string, data: unknown, reason: string | null = null) {
    this.historyRows.push({ id: String(this.historyRows.length + 1), at: this.now(), actorId, actorName: null, action, subjectType, subjectId, data, reason });
  }
  private info(row: StoredFamily): FamilyVersionInfo {
    return { id: row.family.id, version: row.family.version, name: row.family.name, status: row.status, createdAt: row.createdAt, publishedAt: row.publishedAt };
  }

  families: ApiStore['families'] = {
    list: async () => {
      const ids = [...new Set(this.familyRows.map((r) => r.family.id))];
      return ids.map((id) => {
        const rows = this.familyRows.filter((r) => r.family.id === id).sort((a, b) => b.family.version - a.family.version);
        const row = rows.find((r) => r.status === 'published') ?? rows[0];
        if (row === undefined) throw new Error('unreachable');
        return { id, version: row.family.version, name: row.family.name, status: row.status };
      });
    },
    versions: async (id) => this.familyRows.filter((r) => r.family.id === id).sort((a, b) => a.family.version - b.family.version).map((r) => this.info(r)),
    get: async (id, version) => {
      const rows = this.familyRows.filter((r) => r.family.id === id && (version === undefined ? r.status === 'published' : r.family.version === version));
      const row = rows.sort((a, b) => b.family.version - a.family.version)[0];
      return row === undefined ? undefined : { family: row.family, status: row.status, createdAt: row.createdAt, publishedAt: row.publishedAt };
    },
    saveDraft: async (family: Family, source: string, actorId: string) => {
      const row = { family, source, status: 'draft' as const, createdAt: this.now(), publishedAt: null };
      this.familyRows.push(row);
      this.record('family.upload', 'family', `${family.id}@${family.version}`, actorId, { version: family.version });
      return this.info(row);
    },
    publish: async (id, version, actorId) => {
      const row = this.familyRows.find((r) => r.family.id === id && r.family.version === version);
      if (row === undefined) return undefined;
      if (row.status !== 'published') Object.assign(row, { status: 'published', publishedAt: this.now() });
      this.record('family.publish', 'family', `${id}@${version}`, actorId, { version });
      return this.info(row);
    },
  };

  entities: ApiStore['entities'] = { list: async () => this.entityRows };
  people: ApiStore['people'] = {
    search: async ({ reach, q, entityId, role, limit }) =>
      structuredClone(
        matchPeople(
          this.personRows.filter((p) => inReach(reach, p) && (entityId === undefined || p.entityId === entityId) && (role === undefined || p.roles.includes(role))),
          q,
          limit,
        ),
      ),
    hits: async (ids) => structuredClone(this.personRows.filter((p) => ids.includes(p.id))),
    byIds: async (ids) =>
      this.personRows.filter((p) => ids.includes(p.id)).sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ id, name, entityId, unitId }) => ({ id, name, entityId, unitId })),
  };
  names: ApiStore['names'] = async () => ({
    entities: Object.fromEntries(this.entityRows.map((e) => [e.id, e.name])),
    units: Object.fromEntries(this.entityRows.flatMap((e) => e.units.map((u) => [u.id, u.name]))),
    people: {},
  });

  fubes: ApiStore['fubes'] = {
    get: async (id) => structuredClone(this.fubeRows.get(id)),
    stamp: async (id) => {
      const row = this.fubeRows.get(id);
      return row === undefined ? undefined : `${row.revision}|${row.workflow.status}|${row.updatedAt}|${this.eventRows.get(id)?.length ?? 0}`;
    },
    create: async (content: FubeContent, workflow: WorkflowState, actorId: string) => {
      const id = `fube-${++this.sequence}`;
      const at = this.now();
      const record: FubeRecord = { id, revision: 1, content, workflow, inForceRevision: null, createdAt: at, updatedAt: at };
      this.fubeRows.set(id, record);
      this.revisionRows.set(id, [{ fubeId: id, revision: 1, content, authorId: actorId, createdAt: at, reason: null }]);
      this.eventRows.set(id, []);
      this.record('fube.create', 'fube', id, actorId, { title: content.title });
      return structuredClone(record);
    },
    write: async (id: string, write: FubeWrite): Promise<WriteOutcome | undefined> => {
      const current = this.fubeRows.get(id);
      if (current === undefined) return undefined;
      if (current.revision !== write.baseRevision) return { ok: false, currentRevision: current.revision };
      const at = this.now();
      const next: FubeRecord = { ...current, updatedAt: at };
      if (write.content !== undefined) {
        next.revision = current.revision + 1;
        next.content = write.content;
        this.revisionRows.get(id)?.push({ fubeId: id, revision: next.revision, content: write.content, authorId: write.actorId, createdAt: at, reason: write.reason ?? null });
      }
      if (write.workflow !== undefined) {
        next.workflow = write.workflow;
        next.inForceRevision = write.workflow.inForce?.revision ?? null;
      }
      this.eventRows.get(id)?.push(...(write.events ?? []));
      this.fubeRows.set(id, next);
      this.record(write.events?.[0]?.type ?? 'fube.update', 'fube', id, write.actorId, { revision: next.revision }, write.reason ?? null);
      return { ok: true, record: structuredClone(next) };
    },
    revisions: async (id) => structuredClone(this.revisionRows.get(id) ?? []),
    revision: async (id, n) => structuredClone(this.revisionRows.get(id)?.find((r) => r.revision === n)),
    events: async (id) => structuredClone(this.eventRows.get(id) ?? []),
    search: async (query: SearchQuery, visibleTo?: Visibility) => {
      const words = (query.q ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
      const hits = this.filter({ ...(query.entity ? { entityId: query.entity } : {}), ...(query.state ? { state: query.state } : {}), ...(query.family ? { familyId: query.family } : {}), ...(query.class !== undefined ? { class: query.class } : {}), ...(visibleTo !== undefined ? { visibleTo } : {}) })
        .filter((r) => words.every((w) => JSON.stringify(r.content).toLowerCase().includes(w)));
      const start = (query.page - 1) * query.pageSize;
      return { total: hits.length, exact: true, order: words.length === 0 ? ('title' as const) : ('relevance' as const), page: query.page, pageSize: query.pageSize, items: hits.slice(start, start + query.pageSize).map((r) => ({ ...fubeSummary(r), snippet: null })) };
    },
    summaries: async (filter) => this.filter(filter).map(fubeSummary),
  };

  history: ApiStore['history'] = {
    list: async (filter) => {
      const to = filter.to !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z` : filter.to;
      const rows = this.historyRows.filter(
        (h) =>
          (filter.actor === undefined || h.actorId === filter.actor) &&
          (filter.action === undefined || h.action === filter.action) &&
          (filter.subjectType === undefined || h.subjectType === filter.subjectType) &&
          (filter.subjectId === undefined || h.subjectId === filter.subjectId) &&
          (filter.from === undefined || h.at >= filter.from) &&
          (to === undefined || h.at <= to),
      );
      if (filter.order === 'desc') rows.reverse();
      return filter.limit === undefined ? rows : rows.slice(filter.offset ?? 0, (filter.offset ?? 0) + filter.limit);
    },
  };

  private filter(filter: FubeFilter): FubeRecord[] {
    const visible = (r: FubeRecord, v: Visibility | undefined) =>
      v === undefined || v.all || v.entityIds.includes(r.content.entityId) || (v.holderPersonId !== null && r.content.holderIds.includes(v.holderPersonId));
    return [...this.fubeRows.values()].filter((r) => {
      const s: FubeSummary = fubeSummary(r);
      return visible(r, filter.visibleTo) && (filter.entityId === undefined || s.entityId === filter.entityId) && (filter.state === undefined || s.state === filter.state) &&
        (filter.familyId === undefined || s.familyId === filter.familyId) && (filter.class === undefined || s.class === filter.class);
    });
  }
}
