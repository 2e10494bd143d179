import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { dutchStems, stem, vocabularyWords } from './dutch-text.js';
import { type SearchIndex, type SearchMatch, loadIndexed, tagsOf } from './search-index.js';
import { type Tier, expansions, widens } from './search-terms.js';

/**
 * SQLite FTS5. FTS5 has no Dutch stemmer, so the index holds the stems that dutch-text.ts
 * computes (accents and case folded, stop words left out), and queries are stemmed the
 * same way; every word of the query must occur (AND), as with `plainto_tsquery`. The
 * index row shares its FUBE row's rowid: FTS5 finds a row by rowid at once, and rowid
 * order is creation order.
 *
 * The vocabulary (search-terms.ts) is a table of words and stems with an FTS5 trigram index
 * over the words, so "words that contain coord" is an index lookup.
 */
export const sqliteSearch: SearchIndex = {
  async createSchema(db) {
    await sql`create virtual table fube_search using fts5(fube_id unindexed, title, body, tags, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sqliteSearch.createVocabulary(db);
  },

  async createVocabulary(db) {
    await sql`create table if not exists search_words (word text not null unique, stem text not null)`.execute(db);
    await sql`create virtual table if not exists search_words_trigram using fts5(word, content = 'search_words', content_rowid = 'rowid', tokenize = 'trigram')`.execute(db);
  },

  async indexWords(trx, fubeIds) {
    const fubes = await loadIndexed(trx, fubeIds);
    await addWords(trx, fubes.flatMap((f) => vocabularyWords(`${f.title}\n${f.text}`)));
  },

  async vocabulary(trx, fragment, limit) {
    // The trigram index answers LIKE '%…%' itself; fragments are [a-z0-9] only.
    const { rows } = await sql<{ word: string; stem: string }>`select w.word, w.stem from search_words_trigram t join search_words w on w.rowid = t.rowid
      where t.word like ${`%${fragment}%`} order by length(w.word), w.word limit ${limit}`.execute(trx);
    return rows;
  },

  async index(trx: Kysely<Database>, fubeIds, written) {
    const fubes = await loadIndexed(trx, fubeIds, written);
    if (fubes.length === 0) return;
    await sql`delete from fube_search where rowid in (select rowid from fubes where id in (${sql.join(fubeIds)}))`.execute(trx);
    const rows = fubes.map(
      (f) => sql`((select rowid from fubes where id = ${f.id}), ${f.id}, ${dutchStems(f.title).join(' ')}, ${dutchStems(f.text).join(' ')}, ${tagsOf(f).join(' ')})`,
    );
    await sql`insert into fube_search (rowid, fube_id, title, body, tags) values ${sql.join(rows)}`.execute(trx);
    await addWords(trx, fubes.flatMap((f) => vocabularyWords(`${f.title}\n${f.text}`)));
  },

  async count(trx, match, cap) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from fube_search where fube_search match ${expression(match)} limit ${cap})`.execute(trx);
    return Number(rows[0]?.n ?? 0);
  },

  async ranked(trx, match, limit, offset) {
    // Tier first (decision 0048): hits that also match exactly, then with prefixes; the
    // sub-selects are index lookups no larger than the hits. Then bm25, lower for better
    // matches; a word in the title counts four times.
    const tier = widens(match.terms)
      ? sql`case when s.rowid in (select rowid from fube_search where fube_search match ${expression(match, 'exact')}) then 0
          when s.rowid in (select rowid from fube_search where fube_search match ${expression(match, 'prefix')}) then 1 else 2 end,`
      : sql``;
    const { rows } = await sql<{ fube_id: string }>`select s.fube_id from fube_search s join fubes f on f.rowid = s.rowid
      where fube_search match ${expression(match)}
      order by ${tier} bm25(fube_search, 0, 4, 1, 0), f.title, f.id limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async newest(trx, match, limit, offset) {
    const { rows } = await sql<{ fube_id: string }>`select fube_id from fube_search where fube_search match ${expression(match)}
      order by rowid desc limit ${limit} offset ${offset}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },

  async ids(trx, match) {
    const { rows } = await sql<{ fube_id: string }>`select fube_id from fube_search where fube_search match ${expression(match)}`.execute(trx);
    return rows.map((row) => row.fube_id);
  },
};

/** Adds words not yet in the vocabulary, with their stems, to it and its trigram index. */
async function addWords(trx: Kysely<Database>, candidates: readonly string[]): Promise<void> {
  const unique = [...new Set(candidates)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const known = new Set((await sql<{ word: string }>`select word from search_words where word in (${sql.join(chunk)})`.execute(trx)).rows.map((row) => row.word));
    const fresh = chunk.filter((word) => !known.has(word));
    if (fresh.length === 0) continue;
    const added = await sql<{ rowid: number; word: string }>`insert into search_words (word, stem) values ${sql.join(fresh.map((word) => sql`(${word}, ${stem(word)})`))} returning rowid, word`.execute(trx);
    await sql`insert into search_words_trigram (rowid, word) values ${sql.join(added.rows.map((row) => sql`(${row.rowid}, ${row.word})`))}`.execute(trx);
  }
}

/**
 * The FTS5 query: every term in title or body (its stem, or at a wider tier one of the stems
 * it widens to), and per tag group one of its tags. Stems and tags hold only letters and
 * digits; quoting keeps FTS5 operators (AND, NEAR) literal.
 */
function expression(match: SearchMatch, tier: Tier = 'part'): string {
  const parts: string[] = [];
  const terms = match.terms.map((term) => [...new Set([term.stem, ...expansions(term, tier)])].map((s) => `"${s}"`).join(' OR '));
  if (terms.length > 0) parts.push(`{title body} : (${terms.map((t) => `(${t})`).join(' AND ')})`);
  for (const group of match.tags) parts.push(`{tags} : (${group.map((t) => `"${t}"`).join(' OR ')})`);
  return parts.join(' AND ');
}
