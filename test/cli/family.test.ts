import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { CLI_TIMEOUT, SEED_FILE, SEED_ID, familiesFolder, runCli, smallFamilyYaml } from './support.js';

const BAD_SCHEMA = `id: Slechte_Familie
name: Slecht
version: een
source: x
purpose:
  what: a
  goal: b
levels:
  - { level: 1, classes: [10] }
resultAreas:
  - { id: a, title: A, what: a, goal: b }
criteria:
  - id: c
    name: C
    values:
      - { text: een, to: 1 }
expertise:
  instruction: i
  levels:
    - { level: 1, knowledge: k, educationAndExperience: e }
extra: true
`;

const BAD_RULES = `id: slechte-familie
name: Slecht
version: 1
source: x
purpose: { what: a, goal: b }
levels:
  - { level: 1, classes: [10] }
  - { level: 3, classes: [11] }
resultAreas:
  - { id: a, title: A, what: a, goal: b }
criteria:
  - id: c
    name: C
    values:
      - { text: een, from: 1, to: 1 }
      - { text: twee, from: 2, to: 5 }
expertise:
  instruction: i
  levels:
    - { level: 1, knowledge: k, educationAndExperience: e }
    - { level: 2, knowledge: k, educationAndExperience: e }
`;

let folder: Awaited<ReturnType<typeof familiesFolder>>;
const env = () => ({ WEEGSCHAAL_FAMILIES_DIR: folder.dir });

beforeAll(async () => {
  folder = await familiesFolder({
    'kleine-familie-v1.yaml': smallFamilyYaml(1),
    // The file name says nothing: the id and version inside the file count.
    'andere-naam.json': JSON.stringify(loadOk(smallFamilyYaml(2, 'Kleine testfamilie, herzien'))),
    'schema.yaml': BAD_SCHEMA,
    'regels.yaml': BAD_RULES,
  });
});
afterAll(() => folder.cleanup());

