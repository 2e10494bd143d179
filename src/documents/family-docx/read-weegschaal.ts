import type {
  Competency,
  Criterion,
  CriterionValue,
  FamilyInput,
  Level,
  ResultArea,
} from '../../domain/family/schema.js';
import { labels } from '../labels.js';
import { type GridRow, type Rect, gridRows } from './grid.js';
import type { FamilyMetadata } from './metadata.js';
import { ReportBuilder, at } from './report.js';
import { clean, slug } from './text.js';
import type { BodyBlock, WordDocument, WordParagraph, WordTable } from './word.js';

/**
 * Reads Weegschaal's own family document (src/documents/family-blocks.ts) back: the sections
 * under their Heading 1 titles, the criteria table's spans from its merged cells, the value
 * numbers and marks ("Waarde 2 (RG) *") from the cells, the competency grid and texts. Only
 * the ids and the source note come from the document properties (metadata.ts), which the
 * document does not print; a name that is not in them gets an id derived from it.
 */
export interface ReadResult {
  family: FamilyInput;
  report: ReportBuilder;
  /** Sections that are missing and required (the family cannot be complete). */
  missing: string[];
}

type Section = 'start' | 'purpose' | 'levels' | 'resultAreas' | 'criteria' | 'expertise' | 'competencies' | 'source';

const SECTIONS: [string, Section][] = [
  [labels.familyPurpose, 'purpose'],
  [labels.levels, 'levels'],
  [labels.resultAreas, 'resultAreas'],
  [labels.criteria, 'criteria'],
  [labels.expertise, 'expertise'],
  [labels.competencies, 'competencies'],
];

/** Whether a document looks like Weegschaal's family document (its title and section headings). */
export function isWeegschaalLayout(doc: WordDocument): boolean {
  const headings = doc.paragraphs.filter((p) => p.heading !== undefined && p.cell === undefined);
  return (
    headings.some((p) => p.heading === 0 && p.text.startsWith(`${labels.familyDocumentTitle}: `)) &&
    headings.some((p) => p.heading === 1 && p.text === labels.criteria)
  );
}

const cellText = (rect: Rect | undefined): string => clean((rect?.paragraphs ?? []).map((p) => p.text).join('\n'));
const lines = (text: string): string[] => text.split('\n');

