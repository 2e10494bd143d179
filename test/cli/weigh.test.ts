import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { weigh } from '../../src/domain/weighing/index.js';
import { CLI_TIMEOUT, SEED_FILE, SEED_ID, runCli } from './support.js';

const CRITERIA = ['complexiteit', 'opvolging', 'rol-in-projecten', 'impact-op-budgetten', 'beleidsvoorbereiding', 'optimalisatie', 'interpersoonlijke-relaties', 'organisatievorm'] as const;

const values = (...numbers: number[]): Record<string, number> => Object.fromEntries(CRITERIA.map((id, i) => [id, numbers[i] ?? 0]));
const lightest = values(1, 1, 1, 1, 1, 1, 1, 1);
const heaviest = values(4, 4, 4, 3, 3, 4, 2, 3);
const middle = values(2, 3, 2, 2, 2, 2, 1, 2);

async function seed() {
  const loaded = loadFamilySource(await readFile(SEED_FILE, 'utf8'));
  if (!loaded.ok) throw new Error('the seed family does not load');
  return loaded.value;
}

describe('weegschaal weigh', { timeout: CLI_TIMEOUT }, () => {
  it('weighs good lines and reports bad ones by line number, in input order, and exits 1', async () => {
    const input = [
      JSON.stringify({ values: lightest }), // 1
      '', // 2: blank, skipped
      '{"values": {"complexiteit": 2', // 3: broken JSON
      JSON.stringify({ values: heaviest }), // 4
      '[1, 2]', // 5: not an object
      JSON.stringify({ waarden: lightest }), // 6: no values
      JSON.stringify({ values: { ...middle, complexiteit: 7 } }), // 7: value out of range
      JSON.stringify({ values: { ...middle, onbekend: 1 } }), // 8: unknown criterion
      '   ', // 9: blank
      JSON.stringify({ values: middle }) + '\r', // 10: Windows line end
      JSON.stringify({ values: (({ opvolging: _, ...rest }) => rest)(middle) }), // 11: missing criterion, no final newline
    ].join('\n');
    const run = await runCli(['weigh', '--family', SEED_ID], { stdin: input });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('6 van 9 wegingen mislukt');

    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(9);
    expect(out.map((o) => (o.error !== undefined ? `fout ${String(o.line)}` : `${String(o.level)}/${String(o.class)}`))).toEqual([
      '1/14',
      'fout 3',
      '4/19',
      'fout 5',
      'fout 6',
      'fout 7',
      'fout 8',
      '2/16',
      'fout 11',
    ]);
    expect(out[1]?.error).toBe("ongeldige JSON op kolom 30: onverwacht einde van de tekst; ',' of '}' verwacht");
    expect(out[3]?.error).toMatch(/JSON-object/);
    expect(out[4]?.error).toMatch(/^values: ontbreekt/);
    expect(out[5]?.error).toMatch(/values\.complexiteit: .*7/);
    expect(out[6]?.error).toMatch(/values\.onbekend: /);
    expect(out[8]?.error).toMatch(/values\.opvolging: /);
  });

  it('writes the full weighing result of the domain for each line', async () => {
    const family = await seed();
    const lines = [lightest, middle, heaviest, values(1, 4, 1, 3, 1, 4, 1, 3)];
    const run = await runCli(['weigh', '--family', SEED_ID, '--rule', 'median-v1'], { stdin: lines.map((v) => JSON.stringify({ values: v })).join('\n') + '\n' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(out).toEqual(
      lines.map((v) => {
        const result = weigh(family, v, 'median-v1');
        if (!result.ok) throw new Error('expected a valid weighing');
        return result.value;
      }),
    );
    expect(out[1]).toMatchObject({ level: 2, class: 16, rule: 'median-v1', familyId: SEED_ID, familyVersion: 1 });
  });

  it('streams a large batch: every line answered, in order, errors numbered among 20,000 lines', async () => {
    const family = await seed();
    const max = family.criteria.map((c) => c.values.length);
    const batch = Array.from({ length: 20_000 }, (_, i) => values(...max.map((m, k) => 1 + ((i * (k + 3) + (i >> k)) % m))));
    const input = batch.map((v, i) => (i === 12_345 ? '{kapot' : JSON.stringify({ values: v }))).join('\n');
    const run = await runCli(['weigh', '--family', SEED_ID], { stdin: input });
    expect(run.code).toBe(1);
    const out = run.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(batch.length);
    const expected = batch.map((v, i) => {
      if (i === 12_345) return 'fout 12346';
      const result = weigh(family, v);
      return result.ok ? `${result.value.level}/${result.value.class}` : 'ongeldig';
    });
    const got = out.map((line) => {
      const o = JSON.parse(line) as { level?: number; class?: number; line?: number };
      return o.line !== undefined ? `fout ${o.line}` : `${o.level}/${o.class}`;
    });
    expect(got).toEqual(expected);
    expect(new Set(got).size).toBeGreaterThan(4);
  });

  it('adds a Dutch explanation with --explain', async () => {
    const run = await runCli(['weigh', '--family', SEED_ID, '--explain'], { stdin: `${JSON.stringify({ values: middle })}\n` });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { level: number; class: number; explanation: string };
    expect(result.class).toBe(16);
    expect(result.explanation).toContain('functieklasse 16');
    expect(result.explanation).toContain('Complexiteit van de problematiek');
    expect(result.explanation).toContain('Te controleren tegen het origineel');
  });

  it('refuses an unknown family (exit 1) and an unknown rule (exit 2) before reading any line', async () => {
    const [family, rule] = await Promise.all([
      runCli(['weigh', '--family', 'onbestaand'], { stdin: `${JSON.stringify({ values: middle })}\n` }),
      runCli(['weigh', '--family', SEED_ID, '--rule', 'meerderheid'], { stdin: `${JSON.stringify({ values: middle })}\n` }),
    ]);
    expect(family.code).toBe(1);
    expect(family.stdout).toBe('');
    expect(family.stderr).toContain("onbekende functiefamilie 'onbestaand'");
    expect(rule.code).toBe(2);
    expect(rule.stdout).toBe('');
    expect(rule.stderr).toContain("waarde 'meerderheid' is ongeldig. Toegestaan: median-v1.");
  });
});
