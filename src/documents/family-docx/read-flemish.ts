import type { DomainError } from '../../domain/errors.js';
import type {
  Competency,
  CriterionValue,
  ExpertiseLevel,
  Family,
  FamilyInput,
  Level,
  ResultArea,
} from '../../domain/family/schema.js';
import { catalogueError } from '../../domain/messages/index.js';
import { type GridRow, type Rect, gridRows } from './grid.js';
import { ReportBuilder, type Where, at } from './report.js';
import type { ReadResult } from './read-weegschaal.js';
import {
  clean,
  isAllCaps,
  isFillerItem,
  isTypedBullet,
  loose,
  oneLine,
  sentenceCase,
  slug,
  stripBullet,
} from './text.js';
import type { WordDocument, WordParagraph } from './word.js';

/**
 * Reads a family document in the layout of the Flemish function families (the seed is a text
 * export of one): "Doel van de functiefamilie" with "met als doel", the result areas (a
 * numbered title, "Wat", "met als doel", example activities), the criteria table (one column
 * per level, "Waarde 1..n"), the table of technical competencies (knowledge and education
 * per level, headed "Functieklasse 14", "Functieklasse 15/16", ...) and the competency table
 * per class. Purpose and result areas are read from the paragraphs in order, whether they
 * stand in a table or not; the three tables by their header rows, continuing over tables
 * that follow each other (a table split over pages). Every span is the merged cell's:
 * an empty column is the only thing ever filled in, and it is reported.
 */
export interface FlemishOptions {
  fileName?: string;
  base?: Family;
  /** The document's title from its properties (docProps/core.xml). */
  title?: string;
}

type RegionKind = 'criteria' | 'expertise' | 'competencies';

interface Column {
  /** Grid columns the header cell covers. */
  from: number;
  to: number;
  /** "Waarde n" / "Niveau n". */
  number?: number;
  /** "Functieklasse 15/16". */
  classes?: number[];
}

interface Region {
  kind: RegionKind;
  header: GridRow;
  columns: Column[];
  rows: { row: GridRow; columns: Column[] }[];
}

const DEFAULT_INSTRUCTION = 'Nog functie- en entiteitspecifiek maken';

const rectText = (rect: Rect | undefined): string => clean((rect?.paragraphs ?? []).map((p) => p.text).join('\n'));
const rectWhere = (rect: Rect | undefined, path?: string): Where => at(rect?.paragraphs[0], path);

function regionKindOf(row: GridRow): RegionKind | undefined {
  const first = loose(oneLine(rectText(row.rects[0])));
  if (first.startsWith('indelingscriteri')) return 'criteria';
  if (first.startsWith('vaktechnische competenties')) return 'expertise';
  if (first === 'competenties' || first === 'gedragscompetenties' || first.startsWith('competenties '))
    return 'competencies';
  return undefined;
}

function headerColumns(row: GridRow, report: ReportBuilder): Column[] {
  const columns: Column[] = [];
  for (const rect of row.rects.slice(1)) {
    const text = oneLine(rectText(rect));
    const from = rect.column;
    const to = rect.column + rect.span - 1;
    const numbered = /^(?:waarde|niveau)\s*(\d+)$/i.exec(text);
    const classes = /(?:functieklasse|fk)\s*(\d+(?:\s*\/\s*\d+)*)/i.exec(text);
    if (numbered !== null) columns.push({ from, to, number: Number(numbered[1]) });
    else if (classes !== null) columns.push({ from, to, classes: classes[1]!.split('/').map((c) => Number(c.trim())) });
    else report.needsCheck('docx.check.extra-column', rectWhere(rect), { header: text === '' ? '(leeg)' : text });
  }
  return columns;
}

const gridWidth = (row: GridRow): number => Math.max(0, ...row.rects.map((r) => r.column + r.span));

