import { readFileSync } from 'node:fs';
import { type Family, type FamilyInput, loadFamilySource, parseFamily } from '../../src/domain/family/index.js';

const SEED_FILE = new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url);

/** The shipped seed family, as every adapter loads it. */
export function loadSeedFamily(): Family {
  const loaded = loadFamilySource(readFileSync(SEED_FILE, 'utf8'), { file: SEED_FILE.pathname });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.value;
}

/**
 * A family with the seed's levels, criteria and column spans (DOMAIN.md §2), with short
 * texts. Tests use it where only the spans matter, so they do not depend on the wording of
 * the shipped family file.
 */
type Span = [from: number, to: number, extra?: { rg?: boolean; reconstructed?: boolean }];

export const seedSpans: [id: string, name: string, spans: Span[]][] = [
  ['complexiteit', 'Complexiteit van de problematiek', [[1, 1], [2, 2], [3, 3], [4, 4]]],
  ['opvolging', 'Mate van opgevolgd worden', [[1, 1], [2, 2], [3, 3], [4, 4]]],
  ['rol-in-projecten', 'Rol in projecten', [[1, 1], [2, 2], [3, 3], [4, 4]]],
  // The four rows that lost merges: every value reconstructed (DOMAIN.md §2).
  ['impact-op-budgetten', 'Impact op budgetten', [[1, 1, { reconstructed: true }], [2, 3, { reconstructed: true }], [4, 4, { rg: true, reconstructed: true }]]],
  ['beleidsvoorbereiding', 'Beleidsvoorbereiding', [[1, 1, { reconstructed: true }], [2, 2, { rg: true, reconstructed: true }], [3, 4, { rg: true, reconstructed: true }]]],
  ['optimalisatie', 'Optimalisatie van de werking/dienstverlening', [[1, 1], [2, 2], [3, 3], [4, 4, { rg: true }]]],
  ['interpersoonlijke-relaties', 'Interpersoonlijke relaties', [[1, 3, { reconstructed: true }], [4, 4, { rg: true, reconstructed: true }]]],
  ['organisatievorm', 'Organisatie- en samenwerkingsvorm', [[1, 1, { reconstructed: true }], [2, 3, { reconstructed: true }], [4, 4, { rg: true, reconstructed: true }]]],
];

/** The family as data, not yet checked (property tests build many; one test checks them). */
export function familyInput(
  levels: number[][],
  criteria: [id: string, name: string, spans: Span[]][],
  overrides: Partial<FamilyInput> = {},
): FamilyInput & Family {
  return {
    id: 'testfamilie',
    name: 'Testfamilie',
    version: 1,
    source: 'testgegevens',
    purpose: { what: 'iets doen', goal: 'iets bereiken' },
    levels: levels.map((classes, i) => ({ level: i + 1, classes })),
    resultAreas: [{ id: 'werk', title: 'Werk', what: 'werken', goal: 'resultaat' }],
    criteria: criteria.map(([id, name, spans]) => ({
      id,
      name,
      values: spans.map(([from, to, extra], v) => ({
        text: `${name} waarde ${v + 1}`,
        from,
        to,
        rg: extra?.rg ?? false,
        confidence: extra?.reconstructed ? ('reconstructed' as const) : ('certain' as const),
      })),
    })),
    expertise: {
      instruction: 'Nog functie- en entiteitspecifiek maken',
      levels: levels.map((_, i) => ({ level: i + 1, knowledge: `kennis ${i + 1}`, educationAndExperience: `ervaring ${i + 1}` })),
    },
    scopeNotes: [],
    competencies: [],
    ...overrides,
  } as FamilyInput & Family;
}

export function familyWith(
  levels: number[][],
  criteria: [id: string, name: string, spans: Span[]][],
  overrides: Partial<FamilyInput> = {},
): Family {
  const parsed = parseFamily(familyInput(levels, criteria, overrides));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.value;
}

export const seedLikeFamily: Family = familyWith([[14], [15, 16], [17, 18], [19]], seedSpans, {
  id: 'organisatieondersteunende-functies',
  name: 'Organisatieondersteunende functies',
});

/** Every weighing of a family, as value numbers in criterion order (odometer order). */
export function* allVectors(family: Family): Generator<number[]> {
  const counts = family.criteria.map((c) => c.values.length);
  const vector = counts.map(() => 1);
  for (;;) {
    yield [...vector];
    let c = vector.length - 1;
    while (c >= 0 && vector[c] === counts[c]) vector[c--] = 1;
    if (c < 0) return;
    vector[c]!++;
  }
}

export function toValues(family: Family, vector: readonly number[]): Record<string, number> {
  return Object.fromEntries(family.criteria.map((c, i) => [c.id, vector[i]!]));
}
