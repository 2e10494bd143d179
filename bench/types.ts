/** One line of the benchmark table. */
export interface Row {
  /** What was measured, e.g. "prepareWeigher().class()". */
  name: string;
  value: number;
  /** Unit of `value`, e.g. "weighings/s" or "ms". */
  unit: string;
  /** Context: ratio to a baseline, input size, ... */
  note?: string;
}

/** A section of `npm run bench`; add yours to the list in bench/run.ts. */
export interface BenchModule {
  name: string;
  run(): Promise<Row[]>;
}

/** Best of `repeats` timed runs of `fn` after one warm-up run, in milliseconds. */
export function bestTime(fn: () => void, repeats = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Small seeded generator (mulberry32) so every run weighs the same inputs: the one the pay tests use. */
export { seededRandom } from '../src/domain/pay/test-random.js';
