/**
 * Documents: time to build one FUBE as .docx and as PDF (goal: under 50 ms per .docx),
 * and the family documents. Median of N runs after one warm-up (the first run loads fonts
 * and modules).
 */
import { readFileSync } from 'node:fs';
import { loadFamilySource } from '../src/domain/family/load.js';
import { buildFamilyDocx, buildFamilyPdf, buildFubeDocx, buildFubePdf } from '../src/documents/index.js';
import { exampleView } from '../test/documents/fixtures.js';
import type { BenchModule, Row } from './types.js';

interface Timing {
  wall: number;
  /** CPU time of the process: what the build costs when other work shares the machine. */
  cpu: number;
}

async function measure(fn: () => Promise<unknown>, runs: number): Promise<Timing> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  return { wall: median(wall), cpu: median(cpu) };
}

function rows(name: string, timing: Timing, note: string): Row[] {
  return [
    { name: `${name} (wall)`, value: timing.wall, unit: 'ms', note },
    { name: `${name} (cpu)`, value: timing.cpu, unit: 'ms', note },
  ];
}

export const documentsBench: BenchModule = {
  name: 'documents',
  async run(): Promise<Row[]> {
    const loaded = loadFamilySource(readFileSync(new URL('../families/organisatieondersteunende-functies.yaml', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('de seedfamilie laadt niet');
    const family = loaded.value;
    const view = exampleView(family);
    const generatedAt = '2026-11-03T10:00:00Z';
    const docxSize = (await buildFubeDocx(view)).length;
    const pdfSize = (await buildFubePdf(view)).length;
    return [
      ...rows('FUBE .docx', await measure(() => buildFubeDocx(view), 21), `median of 21; goal < 50 ms; ${Math.round(docxSize / 1024)} KiB`),
      ...rows('FUBE PDF', await measure(() => buildFubePdf(view), 9), `median of 9; ${Math.round(pdfSize / 1024)} KiB`),
      ...rows('family .docx', await measure(() => buildFamilyDocx(family, { generatedAt }), 9), 'median of 9'),
      ...rows('family PDF', await measure(() => buildFamilyPdf(family, { generatedAt }), 5), 'median of 5'),
    ];
  },
};
