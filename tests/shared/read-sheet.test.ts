import { describe, expect, test } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';

const HEAD = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period', 'Type'];

function okr(rows: Cell[][], asOf = '2026-08-15', extra: Parameters<typeof readSheet>[1] = {}) {
  return readSheet([HEAD, ...rows], { asOf, ...extra });
}

describe('readSheet: layouts', () => {
  test('header below title rows; objective filled down under merged cells', () => {
    const r = readSheet(
      [
        ['Growth OKRs', '', ''],
        ['', '', ''],
        HEAD,
        ['Delight customers', 'Raise CSAT from 65% to 75%', 'ana@x.com', '65%', '75%', '71%', 'Q3 2026', 'committed'],
        ['', 'Cut onboarding from 12 to 7 days', 'ben@x.com', 12, 7, 9.5, '', ''],
        ['Grow', 'Leads from 100 to 200', 'cara@x.com', 100, 200, 150, 'Q3 2026', ''],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kind).toBe('okr');
    expect(r.headerRow).toBe(3);
    expect(r.objectives.map((o) => [o.row, o.title, o.keyResults.map((k) => k.row)])).toEqual([
      [4, 'Delight customers', [4, 5]],
      [6, 'Grow', [6]],
    ]);
    expect(r.objectives[0]!.commitment).toBe('committed');
    expect(r.objectives[1]!.commitment).toBe('aspirational');
    expect(r.problems).toEqual([]);
  });

  test('outline layout: objective rows with ids O1, KR1.1', () => {
    const r = readSheet(
      [
        ['ID', 'Title', 'Owner', 'Start', 'Target', 'Current'],
        ['O1', 'Delight customers', 'ana', '', '', ''],
        ['KR1.1', 'CSAT 65 → 75', 'ana', 65, 75, 70],
        ['KR1.2', 'NPS 20 → 40', 'ben', 20, 40, 30],
        ['O2', 'Grow', 'cara', '', '', ''],
        ['KR2.1', 'Leads 100 → 200', 'cara', 100, 200, 200],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => k.title), o.score])).toEqual([
      ['Delight customers', ['CSAT 65 → 75', 'NPS 20 → 40'], 0.5],
      ['Grow', ['Leads 100 → 200'], 1],
    ]);
  });

  test('outline layout: objective on its own row, KRs below, numeric ids 1 / 1.2', () => {
    const r = readSheet(
      [
        ['#', 'Objective', 'Key result', 'Owner', 'Target', 'Current'],
        ['1', 'Delight customers', '', 'ana', '', ''],
        ['1.1', '', 'CSAT to 75', 'ana', 75, 60],
        ['1.2', '', 'NPS to 40', 'ben', 40, 40],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.objectives).toHaveLength(1);
    expect(r.objectives[0]!.keyResults.map((k) => k.score)).toEqual([0.8, 1]);
  });

  test('objective prefixes in a single title column (O1: / KR1:)', () => {
    const r = readSheet(
      [
        ['Title', 'Owner', 'Target', 'Current'],
        ['O1: Delight customers', 'ana', '', ''],
        ['KR1: CSAT to 75', 'ana', 75, 60],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.objectives.map((o) => [o.title, o.keyResults.length])).toEqual([['O1: Delight customers', 1]]);
  });

  test('a Type column naming Objective / Key result rows', () => {
    const r = readSheet(
      [
        ['Type', 'Summary', 'Owner', 'Start value', 'Current value', 'Target value'],
        ['Objective', 'Sell more', 'ana', '', '', ''],
        ['Key result', 'Deals 120 → 160', 'ana', 120, 140, 160],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.columns.rowType).toBe(0);
    expect(r.objectives[0]!.keyResults[0]!.score).toBe(0.5);
  });

  test('a Type column holding commitments, decided by its values', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Type'],
        ['A', 'x to 10', 'ana', 10, 7, 'Committed'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.columns.commitment).toBe(5);
    expect(r.objectives[0]!.commitment).toBe('committed');
  });

  test('a Type column holding KR kinds, decided by its values', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Type'],
        ['A', 'Hold 80', 'ana', 80, 85, 'threshold'],
        ['', 'Up to 10', 'ana', 10, 7, 'increase'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.columns.kind).toBe(5);
    expect(r.objectives[0]!.keyResults.map((k) => k.kind)).toEqual(['threshold', 'increase']);
  });

  test('column mapping overrides from settings', () => {
    const r = readSheet(
      [
        ['Goal', 'Measure', 'Accountable person', 'Aim', 'Now'],
        ['A', 'x 0 to 10', 'ana', 10, 5],
      ],
      { asOf: '2026-08-15', settings: { columns: { keyResult: 'Measure', owner: 'Accountable person', target: 'Aim', current: 'Now' } } },
    );
    expect(r.objectives[0]!.keyResults[0]).toMatchObject({ title: 'x 0 to 10', owner: 'ana', score: 0.5 });
  });

  test('Sheets API rows: ragged (trailing blanks omitted), dates as serial numbers', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due'],
        ['Ship', 'Ship v2', 'ana', 'done', 'no', 46356], // 46356 = 2026-11-30
        ['', 'Hire 3', 'ben', 3],
      ],
      { asOf: '2026-08-15' },
    );
    const [ship, hire] = r.objectives[0]!.keyResults;
    expect(ship!.due).toBe('2026-11-30');
    expect(hire!.current).toBeNull();
    expect(hire!.status).toBe('grey');
  });

  test('getValues rows: Date cells, booleans (checkboxes), numbers', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due'],
        ['Ship', 'Ship v2', 'ana', 'done', true, new Date(Date.UTC(2026, 10, 30))],
        ['', 'Ship v3', 'ana', 'done', false, new Date(Date.UTC(2026, 6, 30))],
      ],
      { asOf: '2026-08-15' },
    );
    const [v2, v3] = r.objectives[0]!.keyResults;
    expect(v2).toMatchObject({ kind: 'milestone', score: 1, status: 'green', done: true, due: '2026-11-30' });
    expect(v3).toMatchObject({ kind: 'milestone', score: 0, status: 'red', due: '2026-07-30' });
  });
});

