import JSZip from 'jszip';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { valueText } from '../../src/domain/family/query.js';
import type { Family } from '../../src/domain/family/schema.js';

/**
 * Word documents built in the tests (issue 17 item 1): a family in the layout of the Flemish
 * family documents — the seed's own texts, its criteria and competency tables with merged
 * cells (gridSpan, and vMerge where a criterion takes two rows), both split over two tables
 * as over two pages — and small documents with one thing wrong each.
 */

export type CellSpec = string | string[] | { text: string | string[]; span?: number; vMerge?: 'restart' | 'continue' };

const paragraphs = (text: string | string[]): Paragraph[] =>
  (Array.isArray(text) ? text : [text]).map(
    (t) =>
      new Paragraph({ children: t.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) }),
  );

export function cell(spec: CellSpec): TableCell {
  const s = typeof spec === 'string' || Array.isArray(spec) ? { text: spec } : spec;
  return new TableCell({
    children: paragraphs(s.text),
    ...(s.span !== undefined && s.span > 1 ? { columnSpan: s.span } : {}),
    ...(s.vMerge !== undefined
      ? { verticalMerge: s.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
    width: { size: 2000 * (s.span ?? 1), type: WidthType.DXA },
  });
}

export function table(rows: CellSpec[][], columns: number): Table {
  return new Table({
    columnWidths: Array.from({ length: columns }, () => 2000),
    rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
  });
}

export const p = (text: string, heading?: 'title' | 1): Paragraph =>
  new Paragraph({
    children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
    ...(heading === 'title'
      ? { heading: HeadingLevel.TITLE }
      : heading === 1
        ? { heading: HeadingLevel.HEADING_1 }
        : {}),
  });
export const empty = (): Paragraph => new Paragraph({});

export async function docx(children: (Paragraph | Table)[], title?: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...(title !== undefined ? { title } : {}), sections: [{ children }] }));
}

const classHeader = (family: Family, label: string): CellSpec[] => [
  label,
  ...family.levels.map((l) => `Functieklasse ${l.classes.join('/')}`),
];

/** A value's cell text as the Flemish document writes it: parts split by EN/OF lines, "(RG)" after the text. */
function valueParagraphs(family: Family, criterion: number, value: number): string[] {
  const v = family.criteria[criterion]!.values[value]!;
  if (v.parts === undefined) return [`${valueText(v)}${v.rg ? ' (RG)' : ''}`];
  const joiner = v.parts.join === 'and' ? 'EN' : 'OF';
  return v.parts.items.flatMap((item, i) => [
    ...(i > 0 ? ['', joiner, ''] : []),
    `${item}${v.rg && (v.parts?.join === 'or' || i === v.parts!.items.length - 1) ? ' (RG)' : ''}`,
  ]);
}

/** The row(s) of a criterion: one cell per value spanning its levels; optionally over two rows with vMerge. */
function criterionRows(family: Family, c: number, twoRows: boolean): CellSpec[][] {
  const criterion = family.criteria[c]!;
  const name = criterion.note === undefined ? criterion.name : [criterion.name, `( ${criterion.note})`];
  const values = criterion.values.map((v, i) => ({ text: valueParagraphs(family, c, i), span: v.to - v.from + 1 }));
  if (!twoRows) return [[name, ...values]];
  // The last value in a second row, under an empty cell; the others merged down over both rows.
  const last = values[values.length - 1]!;
  return [
    [
      { text: name, vMerge: 'restart' },
      ...values.slice(0, -1).map((v) => ({ ...v, vMerge: 'restart' as const })),
      { text: '', span: last.span },
    ],
    [
      { text: '', vMerge: 'continue' },
      ...values.slice(0, -1).map((v) => ({ text: '', span: v.span, vMerge: 'continue' as const })),
      last,
    ],
  ];
}

function competencyRow(family: Family, k: number): CellSpec[] {
  const competency = family.competencies[k]!;
  const cells: { text: string; span: number }[] = [];
  for (const level of family.levels) {
    const required = competency.required[String(level.classes[0])];
    const text =
      required === undefined ? '' : `${required} = ${competency.levels.find((l) => l.level === required)?.text ?? ''}`;
    const last = cells[cells.length - 1];
    if (last !== undefined && last.text === text) last.span++;
    else cells.push({ text, span: 1 });
  }
  return [[competency.name, competency.definition].join('\n'), ...cells];
}

export interface FlemishOptions {
  /** Leave the title out (the name then comes from the document properties or the file name). */
  noTitle?: boolean;
  /** Repeat the header row at the top of each table's continuation. */
  repeatHeaders?: boolean;
  /** Sections to leave out. */
  without?: ('competencies' | 'resultAreas' | 'criteria' | 'expertise')[];
  /** An extra column after the last level in the criteria table, e.g. "Opmerkingen". */
  extraColumn?: string;
  /** Criterion index whose value cells are written without merges: the first value's cell, then empty cells. */
  unmergedCriterion?: number;
}

