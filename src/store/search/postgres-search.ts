import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';
import { type SearchIndex, type SearchMatch, loadTags } from './search-index.js';
import { type Tier, expansions, widens } from './search-terms.js';

/**
 * PostgreSQL `tsvector` with the `dutch` configuration (Snowball Dutch stemmer and stop
 * words) over `unaccent`ed text, in its own table with a GIN index; a query must match
 * every word (`plainto_tsquery`). The title is weighted A; the tags are lexemes of their
 * own; `seq` keeps the order in which FUBEs were first indexed, i.e. created.
 *
 * The vocabulary (search-terms.ts) is a table of words with their `dutch_stem` lexemes and a
 * pg_trgm index over the words, so "words that contain coord" is an index lookup.
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
    // A small pending list (migration 0026): every search reads it whole.
    await sql`create index fube_search_document on fube_search using gin (document) with (gin_pending_list_limit = 64)`.execute(db);
    await sql`create index fube_search_seq on fube_search (seq)`.execute(db);
    await postgresSearch.createVocabulary(db);
  },

  async createVocabulary(db) {
    // pg_trgm is a trusted extension (PostgreSQL 13+), like unaccent.
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create table if not exists search_words (word text primary key, stem text not null)`.execute(db);
    await sql`create index if not exists search_words_trigram on search_words using gin (word gin_trgm_ops)`.execute(db);
  },

  async indexWords(trx, fubeIds) {
    if (fubeIds.length === 0) return;
    // The words as PostgreSQL's parser splits them (the 'simple' configuration only folds
    // case), their accents removed like the index's; each with the lexeme dutch_stem makes
    // of it, which is what the document holds. Stop words have none and are left out.
    await sql`insert into search_words (word, stem)
      select w.word, w.lexemes[1] from (
        select v.word, ts_lexize('dutch_stem', v.word) as lexemes from (
          select distinct unnest(tsvector_to_array(to_tsvector('simple', unaccent(f.title || ' ' || f.search_text)))) as word
          from fubes f where f.id = any(${[...fubeIds]}::text[])
        ) v where v.word ~ '^[a-z0-9]{3,}$'
      ) w where w.lexemes[1] is not null
      on conflict (word) do nothing`.execute(trx);
  },

  async vocabulary(trx, fragment, limit) {
    // The trigram index answers LIKE '%…%' itself; fragments are [a-z0-9] only.
    const { rows } = await sql<{ word: string; stem: string }>`select word, stem from search_words
      where word like ${`%${fragment}%`} order by length(word), word limit ${limit}`.execute(trx);
    return rows;
  },

  async index(trx: Kysely<Database>, fubeIds, written) {
    const tagged = await loadTags(trx, fubeIds, written);
    if (tagged.length === 0) return;
    // Title and text are read from the stored rows, not sent back and forth. Tags are
    // [a-z0-9] only, so each FUBE's travel space-separated. The rows go in in the order
    // given, so a new row's seq follows it; an update keeps the row's seq (creation order).
    const ids = tagged.map((t) => t.id);
    const order = sql`unnest(${ids}::text[], ${tagged.map((t) => t.tags.join(' '))}::text[]) with ordinality as t (id, tags, n)`;
    await postgresSearch.indexWords(trx, ids);
    if (ids.length < PARALLEL_FROM) {
      await sql`insert into fube_search (fube_id, document)
        select f.id, ${WORDS} || array_to_tsvector(string_to_array(t.tags, ' '))
        from ${order} join fubes f on f.id = t.id
        order by t.n
        on conflict (fube_id) do update set document = excluded.document`.execute(trx);
      return;
    }
    // to_tsvector is most of the cost of a bulk write (imports, restores). An INSERT runs in
    // one process, but CREATE TABLE AS may compute its rows with parallel workers: they read
    // this transaction's rows too. The planner would not start workers for a few thousand
    // rows (it does not know what to_tsvector costs), so it is told that workers are free
    // for this one statement. The same words, so the same index as above.
    const saved = (await sql<Record<string, string>>`select ${sql.join(PARALLEL.map((name) => sql`current_setting(${name}) as ${sql.ref(name)}`))}`.execute(trx)).rows[0]!;
    await sql`select ${sql.join(PARALLEL.map((name) => sql`set_config(${name}, '0', true)`))}`.execute(trx);
    await sql`create temp table fube_search_words on commit drop as
      select f.id, ${WORDS} as document from fubes f where f.id = any(${ids}::text[])`.execute(trx);
    await sql`select ${sql.join(PARALLEL.map((name) => sql`set_config(${name}, ${saved[name]!}, true)`))}`.execute(trx);
    await sql`insert into fube_search (fube_id, document)
      select t.id, w.document || array_to_tsvector(string_to_array(t.tags, ' '))
      from ${order} join fube_search_words w on w.id = t.id
      order by t.n
      on conflict (fube_id) do update set document = excluded.document`.execute(trx);
    await sql`drop table fube_search_words`.execute(trx);
  },

  async count(trx, match, cap) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from (select 1 from fube_search where document @@ ${query(match)} limit ${cap}) hits`.execute(trx);
    return Number(rows[0]?.n ?? 0);
  },

  async ranked(trx, match, limit, offset) {
    // Tier first (decision 0048): hits that also match exactly, then with prefixes; then
    // ts_rank. Each tsquery as a sub-select: computed once, not once per hit.
    const tier = widens(match.terms)
      ? sql`case when s.document @@ (select ${query(match, 'exact')}) then 0 when s.document @@ (select ${query(match, 'prefix')}) then 1 else 2 end,`
      : sql``;
    const { rows } = await sql<{ fube_id: string }>`select s.fube_id from fube_search s join fubes f on f.id = s.fube_id
      where s.document @@ ${query(match)}
      order by ${tier} ts_rank(s.document, (select ${query(match)})) desc, f.title, f.id limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async newest(trx, match, limit, offset) {
    // Only asked when more than RANK_LIMIT documents match: walking the documents newest first
    // (the seq index) finds a page after a few hundred, where the planner, which cannot
    // estimate how many match, would check every match and sort them all. `offset 0` keeps
    // the walk as written.
    const { rows } = await sql<{ fube_id: string }>`select s.fube_id from (select fube_id, document from fube_search order by seq desc offset 0) s
      where s.document @@ ${query(match)} limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async ids(trx, match) {
    const { rows } = await sql<{ fube_id: string }>`select fube_id from fube_search where document @@ ${query(match)}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },
};

/** From this many FUBEs on, `index` computes the words with parallel workers. */
const PARALLEL_FROM = 500;

