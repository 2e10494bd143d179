/**
 * `npm run bench [-- <section filter>]`: runs every bench module and prints one aligned
 * table. Add a section by appending a module to `modules`.
 */
import { formatTable } from './format-table.js';
import type { BenchModule, Row } from './types.js';
import { apiBench } from './api.js';
import { weighingBench } from './weighing.js';
import { webBench } from './web.js';
import { searchBench } from './search.js';
import { exchangeBench } from './exchange.js';
import { documentsBench } from './documents.js';
import { listsBench } from './lists.js';
import { mixedLoadBench } from './mixed-load.js';
import { robustnessBench } from './robustness.js';
import { firstLoadBench } from './first-load.js';
import { payStoreBench } from './pay-store.js';
// Pay transparency (issue 16).
import { payBench } from './pay.js';
// Suggestions from legacy function descriptions (issue 17 item 3).
import { suggestBench } from './suggest.js';
// Calibration across entities (issue 17 item 4).
import { calibrationBench } from './calibration.js';

const modules: BenchModule[] = [weighingBench, apiBench, webBench, firstLoadBench, searchBench, listsBench, mixedLoadBench, documentsBench, exchangeBench, robustnessBench, payBench, payStoreBench, suggestBench, calibrationBench];

async function main(): Promise<void> {
  const filter = process.argv[2];
  const selected = modules.filter((m) => filter === undefined || m.name.includes(filter));
  const sections: { name: string; rows: Row[] }[] = [];
  for (const module of selected) sections.push({ name: module.name, rows: await module.run() });
  console.log(formatTable(sections));
}

await main();
