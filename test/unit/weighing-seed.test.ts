import { describe, expect, it } from 'vitest';
import { explain, prepareWeigher, weigh, weighingResultSchema, type WeighingResult } from '../../src/domain/weighing/index.js';
import { familyWith, loadSeedFamily, seedSpans } from './weighing-fixture.js';

/**
 * Hand-computed weighings of the seed family "Organisatieondersteunende functies".
 * Spans (value → levels; RG, R = reconstructed):
 *   complexiteit, opvolging, rol-in-projecten: 1→L1, 2→L2, 3→L3, 4→L4
 *   impact-op-budgetten: 1→L1, 2→L2–3 R, 3→L4 RG
 *   beleidsvoorbereiding: 1→L1, 2→L2 RG, 3→L3–4 RG R
 *   optimalisatie: 1→L1, 2→L2, 3→L3, 4→L4 RG
 *   interpersoonlijke-relaties: 1→L1–3 R, 2→L4 RG
 *   organisatievorm: 1→L1, 2→L2–3 R, 3→L4 RG
 * Levels: L1 = class 14, L2 = 15/16, L3 = 17/18, L4 = 19.
 */
const family = loadSeedFamily();

type Values = Record<string, number>;
const values = (
  complexiteit: number,
  opvolging: number,
  rolInProjecten: number,
  impactOpBudgetten: number,
  beleidsvoorbereiding: number,
  optimalisatie: number,
  interpersoonlijkeRelaties: number,
  organisatievorm: number,
): Values => ({
  complexiteit,
  opvolging,
  'rol-in-projecten': rolInProjecten,
  'impact-op-budgetten': impactOpBudgetten,
  beleidsvoorbereiding,
  optimalisatie,
  'interpersoonlijke-relaties': interpersoonlijkeRelaties,
  organisatievorm,
});

function weighed(v: Values): WeighingResult {
  const result = weigh(family, v);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  // Every result has the shape the API and the FUBE store expect.
  expect(weighingResultSchema.parse(result.value)).toEqual(result.value);
  // The fast path agrees with the full result.
  expect(prepareWeigher(family).level(v)).toBe(result.value.level);
  expect(prepareWeigher(family).class(v)).toBe(result.value.class);
  return result.value;
}

const flagsOf = (r: WeighingResult) => Object.fromEntries(r.flags.map((f) => [f.code, f.criteria]));
const distances = (r: WeighingResult) => r.levels.map((l) => l.distance);
const fits = (r: WeighingResult) => r.levels.map((l) => l.fit);

