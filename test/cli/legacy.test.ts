import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/load.js';
import { openStore } from '../../src/store/index.js';
import { CLI_TIMEOUT, SEED_FILE, SEED_ID, runCli } from './support.js';

/**
 * `weegschaal fube suggest` and `weegschaal import legacy` (issue 17 item 3) as a user runs
 * them: the JSON's exact shape, Dutch refusals naming the file, drafts made through the
 * create-FUBE use case with the suggestion and the file in their history, and nothing for a
 * file that could not be read.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/legacy/', import.meta.url));
const DOSSIER_FAMILY = join(FIXTURES, 'families/dossierbehandelende-functies.yaml');
const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-legacy-'));
const db = join(dir, 'cli.db');
const inbox = join(dir, 'oud');
const families = join(dir, 'families');

beforeAll(async () => {
  mkdirSync(inbox);
  mkdirSync(families);
  copyFileSync(SEED_FILE, join(families, 'seed.yaml'));
  copyFileSync(DOSSIER_FAMILY, join(families, 'dossiers.yaml'));
  for (const name of ['01-hr-consulent.txt', '04-afdelingshoofd-communicatie.docx', '10-kwaliteitscoordinator.pdf', '20-dossierbehandelaar-premies.txt']) copyFileSync(join(FIXTURES, name), join(inbox, name));
  const garbage = Buffer.alloc(2048);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131) % 256;
  writeFileSync(join(inbox, 'kapot.txt'), garbage);
  writeFileSync(join(inbox, 'kapot.docx'), 'geen zip');
  writeFileSync(join(inbox, 'notities.md'), '# niet voor de import');

  const store = await openStore({ file: db });
  try {
    for (const file of [SEED_FILE, DOSSIER_FAMILY]) {
      const loaded = loadFamilySource(readFileSync(file, 'utf8'));
      if (!loaded.ok) throw new Error('family');
      await store.families.saveDraft(loaded.value, readFileSync(file, 'utf8'), 'test');
      await store.families.publish(loaded.value.id, loaded.value.version, 'test');
    }
    await store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [{ id: 'dfb-hrm', name: 'Afdeling HRM', parentId: null }] });
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weegschaal fube suggest', () => {
  it('--format json prints exactly family, resultAreas, values, evidence and confidence', async () => {
    const run = await runCli(['fube', 'suggest', join(FIXTURES, '04-afdelingshoofd-communicatie.docx'), '--family', SEED_ID, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['family', 'resultAreas', 'values', 'evidence', 'confidence']);
    expect(json.family).toBe(SEED_ID);
    const values = json.values as Record<string, number>;
    const criteria = ['complexiteit', 'opvolging', 'rol-in-projecten', 'impact-op-budgetten', 'beleidsvoorbereiding', 'optimalisatie', 'interpersoonlijke-relaties', 'organisatievorm'];
    expect(Object.keys(values)).toEqual(criteria);
    expect(values).toMatchObject({ 'rol-in-projecten': 4, organisatievorm: 3 });
    for (const id of criteria) {
      const evidence = (json.evidence as Record<string, { text: string; score: number }[]>)[id]!;
      for (const e of evidence) {
        expect(Object.keys(e)).toEqual(['text', 'score']);
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(1);
      }
      const confidence = (json.confidence as Record<string, number>)[id]!;
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(json.resultAreas).toEqual(expect.arrayContaining([expect.stringMatching(/^[a-z-]+$/)]));
  }, CLI_TIMEOUT);

  it('without --family it chooses among the families of the folder; as text it says it is no decision', async () => {
    const env = { WEEGSCHAAL_FAMILIES_DIR: families };
    const json = await runCli(['fube', 'suggest', join(FIXTURES, '20-dossierbehandelaar-premies.txt'), '--format', 'json'], { env });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).family).toBe('dossierbehandelende-functies');
    const text = await runCli(['fube', 'suggest', join(FIXTURES, '10-kwaliteitscoordinator.pdf')], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('geen beslissing');
    expect(text.stdout).toContain('Familie: Organisatieondersteunende functies');
    expect(text.stdout).toMatch(/Rol in projecten: waarde 3 \(zekerheid \d,\d\d\)/);
    expect(text.stdout).toContain('- "Leidt het project procesmanagement, waarvoor de afstemming met het topmanagement vaak vereist is."');
  }, CLI_TIMEOUT);

  it('a bad file: a Dutch error with the file name on stderr, exit 1, nothing on stdout', async () => {
    for (const [name, reason] of [
      ['kapot.txt', 'bevat geen leesbare tekst'],
      ['kapot.docx', 'is geen geldig Word-document (.docx)'],
      ['bestaat-niet.txt', 'kan niet gelezen worden (ENOENT)'],
      ['notities.md', "onbekend bestandstype '.md'"],
    ] as const) {
      const file = join(inbox, name);
      const run = await runCli(['fube', 'suggest', file, '--family', SEED_ID, '--format', 'json']);
      expect(run.code, name).toBe(1);
      expect(run.stdout, name).toBe('');
      expect(run.stderr, name).toContain(`${file}: ${reason}`);
    }
    const unknown = await runCli(['fube', 'suggest', join(FIXTURES, '01-hr-consulent.txt'), '--family', 'bestaat-niet']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("onbekende functiefamilie 'bestaat-niet'");
  }, CLI_TIMEOUT);
});

describe('weegschaal import legacy', () => {
  it('an unknown entity or family stops the import before any draft', async () => {
    const entity = await runCli(['import', 'legacy', inbox, '--entity', 'nergens', '--db', db]);
    expect(entity.code).toBe(1);
    expect(entity.stderr).toContain("--entity: onbekende entiteit 'nergens'");
    const family = await runCli(['import', 'legacy', inbox, '--entity', 'dfb', '--family', 'bestaat-niet', '--db', db]);
    expect(family.code).toBe(1);
    expect(family.stderr).toContain("geen gepubliceerde functiefamilie 'bestaat-niet'");
    const store = await openStore({ file: db });
    try {
      expect((await store.history.list({ subjectType: 'fube' })).length).toBe(0);
    } finally {
      await store.close();
    }
  }, CLI_TIMEOUT);

  it('makes a draft per readable file with the suggestion and the file in its history, none for the failed ones, and a report', async () => {
    const report = join(dir, 'verslag.json');
    const run = await runCli(['import', 'legacy', inbox, '--entity', 'dfb', '--unit', 'dfb-hrm', '--report', report, '--db', db]);
    // Failed files make the exit code 1 after the others were drafted.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`6 bestanden gelezen in ${inbox}: 4 ontwerpen gemaakt, 2 mislukt, 1 andere bestanden overgeslagen`);
    expect(run.stdout).toContain(`${join(inbox, 'kapot.txt')}: niet ingevoerd: bevat geen leesbare tekst`);
    expect(run.stdout).toContain(`${join(inbox, 'kapot.docx')}: niet ingevoerd: is geen geldig Word-document (.docx)`);
    expect(run.stdout).toMatch(/01-hr-consulent\.txt: ontwerp [0-9a-f-]{36} 'HR-consulent personeelsadministratie' \(organisatieondersteunende-functies\)/);
    expect(run.stdout).toMatch(/20-dossierbehandelaar-premies\.txt: ontwerp [0-9a-f-]{36} 'Dossierbehandelaar renovatiepremies' \(dossierbehandelende-functies\)/);

    const written = JSON.parse(readFileSync(report, 'utf8')) as { read: number; created: number; failed: number; files: { file: string; status: string; fubeId?: string }[] };
    expect(written).toMatchObject({ read: 6, created: 4, failed: 2 });
    const created = written.files.filter((f) => f.status === 'created');

    const store = await openStore({ file: db });
    try {
      const history = await store.history.list({ subjectType: 'fube' });
      const creations = history.filter((e) => e.action === 'fube.create');
      expect(creations).toHaveLength(4);
      expect(new Set(creations.map((e) => e.subjectId))).toEqual(new Set(created.map((f) => f.fubeId)));
      for (const entry of creations) {
        expect(entry.actorId).toMatch(/^cli:/);
        const data = entry.data as { legacySource: string; suggestion: { family: string; values: Record<string, number>; evidence: Record<string, unknown[]>; confidence: Record<string, number> } };
        expect(['01-hr-consulent.txt', '04-afdelingshoofd-communicatie.docx', '10-kwaliteitscoordinator.pdf', '20-dossierbehandelaar-premies.txt']).toContain(data.legacySource);
        expect(entry.reason).toBe(`ontwerp uit oude functiebeschrijving ${data.legacySource}`);
        expect(Object.keys(data.suggestion.values).length).toBeGreaterThan(0);
        expect(Object.keys(data.suggestion.evidence)).toEqual(Object.keys(data.suggestion.values));
        const fube = await store.fubes.get(entry.subjectId);
        expect(fube?.workflow.status).toBe('draft');
        expect(fube?.content).toMatchObject({ entityId: 'dfb', unitId: 'dfb-hrm', familyId: data.suggestion.family, holderIds: [] });
        // A suggestion, not a decision: the draft has no weighing and no class.
        expect(fube?.content.weighing).toBeUndefined();
        expect(fube?.content.decision).toBeUndefined();
      }
    } finally {
      await store.close();
    }
  }, CLI_TIMEOUT);
});
