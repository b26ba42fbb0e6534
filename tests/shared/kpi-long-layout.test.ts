import { describe, expect, test } from 'vitest';
import type { Cell } from '../../shared/types';
import { readSheet } from '../../shared/read-sheet';

const asOf = '2026-11-15';

describe('long KPI layouts (docs/scoring.md, KPI layouts): one row per KPI per period', () => {
  test('KPI | Month | Target | Actual: one KPI, actual of the latest month, previous, trend, history of 3', () => {
    const r = readSheet([['KPI', 'Month', 'Target', 'Actual'], ['Revenue', 'Jan', 100, 90], ['Revenue', 'Feb', 100, 95], ['Revenue', 'Mar', 100, 105]], { asOf });
    expect(r.kind).toBe('kpi');
    expect(r.kpis).toHaveLength(1);
    expect(r.kpis[0]).toMatchObject({ name: 'Revenue', actual: 105, previous: 95, trend: 'up', trendGood: true, status: 'green', target: 100, row: 4, rows: [2, 3, 4], actualPeriod: 'Mar' });
    expect(r.kpis[0]!.history).toEqual([
      { period: 'Jan', actual: 90, target: 100 },
      { period: 'Feb', actual: 95, target: 100 },
      { period: 'Mar', actual: 105, target: 100 },
    ]);
  });

  test('kpi_id | period | value | target: grouped by id, ordered by period, the latest period with an actual gives the actual and its own target', () => {
    const r = readSheet(
      [
        ['kpi_id', 'period', 'value', 'target'],
        ['REV', '2025-Q2', 95, 100],
        ['REV', '2025-Q1', 90, 90],
        ['NPS', '2025-Q1', 30, 40],
        ['REV', '2025-Q3', 99, 110],
        ['REV', '2025-Q4', '', 120],
        ['NPS', '2025-Q2', 45, 40],
      ],
      { asOf },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.row, k.actual, k.target, k.previous, k.trend, k.status, k.actualPeriod, k.rows])).toEqual([
      ['REV', 5, 99, 110, 95, 'up', 'amber', '2025-Q3', [3, 2, 5, 6]],
      ['NPS', 7, 45, 40, 30, 'up', 'green', '2025-Q2', [4, 7]],
    ]);
    expect(r.kpis[0]!.history).toEqual([
      { period: '2025-Q1', actual: 90, target: 90 },
      { period: '2025-Q2', actual: 95, target: 100 },
      { period: '2025-Q3', actual: 99, target: 110 },
      { period: '2025-Q4', actual: null, target: 120 },
    ]);
  });

  test('an id column groups rows whose names differ; without one the name (any case) does', () => {
    const byId = readSheet([['ID', 'KPI', 'Period', 'Target', 'Actual'], ['k1', 'Revenue', 'Jan 2026', 10, 8], ['k1', 'Revenue (EUR)', 'Feb 2026', 10, 11]], { asOf });
    expect(byId.kpis.map((k) => [k.name, k.actual, k.previous])).toEqual([['Revenue (EUR)', 11, 8]]);
    const byName = readSheet([['KPI', 'Period', 'Target', 'Actual'], ['Revenue', 'Jan 2026', 10, 8], ['REVENUE', 'Feb 2026', 10, 11], ['Churn', 'Jan 2026', '2%', '3%']], { asOf });
    expect(byName.kpis.map((k) => [k.name, k.actual, k.history?.length])).toEqual([['REVENUE', 11, 2], ['Churn', 0.03, 1]]);
  });

  test.each<[string, Cell[][]]>([
    ['Mar 2026 labels', [['KPI', 'Period', 'Target', 'Actual'], ['A', 'Mar 2026', 1, 3], ['A', 'Jan 2026', 1, 1], ['A', 'Feb 2026', 1, 2]]],
    ['ISO dates', [['KPI', 'Date', 'Target', 'Actual'], ['A', '2026-03-31', 1, 3], ['A', '2026-01-31', 1, 1], ['A', '2026-02-28', 1, 2]]],
    ['date cells', [['KPI', 'Date', 'Target', 'Actual'], ['A', new Date(Date.UTC(2026, 2, 31)), 1, 3], ['A', new Date(Date.UTC(2026, 0, 31)), 1, 1], ['A', new Date(Date.UTC(2026, 1, 28)), 1, 2]]],
    ['month names in the sheet year', [['KPI', 'Month', 'Target', 'Actual'], ['A', 'Mar', 1, 3], ['A', 'Jan', 1, 1], ['A', 'Feb', 1, 2]]],
  ])('orders by the period column: %s', (_case, values) => {
    const k = readSheet(values, { asOf }).kpis;
    expect(k).toHaveLength(1);
    expect([k[0]!.actual, k[0]!.previous, k[0]!.row, k[0]!.history!.map((h) => h.actual)]).toEqual([3, 2, 2, [1, 2, 3]]);
  });

  test('periods that do not read as periods keep the order of the rows', () => {
    const k = readSheet([['KPI', 'Period', 'Target', 'Actual'], ['A', 'Sprint 7', 1, 5], ['A', 'Sprint 8', 1, 4], ['A', 'Sprint 9', 1, 6]], { asOf }).kpis;
    expect([k[0]!.actual, k[0]!.previous, k[0]!.row, k[0]!.rows]).toEqual([6, 4, 4, [2, 3, 4]]);
  });

  test('a direction guessed from the name warns once, on the latest row', () => {
    const r = readSheet([['KPI', 'Owner', 'Month', 'Target', 'Actual'], ['Churn', 'ana', 'Jan', '2%', '3%'], ['Churn', 'ana', 'Feb', '2%', '2.5%']], { asOf });
    expect(r.kpis[0]).toMatchObject({ direction: 'lower', directionGuessed: true, row: 3, trend: 'down', trendGood: true, status: 'red' });
    expect(r.problems.map((p) => [p.row, p.severity])).toEqual([[3, 'warning']]);
  });

  test('wide sheets carry the same history shape: each period with the row target', () => {
    const r = readSheet([['KPI', 'Target', 'Jan', 'Feb', 'Mar'], ['Leads', 100, 80, '', 120]], { asOf });
    expect(r.kpis[0]).toMatchObject({ actual: 120, previous: 80, trend: 'up', actualPeriod: 'Mar' });
    expect(r.kpis[0]!.history).toEqual([
      { period: 'Jan', actual: 80, target: 100 },
      { period: 'Feb', actual: null, target: 100 },
      { period: 'Mar', actual: 120, target: 100 },
    ]);
    expect(r.kpis[0]!.rows).toBeUndefined();
  });
});
