import { beforeAll, describe, expect, it } from 'vitest';
import { valueText } from '../../src/domain/family/query.js';
import type { Family } from '../../src/domain/family/schema.js';
import { buildFamilyDocx, buildFamilyPdf, buildFubeDocx, familyLayout } from '../../src/documents/index.js';
import { labels } from '../../src/documents/labels.js';
import { type DocxParts, docxText, exampleView, GENERATED_AT, loadSeedFamily, openDocx, pdfText, squash } from './fixtures.js';

let family: Family;
let docx: DocxParts;
let fubeDocx: DocxParts;

beforeAll(async () => {
  family = loadSeedFamily();
  docx = await openDocx(await buildFamilyDocx(family, { generatedAt: GENERATED_AT }));
  fubeDocx = await openDocx(await buildFubeDocx(exampleView(family)));
});

/** The rows of the criteria table: the table whose header starts with "Indelingscriterium". */
function criteriaTableRows(xml: string): string[] {
  const table = xml.split('<w:tbl>').find((t) => docxText(t).startsWith(labels.criterion));
  if (table === undefined) throw new Error('geen tabel met de indelingscriteria');
  return table.split('</w:tbl>')[0]!.split('</w:tr>').slice(0, -1);
}

describe('the family layout', () => {
  it('lines the seed values up with the levels, spanning the levels they cover as in DOMAIN.md', () => {
    const layout = familyLayout(family);
    expect(layout.columns).toEqual([
      { level: 1, classes: '14' },
      { level: 2, classes: '15/16' },
      { level: 3, classes: '17/18' },
      { level: 4, classes: '19' },
    ]);
    const spans = Object.fromEntries(family.criteria.map((c, i) => [c.id, layout.rows[i]!.cells.map((cell) => cell.span)]));
    expect(spans).toEqual({
      complexiteit: [1, 1, 1, 1],
      opvolging: [1, 1, 1, 1],
      'rol-in-projecten': [1, 1, 1, 1],
      'impact-op-budgetten': [1, 2, 1],
      beleidsvoorbereiding: [1, 1, 2],
      optimalisatie: [1, 1, 1, 1],
      'interpersoonlijke-relaties': [3, 1],
      organisatievorm: [1, 2, 1],
    });
    expect(layout.rows[6]!.cells[0]).toMatchObject({ reconstructed: true, rg: false });
    expect(layout.hasReconstructed).toBe(true);
  });

  it('leaves an empty cell where no value covers a level', () => {
    const gap: Family = { ...family, criteria: [{ id: 'x', name: 'X', values: [{ text: 'Enkel niveau 2', from: 2, to: 2, rg: false, confidence: 'certain' }] }] };
    expect(familyLayout(gap).rows[0]!.cells).toEqual([
      { text: '', span: 1, rg: false, reconstructed: false },
      { text: 'Enkel niveau 2', value: 1, span: 1, rg: false, reconstructed: false },
      { text: '', span: 2, rg: false, reconstructed: false },
    ]);
  });
});

