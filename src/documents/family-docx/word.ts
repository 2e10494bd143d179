import { type XmlElement, child, elements, parseXml, textOf } from './xml.js';

/**
 * The body of a Word document as the family readers need it: paragraphs and tables in order,
 * each paragraph numbered as a reader counts them (every paragraph of the document, those in
 * table cells too, 1-based), each table cell with its place in the table's grid and its
 * merges as Word stores them (w:gridSpan, w:vMerge, the old w:hMerge). Nothing is inferred
 * here: a span is what the file says.
 */

export interface WordParagraph {
  /** 1-based number of the paragraph in the whole document. */
  n: number;
  /** The text, line breaks as "\n", tabs as spaces; soft hyphens left out. */
  text: string;
  /** Heading level (0 = title, 1.. = heading n), from the paragraph's style. */
  heading?: number;
  /** A list item (numbered or bulleted paragraph). */
  list: boolean;
  italic: boolean;
  /** Where the paragraph stands when it is in a table cell. */
  cell?: { table: number; row: number; column: number };
}

export interface WordCell {
  /** First grid column (0-based) the cell covers. */
  column: number;
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  vMerge?: 'restart' | 'continue';
  paragraphs: WordParagraph[];
}

export interface WordRow {
  /** 1-based number of the row in its table. */
  n: number;
  cells: WordCell[];
}

export interface WordTable {
  /** 1-based number of the table in the document. */
  n: number;
  rows: WordRow[];
}

export type BodyBlock = { kind: 'paragraph'; paragraph: WordParagraph } | { kind: 'table'; table: WordTable };

export interface WordDocument {
  blocks: BodyBlock[];
  /** Every paragraph in document order (table cells included). */
  paragraphs: WordParagraph[];
}

export interface WordLimits {
  maxDepth: number;
  maxElements: number;
}

/** Style id → heading level, from word/styles.xml ("heading 1", "Kop 1", "Title", "Titel"). */
export function headingStyles(stylesXml: string | undefined, limits: WordLimits): Map<string, number> {
  const levels = new Map<string, number>();
  if (stylesXml === undefined) return levels;
  const root = parseXml(stylesXml, limits);
  for (const style of elements(root, 'w:style')) {
    const id = style.attributes['w:styleId'];
    const name = child(style, 'w:name')?.attributes['w:val'];
    if (id === undefined || name === undefined) continue;
    const level = headingLevelOfName(name);
    if (level !== undefined) levels.set(id, level);
  }
  return levels;
}

function headingLevelOfName(name: string): number | undefined {
  const normal = name.toLowerCase().replace(/\s+/g, '');
  if (normal === 'title' || normal === 'titel') return 0;
  const m = /^(?:heading|kop)(\d)$/.exec(normal);
  return m === null ? undefined : Number(m[1]);
}

