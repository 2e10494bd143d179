import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatError } from '../../src/domain/errors.js';
import { familySchema, loadFamilySource } from '../../src/domain/family/index.js';

/** docs/family-format.md must stay true to the format: its example loads, every field is named. */

const doc = readFileSync(new URL('../../docs/family-format.md', import.meta.url), 'utf8');

function exampleYaml(): string {
  const marker = doc.indexOf('<!-- example-family');
  const match = /```yaml\n([\s\S]*?)```/.exec(doc.slice(marker));
  if (marker < 0 || match?.[1] === undefined) throw new Error('docs/family-format.md has no marked example');
  return match[1];
}

/** Every field name of the schema, at any depth. */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([name, field]) => [name, ...fieldNames(field)]);
    case 'optional':
    case 'default':
      return fieldNames(def.innerType as z.ZodType);
    case 'array':
      return fieldNames(def.element as z.ZodType);
    case 'record':
      return fieldNames(def.valueType as z.ZodType);
    default:
      return [];
  }
}

describe('docs/family-format.md', () => {
  it('has an example family that loads without errors', () => {
    const result = loadFamilySource(exampleYaml(), { file: 'docs/family-format.md#example' });
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('keeps the example small but complete', () => {
    const result = loadFamilySource(exampleYaml());
    if (!result.ok) throw new Error('the example does not load');
    const family = result.value;
    expect(family.levels.length).toBeGreaterThanOrEqual(2);
    expect(family.levels.length).toBeLessThanOrEqual(3);
    expect(family.criteria).toHaveLength(2);
    expect(family.competencies).toHaveLength(1);
    // It shows a two-class level, EN/OF parts, an RG value and a reconstructed span.
    expect(family.levels.some((l) => l.classes.length === 2)).toBe(true);
    const values = family.criteria.flatMap((c) => c.values);
    expect(values.some((v) => v.parts !== undefined)).toBe(true);
    expect(values.some((v) => v.rg)).toBe(true);
    expect(values.some((v) => v.confidence === 'reconstructed')).toBe(true);
  });

  it('documents every field of the format', () => {
    const names = [...new Set(fieldNames(familySchema))];
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !doc.includes(`| \`${name}\` |`) && !doc.includes(`\`${name}\` (`))).toEqual([]);
  });
});