export function readWeegschaalFamily(doc: WordDocument, metadata: FamilyMetadata | undefined): ReadResult {
  const report = new ReportBuilder();
  let section: Section = 'start';
  let name = '';
  let version = metadata?.version ?? 1;
  let titleParagraph: WordParagraph | undefined;
  let purpose: { what: string; goal: string } | undefined;
  let purposeParagraph: WordParagraph | undefined;
  const scopeNotes: string[] = [];
  let inScope = false;
  const levels: Level[] = [];
  const resultAreas: (ResultArea & { paragraph: WordParagraph })[] = [];
  let resultAreaContext: string | undefined;
  const criteria: (Criterion & { paragraph: WordParagraph | undefined })[] = [];
  let instruction: string | undefined;
  const knowledge = new Map<number, string>();
  const education = new Map<number, string>();
  const competencyGrid: {
    name: string;
    reconstructed: boolean;
    required: string[];
    paragraph: WordParagraph | undefined;
  }[] = [];
  const competencyTexts = new Map<
    string,
    { definition?: string; levels: { level: number; text: string }[]; paragraph: WordParagraph }
  >();
  let currentCompetency: string | undefined;
  let currentArea: (ResultArea & { paragraph: WordParagraph }) | undefined;

  const onParagraph = (p: WordParagraph) => {
    const text = clean(p.text);
    if (p.heading === 0 && text.startsWith(`${labels.familyDocumentTitle}: `)) {
      name = text.slice(labels.familyDocumentTitle.length + 2).trim();
      titleParagraph = p;
      return;
    }
    if (p.heading === 1) {
      section = SECTIONS.find(([title]) => title === text)?.[1] ?? section;
      return;
    }
    if (section === 'start') {
      const m = new RegExp(`^${labels.familyVersion}\\s+(\\d+)$`, 'i').exec(text);
      if (m !== null && metadata === undefined) version = Number(m[1]);
      return;
    }
    if (p.heading === 2 && text === labels.source) {
      section = 'source';
      return;
    }
    if (text === '') return;
    switch (section) {
      case 'purpose':
        if (p.heading === 2) inScope = text === labels.scope;
        else if (inScope && p.list) scopeNotes.push(text);
        else if (purpose === undefined) {
          const split = text.indexOf(` ${labels.purposeJoin} `);
          purposeParagraph = p;
          purpose =
            split === -1
              ? { what: text, goal: '' }
              : { what: text.slice(0, split).trim(), goal: text.slice(split + labels.purposeJoin.length + 2).trim() };
        }
        return;
      case 'resultAreas': {
        if (p.heading === 2) {
          const m = /^\d+\.\s*(.*)$/s.exec(text);
          currentArea = { id: '', title: (m?.[1] ?? text).trim(), what: '', goal: '', activities: [], paragraph: p };
          resultAreas.push(currentArea);
        } else if (currentArea === undefined) {
          if (p.italic) resultAreaContext = text;
        } else if (p.list) currentArea.activities.push(text);
        else if (text.startsWith(`${labels.what}: `)) currentArea.what = text.slice(labels.what.length + 2).trim();
        else if (text.startsWith(`${labels.goal}: `)) currentArea.goal = text.slice(labels.goal.length + 2).trim();
        return;
      }
      case 'expertise':
        if (p.italic && instruction === undefined) instruction = text;
        return;
      case 'competencies':
        if (p.heading === 2) {
          currentCompetency = text;
          competencyTexts.set(text, { levels: [], paragraph: p });
        } else if (currentCompetency !== undefined) {
          const entry = competencyTexts.get(currentCompetency)!;
          const m = /^Niveau (\d+): (.*)$/s.exec(text);
          if (p.list && m !== null) entry.levels.push({ level: Number(m[1]), text: m[2]!.trim() });
          else if (entry.definition === undefined) entry.definition = text;
        }
        return;
      default:
    }
  };

  const onTable = (table: WordTable) => {
    const rows = gridRows(table);
    if (section === 'levels') {
      for (const row of rows.slice(1)) {
        const [levelCell, classCell] = row.rects;
        const level = Number(cellText(levelCell));
        const classes = cellText(classCell)
          .split('/')
          .map((c) => Number(c.trim()));
        if (Number.isInteger(level) && classes.every((c) => Number.isInteger(c))) levels.push({ level, classes });
      }
    } else if (section === 'criteria') readCriteria(rows);
    else if (section === 'expertise') {
      for (const row of rows.slice(1)) {
        const label = cellText(row.rects[0]);
        const target =
          label === labels.knowledge ? knowledge : label === labels.educationAndExperience ? education : undefined;
        row.rects.slice(1).forEach((rect, i) => target?.set(i + 1, cellText(rect)));
      }
    } else if (section === 'competencies') {
      for (const row of rows.slice(1)) {
        const label = cellText(row.rects[0]);
        const reconstructed = label.endsWith(' *');
        competencyGrid.push({
          name: reconstructed ? label.slice(0, -2) : label,
          reconstructed,
          required: row.rects.slice(1).map(cellText),
          paragraph: row.rects[0]?.paragraphs[0],
        });
      }
    }
  };

  const readCriteria = (rows: GridRow[]) => {
    for (const row of rows.slice(1)) {
      const [nameCell, ...valueCells] = row.rects;
      const nameLines = lines(cellText(nameCell));
      const noteLine = nameLines[1];
      const criterion: Criterion & { paragraph: WordParagraph | undefined } = {
        id: '',
        name: nameLines[0] ?? '',
        ...(noteLine !== undefined && /^\(.*\)$/s.test(noteLine) ? { note: noteLine.slice(1, -1) } : {}),
        values: [],
        paragraph: nameCell?.paragraphs[0],
      };
      const numbered: { number: number; value: CriterionValue }[] = [];
      let level = 1;
      for (const rect of valueCells) {
        const span = rect.span;
        const [head = '', ...rest] = lines(cellText(rect));
        const m = /^Waarde (\d+)((?: \(RG\))?)((?: \*)?)$/.exec(head);
        if (m !== null) {
          const value: CriterionValue = {
            ...textOrParts(rest),
            from: level,
            to: level + span - 1,
            rg: m[2] !== '',
            confidence: m[3] !== '' ? 'reconstructed' : 'certain',
          };
          numbered.push({ number: Number(m[1]), value });
        }
        level += span;
      }
      criterion.values = numbered.sort((a, b) => a.number - b.number).map((n) => n.value);
      criteria.push(criterion);
    }
  };

  const walk = (blocks: BodyBlock[]) => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') onParagraph(block.paragraph);
      else onTable(block.table);
    }
  };
  walk(doc.blocks);

  // Ids: from the metadata by name, else derived from the name (and reported).
  const idOf = (
    kind: 'resultAreas' | 'criteria' | 'competencies',
    label: string,
    paragraph: WordParagraph | undefined,
  ): string => {
    const known = metadata?.[kind].find((entry) => ('title' in entry ? entry.title : entry.name) === label)?.id;
    if (known !== undefined) return known;
    const id = slug(label);
    report.needsCheck('docx.check.metadata-unmatched', at(paragraph), { name: label, id });
    return id;
  };

  const missing: string[] = [];
  if (purpose === undefined) missing.push(labels.familyPurpose);
  if (levels.length === 0) missing.push(labels.levels);
  if (resultAreas.length === 0) missing.push(labels.resultAreas);
  if (criteria.length === 0) missing.push(labels.criteria);
  if (knowledge.size === 0) missing.push(labels.expertise);

  report.read('docx.read.layout:weegschaal', at(titleParagraph), { name, version });
  if (purpose !== undefined) report.read('docx.read.purpose', at(purposeParagraph, 'purpose'));
  if (scopeNotes.length > 0)
    report.read('docx.read.scope', at(purposeParagraph, 'scopeNotes'), { count: scopeNotes.length });
  if (levels.length > 0)
    report.read(
      'docx.read.levels',
      {},
      { count: levels.length, classes: levels.map((l) => l.classes.join('/')).join(', ') },
    );

  const family: FamilyInput = {
    id: metadata?.id ?? slug(name),
    name,
    version,
    source: metadata?.source ?? `Ingelezen uit een familiedocument van Weegschaal ("${name}", versie ${version}).`,
    purpose: purpose ?? { what: '', goal: '' },
    scopeNotes,
    levels,
    resultAreas: resultAreas.map(({ paragraph, ...area }, i) => {
      report.read('docx.read.result-area', at(paragraph, `resultAreas[${i}]`), {
        number: i + 1,
        title: area.title,
        activities: area.activities.length,
      });
      return { ...area, id: idOf('resultAreas', area.title, paragraph) };
    }),
    ...(resultAreaContext !== undefined ? { resultAreaContext } : {}),
    criteria: criteria.map(({ paragraph, ...criterion }, i) => {
      report.read('docx.read.criterion', at(paragraph, `criteria[${i}]`), {
        name: criterion.name,
        values: criterion.values.length,
      });
      return { ...criterion, id: idOf('criteria', criterion.name, paragraph) };
    }),
    expertise: {
      instruction: instruction ?? '',
      levels: levels.map((l) => ({
        level: l.level,
        knowledge: knowledge.get(l.level) ?? '',
        educationAndExperience: education.get(l.level) ?? '',
      })),
    },
    competencies: competencyGrid.map((row, i): Competency => {
      const texts = competencyTexts.get(row.name);
      const required: Record<string, number> = {};
      levels.forEach((level, column) => {
        const cell = row.required[column] ?? '–';
        const parts = cell.split('/');
        level.classes.forEach((cls, k) => {
          const part = parts.length === 1 ? parts[0] : parts[k];
          if (part !== undefined && /^\d+$/.test(part)) required[String(cls)] = Number(part);
        });
      });
      report.read('docx.read.competency', at(row.paragraph, `competencies[${i}]`), {
        name: row.name,
        levels: texts?.levels.length ?? 0,
      });
      return {
        id: idOf('competencies', row.name, row.paragraph),
        name: row.name,
        definition: texts?.definition ?? '',
        levels: texts?.levels ?? [],
        required,
        confidence: row.reconstructed ? 'reconstructed' : 'certain',
      };
    }),
  };
  if (knowledge.size > 0) report.read('docx.read.expertise', {}, { count: knowledge.size });
  return { family, report, missing };
}

/** A value's lines: one text, or parts joined by lines that say only EN or OF. */
export function textOrParts(valueLines: string[]): Pick<CriterionValue, 'text' | 'parts'> {
  const parts: string[][] = [[]];
  let join: 'and' | 'or' | undefined;
  let mixed = false;
  for (const line of valueLines) {
    if (line === 'EN' || line === 'OF') {
      const kind = line === 'EN' ? 'and' : 'or';
      if (join !== undefined && join !== kind) mixed = true;
      join = kind;
      parts.push([]);
    } else parts[parts.length - 1]!.push(line);
  }
  const items = parts.map((p) => p.join('\n').trim()).filter((p) => p !== '');
  if (join === undefined || mixed || items.length < 2) return { text: valueLines.join('\n').trim() };
  return { parts: { join, items } };
}