/** The planner's costs of parallel work, set to zero while the words are computed. */
const PARALLEL = ['parallel_setup_cost', 'parallel_tuple_cost', 'min_parallel_table_scan_size', 'min_parallel_index_scan_size'];

/** The words of the FUBE row `f`: its title weighted A, then its text (tags are added to these). */
const WORDS = sql`setweight(to_tsvector('dutch', unaccent(f.title)), 'A') || to_tsvector('dutch', unaccent(f.search_text))`;

/**
 * Every term (its word stemmed by the dutch configuration, or at a wider tier one of the
 * stems it widens to) AND per tag group one of its tags.
 */
function query(match: SearchMatch, tier: Tier = 'part'): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  for (const term of match.terms) {
    const exact = sql`plainto_tsquery('dutch', unaccent(${term.word}))`;
    // Stems are [a-z0-9] only (search-terms.ts), so they need no quoting inside the tsquery text.
    const wider = expansions(term, tier);
    parts.push(wider.length === 0 ? exact : sql`(${exact} || ${wider.join(' | ')}::tsquery)`);
  }
  // Tags are [a-z0-9] only, so they need no quoting inside the tsquery text.
  if (match.tags.length > 0) parts.push(sql`${match.tags.map((group) => `(${group.join(' | ')})`).join(' & ')}::tsquery`);
  return sql`(${sql.join(parts, sql` && `)})`;
}