/** The criteria, expertise and competency tables, each possibly continued over several Word tables. */
function findRegions(doc: WordDocument, report: ReportBuilder): Region[] {
  const regions: Region[] = [];
  let current: Region | undefined;
  let textSinceTable = false;
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      if (clean(block.paragraph.text) !== '') textSinceTable = true;
      continue;
    }
    const rows = gridRows(block.table);
    // A table that follows another with nothing but empty paragraphs between continues it.
    if (textSinceTable) current = undefined;
    textSinceTable = false;
    rows.forEach((row, i) => {
      const kind = regionKindOf(row);
      if (kind !== undefined) {
        if (current === undefined || current.kind !== kind || i !== 0) {
          current = { kind, header: row, columns: headerColumns(row, report), rows: [] };
          regions.push(current);
        } else {
          // The header repeated at the top of the next page's table: its columns apply from here.
          current.columns = headerColumns(row, new ReportBuilder());
        }
        return;
      }
      if (current === undefined) return;
      let columns = current.columns;
      if (i === 0 && gridWidth(row) !== gridWidth(current.header) && current.rows.length > 0) {
        report.needsCheck(
          'docx.check.columns-differ',
          { table: row.table, row: row.n },
          { found: gridWidth(row), expected: gridWidth(current.header) },
        );
        // Read in order: the first column is the label, then one grid column per header column.
        columns = current.columns.map((c, k) => ({ ...c, from: k + 1, to: k + 1 }));
        current.columns = columns;
      }
      current.rows.push({ row, columns });
    });
  }
  return regions;
}

/** Whether a rectangle covers a column of the header (their grid columns overlap). */
const covers = (rect: Rect, column: Column): boolean =>
  rect.column <= column.to && rect.column + rect.span - 1 >= column.from;

