import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Family } from '../../src/domain/family/schema.js';
import { localizeError } from '../../src/messages/index.js';
import {
  buildCatalogue,
  type CatalogueFube,
  catalogueJsonSchema,
  csvColumns,
  csvField,
  parseCatalogue,
  serializeCatalogue,
  toCsv,
} from '../../src/documents/catalogue/index.js';
import type { FubeRecord } from '../../src/store/fubes-repository.js';
import { exampleFube, loadSeedFamily, validatedState } from './fixtures.js';

const family = loadSeedFamily();
const EXPORTED_AT = '2026-11-03T10:00:00.000Z';

/** The store's records are catalogue records as they are: the export needs no mapping. */
const fromStore = (record: FubeRecord): CatalogueFube => record;

function records(): CatalogueFube[] {
  const fube = exampleFube(family);
  const validated = validatedState(fube, family);
  return [
    fromStore({ id: 'f-2', revision: 3, inForceRevision: null, createdAt: '2026-08-20T09:00:00.000Z', updatedAt: '2026-10-02T14:00:00.000Z', workflow: validated, content: fube }),
    fromStore({
      id: 'f-1',
      revision: 1,
      inForceRevision: null,
      createdAt: '2026-08-21T09:00:00.000Z',
      updatedAt: '2026-08-21T09:00:00.000Z',
      workflow: { status: 'draft', revision: 1 },
      content: { ...fube, title: 'Deskundige “ICT”; netwerken', holderIds: ['p-zoë'], weighing: undefined, decision: undefined, specificKnowledge: '' },
    }),
  ];
}

const knownFamily = (id: string, version: number): Family | undefined => (id === family.id && version === family.version ? family : undefined);

