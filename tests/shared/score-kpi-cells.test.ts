import { describe, expect, test } from 'vitest';
import { scoreKpiCells } from '../../shared/score-kpi-cells';

describe('scoreKpiCells (docs/scoring.md, "KPI status" table)', () => {
  test.each([
    // higher: green ≥ target, amber ≥ target − 10 %·|target|
    [{ actual: 100, target: 100 }, 'higher', 'green'],
    [{ actual: 90, target: 100 }, 'higher', 'amber'],
    [{ actual: 89.9, target: 100 }, 'higher', 'red'],
    // lower
    [{ actual: 100, target: 100, direction: 'lower' }, 'lower', 'green'],
    [{ actual: 110, target: 100, direction: 'lower' }, 'lower', 'amber'],
    [{ actual: 110.1, target: 100, direction: 'lower' }, 'lower', 'red'],
    // range: within tol·(hi − lo) outside is amber
    [{ actual: 75, target: '70-80' }, 'range', 'green'],
    [{ actual: 81, target: '70-80' }, 'range', 'amber'],
    [{ actual: 69, target: '70-80' }, 'range', 'amber'],
    [{ actual: 81.1, target: '70-80' }, 'range', 'red'],
    // comparators decide the direction
    [{ actual: '2.1%', target: '<= 2%' }, 'lower', 'amber'],
    [{ actual: '2.4 %', target: '<= 2 %' }, 'lower', 'red'],
    [{ actual: '85%', target: '>= 80%' }, 'higher', 'green'],
    [{ actual: '0.75', target: '70-80%' }, 'range', 'green'],
    // direction words
    [{ actual: 5, target: 4, direction: 'reduce' }, 'lower', 'red'],
    [{ actual: 5, target: 4, direction: 'up' }, 'higher', 'green'],
    [{ actual: 104, target: 100, direction: 'maintain' }, 'range', 'green'],
    // target 0: absolute tolerance
    [{ actual: 0.05, target: 0, direction: 'lower' }, 'lower', 'amber'],
    [{ actual: 0.2, target: 0, direction: 'lower' }, 'lower', 'red'],
    [{ actual: -0.1, target: 0, direction: 'higher' }, 'higher', 'amber'],
    [{ actual: -0.1, target: 0 }, 'lower', 'green'],
    // tolerance per row
    [{ actual: 94, target: 100, tolerance: '5%' }, 'higher', 'red'],
    // Green at / Red at override the bands
    [{ actual: 95, target: 100, greenAt: 95, redAt: 80 }, 'higher', 'green'],
    [{ actual: 85, target: 100, greenAt: 95, redAt: 80 }, 'higher', 'amber'],
    [{ actual: 79, target: 100, greenAt: 95, redAt: 80 }, 'higher', 'red'],
    // no actual or no target: grey
    [{ actual: '', target: 100 }, 'higher', 'grey'],
    [{ actual: 5, target: '' }, 'higher', 'grey'],
  ] as const)('%j → %s %s', (cells, direction, status) => {
    const r = scoreKpiCells(cells);
    expect(r.error).toBeNull();
    expect(r.direction).toBe(direction);
    expect(r.status).toBe(status);
  });

  test('team tolerance from settings', () => {
    expect(scoreKpiCells({ actual: 85, target: 100 }, { settings: { tolerance: 0.2 } }).status).toBe('amber');
  });

  test('bad input is an error naming the column and value', () => {
    const r = scoreKpiCells({ actual: 'lots', target: 100 });
    expect(r.error).toEqual({ column: 'actual', value: 'lots', message: expect.stringMatching(/is not a number/) });
    expect(scoreKpiCells({ actual: 1, target: 'soon' }).error?.column).toBe('target');
  });
});
