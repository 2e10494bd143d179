import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/load.js';
import { format, isMessageKey, localizeError, locales, renderMessageArg } from '../../src/domain/messages/index.js';
import { YAML_ERROR_KEYS, yamlErrorReason } from '../../src/domain/parse/yaml-errors.js';

/** The library's own list of error codes, read from its type declarations (the union `ErrorCode`). */
function libraryErrorCodes(): string[] {
  const entry = createRequire(import.meta.url).resolve('yaml');
  const declarations = readFileSync(join(dirname(entry), 'errors.d.ts'), 'utf8');
  const union = /export type ErrorCode\s*=([^;]+);/.exec(declarations)?.[1];
  if (union === undefined) throw new Error('yaml/dist/errors.d.ts no longer declares ErrorCode');
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!);
}

describe('YAML errors in the caller’s language', () => {
  const codes = libraryErrorCodes();

  it('reads the library’s list of error codes', () => {
    expect(codes.length).toBeGreaterThanOrEqual(20);
    expect(codes).toContain('BAD_INDENT');
    expect(codes).toContain('DUPLICATE_KEY');
  });

  it('gives every error code of the yaml library a text in Dutch and English, and no other codes', () => {
    expect(Object.keys(YAML_ERROR_KEYS).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const reason = yamlErrorReason(code);
      expect(reason.key).toBe(`yaml.${code}`);
      expect(isMessageKey(reason.key)).toBe(true);
      for (const locale of locales) {
        const text = String(renderMessageArg(locale, reason));
        expect(text.length, `${code} in ${locale}`).toBeGreaterThan(10);
        expect(text).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      }
      expect(renderMessageArg('nl', reason)).not.toBe(renderMessageArg('en', reason));
    }
  });

  it('gives a general text for a code the table does not know', () => {
    expect(yamlErrorReason('SOMETHING_NEW').key).toBe('yaml.unknown');
    expect(format('nl', 'yaml.unknown')).toMatch(/YAML/);
  });

  it.each([
    ['a:\n  b: 1\n c: 2\n', 'BAD_INDENT', 3, 1],
    ['a: 1\na: 2\n', 'DUPLICATE_KEY', 2, 1],
    ['a:\n\t- b\n', 'TAB_AS_INDENT', 2, 1],
    ['a: "open\n', 'MISSING_CHAR', 2, 1],
    ['a: "x\\q"\n', 'BAD_DQ_ESCAPE', 1, 6],
    ['a: @x\n', 'BAD_SCALAR_START', 1, 4],
    ['a: 1\n---\nb: 2\n', 'MULTIPLE_DOCS', 2, 1],
  ])('a family text %j fails with %s, in words, at its line and column', (text, code, line, column) => {
    const loaded = loadFamilySource(text);
    expect(loaded.ok).toBe(false);
    const error = loaded.ok ? undefined : loaded.errors[0];
    expect(error).toMatchObject({ code: 'syntax', messageKey: 'syntax:yaml', line, column });
    expect(error!.message).toBe(`ongeldige YAML: ${renderMessageArg('nl', yamlErrorReason(code))}`);
    expect(localizeError(error!, 'en')).toBe(`invalid YAML: ${renderMessageArg('en', yamlErrorReason(code))}`);
  });
});
