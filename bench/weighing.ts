import { readFileSync } from 'node:fs';
import { loadFamilySource, type Family } from '../src/domain/family/index.js';
import { prepareWeigher, weigh, type WeighingValues } from '../src/domain/weighing/index.js';
import { type BenchModule, type Row, bestTime, seededRandom } from './types.js';

const SEED_FILE = new URL('../families/organisatieondersteunende-functies.yaml', import.meta.url);
const COUNT = 1_000_000;

export function loadSeed(): Family {
  const loaded = loadFamilySource(readFileSync(SEED_FILE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.value;
}

/** Random valid weighings of the family, as the CLI and the API receive them (objects). */
export function randomWeighings(family: Family, count: number, seed = 20_260_101): WeighingValues[] {
  const random = seededRandom(seed);
  const out: WeighingValues[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const values: WeighingValues = {};
    for (const criterion of family.criteria) values[criterion.id] = 1 + Math.floor(random() * criterion.values.length);
    out[i] = values;
  }
  return out;
}

/**
 * The baseline: what someone would write by hand for the seed family alone, with the spans
 * as constant tables, fixed property names and no input checks: the summed distance per
 * level, smallest wins (lower on a tie).
 */
function handWrittenLevels(family: Family): (weighings: WeighingValues[]) => number {
  const FROM = family.criteria.map((c) => c.values.map((v) => v.from));
  const TO = family.criteria.map((c) => c.values.map((v) => v.to));
  const n = family.levels.length;
  const [f0, f1, f2, f3, f4, f5, f6, f7] = FROM as [number[], number[], number[], number[], number[], number[], number[], number[]];
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TO as [number[], number[], number[], number[], number[], number[], number[], number[]];
  const d = (from: number, to: number, level: number) => (from > level ? from - level : level > to ? level - to : 0);
  return (weighings) => {
    let checksum = 0;
    for (let i = 0; i < weighings.length; i++) {
      const w = weighings[i]!;
      const v0 = w.complexiteit! - 1, v1 = w.opvolging! - 1, v2 = w['rol-in-projecten']! - 1;
      const v3 = w['impact-op-budgetten']! - 1, v4 = w.beleidsvoorbereiding! - 1, v5 = w.optimalisatie! - 1;
      const v6 = w['interpersoonlijke-relaties']! - 1, v7 = w.organisatievorm! - 1;
      let best = 0;
      let bestDistance = Infinity;
      for (let level = 1; level <= n; level++) {
        const distance =
          d(f0[v0]!, t0[v0]!, level) + d(f1[v1]!, t1[v1]!, level) + d(f2[v2]!, t2[v2]!, level) + d(f3[v3]!, t3[v3]!, level) +
          d(f4[v4]!, t4[v4]!, level) + d(f5[v5]!, t5[v5]!, level) + d(f6[v6]!, t6[v6]!, level) + d(f7[v7]!, t7[v7]!, level);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = level;
        }
      }
      checksum += best;
    }
    return checksum;
  };
}

export async function weighingRows(count = COUNT): Promise<Row[]> {
  const family = loadSeed();
  const inputs = randomWeighings(family, count);
  const weigher = prepareWeigher(family);
  const ids = family.criteria.map((c) => c.id).join(',');
  if (ids !== 'complexiteit,opvolging,rol-in-projecten,impact-op-budgetten,beleidsvoorbereiding,optimalisatie,interpersoonlijke-relaties,organisatievorm')
    throw new Error(`the hand-written baseline expects the seed's criteria, found ${ids}`);

  const hand = handWrittenLevels(family);
  let handSum = 0;
  const handMs = bestTime(() => {
    handSum = hand(inputs);
  });
  let levelSum = 0;
  const levelMs = bestTime(() => {
    let sum = 0;
    for (let i = 0; i < inputs.length; i++) sum += weigher.level(inputs[i]!);
    levelSum = sum;
  });
  const classOnly = bestTime(() => {
    let sum = 0;
    for (let i = 0; i < inputs.length; i++) sum += weigher.class(inputs[i]!);
    if (sum === 0) throw new Error('no classes');
  });
  if (handSum !== levelSum) throw new Error(`the weigher and the baseline disagree: ${levelSum} vs ${handSum}`);

  // Full results allocate a lot: time a tenth of the inputs and scale.
  const fullInputs = inputs.slice(0, Math.max(1, Math.floor(count / 10)));
  const fullMs = bestTime(() => {
    for (let i = 0; i < fullInputs.length; i++) if (!weigh(family, fullInputs[i]!).ok) throw new Error('invalid input');
  }, 3);

  const rate = (ms: number, n: number) => Math.round((n / ms) * 1000);
  // Targets of the fast path: at least 1,000,000 weighings/s and within 3x of the baseline.
  const ratio = (ms: number) => {
    const times = ms / handMs;
    const met = rate(ms, count) >= 1_000_000 && times <= 3;
    return `${times.toFixed(2)}× the hand-written loop's time; target (≥ 1,000,000/s, ≤ 3×) ${met ? 'met' : 'NOT met'}`;
  };
  return [
    { name: 'hand-written loop, level only (baseline)', value: rate(handMs, count), unit: 'weighings/s', note: `${count.toLocaleString('en')} weighings in ${handMs.toFixed(1)} ms` },
    { name: 'prepareWeigher().level()', value: rate(levelMs, count), unit: 'weighings/s', note: ratio(levelMs) },
    { name: 'prepareWeigher().class() (level + class)', value: rate(classOnly, count), unit: 'weighings/s', note: ratio(classOnly) },
    { name: 'weigh() full result object', value: rate(fullMs, fullInputs.length), unit: 'weighings/s', note: `${((fullMs * count) / fullInputs.length / handMs).toFixed(1)}× the hand-written loop's time; ${fullInputs.length.toLocaleString('en')} weighings, validated` },
  ];
}

export const weighingBench: BenchModule = { name: 'weighing (seed family, median-v1)', run: () => weighingRows() };
