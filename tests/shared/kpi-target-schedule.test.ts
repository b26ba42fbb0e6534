import { describe, expect, test } from 'vitest';
import { isoDate } from '../../shared/calendar-day';
import { parsePeriod } from '../../shared/parse-period';
import { readSheet } from '../../shared/read-sheet';
import { targetSchedulePeriod } from '../../shared/target-schedule-period';

function span(text: string, fiscalYearStart?: number) {
  const p = parsePeriod(text, fiscalYearStart === undefined ? {} : { fiscalYearStart });
  return p && [isoDate(p.start), isoDate(p.end)];
}

describe('target schedules (docs/scoring.md, KPI layouts)', () => {
  test('the issue example: as of 2026-11-15 the target is y1_2026_27 (13.8%), higher, baseline is the start', () => {
    const r = readSheet([['kpi_name', 'baseline', 'y1_2026_27', 'y2_2027_28', 'direction'], ['Net tax revenue growth', '13.3%', '13.8%', '14.3%', 'grow']], { asOf: '2026-11-15' });
    expect(r.kind).toBe('kpi');
    expect(r.kpis[0]).toMatchObject({ name: 'Net tax revenue growth', target: 0.138, direction: 'higher', actual: null, status: 'grey' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('the docs example: Days to clear cargo, baseline 8 above the 2026/27 target 7 → lower; 7.5 is amber, nothing guessed', () => {
    const r = readSheet([['KPI', 'Baseline', 'y1_2026_27', 'y2_2027_28', 'Actual'], ['Days to clear cargo', 8, 7, 6, 7.5]], { asOf: '2026-11-30', settings: { fiscalYearStart: 7 } });
    expect(r.kpis[0]).toMatchObject({ target: 7, direction: 'lower', status: 'amber' });
    expect(r.kpis[0]!.directionGuessed).toBeUndefined();
  });

  test('a year later the next column is the target', () => {
    const r = readSheet([['kpi_name', 'baseline', 'y1_2026_27', 'y2_2027_28', 'actual'], ['Growth', '13.3%', '13.8%', '14.3%', '14%']], { asOf: '2027-08-01' });
    expect(r.kpis[0]).toMatchObject({ target: 0.143, actual: 0.14, direction: 'higher', status: 'amber' });
  });

  test.each([
    ['2026-03-01', 100],
    ['2027-06-30', 120],
    ['2028-12-31', 150],
    ['2030-01-01', 150],
  ])('2027 target | Target 2028 style columns as of %s → %s', (asOf, target) => {
    const r = readSheet([['KPI', 'Actual', '2026 target', '2027 target', 'Target 2028'], ['Members', 110, 100, 120, 150]], { asOf });
    expect(r.kpis[0]!.target).toBe(target);
  });

  test('FY27-style columns beside an Actual column are a schedule; the Fiscal year starts setting places them', () => {
    const values = [['KPI', 'Actual', 'FY26', 'FY27'], ['Members', 110, 100, 120]];
    expect(readSheet(values, { asOf: '2026-11-15' }).kpis[0]!.target).toBe(100); // calendar years
    expect(readSheet(values, { asOf: '2026-11-15', settings: { fiscalYearStart: 7 } }).kpis[0]!.target).toBe(120); // FY27 = Jul 2026 – Jun 2027
  });

  test('split years start in July unless the setting says', () => {
    const values = [['KPI', 'Actual', 'FY2025/26', 'FY2026/27'], ['Members', 110, 100, 120]];
    expect(readSheet(values, { asOf: '2026-05-15' }).kpis[0]!.target).toBe(100);
    expect(readSheet(values, { asOf: '2026-05-15', settings: { fiscalYearStart: 4 } }).kpis[0]!.target).toBe(120);
  });

  test.each([
    ['y1_2026_27', true],
    ['FY2026/27', false],
    ['2026/27', false],
    ['FY27', false],
    ['2027 target', true],
    ['Target 2028', true],
    ['Q3 target', null],
    ['Target', null],
    ['Revenue', null],
  ])('%s is a schedule column (named: %s)', (header, named) => {
    const found = targetSchedulePeriod(header);
    expect(found === null ? null : found.named).toBe(named);
  });

  test.each([
    ['2026/27', undefined, ['2026-07-01', '2027-07-01']],
    ['2026/27', 4, ['2026-04-01', '2027-04-01']],
    ['FY2026/27', undefined, ['2026-07-01', '2027-07-01']],
    ['y1_2026_27', undefined, ['2026-07-01', '2027-07-01']],
    ['2026-2027', 1, ['2026-01-01', '2027-01-01']],
    ['FY27', undefined, ['2027-01-01', '2028-01-01']],
    ['FY27', 7, ['2026-07-01', '2027-07-01']],
    ['FY2027', 10, ['2026-10-01', '2027-10-01']],
    ['FY26 Q1', 7, ['2025-07-01', '2025-10-01']],
    ['Q2 FY26', 4, ['2025-07-01', '2025-10-01']],
    ['FY26 H2', 7, ['2026-01-01', '2026-07-01']],
    ['Q3 2026', 7, ['2026-07-01', '2026-10-01']],
    ['2026', 7, ['2026-01-01', '2027-01-01']],
    ['2011-12', undefined, ['2011-12-01', '2012-01-01']],
  ] as const)('parsePeriod(%j, fiscal year starts %s) → %j', (text, fiscalYearStart, expected) => {
    expect(span(text, fiscalYearStart)).toEqual(expected);
  });

  test('the Fiscal year starts setting places FY quarters of an OKR sheet', () => {
    const values = [['Objective', 'Key result', 'Start', 'Target', 'Current', 'Period'], ['Grow', 'Raise leads from 0 to 100', 0, 100, 50, 'FY27 Q1']];
    expect(readSheet(values, { asOf: '2026-08-15' }).objectives[0]!.keyResults[0]!.periodStart).toBe('2027-01-01');
    expect(readSheet(values, { asOf: '2026-08-15', settings: { fiscalYearStart: 7 } }).objectives[0]!.keyResults[0]!.periodStart).toBe('2026-07-01');
  });
});
