import readXlsxFile from 'read-excel-file/node';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { payReport, type ReportPerson } from '../../src/domain/pay/index.js';
import { payReportCsv, payReportPdf, payReportXlsx } from '../../src/documents/pay/report-exports.js';
import type { PayReportDocumentInput } from '../../src/documents/pay/report-table.js';

/** Two entities; class 10 of entity A pays men 10 % more; class 14 has too few women to show. */
function persons(): ReportPerson[] {
  const list: ReportPerson[] = [];
  const add = (sex: 'F' | 'M', basicPay: number, variablePay: number, entityId: string, cls: string) =>
    list.push({ sex, basicPay, variablePay, hoursPaid: 1976, entityId, classKey: cls, familyClassKey: `ORG/${cls}` });
  for (let i = 0; i < 8; i++) {
    add('F', 36_000 + i * 100, i % 2 === 0 ? 900 : 0, 'A', '10');
    add('M', 40_000 + i * 100, 900, 'A', '10');
    add('F', 45_000 + i * 50, 0, 'B', '12');
    add('M', 45_000 + i * 50, 0, 'B', '12');
  }
  add('F', 60_000, 0, 'B', '14');
  for (let i = 0; i < 6; i++) add('M', 61_000 + i, 0, 'B', '14');
  return list;
}

const input: PayReportDocumentInput = {
  report: payReport(persons()),
  period: '2026',
  referenceDate: '2026-12-31',
  entityNames: { A: 'Agentschap =Alfa', B: 'Departement Bèta' },
  familyNames: { ORG: 'Organisatieondersteunende functies' },
  generatedAt: '2027-01-15T09:00:00Z',
};

describe('pay report exports', () => {
  it('CSV: every figure with its scope, category, indicator and basis; suppressed figures stay rows; formulas defused', () => {
    const csv = payReportCsv(input, 'nl');
    expect(csv.startsWith('\uFEFFperiode;bereik;indeling;categorie;indicator;basis;geslacht;waarde;onderdrukt;gemarkeerd')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1).map((line) => line.split(';'));
    const a10 = input.report.entities[0]!.byClass.categories.find((c) => c.category === '10')!;
    const gapRow = rows.find((r) => r[1] === 'Agentschap =Alfa' && r[2] === 'klasse' && r[3] === '10' && r[4]!.startsWith('gemiddelde kloof loonniveau') && r[5] === 'jaarloon');
    expect(gapRow).toBeDefined();
    expect(Number(gapRow![7])).toBe(a10.payMeanGap.annual);
    expect(gapRow![9]).toBe('ja');
    // A name that starts with '=' would be a formula in Excel: it must be defused.
    const defused = payReportCsv({ ...input, entityNames: { A: '=HYPERLINK("x")', B: 'B' } }, 'nl');
    expect(defused).not.toMatch(/;=HYPERLINK/u);
    const suppressed = rows.filter((r) => r[3] === '14' && r[8] === 'ja');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r[7] === '')).toBe(true);
    expect(payReportCsv(input, 'en')).toContain('mean gap of the pay level');
  });

  it('Excel: overview, categories and all figures; numbers as numbers, suppressed as the word', async () => {
    const sheets = await readXlsxFile(await payReportXlsx(input, 'nl'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Overzicht', 'Categorieën', 'Alle cijfers']);
    const overview = sheets[0]!.data;
    expect(overview[1]![0]).toBe('Hele organisatie');
    expect(overview[1]![3]).toBe(input.report.organisation.byClass.counts.total);
    expect(overview[1]![4]).toBeCloseTo(input.report.organisation.byClass.meanGap.annual as number, 9);
    const categories = sheets[1]!.data;
    const b14 = categories.find((r) => r[0] === 'Departement Bèta' && r[2] === '14' && r[1] === 'klasse')!;
    expect(b14[5]).toBe('onderdrukt');
    expect(b14[13]).toBeNull();
    const a10 = categories.find((r) => r[0] === 'Agentschap =Alfa' && r[2] === '10' && r[1] === 'klasse')!;
    expect(a10[13]).toBe('ja');
    expect(sheets[2]!.data.length).toBe(payReportCsv(input, 'nl').trim().split('\r\n').length);
  });

  it('PDF: the title, the method, the quartiles, the gap chart and every scope', async () => {
    const pdf = await payReportPdf(input, 'nl');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Rapport loonkloof 2026');
    expect(text).toContain('Referentiedatum 2026-12-31');
    expect(text).toContain('Kwartiel');
    expect(text).toContain('de rode lijnen staan op ±5 %');
    expect(text).toContain('Agentschap =Alfa');
    expect(text).toContain('Departement Bèta');
    expect(text).toContain('onderdrukt');
    const a10 = input.report.entities[0]!.byClass.categories.find((c) => c.category === '10')!;
    expect(text).toContain(`${(a10.payMeanGap.annual as number).toFixed(1).replace('.', ',')} %`);
  });
});
