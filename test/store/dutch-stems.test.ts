import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { dutchStems, foldText, words } from '../../src/store/search/dutch-text.js';
import { describeOnPostgres } from './databases.js';

const seedText = [
  readFileSync(new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url), 'utf8'),
  readFileSync(new URL('../../families/sources/000_ac4ef6864be097f1.txt', import.meta.url), 'utf8'),
].join('\n');

it('Dutch text is folded to lower case without accents before stemming', () => {
  expect(foldText('Financiën, Coördinatie, ÉÉN')).toBe('financien, coordinatie, een');
  expect(words('HR-beleid: 2 coördinatoren')).toEqual(['hr', 'beleid', '2', 'coordinatoren']);
  expect(dutchStems('de beleidsadviseurs van het departement')).toEqual(['beleidsadviseur', 'departement']);
});

describeOnPostgres('the stems used on SQLite', (database) => {
  it('equal PostgreSQL’s dutch stems for every word of the seed family and document', async () => {
    const vocabulary = [...new Set(words(seedText))];
    expect(vocabulary.length).toBeGreaterThan(500);
    const result = await sql<{ word: string; stems: string[] | null }>`
      select word, ts_lexize('dutch_stem', unaccent(word)) as stems from unnest(${vocabulary}::text[]) as word`.execute(database.store.db);
    const differences = result.rows
      .map((row) => ({ word: row.word, postgres: (row.stems ?? []).join(' '), ours: dutchStems(row.word).join(' ') }))
      .filter((row) => row.postgres !== row.ours);
    console.info(`${vocabulary.length} seed words compared, ${differences.length} stems differ`);
    expect(differences).toEqual([]);
  });
});
