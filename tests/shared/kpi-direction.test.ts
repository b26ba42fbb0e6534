import { describe, expect, test } from 'vitest';
import type { Cell } from '../../shared/types';
import { kpiDirection } from '../../shared/kpi-direction';
import { lowerIsBetterWord } from '../../shared/lower-is-better-word';
import { readSheet } from '../../shared/read-sheet';
import { scoreKpiCells } from '../../shared/score-kpi-cells';

const asOf = '2026-11-15';

describe('KPI direction rule 1: the Direction column (any case, spaces, - or _)', () => {
  test.each([
    ['higher', 'higher'], ['lower', 'lower'], ['range', 'range'], ['up', 'higher'], ['down', 'lower'], ['maintain', 'range'],
    ['increase', 'higher'], ['decrease', 'lower'], ['grow', 'higher'], ['reduce', 'lower'], ['max', 'higher'], ['maximise', 'higher'],
    ['maximize', 'higher'], ['min', 'lower'], ['minimise', 'lower'], ['minimize', 'lower'], ['higher is better', 'higher'],
    ['lower is better', 'lower'], ['up_is_good', 'higher'], ['down_is_good', 'lower'], ['↑', 'higher'], ['↓', 'lower'],
    ['Down_Is_Good', 'lower'], ['UP-IS-GOOD', 'higher'], ['  Lower-is-better ', 'lower'], ['higher_is_better', 'higher'], ['MAINTAIN', 'range'],
  ] as const)('%j → %s', (word, direction) => {
    expect(kpiDirection(word)).toBe(direction);
  });

  test.each([['sideways'], ['good'], ['']])('%j is no direction', (word) => {
    expect(kpiDirection(word)).toBeNull();
  });

  test('a Direction column wins over every other rule, with no warning', () => {
    const r = readSheet([['KPI', 'Owner', 'Baseline', 'Target', 'Actual', 'Direction'], ['Churn', 'ana', 2, 5, 6, 'up_is_good'], ['Revenue', 'ana', 100, 5, 6, 'down_is_good']], { asOf });
    expect(r.kpis.map((k) => [k.direction, k.status, k.directionGuessed ?? false])).toEqual([['higher', 'green', false], ['lower', 'red', false]]);
    expect(r.problems).toEqual([]);
  });

  test('down_is_good is no longer a warning', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Actual', 'Direction'], ['Water loss', 'ana', 10, 12, 'down_is_good']], { asOf });
    expect(r.kpis[0]).toMatchObject({ direction: 'lower', status: 'red' });
    expect(r.problems).toEqual([]);
  });
});

describe('KPI direction rules 2-6 (scoreKpiCells)', () => {
  test.each<[string, Record<string, Cell | string>, string, string, boolean]>([
    // rule 2: a comparator or band in the target
    ['<= 2%', { actual: '2.5%', target: '<= 2%' }, 'lower', 'red', false],
    ['under 5', { actual: 6, target: 'under 5' }, 'lower', 'red', false],
    ['at most 3', { actual: 3, target: 'at most 3' }, 'lower', 'green', false],
    ['>= 80%', { actual: '70%', target: '>= 80%' }, 'higher', 'red', false],
    ['at least 90', { actual: 95, target: 'at least 90' }, 'higher', 'green', false],
    ['70-80%', { actual: '75%', target: '70-80%' }, 'range', 'green', false],
    ['comparator beats the start', { actual: 95, target: 'at least 90', start: 120 }, 'higher', 'green', false],
    ['comparator beats the name', { actual: 6, target: 'at least 5', name: 'Churned accounts' }, 'higher', 'green', false],
    // rule 3: start above the target → lower, below → higher
    ['start above target', { actual: 48.2, target: 35, start: 50 }, 'lower', 'red', false],
    ['start below target', { actual: 48.2, target: 50, start: 35 }, 'higher', 'amber', false],
    ['start beats the name', { actual: 12, target: 10, start: 5, name: 'Incidents handled' }, 'higher', 'green', false],
    ['start beats target 0', { actual: -1, target: 0, start: -5 }, 'higher', 'red', false],
    ['percent start', { actual: '13%', target: '10%', start: '15%' }, 'lower', 'red', false],
    ['start equal to target says nothing', { actual: 4, target: 5, start: 5 }, 'higher', 'red', false],
    ['blank start says nothing', { actual: 4, target: 5, start: '' }, 'higher', 'red', false],
    // rule 4: a target of 0
    ['target 0', { actual: 3, target: 0 }, 'lower', 'red', false],
    ['target 0 met', { actual: 0, target: 0 }, 'lower', 'green', false],
    ['target 0 beats the name', { actual: 1, target: 0, name: 'Outages' }, 'lower', 'red', false],
    // rule 6: otherwise higher
    ['no clue', { actual: 5, target: 4, name: 'Revenue' }, 'higher', 'green', false],
    ['bare unit says nothing', { actual: 150, target: 180, name: 'Cash runway (days)' }, 'higher', 'red', false],
  ])('%s', (_case, cells, direction, status, guessed) => {
    const r = scoreKpiCells(cells as never);
    expect(r.error).toBeNull();
    expect([r.direction, r.status, r.guessedFrom !== null]).toEqual([direction, status, guessed]);
  });
});

