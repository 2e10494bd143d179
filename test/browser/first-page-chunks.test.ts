import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGES } from '../../src/api/first-pages.js';
import { builtWebRoot } from './harness.js';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * The build people get (decision 0065, item 8): the scripts a first page loads (the entry, the
 * page's chunk and what they import) hold no zod, so no schema is made on a first load. zod's
 * core names its classes `$ZodType`, `$ZodObject`…; that text is looked for in the files.
 */
describe('the first pages of the built web app', () => {
  const root = builtWebRoot();
  const manifest = JSON.parse(readFileSync(join(root, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return seen;
    seen.add(key);
    for (const imported of chunk.imports ?? []) files(imported, seen);
    return seen;
  };
  const hasZod = (key: string) => readFileSync(join(root, manifest[key]!.file), 'utf8').includes('$ZodType');

  it('load no zod: neither the entry nor any first page, nor anything they import', () => {
    const pages = ['index.html', ...new Set(FIRST_PAGES.map((page) => page.module))];
    for (const page of pages) {
      expect(manifest[page], page).toBeDefined();
      const withZod = [...files(page)].filter(hasZod);
      expect(withZod, page).toStrictEqual([]);
    }
  });

  it('still carry zod where a page validates with it (so the check above can fail)', () => {
    expect(Object.keys(manifest).filter(hasZod).length).toBeGreaterThan(0);
  });
});
