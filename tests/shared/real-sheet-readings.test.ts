/**
 * Table tests for the readings the real-sheet corpus (tests/shared/real-sheets.test.ts) needed:
 * headers that say a value word with extra words, direction words in Portuguese and Spanish,
 * lower-is-better names, placeholder and noted KPI actuals, key results with no start whose name is
 * lower-is-better, the KPI name column when no header names it, and a long table of targets only.
 */
import { describe, expect, test } from 'vitest';
import { columnConcept } from '../../shared/column-concept';
import { kpiDirection } from '../../shared/kpi-direction';
import { lowerIsBetterWord } from '../../shared/lower-is-better-word';
import { readSheet } from '../../shared/read-sheet';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import { scoreKpiCells } from '../../shared/score-kpi-cells';

describe('columnConcept: a value word at the edge of a longer header', () => {
  test.each([
    ['actual_to_date', 'current'],
    ['Actual to date', 'current'],
    ['end_of_compact_target', 'target'],
    ['Target\n100%', 'target'],
    ['Annual baseline', 'start'],
    ['Current_Period', 'period'],
    ['realisasi', 'current'],
    ['direcao_meta', 'direction'],
    // unchanged
    ['Target date', 'due'],
    ['FY26 Baseline', 'start'],
    ['Target_2027', 'target'],
    ['Current_2024', 'current'],
  ])('%j → %s', (header, concept) => {
    expect(columnConcept(header)).toBe(concept);
  });

  test.each([['Actual date'], ['Prior year actual'], ['Budget target'], ['percent_complete_to_date'], ['Threshold\n50%'], ['Actual Progress'], ['Role Specific Goal']])(
    '%j names no value column',
    (header) => {
      expect(columnConcept(header)).toBeNull();
    },
  );
});

describe('kpiDirection: Portuguese and Spanish comparators and trends', () => {
  test.each([
    ['maior_igual', 'higher'],
    ['Maior ou igual', 'higher'],
    ['mayor_o_igual', 'higher'],
    ['tendencia_alta', 'higher'],
    ['menor_igual', 'lower'],
    ['menor o igual', 'lower'],
    ['tendencia_baixa', 'lower'],
    ['Tendência de baixa', 'lower'],
  ])('%j → %s', (text, direction) => {
    expect(kpiDirection(text)).toBe(direction);
  });
});

describe('lowerIsBetterWord: more names that say lower is better', () => {
  test.each([
    ['Response_Time', 'response_time'],
    ['Error_Rate', 'error'],
    ['Employee Turnover', 'turnover'],
    ['Open Items', 'open items'],
    ['Outstanding Items', 'outstanding'],
    ['Exceptions', 'exceptions'],
    ['High-risk Accounts', 'high-risk'],
    ['Discrepancies', 'discrepancies'],
    ['Mortality Rate', 'mortality'],
    ['Readmission Rate', 'readmission'],
    ['Average Length of Stay', 'length of stay'],
    ['ED Wait Time', 'wait time'],
    ['Delivery time (days)', 'delivery time'],
    ['biaya logistik', 'biaya'],
    ['waktu pengiriman', 'waktu pengiriman'],
    ['Kosten pro Auftrag', 'kosten'],
  ])('%j → %j', (name, word) => {
    expect(lowerIsBetterWord(name)).toBe(word);
  });

  test.each([['Inventory_Turnover'], ['Asset turnover'], ['Open items closed'], ['Exceptions resolved'], ['Mortality reduction'], ['Revenue'], ['Customer retention']])(
    '%j says nothing',
    (name) => {
      expect(lowerIsBetterWord(name)).toBeNull();
    },
  );
});

