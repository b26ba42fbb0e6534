import { describe, expect, it } from 'vitest';
import { asText } from '../../shared/as-text';
import { editSpan } from '../../apps-script/commands/edit-span';
import { mapCells } from '../../apps-script/commands/map-cells';
import { planScoring } from '../../apps-script/commands/plan-scoring';
import { sparklineFormula } from '../../apps-script/commands/sparkline-formula';
import { kpiTemplate, okrTemplate } from '../../apps-script/commands/sheet-template';
import { summaryRows } from '../../apps-script/commands/summary-rows';
import { columnLetter } from '../../apps-script/platform/column-letter';
import { filterKpis, filterObjectives } from '../../apps-script/sidebar/filter-objectives';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';

const OKR: Cell[][] = [
  ['Objective', 'Key result', 'Owner', 'Team', 'Start', 'Target', 'Current', 'Period'],
  ['Grow', 'MRR from 10 to 20', 'ana@example.com', 'Sales', 10, 20, 15, 'Q3 2026'],
  ['', 'Leads from 100 to 200', 'Ben', 'Sales', 100, 200, 190, 'Q3 2026'],
  ['Ship', 'Launch v2', 'cara@example.com', 'Eng', '', 'done', 'done', 'Q3 2026'],
  ['', 'Cut bugs from 10 to 5', 'Ben, cara@example.com', 'Eng', 10, 5, 9, 'Q3 2026'],
];

describe('mapCells (array-aware custom functions)', () => {
  it.each([
    { args: [2, 3], out: 5 },
    { args: [[[1], [2], [3]], 10], out: [[11], [12], [13]] },
    { args: [[[1], [2]], [[10], [20]]], out: [[11], [22]] },
    { args: [[[1, 2]], 1], out: [[2, 3]] },
    { args: [[[1], [2], [3]], [[5]]], out: [[6], [7], [8]] },
  ])('$args → $out', ({ args, out }) => {
    expect(mapCells(args as Cell[], (a, b) => Number(a) + Number(b))).toEqual(out);
  });

  it('passes blanks for missing arguments and short ranges', () => {
    expect(mapCells([[[1], [2]], [['x']], undefined], (a, b, c) => `${String(a)}|${String(b)}|${String(c)}`)).toEqual([['1|x|'], ['2|x|']]);
    expect(mapCells([[[1], [2], [3]], [[1], [2]]], (a, b) => `${String(a)}-${String(b)}`)).toEqual([['1-1'], ['2-2'], ['3-']]);
  });
});

describe('planScoring', () => {
  const input = { values: OKR, outputs: [], settingsValues: null, today: '2026-08-15', locale: 'en-US' };

  it('adds Score, Status, Expected and the objective roll-up when objectives share rows with key results', () => {
    const plan = planScoring(input);
    expect(plan.ok).toBe(true);
    expect(plan.create.map((c) => [c.role, c.column])).toEqual([['score', 9], ['status', 10], ['expected', 11], ['rollup', 12], ['rollupStatus', 13]]);
    expect(plan.blocks.length).toBe(1);
    expect(plan.blocks[0]!.values[0]).toEqual(['Scorecard score', 'Scorecard status', 'Expected by today', 'Objective roll-up', 'Roll-up status']);
    const report = readSheet(OKR, { asOf: '2026-08-15', locale: 'en-US' });
    expect(plan.blocks[0]!.values[1]![0]).toBe(Math.round(report.objectives[0]!.keyResults[0]!.score! * 100) / 100);
    expect(plan.blocks[0]!.values[1]![3]).toBe(Math.round(report.objectives[0]!.score! * 100) / 100);
    expect(plan.blocks[0]!.values[2]![3]).toBe('');
  });

  it('reads the sheet without its own columns and writes one block per run of adjacent output columns', () => {
    const withOurs = OKR.map((r, i) => [...r.slice(0, 2), i === 0 ? 'Scorecard status' : 'red', ...r.slice(2), i === 0 ? 'Scorecard score' : 0.99]);
    const plan = planScoring({ ...input, values: withOurs, outputs: [{ role: 'status', column: 3 }, { role: 'score', column: 10 }] });
    expect(plan.report.objectives[0]!.keyResults.length).toBe(2);
    expect(plan.create.map((c) => c.role)).toEqual(['expected', 'rollup', 'rollupStatus']);
    expect(plan.create[0]!.column).toBe(11);
    expect(plan.blocks.map((b) => [b.column, b.roles])).toEqual([
      [3, ['status']],
      [10, ['score', 'expected', 'rollup', 'rollupStatus']],
    ]);
  });

  it('plans nothing when no header row is found', () => {
    const plan = planScoring({ ...input, values: [['hello'], ['world']] });
    expect(plan.ok).toBe(false);
    expect(plan.blocks).toEqual([]);
    expect(plan.problems[0]?.severity).toBe('error');
  });

  it('for onEdit: only the requested rows, and never a new column', () => {
    const plan = planScoring({ ...input, outputs: [{ role: 'score', column: 9 }, { role: 'status', column: 10 }], rows: () => ({ from: 4, to: 5 }) });
    expect(plan.create).toEqual([]);
    expect(plan.blocks).toEqual([{ column: 9, fromRow: 4, roles: ['score', 'status'], values: expect.any(Array) }]);
    expect(plan.blocks[0]!.values.length).toBe(2);
  });
});

