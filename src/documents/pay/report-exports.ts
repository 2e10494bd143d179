import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { AnnualHourly, CategoryIndicators, Figure, PayReportScope } from '../../domain/pay/index.js';
import { isSuppressed } from '../../domain/pay/index.js';
import { type Locale, format } from '../../messages/index.js';
import type { Block, DocumentBlocks } from '../blocks.js';
import { csvField } from '../catalogue/csv.js';
import { renderPdf } from '../render-pdf.js';
import { type PayReportDocumentInput, type ReportFigureRow, categoryName, reportFigureRows, scopeName } from './report-table.js';

/**
 * The Art. 9 report's exports: CSV (every figure, one per row), Excel (an overview, the
 * categories and every figure) and PDF (what the report page shows, with its bar charts).
 * All three come from the same PayReport, so they agree with the page to the last digit.
 */

const gradeLabel = (locale: Locale, grain: ReportFigureRow['grain']) => format(locale, `ui.pay-report.grain.${grain}`);
const basisLabel = (locale: Locale, basis: ReportFigureRow['basis']) => (basis === '' ? '' : format(locale, `ui.pay-report.basis.${basis}`));
const sexLabel = (locale: Locale, sex: ReportFigureRow['sex']) => (sex === '' ? '' : format(locale, `ui.pay-report.sex.${sex}`));
const flagLabel = (locale: Locale, flagged: boolean | null) => (flagged === null ? '' : format(locale, flagged ? 'ui.pay-report.yes' : 'ui.pay-report.no'));

const CSV_HEADERS = ['period', 'scope', 'grain', 'category', 'indicator', 'basis', 'sex', 'value', 'suppressed', 'flagged'] as const;