export function readFlemishFamily(doc: WordDocument, options: FlemishOptions): ReadResult | { errors: DomainError[] } {
  const report = new ReportBuilder();
  const regions = findRegions(doc, report);
  const criteriaRegions = regions.filter((r) => r.kind === 'criteria');
  if (criteriaRegions.length === 0) return { errors: [catalogueError('docx.layout-unknown', '')] };
  report.read('docx.read.layout:flemish', {});

  // Levels and their classes: from the class headers of the expertise or competency table.
  const classHeader = regions.find((r) => r.kind !== 'criteria' && r.columns.some((c) => c.classes !== undefined));
  const levels: Level[] =
    classHeader !== undefined
      ? classHeader.columns
          .filter((c) => c.classes !== undefined)
          .map((c, i) => ({ level: i + 1, classes: c.classes! }))
      : (options.base?.levels ?? []);
  if (levels.length === 0) return { errors: [catalogueError('docx.no-levels', '')] };
  report.read('docx.read.levels', at(classHeader?.header.rects[0]?.paragraphs[0]), {
    count: levels.length,
    classes: levels.map((l) => l.classes.join('/')).join(', '),
  });
  const levelOfColumn = (column: Column): number | undefined => {
    if (column.number !== undefined) return column.number;
    const cls = column.classes?.[0];
    return cls === undefined ? undefined : levels.find((l) => l.classes.includes(cls))?.level;
  };
  /** The level columns of a region's rows: level n → its header column, levels beyond the family's reported once. */
  const levelColumns = (region: Region, columns: Column[]): (Column | undefined)[] => {
    const out: (Column | undefined)[] = levels.map(() => undefined);
    let beyond = 0;
    for (const column of columns) {
      const level = levelOfColumn(column);
      if (level === undefined || level > levels.length) beyond++;
      else out[level - 1] = column;
    }
    if (beyond > 0 && region.rows[0]?.columns === columns && columns === region.columns)
      report.needsCheck('docx.check.level-columns', rectWhere(region.header.rects[0]), {
        table: oneLine(rectText(region.header.rects[0])),
        found: columns.length,
        expected: levels.length,
      });
    return out;
  };

  // Purpose, scope and result areas: the paragraphs before the first of these tables.
  const firstTableParagraph = Math.min(...regions.map((r) => r.header.rects[0]?.paragraphs[0]?.n ?? Infinity));
  const stream = doc.paragraphs.filter((p) => p.n < firstTableParagraph);
  const head = readHead(stream, options, report);

  const criteria = criteriaRegions.flatMap((region) => readCriteria(region, levelColumns, levels.length, report));
  const expertiseRegion = regions.find((r) => r.kind === 'expertise');
  const expertise = readExpertise(expertiseRegion, doc, levelColumns, levels.length, report);
  const competencyRegions = regions.filter((r) => r.kind === 'competencies');
  const competencies = competencyRegions.flatMap((region) => readCompetencies(region, levelColumns, levels, report));
  if (competencyRegions.length === 0) report.needsCheck('docx.check.section-missing', {}, { section: 'Competenties' });

  const missing: string[] = [];
  if (head.purpose === undefined) missing.push('Doel van de functiefamilie');
  if (head.resultAreas.length === 0) missing.push('Resultaatgebieden');
  if (criteria.length === 0) missing.push('Indelingscriteria');
  if (expertise === undefined) missing.push('Vaktechnische competenties');

  // Ids: the base family's where the names match, else derived from the names.
  const base = options.base;
  const unmatched: string[] = [];
  const idFor = <T extends { id: string }>(
    items: readonly T[] | undefined,
    label: (item: T) => string,
    name: string,
    taken: Set<string>,
  ): string => {
    const known = items?.find((item) => loose(label(item)) === loose(name))?.id;
    let id = known ?? slug(name);
    if (known === undefined && base !== undefined) unmatched.push(name);
    for (let k = 2; taken.has(id); k++) id = `${slug(name)}-${k}`;
    taken.add(id);
    return id;
  };
  const areaIds = new Set<string>();
  const criterionIds = new Set<string>();
  const competencyIds = new Set<string>();
  const resultAreas: ResultArea[] = head.resultAreas.map(({ paragraph, ...area }, i) => {
    report.read('docx.read.result-area', at(paragraph, `resultAreas[${i}]`), {
      number: i + 1,
      title: area.title,
      activities: area.activities.length,
    });
    return { ...area, id: idFor(base?.resultAreas, (a) => a.title, area.title, areaIds) };
  });
  const family: FamilyInput = {
    id: base?.id ?? slug(head.name),
    name: head.name,
    version: base !== undefined ? base.version + 1 : 1,
    source: `Ingelezen uit het Word-document${options.fileName !== undefined ? ` ${oneLine(options.fileName)}` : ''} met weegschaal family import-docx (decision 0063): de kolomspans komen uit de samengevoegde cellen van het document; wat een mens moet nakijken, staat in het importrapport.`,
    purpose: head.purpose ?? { what: '', goal: '' },
    scopeNotes: head.scopeNotes,
    levels,
    resultAreas,
    ...(head.context !== undefined ? { resultAreaContext: head.context } : {}),
    criteria: criteria.map(({ where, ...criterion }, i) => {
      report.read(
        'docx.read.criterion',
        { ...where, path: `criteria[${i}]` },
        { name: criterion.name, values: criterion.values.length },
      );
      return { ...criterion, id: idFor(base?.criteria, (c) => c.name, criterion.name, criterionIds) };
    }),
    expertise: expertise ?? { instruction: DEFAULT_INSTRUCTION, levels: [] },
    competencies: competencies.map(({ where, ...competency }, i) => {
      report.read(
        'docx.read.competency',
        { ...where, path: `competencies[${i}]` },
        { name: competency.name, levels: competency.levels.length },
      );
      return { ...competency, id: idFor(base?.competencies, (c) => c.name, competency.name, competencyIds) };
    }),
  };
  if (base === undefined) report.needsCheck('docx.check.ids-derived', {});
  else if (unmatched.length > 0)
    report.needsCheck(
      'docx.check.ids-from-base',
      {},
      { id: base.id, count: unmatched.length, names: unmatched.join(', ') },
    );
  return { family, report, missing };
}

interface Head {
  name: string;
  purpose?: { what: string; goal: string };
  scopeNotes: string[];
  resultAreas: (ResultArea & { paragraph: WordParagraph })[];
  context?: string;
}

const JOIN = 'met als doel';

