import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeOnPostgres } from './databases.js';

describeOnPostgres('the search index pending list', (database) => {
  it('is kept small (64 kB): every search reads it whole, every save adds to it', async () => {
    const { rows } = await sql<{ reloptions: string[] | null }>`select reloptions from pg_class where relname = 'fube_search_document'`.execute(database.store.db);
    expect(rows[0]?.reloptions).toContain('gin_pending_list_limit=64');
  });
});