/** CSV as Excel with Belgian settings opens it (`;`, CRLF, BOM); numbers with a decimal point and full precision. */
export function payReportCsv(input: PayReportDocumentInput, locale: Locale): string {
  const header = CSV_HEADERS.map((h) => csvField(format(locale, `ui.pay-report.csv.${h}`))).join(';');
  const lines = reportFigureRows(input, locale).map((r) =>
    [
      input.period,
      r.scope,
      gradeLabel(locale, r.grain),
      r.category,
      format(locale, `ui.pay-report.indicator.${r.indicator}`),
      basisLabel(locale, r.basis),
      sexLabel(locale, r.sex),
      r.value === null ? '' : String(r.value),
      format(locale, r.suppressed ? 'ui.pay-report.yes' : 'ui.pay-report.no'),
      flagLabel(locale, r.flagged),
    ]
      .map((v) => csvField(v))
      .join(';'),
  );
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

type Cell = Row[number];
const text = (value: string): Cell => ({ value, type: String });
const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
/** A figure as an Excel number (percentages with one decimal shown, full precision kept) or the word for "suppressed". */
function figureCell(figure: Figure, locale: Locale, numberFormat = '0.0'): Cell {
  if (figure === null) return null;
  if (isSuppressed(figure)) return { value: format(locale, 'ui.pay-report.suppressed-short'), type: String, textColor: '#666666' };
  return { value: figure, type: Number, format: numberFormat };
}
const both = (f: AnnualHourly, locale: Locale, numberFormat?: string): Cell[] => [figureCell(f.annual, locale, numberFormat), figureCell(f.hourly, locale, numberFormat)];

function overviewSheet(input: PayReportDocumentInput, locale: Locale): Row[] {
  const keys = [
    'scope',
    'women',
    'men',
    'total',
    'mean-gap-annual',
    'mean-gap-hourly',
    'median-gap-annual',
    'median-gap-hourly',
    'variable-mean-gap-annual',
    'variable-mean-gap-hourly',
    'variable-median-gap-annual',
    'variable-median-gap-hourly',
    'variable-share-women',
    'variable-share-men',
    'q1-women',
    'q2-women',
    'q3-women',
    'q4-women',
  ] as const;
  const rows: Row[] = [keys.map((k) => bold(format(locale, `ui.pay-report.xlsx.${k}`)))];
  for (const s of [input.report.organisation, ...input.report.entities]) {
    const i = s.byClass;
    rows.push([
      text(scopeName(input, s.entityId, locale)),
      { value: i.counts.women, type: Number },
      { value: i.counts.men, type: Number },
      { value: i.counts.total, type: Number },
      ...both(i.meanGap, locale),
      ...both(i.medianGap, locale),
      ...both(i.variableMeanGap, locale),
      ...both(i.variableMedianGap, locale),
      figureCell(i.variableShare.women, locale),
      figureCell(i.variableShare.men, locale),
      ...i.quartiles.map((q) => figureCell(q.women, locale)),
    ]);
  }
  return rows;
}

function categorySheet(input: PayReportDocumentInput, locale: Locale): Row[] {
  const keys = [
    'scope',
    'grain',
    'category',
    'women',
    'men',
    'pay-gap-annual',
    'pay-gap-hourly',
    'basic-gap-annual',
    'basic-gap-hourly',
    'variable-gap-annual',
    'variable-gap-hourly',
    'mean-pay-women',
    'mean-pay-men',
    'flagged',
  ] as const;
  const rows: Row[] = [keys.map((k) => bold(format(locale, `ui.pay-report.xlsx.${k}`)))];
  const add = (s: PayReportScope, grain: 'class' | 'family-class', c: CategoryIndicators) =>
    rows.push([
      text(scopeName(input, s.entityId, locale)),
      text(gradeLabel(locale, grain)),
      text(categoryName(input, c.category)),
      { value: c.women, type: Number },
      { value: c.men, type: Number },
      ...both(c.payMeanGap, locale),
      ...both(c.basicMeanGap, locale),
      ...both(c.variableMeanGap, locale),
      figureCell(c.means.women.pay.annual, locale, '#,##0'),
      figureCell(c.means.men.pay.annual, locale, '#,##0'),
      c.flagged === null ? null : text(flagLabel(locale, c.flagged)),
    ]);
  for (const s of [input.report.organisation, ...input.report.entities]) {
    for (const c of s.byClass.categories) add(s, 'class', c);
    for (const c of s.byFamilyClass) add(s, 'family-class', c);
  }
  return rows;
}

function figuresSheet(input: PayReportDocumentInput, locale: Locale): Row[] {
  const rows: Row[] = [CSV_HEADERS.map((h) => bold(format(locale, `ui.pay-report.csv.${h}`)))];
  for (const r of reportFigureRows(input, locale))
    rows.push([
      text(input.period),
      text(r.scope),
      text(gradeLabel(locale, r.grain)),
      r.category === '' ? null : text(r.category),
      text(format(locale, `ui.pay-report.indicator.${r.indicator}`)),
      r.basis === '' ? null : text(basisLabel(locale, r.basis)),
      r.sex === '' ? null : text(sexLabel(locale, r.sex)),
      r.value === null ? null : { value: r.value, type: Number },
      text(format(locale, r.suppressed ? 'ui.pay-report.yes' : 'ui.pay-report.no')),
      r.flagged === null ? null : text(flagLabel(locale, r.flagged)),
    ]);
  return rows;
}

export async function payReportXlsx(input: PayReportDocumentInput, locale: Locale): Promise<Buffer> {
  const sheet = (key: 'overview' | 'categories' | 'figures') => format(locale, `ui.pay-report.sheet.${key}`).slice(0, 31);
  const overview = overviewSheet(input, locale);
  const categories = categorySheet(input, locale);
  const figures = figuresSheet(input, locale);
  return writeXlsxFile([
    { data: overview, sheet: sheet('overview'), stickyRowsCount: 1, columns: overview[0]!.map((_, i) => ({ width: i === 0 ? 36 : 14 })) },
    { data: categories, sheet: sheet('categories'), stickyRowsCount: 1, columns: categories[0]!.map((_, i) => ({ width: i < 3 ? 28 : 14 })) },
    { data: figures, sheet: sheet('figures'), stickyRowsCount: 1, columns: figures[0]!.map((_, i) => ({ width: i === 1 || i === 4 ? 32 : 14 })) },
  ]).toBuffer();
}

// --- PDF ---

const percent = (locale: Locale, figure: Figure): string => {
  if (figure === null) return '–';
  if (isSuppressed(figure)) return format(locale, 'ui.pay-report.suppressed-short');
  return `${new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(figure)} %`;
};
const euro = (locale: Locale, figure: Figure): string => {
  if (figure === null) return '–';
  if (isSuppressed(figure)) return format(locale, 'ui.pay-report.suppressed-short');
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(figure);
};

function scopeBlocks(input: PayReportDocumentInput, s: PayReportScope, locale: Locale, full: boolean): Block[] {
  const i = s.byClass;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: scopeName(input, s.entityId, locale) }];
  const f = (key: Parameters<typeof format>[1]) => format(locale, key as 'ui.pay-report.organisation');
  blocks.push({
    kind: 'fields',
    rows: [
      [f('ui.pay-report.persons'), format(locale, 'ui.pay-report.persons-value', { women: i.counts.women, men: i.counts.men, total: i.counts.total })],
      [f('ui.pay-report.indicator.mean-gap'), `${percent(locale, i.meanGap.annual)} (${f('ui.pay-report.basis.annual')}) · ${percent(locale, i.meanGap.hourly)} (${f('ui.pay-report.basis.hourly')})`],
      [f('ui.pay-report.indicator.median-gap'), `${percent(locale, i.medianGap.annual)} · ${percent(locale, i.medianGap.hourly)}`],
      [f('ui.pay-report.indicator.variable-mean-gap'), `${percent(locale, i.variableMeanGap.annual)} · ${percent(locale, i.variableMeanGap.hourly)}`],
      [f('ui.pay-report.indicator.variable-median-gap'), `${percent(locale, i.variableMedianGap.annual)} · ${percent(locale, i.variableMedianGap.hourly)}`],
      [f('ui.pay-report.indicator.variable-share'), `${f('ui.pay-report.sex.women')} ${percent(locale, i.variableShare.women)} · ${f('ui.pay-report.sex.men')} ${percent(locale, i.variableShare.men)}`],
    ],
  });
  if (full) {
    blocks.push({ kind: 'heading', level: 2, text: f('ui.pay-report.quartiles.title') });
    blocks.push({
      kind: 'table',
      headers: [{ text: f('ui.pay-report.quartiles.band') }, { text: f('ui.pay-report.sex.women') }, { text: f('ui.pay-report.sex.men') }, { text: f('ui.pay-report.persons') }],
      rows: i.quartiles.map((q) => [{ text: `Q${q.band}` }, { text: percent(locale, q.women) }, { text: percent(locale, q.men) }, { text: String(q.count) }]),
    });
    blocks.push({
      kind: 'bars',
      caption: f('ui.pay-report.chart.gap-caption'),
      unit: '%',
      limit: input.report.flagLimit,
      series: [{ name: f('ui.pay-report.chart.gap-series'), color: '#2F5496' }],
      rows: i.categories.map((c) => ({ label: categoryName(input, c.category), values: [typeof c.payMeanGap.hourly === 'number' ? c.payMeanGap.hourly : null], highlight: c.flagged === true })),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: f('ui.pay-report.categories.title') });
  const categoryTable = (cats: readonly CategoryIndicators[]): Block => ({
    kind: 'table',
    widths: [3, 1, 1, 1.4, 1.4, 1.4, 1.4, 1.6, 1.6, 1.4],
    headers: [
      { text: f('ui.pay-report.xlsx.category') },
      { text: f('ui.pay-report.sex.women') },
      { text: f('ui.pay-report.sex.men') },
      { text: f('ui.pay-report.xlsx.pay-gap-annual') },
      { text: f('ui.pay-report.xlsx.pay-gap-hourly') },
      { text: f('ui.pay-report.xlsx.basic-gap-annual') },
      { text: f('ui.pay-report.xlsx.variable-gap-annual') },
      { text: f('ui.pay-report.xlsx.mean-pay-women') },
      { text: f('ui.pay-report.xlsx.mean-pay-men') },
      { text: f('ui.pay-report.xlsx.flagged') },
    ],
    rows: cats.map((c) => [
      { text: categoryName(input, c.category), emphasis: c.flagged === true },
      { text: String(c.women) },
      { text: String(c.men) },
      { text: percent(locale, c.payMeanGap.annual) },
      { text: percent(locale, c.payMeanGap.hourly) },
      { text: percent(locale, c.basicMeanGap.annual) },
      { text: percent(locale, c.variableMeanGap.annual) },
      { text: euro(locale, c.means.women.pay.annual) },
      { text: euro(locale, c.means.men.pay.annual) },
      { text: flagLabel(locale, c.flagged) || '–', emphasis: c.flagged === true },
    ]),
  });
  blocks.push(categoryTable(i.categories));
  if (s.byFamilyClass.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: f('ui.pay-report.family-class.title') });
    blocks.push(categoryTable(s.byFamilyClass));
  }
  if (i.unclassified.total > 0)
    blocks.push({ kind: 'paragraph', note: true, text: format(locale, 'ui.pay-report.unclassified', { count: i.unclassified.total }) });
  return blocks;
}

export function payReportBlocks(input: PayReportDocumentInput, locale: Locale): DocumentBlocks {
  const title = format(locale, 'ui.pay-report.document-title', { period: input.period });
  return {
    title,
    footer: title,
    generatedAt: input.generatedAt,
    landscape: true,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'paragraph', text: format(locale, 'ui.pay-report.document-intro', { date: input.referenceDate, threshold: input.report.threshold, limit: input.report.flagLimit }) },
      ...scopeBlocks(input, input.report.organisation, locale, true),
      ...input.report.entities.flatMap((s) => scopeBlocks(input, s, locale, false)),
    ],
  };
}

export function payReportPdf(input: PayReportDocumentInput, locale: Locale): Promise<Buffer> {
  return renderPdf(payReportBlocks(input, locale));
}