describe('the catalogue JSON', () => {
  it('is exported in id order with the family versions it uses', () => {
    const catalogue = buildCatalogue(records(), { exportedAt: EXPORTED_AT, filters: { family: family.id } });
    expect(catalogue.fubes.map((f) => f.id)).toEqual(['f-1', 'f-2']);
    expect(catalogue.families).toEqual([{ id: family.id, version: 1 }]);
    expect(catalogue).toMatchObject({ format: 'weegschaal-catalogue', version: 1, exportedAt: EXPORTED_AT, filters: { family: family.id } });
  });

  it('export, import into an empty database and export again gives identical JSON', () => {
    const first = serializeCatalogue(buildCatalogue(records(), { exportedAt: EXPORTED_AT }));
    const parsed = parseCatalogue(first, { family: knownFamily });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.rejected).toEqual([]);
    // The empty database: records stored as JSON text and read back, as a store does.
    const database = new Map<string, string>();
    for (const fube of parsed.value.fubes) database.set(fube.id, JSON.stringify(fube));
    const reread = [...database.values()].map((row) => JSON.parse(row) as CatalogueFube);
    const second = serializeCatalogue(buildCatalogue(reread, { exportedAt: EXPORTED_AT }));
    expect(second).toBe(first);
    expect(first).toContain('"title": "Deskundige “ICT”; netwerken"');
  });

  it('reads a file with a byte order mark', () => {
    const text = `\uFEFF${serializeCatalogue(buildCatalogue(records(), { exportedAt: EXPORTED_AT }))}`;
    expect(parseCatalogue(text)).toMatchObject({ ok: true, value: { rejected: [] } });
  });

  it('refuses text that is not JSON, with the line and column of the mistake', () => {
    const result = parseCatalogue('{\n  "format": "weegschaal-catalogue",\n  "version": 1,,\n}', { file: 'export.json' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'catalogue.syntax', file: 'export.json', line: 3, column: 16 }] });
    const [error] = result.ok ? [] : result.errors;
    expect(error?.message).toBe("ongeldige JSON: onverwacht teken ','; veldnaam tussen dubbele aanhalingstekens verwacht");
    expect(localizeError(error!, 'en')).toBe("invalid JSON: unexpected character ','; expected a field name in double quotes");
  });

  it('refuses another format or an unknown version as a whole', () => {
    const catalogue = buildCatalogue(records(), { exportedAt: EXPORTED_AT });
    expect(parseCatalogue(JSON.stringify({ ...catalogue, format: 'iets-anders' }))).toMatchObject({ ok: false, errors: [{ code: 'catalogue.format', path: 'format' }] });
    expect(parseCatalogue(JSON.stringify({ ...catalogue, version: 2 }))).toMatchObject({ ok: false, errors: [{ code: 'catalogue.version', path: 'version' }] });
  });

  it('rejects each bad record on its own, with the field path and the line in the file', () => {
    const catalogue = buildCatalogue(records(), { exportedAt: EXPORTED_AT });
    const good = catalogue.fubes[0]!;
    const withoutTitle = { ...good, id: 'f-3', content: { ...good.content, title: undefined } };
    const duplicate = { ...good };
    const otherFamily = { ...good, id: 'f-4', content: { ...good.content, familyVersion: 7 } };
    const badValue = { ...catalogue.fubes[1]!, id: 'f-5', content: { ...catalogue.fubes[1]!.content, weighing: { rule: 'median-v1', values: { complexiteit: 9 } } } };
    const unknownField = { ...good, id: 'f-6', remark: 'x' };
    const text = JSON.stringify({ ...catalogue, fubes: [...catalogue.fubes, withoutTitle, duplicate, otherFamily, badValue, unknownField] }, null, 2);
    const result = parseCatalogue(text, { file: 'export.json', family: knownFamily });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.fubes.map((f) => f.id)).toEqual(['f-1', 'f-2']);
    const byIndex = Object.fromEntries(result.value.rejected.map((r) => [r.index, r.errors.map((e) => [e.code, e.path])]));
    expect(byIndex).toEqual({
      2: [['schema.invalid_type', 'fubes[2].content.title']],
      3: [['catalogue.duplicate-id', 'fubes[3].id']],
      4: [['catalogue.family-not-listed', 'fubes[4].content.familyVersion']],
      5: [['weighing.value-out-of-range', 'fubes[5].content.weighing.values.complexiteit']],
      6: [['schema.unrecognized_keys', 'fubes[6].remark']],
    });
    const title = result.value.rejected[0]!.errors[0]!;
    // A missing field is placed at the object that lacks it.
    const lines = text.split('\n');
    expect(title).toMatchObject({ file: 'export.json', message: 'is verplicht maar ontbreekt' });
    expect(lines[title.line! - 1]).toContain('"content": {');
    const value = result.value.rejected[3]!.errors[0]!;
    expect(lines[value.line! - 1]).toContain('"complexiteit": 9');
    expect(value.message).toContain('Complexiteit van de problematiek');
  });

  it('rejects a record whose family version this installation does not know', () => {
    const catalogue = buildCatalogue(records(), { exportedAt: EXPORTED_AT });
    const result = parseCatalogue(serializeCatalogue(catalogue), { family: () => undefined });
    expect(result).toMatchObject({ ok: true, value: { fubes: [], rejected: [{ errors: [{ code: 'catalogue.family-unknown' }] }, { errors: [{ code: 'catalogue.family-unknown' }] }] } });
  });

  it('has a JSON Schema in docs/ that is generated from the zod schema and up to date', () => {
    const committed = readFileSync(new URL('../../docs/catalogue.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(catalogueJsonSchema());
    const schema = JSON.parse(committed) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'filters', 'families', 'fubes']);
  });
});

describe('the catalogue CSV', () => {
  it('has one row per FUBE under the documented, fixed columns, with BOM and CRLF', () => {
    const csv = toCsv(buildCatalogue(records(), { exportedAt: EXPORTED_AT }).fubes);
    expect(csv.startsWith('\uFEFFid;titel;familie;familieversie;entiteit;')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
    expect(rows[0]!.split(';')).toEqual(csvColumns.map((c) => c.name));
    expect(rows[1]).toContain('"Deskundige “ICT”; netwerken"');
    expect(rows[2]).toContain(';validated;3;;median-v1;complexiteit=3|opvolging=3|');
    expect(rows[2]!.split(';')).toHaveLength(csvColumns.length);
  });

  it('quotes fields as RFC 4180 asks and defuses formulas', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('zegt "ja"')).toBe('"zegt ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('has its columns documented in docs/catalogue-format.md, in order and with their meaning', () => {
    const doc = readFileSync(new URL('../../docs/catalogue-format.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| (\d+) \| `([^`]+)` \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2], m[3]]);
    expect(documented).toEqual(csvColumns.map((c, i) => [i + 1, c.name, c.description]));
  });

  it('can be written with commas and without BOM for other tools', () => {
    const csv = toCsv([], { delimiter: ',', bom: false });
    expect(csv).toBe(`${csvColumns.map((c) => c.name).join(',')}\r\n`);
  });
});