describe('readSheet: time-aware status (docs/scoring.md, "Status")', () => {
  const row = (current: number, period: string, type = ''): Cell[] => ['A', 'x from 0 to 100', 'ana', 0, 100, current, period, type];
  test.each([
    // Q3 2026 = 2026-07-01 .. 2026-10-01 (92 days). 2026-08-16 → t = 46/92 = 0.5
    ['2026-08-16', row(35, 'Q3 2026'), 0.5, 'green'],
    ['2026-08-16', row(34, 'Q3 2026'), 0.5, 'amber'],
    ['2026-08-16', row(19, 'Q3 2026'), 0.5, 'red'],
    ['2026-08-16', row(50, 'Q3 2026', 'committed'), 0.5, 'green'],
    ['2026-08-16', row(35, 'Q3 2026', 'committed'), 0.5, 'amber'],
    ['2026-08-16', row(34, 'Q3 2026', 'committed'), 0.5, 'red'],
    // before the period: grey
    ['2026-06-30', row(90, 'Q3 2026'), 0, 'grey'],
    // after the period: t = 1, classic grading
    ['2026-12-01', row(70, 'Q3 2026'), 1, 'green'],
    ['2026-12-01', row(99, 'Q3 2026', 'committed'), 1, 'amber'],
    // no period: t = 1
    ['2026-08-16', row(60, ''), null, 'amber'],
  ] as const)('as of %s: %j → t=%s %s', (asOf, cells, t, status) => {
    const kr = okr([cells as Cell[]], asOf).objectives[0]!.keyResults[0]!;
    expect(kr.status).toBe(status);
    if (t === null) expect(kr.elapsed).toBeNull();
    else expect(kr.elapsed).toBeCloseTo(t, 10);
    if (status !== 'grey' && t !== null) expect(kr.expected).toBeCloseTo((cells[7] === 'committed' ? 1 : 0.7) * t, 10);
  });

  test("a KR's due date earlier than its period's end ends its period", () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period', 'Due'],
        ['A', 'x 0 to 100', 'ana', 0, 100, 50, 'Q3 2026', '2026-07-31'],
      ],
      { asOf: '2026-07-16' },
    );
    const kr = r.objectives[0]!.keyResults[0]!;
    expect(kr.elapsed).toBeCloseTo(15 / 31, 10);
    expect(kr.periodEnd).toBe('2026-08-01');
  });

  test('milestones: pending grey until due, then red; done green; late flagged', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due', 'Period'],
        ['A', 'Ship v2', 'ana', 'Shipped', 'in review', '2026-09-30', 'Q3 2026'],
        ['', 'Ship v3', 'ana', 'Shipped', 'in review', '2026-08-01', 'Q3 2026'],
        ['', 'Ship v4', 'ana', '2026-08-01', '2026-08-05', '', 'Q3 2026'],
        ['', 'Ship v5', 'ana', 'Shipped', '20%', '2026-09-30', 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    const [v2, v3, v4, v5] = r.objectives[0]!.keyResults;
    expect(v2).toMatchObject({ score: 0, status: 'grey' });
    expect(v3).toMatchObject({ score: 0, status: 'red' });
    expect(v4).toMatchObject({ score: 1, status: 'green', done: true, late: true });
    // fraction complete uses the time rule: t = 46/92 = 0.5, green bar 0.35, amber bar 0.2
    expect(v5).toMatchObject({ score: 0.2, status: 'amber' });
    expect(r.objectives[0]!.score).toBeCloseTo((0 + 0 + 1 + 0.2) / 4, 10);
  });

  test('threshold KRs use t = 1', () => {
    const kr = okr([['A', 'Keep util 70-80%', 'ana', '', '70-80%', '83%', 'Q3 2026', '']], '2026-07-05').objectives[0]!.keyResults[0]!;
    expect(kr.score).toBeCloseTo(0.7, 10);
    expect(kr.status).toBe('green');
    expect(kr.expected).toBeCloseTo(0.7, 10);
  });
});

