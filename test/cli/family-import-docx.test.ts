import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { buildFamilyDocx } from '../../src/documents/index.js';
import { flemishFamilyDocx } from '../documents/family-docx-fixtures.js';
import { GENERATED_AT, loadSeedFamily } from '../documents/fixtures.js';
import { CLI_TIMEOUT, SEED_ID, runCli } from './support.js';

/** `weegschaal family import-docx <file.docx> -o family.yaml [--report report.json]` (issue 17 item 1). */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weegschaal-import-docx-'));
  const seed = loadSeedFamily();
  await writeFile(join(dir, 'export.docx'), await buildFamilyDocx(seed, { generatedAt: GENERATED_AT }));
  const impact = seed.criteria.findIndex((c) => c.id === 'impact-op-budgetten');
  await writeFile(join(dir, 'vlaams.docx'), await flemishFamilyDocx(seed, { unmergedCriterion: impact }));
  await writeFile(
    join(dir, 'kapot.docx'),
    (await buildFamilyDocx(seed, { generatedAt: GENERATED_AT })).subarray(0, 5000),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('weegschaal family import-docx', () => {
  it(
    "imports Weegschaal's own family document to the same family file, which family validate accepts",
    async () => {
      const out = join(dir, 'familie.yaml');
      const run = await runCli(['family', 'import-docx', join(dir, 'export.docx'), '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('0 na te kijken');
      const loaded = loadFamilySource(await readFile(out, 'utf8'));
      expect(loaded.ok && loaded.value).toStrictEqual(loadSeedFamily());
      const validate = await runCli(['family', 'validate', out]);
      expect(validate.code).toBe(0);
    },
    CLI_TIMEOUT,
  );

  it(
    'imports a Flemish document as a new version of a family, with a report that names the cell to check',
    async () => {
      const out = join(dir, 'vlaams.yaml');
      const reportFile = join(dir, 'rapport.json');
      const run = await runCli([
        'family',
        'import-docx',
        join(dir, 'vlaams.docx'),
        '-o',
        out,
        '--report',
        reportFile,
        '--base',
        SEED_ID,
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /na te kijken: tabel \d+, rij \d+, kolom 1 \(alinea \d+\): indelingscriterium "Impact op budgetten": de kolom van niveau 3 heeft geen tekst/,
      );
      const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
        layout: string;
        family: { id: string; version: number };
        check: { code: string; paragraph?: number }[];
      };
      expect(report.layout).toBe('flemish');
      expect(report.family).toMatchObject({ id: SEED_ID, version: 2 });
      expect(report.check.find((n) => n.code === 'docx.check.span-gap')?.paragraph).toBeGreaterThan(0);
      expect((await runCli(['family', 'validate', out])).code).toBe(0);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a corrupt file with one Dutch line and writes nothing',
    async () => {
      const out = join(dir, 'niets.yaml');
      const reportFile = join(dir, 'niets.json');
      const run = await runCli(['family', 'import-docx', join(dir, 'kapot.docx'), '-o', out, '--report', reportFile]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `${join(dir, 'kapot.docx')}: het Word-bestand is beschadigd of onvolledig en kan niet gelezen worden`,
      );
      expect(existsSync(out)).toBe(false);
      expect(existsSync(reportFile)).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'does not overwrite an existing file without --force',
    async () => {
      const out = join(dir, 'bestaat.yaml');
      await writeFile(out, 'oud', 'utf8');
      const run = await runCli(['family', 'import-docx', join(dir, 'export.docx'), '-o', out]);
      expect(run.code).toBe(2);
      expect(await readFile(out, 'utf8')).toBe('oud');
    },
    CLI_TIMEOUT,
  );
});