describe('the family as a Word document', () => {
  it('has the criteria table with a column per level and merged cells for values covering several levels', () => {
    const rows = criteriaTableRows(docx.document);
    expect(rows[0]).toContain('<w:tblHeader/>');
    // The columns are levels; the values carry their own numbers.
    expect(docxText(rows[0]!)).toContain('Niveau 1\nFK 14');
    expect(docxText(rows[0]!)).toContain('Niveau 2\nFK 15/16');
    expect(docxText(rows[0]!)).toContain('Niveau 4\nFK 19');
    expect(docxText(rows[0]!)).not.toContain('Waarde');
    const interpersonal = rows.find((r) => docxText(r).startsWith('Interpersoonlijke relaties'))!;
    expect(interpersonal).toContain('<w:gridSpan w:val="3"/>');
    expect(docxText(interpersonal)).toContain('*');
    const complexity = rows.find((r) => docxText(r).startsWith('Complexiteit van de problematiek'))!;
    expect(complexity).not.toContain('w:gridSpan');
    expect(rows).toHaveLength(1 + family.criteria.length);
  });

  it('numbers every value as the data does (the number the CLI, the web and the FUBE use), not by its column', () => {
    const rows = criteriaTableRows(docx.document).slice(1);
    for (const criterion of family.criteria) {
      const row = rows.find((r) => docxText(r).startsWith(criterion.name))!;
      const cells = row.split('<w:tc>').slice(2).map((c) => docxText(c)).filter((t) => t !== '');
      expect(cells).toHaveLength(criterion.values.length);
      for (const cell of cells) {
        const number = Number(/^Waarde (\d+)/.exec(cell)?.[1]);
        const value = criterion.values[number - 1];
        expect(value, `${criterion.id}: ${cell.slice(0, 40)}`).toBeDefined();
        expect(squash(cell)).toContain(squash(valueText(value!)));
      }
    }
    const budget = rows.find((r) => docxText(r).startsWith('Impact op budgetten'))!;
    expect(docxText(budget)).toMatch(/Waarde 3 \(RG\) \*\nStaat in voor de opmaak/);
  });

  it('gives labels room: no header or label cell is narrower than its longest word, and the table layout is fixed', () => {
    for (const xml of [docx.document, fubeDocx.document]) {
      for (const table of xml.split('<w:tbl>').slice(1)) {
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        for (const row of table.split('</w:tbl>')[0]!.split('</w:tr>').slice(0, -1)) {
          const header = row.includes('<w:tblHeader/>');
          for (const cell of row.split('<w:tc>').slice(1)) {
            const bold = cell.includes('<w:b/>');
            if (!header && !bold) continue;
            const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(cell)?.slice(1).find((v) => v !== undefined));
            // Lines may break at spaces, after a hyphen and after a slash (Unicode line breaking, as Word and LibreOffice do).
            const longest = Math.max(0, ...docxText(cell).split(/[\s/-]+/).map((w) => w.length));
            // Calibri 10.5 pt bold: about 100 twips a character on average, plus the cell's margins.
            expect(width, docxText(cell)).toBeGreaterThanOrEqual(longest * 100 + 216);
          }
        }
      }
    }
  });

  it('fills every row of every table to the table grid, so Word and LibreOffice open it without repair', () => {
    for (const table of docx.document.split('<w:tbl>').slice(1)) {
      const grid = (table.split('</w:tblGrid>')[0]!.match(/<w:gridCol /g) ?? []).length;
      expect(grid).toBeGreaterThan(0);
      for (const row of table.split('</w:tbl>')[0]!.split('</w:tr>').slice(0, -1)) {
        const cells = row.split('<w:tc>').slice(1);
        const width = cells.reduce((sum, c) => sum + Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c)?.[1] ?? 1), 0);
        expect(width).toBe(grid);
      }
    }
  });

  it('carries every value text, the RG marks, the legend of reconstructed spans and the footer', () => {
    const text = squash(docxText(docx.document));
    for (const criterion of family.criteria) for (const value of criterion.values) expect(text).toContain(squash(valueText(value)));
    expect(text).toContain('(RG)');
    expect(text).toContain(squash(labels.reconstructedLegend));
    for (const area of family.resultAreas) expect(text).toContain(area.title);
    for (const competency of family.competencies) expect(text).toContain(competency.name);
    expect(docx.styles).toContain('w:styleId="Heading1"');
    expect(docx.document).toContain('w:orient="landscape"');
    expect(docx.footers.map(docxText).join('')).toContain('Organisatieondersteunende functies — Versie 1 — opgemaakt op 3 november 2026');
    // "pagina X van Y": the page number and the page total are Word fields.
    expect(docx.footers.join('')).toMatch(/PAGE[\s\S]*van[\s\S]*NUMPAGES/);
    // Reader's headings and source, not the file's notes for administrators.
    expect(text).toContain('Doel van de functiefamilie');
    expect(text).not.toContain('Doel van de functie ');
    expect(text).toContain('Functiefamilie Organisatieondersteunende functies, versie 1, zoals gepubliceerd in Weegschaal.');
    expect(text).not.toMatch(/rg: true|\.txt|families\/|confidence|docs\//);
  });
});

describe('the family as a PDF', () => {
  it('carries the family’s texts with their accents and the reconstruction legend', async () => {
    const pdf = await pdfText(await buildFamilyPdf(family, { generatedAt: GENERATED_AT }));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(20);
    const flat = squash(pdf.text);
    for (const expected of ['Organisatieondersteunende functies', 'Niveau 1', 'Waarde 3 (RG) * Staat in voor de opmaak', 'Doel van de functiefamilie', 'efficiënt', '“Intern”', 'financiën', '≠', labels.reconstructedLegend])
      expect(flat).toContain(squash(expected));
    for (const area of family.resultAreas) expect(flat).toContain(squash(area.title));
    expect(flat).toContain(`pagina 1 van ${pdf.pages}`);
    expect(flat).not.toMatch(/rg: true|\.txt/);
  });
});
