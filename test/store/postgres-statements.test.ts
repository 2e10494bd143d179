import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { PreparedStatements } from '../../src/store/postgres-statements.js';
import { describeOnPostgres } from './databases.js';

it('a text is named from its second run on, the same name each time; nothing while disabled', () => {
  const statements = new PreparedStatements();
  expect(statements.nameOf('select $1')).toBeUndefined();
  statements.enabled = true;
  expect(statements.nameOf('select $1')).toBeUndefined();
  const name = statements.nameOf('select $1');
  expect(name).toMatch(/^w0_/);
  expect(statements.nameOf('select $1')).toBe(name);
  expect(statements.nameOf('select $2')).toBeUndefined();
});

it('a new generation (after a migration) names the same text anew', () => {
  const statements = new PreparedStatements();
  statements.enabled = true;
  statements.nameOf('select $1');
  const before = statements.nameOf('select $1');
  statements.newGeneration();
  expect(statements.nameOf('select $1')).toBeUndefined();
  const after = statements.nameOf('select $1');
  expect(after).toMatch(/^w1_/);
  expect(after).not.toBe(before);
});

it('texts that vary do not fill the names: at most 1,000 are named', () => {
  const statements = new PreparedStatements();
  statements.enabled = true;
  let named = 0;
  for (let i = 0; i < 3_000; i++) {
    const text = `select * from t where id in (${Array.from({ length: i + 1 }, (_, k) => `$${k + 1}`).join(', ')})`;
    statements.nameOf(text);
    if (statements.nameOf(text) !== undefined) named++;
  }
  expect(named).toBe(1_000);
});

describeOnPostgres('named prepared statements', (database) => {
  it('a query run many times is prepared once on its connection and answers as before', async () => {
    // One connection, so the statements it prepared are the ones it lists.
    const store = await database.open({ poolSize: 1 });
    for (let i = 0; i < 30; i++) {
      const rows = await sql<{ n: number }>`select ${i}::int + 1 as n`.execute(store.db);
      expect(rows.rows[0]?.n).toBe(i + 1);
    }
    const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements where name like ${'w0\\_%'}`.execute(store.db);
    expect(prepared.rows.map((r) => r.statement)).toContain('select $1::int + 1 as n');
  });

  it('a transaction with named statements commits and rolls back as before', async () => {
    const store = database.store;
    await sql`create table if not exists prepared_probe (id int primary key, v text)`.execute(store.db);
    for (let i = 0; i < 5; i++)
      await store.transaction(async (trx) => {
        await sql`insert into prepared_probe (id, v) values (${i}, ${'x'})`.execute(trx);
      });
    await expect(
      store.transaction(async (trx) => {
        await sql`insert into prepared_probe (id, v) values (${10}, ${'y'})`.execute(trx);
        await sql`insert into prepared_probe (id, v) values (${1}, ${'duplicate'})`.execute(trx);
      }),
    ).rejects.toThrow();
    const rows = await sql<{ n: string }>`select count(*) as n from prepared_probe where id = ${10}`.execute(store.db);
    expect(Number(rows.rows[0]?.n)).toBe(0);
    // The connection is usable after the error, its statements still prepared.
    await store.transaction(async (trx) => {
      await sql`insert into prepared_probe (id, v) values (${20}, ${'z'})`.execute(trx);
    });
    await sql`drop table prepared_probe`.execute(store.db);
  });
});