function readHead(stream: WordParagraph[], options: FlemishOptions, report: ReportBuilder): Head {
  const texts = stream.map((p) => ({ p, text: oneLine(p.text), key: loose(oneLine(p.text)) }));
  const purposeAt = texts.findIndex((t) => t.key.startsWith('doel van de functiefamilie'));
  const areasAt = texts.findIndex((t) => t.key === 'resultaatgebieden');
  const head: Head = { name: '', scopeNotes: [], resultAreas: [] };

  // The name: a title before the purpose, else the document's title property, else the base family's.
  const titled = texts.slice(0, Math.max(0, purposeAt)).filter((t) => t.text !== '');
  const title = titled.find((t) => t.p.heading !== undefined) ?? titled[0];
  const strip = (name: string) => name.replace(/^functiefamilie\s*:?\s*/i, '').trim();
  if (title !== undefined && strip(title.text) !== '') {
    head.name = strip(title.text);
    report.read('docx.read.name', at(title.p, 'name'), { name: head.name });
  } else if (options.title !== undefined && strip(options.title) !== '') {
    head.name = strip(options.title);
    report.read('docx.read.name', { path: 'name' }, { name: head.name });
  } else {
    head.name =
      options.base?.name ??
      options.fileName
        ?.replace(/\.docx$/i, '')
        .replace(/[_]+/g, ' ')
        .trim() ??
      'Functiefamilie';
    if (head.name === '') head.name = 'Functiefamilie';
    report.needsCheck('docx.check.name-missing', { path: 'name' }, { name: head.name });
  }

  if (purposeAt !== -1) {
    const end = areasAt > purposeAt ? areasAt : texts.length;
    const part = texts.slice(purposeAt + 1, end).filter((t) => t.text !== '');
    // The heading cell may hold the purpose after the words "Doel van de functiefamilie".
    const inline = oneLine(texts[purposeAt]!.text).replace(/^doel van de functiefamilie\s*:?\s*/i, '');
    if (inline !== '') part.unshift({ ...texts[purposeAt]!, text: inline, key: loose(inline) });
    const what: string[] = [];
    let goal: string | undefined;
    let k = 0;
    for (; k < part.length && goal === undefined; k++) {
      const t = part[k]!;
      if (t.key === JOIN) {
        goal = part[k + 1]?.text ?? '';
        k++;
      } else if (t.text.includes(` ${JOIN} `)) {
        const split = t.text.indexOf(` ${JOIN} `);
        if (t.text.indexOf(` ${JOIN} `, split + 1) !== -1)
          report.needsCheck('docx.check.purpose-ambiguous', at(t.p, 'purpose'));
        what.push(t.text.slice(0, split));
        goal = t.text.slice(split + JOIN.length + 2).trim();
      } else what.push(t.text);
    }
    if (what.length > 0 && goal !== undefined && goal !== '') {
      head.purpose = { what: what.join(' '), goal };
      report.read('docx.read.purpose', at(part[0]?.p, 'purpose'));
    }
    // The rest, up to the result areas, are the notes on the purpose; a line cut after a comma continues.
    for (const t of part.slice(k)) {
      if (isFillerItem(t.text)) continue;
      const last = head.scopeNotes.length - 1;
      if (last >= 0 && /,$/.test(head.scopeNotes[last]!) && /^\p{Ll}/u.test(t.text))
        head.scopeNotes[last] = `${head.scopeNotes[last]} ${t.text}`;
      else head.scopeNotes.push(t.text);
    }
    if (head.scopeNotes.length > 0)
      report.read('docx.read.scope', at(part[k]?.p, 'scopeNotes'), { count: head.scopeNotes.length });
  }

  if (areasAt !== -1) readResultAreas(stream.slice(stream.indexOf(texts[areasAt]!.p) + 1), head, report);
  return head;
}

const HEADER_WORDS = new Set(['wat', 'resultaat', 'voorbeelden van activiteiten', 'activiteiten']);