describe('KPI direction rule 5: a lower-is-better word in the name', () => {
  test.each([
    ['First response time', 'response time'], ['Resolution time (hrs)', 'resolution time'], ['Lead time', 'lead time'], ['Cycle time', 'cycle time'],
    ['Time to hire', 'time to'], ['Days to Close', 'days to'], ['Hours to resolve', 'hours to'], ['API latency p95', 'latency'],
    ['Average call duration', 'duration'], ['Cost per lead', 'cost'], ['Operating expenses', 'expenses'], ['Marketing spend', 'spend'],
    ['Monthly burn', 'burn'], ['Logo churn %', 'churn'], ['Staff attrition', 'attrition'], ['Employee turnover', 'turnover'],
    ['Error rate', 'error'], ['Defects per release', 'defects'], ['Open bugs', 'bugs'], ['Security incidents', 'incidents'],
    ['Build failures', 'failures'], ['Customer complaints', 'complaints'], ['Support backlog', 'backlog'], ['Invoice aging', 'aging'],
    ['Overdue invoices', 'overdue'], ['Unplanned downtime', 'downtime'], ['Pipe blockages', 'blockages'], ['Water loss', 'loss'],
    ['Cost-to-income ratio', 'cost-to-income'],
  ])('%s → lower, from %j', (name, word) => {
    expect(lowerIsBetterWord(name)).toBe(word);
    const r = scoreKpiCells({ actual: 11, target: 10, name });
    expect([r.direction, r.guessedFrom, r.status]).toEqual(['lower', word, 'amber']);
  });

  test.each([['Cash runway (days)'], ['Revenue'], ['Response rate'], ['Cost savings'], ['Bugs fixed'], ['Incidents resolved'], ['Error-free days'], ['NPS'], ['Days active']])(
    '%s says nothing',
    (name) => {
      expect(lowerIsBetterWord(name)).toBeNull();
      expect(scoreKpiCells({ actual: 11, target: 10, name })).toMatchObject({ direction: 'higher', guessedFrom: null, status: 'green' });
    },
  );

  test('a guessed direction is a warning on that row naming the word and how to state it, and directionGuessed', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Actual'], ['Revenue', 'ana', 100, 90], ['Monthly churn', 'ana', '2%', '3%']], { asOf });
    expect(r.kpis[1]).toMatchObject({ name: 'Monthly churn', direction: 'lower', status: 'red', directionGuessed: true, directionGuessedFrom: 'churn' });
    expect(r.kpis[0]!.directionGuessed).toBeUndefined();
    expect(r.problems).toEqual([
      {
        row: 3,
        column: 'KPI',
        value: 'Monthly churn',
        severity: 'warning',
        message: expect.stringMatching(/^Row 3, KPI: direction guessed from "churn".*add a Direction column saying higher or lower/),
      },
    ]);
  });
});

describe('the issue examples', () => {
  test('Bottlenecks 3 vs 0 and Days to Close 5 vs 4 are lower and not green', () => {
    const r = readSheet([['Metric', 'Value', 'Target'], ['Bottlenecks', 3, 0], ['Days to Close', 5, 4]], { asOf });
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.direction, k.status, k.directionGuessed ?? false])).toEqual([
      ['Bottlenecks', 'lower', 'red', false],
      ['Days to Close', 'lower', 'red', true],
    ]);
    expect(r.problems.filter((p) => p.message.includes('direction guessed')).map((p) => p.row)).toEqual([3]);
  });

  test('Non-Revenue Water: baseline 50 above target 35 → lower, 48.2 is red', () => {
    const r = readSheet([['kpi', 'baseline', 'target', 'actual'], ['Non-Revenue Water', 50, 35, 48.2]], { asOf });
    expect(r.kpis[0]).toMatchObject({ direction: 'lower', target: 35, actual: 48.2, status: 'red' });
    expect(r.kpis[0]!.directionGuessed).toBeUndefined();
  });

  test('Cash runway (days) stays higher', () => {
    const r = readSheet([['KPI', 'Target', 'Actual'], ['Cash runway (days)', 180, 200]], { asOf });
    expect(r.kpis[0]).toMatchObject({ direction: 'higher', status: 'green' });
    expect(r.problems.some((p) => p.message.includes('direction'))).toBe(false);
  });
});
