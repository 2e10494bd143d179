/**
 * Pay analysis of a file (issue 16 item 9, file part): 50 000 generated records as our pay
 * CSV, read (csv-parse + the domain's validation), the Art. 9 indicators and the adjusted
 * model (Logib standard model, QR) — what `weegschaal pay analyse` does, without the process
 * start. Goal: under 5 s. The database part of item 9 (import, report API) is the import
 * slice's bench.
 */
import { readPayFile } from '../src/documents/pay/read-pay-file.js';
import { generatePayRecords, payCsv } from '../src/domain/pay/test-pay-data.js';
import { analysePayFile } from '../src/use-cases/pay/analyse-pay-file.js';
import type { BenchModule, Row } from './types.js';

const COUNT = 50_000;
const RUNS = 3;

export const payBench: BenchModule = {
  name: 'pay',
  async run(): Promise<Row[]> {
    const bytes = new TextEncoder().encode(payCsv(generatePayRecords(COUNT, { seed: 50_000 })));
    const times: { read: number; analyse: number; total: number }[] = [];
    let summary = '';
    // One warm-up run, then RUNS timed runs; the best is reported, the slowest in the note.
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      const read = await readPayFile(bytes, { referenceDate: '2025-12-31' });
      const readEnd = performance.now();
      const analysis = analysePayFile(read);
      const end = performance.now();
      if (read.records.length !== COUNT || analysis.adjusted === null) throw new Error(`pay bench: ${read.records.length} records, ${read.errors.length} errors, adjusted ${JSON.stringify(analysis.adjustedReason)}`);
      summary = `coefficient ${analysis.adjusted.coefficient.toFixed(4)} (planted −0.08)`;
      if (run > 0) times.push({ read: readEnd - start, analyse: end - readEnd, total: end - start });
    }
    const best = times.reduce((a, b) => (b.total < a.total ? b : a));
    const worst = Math.max(...times.map((t) => t.total));
    return [
      { name: `pay analysis ${COUNT.toLocaleString('en-GB').replace(',', ' ')} records`, value: Math.round(best.total), unit: 'ms', note: `goal < 5000 ms; slowest of ${RUNS} ${Math.round(worst)} ms; ${(bytes.length / 1024 / 1024).toFixed(1)} MiB CSV` },
      { name: '  read CSV + validate', value: Math.round(best.read), unit: 'ms' },
      { name: '  indicators + adjusted model', value: Math.round(best.analyse), unit: 'ms', note: summary },
    ];
  },
};
