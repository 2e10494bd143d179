import type { FamilySummary, FamilyStatus, FamilyVersionInfo } from '../api/families.js';
import type { Entity, Person } from '../api/entities.js';
import type { FubeSummary, SearchQuery, SearchResult } from '../api/fubes.js';
import type { HistoryEntry, HistoryQuery } from '../api/history.js';
import type { Family } from '../domain/family/schema.js';
import type { FubeContent } from '../domain/fube/schema.js';
import type { Status, WorkflowEvent, WorkflowState } from '../domain/workflow/schema.js';
import type { Visibility } from './access.js';
import type { Result } from '../domain/errors.js';
import type { Catalogue } from '../documents/catalogue/schema.js';
import type { StoreExportOptions } from '../documents/catalogue/export-store.js';
import type { CatalogueImportOptions, CatalogueImportSummary } from '../documents/catalogue/import.js';

/**
 * What the HTTP API needs from persistence, in domain terms. `store-port.ts` fits the
 * database store (src/store) to it; handlers never see SQL or Kysely.
 */
export interface StoredFamily {
  family: Family;
  status: FamilyStatus;
  createdAt: string;
  publishedAt: string | null;
}

export type { PeopleSearch, PersonHit } from '../store/entities-repository.js';
import type { PeopleSearch, PersonHit } from '../store/entities-repository.js';

// The records are the store's own shapes: one definition, read by the API and the store.
export type { FubeRecord, RevisionRecord } from '../store/fubes-repository.js';
import type { FubeRecord, RevisionRecord } from '../store/fubes-repository.js';

/** A write on a FUBE, guarded by the revision it was based on. */
export interface FubeWrite {
  baseRevision: number;
  actorId: string;
  reason?: string;
  /** A new revision with this content. */
  content?: FubeContent;
  /** The workflow state after a transition, with its events for the history. */
  workflow?: WorkflowState;
  events?: WorkflowEvent[];
}

export type WriteOutcome = { ok: true; record: FubeRecord } | { ok: false; currentRevision: number };

/** Filters of lists; `visibleTo` limits them to what the caller may see (access.ts). */
export interface FubeFilter {
  entityId?: string;
  state?: Status;
  familyId?: string;
  class?: number;
  visibleTo?: Visibility;
}

export interface ApiStore {
  readonly dialect: 'sqlite' | 'postgres';
  families: {
    list(): Promise<FamilySummary[]>;
    versions(id: string): Promise<FamilyVersionInfo[]>;
    /** Without a version: the latest published one. */
    get(id: string, version?: number): Promise<StoredFamily | undefined>;
    saveDraft(family: Family, source: string, actorId: string): Promise<FamilyVersionInfo>;
    publish(id: string, version: number, actorId: string): Promise<FamilyVersionInfo | undefined>;
  };
  entities: { list(): Promise<Entity[]> };
  people: {
    /** The people in reach matching the name, best first, capped (src/domain/people/match.ts). */
    search(search: PeopleSearch): Promise<PersonHit[]>;
    /** Names of the people a FUBE mentions; unknown ids are left out. */
    byIds(ids: readonly string[]): Promise<Person[]>;
    /** The people with these ids with the roles and training of their accounts. */
    hits(ids: readonly string[]): Promise<PersonHit[]>;
  };
  /** Names of entities, units and people by id, for documents. */
  names(): Promise<{ entities: Record<string, string>; units: Record<string, string>; people: Record<string, string> }>;
  fubes: {
    get(id: string): Promise<FubeRecord | undefined>;
    /** What changes with every write, read cheaply: a cached view with the same stamp is current. */
    stamp(id: string): Promise<string | undefined>;
    create(content: FubeContent, workflow: WorkflowState, actorId: string): Promise<FubeRecord>;
    write(id: string, write: FubeWrite): Promise<WriteOutcome | undefined>;
    revisions(id: string): Promise<RevisionRecord[]>;
    revision(id: string, n: number): Promise<RevisionRecord | undefined>;
    events(id: string): Promise<WorkflowEvent[]>;
    search(query: SearchQuery, visibleTo?: Visibility): Promise<SearchResult>;
    /** Summaries of all FUBEs matching the filter (matrix, my work). */
    summaries(filter: FubeFilter): Promise<FubeSummary[]>;
  };
  history: { list(filter: HistoryQuery): Promise<HistoryEntry[]> };
  /** The catalogue exchange (src/documents/catalogue); absent in stores without it (the routes answer 501). */
  catalogue?: {
    export(options: StoreExportOptions): Promise<Catalogue>;
    import(text: string, options: CatalogueImportOptions): Promise<Result<CatalogueImportSummary>>;
  };
}
