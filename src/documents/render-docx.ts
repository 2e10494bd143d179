import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, BlockCell, DocumentBlocks } from './blocks.js';
import { formatDate, labels } from './labels.js';

/**
 * Lays out document blocks as a Word file with Word's own styles (Title, Heading1/2,
 * bulleted lists, tables with a repeating header row), so the document can be edited and
 * restyled in Word or LibreOffice as if it were written there.
 */

const HEADER_FILL = 'D9E2F3';
const EMPHASIS_FILL = 'F2F2F2';
/** Text width in twips: A4 minus 2 × 1440 margins. */
const TEXT_WIDTH = { portrait: 9026, landscape: 13958 };

function lines(text: string, bold = false, italics = false): Paragraph {
  return new Paragraph({
    children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold, italics })),
  });
}

/**
 * A cell with its width in twips: Word lays out by the cells' widths (tcW), LibreOffice by the
 * grid; with both set and a fixed layout, neither shrinks a column until words break.
 */
function cell(c: BlockCell, header: boolean, width: number): TableCell {
  const fill = header ? HEADER_FILL : c.emphasis === true ? EMPHASIS_FILL : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [lines(c.text, header || c.emphasis === true)],
    ...(c.span !== undefined && c.span > 1 ? { columnSpan: c.span } : {}),
    ...(fill !== undefined ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

function twips(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.round((w / sum) * total));
}

/** The cells of a row with the widths of the grid columns each covers. */
function rowCells(row: BlockCell[], columns: number[], header: boolean): TableCell[] {
  let at = 0;
  return row.map((c) => {
    const span = c.span ?? 1;
    const width = columns.slice(at, at + span).reduce((a, b) => a + b, 0);
    at += span;
    return cell(c, header, width);
  });
}

function render(block: Block, textWidth: number): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true })];
    case 'paragraph':
      return [lines(block.text, false, block.note === true)];
    case 'labelled':
      return [new Paragraph({ children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'fields': {
      const columns = twips([1, 2], textWidth);
      return [
        new Table({
          width: { size: textWidth, type: WidthType.DXA },
          layout: TableLayoutType.FIXED,
          columnWidths: columns,
          rows: block.rows.map(([label, value]) => new TableRow({ cantSplit: true, children: rowCells([{ text: label, emphasis: true }, { text: value }], columns, false) })),
        }),
        new Paragraph({}),
      ];
    }
    case 'bars':
      // Word gets the chart's figures as a table (a drawn chart adds nothing a reader needs there).
      return render(
        {
          kind: 'table',
          headers: [{ text: block.caption }, ...block.series.map((s) => ({ text: s.name }))],
          rows: block.rows.map((r) => [{ text: r.label }, ...r.values.map((v) => ({ text: v === null ? '–' : `${v.toFixed(1).replace('.', ',')} ${block.unit}` }))]),
        },
        textWidth,
      );
    case 'table': {
      const count = block.headers.reduce((n, h) => n + (h.span ?? 1), 0);
      const columns = twips(block.widths ?? Array.from({ length: count }, () => 1), textWidth);
      return [
        new Table({
          width: { size: textWidth, type: WidthType.DXA },
          layout: TableLayoutType.FIXED,
          columnWidths: columns,
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: rowCells(block.headers, columns, true) }),
            ...block.rows.map((row) => new TableRow({ cantSplit: true, children: rowCells(row, columns, false) })),
          ],
        }),
        new Paragraph({}),
      ];
    }
  }
}

export async function renderDocx(doc: DocumentBlocks): Promise<Buffer> {
  const landscape = doc.landscape === true;
  const textWidth = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  const document = new Document({
    title: doc.title,
    creator: 'Weegschaal',
    ...(doc.properties !== undefined ? { customProperties: Object.entries(doc.properties).map(([name, value]) => ({ name, value })) } : {}),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 } },
        title: { run: { font: 'Calibri', size: 36, bold: true, color: '1F3864' } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 25, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        // A draft says so at the top of every page.
        ...(doc.marking !== undefined
          ? {
              headers: {
                default: new Header({
                  children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.marking, bold: true, color: 'B00020', size: 20 })] })],
                }),
              },
            }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${footerText(doc)} — ${labels.page} `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ` ${labels.pageOf} `, size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: doc.blocks.flatMap((b) => render(b, textWidth)),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "<title> — Versie 3 — opgemaakt op 3 november 2026", shared by the Word and PDF footers. */
export function footerText(doc: Pick<DocumentBlocks, 'footer' | 'generatedAt'>): string {
  return `${doc.footer} — ${labels.footerGenerated} ${formatDate(doc.generatedAt)}`;
}
