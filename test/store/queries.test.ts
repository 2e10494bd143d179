import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { QUERIES_DIR, generateQueries } from '../../src/store/queries/generate.js';
import { describeOnPostgres } from './databases.js';

describeOnPostgres('the committed SQL of the repositories', () => {
  it('is the SQL the repositories send now (run src/store/queries/generate.ts after a change)', async () => {
    const files = await generateQueries();
    expect(files.size).toBeGreaterThanOrEqual(10);
    for (const [file, text] of files) expect(readFileSync(join(QUERIES_DIR, file), 'utf8'), file).toBe(text);
  });
});