describe('scoreKpiCells: actuals that mean "no value yet" or carry a note', () => {
  test.each([['Pending'], ['pending'], ['Not available'], ['?']])('%j is no actual: grey, no error', (actual) => {
    const s = scoreKpiCells({ actual, target: 35, start: 50, name: 'Non-Revenue Water' });
    expect([s.actual, s.status, s.error, s.direction]).toEqual([null, 'grey', null, 'lower']);
  });

  test.each([
    ['90 (31.5% of 286)', 90, 'amber'],
    ['~40', 40, 'red'],
    ['105*', 105, 'green'],
  ])('%j reads as %d', (actual, value, status) => {
    const s = scoreKpiCells({ actual, target: 100 });
    expect([s.actual, s.status, s.error]).toEqual([value, status, null]);
  });
});

describe('scoreKpiCells: a direction cell saying N/A', () => {
  test.each([['N/A'], ['N/A (context)'], ['-']])('%j states no direction (no warning), the rules decide', (direction) => {
    expect(scoreKpiCells({ direction, target: 0, actual: 3 })).toMatchObject({ direction: 'lower', unknownDirection: false });
  });
});

describe('scoreKpiCells: a comparator in the target wins over a Direction cell that says the opposite', () => {
  test.each([
    ['grow', '≤3%', '5%', 'lower', 'red', 'higher'],
    ['grow', '≤3%', '2.47%', 'lower', 'green', 'higher'],
    ['reduce', '>= 80%', '85%', 'higher', 'green', 'lower'],
  ])('Direction %j, target %j, actual %j: %s, %s', (direction, target, actual, read, status, overruled) => {
    expect(scoreKpiCells({ direction, target, actual })).toMatchObject({ direction: read, status, overruledDirection: overruled });
  });

  test('agreeing or range directions are not overruled', () => {
    expect(scoreKpiCells({ direction: 'reduce', target: '≤3%', actual: '5%' }).overruledDirection).toBeUndefined();
    expect(scoreKpiCells({ direction: 'maintain', target: '>= 80%', actual: '85%' })).toMatchObject({ direction: 'range' });
  });

  test('readSheet warns on the row', () => {
    const r = readSheet([['KPI', 'Direction', 'Target', 'Actual'], ['Cost of collection ratio', 'grow', '≤3%', '5%']], { asOf: '2026-11-15' });
    expect(r.kpis[0]).toMatchObject({ direction: 'lower', status: 'red' });
    expect(r.problems).toContainEqual(expect.objectContaining({ row: 2, column: 'Direction', value: 'grow', severity: 'warning' }));
  });
});

describe('scoreKpiCells: a relative target resolves against the baseline', () => {
  test.each([
    ['50% reduction', 962, 375, 481, 'lower', 'green'],
    ['reduce by 20%', 50, 48.2, 40, 'lower', 'red'],
    ['double', 100, 150, 200, 'higher', 'red'],
    ['+10%', 200, 221, 220, 'higher', 'green'],
    ['-5', 30, 26, 25, 'lower', 'amber'],
  ])('%j of baseline %d, actual %d: target %d, %s, %s', (target, start, actual, resolved, direction, status) => {
    const s = scoreKpiCells({ target, start, actual });
    expect(s.target).toBeCloseTo(resolved, 9);
    expect([s.direction, s.status, s.error]).toEqual([direction, status, null]);
  });

  test('in words with no baseline yet: an error on the row, no target, the words still say lower', () => {
    const s = scoreKpiCells({ target: '50% reduction', start: 'Pending', actual: 'Pending', name: 'Access time to market (minutes)' });
    expect([s.target, s.direction, s.status]).toEqual([null, 'lower', 'grey']);
    expect(s.error).toMatchObject({ column: 'target', value: '50% reduction' });
  });

  test('a signed number with no baseline stays that number', () => {
    expect(scoreKpiCells({ target: '+10%', actual: '12%' })).toMatchObject({ target: 0.1, actual: 0.12, status: 'green', error: null });
  });
});

