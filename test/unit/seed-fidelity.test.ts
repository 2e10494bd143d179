import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/domain/errors.js';
import { type Family, loadFamilySource, valueText } from '../../src/domain/family/index.js';

/**
 * The shipped seed family must say what the seed document says, no more and no less.
 * The seed is a plain-text export of a Word document; both it and the YAML are reduced to
 * "blocks" (one cell line of the seed, one text or paragraph of the YAML) and aligned in
 * the seed's reading order, one to one. The spans and competency requirements, which the
 * export lost, are checked against the tables of docs/domain.md as data.
 */

const root = new URL('../../', import.meta.url);
const SEED_FILE = 'families/sources/000_ac4ef6864be097f1.txt';
const FAMILY_FILE = 'families/organisatieondersteunende-functies.yaml';
const seedSource = readFileSync(new URL(SEED_FILE, root), 'utf8');
const familySource = readFileSync(new URL(FAMILY_FILE, root), 'utf8');

function loadSeedFamily(): Family {
  const result = loadFamilySource(familySource, { file: FAMILY_FILE });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.value;
}

// ---------------------------------------------------------------------------------------
// The seed cut into blocks.

/** Table headers and column/row labels of the seed: layout, not family content. */
const SEED_HEADERS = new Set([
  'Doel van de functiefamilie',
  'met als doel',
  'Resultaatgebieden',
  'Wat',
  'Resultaat',
  'Voorbeelden van activiteiten',
  'Indelingscriteria',
  'Waarde 1',
  'Waarde 2',
  'Waarde 3',
  'Waarde 4',
  'Vaktechnische competenties',
  'Vakkennis',
  'Opleidingsniveau & ervaring',
  'Competenties',
  'Functieklasse 14',
  'Functieklasse 15/16',
  'Functieklasse 17/18',
  'Functieklasse 19',
]);

/** Words the export broke with a hyphen at a line end in Word; real compounds such as
 * "Diepte-analyse" and "organisatie-eigen" keep theirs. */
const SEED_HYPHENATIONS: [string, string][] = [['dienstverle-ning', 'dienstverlening']];

interface SeedBlock {
  line: number;
  text: string;
}

/**
 * One block per cell line of the seed. A tab starts a table cell and a line break starts
 * a line, so splitting on both gives every cell line. Normalisations, in order:
 * - non-breaking spaces become spaces, runs of whitespace one space, ends trimmed;
 * - a leading "·" bullet is removed (the export writes list items as "· item");
 * - export hyphenation is undone (SEED_HYPHENATIONS);
 * - a double comma becomes one ("rekenmodellen,,");
 * - a space just inside parentheses goes ("( ≠ hiërarchische aansturing)");
 * - dropped: empty lines and empty bullets, a list item that is only "…" (the export's
 *   "and so on" item), the "EN"/"OF" lines between the parts of a value (the YAML holds
 *   them as `parts.join`), and the table headers in SEED_HEADERS.
 * Kept on purpose, so that the YAML is checked against them: the numbering of result
 * areas ("1. BEHOEFTEANALYSE") and competency levels ("1 = ..."), and the "(RG)" markers.
 */
function seedBlocks(source: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  source.split('\n').forEach((physical, index) => {
    for (const cell of physical.split('\t')) {
      let text = cell.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
      text = text.replace(/^·\s*/, '');
      for (const [broken, whole] of SEED_HYPHENATIONS) text = text.replaceAll(broken, whole);
      text = text.replace(/,,/g, ',').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
      if (text === '' || text === '…' || text === 'EN' || text === 'OF' || SEED_HEADERS.has(text)) continue;
      blocks.push({ line: index + 1, text });
    }
  });
  return blocks;
}

// ---------------------------------------------------------------------------------------
// The family cut into blocks, in the seed's reading order.

interface FamilyBlock {
  path: string;
  text: string;
  /** Result-area titles: the seed prints them in capitals. */
  ignoreCase?: boolean;
}