describe('planScoring on wide KPI sheets and linked KPIs', () => {
  const WIDE: Cell[][] = [
    ['KPI', 'Target', 'Notes', 'Jan 2026', 'Feb 2026', 'Mar 2026'],
    ['Revenue', 100, 'x', 80, 90, 95],
    ['Churn', '<= 2%', '', '3%', '2.5%', ''],
  ];
  const input = { values: WIDE, outputs: [], settingsValues: null, today: '2026-04-15', locale: 'en-US' };

  it('adds a Trend column of sparklines over each row\'s own period cells', () => {
    const plan = planScoring(input);
    expect(plan.create.map((c) => [c.role, c.column])).toEqual([['status', 7], ['trend', 8], ['sparkline', 9]]);
    expect(plan.blocks[0]!.values.map((r) => r[2])).toEqual(['Trend', '=SPARKLINE(D2:F2)', '=SPARKLINE(D3:F3)']);
    expect(plan.blocks[0]!.values[2]![0]).toBe(plan.report.kpis[1]!.status);
    expect(plan.report.kpis[1]!.actualPeriod).toBe('Feb 2026');
  });

  it('maps readSheet\'s columns back to the sheet when the add-on\'s columns sit among the periods', () => {
    const withOurs = WIDE.map((r, i) => [...r.slice(0, 4), i === 0 ? 'Scorecard status' : 'red', ...r.slice(4)]);
    const plan = planScoring({ ...input, values: withOurs, outputs: [{ role: 'status', column: 5 }] });
    expect(plan.report.periodColumns).toEqual([3, 4, 5]);
    const sparkline = plan.columns.find((c) => c.role === 'sparkline')!;
    const block = plan.blocks.find((b) => b.roles.includes('sparkline'))!;
    expect(block.values[1]![block.roles.indexOf('sparkline')]).toBe('=SPARKLINE({D2,F2,G2})');
    expect(sparkline.column).toBe(9);
  });

  it('calls `kpis` only for an OKR sheet with a Linked KPI column', () => {
    let asked = 0;
    const kpis = () => {
      asked++;
      return [{ name: 'Revenue', actual: 18 }];
    };
    planScoring({ values: OKR, outputs: [], settingsValues: null, today: '2026-08-15', locale: 'en-US', kpis });
    planScoring({ ...input, kpis });
    expect(asked).toBe(0);
    const linked = OKR.map((r, i) => [...r, i === 0 ? 'Linked KPI' : i === 1 ? 'revenue' : '']);
    const plan = planScoring({ values: linked, outputs: [], settingsValues: null, today: '2026-08-15', locale: 'en-US', kpis });
    expect(asked).toBe(1);
    expect(plan.report.objectives[0]!.keyResults[0]!.current).toBe(18);
  });
});

describe('sparklineFormula', () => {
  it('a range for adjacent columns left to right, else an array in the given (oldest-first) order', () => {
    expect(sparklineFormula(5, [5, 6, 7, 8, 9, 10])).toBe('=SPARKLINE(E5:J5)');
    expect(sparklineFormula(12, [26, 27, 28])).toBe('=SPARKLINE(Z12:AB12)');
    expect(sparklineFormula(5, [5, 6, 8])).toBe('=SPARKLINE({E5,F5,H5})');
    expect(sparklineFormula(3, [7, 6, 5])).toBe('=SPARKLINE({G3,F3,E3})');
    expect(sparklineFormula(3, [])).toBeNull();
    expect(sparklineFormula(0, [1, 2])).toBeNull();
  });
});

describe('editSpan', () => {
  const report = readSheet(OKR, { asOf: '2026-08-15' });
  it.each([
    { first: 3, last: 3, span: { from: 2, to: 3 } },
    { first: 5, last: 5, span: { from: 4, to: 5 } },
    { first: 3, last: 4, span: { from: 2, to: 5 } },
    { first: 1, last: 1, span: { from: 1, to: 9 } },
    { first: 8, last: 9, span: { from: 8, to: 9 } },
  ])('rows $first-$last → $span', ({ first, last, span }) => {
    expect(editSpan(report, first, last, 9)).toEqual(span);
  });
});