export function readWordDocument(documentXml: string, styles: Map<string, number>, limits: WordLimits): WordDocument {
  const root = parseXml(documentXml, limits);
  const body = child(root, 'w:body');
  const paragraphs: WordParagraph[] = [];
  const blocks: BodyBlock[] = [];
  let tables = 0;

  const paragraphOf = (p: XmlElement, cell?: WordParagraph['cell']): WordParagraph => {
    const pPr = child(p, 'w:pPr');
    const styleId = child(pPr, 'w:pStyle')?.attributes['w:val'];
    const heading = styleId === undefined ? undefined : (styles.get(styleId) ?? headingLevelOfName(styleId));
    const outline = child(pPr, 'w:outlineLvl')?.attributes['w:val'];
    const runs = { text: '', italic: 0, plain: 0 };
    collectText(p, runs);
    const paragraph: WordParagraph = {
      n: paragraphs.length + 1,
      text: runs.text,
      list: child(pPr, 'w:numPr') !== undefined,
      italic: runs.italic > 0 && runs.plain === 0,
      ...(heading !== undefined
        ? { heading }
        : outline !== undefined && /^\d$/.test(outline)
          ? { heading: Number(outline) + 1 }
          : {}),
      ...(cell !== undefined ? { cell } : {}),
    };
    paragraphs.push(paragraph);
    return paragraph;
  };

  const tableOf = (tbl: XmlElement): WordTable => {
    const table: WordTable = { n: ++tables, rows: [] };
    for (const tr of contentOf(tbl, 'w:tr')) {
      const row: WordRow = { n: table.rows.length + 1, cells: [] };
      const trPr = child(tr, 'w:trPr');
      let column = Number(child(trPr, 'w:gridBefore')?.attributes['w:val'] ?? 0) || 0;
      for (const tc of contentOf(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Math.min(64, Number(child(tcPr, 'w:gridSpan')?.attributes['w:val'] ?? 1) || 1));
        const vMergeElement = child(tcPr, 'w:vMerge');
        const hMerge = child(tcPr, 'w:hMerge')?.attributes['w:val'];
        const cellParagraphs: WordParagraph[] = [];
        const where = { table: table.n, row: row.n, column: column + 1 };
        // Nested tables count as text of the cell.
        const walk = (element: XmlElement) => {
          for (const node of contentOf(element, undefined)) {
            if (node.name === 'w:p') cellParagraphs.push(paragraphOf(node, where));
            else if (node.name === 'w:tbl')
              for (const nestedRow of contentOf(node, 'w:tr'))
                for (const nestedCell of contentOf(nestedRow, 'w:tc')) walk(nestedCell);
          }
        };
        walk(tc);
        const previous = row.cells[row.cells.length - 1];
        if (hMerge !== undefined && hMerge !== 'restart' && previous !== undefined) {
          // The old horizontal merge: this cell continues the one on its left.
          previous.span += span;
          previous.paragraphs.push(...cellParagraphs);
        } else {
          row.cells.push({
            column,
            span,
            ...(vMergeElement !== undefined
              ? { vMerge: vMergeElement.attributes['w:val'] === 'restart' ? 'restart' : 'continue' }
              : {}),
            paragraphs: cellParagraphs,
          });
        }
        column += span;
      }
      table.rows.push(row);
    }
    return table;
  };

  if (body !== undefined) {
    for (const node of contentOf(body, undefined)) {
      if (node.name === 'w:p') blocks.push({ kind: 'paragraph', paragraph: paragraphOf(node) });
      else if (node.name === 'w:tbl') blocks.push({ kind: 'table', table: tableOf(node) });
    }
  }
  return { blocks, paragraphs };
}

/**
 * The content children of an element, looking through the wrappers Word may put around
 * paragraphs, rows and cells (content controls, custom XML, tracked insertions).
 */
function contentOf(element: XmlElement, name: string | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of elements(element)) {
    if (node.name === 'w:sdt') out.push(...contentOf(child(node, 'w:sdtContent') ?? node, name));
    else if (node.name === 'w:customXml' || node.name === 'w:ins' || node.name === 'w:moveTo')
      out.push(...contentOf(node, name));
    else if (node.name === 'mc:AlternateContent') {
      const choice = child(node, 'mc:Choice') ?? child(node, 'mc:Fallback');
      if (choice !== undefined) out.push(...contentOf(choice, name));
    } else if (name === undefined ? node.name === 'w:p' || node.name === 'w:tbl' : node.name === name) out.push(node);
  }
  return out;
}

/** The visible text of a paragraph: runs, breaks and tabs; deleted text and field codes left out. */
function collectText(element: XmlElement, out: { text: string; italic: number; plain: number }): void {
  for (const node of elements(element)) {
    switch (node.name) {
      case 'w:r': {
        const rPr = child(node, 'w:rPr');
        const italicElement = child(rPr, 'w:i');
        const italic =
          italicElement !== undefined && !['0', 'false', 'off'].includes(italicElement.attributes['w:val'] ?? 'true');
        const before = out.text.length;
        collectRun(node, out);
        if (out.text.slice(before).trim() !== '') {
          if (italic) out.italic++;
          else out.plain++;
        }
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
      case 'w:pPr':
      case 'w:rPr':
        break;
      case 'mc:AlternateContent': {
        const choice = child(node, 'mc:Choice') ?? child(node, 'mc:Fallback');
        if (choice !== undefined) collectText(choice, out);
        break;
      }
      default:
        // Hyperlinks, smart tags, simple fields, insertions, content controls: their runs count.
        collectText(node, out);
    }
  }
}

function collectRun(run: XmlElement, out: { text: string }): void {
  for (const node of elements(run)) {
    switch (node.name) {
      case 'w:t':
        out.text += textOf(node);
        break;
      case 'w:br':
      case 'w:cr':
        out.text += '\n';
        break;
      case 'w:tab':
      case 'w:ptab':
        out.text += ' ';
        break;
      case 'w:noBreakHyphen':
        out.text += '-';
        break;
      default:
        // w:softHyphen, w:instrText (field codes), w:delText, drawings: not text a reader sees.
        break;
    }
  }
}