describe('scoreKeyResultCells: no start and a lower-is-better name', () => {
  test.each([
    ['biaya logistik', 150000000, 165000000, 0],
    ['waktu pengiriman', 24, 28, 0],
    ['Delivery time (hours)', 24, 25.2, 0.5],
    ['Logistics cost', 150, 140, 1],
  ])('%j: at most the target (%d), current %d scores %d', (title, target, current, score) => {
    const s = scoreKeyResultCells({ title, start: '', target, current });
    expect([s.kind, s.high, s.error]).toEqual(['threshold', target, null]);
    expect(s.score).toBeCloseTo(score, 9);
  });

  test('a name that says nothing, or a start, keeps the increase/decrease reading', () => {
    expect(scoreKeyResultCells({ title: 'total revenue', start: '', target: 500, current: 425 })).toMatchObject({ kind: 'increase', score: 0.85 });
    expect(scoreKeyResultCells({ title: 'Logistics cost', start: 180, target: 150, current: 165 })).toMatchObject({ kind: 'decrease', score: 0.5 });
    expect(scoreKeyResultCells({ title: 'Cost savings', start: '', target: 100, current: 50 })).toMatchObject({ kind: 'increase', score: 0.5 });
  });
});

describe('readSheet: KPI layouts the corpus showed', () => {
  test('no header names the KPI: the text column whose values differ most, not a category beside it', () => {
    const r = readSheet(
      [
        ['Core Goal', 'Role Specific Goal', 'FY26 Baseline', 'Target\n100%', 'Jul', 'Aug'],
        ['Core', 'Clear distributor mismatches', 1200, 0, 843, 559],
        ['Core', 'Resolve missing units of measure', 780, 0, 247, 97],
        ['Non-Core', 'Support the catalogue team', '', '', '', ''],
      ],
      { asOf: '2026-10-15' },
    );
    expect(r.kpis.map((k) => [k.name, k.direction, k.target, k.actual, k.previous, k.status])).toEqual([
      ['Clear distributor mismatches', 'lower', 0, 559, 843, 'red'],
      ['Resolve missing units of measure', 'lower', 0, 97, 247, 'red'],
      ['Support the catalogue team', 'higher', null, null, null, 'grey'],
    ]);
  });

  test('wide monthly results written with a note are their numbers', () => {
    const r = readSheet(
      [
        ['KPI', 'Baseline', 'Target', 'Jul', 'Aug', 'Sep'],
        ['Obsolete dates with spend', 50, 0, '13 (74%) ', '10 (80%)', '9 (80%)'],
        ['Blocked items', '1,849', '1,500', '2,014 (-8.2%)', '2,094 (-11.7%)', '1,868(-1.0%)'],
      ],
      { asOf: '2026-10-15' },
    );
    expect(r.kpis.map((k) => [k.name, k.direction, k.actual, k.previous, k.status, k.history?.map((h) => h.actual)])).toEqual([
      ['Obsolete dates with spend', 'lower', 9, 10, 'red', [13, 10, 9]],
      ['Blocked items', 'lower', 1868, 2094, 'red', [2014, 2094, 1868]],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('a long table of targets only (KPI | Target | Period): one KPI per name, the latest period\'s target', () => {
    const r = readSheet(
      [
        ['KPI_Name', 'Target_Value', 'Current_Period'],
        ['Response Time', 24, 'Q1 2024'],
        ['NPS Score', 7, 'Q1 2024'],
        ['Response Time', 18, 'Q2 2024'],
        ['NPS Score', 8, 'Q2 2024'],
      ],
      { asOf: '2024-06-15' },
    );
    expect(r.kpis.map((k) => [k.name, k.target, k.actual, k.status, k.history?.map((h) => [h.period, h.target])])).toEqual([
      ['Response Time', 18, null, 'grey', [['Q1 2024', 24], ['Q2 2024', 18]]],
      ['NPS Score', 8, null, 'grey', [['Q1 2024', 7], ['Q2 2024', 8]]],
    ]);
  });
});