describe('summaryRows', () => {
  const report = readSheet(OKR, { asOf: '2026-08-15' });
  it('keeps other sheets, replaces this one, pads over older contents and protects text', () => {
    const existing: Cell[][] = [
      ['Sheet', 'Type', 'Name'],
      ['KPIs', 'KPI', 'Churn'],
      ['OKRs', 'Objective', 'Old one'],
      ['OKRs', 'Objective', 'Old two'],
      ['OKRs', 'Objective', 'Old three'],
      ['OKRs', 'Total', ''],
      ['OKRs', 'Objective', 'Old five'],
    ];
    const rows = summaryRows(existing, 'OKRs', report);
    expect(rows.length).toBe(7);
    expect(rows[1]!.slice(0, 3)).toEqual(["'KPIs", "'KPI", "'Churn"]);
    expect(rows[2]!.slice(0, 3)).toEqual(["'OKRs", "'Objective", "'Grow"]);
    expect(rows[4]![1]).toBe("'Total");
    expect(rows[6]!.every((c) => c === '')).toBe(true);
  });

  it('never grows past the tab: the rest is one line', () => {
    const many = readSheet(
      [['Objective', 'Key result', 'Start', 'Target', 'Current'], ...Array.from({ length: 40 }, (_, i) => [`O${i + 1}: Goal ${i}`, `KR ${i}`, 0, 10, 5])],
      { asOf: '2026-08-15' },
    );
    const rows = summaryRows(null, 'Big', many, 20);
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(rows.some((r) => String(r[2]).includes('more objectives'))).toBe(true);
    expect(rows.at(-1)![1]).toBe("'Total");
  });
});

describe('small helpers', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('columnLetter(%i) = %s', (n, letter) => expect(columnLetter(n)).toBe(letter));

  it('asText keeps text as text and leaves other values', () => {
    expect(asText('=1+1')).toBe("'=1+1");
    expect(asText('')).toBe('');
    expect(asText(3)).toBe(3);
    expect(asText(true)).toBe(true);
  });

  it('templates name the quarter and the last three months of today', () => {
    expect(okrTemplate('2026-11-25').rows[1]![4]).toBe("'Q4 2026");
    expect(okrTemplate('2026-02-03').rows[3]![10]).toBe("'2026-03-31");
    expect(kpiTemplate('2026-01-10').rows[0]!.slice(-3)).toEqual(["'Nov 2025", "'Dec 2025", "'Jan 2026"]);
  });
});

describe('sidebar filters', () => {
  const report = readSheet(OKR, { asOf: '2026-08-15' });
  it.each([
    { filter: { owner: '', team: '', mine: '' }, krs: 4 },
    { filter: { owner: 'Ben', team: '', mine: '' }, krs: 2 },
    { filter: { owner: '', team: 'Eng', mine: '' }, krs: 2 },
    { filter: { owner: '', team: '', mine: 'cara@example.com' }, krs: 2 },
    { filter: { owner: 'Ben', team: 'Sales', mine: '' }, krs: 1 },
    { filter: { owner: 'nobody', team: '', mine: '' }, krs: 0 },
  ])('$filter → $krs key results', ({ filter, krs }) => {
    expect(filterObjectives(report.objectives, filter).flatMap((o) => o.keyResults).length).toBe(krs);
  });

  it('filters KPIs by owner and team', () => {
    const kpis = readSheet([['KPI', 'Owner', 'Team', 'Target', 'Actual'], ['Churn', 'Ana', 'CS', 2, 3], ['MRR', 'Ben', 'Sales', 10, 12]], { asOf: '2026-08-15' }).kpis;
    expect(filterKpis(kpis, { owner: 'ana', team: '', mine: '' }).map((k) => k.name)).toEqual(['Churn']);
    expect(filterKpis(kpis, { owner: '', team: 'Sales', mine: '' }).map((k) => k.name)).toEqual(['MRR']);
  });
});

describe('scoreMessage', () => {
  it('sums up colours and problems, naming the first error', async () => {
    const { scoreMessage } = await import('../../apps-script/commands/score-message');
    const rows: Cell[][] = [...OKR, ['', 'Broken', 'Ana', 'Eng', 1, 'abc', 2, 'Q3 2026']];
    const report = readSheet(rows, { asOf: '2026-08-15' });
    const message = scoreMessage(report, report.problems);
    expect(message).toMatch(/^Scored 5 key results in 2 objectives: \d green, \d amber, \d red, \d grey\./);
    expect(message).toMatch(/First: Row 6, Target: "abc"/);
    expect(scoreMessage(readSheet(OKR, { asOf: '2026-08-15' }), [])).not.toMatch(/problem/);
  });
});