/** The family as a document in the layout of the Flemish family documents. */
export async function flemishFamilyDocx(family: Family, options: FlemishOptions = {}): Promise<Buffer> {
  const n = family.levels.length;
  const without = new Set(options.without ?? []);
  const children: (Paragraph | Table)[] = [];
  if (options.noTitle !== true) children.push(p(`Functiefamilie ${family.name}`, 'title'));
  children.push(
    table([['Doel van de functiefamilie', [family.purpose.what, '', 'met als doel', family.purpose.goal]]], 2),
  );
  for (const note of family.scopeNotes) {
    // A note cut after a comma over two paragraphs, as in the seed's export.
    const cut = note.indexOf('preventie, ');
    if (cut !== -1)
      children.push(p(note.slice(0, cut + 'preventie, '.length)), p(note.slice(cut + 'preventie, '.length)));
    else children.push(p(note));
  }
  children.push(empty());

  if (!without.has('resultAreas')) {
    const rows: CellSpec[][] = [
      [{ text: 'Resultaatgebieden', span: 4 }],
      ['Wat', '', 'Resultaat', 'Voorbeelden van activiteiten'],
    ];
    family.resultAreas.forEach((area, i) => {
      rows.push([{ text: `${i + 1}. ${area.title.toUpperCase()}`, span: 4 }]);
      rows.push([area.what, 'met als doel', area.goal, [...area.activities.map((a) => `· ${a}`), '· …']]);
      // The stray empty bullet rows of the export.
      if (i === 1) rows.push(['', '', '', '· ']);
    });
    if (family.resultAreaContext !== undefined)
      rows.push([family.resultAreaContext.replace('Context: ', 'Context:\n'), '', '', '· ']);
    children.push(table(rows, 4), empty());
  }

  if (!without.has('criteria')) {
    const extra = options.extraColumn;
    const header: CellSpec[] = [
      'Indelingscriteria',
      ...family.levels.map((l) => `Waarde ${l.level}`),
      ...(extra !== undefined ? [extra] : []),
    ];
    const rowsOf = (c: number): CellSpec[][] => {
      let rows = criterionRows(family, c, family.criteria[c]!.id === 'optimalisatie');
      if (options.unmergedCriterion === c) {
        // Written without merges: each value's text in its first column, empty cells after it.
        rows = [
          [
            rows[0]![0]!,
            ...family.criteria[c]!.values.flatMap((v, i) => [
              { text: valueParagraphs(family, c, i) },
              ...Array.from({ length: v.to - v.from }, () => ''),
            ]),
          ],
        ];
      }
      return extra !== undefined ? rows.map((r) => [...r, 'opmerking']) : rows;
    };
    const half = Math.ceil(family.criteria.length / 2);
    const columns = n + 1 + (extra !== undefined ? 1 : 0);
    // Split over two tables, as over two pages; only an empty paragraph between them.
    children.push(table([header, ...family.criteria.slice(0, half).flatMap((_, c) => rowsOf(c))], columns));
    children.push(empty());
    children.push(
      table(
        [
          ...(options.repeatHeaders === true ? [header] : []),
          ...family.criteria.slice(half).flatMap((_, c) => rowsOf(c + half)),
        ],
        columns,
      ),
    );
    children.push(empty());
  }

  if (!without.has('expertise')) {
    const levels = family.expertise.levels;
    children.push(
      table(
        [
          classHeader(family, 'Vaktechnische competenties'),
          ['Vakkennis', ...levels.map((l) => l.knowledge.split('\n\n'))],
          ['', { text: family.expertise.instruction, span: n }],
          ['Opleidingsniveau & ervaring', ...levels.map((l) => l.educationAndExperience)],
        ],
        n + 1,
      ),
      empty(),
    );
  }

  if (!without.has('competencies') && family.competencies.length > 0) {
    const half = Math.ceil(family.competencies.length / 2);
    const header = classHeader(family, 'Competenties');
    children.push(
      table([header, ...family.competencies.slice(0, half).map((_, k) => competencyRow(family, k))], n + 1),
    );
    children.push(empty(), empty());
    children.push(
      table([header, ...family.competencies.slice(half).map((_, k) => competencyRow(family, k + half))], n + 1),
    );
  }
  return docx(children);
}

/** A zip with the given parts (for corrupt and hostile files). */
export async function zipOf(
  parts: Record<string, string | Uint8Array>,
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}