function readResultAreas(stream: WordParagraph[], head: Head, report: ReportBuilder): void {
  type State = 'what' | 'goal' | 'activities';
  let area: (ResultArea & { paragraph: WordParagraph }) | undefined;
  let state: State = 'what';
  const what: string[] = [];
  const close = () => {
    if (area === undefined) return;
    area.what = what.join(' ');
    if (area.goal === '') report.needsCheck('docx.check.goal-missing', at(area.paragraph), { title: area.title });
    what.length = 0;
  };
  for (const p of stream) {
    const lines = clean(p.text)
      .split('\n')
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    const text = lines.join(' ');
    const key = loose(text);
    const numbered = /^(\d+)\s*[.)]\s*(\S.*)$/s.exec(text);
    if (numbered !== null && !p.list && !isTypedBullet(text)) {
      close();
      const raw = numbered[2]!.trim();
      const title = isAllCaps(raw) ? sentenceCase(raw) : raw;
      if (title !== raw) report.needsCheck('docx.check.title-capitals', at(p), { title });
      area = { id: '', title, what: '', goal: '', activities: [], paragraph: p };
      head.resultAreas.push(area);
      state = 'what';
      continue;
    }
    if (key.startsWith('context')) {
      head.context = text;
      continue;
    }
    if (area === undefined || HEADER_WORDS.has(key)) continue;
    const bullets = p.list || lines.some(isTypedBullet);
    if (bullets) {
      state = 'activities';
      for (const line of lines) {
        const item = stripBullet(line);
        if (!isFillerItem(item)) area.activities.push(item);
      }
      continue;
    }
    if (state === 'what') {
      if (key === JOIN) state = 'goal';
      else if (text.includes(` ${JOIN} `)) {
        const split = text.indexOf(` ${JOIN} `);
        what.push(text.slice(0, split));
        area.goal = text.slice(split + JOIN.length + 2).trim();
        state = 'goal';
      } else what.push(text);
    } else if (state === 'goal') {
      area.goal = area.goal === '' ? text : `${area.goal} ${text}`;
    } else if (!isFillerItem(text)) area.activities.push(text);
  }
  close();
}

type ReadCriterion = { id: string; name: string; note?: string; values: CriterionValue[]; where: Where };

function nameAndNote(rect: Rect | undefined): { name: string; note?: string } {
  const lines = rectText(rect)
    .split('\n')
    .filter((l) => l !== '');
  const name: string[] = [];
  let note: string | undefined;
  for (const line of lines) {
    const m = /^\(\s*(.*?)\s*\)$/.exec(line);
    if (m !== null && name.length > 0) note = m[1];
    else name.push(line);
  }
  return note !== undefined && note !== '' ? { name: name.join(' '), note } : { name: name.join(' ') };
}

function readCriteria(
  region: Region,
  levelColumns: (region: Region, columns: Column[]) => (Column | undefined)[],
  levelCount: number,
  report: ReportBuilder,
): ReadCriterion[] {
  const groups: { name: Rect; rects: Rect[]; columns: (Column | undefined)[] }[] = [];
  for (const { row, columns } of region.rows) {
    const first = row.rects[0];
    const levelCols = levelColumns(region, columns);
    const startsHere =
      first !== undefined && first.column === 0 && first.table === row.table && first.row === row.n - 1;
    if (startsHere && rectText(first) !== '') groups.push({ name: first, rects: [], columns: levelCols });
    const group = groups[groups.length - 1];
    const values = row.rects.filter((r) => r.column > 0);
    if (group === undefined) {
      if (values.some((r) => rectText(r) !== ''))
        report.needsCheck(
          'docx.check.unread-row',
          { table: row.table, row: row.n },
          { text: oneLine(values.map(rectText).join(' ')).slice(0, 80) },
        );
      continue;
    }
    for (const rect of values) if (!group.rects.includes(rect)) group.rects.push(rect);
  }

  return groups.map(({ name: nameRect, rects, columns }, g) => {
    const { name, note } = nameAndNote(nameRect);
    // Per level: the rectangle(s) with text over its column.
    const perLevel: (Rect | undefined)[] = [];
    for (let level = 1; level <= levelCount; level++) {
      const column = columns[level - 1];
      const found = column === undefined ? [] : rects.filter((r) => rectText(r) !== '' && covers(r, column));
      if (found.length > 1) {
        report.needsCheck('docx.check.column-stacked', rectWhere(found[1], `criteria[${g}]`), { name, level });
        // Taken together as one value: the first rectangle with the others' paragraphs.
        const merged: Rect = { ...found[0]!, paragraphs: found.flatMap((r) => r.paragraphs) };
        for (const r of found) rects[rects.indexOf(r)] = merged;
        perLevel.push(merged);
      } else perLevel.push(found[0]);
    }
    // Consecutive levels of one rectangle are one value.
    const spans: { rect: Rect | undefined; from: number; to: number }[] = [];
    perLevel.forEach((rect, i) => {
      const last = spans[spans.length - 1];
      if (last !== undefined && rect !== undefined && last.rect === rect) last.to = i + 1;
      else spans.push({ rect, from: i + 1, to: i + 1 });
    });
    const values: CriterionValue[] = [];
    let leadingGap = 0;
    for (const span of spans) {
      if (span.rect !== undefined) {
        values.push({
          ...valueOf(span.rect, name, values.length + 1, report, g),
          from: span.from,
          to: span.to,
          confidence: 'certain',
        });
        continue;
      }
      // An empty column: the value on its left (at the start: on its right) is extended over it, and that is reported.
      const previous = values[values.length - 1];
      if (previous === undefined) {
        leadingGap = span.to;
        continue;
      }
      previous.to = span.to;
      previous.confidence = 'reconstructed';
      for (let level = span.from; level <= span.to; level++)
        report.needsCheck('docx.check.span-gap', rectWhere(nameRect, `criteria[${g}].values[${values.length - 1}]`), {
          name,
          level,
          value: values.length,
        });
    }
    const firstValue = values[0];
    if (leadingGap > 0 && firstValue !== undefined) {
      firstValue.from = 1;
      firstValue.confidence = 'reconstructed';
      for (let level = 1; level <= leadingGap; level++)
        report.needsCheck('docx.check.span-gap', rectWhere(nameRect, `criteria[${g}].values[0]`), {
          name,
          level,
          value: 1,
        });
    }
    return { id: '', name, ...(note !== undefined ? { note } : {}), values, where: rectWhere(nameRect) };
  });
}