describe('readSheet: objective roll-up (docs/scoring.md, "Objective scores")', () => {
  test('weighted mean over scored KRs; weights as numbers or percentages', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Weight'],
        ['A', 'a 0 to 10', 'ana', 0, 10, 10, '60%'],
        ['', 'b 0 to 10', 'ana', 0, 10, 0, '20%'],
        ['', 'c 0 to 10', 'ana', 0, 10, 5, '20%'],
        ['', 'd 0 to 10 (no data)', 'ana', 0, 10, '', '50%'],
        ['B', 'e 0 to 10', 'ana', 0, 10, 5, 3],
        ['', 'f 0 to 10', 'ana', 0, 10, 10, 1],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.objectives[0]!.score).toBeCloseTo((0.6 * 1 + 0.2 * 0 + 0.2 * 0.5) / 1.0, 10);
    expect(r.objectives[1]!.score).toBeCloseTo((3 * 0.5 + 1) / 4, 10);
  });

  test('no scored KR → null score, grey', () => {
    const o = okr([['A', 'x 0 to 10', 'ana', 0, 10, '', '', '']]).objectives[0]!;
    expect(o.score).toBeNull();
    expect(o.status).toBe('grey');
  });

  test('objective status uses its commitment', () => {
    const o = okr([['A', 'x 0 to 10', 'ana', 0, 10, 8, '', 'committed']]).objectives[0]!;
    expect(o.status).toBe('amber');
  });
});

