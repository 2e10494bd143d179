import type { Kysely } from 'kysely';
import type { FubeContent } from '../../domain/fube/schema.js';
import { readJson } from '../json.js';
import type { Database } from '../schema.js';
import type { SearchTerm, VocabularyWord } from './search-terms.js';

/**
 * Full-text search over FUBEs, one implementation per database (sqlite-search.ts,
 * postgres-search.ts). Both index the same text (domain `searchText`) and fold accents
 * and case and stem Dutch words, so the same query finds the same FUBEs on both.
 *
 * A search row also carries the FUBE's filter values (family, class, entity, state) and its
 * holders as tags, so that words and filters are answered by the index alone: joining
 * every hit of a common word to its FUBE row was what made such searches slow at scale.
 */
export interface SearchIndex {
  /** Creates the search table and the vocabulary (run by the migrations). */
  createSchema(db: Kysely<unknown>): Promise<void>;
  /** Creates the vocabulary if it is not there (migration 0021; also part of createSchema). */
  createVocabulary(db: Kysely<unknown>): Promise<void>;
  /**
   * Adds the words of these FUBEs (title and text) to the vocabulary, with their stems; a
   * word already there stays. Words are never removed: a word no FUBE holds any more only
   * widens a query to a stem that finds nothing. Part of `index`.
   */
  indexWords(trx: Kysely<Database>, fubeIds: readonly string[]): Promise<void>;
  /**
   * Vocabulary words that contain `fragment` ([a-z0-9], 3 or more), at most `limit`, the
   * shortest first: what search-terms.ts widens a query word with.
   */
  vocabulary(trx: Kysely<Database>, fragment: string, limit: number): Promise<VocabularyWord[]>;
  /**
   * Writes the search rows of these FUBEs from their stored rows (text, title, filter
   * columns, holders), replacing what was there. Called inside every write transaction that
   * changes a FUBE row, and in bulk by imports and the migration that builds the index.
   * `written`: the rows of these FUBEs as the transaction just wrote them (an UPDATE's
   * RETURNING), so they are not read again.
   */
  index(trx: Kysely<Database>, fubeIds: readonly string[], written?: readonly IndexedRow[]): Promise<void>;
  /** Counts the hits, stopping at `cap` (so a very common word costs no more than `cap`). */
  count(trx: Kysely<Database>, match: SearchMatch, cap: number): Promise<number>;
  /**
   * One page of hits, best match first: by tier (every term matched exactly, then with
   * prefixes, then with compound parts; search-terms.ts), then by weight (title above text),
   * title as tie-break; for hit counts up to the cap.
   */
  ranked(trx: Kysely<Database>, match: SearchMatch, limit: number, offset: number): Promise<string[]>;
  /** One page of hits, newest FUBE first: the order when there are too many hits to rank. */
  newest(trx: Kysely<Database>, match: SearchMatch, limit: number, offset: number): Promise<string[]>;
  /** Every hit, in no particular order (exports; a holder's own FUBEs). */
  ids(trx: Kysely<Database>, match: SearchMatch): Promise<string[]>;
}

/** What a search asks of the index: the terms of the words and the tag expression of the filters. */
export interface SearchMatch {
  /** Every term must match (AND), in any of its ways (search-terms.ts). */
  terms: SearchTerm[];
  /** Every group must match (AND); within a group, one tag is enough (OR). */
  tags: string[][];
}

/** The stored columns a search row is built from. */
export interface IndexedFube {
  id: string;
  title: string;
  text: string;
  familyId: string;
  entityId: string;
  state: string;
  class: number | null;
  unitId: string | null;
  holderIds: readonly string[];
  managerId: string | null;
}

/**
 * A tag is one index word of [a-z0-9]: "z", a kind letter and the value in hex, which no
 * tokenizer, stemmer or query parser on either database alters. Tags sit in their own
 * column (SQLite) or are only ever asked for together with the words (PostgreSQL).
 */
const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex');
export const tag = {
  family: (id: string) => `zf${hex(id)}`,
  entity: (id: string) => `ze${hex(id)}`,
  state: (state: string) => `zs${hex(state)}`,
  class: (cls: number) => `zc${cls}`,
  holder: (personId: string) => `zh${hex(personId)}`,
  unit: (unitId: string) => `zu${hex(unitId)}`,
  manager: (personId: string) => `zm${hex(personId)}`,
} as const;

export function tagsOf(fube: Pick<IndexedFube, 'familyId' | 'entityId' | 'unitId' | 'state' | 'class' | 'holderIds' | 'managerId'>): string[] {
  return [
    tag.family(fube.familyId),
    tag.entity(fube.entityId),
    ...(fube.unitId === null ? [] : [tag.unit(fube.unitId)]),
    tag.state(fube.state),
    ...(fube.class === null ? [] : [tag.class(fube.class)]),
    ...fube.holderIds.map(tag.holder),
    ...(fube.managerId === null ? [] : [tag.manager(fube.managerId)]),
  ];
}

/** The columns of a FUBE row the index is made of (never the large content). */
export type IndexedRow = TagRow & { title: string; search_text: string };

/** The stored rows of these FUBEs, as the index needs them (never the large content); `written` when the caller has them. */
export async function loadIndexed(trx: Kysely<Database>, ids: readonly string[], written?: readonly IndexedRow[]): Promise<IndexedFube[]> {
  if (ids.length === 0) return [];
  const rows = written ?? await trx
    .selectFrom('fubes')
    .select(['id', 'title', 'search_text', 'family_id', 'entity_id', 'unit_id', 'state', 'class', 'holder_ids', 'manager_id'])
    .where('id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((row) => ({ ...tagColumns(row), title: row.title, text: row.search_text }));
}

/**
 * The tags of these FUBEs from their stored rows, without title and text: for an index that
 * reads those in its own statement (PostgreSQL). In the order of `ids`.
 */
export async function loadTags(trx: Kysely<Database>, ids: readonly string[], written?: readonly TagRow[]): Promise<{ id: string; tags: string[] }[]> {
  if (ids.length === 0) return [];
  const rows = written ?? await trx
    .selectFrom('fubes')
    .select(['id', 'family_id', 'entity_id', 'unit_id', 'state', 'class', 'holder_ids', 'manager_id'])
    .where('id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((row) => ({ id: row.id, tags: tagsOf(tagColumns(row)) }));
}

type TagRow = { id: string; family_id: string; entity_id: string; unit_id: string | null; state: string; class: number | null; holder_ids: string; manager_id: string | null };

function tagColumns(row: TagRow): Omit<IndexedFube, 'title' | 'text'> {
  return {
    id: row.id,
    familyId: row.family_id,
    entityId: row.entity_id,
    unitId: row.unit_id,
    state: row.state,
    class: row.class,
    holderIds: readJson<FubeContent['holderIds'] | null>(row.holder_ids) ?? [],
    managerId: row.manager_id,
  };
}

/** Rows in the order of `ids` (an IN list comes back in any order). */
function inOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