/** A value cell: its text, or its parts around lines that say only EN or OF; "(RG)" marks. */
function valueOf(
  rect: Rect,
  name: string,
  number: number,
  report: ReportBuilder,
  criterion: number,
): Pick<CriterionValue, 'text' | 'parts' | 'rg'> {
  const lines = rectText(rect)
    .split('\n')
    .filter((l) => l !== '');
  const parts: string[][] = [[]];
  const joins = new Set<'and' | 'or'>();
  for (const line of lines) {
    if (line === 'EN' || line === 'OF') {
      joins.add(line === 'EN' ? 'and' : 'or');
      parts.push([]);
    } else parts[parts.length - 1]!.push(line);
  }
  const RG = /\s*\(RG\)\s*$/;
  const texts = parts.map((p) => p.join(' ').trim()).filter((p) => p !== '');
  const marked = texts.map((t) => RG.test(t));
  const rg = marked.some(Boolean);
  const strip = (t: string) => t.replace(RG, '').trim();
  const where = rectWhere(rect, `criteria[${criterion}].values[${number - 1}]`);
  if (joins.size !== 1 || texts.length < 2) {
    if (joins.size > 1) report.needsCheck('docx.check.mixed-join', where, { name, value: number });
    return { text: joins.size > 1 ? lines.map(strip).join('\n') : strip(texts.join(' ')), rg };
  }
  if (rg && !marked.every(Boolean)) report.needsCheck('docx.check.partial-rg', where, { name, value: number });
  return { parts: { join: [...joins][0]!, items: texts.map(strip) }, rg };
}

/** A knowledge or education cell: its paragraphs, each on one line, separated by a blank line. */
const paragraphsText = (rect: Rect | undefined): string =>
  (rect?.paragraphs ?? [])
    .map((p) => oneLine(p.text))
    .filter((t) => t !== '')
    .join('\n\n');

