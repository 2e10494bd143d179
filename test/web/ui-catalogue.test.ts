import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { format, placeholderNames } from '../../src/messages/index.js';
import { uiEn } from '../../src/messages/ui-en.js';
import { uiNl } from '../../src/messages/ui-nl.js';
import { makeI18n } from '../../src/web/i18n/i18n.js';

const WEB = fileURLToPath(new URL('../../src/web/', import.meta.url));

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? components(path) : entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);
const WORD = /\p{L}{2,}/u;

/**
 * Visible text written in a component instead of taken from the catalogue: JSX text with a
 * word in it, and text attributes people read. Found with the TypeScript parser, so code
 * and type arguments never count; symbols between expressions (" · ", "–") are not words.
 */
export function bareTexts(source: string, file = 'component.tsx'): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer !== undefined && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (TEXT_ATTRIBUTES.has(name) && WORD.test(node.initializer.text)) found.push(`${name}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

describe('the UI message catalogue', () => {
  it('has an English text for every Dutch key, with the same placeholders, none empty', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiNl).sort());
    for (const [key, nl] of Object.entries(uiNl)) {
      const en = (uiEn as Record<string, string>)[key] ?? '';
      expect({ key, names: placeholderNames(en) }).toEqual({ key, names: placeholderNames(nl) });
      expect(en.trim(), key).not.toBe('');
    }
  });

  it('serves the UI texts through the shared format, singular and plural by the number', () => {
    expect(format('nl', 'ui.deadline.in-days', { days: 1 })).toBe('nog 1 dag');
    expect(format('nl', 'ui.deadline.in-days', { days: 12 })).toBe('nog 12 dagen');
    expect(format('en', 'ui.catalogue.results', { count: 3 })).toBe('3 function descriptions found');
  });

  it('formats dates and numbers per locale, Brussels calendar dates without a day shift', () => {
    expect(makeI18n('nl').date('2026-03-31')).toBe('31 maart 2026');
    expect(makeI18n('en').date('2026-03-31')).toBe('31 March 2026');
    expect(makeI18n('nl').number(1234.5)).toBe('1.234,5');
    expect(makeI18n('en').number(1234.5)).toBe('1,234.5');
  });

  it('the scan finds bare text between tags and in text attributes', () => {
    expect(bareTexts('<p>Opslaan</p><b>{t("x")}</b> · <a aria-label="Sluiten">x</a>')).toEqual(['Opslaan', 'aria-label="Sluiten"']);
    expect(bareTexts('<span aria-hidden="true">–</span>{a} · {b}')).toEqual([]);
  });

  it('no component writes visible text past the catalogue', () => {
    const offenders = components(WEB).flatMap((file) => bareTexts(readFileSync(file, 'utf8'), file).map((text) => `${relative(WEB, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
