import type { Family } from '../domain/family/schema.js';
import type { Block, BlockCell, DocumentBlocks } from './blocks.js';
import { cellMarks, competencyGrid, familyLayout } from './family-layout.js';
import { familyMetadata, metadataProperties } from './family-docx/metadata.js';
import { labels } from './labels.js';

/**
 * The family document like the original: purpose, result areas, the criteria as a grid
 * with one column per level (values spanning the levels they cover), expertise per level
 * and the competency requirements per class.
 */
export function familyBlocks(family: Family, generatedAt: string): DocumentBlocks {
  const layout = familyLayout(family);
  const levelHeaders: BlockCell[] = layout.columns.map((c) => ({ text: `${labels.levelColumn(c.level)}\nFK ${c.classes}` }));
  const blocks: Block[] = [{ kind: 'title', text: `${labels.familyDocumentTitle}: ${family.name}` }];
  blocks.push({ kind: 'paragraph', text: `${labels.familyVersion[0]!.toUpperCase()}${labels.familyVersion.slice(1)} ${family.version}`, note: true });

  blocks.push({ kind: 'heading', level: 1, text: labels.familyPurpose });
  blocks.push({ kind: 'paragraph', text: `${family.purpose.what} ${labels.purposeJoin} ${family.purpose.goal}` });
  if (family.scopeNotes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.scope });
    blocks.push({ kind: 'bullets', items: family.scopeNotes });
  }

  blocks.push({ kind: 'heading', level: 1, text: labels.levels });
  blocks.push({
    kind: 'table',
    headers: [{ text: labels.level }, { text: labels.class }],
    rows: family.levels.map((l) => [{ text: String(l.level) }, { text: l.classes.join('/') }]),
  });

  blocks.push({ kind: 'heading', level: 1, text: labels.resultAreas });
  if (family.resultAreaContext !== undefined) blocks.push({ kind: 'paragraph', text: family.resultAreaContext, note: true });
  family.resultAreas.forEach((area, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${area.title}` });
    blocks.push({ kind: 'labelled', label: labels.what, text: area.what });
    blocks.push({ kind: 'labelled', label: labels.goal, text: area.goal });
    if (area.activities.length > 0) blocks.push({ kind: 'bullets', items: area.activities });
  });

  blocks.push({ kind: 'heading', level: 1, text: labels.criteria });
  // Wide enough for the longest criterion name ("Beleidsvoorbereiding") on one line.
  const first = 3.5;
  const widths = [first, ...layout.columns.map(() => 4)];
  blocks.push({
    kind: 'table',
    widths,
    headers: [{ text: labels.criterion }, ...levelHeaders],
    rows: layout.rows.map((row) => [
      { text: row.note === undefined ? row.name : `${row.name}\n(${row.note})`, emphasis: true },
      ...row.cells.map((cell) => {
        if (cell.value === undefined) return { text: '', span: cell.span };
        const marks = cellMarks(cell);
        const label = marks === '' ? labels.valueNumber(cell.value) : `${labels.valueNumber(cell.value)} ${marks}`;
        return { text: `${label}\n${cell.text}`, span: cell.span };
      }),
    ]),
  });
  if (layout.hasReconstructed) blocks.push({ kind: 'paragraph', text: labels.reconstructedLegend, note: true });

  blocks.push({ kind: 'heading', level: 1, text: labels.expertise });
  blocks.push({ kind: 'paragraph', text: family.expertise.instruction, note: true });
  const expertiseOf = (level: number) => family.expertise.levels.find((e) => e.level === level);
  blocks.push({
    kind: 'table',
    widths,
    headers: [{ text: '' }, ...levelHeaders],
    rows: [
      [{ text: labels.knowledge, emphasis: true }, ...layout.columns.map((c) => ({ text: expertiseOf(c.level)?.knowledge ?? '' }))],
      [
        { text: labels.educationAndExperience, emphasis: true },
        ...layout.columns.map((c) => ({ text: expertiseOf(c.level)?.educationAndExperience ?? '' })),
      ],
    ],
  });

  if (family.competencies.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: labels.competencies });
    blocks.push({ kind: 'paragraph', text: labels.requiredPerClass });
    const grid = competencyGrid(family);
    blocks.push({
      kind: 'table',
      widths: [first, ...layout.columns.map(() => 2)],
      headers: [{ text: labels.competency }, ...layout.columns.map((c) => ({ text: `FK ${c.classes}` }))],
      rows: grid.map((row) => [
        { text: row.reconstructed ? `${row.name} *` : row.name, emphasis: true },
        ...row.required.map((text) => ({ text })),
      ]),
    });
    if (grid.some((row) => row.reconstructed)) blocks.push({ kind: 'paragraph', text: labels.reconstructedLegend, note: true });
    for (const competency of family.competencies) {
      blocks.push({ kind: 'heading', level: 2, text: competency.name });
      blocks.push({ kind: 'paragraph', text: competency.definition });
      blocks.push({ kind: 'bullets', items: competency.levels.map((l) => `Niveau ${l.level}: ${l.text}`) });
    }
  }

  // The family file's source note is written for administrators (file names, format notes);
  // the document names the family and version it was made from.
  blocks.push({ kind: 'heading', level: 2, text: labels.source });
  blocks.push({ kind: 'paragraph', text: labels.sourceLine(family.name, family.version), note: true });

  return {
    title: `${labels.familyDocumentTitle} ${family.name}`,
    footer: `${family.name} — ${labels.footerRevision} ${family.version}`,
    generatedAt,
    landscape: true,
    // The ids and the source note, which the document does not print, for the import back (decision 0063).
    properties: metadataProperties(familyMetadata(family)),
    blocks,
  };
}
