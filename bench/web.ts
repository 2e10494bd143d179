import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchModule, Row } from './types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = fileURLToPath(new URL('../dist/web/', import.meta.url));
/** The budget for the first page's JavaScript, gzipped. */
export const FIRST_PAGE_BUDGET_KB = 250;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The entry chunk and every chunk it imports statically: what the first page must load. */
export function firstPageFiles(manifest: Manifest): { js: string[]; css: string[] } {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry === true);
  if (entry === undefined) throw new Error('the Vite manifest has no entry chunk');
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) return;
    for (const c of chunk.css ?? []) css.add(c);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  return { js: [...seen].map((k) => manifest[k]?.file).filter((f): f is string => f !== undefined), css: [...css] };
}

const gzipKb = (file: string) => gzipSync(readFileSync(`${OUT}${file}`), { level: 9 }).length / 1024;
const round = (n: number) => Math.round(n * 10) / 10;

/** Builds the web app (vite build → dist/web) and reports what the first page downloads. */
export const webBench: BenchModule = {
  name: 'web',
  async run(): Promise<Row[]> {
    const { build } = await import('vite');
    await build({ configFile: `${ROOT}vite.config.ts`, logLevel: 'silent' });
    const manifest = JSON.parse(readFileSync(`${OUT}.vite/manifest.json`, 'utf8')) as Manifest;
    const first = firstPageFiles(manifest);
    const firstJs = first.js.reduce((sum, f) => sum + gzipKb(f), 0);
    const firstCss = first.css.reduce((sum, f) => sum + gzipKb(f), 0);
    const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !first.js.includes(c.file));
    const largestLazy = lazy.map((c) => ({ file: c.file, kb: gzipKb(c.file) })).sort((a, b) => b.kb - a.kb)[0];
    const rows: Row[] = [
      {
        name: 'first page JavaScript (entry + static imports, gzip)',
        value: round(firstJs),
        unit: 'KB',
        note: `${first.js.length} file(s); target ≤ ${FIRST_PAGE_BUDGET_KB} KB: ${firstJs <= FIRST_PAGE_BUDGET_KB ? 'met' : 'NOT met'}`,
      },
      { name: 'first page CSS (gzip)', value: round(firstCss), unit: 'KB' },
      { name: 'lazy route chunks', value: lazy.length, unit: 'chunks', note: 'loaded when their page opens' },
    ];
    if (largestLazy !== undefined) rows.push({ name: 'largest lazy chunk (gzip)', value: round(largestLazy.kb), unit: 'KB', note: largestLazy.file });
    return rows;
  },
};