describe('readSheet: problems and skipped rows (docs/scoring.md, "Reading values" and "Problems and warnings")', () => {
  test('errors name row, column header and value; other rows still scored', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'DRI', 'Baseline', 'Goal value', 'Current'],
        ['A', 'x to 10', 'ana', 0, 'abc', 5],
        ['', 'y to 10', 'ana', 0, 10, 5],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.problems).toContainEqual({
      row: 2, column: 'Goal value', value: 'abc', severity: 'error',
      message: 'Row 2, Goal value: "abc" is not a number or a date — write a number like 75, 75% or 2026-11-30',
    });
    expect(r.objectives[0]!.keyResults.map((k) => k.score)).toEqual([null, 0.5]);
  });

  test('skips blank, repeated header, total and comment rows with reasons', () => {
    const r = okr([
      ['A', 'x 0 to 10', 'ana', 0, 10, 5, '', ''],
      ['', '', '', '', '', '', '', ''],
      HEAD,
      ['# note to self', '', '', '', '', '', '', ''],
      ['Total', '', '', '', '', 5, '', ''],
      ['Grand total', '', '', '', '', 5, '', ''],
      ['', 'y 0 to 10', 'ana', 0, 10, 5, '', ''],
    ]);
    expect(r.skipped).toEqual([
      { row: 3, reason: 'blank row' },
      { row: 4, reason: 'repeated header row' },
      { row: 5, reason: 'comment line' },
      { row: 6, reason: 'total row "Total"' },
      { row: 7, reason: 'total row "Grand total"' },
    ]);
    expect(r.objectives[0]!.keyResults).toHaveLength(2);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test.each([
    ['more than 5 KRs', [1, 2, 3, 4, 5, 6].map((i) => [i === 1 ? 'A' : '', `kr ${i} to 10`, 'ana', 0, 10, 5, '', '']), /has 6 key results/],
    ['no KRs', [['A', '', 'ana', '', '', '', '', ''], ['B', 'x to 10', 'ana', 0, 10, 5, '', '']], /has no key results/],
    ['no owner', [['A', 'x to 10', '', 0, 10, 5, '', '']], /has no owner/],
    ['not measurable', [['A', 'Make customers happy', 'ana', '', '', '', '', '']], /cannot be measured/],
    ['duplicate KR', [['A', 'x to 10', 'ana', 0, 10, 5, '', ''], ['', 'x to 10', 'ana', 0, 10, 5, '', '']], /written twice/],
  ] as const)('warning: %s', (_name, rows, message) => {
    const r = okr(rows as unknown as Cell[][]);
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    expect(warnings.some((w) => message.test(w.message))).toBe(true);
    expect(warnings.every((w) => /^Row \d+/.test(w.message))).toBe(true);
  });

  test('warning: due date outside the objective period', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due', 'Period'],
        ['A', 'Ship v2', 'ana', 'Shipped', 'no', 'Nov 30', 'Q3 2026'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.problems).toEqual([expect.objectContaining({ row: 2, column: 'Due', value: 'Nov 30', severity: 'warning' })]);
    expect(r.objectives[0]!.keyResults[0]!.due).toBe('2026-11-30');
  });

  test('warning: more than 12 KPIs', () => {
    const rows: Cell[][] = [['KPI', 'Owner', 'Target', 'Actual']];
    for (let i = 0; i < 13; i++) rows.push([`k${i}`, 'ana', 10, 10]);
    const r = readSheet(rows, { asOf: '2026-08-15' });
    expect(r.problems.some((p) => /13 KPIs/.test(p.message))).toBe(true);
  });

  test('no header row is one clear problem', () => {
    const r = readSheet([['hello'], [1, 2, 3]], { asOf: '2026-08-15' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/no header row/);
  });

  test('never throws on odd input', () => {
    expect(() => readSheet([], {})).not.toThrow();
    expect(() => readSheet([[]], { asOf: 'garbage' })).not.toThrow();
    expect(() => readSheet([[null, undefined as never, NaN, new Date('x')]], {})).not.toThrow();
  });
});

