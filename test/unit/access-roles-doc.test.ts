import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rolesTable } from '../../src/domain/access/index.js';

describe('docs/roles.md', () => {
  it('shows exactly the permissions that the access rules grant', () => {
    const doc = readFileSync(new URL('../../docs/roles.md', import.meta.url), 'utf8');
    const table = /<!-- roles-table:start -->\n([\s\S]*?)\n<!-- roles-table:end -->/.exec(doc)?.[1];
    expect(table, 'docs/roles.md has no generated roles table between its markers').toBeDefined();
    expect(table).toBe(rolesTable());
  });
});
