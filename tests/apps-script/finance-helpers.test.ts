import { describe, expect, it } from 'vitest';
import { readPastedTable } from '../../shared/read-pasted-table';
import { cleanUpPlan } from '../../apps-script/commands/clean-up-plan';
import { formatKind } from '../../apps-script/commands/import-cell-kinds';
import { importCell } from '../../apps-script/commands/import-cell';
import { importDefaultColumns } from '../../apps-script/commands/import-default-columns';
import { importNumberFormat } from '../../apps-script/commands/import-number-format';
import { importPeriodLabel } from '../../apps-script/commands/import-period-label';
import { formatPreviewCell } from '../../apps-script/import-dialog/format-preview-cell';

describe('importCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['00123', "'00123"],
    ['Revenue', "'Revenue"],
    [1234.5, 1234.5],
    ['', ''],
    [null, ''],
    [Number.NaN, ''],
  ])('%j → %j', (value, written) => {
    expect(importCell(value)).toBe(written);
  });
});

describe('importNumberFormat', () => {
  it.each([
    ['currency', [1201, 800.5], '$', '.', '"$"#,##0.00'],
    ['currency', [638, -9], '$', '.', '"$"#,##0'],
    ['currency', [1234.5], '€', ',', '#,##0.00 "€"'],
    ['currency', [1234.5], '$', ',', '#,##0.00 "$"'],
    ['currency', [10], null, '.', '#,##0'],
    ['percent', [0.412, 0.4], null, '.', '0.0%'],
    ['percent', [0.0691, -1], null, '.', '0.00%'],
    ['percent', [0.5], null, '.', '0%'],
    ['number', [48.27, 9.12], null, '.', '#,##0.00'],
    ['number', [0.667914], null, '.', '#,##0.000000'],
    ['number', [18432], null, '.', '#,##0'],
    ['text', ['x'], null, '.', '@'],
    ['date', ['2026-11-30'], null, '.', '@'],
  ] as const)('%s %j %s → %s', (kind, values, currency, decimal, format) => {
    expect(importNumberFormat(kind, values, currency, decimal)).toBe(format);
  });
});

describe('formatKind', () => {
  it.each([
    ['percent', 'number', 'number'],
    ['number', 'percent', 'percent'],
    ['currency', 'number', 'currency'],
    ['number', 'currency', 'currency'],
    ['percent', null, 'percent'],
  ] as const)('column %s, cell %s → %s', (column, cell, kind) => {
    expect(formatKind(column, cell)).toBe(kind);
  });
});

describe('importPeriodLabel', () => {
  it.each([
    ['Amount (Jun 2025)', 'Jun 2025'],
    ['Total Nov 1 - Nov 30 2025', 'Nov 2025'],
    ['Nov 2026', 'Nov 2026'],
    ['2026-11', '2026-11'],
    ['Q4 2026', 'Q4 2026'],
    ['Sessions', ''],
    ['', ''],
  ])('%j → %j', (header, label) => {
    expect(importPeriodLabel(header)).toBe(label);
  });
});

describe('importDefaultColumns', () => {
  it('proposes the name column and the first value column after it', () => {
    expect(importDefaultColumns(readPastedTable('Financial Row,Amount (Jun 2025),Variance\nRevenue,"$1,000.00",5\nCost,"$500.00",2'))).toEqual({ nameColumn: 0, valueColumn: 1 });
    expect(importDefaultColumns(readPastedTable('Region,Metric,Actual,Target\nEMEA,Revenue,10,12\nAMER,Churn,2%,3%'))).toEqual({ nameColumn: 1, valueColumn: 2 });
  });
  it('gives -1 when there is no value column', () => {
    expect(importDefaultColumns(readPastedTable('Name,Owner\nA,B\nC,D')).valueColumn).toBe(-1);
  });
});

describe('cleanUpPlan', () => {
  it('changes text numbers only, in the smallest block, writing the others back as they were', () => {
    const date = new Date(Date.UTC(2026, 10, 30));
    const plan = cleanUpPlan({
      values: [
        ['x', '1.234,50 €', 'Total'],
        [date, '=A1', '12 %'],
        ['00123', 5, 'plain'],
      ],
      formulas: [
        ['', '', ''],
        ['', '=A1', ''],
        ['', '', ''],
      ],
      numberFormats: [
        ['', '', '@'],
        ['', '', ''],
        ['', '', ''],
      ],
    });
    expect(plan.decimal).toBe(',');
    expect(plan.changes).toEqual([
      { row: 0, column: 1, from: '1.234,50 €', to: 1234.5 },
      { row: 1, column: 2, from: '12 %', to: 0.12 },
    ]);
    expect(plan.block).toEqual({ row: 0, column: 1, grid: [[1234.5, 'Total'], ['=A1', 0.12]] });
  });

  it('has no block when nothing changes', () => {
    expect(cleanUpPlan({ values: [['a', 1]], formulas: [['', '']] }).block).toBeNull();
  });
});

describe('formatPreviewCell', () => {
  it.each([
    [0.412, 'percent', null, '41.2%'],
    [1234.5, 'currency', '$', '$1,234.5'],
    [1234.5, 'currency', '€', '1,234.5 €'],
    ['=HYPERLINK("x")', 'text', null, '=HYPERLINK("x")'],
    [null, 'text', null, ''],
  ] as const)('%j (%s) → %j', (value, kind, currency, shown) => {
    expect(formatPreviewCell(value, kind, currency, 'en-US')).toBe(shown);
  });
});

describe('importPeriodColumnPlan', () => {
  it('maps the last period column back to the tab when output columns sit between the data columns', async () => {
    const { importPeriodColumnPlan } = await import('../../apps-script/commands/import-period-column-plan');
    const { readSheet } = await import('../../shared/read-sheet');
    // The tab is KPI | Target | [output] | Oct 2026 | [output]; readSheet sees it without the outputs.
    const values = [
      ['KPI', 'Target', 'Oct 2026'],
      ['Revenue', 100, 90],
      ['Churn', '<= 2%', 0.025],
    ];
    const report = readSheet(values, { asOf: '2026-11-30' });
    const { importCellKinds } = await import('../../apps-script/commands/import-cell-kinds');
    const text = 'Account,Nov 2026\n4000 - Revenue,"$95.50"\nChurn,1.5%\nOther,3';
    const table = readPastedTable(text);
    const plan = importPeriodColumnPlan({ table, report, sheetColumns: [1, 2, 4], nameColumn: 0, valueColumn: 1, period: 'Nov 2026', cellKinds: importCellKinds(text, table) });
    expect(plan.afterColumn).toBe(4);
    expect(plan.fromRow).toBe(1);
    expect(plan.grid).toEqual([["'Nov 2026"], [95.5], [0.015]]);
    expect(plan.formats).toEqual([['@'], ['"$"#,##0.00'], ['0.0%']]);
    expect(plan.unmatched).toEqual(['Other']);
    expect(plan.written).toBe(2);
  });
});
