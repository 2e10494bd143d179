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

const BAR_WIDTH = 420;
const BAR_HEIGHT = 9;

function barNumber(value: number | null, unit: string): string {
  return value === null ? '–' : `${value.toFixed(1).replace('.', ',')} ${unit}`;
}

/** Bars drawn with pdfmake's canvas: a zero line, the limit line (dashed, red) and a bar per series. */
function bars(block: Extract<Block, { kind: 'bars' }>): Content {
  const values = block.rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
  const low = Math.min(0, ...values, -(block.limit ?? 0));
  const high = Math.max(0, ...values, block.limit ?? 0);
  const span = high - low || 1;
  const x = (v: number) => ((v - low) / span) * BAR_WIDTH;
  const rowHeight = block.series.length * (BAR_HEIGHT + 2) + 4;
  const body = block.rows.map((row) => {
    const canvas: Array<Record<string, unknown>> = [];
    row.values.forEach((v, s) => {
      if (v === null) return;
      const from = Math.min(x(0), x(v));
      canvas.push({ type: 'rect', x: from, y: 2 + s * (BAR_HEIGHT + 2), w: Math.max(Math.abs(x(v) - x(0)), 0.5), h: BAR_HEIGHT, color: row.highlight === true ? '#B00020' : (block.series[s]?.color ?? '#2F5496') });
    });
    canvas.push({ type: 'line', x1: x(0), y1: 0, x2: x(0), y2: rowHeight, lineWidth: 0.5, lineColor: '#000000' });
    if (block.limit !== undefined)
      for (const l of [block.limit, -block.limit]) canvas.push({ type: 'line', x1: x(l), y1: 0, x2: x(l), y2: rowHeight, lineWidth: 0.8, lineColor: '#B00020', dash: { length: 2 } });
    return [{ text: row.label, bold: row.highlight === true }, { canvas, width: BAR_WIDTH }, { text: row.values.map((v) => barNumber(v, block.unit)).join(' / '), alignment: 'right', bold: row.highlight === true }];
  });
  return {
    style: 'table',
    stack: [
      { text: block.caption, bold: true, margin: [0, 4, 0, 2] },
      { text: block.series.map((s) => s.name).join(' · '), italics: true, fontSize: 7.5 },
      { table: { widths: [130, BAR_WIDTH, 80], dontBreakRows: true, body }, layout: 'noBorders' },
    ],
  } as Content;
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
    case 'bars':
      return bars(block);
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