describe('median-v1 on the seed family, worked out by hand', () => {
  it('the shipped seed encodes the column spans of DOMAIN.md', () => {
    expect(family.criteria.map((c) => c.id)).toEqual(seedSpans.map(([id]) => id));
    family.criteria.forEach((criterion, c) => {
      const expected = seedSpans[c]![2].map(([from, to, extra]) => ({
        from,
        to,
        rg: extra?.rg ?? false,
        confidence: extra?.reconstructed ? 'reconstructed' : 'certain',
      }));
      expect(criterion.values.map(({ from, to, rg, confidence }) => ({ from, to, rg, confidence }))).toEqual(expected);
    });
  });

  it('a unanimous weighing on level 3 gives level 3 and the lower class 17, with nothing above or below', () => {
    // Every chosen span covers L3: 3,3,3 (L3), impact 2 (L2–3), beleid 3 (L3–4), optim 3, interp 1 (L1–3), org 2 (L2–3).
    // distance L1: 2+2+2+1+2+2+0+1 = 12; L2: 1+1+1+0+1+1+0+0 = 5; L3: 0; L4: 1+1+1+1+0+1+1+1 = 7.
    // fit L1: interp = 1; L2: impact, interp, org = 3; L3: all 8; L4: beleid = 1.
    const r = weighed(values(3, 3, 3, 2, 3, 3, 1, 2));
    expect(distances(r)).toEqual([12, 5, 0, 7]);
    expect(fits(r)).toEqual([1, 3, 8, 1]);
    expect([r.level, r.class, r.above, r.below]).toEqual([3, 17, 0, 0]);
    expect(r.criteria.every((c) => c.position === 'on')).toBe(true);
    expect(flagsOf(r)).toEqual({
      'reconstructed-span': ['impact-op-budgetten', 'beleidsvoorbereiding', 'interpersoonlijke-relaties', 'organisatievorm'],
      'rg-required': ['beleidsvoorbereiding'],
    });
  });

  it('a tie between levels 2 and 3 goes to level 2 and names the criteria that reach above it', () => {
    // 2,2 (L2), rol 3 (L3), impact 2 (L2–3), beleid 2 (L2 RG), optim 3 (L3), interp 1 (L1–3), org 3 (L4 RG).
    // distance L1: 1+1+2+1+1+2+0+3 = 11; L2: 0+0+1+0+0+1+0+2 = 4; L3: 1+1+0+0+1+0+0+1 = 4; L4: 2+2+1+1+2+1+1+0 = 10.
    // L2 and L3 tie at 4 → L2. Above L2: rol, optim, org (3); below: none → class 16.
    // Reaching above L2 (to > 2): rol, impact, optim, interp, org. Org lies 2 levels above L2: spread.
    const r = weighed(values(2, 2, 3, 2, 2, 3, 1, 3));
    expect(distances(r)).toEqual([11, 4, 4, 10]);
    expect([r.level, r.class, r.above, r.below]).toEqual([2, 16, 3, 0]);
    expect(flagsOf(r)).toEqual({
      spread: ['organisatievorm'],
      tie: ['rol-in-projecten', 'impact-op-budgetten', 'optimalisatie', 'interpersoonlijke-relaties', 'organisatievorm'],
      'reconstructed-span': ['impact-op-budgetten', 'beleidsvoorbereiding', 'interpersoonlijke-relaties', 'organisatievorm'],
      'rg-required': ['beleidsvoorbereiding', 'organisatievorm'],
    });
    expect(r.flags.map((f) => f.code)).toEqual(['spread', 'tie', 'reconstructed-span', 'rg-required']);
  });

  it('as many criteria above as below a two-class level is borderline and takes the lower class', () => {
    // compl 1 (L1), opv 3 (L3), rol 2, impact 2 (L2–3), beleid 2 (L2 RG), optim 2, interp 1 (L1–3), org 2 (L2–3).
    // distance L1: 0+2+1+1+1+1+0+1 = 7; L2: 1+1 = 2; L3: 2+0+1+0+1+1+0+0 = 5; L4: 3+1+2+1+2+2+1+1 = 13.
    // L2: above = opv, below = compl → 1 = 1 > 0: borderline, class 15.
    const r = weighed(values(1, 3, 2, 2, 2, 2, 1, 2));
    expect(distances(r)).toEqual([7, 2, 5, 13]);
    expect([r.level, r.class, r.above, r.below]).toEqual([2, 15, 1, 1]);
    expect(flagsOf(r).borderline).toEqual(['complexiteit', 'opvolging']);
    expect(flagsOf(r).spread).toBeUndefined();
    expect(flagsOf(r).tie).toBeUndefined();
    expect(r.criteria.find((c) => c.criterionId === 'complexiteit')?.position).toBe('below');
    expect(r.criteria.find((c) => c.criterionId === 'opvolging')?.position).toBe('above');
  });

  it('a criterion two levels away from a one-class level raises the spread flag', () => {
    // All 1 except org 3 (L4 RG). distance L1: org 3 = 3; L2: six criteria 1 + interp 0 + org 2 = 8;
    // L3: 6×2 + 0 + 1 = 13; L4: 6×3 + interp 1 + 0 = 19. Level 1 has one class: 14 although org lies above.
    const r = weighed(values(1, 1, 1, 1, 1, 1, 1, 3));
    expect(distances(r)).toEqual([3, 8, 13, 19]);
    expect([r.level, r.class, r.above, r.below]).toEqual([1, 14, 1, 0]);
    expect(flagsOf(r)).toEqual({
      spread: ['organisatievorm'],
      'reconstructed-span': ['impact-op-budgetten', 'beleidsvoorbereiding', 'interpersoonlijke-relaties', 'organisatievorm'],
      'rg-required': ['organisatievorm'],
    });
  });

  it('more criteria above than below a two-class level gives the higher class', () => {
    // 2,2 (L2), rol 3 (L3), impact 2 (L2–3), beleid 3 (L3–4 RG), optim 2, interp 1 (L1–3), org 2 (L2–3).
    // distance L1: 1+1+2+1+2+1+0+1 = 9; L2: rol 1 + beleid 1 = 2; L3: 1+1+0+0+0+1+0+0 = 3; L4: 2+2+1+1+0+2+1+1 = 10.
    // L2: above = rol, beleid (2) > below (0) → class 16.
    const r = weighed(values(2, 2, 3, 2, 3, 2, 1, 2));
    expect(distances(r)).toEqual([9, 2, 3, 10]);
    expect([r.level, r.class, r.above, r.below]).toEqual([2, 16, 2, 0]);
    expect(flagsOf(r).borderline).toBeUndefined();
  });

  it('more criteria below than above a two-class level keeps the lower class', () => {
    // 1,1 (L1), rol 2, impact 2 (L2–3), beleid 2 (L2 RG), optim 2, interp 1 (L1–3), org 2 (L2–3).
    // distance L1: 0+0+1+1+1+1+0+1 = 5; L2: 1+1 = 2. L2: above 0, below 2 → class 15.
    const r = weighed(values(1, 1, 2, 2, 2, 2, 1, 2));
    expect([r.level, r.class, r.above, r.below]).toEqual([2, 15, 0, 2]);
  });

  it('the heaviest value everywhere gives level 4, class 19, and every RG value needs a result area', () => {
    // distance L1: 3+3+3+3+2+3+3+3 = 23; L2: 2×7 + beleid 1 = 15; L3: 1×7 + 0 = 7; L4: 0.
    const r = weighed(values(4, 4, 4, 3, 3, 4, 2, 3));
    expect(distances(r)).toEqual([23, 15, 7, 0]);
    expect([r.level, r.class]).toEqual([4, 19]);
    expect(flagsOf(r)).toEqual({
      'reconstructed-span': ['impact-op-budgetten', 'beleidsvoorbereiding', 'interpersoonlijke-relaties', 'organisatievorm'],
      'rg-required': ['impact-op-budgetten', 'beleidsvoorbereiding', 'optimalisatie', 'interpersoonlijke-relaties', 'organisatievorm'],
    });
  });

  it('level 3 with two criteria above and none below gives class 18', () => {
    // 4,4 (L4), rol 3, impact 2 (L2–3), beleid 3 (L3–4), optim 3, interp 1 (L1–3), org 2 (L2–3).
    // distance L3: 1+1 = 2; L4: rol, impact, optim, interp, org = 5; L2: 2+2+1+0+1+1+0+0 = 7.
    const r = weighed(values(4, 4, 3, 2, 3, 3, 1, 2));
    expect(distances(r)).toEqual([14, 7, 2, 5]);
    expect([r.level, r.class, r.above, r.below]).toEqual([3, 18, 2, 0]);
  });

  it('stores the rule id, the family version and the values it weighed', () => {
    const v = values(2, 2, 3, 2, 2, 3, 1, 3);
    const r = weighed(v);
    expect(r.rule).toBe('median-v1');
    expect(r.familyId).toBe('organisatieondersteunende-functies');
    expect(r.familyVersion).toBe(family.version);
    expect(r.values).toEqual(v);
  });
});