describe('readSheet: KPI sheets (docs/scoring.md, "KPI status")', () => {
  test('one KPI per row with Actual and Target', () => {
    const r = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Actual', 'Direction'],
        ['Revenue', 'ana', 100, 95, 'higher'],
        ['Churn', 'ben', '2%', '2.1%', 'lower'],
        ['Utilisation', 'cara', '70-80%', '90%', ''],
        ['Response time (h)', 'dan', '<= 4', 5.5, ''],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.direction, k.status])).toEqual([
      ['Revenue', 'higher', 'amber'],
      ['Churn', 'lower', 'amber'],
      ['Utilisation', 'range', 'red'],
      ['Response time (h)', 'lower', 'red'],
    ]);
  });

  test('wide sheet: the latest non-empty period is the actual, the one before gives the trend', () => {
    const r = readSheet(
      [
        ['Metric', 'Owner', 'Target', 'Direction', 'Jan', 'Feb', 'Mar', 'Apr'],
        ['Revenue', 'ana', 100, 'higher', 80, 90, 101, ''],
        ['Churn', 'ben', 0.02, 'lower', 0.03, 0.025, 0.026],
        ['Flat', 'ben', 10, 'higher', 10, 10],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.periodColumns).toEqual([4, 5, 6, 7]);
    expect(r.kpis.map((k) => [k.name, k.actual, k.previous, k.trend, k.trendGood, k.status, k.actualPeriod])).toEqual([
      ['Revenue', 101, 90, 'up', true, 'green', 'Mar'],
      ['Churn', 0.026, 0.025, 'up', false, 'red', 'Mar'],
      ['Flat', 10, 10, 'flat', null, 'green', 'Feb'],
    ]);
  });

  test('wide sheet with YYYY-MM and quarter headers', () => {
    const r = readSheet(
      [
        ['KPI', 'Owner', 'Target', '2026-01', '2026-02', '2026-03'],
        ['NPS', 'ana', 40, 35, 38, 41],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kpis[0]).toMatchObject({ actual: 41, previous: 38, trend: 'up', status: 'green' });
  });

  test('long sheet: Date, Metric, Value', () => {
    const r = readSheet(
      [
        ['Date', 'Metric', 'Value'],
        ['2024-04-01', 'MRR', 12500],
        ['2024-04-08', 'MRR', 11900],
        ['2024-04-01', 'Churn Rate', 0.045],
        ['2024-04-08', 'Churn Rate', 0.051],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kpis.map((k) => [k.name, k.actual, k.previous, k.trend])).toEqual([
      ['MRR', 11900, 12500, 'down'],
      ['Churn Rate', 0.051, 0.045, 'up'],
    ]);
  });

  test('German headers and numbers (de-DE)', () => {
    const r = readSheet(
      [
        ['Kennzahl', 'Verantwortlich', 'Plan', 'Ist', 'Richtung'],
        ['Umsatz', 'ana', '1.000.000,00 €', '950.000,00 €', 'höher'],
        ['Kosten', 'ben', '2.500', '2.400', 'niedriger'],
      ],
      { asOf: '2026-08-15', locale: 'de-DE' },
    );
    expect(r.kpis.map((k) => [k.target, k.actual, k.direction, k.status])).toEqual([
      [1_000_000, 950_000, 'higher', 'amber'],
      [2500, 2400, 'lower', 'green'],
    ]);
  });

  test('French headers, comparator target', () => {
    const r = readSheet(
      [
        ['Indicateur', 'Unité', 'Réel', 'Objectif', 'Responsable'],
        ['Taux de désabonnement', '%', '2,4 %', '<= 2 %', 'marc@example.com'],
        ['Nouveaux clients', 'nombre', 212, 200, 'julie@example.com'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kpis.map((k) => [k.name, k.actual, k.target, k.direction, k.status])).toEqual([
      ['Taux de désabonnement', 0.024, 0.02, 'lower', 'red'],
      ['Nouveaux clients', 212, 200, 'higher', 'green'],
    ]);
  });
});

describe('readSheet: numbers per locale in an OKR sheet', () => {
  test.each([
    ['en-US', '1,234.5', '2,000', '1,617.25', 0.5],
    ['de-DE', '1.234,5', '2.000', '1.617,25', 0.5],
    [undefined, '1.234,5', '2.000', '1.617,25', 0.5],
  ])('%s', (locale, start, target, current, score) => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['A', 'x', 'ana', start, target, current],
      ],
      { asOf: '2026-08-15', ...(locale ? { locale } : {}) },
    );
    expect(r.objectives[0]!.keyResults[0]!.score).toBeCloseTo(score, 10);
  });
});

test('the team settings as-of date overrides the passed one', () => {
  const r = okr([['A', 'x 0 to 100', 'ana', 0, 100, 50, 'Q3 2026', '']], '2026-07-01', { settings: { asOf: '2026-12-01' } });
  expect(r.asOf).toBe('2026-12-01');
  expect(r.objectives[0]!.keyResults[0]!.elapsed).toBe(1);
});

