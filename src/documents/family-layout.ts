import type { Family } from '../domain/family/schema.js';
import { classLabel, valueText } from '../domain/family/query.js';

/**
 * The family's criteria table as the original document lays it out: one column per level
 * (with the classes of that level), a value spanning the columns of the levels it covers and
 * carrying its own number ("waarde 3"), which is not its column when a value spans several
 * levels. Shared by the .docx and the PDF so both show the same spans.
 */
export interface LayoutCell {
  /** Text of the value (parts joined by EN/OF on separate lines); empty for a gap. */
  text: string;
  /** The value's number as the data, the CLI, the web and the FUBE name it (1-based); none for a gap. */
  value?: number;
  /** Number of level columns the cell covers. */
  span: number;
  rg: boolean;
  reconstructed: boolean;
}

export interface CriterionRow {
  name: string;
  note?: string | undefined;
  cells: LayoutCell[];
}

export interface FamilyLayout {
  /** Column headers, one per level: "Niveau 1"... */
  columns: { level: number; classes: string }[];
  rows: CriterionRow[];
  /** Whether any span in the table is reconstructed (then the legend is printed). */
  hasReconstructed: boolean;
}

export function familyLayout(family: Family): FamilyLayout {
  const levelCount = family.levels.length;
  let hasReconstructed = false;
  const rows = family.criteria.map((criterion): CriterionRow => {
    const cells: LayoutCell[] = [];
    let next = 1;
    const sorted = criterion.values.map((value, index) => ({ value, number: index + 1 })).sort((a, b) => a.value.from - b.value.from);
    for (const { value, number } of sorted) {
      // Validated families never overlap; a stray overlap is clipped rather than breaking the grid.
      const from = Math.max(value.from, next);
      const to = Math.min(value.to, levelCount);
      if (to < from) continue;
      if (from > next) cells.push({ text: '', span: from - next, rg: false, reconstructed: false });
      const reconstructed = value.confidence === 'reconstructed';
      hasReconstructed ||= reconstructed;
      cells.push({ text: valueText(value), value: number, span: to - from + 1, rg: value.rg, reconstructed });
      next = to + 1;
    }
    if (next <= levelCount) cells.push({ text: '', span: levelCount - next + 1, rg: false, reconstructed: false });
    return { name: criterion.name, note: criterion.note, cells };
  });
  return {
    columns: family.levels.map((l) => ({ level: l.level, classes: classLabel(l.classes) })),
    rows,
    hasReconstructed,
  };
}

/** "(RG)" and the reconstruction mark "*" after a value's text. */
export function cellMarks(cell: LayoutCell): string {
  return [cell.rg ? '(RG)' : '', cell.reconstructed ? '*' : ''].filter((m) => m !== '').join(' ');
}

/** The competency requirements as a grid: one row per competency, one column per level's classes. */
export function competencyGrid(family: Family): { name: string; required: string[]; reconstructed: boolean }[] {
  return family.competencies.map((c) => ({
    name: c.name,
    required: family.levels.map((l) => {
      const levels = l.classes.map((cls) => c.required[String(cls)]);
      const distinct = [...new Set(levels.map((v) => (v === undefined ? '–' : String(v))))];
      return distinct.join('/');
    }),
    reconstructed: c.confidence === 'reconstructed',
  }));
}
