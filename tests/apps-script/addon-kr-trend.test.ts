import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { HISTORY_COLUMNS } from '../../shared/history-columns';
import { loadAddOn } from './addon-harness';

const HISTORY: Cell[][] = [
  [...HISTORY_COLUMNS],
  ['2026-11-02', 'OKRs', 'k1', 'Grow', 'Users to 100', '', 10, 0.1, 'red', '', '', ''],
  ['2026-11-02', 'OKRs', 'k2', 'Grow', 'Revenue to 50k', '', 5, 0.05, 'red', '', '', ''],
  ['2026-11-09', 'OKRs', 'k1', 'Grow', 'Users to 100', '', 25, 0.25, 'amber', '', '', ''],
  ['2026-11-09', 'OKRs', 'k1', 'Grow', 'Users to 100', '', 30, 0.3, 'amber', 0.7, 'checked', 'ana@example.com'],
  [new Date(Date.UTC(2026, 10, 16)), 'OKRs', 'k1', 'Grow', 'Users to 100', '', 40, 0.4, 'green', '', '', ''],
  ['not a date', 'OKRs', 'k1', 'Grow', 'Users to 100', '', 99, 0.99, 'green', '', '', ''],
];

describe('KR_TREND', () => {
  it("gives a KR's scores by day as one row, by id, title or objective / KR, from the range passed", async () => {
    const { code } = await loadAddOn();
    expect(code.runCustomFunction('KR_TREND', 'k1', HISTORY)).toEqual([[0.1, 0.3, 0.4]]);
    expect(code.runCustomFunction('KR_TREND', 'Users to 100', HISTORY)).toEqual([[0.1, 0.3, 0.4]]);
    expect(code.runCustomFunction('KR_TREND', 'k2', HISTORY)).toEqual([[0.05]]);
    expect(code.runCustomFunction('KR_TREND', 'nope', HISTORY)).toBe('');
    expect(code.runCustomFunction('KR_TREND', 'k1', '')).toBe('');
  });

  it('is array-aware: a column of keys gives one blank-padded row per key', async () => {
    const { code } = await loadAddOn();
    expect(code.runCustomFunction('KR_TREND', [['k1'], ['k2'], ['']], HISTORY)).toEqual([
      [0.1, 0.3, 0.4],
      [0.05, '', ''],
      ['', '', ''],
    ]);
  });

  it('reads only the range it is given (no service call)', async () => {
    const { local, code } = await loadAddOn();
    local.resetCallLog();
    code.runCustomFunction('KR_TREND', 'k1', HISTORY);
    expect(local.callCount()).toBe(0);
  });
});
