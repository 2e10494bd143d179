import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Family } from '../../src/domain/family/schema.js';
import { loadFamilySource } from '../../src/domain/family/load.js';
import { buildFamilyDocx } from '../../src/documents/index.js';
import {
  MAX_FAMILY_DOCX_BYTES,
  MAX_FAMILY_DOCX_PART_BYTES,
  familyYaml,
  readFamilyDocx,
} from '../../src/documents/family-docx/index.js';
import { generatedFamily } from '../support/generated-family.js';
import { GENERATED_AT, loadSeedFamily } from './fixtures.js';
import { docx, empty, flemishFamilyDocx, p, table, zipOf } from './family-docx-fixtures.js';

let seed: Family;
beforeAll(() => {
  seed = loadSeedFamily();
});

const read = (bytes: Uint8Array, options: Parameters<typeof readFamilyDocx>[1] = {}) => {
  const result = readFamilyDocx(bytes, options);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  return result.value;
};
const errorsOf = (bytes: Uint8Array) => {
  const result = readFamilyDocx(bytes);
  if (result.ok) throw new Error('the file was read');
  return result.errors;
};
const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

/** The seed as its original document would give it: the same texts, every span certain. */
const seedAsOriginal = (family: Family, version: number, source: string): Family => ({
  ...family,
  version,
  source,
  criteria: family.criteria.map((c) => ({
    ...c,
    values: c.values.map((v) => ({ ...v, confidence: 'certain' as const })),
  })),
  competencies: family.competencies.map((c) => ({ ...c, confidence: 'certain' as const })),
});

