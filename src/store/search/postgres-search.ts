import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';
import { type SearchIndex, type SearchMatch, loadIndexed, tagsOf } from './search-index.js';

/**
 * PostgreSQL `tsvector` with the `dutch` configuration (Snowball Dutch stemmer and stop
 * words) over `unaccent`ed text, in its own table with a GIN index; a query must match
 * every word (`plainto_tsquery`). The title is weighted A; the tags are lexemes of their
 * own; `seq` keeps the order in which FUBEs were first indexed, i.e. created.
 */
export const postgresSearch: SearchIndex = {
  async createSchema(db) {
    // unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it.
    await sql`create extension if not exists unaccent`.execute(db);
    await sql`create table fube_search (
      fube_id text primary key references fubes (id),
      seq bigint generated always as identity,
      document tsvector not null
    )`.execute(db);
    await sql`create index fube_search_document on fube_search using gin (document)`.execute(db);
    await sql`create index fube_search_seq on fube_search (seq)`.execute(db);
  },

  async index(trx: Kysely<Database>, fubeIds) {
    const fubes = await loadIndexed(trx, fubeIds, sql`content -> 'holderIds'`);
    if (fubes.length === 0) return;
    const rows = fubes.map(
      (f) =>
        sql`(${f.id}, setweight(to_tsvector('dutch', unaccent(${f.title})), 'A') || to_tsvector('dutch', unaccent(${f.text})) || array_to_tsvector(${sql.val(tagsOf(f))}::text[]))`,
    );
    // An update keeps the row's seq: the creation order does not change with an edit.
    await sql`insert into fube_search (fube_id, document) values ${sql.join(rows)}
      on conflict (fube_id) do update set document = excluded.document`.execute(trx);
  },

  async count(trx, match, cap) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from (select 1 from fube_search where document @@ ${query(match)} limit ${cap}) hits`.execute(trx);
    return Number(rows[0]?.n ?? 0);
  },

  async ranked(trx, match, limit, offset) {
    // The tsquery as a sub-select: computed once, not once per hit.
    const { rows } = await sql<{ fube_id: string }>`select s.fube_id from fube_search s join fubes f on f.id = s.fube_id
      where s.document @@ ${query(match)}
      order by ts_rank(s.document, (select ${query(match)})) desc, f.title, f.id limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async newest(trx, match, limit, offset) {
    const { rows } = await sql<{ fube_id: string }>`select fube_id from fube_search where document @@ ${query(match)}
      order by seq desc limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async ids(trx, match) {
    const { rows } = await sql<{ fube_id: string }>`select fube_id from fube_search where document @@ ${query(match)}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },
};

/** Words (stemmed by the dutch configuration) AND per tag group one of its tags. */
function query(match: SearchMatch): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (match.words.trim() !== '') parts.push(sql`plainto_tsquery('dutch', unaccent(${match.words}))`);
  // Tags are [a-z0-9] only, so they need no quoting inside the tsquery text.
  if (match.tags.length > 0) parts.push(sql`${match.tags.map((group) => `(${group.join(' | ')})`).join(' & ')}::tsquery`);
  return sql`(${sql.join(parts, sql` && `)})`;
}
