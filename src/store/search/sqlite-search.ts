import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { dutchStems } from './dutch-text.js';
import { type SearchIndex, type SearchMatch, loadIndexed, tagsOf } from './search-index.js';

/**
 * SQLite FTS5. FTS5 has no Dutch stemmer, so the index holds the stems that dutch-text.ts
 * computes (accents and case folded, stop words left out), and queries are stemmed the
 * same way; every word of the query must occur (AND), as with `plainto_tsquery`. The
 * index row shares its FUBE row's rowid: FTS5 finds a row by rowid at once, and rowid
 * order is creation order.
 */
export const sqliteSearch: SearchIndex = {
  async createSchema(db) {
    await sql`create virtual table fube_search using fts5(fube_id unindexed, title, body, tags, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },

  async index(trx: Kysely<Database>, fubeIds) {
    const fubes = await loadIndexed(trx, fubeIds);
    if (fubes.length === 0) return;
    await sql`delete from fube_search where rowid in (select rowid from fubes where id in (${sql.join(fubeIds)}))`.execute(trx);
    const rows = fubes.map(
      (f) => sql`((select rowid from fubes where id = ${f.id}), ${f.id}, ${dutchStems(f.title).join(' ')}, ${dutchStems(f.text).join(' ')}, ${tagsOf(f).join(' ')})`,
    );
    await sql`insert into fube_search (rowid, fube_id, title, body, tags) values ${sql.join(rows)}`.execute(trx);
  },

  async count(trx, match, cap) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from fube_search where fube_search match ${expression(match)} limit ${cap})`.execute(trx);
    return Number(rows[0]?.n ?? 0);
  },

  async ranked(trx, match, limit, offset) {
    // bm25 is lower for better matches; a word in the title counts four times.
    const { rows } = await sql<{ fube_id: string }>`select s.fube_id from fube_search s join fubes f on f.rowid = s.rowid
      where fube_search match ${expression(match)}
      order by bm25(fube_search, 0, 4, 1, 0), f.title, f.id limit ${limit} offset ${offset}`.execute(trx);
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

/**
 * The FTS5 query: every stem in title or body, and per tag group one of its tags. Stems and
 * tags hold only letters and digits; quoting keeps FTS5 operators (AND, NEAR) literal.
 */
function expression(match: SearchMatch): string {
  const parts: string[] = [];
  const stems = [...new Set(dutchStems(match.words))];
  if (stems.length > 0) parts.push(`{title body} : (${stems.map((stem) => `"${stem}"`).join(' AND ')})`);
  for (const group of match.tags) parts.push(`{tags} : (${group.map((t) => `"${t}"`).join(' OR ')})`);
  return parts.join(' AND ');
}
