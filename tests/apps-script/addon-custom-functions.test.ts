import { describe, expect, it } from 'vitest';
import { keyResultStatus } from '../../shared/key-result-status';
import { parseNumber } from '../../shared/parse-number';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import { scoreKpiCells } from '../../shared/score-kpi-cells';
import type { Cell } from '../../shared/types';
import { loadAddOn } from './addon-harness';

const column = (values: Cell[]): Cell[][] => values.map((v) => [v]);

describe('custom functions', () => {
  it('KR_SCORE, KR_STATUS, KPI_STATUS and PARSE_NUMBER on single cells give single values from the engine', async () => {
    const { code, local } = await loadAddOn({ S: [['x']] });
    local.resetCallLog();
    expect(code.runCustomFunction('KR_SCORE', '65%', '75%', '71%')).toBeCloseTo(0.6, 10);
    expect(code.runCustomFunction('KR_SCORE', 12, 7, 9.5)).toBeCloseTo(0.5, 10);
    expect(code.runCustomFunction('KR_SCORE', '', 'done', true)).toBe(1);
    expect(code.runCustomFunction('KR_SCORE', '', '', '')).toBe('');
    expect(code.runCustomFunction('KR_SCORE', 10, 'abc', 5)).toBe(scoreKeyResultCells({ start: 10, target: 'abc', current: 5 }).error!.message);
    expect(code.runCustomFunction('KR_STATUS', 0.5, 'committed', 0.5)).toBe('green');
    expect(code.runCustomFunction('KR_STATUS', 0.6, 'committed')).toBe('red');
    expect(code.runCustomFunction('KR_STATUS', 0.6)).toBe('amber');
    expect(code.runCustomFunction('KR_STATUS', '')).toBe('grey');
    expect(code.runCustomFunction('KPI_STATUS', 95, 100)).toBe('amber');
    expect(code.runCustomFunction('KPI_STATUS', '2.1%', '<= 2%')).toBe('amber');
    expect(code.runCustomFunction('KPI_STATUS', 130, 100, 'lower', '50%')).toBe('amber');
    expect(code.runCustomFunction('KPI_STATUS', 130, 100, 'lower')).toBe('red');
    expect(code.runCustomFunction('PARSE_NUMBER', '$1,234.50')).toBe(1234.5);
    expect(code.runCustomFunction('PARSE_NUMBER', '1.234,50 €', 'de-DE')).toBe(1234.5);
    expect(code.runCustomFunction('PARSE_NUMBER', 'hello')).toBe('');
    expect(local.callCount()).toBe(0);
  });

  it('over a 10,000-row range: one call, zero service calls, one row out per row in, same values as the engine', async () => {
    const { code, local } = await loadAddOn({ S: [['x']] });
    const n = 10_000;
    const starts = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `${i % 50}%` : i % 100));
    const targets = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? '70-80%' : i % 17 === 0 ? 'done' : 100 + (i % 5)));
    const currents = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? '' : i % 13 === 0 ? 'Shipped' : (i * 7) % 120));
    local.resetCallLog();
    const scores = code.runCustomFunction('KR_SCORE', column(starts), column(targets), column(currents)) as Cell[][];
    const statuses = code.runCustomFunction('KR_STATUS', scores, 'committed', 0.5) as Cell[][];
    const kpis = code.runCustomFunction('KPI_STATUS', column(currents), column(targets), 'higher') as Cell[][];
    const numbers = code.runCustomFunction('PARSE_NUMBER', column(starts.map(String))) as Cell[][];
    expect(local.callCount()).toBe(0);
    expect(local.calls.length).toBe(0);
    for (const out of [scores, statuses, kpis, numbers]) {
      expect(out.length).toBe(n);
      expect(out.every((row) => row.length === 1)).toBe(true);
    }
    for (let i = 0; i < n; i += 137) {
      const engine = scoreKeyResultCells({ start: starts[i]!, target: targets[i]!, current: currents[i]! });
      const expected = engine.error ? engine.error.message : engine.score ?? '';
      expect(scores[i]![0], `row ${i}`).toEqual(expected);
      const s = scores[i]![0];
      if (typeof s === 'number') expect(statuses[i]![0]).toBe(keyResultStatus(s, 'committed', 0.5));
      const kpi = scoreKpiCells({ actual: currents[i]!, target: targets[i]!, direction: 'higher' });
      expect(kpis[i]![0]).toBe(kpi.error ? kpi.error.message : kpi.status);
      expect(numbers[i]![0]).toBe(parseNumber(String(starts[i])) ?? '');
    }
  });

  it('work from formulas in cells', async () => {
    const { code, local } = await loadAddOn({
      OKRs: [
        ['Start', 'Target', 'Current', 'Score'],
        [65, 75, 71, '=KR_SCORE(A2, B2, C2)'],
        [12, 7, 9.5, '=KR_SCORE(A3, B3, C3)'],
        [0, 10, 10, '=KR_SCORE(A4, B4, C4)'],
      ],
    });
    void code;
    const values = local.values('OKRs');
    expect(values[1]![3]).toBeCloseTo(0.6, 10);
    expect(values[2]![3]).toBeCloseTo(0.5, 10);
    expect(values[3]![3]).toBe(1);
  });
});