describe("Weegschaal's own family document imported back", () => {
  it('gives the seed family again, every field', async () => {
    const { family, report } = read(await buildFamilyDocx(seed, { generatedAt: GENERATED_AT }));
    expect(family).toStrictEqual(seed);
    expect(report.layout).toBe('weegschaal');
    expect(report.check).toEqual([]);
    expect(codes(report.certain)).toContain('docx.read.criterion');
  });

  it('gives a generated family of five levels again, every field', async () => {
    const family = generatedFamily();
    expect(read(await buildFamilyDocx(family, { generatedAt: GENERATED_AT })).family).toStrictEqual(family);
  });

  it('keeps the texts and spans when the document properties are gone, and says the ids were derived', async () => {
    const zip = await JSZip.loadAsync(await buildFamilyDocx(seed, { generatedAt: GENERATED_AT }));
    zip.remove('docProps/custom.xml');
    const { family, report } = read(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(family.criteria.map((c) => c.values.map((v) => [v.from, v.to, v.rg, v.confidence]))).toEqual(
      seed.criteria.map((c) => c.values.map((v) => [v.from, v.to, v.rg, v.confidence])),
    );
    expect(family.criteria[0]!.id).toBe('complexiteit-van-de-problematiek');
    expect(codes(report.check)).toContain('docx.check.metadata-unmatched');
  });

  it('writes YAML that loads as the same family', async () => {
    const { family } = read(await buildFamilyDocx(seed, { generatedAt: GENERATED_AT }));
    const loaded = loadFamilySource(familyYaml(family, 'familie.docx'));
    expect(loaded.ok && loaded.value).toStrictEqual(seed);
  });
});

describe('a family document in the Flemish layout', () => {
  it('reads the seed from a document shaped like its original: every span from the merged cells, none reconstructed', async () => {
    const { family, report } = read(await flemishFamilyDocx(seed), {
      base: seed,
      fileName: 'organisatieondersteunende.docx',
    });
    expect(family).toStrictEqual(seedAsOriginal(seed, 2, family.source));
    expect(family.criteria.flatMap((c) => c.values).every((v) => v.confidence === 'certain')).toBe(true);
    expect(codes(report.check).filter((c) => c !== 'docx.check.title-capitals')).toEqual([]);
    // The spans DOMAIN.md could only reconstruct come from the cells here: 2–3, 3–4, 1–3.
    const spans = Object.fromEntries(family.criteria.map((c) => [c.id, c.values.map((v) => `${v.from}-${v.to}`)]));
    expect(spans['impact-op-budgetten']).toEqual(['1-1', '2-3', '4-4']);
    expect(spans['interpersoonlijke-relaties']).toEqual(['1-3', '4-4']);
    // The criterion over two rows (vMerge): the fourth value from the second row.
    expect(spans.optimalisatie).toEqual(['1-1', '2-2', '3-3', '4-4']);
    expect(family.criteria.find((c) => c.id === 'optimalisatie')!.values[3]!.rg).toBe(true);
    expect(family.source).toContain('organisatieondersteunende.docx');
  });

  it('derives ids from the names without a base family, says so, and validates', async () => {
    const { family, report } = read(await flemishFamilyDocx(seed));
    expect(family.id).toBe('organisatieondersteunende-functies');
    expect(family.version).toBe(1);
    expect(family.resultAreas[1]!.id).toBe('dienstverlening-uitbouwen-en-of-optimaliseren');
    expect(codes(report.check)).toContain('docx.check.ids-derived');
    const certain = report.certain.find((n) => n.code === 'docx.read.criterion');
    expect(certain?.paragraph).toBeGreaterThan(0);
    expect(certain?.table).toBeGreaterThan(0);
  });

  it('reads a table split over pages whose continuation repeats the header row', async () => {
    const { family } = read(await flemishFamilyDocx(seed, { repeatHeaders: true }), { base: seed });
    expect(family).toStrictEqual(seedAsOriginal(seed, 2, family.source));
  });

  it('reads a five-level family with other classes from the same layout', async () => {
    const five = generatedFamily();
    const { family } = read(await flemishFamilyDocx(five), { base: five });
    expect(family.levels).toEqual(five.levels);
    expect(family.criteria.map((c) => c.values.map((v) => [v.from, v.to]))).toEqual(
      five.criteria.map((c) => c.values.map((v) => [v.from, v.to])),
    );
    // One column per level: the requirement of a level's first class is the column's (the layout has no column per class).
    const perLevel = (f: Family) =>
      f.competencies.map((c) => f.levels.map((l) => c.required[String(l.classes[0])] ?? null));
    expect(perLevel(family)).toEqual(perLevel(five));
  });

  it('leaves out an extra column and reports it', async () => {
    const { family, report } = read(await flemishFamilyDocx(seed, { extraColumn: 'Opmerkingen' }), { base: seed });
    expect(family.criteria).toStrictEqual(seedAsOriginal(seed, 2, '').criteria);
    expect(report.check.filter((n) => n.code === 'docx.check.extra-column').map((n) => n.params)).toEqual([
      { header: 'Opmerkingen' },
    ]);
  });

  it('extends a value over an empty, unmerged column only as a reconstruction, and names the cell', async () => {
    const impact = seed.criteria.findIndex((c) => c.id === 'impact-op-budgetten');
    const { family, report } = read(await flemishFamilyDocx(seed, { unmergedCriterion: impact }), { base: seed });
    const values = family.criteria[impact]!.values;
    expect(values.map((v) => [v.from, v.to, v.confidence])).toEqual([
      [1, 1, 'certain'],
      [2, 3, 'reconstructed'],
      [4, 4, 'certain'],
    ]);
    const gap = report.check.find((n) => n.code === 'docx.check.span-gap');
    expect(gap).toMatchObject({
      params: { name: 'Impact op budgetten', level: 3, value: 2 },
      path: `criteria[${impact}].values[1]`,
    });
    expect(gap?.row).toBeGreaterThan(1);
    expect(gap?.message).toContain('gereconstrueerd');
  });

  it('imports without the competency table, and reports the missing section', async () => {
    const { family, report } = read(await flemishFamilyDocx(seed, { without: ['competencies'] }), { base: seed });
    expect(family.competencies).toEqual([]);
    expect(report.check.find((n) => n.code === 'docx.check.section-missing')?.params).toEqual({
      section: 'Competenties',
    });
  });

  it('refuses a document without result areas, naming the section', async () => {
    const errors = errorsOf(await flemishFamilyDocx(seed, { without: ['resultAreas'] }));
    expect(errors.map((e) => [e.code, e.params])).toEqual([['docx.section-missing', { section: 'Resultaatgebieden' }]]);
  });

  it('refuses a document without a criteria table: no family recognised', async () => {
    expect(codes(errorsOf(await flemishFamilyDocx(seed, { without: ['criteria'] })))).toEqual(['docx.layout-unknown']);
  });

  it('takes the name from the document properties when there is no title, else asks for it', async () => {
    const plain = await docx([
      table([['Doel van de functiefamilie', ['Iets doen met als doel iets te bereiken.']]], 2),
      table(
        [
          [{ text: 'Resultaatgebieden', span: 2 }],
          ['1. Eerste gebied', ['Iets doen', 'met als doel', 'iets te bereiken.']],
        ],
        2,
      ),
      empty(),
      table(
        [
          ['Indelingscriteria', 'Waarde 1', 'Waarde 2'],
          ['Complexiteit', { text: 'Eenvoudig', span: 2 }],
        ],
        3,
      ),
      p('Tussentekst'),
      table(
        [
          ['Vaktechnische competenties', 'Functieklasse 10', 'Functieklasse 11/12'],
          ['Vakkennis', 'Basis', 'Meer'],
          ['Opleidingsniveau & ervaring', 'Bachelor', 'Master'],
        ],
        3,
      ),
    ]);
    const { family, report } = read(plain, { fileName: 'kleine familie.docx' });
    expect(family.name).toBe('kleine familie');
    expect(family.levels).toEqual([
      { level: 1, classes: [10] },
      { level: 2, classes: [11, 12] },
    ]);
    expect(family.criteria[0]!.values).toEqual([
      { text: 'Eenvoudig', from: 1, to: 2, rg: false, confidence: 'certain' },
    ]);
    expect(codes(report.check)).toEqual(
      expect.arrayContaining([
        'docx.check.name-missing',
        'docx.check.instruction-missing',
        'docx.check.section-missing',
      ]),
    );
  });
});

describe('a file that is not a readable family document', () => {
  const docxBytes = async () => buildFamilyDocx(seed, { generatedAt: GENERATED_AT });

  it('an empty file, random bytes, an old .doc and an oversized upload each get their own clear error', async () => {
    expect(codes(errorsOf(new Uint8Array()))).toEqual(['docx.empty']);
    expect(codes(errorsOf(new TextEncoder().encode('id: familie\nname: geen docx\n')))).toEqual(['docx.not-zip']);
    expect(codes(errorsOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])))).toEqual([
      'docx.old-word',
    ]);
    expect(codes(errorsOf(new Uint8Array(MAX_FAMILY_DOCX_BYTES + 1)))).toEqual(['docx.too-large']);
    const [error] = errorsOf(new TextEncoder().encode('niet een zip'));
    expect(error?.message).toBe('dit is geen Word-bestand (.docx): een .docx is een zip-bestand, dit bestand niet');
  });

  it('a truncated document and one with a damaged part are corrupt', async () => {
    const bytes = await docxBytes();
    expect(codes(errorsOf(bytes.subarray(0, Math.floor(bytes.length / 2))))).toEqual(['docx.corrupt']);
    // Flip bytes inside the stored document part: the checksum (or inflate) fails.
    const stored = await zipOf(
      { 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>' },
      'STORE',
    );
    const at = stored.indexOf('<w:body>');
    stored[at + 1] = 0x58;
    expect(codes(errorsOf(stored))).toEqual(['docx.corrupt']);
  });

  it('a zip without a Word document, and a document that is not XML', async () => {
    expect(codes(errorsOf(await zipOf({ 'readme.txt': 'hallo' })))).toEqual(['docx.no-document']);
    expect(codes(errorsOf(await zipOf({ 'word/document.xml': '<w:document><w:body></w:document>' })))).toEqual([
      'docx.xml-invalid',
    ]);
    expect(
      codes(errorsOf(await zipOf({ 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>' }))),
    ).toEqual(['docx.xml-invalid']);
  });

  it('a zip bomb: a small file whose document unpacks beyond the limit is refused before it is read', async () => {
    const bomb = await zipOf({ 'word/document.xml': ' '.repeat(MAX_FAMILY_DOCX_PART_BYTES + 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(codes(errorsOf(bomb))).toEqual(['docx.unpacked-too-large']);
    // The headers may lie about the size: inflating stops at the limit all the same.
    const lying = Buffer.from(bomb);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(10, central + 24);
    expect(codes(errorsOf(lying))).toEqual(['docx.unpacked-too-large']);
  });
});
