import { readFileSync } from 'node:fs';
import { loadFamilySource, type Family } from '../src/domain/family/index.js';
import { suggestFube } from '../src/domain/suggest/index.js';
import { readLegacyFile } from '../src/documents/legacy/index.js';
import type { BenchModule, Row } from './types.js';

/**
 * The suggestion from legacy descriptions (issue 17 item 3, decision 0064) against the
 * labelled set in test/fixtures/legacy: the share of criterion values suggested exactly and
 * within one value, and the family top-1 rate, over all files and over the held-out files
 * (not looked at while the weights were set). Both families of the set are offered for every
 * file, so the family is a real choice.
 */

const FIXTURES = new URL('../test/fixtures/legacy/', import.meta.url);

interface Label {
  file: string;
  family: string;
  values: Record<string, number>;
  heldOut?: boolean;
  /** `paraphrased`: written without the family's words; `family-words`: reuses some of them. */
  style: 'paraphrased' | 'family-words';
}

export interface SetScore {
  files: number;
  criteria: number;
  exact: number;
  withinOne: number;
  familyTop1: number;
  /** Mean confidence of the exact values and of the others: does confidence mean something? */
  confidenceExact: number;
  confidenceWrong: number;
  /** Slowest suggestion (reading the file included), ms. */
  slowestMs: number;
}

export interface LabelledResult {
  label: Label;
  family: string;
  values: Record<string, number>;
  confidence: Record<string, number>;
  ms: number;
}

/** Goals (docs/performance.md): what the lexical method must reach on the labelled set. */
export const SUGGEST_GOALS = { exact: 0.6, withinOne: 0.9, familyTop1: 1 } as const;

export function labelledFamilies(): Family[] {
  const files = [new URL('../families/organisatieondersteunende-functies.yaml', import.meta.url), new URL('families/dossierbehandelende-functies.yaml', FIXTURES)];
  return files.map((file) => {
    const loaded = loadFamilySource(readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    return loaded.value;
  });
}

export function labels(): Label[] {
  return (JSON.parse(readFileSync(new URL('labels.json', FIXTURES), 'utf8')) as { descriptions: Label[] }).descriptions;
}

export async function runLabelledSet(): Promise<LabelledResult[]> {
  const families = labelledFamilies();
  const out: LabelledResult[] = [];
  for (const label of labels()) {
    const started = performance.now();
    const read = await readLegacyFile(new URL(label.file, FIXTURES).pathname);
    if (!read.ok) throw new Error(`${label.file}: ${read.errors.map((e) => e.message).join('; ')}`);
    const suggestion = suggestFube(families, read.value.description);
    if (!suggestion.ok) throw new Error(`${label.file}: ${suggestion.errors.map((e) => e.message).join('; ')}`);
    // Values are scored against the labelled family: a wrong family scores its criteria as missed.
    const right = suggestion.value.family === label.family ? suggestion.value : (suggestFube(families.filter((f) => f.id === label.family), read.value.description) as { ok: true; value: typeof suggestion.value }).value;
    out.push({ label, family: suggestion.value.family, values: right.values, confidence: right.confidence, ms: performance.now() - started });
  }
  return out;
}

export function score(results: readonly LabelledResult[]): SetScore {
  let criteria = 0;
  let exact = 0;
  let withinOne = 0;
  let families = 0;
  const confExact: number[] = [];
  const confWrong: number[] = [];
  for (const r of results) {
    if (r.family === r.label.family) families++;
    for (const [id, expected] of Object.entries(r.label.values)) {
      criteria++;
      const got = r.values[id];
      const conf = r.confidence[id] ?? 0;
      if (got === expected) {
        exact++;
        confExact.push(conf);
      } else confWrong.push(conf);
      if (got !== undefined && Math.abs(got - expected) <= 1) withinOne++;
    }
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    files: results.length,
    criteria,
    exact: criteria === 0 ? 0 : exact / criteria,
    withinOne: criteria === 0 ? 0 : withinOne / criteria,
    familyTop1: results.length === 0 ? 0 : families / results.length,
    confidenceExact: mean(confExact),
    confidenceWrong: mean(confWrong),
    slowestMs: Math.max(0, ...results.map((r) => r.ms)),
  };
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export const suggestBench: BenchModule = {
  name: 'suggest',
  async run(): Promise<Row[]> {
    const results = await runLabelledSet();
    const rows: Row[] = [];
    for (const [name, subset] of [
      ['all', results],
      ['held-out', results.filter((r) => r.label.heldOut === true)],
      ['paraphrased', results.filter((r) => r.label.style === 'paraphrased')],
    ] as const) {
      const s = score(subset);
      rows.push(
        { name: `criterion values exact (${name})`, value: pct(s.exact), unit: '%', note: `goal ≥ ${pct(SUGGEST_GOALS.exact)} %; ${s.files} files, ${s.criteria} values` },
        { name: `criterion values within one (${name})`, value: pct(s.withinOne), unit: '%', note: `goal ≥ ${pct(SUGGEST_GOALS.withinOne)} %` },
        { name: `family top-1 (${name})`, value: pct(s.familyTop1), unit: '%', note: `goal ${pct(SUGGEST_GOALS.familyTop1)} %; 2 families offered` },
        { name: `mean confidence exact / wrong (${name})`, value: Math.round(s.confidenceExact * 100) / 100, unit: '', note: `wrong: ${Math.round(s.confidenceWrong * 100) / 100}` },
      );
    }
    rows.push({ name: 'slowest file (read + suggest)', value: Math.round(score(results).slowestMs), unit: 'ms', note: 'first file includes loading pdf.js/stemmer' });
    return rows;
  },
};
