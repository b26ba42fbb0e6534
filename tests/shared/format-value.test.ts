import { describe, expect, test } from 'vitest';
import { formatValue } from '../../shared/format-value';
import { valueFormat, type ValueFormat } from '../../shared/value-format';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';

describe('formatValue', () => {
  test.each<[number | string | null | undefined, ValueFormat, string]>([
    [0.72, { percent: true }, '72%'],
    [0.72, { percent: true, decimals: 0 }, '72%'],
    [0.038, { percent: true, decimals: 1 }, '3.8%'],
    [0.0375, { percent: true, decimals: 1 }, '3.8%'],
    [0.5, { percent: true, decimals: 1, minDecimals: 1 }, '50.0%'],
    [1_500_000, { currency: '$', scale: 'M', decimals: 1 }, '$1.5M'],
    [2_000_000, { currency: '$', scale: 'M', decimals: 1 }, '$2M'],
    [231_500, { currency: '$', scale: 'k', decimals: 1 }, '$231.5k'],
    [1_500_000, {}, '1,500,000'],
    [1234.5, { currency: '€', decimalMark: ',', decimals: 2, minDecimals: 2 }, '€1.234,50'],
    [1234.5, { currency: '€', currencyAfter: true, decimalMark: ',', decimals: 2, minDecimals: 2 }, '1.234,50 €'],
    [1200, { currency: 'USD', currencyAfter: true }, '1,200 USD'],
    [1200, { currency: 'USD' }, 'USD 1,200'],
    [6, { unit: 'hours' }, '6 hours'],
    [9.5, { unit: 'days' }, '9.5 days'],
    [-0.05, { percent: true }, '-5%'],
    [-1234, { currency: '$' }, '-$1,234'],
    [0.004, { decimals: 2 }, '0'],
    [1 / 3, {}, '0.33'],
    [null, { percent: true }, '–'],
    [undefined, {}, '–'],
    [Number.NaN, {}, '–'],
    ['2026-11-30', {}, 'Nov 30, 2026'],
    [46356, { date: true }, 'Nov 30, 2026'],
    ['shipped', {}, 'shipped'],
  ])('formatValue(%j, %j) is %j', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });
});

describe('valueFormat', () => {
  test.each<[string[], Parameters<typeof valueFormat>[1], Partial<ValueFormat>]>([
    [['72%', '75%', '65%'], { percent: true }, { percent: true, decimals: 0 }],
    [['3.8%', '3%', '5%'], { percent: true }, { percent: true, decimals: 1, minDecimals: 0 }],
    [['$1.5M', '$2M', '$1M'], {}, { currency: '$', currencyAfter: false, scale: 'M', decimals: 1, percent: false }],
    [['$231.5k', '$200k', '$250,000'], {}, { currency: '$', scale: 'k', decimals: 1, minDecimals: 0 }],
    [['€ 1.234,50', '€ 2.000,00'], {}, { currency: '€', currencyAfter: false, decimalMark: ',', decimals: 2, minDecimals: 2 }],
    [['1.234,50 €'], {}, { currency: '€', currencyAfter: true, decimalMark: ',' }],
    [['6', '4'], { unit: 'hours' }, { unit: 'hours', percent: false }],
    [['9.5 days', '7 days'], {}, { unit: 'days', decimals: 1 }],
    [['1,254', '+10%', '1,200'], { unit: 'leads' }, { percent: false, unit: 'leads', decimals: 0 }],
    [['0.71'], { unit: '%' }, { percent: true, unit: null }],
    [['1200'], { unit: 'USD' }, { currency: 'USD', currencyAfter: true, unit: null }],
    [['1,5'], { decimal: ',' }, { decimalMark: ',', decimals: 1 }],
    [['not a number'], {}, { percent: false, currency: null, scale: null, unit: null }],
  ])('valueFormat(%j, %j) has %j', (texts, options, expected) => {
    expect(valueFormat(texts, options)).toMatchObject(expected);
  });
});

describe('readSheet carries each KR and KPI format', () => {
  const header = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Unit', 'Period'];
  const shownKr = (rows: Cell[][], display?: Cell[][]) =>
    readSheet([header, ...rows], { asOf: '2026-08-15', ...(display ? { displayValues: [header, ...display] } : {}) })
      .objectives.flatMap((o) => o.keyResults)
      .map((kr) => [kr.start, kr.target, kr.current].map((v) => formatValue(v, kr.format)).join(' / '));

  test('text cells as written', () => {
    expect(
      shownKr([
        ['O1', 'Raise CSAT', 'Ana', '65%', '75%', '72%', '', 'Q3 2026'],
        ['O1', 'Cut churn', 'Ana', '5%', '3%', '3.8%', '', 'Q3 2026'],
        ['O1', 'Grow ARR', 'Ana', '$1M', '$2M', '$1.5M', '', 'Q3 2026'],
        ['O1', 'Faster replies', 'Ana', 10, 4, 6, 'hours', 'Q3 2026'],
      ]),
    ).toEqual(['65% / 75% / 72%', '5% / 3% / 3.8%', '$1M / $2M / $1.5M', '10 hours / 4 hours / 6 hours']);
  });

  test('number cells as the sheet displays them (getDisplayValues)', () => {
    const values: Cell[][] = [
      ['O1', 'Raise CSAT', 'Ana', 0.65, 0.75, 0.72, '', 'Q3 2026'],
      ['O1', 'Cut churn', 'Ana', 0.05, 0.03, 0.038, '', 'Q3 2026'],
      ['O1', 'Grow ARR', 'Ana', 1_000_000, 2_000_000, 1_500_000, '', 'Q3 2026'],
      ['O1', 'Grow revenue', 'Ana', 1000, 2000, 1234.5, '', 'Q3 2026'],
    ];
    const display: Cell[][] = [
      ['O1', 'Raise CSAT', 'Ana', '65%', '75%', '72%', '', 'Q3 2026'],
      ['O1', 'Cut churn', 'Ana', '5.0%', '3.0%', '3.8%', '', 'Q3 2026'],
      ['O1', 'Grow ARR', 'Ana', '$1.0M', '$2.0M', '$1.5M', '', 'Q3 2026'],
      ['O1', 'Grow revenue', 'Ana', '€ 1.000,00', '€ 2.000,00', '€ 1.234,50', '', 'Q3 2026'],
    ];
    expect(shownKr(values, display)).toEqual(['65% / 75% / 72%', '5.0% / 3.0% / 3.8%', '$1.0M / $2.0M / $1.5M', '€1.000,00 / €2.000,00 / €1.234,50']);
    // Without the display values the same numbers have nothing to say how they are written.
    expect(shownKr(values)[2]).toBe('1,000,000 / 2,000,000 / 1,500,000');
  });

  test('KPIs: actual and target in the KPI unit', () => {
    const report = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Actual', 'Unit'],
        ['Gross margin', 'Ana', '40%', '38.5%', ''],
        ['First response time', 'Ben', 4, 6, 'hours'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(report.kpis.map((k) => `${formatValue(k.actual, k.format)} vs ${formatValue(k.target, k.format)}`)).toEqual(['38.5% vs 40%', '6 hours vs 4 hours']);
  });
});
