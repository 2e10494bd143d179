import { describe, expect, it } from 'vitest';
import { firstPageFiles } from '../../bench/web.js';

describe('the first page size measured by npm run bench', () => {
  it('counts the entry chunk and its static imports, not the lazily loaded pages', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['pages/a.tsx'], css: ['assets/index.css'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
      'pages/a.tsx': { file: 'assets/a.js', imports: ['_shared.js'] },
    };
    expect(firstPageFiles(manifest)).toEqual({ js: ['assets/index.js', 'assets/shared.js'], css: ['assets/index.css'] });
  });

  it('refuses a manifest without an entry', () => {
    expect(() => firstPageFiles({ 'a.tsx': { file: 'a.js' } })).toThrow(/no entry/);
  });
});
