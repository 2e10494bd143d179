import { describe, expect, it } from 'vitest';
import { formatTable } from '../../bench/format-table.js';
import { weighingRows } from '../../bench/weighing.js';

describe('the weighing benchmark', () => {
  it('weighs the same inputs as the hand-written baseline and reports four rates', async () => {
    // Small run: the rows' shape is under test, not the speed (that depends on the machine).
    const rows = await weighingRows(5_000);
    expect(rows.map((r) => r.name)).toEqual([
      'hand-written loop, level only (baseline)',
      'prepareWeigher().level()',
      'prepareWeigher().class() (level + class)',
      'weigh() full result object',
    ]);
    for (const row of rows) {
      expect(row.unit).toBe('weighings/s');
      expect(row.value).toBeGreaterThan(0);
    }
    expect(rows[1]!.note).toMatch(/^\d+\.\d\d× the hand-written loop's time; target/);
  });

  it('prints one aligned table over all sections', () => {
    const table = formatTable([
      { name: 'a', rows: [{ name: 'x', value: 1_500_000, unit: 'weighings/s', note: 'n' }] },
      { name: 'bb', rows: [{ name: 'yy', value: 7, unit: 'ms' }] },
    ]);
    expect(table.split('\n')).toEqual([
      'section  case      value  unit         note',
      '-------  ----  ---------  -----------  ----',
      'a        x     1,500,000  weighings/s  n',
      'bb       yy            7  ms',
    ]);
  });
});