function loadOk(source: string) {
  const result = loadFamilySource(source);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

describe('weegschaal family validate', { timeout: CLI_TIMEOUT }, () => {
  it('accepts the seed family and sums it up in one line, counting the reconstructed spans', async () => {
    const run = await runCli(['family', 'validate', SEED_FILE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${SEED_ID} versie 1`);
    expect(lines[0]).toContain('4 niveaus, 6 functieklassen (14, 15/16, 17/18, 19)');
    expect(lines[0]).toContain('8 criteria');
    expect(lines[0]).toContain('8 resultaatgebieden');
    expect(lines[0]).toContain('8 competenties');
    // DOMAIN.md: every value of the four rows that lost merges (11) and 6 competencies have reconstructed spans.
    expect(lines[0]).toContain('17 gereconstrueerde spans (11 criteriumwaarden, 6 competenties)');
  });

  it('reports every schema error of a file on its own line with file, line, column and field', async () => {
    const file = join(folder.dir, 'schema.yaml');
    const run = await runCli(['family', 'validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${escape(file)}:1:5: id: moet kebab-case zijn`)),
        expect.stringMatching(new RegExp(`^${escape(file)}:3:10: version: `)),
        expect.stringMatching(new RegExp(`^${escape(file)}:16:\\d+: criteria\\[0\\]\\.values\\[0\\]\\.from: `)),
        expect.stringMatching(new RegExp(`^${escape(file)}:21:\\d+: extra: .*'extra'`)),
      ]),
    );
    expect(lines.every((line) => line.startsWith(`${file}:`))).toBe(true);
  });

  it('reports the rules that relate fields (level numbering, levels that do not exist) with their lines', async () => {
    const file = join(folder.dir, 'regels.yaml');
    const run = await runCli(['family', 'validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escape(file)}:8:\\d+: levels\\[1\\]\\.level: niveaus moeten genummerd zijn 1\\.\\.2`, 'm'));
    expect(run.stderr).toMatch(new RegExp(`^${escape(file)}:16:\\d+: criteria\\[0\\]\\.values\\[1\\]\\.to: niveau 5 bestaat niet`, 'm'));
  });

  it('says in Dutch that a file does not exist', async () => {
    const run = await runCli(['family', 'validate', join(folder.dir, 'bestaat-niet.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bestaat-niet.yaml: kan het bestand niet lezen (bestaat niet)');
  });
});

describe('weegschaal family show', { timeout: CLI_TIMEOUT }, () => {
  it('shows the seed family with its sections, value texts, RG and check-the-original marks and the competency table', async () => {
    const run = await runCli(['family', 'show', SEED_ID]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = run.stdout;
    const sections = ['Doel van de functiefamilie', 'Toepassingsgebied', 'Niveaus en functieklassen', 'Resultaatgebieden', 'Indelingscriteria', 'Vaktechnische competenties', 'Gedragscompetenties'];
    const positions = sections.map((s) => text.indexOf(`\n${s}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Complexiteit van de problematiek [complexiteit]');
    expect(text).toContain('Waarde 2 · niveaus 2–3 (klassen 15/16, 17/18) · te controleren tegen het origineel');
    expect(text).toMatch(/Waarde 4 · niveau 4 \(klasse 19\) · RG\n/);
    expect(text).toContain('Opleidingsniveau en ervaring:');
    // The competency table: one column per class, "–" where a class requires nothing.
    expect(text).toMatch(/competentie +14 +15 +16 +17 +18 +19/);
    expect(text).toMatch(/Analyseren +1 +2 +2 +3 +3 +– *\n/);
    expect(text).toMatch(/Initiatief +2 +– +– +– +– +– +\*\n/);
  });

  it('gives the parsed family as JSON, the highest version unless --version says otherwise', async () => {
    const [latest, first] = await Promise.all([
      runCli(['family', 'show', 'kleine-familie', '--format', 'json'], { env: env() }),
      runCli(['family', 'show', 'kleine-familie', '--format', 'json', '--version', '1'], { env: env() }),
    ]);
    expect(latest.code).toBe(0);
    expect(JSON.parse(latest.stdout)).toEqual(loadOk(smallFamilyYaml(2, 'Kleine testfamilie, herzien')));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual(loadOk(smallFamilyYaml(1)));
  });

  it('names the known families when the id is unknown, and a missing version with the versions there are', async () => {
    const [unknown, version] = await Promise.all([
      runCli(['family', 'show', 'onbestaand'], { env: env() }),
      runCli(['family', 'show', 'kleine-familie', '--version', '7'], { env: env() }),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain("onbekende functiefamilie 'onbestaand'");
    expect(unknown.stderr).toContain('bekende families: kleine-familie');
    expect(version.code).toBe(1);
    expect(version.stderr).toContain("functiefamilie 'kleine-familie' heeft geen versie 7; beschikbaar: 1, 2");
  });

  it('treats a missing id or a wrong format as a usage error (exit 2) in Dutch', async () => {
    const [noId, badFormat] = await Promise.all([
      runCli(['family', 'show']),
      runCli(['family', 'show', SEED_ID, '--format', 'xml']),
    ]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain("fout: argument 'id' ontbreekt");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("fout: optie '--format <formaat>': waarde 'xml' is ongeldig. Toegestaan: text, json.");
  });
});

describe('weegschaal family list', { timeout: CLI_TIMEOUT }, () => {
  it('lists every version in the folder and reports the files that fail (exit 1)', async () => {
    const run = await runCli(['family', 'list', '--format', 'json'], { env: env() });
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout) as { id: string; version: number; file: string }[];
    expect(rows.map((r) => [r.id, r.version])).toEqual([
      ['kleine-familie', 1],
      ['kleine-familie', 2],
    ]);
    expect(rows[1]?.file).toContain('andere-naam.json');
    expect(run.stderr).toContain('schema.yaml:1:5: id: moet kebab-case zijn');
    expect(run.stderr).toContain('regels.yaml:8:');
  });

  it('lists the shipped seed family without any configuration', async () => {
    const run = await runCli(['family', 'list'], { env: { WEEGSCHAAL_FAMILIES_DIR: undefined }, cwd: folder.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${SEED_ID} +1 +Organisatieondersteunende functies +14, 15/16, 17/18, 19`, 'm'));
    expect(await readFile(SEED_FILE, 'utf8')).toContain(`id: ${SEED_ID}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