/** Multi-paragraph texts (knowledge cells) are one block per paragraph. */
function paragraphs(path: string, text: string): FamilyBlock[] {
  const parts = text.split('\n\n');
  return parts.map((part, i) => ({ path: parts.length > 1 ? `${path}#${i + 1}` : path, text: part }));
}

/**
 * Every text of the family as the seed shows it: result-area titles with their number,
 * competency levels as "n = text", the note in parentheses and an RG value's texts
 * followed by "(RG)". Left out: ids, `source` and the family's `name` (the seed names the
 * family nowhere; the name comes from docs/domain.md).
 */
function familyBlocks(family: Family): FamilyBlock[] {
  const blocks: FamilyBlock[] = [];
  const add = (path: string, text: string) => blocks.push(...paragraphs(path, text));
  add('purpose.what', family.purpose.what);
  add('purpose.goal', family.purpose.goal);
  family.scopeNotes.forEach((note, i) => add(`scopeNotes[${i}]`, note));
  family.resultAreas.forEach((area, i) => {
    const at = `resultAreas[${i}]`;
    blocks.push({ path: `${at}.title`, text: `${i + 1}. ${area.title}`, ignoreCase: true });
    add(`${at}.what`, area.what);
    add(`${at}.goal`, area.goal);
    area.activities.forEach((activity, j) => add(`${at}.activities[${j}]`, activity));
  });
  if (family.resultAreaContext !== undefined) add('resultAreaContext', family.resultAreaContext);
  family.criteria.forEach((criterion, c) => {
    const at = `criteria[${c}]`;
    add(`${at}.name`, criterion.name);
    if (criterion.note !== undefined) add(`${at}.note`, `(${criterion.note})`);
    criterion.values.forEach((value, v) => {
      const marked = (text: string) => (value.rg ? `${text} (RG)` : text);
      if (value.text !== undefined) add(`${at}.values[${v}].text`, marked(value.text));
      value.parts?.items.forEach((item, j) => add(`${at}.values[${v}].parts.items[${j}]`, marked(item)));
    });
  });
  // The seed's expertise table: the knowledge row, the instruction under it, then the
  // education-and-experience row.
  family.expertise.levels.forEach((level, i) => add(`expertise.levels[${i}].knowledge`, level.knowledge));
  add('expertise.instruction', family.expertise.instruction);
  family.expertise.levels.forEach((level, i) =>
    add(`expertise.levels[${i}].educationAndExperience`, level.educationAndExperience),
  );
  family.competencies.forEach((competency, k) => {
    const at = `competencies[${k}]`;
    add(`${at}.name`, competency.name);
    add(`${at}.definition`, competency.definition);
    competency.levels.forEach((level, l) => add(`${at}.levels[${l}].text`, `${level.level} = ${level.text}`));
  });
  return blocks;
}

/** Paths of every string in the data, to prove familyBlocks leaves no text out. */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path === '' ? key : `${path}.${key}`));
  return [];
}
const NOT_TEXT = /(^|\.)(id|source|confidence|join)$|^name$/;

// ---------------------------------------------------------------------------------------
// Alignment: walk both in order; a family block takes the next seed block(s) whose text,
// joined by spaces, equals it (a seed cell can wrap one text over several lines).

interface Alignment {
  /** Family texts not found, in order, in the seed. */
  unmatched: FamilyBlock[];
  /** Seed blocks that no family text took. */
  unused: SeedBlock[];
}