describe('readSheet: KRs linked to KPIs', () => {
  const values: Cell[][] = [
    ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Linked KPI'],
    ['Grow', 'Revenue from 100k to 200k', 'ana', 100_000, 200_000, 110_000, 'Monthly revenue'],
    ['', 'Churn to 2%', 'ben', '5%', '2%', '', 'churn  rate:'],
    ['', 'NPS to 40', 'cara', 20, 40, 30, 'Unknown KPI'],
  ];
  test("the KR's current value is the linked KPI's latest actual", () => {
    const kpis = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Jan', 'Feb'],
        ['Monthly revenue', 'ana', 200_000, 140_000, 150_000],
        ['Churn rate', 'ben', '2%', '4%', '3.5%'],
      ],
      { asOf: '2026-08-15' },
    ).kpis;
    const r = readSheet(values, { asOf: '2026-08-15', kpis });
    const [rev, churn, nps] = r.objectives[0]!.keyResults;
    expect(rev).toMatchObject({ current: 150_000, score: 0.5, linkedKpi: 'Monthly revenue' });
    expect(churn!.current).toBeCloseTo(0.035);
    expect(churn!.score).toBeCloseTo(0.5);
    expect(nps!.current).toBe(30);
    expect(r.problems).toEqual([expect.objectContaining({ row: 4, column: 'Linked KPI', value: 'Unknown KPI', severity: 'warning' })]);
  });
  test('kpis as a function is called only for an OKR sheet with a Linked KPI column', () => {
    let calls = 0;
    const kpis = () => {
      calls++;
      return [{ name: 'Monthly revenue', actual: 150_000 }];
    };
    expect(readSheet(values, { asOf: '2026-08-15', kpis }).objectives[0]!.keyResults[0]!.current).toBe(150_000);
    expect(calls).toBe(1);
    readSheet(values.map((row) => row.slice(0, 6)), { asOf: '2026-08-15', kpis });
    readSheet([['KPI', 'Target', 'Actual'], ['Revenue', 10, 9]], { asOf: '2026-08-15', kpis });
    expect(calls).toBe(1);
  });
  test('without KPIs passed, the Current cell is used', () => {
    expect(readSheet(values, { asOf: '2026-08-15' }).objectives[0]!.keyResults[0]!.current).toBe(110_000);
  });
});

describe('readSheet: statements and lists without known headers', () => {
  test('a QuickBooks-style statement (label | Total) is a KPI list with the amounts as actuals', () => {
    const r = readSheet(
      [
        ['Distribution account', 'Total'],
        ['Income', ''],
        ['Design income', 638],
        ['Discounts given', -9],
        ['Total for Income', 629],
        ['Net Income', -1677],
      ],
      { asOf: '2026-11-25' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.actual, k.status])).toEqual([
      ['Design income', 638, 'grey'],
      ['Discounts given', -9, 'grey'],
      ['Net Income', -1677, 'grey'],
    ]);
    expect(r.skipped).toEqual([
      { row: 2, reason: 'section heading (a label with no values)' },
      { row: 5, reason: 'total row "Total for Income"' },
    ]);
  });

  test('the amount column is the one whose header says total/amount/actual', () => {
    const r = readSheet(
      [
        ['Account', 'Code', 'Amount'],
        ['Sales', 4000, 1200],
        ['Rent', 6100, 800],
      ],
      { asOf: '2026-11-25' },
    );
    expect(r.kpis.map((k) => [k.name, k.actual])).toEqual([
      ['Sales', 1200],
      ['Rent', 800],
    ]);
  });

  test('a time series (dates as labels) or a pivot (repeated labels) is not read as a KPI list', () => {
    expect(readSheet([['Day Index', 'Users'], ['12/18/17', 5], ['12/19/17', 6], ['12/20/17', 7]], { asOf: '2026-11-25' }).kpis).toEqual([]);
    expect(readSheet([['Month', 'Region', 'Sales'], ['2026-01', 'EMEA', 5], ['2026-01', 'AMER', 6], ['2026-02', 'EMEA', 7], ['2026-02', 'AMER', 8]], { asOf: '2026-11-25' }).kpis).toEqual([]);
  });

  test('on a KPI sheet a total row with a target of its own is a KPI; one without is skipped', () => {
    const r = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Actual'],
        ['Revenue EMEA', 'ana', 100, 90],
        ['Total revenue', 'ana', 200, 210],
        ['Total', '', '', 300],
      ],
      { asOf: '2026-11-25' },
    );
    expect(r.kpis.map((k) => [k.name, k.status])).toEqual([
      ['Revenue EMEA', 'amber'],
      ['Total revenue', 'green'],
    ]);
    expect(r.skipped).toEqual([{ row: 4, reason: 'total row "Total"' }]);
  });
});