describe('the explanation a function holder reads', () => {
  it('gives the suggestion, every criterion with its value and position, and the flags in Dutch words', () => {
    const r = weighed(values(2, 2, 3, 2, 2, 3, 1, 3));
    const text = explain(r, family);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Voorstel: functiefamilieniveau 2 van de familie Organisatieondersteunende functies (functieklassen 15/16), functieklasse 16.',
    );
    expect(text).toContain('3 criteria liggen hoger dan niveau 2 en geen enkel lager. Omdat meer criteria hoger dan lager liggen, wordt het de hoogste klasse: 16.');
    expect(text).toContain(
      '- Rol in projecten: waarde 3 ("Leidt projecten waarbij afstemming met topmanagement vaak vereist is"), hoort bij niveau 3 (functieklassen 17/18); dat is hoger dan het voorgestelde niveau.',
    );
    expect(lines.find((l) => l.startsWith('- Interpersoonlijke relaties:'))).toMatch(
      /waarde 1 \(".+"\), hoort bij de niveaus 1 tot en met 3 \(functieklassen 14, 15\/16, 17\/18\); dat is op het voorgestelde niveau\.$/,
    );
    // One line per criterion, in the family's order.
    const criterionLines = lines.filter((l) => /^- .+: waarde \d/.test(l));
    expect(criterionLines.map((l) => l.slice(2, l.indexOf(':')))).toEqual(family.criteria.map((c) => c.name));
    // Organisatievorm value 3 is an RG value (hierarchical leadership): far from the level, but not put in doubt.
    expect(text).toContain('- Ver van het voorgestelde niveau, als RG-waarde: Organisatie- en samenwerkingsvorm ligt twee of meer niveaus van het voorgestelde niveau.');
    expect(text).not.toContain('Grote spreiding');
    expect(text).toContain('- Gelijke stand: de niveaus 2 en 3 liggen even dicht bij de gekozen waarden. De regel kiest dan het laagste niveau.');
    expect(text).toContain('te controleren tegen het origineel'.replace(/^t/, 'T'));
    // Every value of the four reconstructed rows is named, whichever is chosen.
    expect(text).toContain('bij Impact op budgetten, Beleidsvoorbereiding, Interpersoonlijke relaties en Organisatie- en samenwerkingsvorm is niet zeker welke niveaus');
    expect(text).toMatch(/- Resultaatgebied nodig: de functiebeschrijving moet een extra resultaatgebied bevatten voor Beleidsvoorbereiding, waarde 2 \("Vanuit het eigen vakgebied actief uitwerken van het beleid/);
    // Whole texts, alternatives joined by OF: never cut mid-phrase.
    expect(text).toMatch(/extra resultaatgebied bevatten voor Organisatie- en samenwerkingsvorm, waarde 3 \(".+ OF .+"\)\./);
    expect(text).not.toContain('…');
    // No jargon of the rule's internals.
    expect(text).not.toMatch(/afstand|distance|median|fit/i);
  });

  it('reads in English too, with the same numbers', () => {
    // All 1 except interp 2 (L4 RG): distance L1 = 3, one-class level 1, class 14; interp lies 3 levels above.
    const r = weighed(values(1, 1, 1, 1, 1, 1, 2, 1));
    expect([r.level, r.class]).toEqual([1, 14]);
    const en = explain(r, family, 'en');
    expect(en.split('\n')[0]).toBe('Suggestion: family level 1 of the family Organisatieondersteunende functies, function class 14.');
    expect(en).toContain('- Far from the suggested level, as an RG value: Interpersoonlijke relaties lies two or more levels away from the suggested level.');
    expect(en).toContain('- Result area needed: the function description must contain an extra result area for Interpersoonlijke relaties, value 2 (');
    expect(en).not.toContain('two function classes');
  });

  it('reads the class choice without "0 criteria" or "niet meer" (which reads as "no longer")', () => {
    // All values on level 2 (class 15/16): nothing above, nothing below.
    const r = weighed(values(2, 2, 2, 2, 2, 2, 1, 2));
    const text = explain(r, family);
    expect(text).toContain('Geen enkel criterium ligt hoger dan niveau 2 en geen enkel lager. Omdat niet meer criteria hoger dan lager liggen, wordt het de laagste klasse: 15.');
    expect(text).not.toMatch(/\b0 criteria|niet meer hoger/);
  });

  it('shows a holder no points of attention: no spread, tie or reconstruction notes', () => {
    const r = weighed(values(2, 2, 3, 2, 2, 3, 1, 3));
    const holder = explain(r, family, 'nl', 'holder');
    expect(holder).toContain('Per criterium:');
    expect(holder).not.toMatch(/Aandachtspunten|spreiding|RG-waarde|Gelijke stand|origineel|gereconstrueerd/);
  });

  it('says there is nothing to look at when no flag is raised', () => {
    const small = familyWith([[5], [6, 7]], [
      ['a', 'Criterium A', [[1, 1], [2, 2]]],
      ['b', 'Criterium B', [[1, 1], [2, 2]]],
    ]);
    const r = weigh(small, { a: 2, b: 2 });
    expect(r.ok && r.value.flags).toEqual([]);
    if (r.ok) expect(explain(r.value, small).split('\n').slice(-2)).toEqual(['Aandachtspunten:', 'Geen aandachtspunten.']);
  });
});
