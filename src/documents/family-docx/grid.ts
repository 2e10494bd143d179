import type { WordCell, WordParagraph, WordTable } from './word.js';

/**
 * A table as merged rectangles: a cell with its horizontal span (w:gridSpan) and the rows it
 * covers downwards (w:vMerge restart + continue). This is where spans come from; a value's
 * levels are the level columns its rectangle covers, never a guess from the number of cells.
 */
export interface Rect {
  table: number;
  /** Index (0-based) of the first row in the table. */
  row: number;
  rows: number;
  /** First grid column (0-based) and the number of grid columns covered. */
  column: number;
  span: number;
  paragraphs: WordParagraph[];
  /** Whether the rectangle comes from merged cells (a span > 1 either way). */
  merged: boolean;
}

export interface GridRow {
  table: number;
  /** 1-based row number in its table. */
  n: number;
  /** The rectangles that have a cell in this row, left to right (each once). */
  rects: Rect[];
  /** Whether the row starts a rectangle in grid column 0 (false when that cell continues one from above). */
  startsFirst: boolean;
}

/** The rows of a table, each with the rectangles its cells belong to. */
export function gridRows(table: WordTable): GridRow[] {
  // The rectangle each grid column of the previous row belongs to, to attach vMerge continuations.
  let above = new Map<number, Rect>();
  const rows: GridRow[] = [];
  table.rows.forEach((row, r) => {
    const current = new Map<number, Rect>();
    const rects: Rect[] = [];
    let startsFirst = false;
    for (const cell of row.cells) {
      const rect = continued(cell, above) ?? newRect(table.n, r, cell);
      if (rect.row === r && cell.column === 0) startsFirst = true;
      if (rect.row !== r) {
        rect.rows++;
        rect.merged = true;
        rect.paragraphs.push(...cell.paragraphs.filter((p) => p.text.trim() !== ''));
      }
      for (let c = cell.column; c < cell.column + cell.span; c++) current.set(c, rect);
      rects.push(rect);
    }
    rows.push({ table: table.n, n: row.n, rects, startsFirst });
    above = current;
  });
  return rows;
}

function continued(cell: WordCell, above: Map<number, Rect>): Rect | undefined {
  if (cell.vMerge !== 'continue') return undefined;
  const rect = above.get(cell.column);
  return rect !== undefined && rect.column === cell.column && rect.span === cell.span ? rect : undefined;
}

function newRect(table: number, row: number, cell: WordCell): Rect {
  return {
    table,
    row,
    rows: 1,
    column: cell.column,
    span: cell.span,
    paragraphs: [...cell.paragraphs],
    merged: cell.span > 1,
  };
}

/** The non-empty lines of a rectangle's paragraphs, trimmed, each with its paragraph. */
export function rectLines(rect: Rect): { text: string; paragraph: WordParagraph }[] {
  return rect.paragraphs.flatMap((p) => p.text.split('\n').map((line) => ({ text: line, paragraph: p })));
}

/** The first paragraph number of a rectangle (for the report), or undefined when empty. */
export function rectParagraph(rect: Rect): number | undefined {
  return rect.paragraphs[0]?.n;
}
