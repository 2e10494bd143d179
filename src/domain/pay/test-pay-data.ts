/**
 * Generated pay records with a planted adjusted gap, for tests and the bench (not used by the
 * application): ln standardised salary = 7.9 + 0.03 training years + 0.01 service + 0.02 e −
 * 0.0003 e² + 0.09 × class + a position effect + `sexCoefficient` × (sex = F) + normal noise.
 * Seeded, so every run sees the same persons. `payCsv` writes them as our pay CSV, numbers
 * in full (String(n) round-trips exactly), so a reader gets the same numbers back.
 */
import { TRAINING_YEARS, potentialExperience } from './adjusted-gap.js';
import type { PayRecord, Sex } from './record.js';
import { randomInt, seededRandom } from './test-random.js';

export interface GeneratedPayOptions {
  seed?: number;
  /** The planted coefficient of sex (F) on ln standardised salary; −0.08 ≈ women earn 7.7 % less. */
  sexCoefficient?: number;
  /** Standard deviation of the noise on ln salary (default 0.05). */
  noise?: number;
  /** Classes 1…classes as explicit categories (default 6). */
  classes?: number;
  /** Share of women (default 0.5); 0 or 1 leaves one sex absent. */
  womenShare?: number;
}

/** Records as the reader returns them for lines 2, 3, …; the true sex coefficient is options.sexCoefficient. */
export function generatePayRecords(count: number, options: GeneratedPayOptions = {}): PayRecord[] {
  const random = seededRandom(options.seed ?? 20_261_202);
  const b = options.sexCoefficient ?? -0.08;
  const sigma = options.noise ?? 0.05;
  const classes = options.classes ?? 6;
  const womenShare = options.womenShare ?? 0.5;
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const records: PayRecord[] = [];
  for (let i = 0; i < count; i++) {
    const sex: Sex = random() < womenShare ? 'F' : 'M';
    const education = randomInt(random, 1, 8);
    const age = randomInt(random, 20, 64);
    const yearsOfService = randomInt(random, 0, Math.max(0, age - 20));
    const cls = randomInt(random, 1, classes);
    const position = randomInt(random, 1, 5);
    const e = potentialExperience(age, education);
    const ln =
      7.9 + 0.03 * TRAINING_YEARS[education]! + 0.01 * yearsOfService + 0.02 * e - 0.0003 * e * e + 0.09 * cls + 0.04 * (5 - position) + (sex === 'F' ? b : 0) + sigma * normal();
    const fte = [1, 1, 1, 0.8, 0.5][randomInt(random, 0, 4)]!;
    const annual = Math.exp(ln) * 12 * fte;
    const variableShare = random() < 0.4 ? 0.05 + 0.1 * random() : 0;
    records.push({
      line: i + 2,
      person: `p${i + 1}`,
      sex,
      age,
      yearsOfService,
      education,
      fube: null,
      category: String(cls),
      position,
      fte,
      hoursPaid: 1976 * fte,
      basicPay: annual * (1 - variableShare),
      variablePay: annual * variableShare,
    });
  }
  return records;
}

export const PAY_CSV_HEADER = ['person', 'sex', 'age', 'yearsOfService', 'education', 'category', 'position', 'fte', 'hoursPaid', 'basicPay', 'variablePay'] as const;

/** Our pay CSV of the records (header, then one line each, `\n` line ends). */
export function payCsv(records: readonly PayRecord[], delimiter: ';' | ',' = ';'): string {
  const lines = [PAY_CSV_HEADER.join(delimiter)];
  for (const r of records)
    lines.push([r.person, r.sex, r.age, r.yearsOfService, r.education, r.category ?? '', r.position ?? '', r.fte, r.hoursPaid, r.basicPay, r.variablePay].join(delimiter));
  return `${lines.join('\n')}\n`;
}
