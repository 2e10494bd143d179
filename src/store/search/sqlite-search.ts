import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { dutchStems } from './dutch-text.js';
import type { SearchIndex } from './search-index.js';

/**
 * SQLite FTS5. FTS5 has no Dutch stemmer, so the index holds the stems that dutch-text.ts
 * computes (accents and case folded, stop words left out), and queries are stemmed the
 * same way; every word of the query must occur (AND), as with `plainto_tsquery`.
 */
export const sqliteSearch: SearchIndex = {
  async createSchema(db) {
    await sql`create virtual table fube_search using fts5(fube_id unindexed, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },

  async index(trx: Kysely<Database>, fubeId, text) {
    // The index row shares the FUBE row's rowid (migration 0004): FTS5 finds a row by rowid
    // at once, while `where fube_id = ?` scans the whole index on every write.
    await sql`delete from fube_search where rowid = (select rowid from fubes where id = ${fubeId})`.execute(trx);
    await sql`insert into fube_search (rowid, fube_id, body) values ((select rowid from fubes where id = ${fubeId}), ${fubeId}, ${dutchStems(text).join(' ')})`.execute(trx);
  },

  matches(query) {
    const stems = [...new Set(dutchStems(query))];
    if (stems.length === 0) return undefined;
    // Stems hold only letters and digits; quoting keeps FTS5 operators (AND, NEAR) literal.
    const expression = stems.map((stem) => `"${stem}"`).join(' AND ');
    // bm25 is lower for better matches; negated so that higher is better on both databases.
    return sql`(select fube_id, -bm25(fube_search) as rank from fube_search where fube_search match ${expression})`;
  },
};