function align(family: FamilyBlock[], seed: SeedBlock[]): Alignment {
  const unmatched: FamilyBlock[] = [];
  const unused: SeedBlock[] = [];
  let next = 0;
  for (const block of family) {
    const fold = (s: string) => (block.ignoreCase ? s.toLocaleUpperCase('nl-BE') : s);
    const want = fold(block.text);
    let found: { start: number; end: number } | undefined;
    for (let start = next; start < seed.length && found === undefined; start++) {
      let joined = fold(seed[start]!.text);
      for (let end = start; ; ) {
        if (joined === want) {
          found = { start, end };
          break;
        }
        end++;
        if (end >= seed.length || !want.startsWith(`${joined} `)) break;
        joined = `${joined} ${fold(seed[end]!.text)}`;
      }
    }
    if (found === undefined) {
      unmatched.push(block);
      continue;
    }
    unused.push(...seed.slice(next, found.start));
    next = found.end + 1;
  }
  unused.push(...seed.slice(next));
  return { unmatched, unused };
}

const describeUnmatched = (a: Alignment) => a.unmatched.map((b) => `${b.path}: ${JSON.stringify(b.text)}`);
const describeUnused = (a: Alignment) => a.unused.map((b) => `${SEED_FILE}:${b.line}: ${JSON.stringify(b.text)}`);

// ---------------------------------------------------------------------------------------

