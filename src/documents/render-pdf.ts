import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Block, BlockCell, DocumentBlocks } from './blocks.js';
import { footerText } from './render-docx.js';
import { labels } from './labels.js';

/**
 * Lays out document blocks as a PDF with pdfmake 0.3 on the server. The font is Roboto as
 * shipped inside the pdfmake package (Latin Extended and typographic punctuation: ë, é, ï,
 * ’, “ ”, …, ≠), embedded as a subset, so the PDF does not depend on system fonts.
 */
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof PdfMake;
const robotoPath = require.resolve('pdfmake/fonts/Roboto.js');
const fontDir = dirname(robotoPath);
pdfmake.setFonts(require(robotoPath) as Parameters<typeof pdfmake.setFonts>[0]);
// Documents never load anything: only the font files may be read, and no URL at all.
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
pdfmake.setUrlAccessPolicy(() => false);

const HEADER_FILL = '#D9E2F3';
const EMPHASIS_FILL = '#F2F2F2';

function cell(c: BlockCell, header: boolean): TableCell[] {
  const span = c.span ?? 1;
  const out: TableCell = {
    text: c.text,
    ...(header || c.emphasis === true ? { bold: true, fillColor: header ? HEADER_FILL : EMPHASIS_FILL } : {}),
    ...(span > 1 ? { colSpan: span } : {}),
  };
  // pdfmake expects a placeholder for every column a spanning cell covers.
  return [out, ...Array.from({ length: span - 1 }, () => ({}))];
}

function percentages(widths: number[]): string[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => `${((w / sum) * 100).toFixed(2)}%`);
}

function render(block: Block): Content {
  switch (block.kind) {
    case 'title':
      return { text: block.text, style: 'title' };
    case 'heading':
      return { text: block.text, style: block.level === 1 ? 'heading1' : 'heading2', headlineLevel: block.level };
    case 'paragraph':
      return { text: block.text, style: 'paragraph', italics: block.note === true };
    case 'labelled':
      return { text: [{ text: `${block.label}: `, bold: true }, block.text], style: 'paragraph' };
    case 'bullets':
      return { ul: block.items, style: 'paragraph' };
    case 'fields':
      return {
        style: 'table',
        table: {
          widths: ['33%', '67%'],
          dontBreakRows: true,
          body: block.rows.map(([label, value]) => [...cell({ text: label, emphasis: true }, false), ...cell({ text: value }, false)]),
        },
      };
    case 'table': {
      const columns = block.headers.reduce((n, h) => n + (h.span ?? 1), 0);
      return {
        style: 'table',
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: percentages(block.widths ?? Array.from({ length: columns }, () => 1)),
          body: [block.headers.flatMap((h) => cell(h, true)), ...block.rows.map((row) => row.flatMap((c) => cell(c, false)))],
        },
      };
    }
  }
}

export function pdfDefinition(doc: DocumentBlocks): TDocumentDefinitions {
  const marking = doc.marking;
  return {
    info: { title: doc.title, creator: 'Weegschaal', producer: 'Weegschaal' },
    pageSize: 'A4',
    pageOrientation: doc.landscape === true ? 'landscape' : 'portrait',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, color: '#1F3864', margin: [0, 0, 0, 12] },
      heading1: { fontSize: 14, bold: true, color: '#1F3864', margin: [0, 14, 0, 6] },
      heading2: { fontSize: 11.5, bold: true, color: '#2F5496', margin: [0, 8, 0, 4] },
      paragraph: { margin: [0, 0, 0, 4] },
      table: { margin: [0, 2, 0, 8], fontSize: 8.5 },
    },
    // A draft says so at the top of every page, and faintly across it.
    ...(marking !== undefined
      ? {
          header: () => ({ text: marking, alignment: 'center', bold: true, fontSize: 10, color: '#B00020', margin: [50, 20, 50, 0] }),
          watermark: { text: marking.split(' ')[0] ?? marking, color: '#B00020', opacity: 0.07, bold: true },
        }
      : {}),
    footer: (currentPage: number, pageCount: number) => ({
      text: `${footerText(doc)} — ${labels.page} ${currentPage} ${labels.pageOf} ${pageCount}`,
      alignment: 'center',
      fontSize: 7.5,
      margin: [50, 20, 50, 0],
    }),
    // A heading never stays alone at the bottom of a page (Word does this with keepNext).
    pageBreakBefore: (node, queries) => node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0,
    content: doc.blocks.map(render),
  };
}

export async function renderPdf(doc: DocumentBlocks): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}
