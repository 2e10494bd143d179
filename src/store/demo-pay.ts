import { seededRandom } from '../domain/pay/test-random.js';
import type { Store } from './database.js';
import type { StoredPayRecord } from './pay-repository.js';

/**
 * The demo's pay period (issue 16 item 8): one record for every demo person and, so that the
 * adjusted model has enough persons (at least 50, DOMAIN.md §7), colleagues beyond the demo
 * set with an explicit category. Pay follows a Flemish-government-like scale per class (a
 * start salary and a yearly seniority step, capped after 27 years; end-of-year premium and
 * holiday pay as the variable part). Class 16 holds a gap: its women's seniority was
 * recognised three steps lower, their scale placed 4 % lower and they get half the
 * allowances: about 6 to 7 % on the pay level, flagged; class 19 has too few women and men and stays suppressed. Deterministic (seeded); amounts are not real scales.
 */

/** Annual gross basic pay at 0 years and the yearly step, per class (euro, full time). */
const SCALES: Readonly<Record<number, { start: number; step: number }>> = {
  14: { start: 36_400, step: 720 },
  15: { start: 40_100, step: 800 },
  16: { start: 44_300, step: 880 },
  17: { start: 50_200, step: 990 },
  18: { start: 56_800, step: 1_090 },
  19: { start: 64_500, step: 1_210 },
};
const CLASSES = Object.keys(SCALES).map(Number);
/** The class with the gap. */
export const DEMO_GAP_CLASS = 16;
/** Persons in the period at least (demo people and colleagues beyond them). */
const DEMO_PAY_PERSONS = 120;
/** Hours paid in a full-time year (38 h a week). */
const FULL_TIME_HOURS = 1_976;

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Attributes {
  sex: 'F' | 'M';
  age: number;
  yearsOfService: number;
  education: number;
  fte: number;
  allowance: number;
}

export interface DemoPayOptions {
  /** The reference date, YYYY-MM-DD (the demo's today). */
  referenceDate: string;
  /** The demo pay analyst's user id (who imported). */
  importedBy: string;
}

/** Stores the demo's pay period through the repository (one transaction, with its history row). */
export async function loadDemoPay(store: Store, options: DemoPayOptions): Promise<{ period: string; records: number }> {
  const random = seededRandom(20_260_607);
  const [people, held] = await Promise.all([store.people.list(), store.pay.heldInForce(options.referenceDate)]);
  const records: StoredPayRecord[] = [];
  // Within a class, persons come in pairs of a woman and a man with the same age, service,
  // education, working time and allowances: outside the gap class the gap is only what an
  // odd last person makes, far below 5 %.
  const pending = new Map<number, Omit<Attributes, 'sex'>>();
  const add = (personKey: string, entityId: string | null, classOf: { class: number; family: string | null; fubeId: string | null } | { category: string }) => {
    const klass = 'class' in classOf ? classOf.class : Number(classOf.category);
    let attributes: Attributes;
    const first = pending.get(klass);
    if (first === undefined) {
      const age = 24 + Math.floor(random() * 38);
      const drawn = {
        age,
        yearsOfService: Math.min(age - 22, Math.floor(random() * (age - 21))),
        education: [1, 2, 2, 3, 3, 4][Math.floor(random() * 6)]!,
        fte: random() < 0.22 ? [0.5, 0.6, 0.8, 0.9][Math.floor(random() * 4)]! : 1,
        allowance: random() < 0.3 ? 1_200 + Math.floor(random() * 2_400) : 0,
      };
      pending.set(klass, drawn);
      attributes = { ...drawn, sex: 'F' };
    } else {
      pending.delete(klass);
      attributes = { ...first, sex: 'M' };
    }
    const { sex, age, yearsOfService, education, fte } = attributes;
    const scale = SCALES[klass] ?? SCALES[16]!;
    const gap = klass === DEMO_GAP_CLASS && sex === 'F';
    const steps = Math.min(27, Math.max(0, yearsOfService - (gap ? 3 : 0)));
    const basicPay = round2((scale.start + scale.step * steps) * fte * (gap ? 0.96 : 1));
    // End-of-year premium (a fixed part and 2.5 %) and holiday pay (92 % of a month); allowances for some, fewer for the gap class's women.
    const allowance = gap ? attributes.allowance / 2 : attributes.allowance;
    const variablePay = round2(fte * 1_150 + basicPay * 0.025 + (basicPay / 12) * 0.92 + allowance);
    records.push({
      personKey,
      line: records.length + 2,
      entityId,
      sex,
      age,
      yearsOfService,
      education,
      fubeId: 'class' in classOf ? classOf.fubeId : null,
      category: 'category' in classOf ? classOf.category : null,
      resolvedFamily: 'class' in classOf ? classOf.family : null,
      resolvedClass: 'class' in classOf ? classOf.class : null,
      position: klass >= 18 ? 2 : klass >= 17 ? 3 : 4,
      fte,
      hoursPaid: round2(FULL_TIME_HOURS * fte),
      basicPay,
      variablePay,
    });
  };
  for (const person of people) {
    const fube = held.byPerson.get(person.id);
    if (fube !== undefined) add(person.id, person.entityId, { class: fube.class, family: fube.family, fubeId: fube.fubeId });
    // Demo people without a function in force: their category as HR recorded it in the pay file.
    else add(person.id, person.entityId, { category: String(CLASSES[Math.floor(random() * CLASSES.length)]) });
  }
  for (let n = 1; records.length < DEMO_PAY_PERSONS; n++) {
    const entityId = n % 2 === 0 ? 'dfb' : 'afb';
    // The gap class is well filled, so its figures are not suppressed.
    const klass = n % 4 === 0 ? DEMO_GAP_CLASS : CLASSES[Math.floor(random() * CLASSES.length)]!;
    add(`demo-loon-${String(n).padStart(3, '0')}`, entityId, { category: String(klass) });
  }
  const period = options.referenceDate.slice(0, 4);
  await store.pay.replacePeriod(
    { id: period, referenceDate: options.referenceDate, entityId: null, importedBy: options.importedBy, sourceFormat: 'csv', threshold: 5 },
    records,
    { actorId: options.importedBy, data: { demo: true, referenceDate: options.referenceDate, imported: records.length } },
  );
  return { period, records: records.length };
}