describe('the seed family file', () => {
  const family = loadSeedFamily();
  const seed = seedBlocks(seedSource);
  const blocks = familyBlocks(family);
  const alignment = align(blocks, seed);

  it('is compared with the unchanged seed document', () => {
    // The copy in the repository is the export as received; fixing it to fit the YAML
    // would hide a difference.
    expect(createHash('sha256').update(seedSource).digest('hex')).toBe(
      'bad3666ce88e6305ca19a8626ea37c4ec9cde9ebbc2cdd4166a76779f68ab0b0',
    );
  });

  it('loads without errors', () => {
    const result = loadFamilySource(familySource, { file: FAMILY_FILE });
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('has every one of its texts in the seed, in the seed’s order', () => {
    expect(describeUnmatched(alignment)).toEqual([]);
  });

  it('has every text block of the seed', () => {
    expect(describeUnused(alignment)).toEqual([]);
  });

  it('leaves no text of the file out of that comparison', () => {
    const compared = new Set(blocks.map((b) => b.path.replace(/#\d+$/, '')));
    const texts = stringPaths(family).filter((path) => !NOT_TEXT.test(path));
    expect(texts.filter((path) => !compared.has(path))).toEqual([]);
    expect(texts.length).toBeGreaterThan(150);
  });

  it('cuts the seed into the blocks the comparison relies on', () => {
    const texts = seed.map((b) => b.text);
    // Headers, EN/OF, empty bullets and "…" items are gone; wrapped lines stay separate.
    for (const gone of ['Waarde 1', 'Functieklasse 15/16', 'met als doel', 'EN', 'OF', '…', ''])
      expect(texts).not.toContain(gone);
    expect(texts).toContain('7. KENNIS M.B.T. HET VAKGEBIED');
    expect(texts).toContain('Optimalisatie van de werking/dienstverlening');
    expect(texts).toContain('Ontwikkelen van opleidingen, rekenmodellen, IT-programma’s… databanken, concepten voor financieel beheer');
    expect(texts).toContain('(≠ hiërarchische aansturing)');
    expect(texts).toContain('1 = Neemt verantwoordelijkheid voor zijn werk');
    expect(texts.filter((t) => t.endsWith('(RG)'))).toHaveLength(7);
  });

  it('fails the comparison when any one text is deleted or altered', () => {
    // Proves the two tests above can fail: every single-text change is seen.
    const missed: string[] = [];
    blocks.forEach((block, i) => {
      const without = [...blocks.slice(0, i), ...blocks.slice(i + 1)];
      if (align(without, seed).unused.length === 0) missed.push(`deleting ${block.path}`);
      const altered = { ...block, text: block.text.replace(/\S+$/, (word) => `${word}x`) };
      if (align([...blocks.slice(0, i), altered, ...blocks.slice(i + 1)], seed).unmatched.length === 0)
        missed.push(`altering ${block.path}`);
    });
    // Moving an activity to another result area breaks the order.
    const first = blocks.findIndex((b) => b.path === 'resultAreas[0].activities[0]');
    const moved = [...blocks.slice(0, first), ...blocks.slice(first + 1)];
    const into = moved.findIndex((b) => b.path === 'resultAreas[1].activities[0]');
    moved.splice(into, 0, blocks[first]!);
    if (align(moved, seed).unmatched.length === 0) missed.push('moving an activity');
    expect(missed).toEqual([]);
  });

  it('is cleaned of export artefacts', () => {
    const dirty: string[] = [];
    const check = (path: string, text: string) => {
      const problems = [
        [/\u00a0/, 'non-breaking space'],
        [/\u00ad/, 'soft hyphen'],
        [/,,/, 'double comma'],
        [/ {2}/, 'double space'],
        [/^\s|\s$/, 'space at the start or end'],
        [/^·/, 'bullet'],
        [/^…$/, 'lone "…"'],
        [/dienstverle-ning/, 'export hyphenation'],
      ] as const;
      for (const [pattern, what] of problems) if (pattern.test(text)) dirty.push(`${path}: ${what}`);
      // The source note may name the marker; a family text must not carry it.
      if (path !== 'source' && text.includes('(RG)')) dirty.push(`${path}: "(RG)" marker (use rg: true)`);
      // Paragraphs are separated by exactly one blank line and hold no line break.
      if (text.split('\n\n').some((p) => p === '' || p.includes('\n') || p.trim() !== p))
        dirty.push(`${path}: line break other than one blank line between paragraphs`);
    };
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') check(path, value);
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
    };
    walk(family, '');
    expect(dirty).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// docs/domain.md as data.

type Span = { from: number; to: number; rg: boolean; confidence: 'certain' | 'reconstructed'; form: 'text' | 'and' | 'or' };
const span = (from: number, to: number, more: Partial<Span> = {}): Span => ({
  from,
  to,
  rg: false,
  confidence: 'certain',
  form: 'text',
  ...more,
});
const RG = { rg: true } as const;
const GUESSED = { confidence: 'reconstructed' } as const;
const AND = { form: 'and' } as const;
const OR = { form: 'or' } as const;

/** "Criteria (value → levels)" of docs/domain.md, plus the EN/OF structure of the seed. */
const CRITERIA: Record<string, Span[]> = {
  complexiteit: [span(1, 1, AND), span(2, 2, AND), span(3, 3, AND), span(4, 4, AND)],
  opvolging: [span(1, 1), span(2, 2), span(3, 3), span(4, 4)],
  'rol-in-projecten': [span(1, 1), span(2, 2), span(3, 3), span(4, 4, AND)],
  // The four rows that lost merges: every value is a guess, single-level ones too (DOMAIN.md §2).
  'impact-op-budgetten': [span(1, 1, GUESSED), span(2, 3, GUESSED), span(4, 4, { ...RG, ...GUESSED })],
  beleidsvoorbereiding: [span(1, 1, GUESSED), span(2, 2, { ...RG, ...GUESSED }), span(3, 4, { ...RG, ...GUESSED })],
  optimalisatie: [span(1, 1), span(2, 2), span(3, 3), span(4, 4, RG)],
  'interpersoonlijke-relaties': [span(1, 3, GUESSED), span(4, 4, { ...RG, ...GUESSED })],
  organisatievorm: [span(1, 1, GUESSED), span(2, 3, { ...GUESSED, ...OR }), span(4, 4, { ...RG, ...GUESSED, ...OR })],
};

/** "Behavioural competencies" of docs/domain.md: levels for 14, 15/16, 17/18, 19. */
const COMPETENCIES: [string, (number | null)[], 'certain' | 'reconstructed'][] = [
  ['verantwoordelijkheid-nemen', [1, 2, 2, 2], 'reconstructed'],
  ['samenwerken', [2, 2, 2, 2], 'certain'],
  ['analyseren', [1, 2, 3, null], 'certain'],
  ['oordeelsvorming', [null, 2, 2, 3], 'reconstructed'],
  ['visie', [null, null, 1, 2], 'reconstructed'],
  ['initiatief', [2, null, null, null], 'reconstructed'],
  ['innoveren', [null, 2, 2, 2], 'reconstructed'],
  ['klantgerichtheid', [1, 2, 2, 3], 'reconstructed'],
];

describe('the seed family follows docs/domain.md', () => {
  const family = loadSeedFamily();

  it('has the stable ids', () => {
    expect(family.id).toBe('organisatieondersteunende-functies');
    expect(family.name).toBe('Organisatieondersteunende functies');
    expect(family.version).toBe(1);
    expect(family.criteria.map((c) => c.id)).toEqual(Object.keys(CRITERIA));
    expect(family.resultAreas.map((a) => a.id)).toEqual([
      'behoefteanalyse',
      'dienstverlening',
      'werkinstrumenten',
      'adviesverlening',
      'kwaliteitsborging',
      'communicatie',
      'kennis',
      'projectdeelname',
    ]);
    expect(family.competencies.map((c) => c.id)).toEqual(COMPETENCIES.map(([id]) => id));
  });

  it('has four levels over the classes 14, 15/16, 17/18 and 19', () => {
    expect(family.levels).toEqual([
      { level: 1, classes: [14] },
      { level: 2, classes: [15, 16] },
      { level: 3, classes: [17, 18] },
      { level: 4, classes: [19] },
    ]);
  });

  it('has the value spans, RG flags and EN/OF structure of the reconstruction', () => {
    const actual = Object.fromEntries(
      family.criteria.map((c) => [
        c.id,
        c.values.map((v) => ({
          from: v.from,
          to: v.to,
          rg: v.rg,
          confidence: v.confidence,
          form: v.parts === undefined ? 'text' : v.parts.join,
        })),
      ]),
    );
    expect(actual).toEqual(CRITERIA);
  });

  it('gives the organisation form three alternatives at levels 2–3 and two at level 4', () => {
    const form = family.criteria.find((c) => c.id === 'organisatievorm');
    expect(form?.values.map((v) => v.parts?.items.length)).toEqual([undefined, 3, 2]);
  });

  it('reads "niet van toepassing" as the lightest budget value', () => {
    const budget = family.criteria.find((c) => c.id === 'impact-op-budgetten');
    expect(valueText(budget!.values[0]!)).toBe('Niet van toepassing voor de functie');
  });

  it('notes that interpersonal relations are not hierarchical management', () => {
    const relations = family.criteria.find((c) => c.id === 'interpersoonlijke-relaties');
    expect(relations?.note).toBe('≠ hiërarchische aansturing');
  });

  it('requires the competency levels of the competency table, per class', () => {
    const columns = [[14], [15, 16], [17, 18], [19]];
    const expected = COMPETENCIES.map(([id, levels, confidence]) => ({
      id,
      confidence,
      required: Object.fromEntries(
        columns.flatMap((classes, i) => (levels[i] === null ? [] : classes.map((cls) => [String(cls), levels[i]]))),
      ),
    }));
    expect(family.competencies.map(({ id, confidence, required }) => ({ id, confidence, required }))).toEqual(expected);
  });

  it('has knowledge and education for every level and the instruction to make it specific', () => {
    expect(family.expertise.instruction).toBe('Nog functie- en entiteitspecifiek maken');
    expect(family.expertise.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(family.expertise.levels.map((l) => l.knowledge.split('\n\n').length)).toEqual([3, 3, 4, 4]);
  });

  it('has the purpose, the three scope notes and the context of the result areas', () => {
    expect(family.purpose.what).toMatch(/^Interne klanten bijstaan /);
    expect(family.purpose.goal).toMatch(/^ertoe bij te dragen /);
    expect(family.scopeNotes).toHaveLength(3);
    expect(family.resultAreaContext).toBe('Context: m.b.t. het eigen functionele domein.');
  });
});
