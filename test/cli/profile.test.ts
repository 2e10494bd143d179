import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, SEED_ID, runCli } from './support.js';

/** DOMAIN.md: required competency level per class of the seed family ("–" = not required). */
const REQUIRED: Record<number, Record<string, number>> = {
  14: { 'verantwoordelijkheid-nemen': 1, samenwerken: 2, analyseren: 1, initiatief: 2, klantgerichtheid: 1 },
  15: { 'verantwoordelijkheid-nemen': 2, samenwerken: 2, analyseren: 2, oordeelsvorming: 2, innoveren: 2, klantgerichtheid: 2 },
  17: { 'verantwoordelijkheid-nemen': 2, samenwerken: 2, analyseren: 3, oordeelsvorming: 2, visie: 1, innoveren: 2, klantgerichtheid: 2 },
  19: { 'verantwoordelijkheid-nemen': 2, samenwerken: 2, oordeelsvorming: 3, visie: 2, innoveren: 2, klantgerichtheid: 3 },
};
REQUIRED[16] = REQUIRED[15]!;
REQUIRED[18] = REQUIRED[17]!;
const LEVEL: Record<number, number> = { 14: 1, 15: 2, 16: 2, 17: 3, 18: 3, 19: 4 };

interface Profile {
  class: number;
  level: number;
  levelClasses: number[];
  expertise: { knowledge: string; educationAndExperience: string; instruction: string };
  competencies: { competencyId: string; requiredLevel: number; levelText: string }[];
}

describe('weegschaal profile', { timeout: CLI_TIMEOUT }, () => {
  it('gives the competency profile of every class of the seed family', async () => {
    const classes = [14, 15, 16, 17, 18, 19];
    const runs = await Promise.all(classes.map((cls) => runCli(['profile', '--family', SEED_ID, '--class', String(cls), '--format', 'json'])));
    runs.forEach((run, i) => {
      const cls = classes[i]!;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const profile = JSON.parse(run.stdout) as Profile;
      expect(profile.class).toBe(cls);
      expect(profile.level).toBe(LEVEL[cls]);
      expect(Object.fromEntries(profile.competencies.map((c) => [c.competencyId, c.requiredLevel]))).toEqual(REQUIRED[cls]);
      expect(profile.competencies.every((c) => c.levelText.trim() !== '')).toBe(true);
      expect(profile.expertise.knowledge.trim()).not.toBe('');
    });
    // Two classes of one level share the expertise of that level.
    expect(JSON.parse(runs[1]!.stdout).expertise).toEqual(JSON.parse(runs[2]!.stdout).expertise);
  });

  it('shows the profile as text with a table of required levels and the check-the-original mark', async () => {
    const run = await runCli(['profile', '--family', SEED_ID, '--class', '14']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Competentieprofiel functieklasse 14\n/);
    expect(run.stdout).toContain('niveau 1 (functieklassen 14)');
    expect(run.stdout).toContain('Vakkennis:');
    expect(run.stdout).toMatch(/Initiatief +2 +\*\n/);
    expect(run.stdout).toMatch(/Samenwerken +2\n/);
    expect(run.stdout).not.toContain('Innoveren');
    expect(run.stdout).toContain('* gereconstrueerde span: te controleren tegen het origineel');
  });

  it('refuses a class outside the family and a class that is no number', async () => {
    const [outside, notNumber, missing] = await Promise.all([
      runCli(['profile', '--family', SEED_ID, '--class', '13']),
      runCli(['profile', '--family', SEED_ID, '--class', 'vijftien']),
      runCli(['profile', '--family', SEED_ID]),
    ]);
    expect(outside.code).toBe(1);
    expect(outside.stdout).toBe('');
    expect(outside.stderr).toContain('--class: functieklasse 13 hoort niet bij de familie');
    expect(outside.stderr).toContain('14, 15, 16, 17, 18, 19');
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toContain("fout: optie '--class <n>': waarde 'vijftien' is ongeldig. verwacht een geheel getal vanaf 1.");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("fout: verplichte optie '--class <n>' ontbreekt");
  });
});
