import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogues as domainCatalogues } from '../domain/messages/index.js';
import { catalogues, format, locales, placeholderNames, renderMessage } from './index.js';

const LEFTOVER = /\{[\w-]+(\|[^{}]*)?\}/;

describe('the application message catalogue (domain, use cases, HTTP API, web UI)', () => {
  it('every locale has exactly the Dutch keys, with the same placeholders and no empty text', () => {
    const reference = catalogues.nl;
    expect(locales).toEqual(['nl', 'en']);
    for (const locale of locales) {
      const catalogue: Record<string, string> = catalogues[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, template] of Object.entries(reference)) {
        expect({ key, names: placeholderNames(catalogue[key]!) }).toEqual({ key, names: placeholderNames(template) });
        expect(catalogue[key]!.trim()).not.toBe('');
      }
    }
  });

  it('holds every domain text unchanged, and no part redefines another part’s key', () => {
    for (const locale of locales) for (const [key, text] of Object.entries(domainCatalogues[locale])) expect({ key, text: catalogues[locale][key as keyof typeof catalogues.nl] }).toEqual({ key, text });
    const parts = readdirSync(fileURLToPath(new URL('./', import.meta.url))).filter((name) => /-nl\.ts$/.test(name));
    const keysOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s+'([\w.:-]+)':/gm)].map((m) => m[1]!);
    const seen = new Map<string, string>();
    for (const key of Object.keys(domainCatalogues.nl)) seen.set(key, 'src/domain/messages');
    for (const part of parts)
      for (const key of keysOf(join(fileURLToPath(new URL('./', import.meta.url)), part))) {
        expect({ key, also: seen.get(key) }).toEqual({ key, also: undefined });
        seen.set(key, part);
      }
    expect(seen.size).toBe(Object.keys(catalogues.nl).length);
  });

  it('every template, filled with params, leaves no placeholder behind in any locale', () => {
    for (const [key, template] of Object.entries(catalogues.nl)) {
      const params = Object.fromEntries(placeholderNames(template).map((name, i) => [name, [2, 'x', { key: 'workflow.status.draft' }][i % 3]!]));
      for (const locale of locales) {
        const text = renderMessage(locale, { key, params });
        expect({ key, locale, text }).toEqual({ key, locale, text: expect.not.stringMatching(LEFTOVER) });
      }
    }
  });

  it('renders the texts of every part in the language asked', () => {
    expect(format('en', 'ui.deadline.today')).toBe('today');
    expect(format('nl', 'workflow.deadline.validation-from')).toBe('Valideren mogelijk vanaf');
    expect(renderMessage('en', { key: 'workflow.deadline.appeal-until' })).toBe('Appeal possible until');
  });
});