function readExpertise(
  region: Region | undefined,
  doc: WordDocument,
  levelColumns: (region: Region, columns: Column[]) => (Column | undefined)[],
  levelCount: number,
  report: ReportBuilder,
): { instruction: string; levels: ExpertiseLevel[] } | undefined {
  if (region === undefined) return undefined;
  const knowledge: (string | undefined)[] = [];
  const education: (string | undefined)[] = [];
  let instruction: string | undefined;
  let where: Where = rectWhere(region.header.rects[0]);
  for (const { row, columns } of region.rows) {
    const label = loose(rectText(row.rects[0]));
    const levelCols = levelColumns(region, columns);
    const target = label.startsWith('vakkennis')
      ? knowledge
      : label.startsWith('opleidingsniveau')
        ? education
        : undefined;
    if (target === undefined) {
      const text = oneLine(
        row.rects
          .filter((r) => r.column > 0)
          .map(rectText)
          .join('\n'),
      );
      if (label === '' && text !== '' && instruction === undefined) instruction = text;
      else if (text !== '')
        report.needsCheck('docx.check.unread-row', { table: row.table, row: row.n }, { text: text.slice(0, 80) });
      continue;
    }
    if (target === knowledge) where = rectWhere(row.rects[0]);
    for (let level = 1; level <= levelCount; level++) {
      const column = levelCols[level - 1];
      const rect =
        column === undefined
          ? undefined
          : row.rects.find((r) => r.column > 0 && covers(r, column) && rectText(r) !== '');
      if (rect !== undefined) target[level - 1] = paragraphsText(rect);
    }
  }
  if (knowledge.every((k) => k === undefined)) return undefined;
  if (instruction === undefined) {
    // The instruction may stand outside the table.
    instruction = doc.paragraphs
      .map((p) => oneLine(p.text))
      .find((t) => /specifiek maken\.?$/i.test(t) && t.length < 120);
    if (instruction === undefined) {
      instruction = DEFAULT_INSTRUCTION;
      report.needsCheck(
        'docx.check.instruction-missing',
        { ...where, path: 'expertise.instruction' },
        { text: instruction },
      );
    }
  }
  const fill = (list: (string | undefined)[], what: string): string[] =>
    Array.from({ length: levelCount }, (_, i) => {
      if (list[i] !== undefined) return list[i]!;
      const from = list.slice(0, i).findLastIndex((t) => t !== undefined);
      const source = from !== -1 ? from : list.findIndex((t) => t !== undefined);
      report.needsCheck(
        'docx.check.expertise-gap',
        { ...where, path: `expertise.levels[${i}]` },
        { what, level: i + 1, from: source + 1 },
      );
      return list[source] ?? '';
    });
  const k = fill(knowledge, 'Vakkennis');
  const e = education.every((t) => t === undefined) ? k.map(() => '') : fill(education, 'Opleidingsniveau en ervaring');
  report.read('docx.read.expertise', where, { count: levelCount });
  if (education.every((t) => t === undefined))
    report.needsCheck('docx.check.section-missing', where, { section: 'Opleidingsniveau & ervaring' });
  return {
    instruction,
    levels: k.map((knowledgeText, i) => ({ level: i + 1, knowledge: knowledgeText, educationAndExperience: e[i]! })),
  };
}

type ReadCompetency = Competency & { where: Where };

function readCompetencies(
  region: Region,
  levelColumns: (region: Region, columns: Column[]) => (Column | undefined)[],
  levels: Level[],
  report: ReportBuilder,
): ReadCompetency[] {
  const out: ReadCompetency[] = [];
  for (const { row, columns } of region.rows) {
    const first = row.rects[0];
    if (first === undefined || first.column !== 0 || first.row !== row.n - 1 || first.table !== row.table) continue;
    const lines = rectText(first)
      .split('\n')
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    const name = lines[0]!;
    const competency: ReadCompetency = {
      id: '',
      name,
      definition: lines.slice(1).join(' '),
      levels: [],
      required: {},
      confidence: 'certain',
      where: rectWhere(first),
    };
    const levelCols = levelColumns(region, columns);
    for (const rect of row.rects.filter((r) => r.column > 0)) {
      const text = oneLine(rectText(rect));
      if (text === '') continue;
      const m = /^(\d+)\s*[=:.-]\s*(.+)$/s.exec(text);
      if (m === null) {
        report.needsCheck('docx.check.competency-cell', rectWhere(rect), { name, text: text.slice(0, 80) });
        continue;
      }
      const level = Number(m[1]);
      const known = competency.levels.find((l) => l.level === level);
      if (known === undefined) competency.levels.push({ level, text: m[2]!.trim() });
      else if (loose(known.text) !== loose(m[2]!))
        report.needsCheck('docx.check.competency-level-conflict', rectWhere(rect), { name, level });
      levels.forEach((l, i) => {
        const column = levelCols[i];
        if (column !== undefined && covers(rect, column))
          for (const cls of l.classes) competency.required[String(cls)] = level;
      });
    }
    competency.levels.sort((a, b) => a.level - b.level);
    if (competency.levels.length === 0) {
      report.needsCheck('docx.check.unread-row', { table: row.table, row: row.n }, { text: name });
      continue;
    }
    out.push(competency);
  }
  return out;
}
