import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPastedTable } from '../../shared/read-pasted-table';
import { readSheet } from '../../shared/read-sheet';
import type { Cell, PastedTable } from '../../shared/types';

const FINANCE = resolve(__dirname, '../fixtures/samples/finance');
const OKR = resolve(__dirname, '../fixtures/samples/okr');
const sample = (name: string) => readPastedTable(readFileSync(resolve(FINANCE, name), 'utf8'));

/** The output row whose first non-empty text cell is `label`. */
function row(table: PastedTable, label: string, column = 0): Cell[] {
  const found = table.values.slice(1).filter((r) => r[column] === label);
  expect(found, `exactly one row labelled ${JSON.stringify(label)}`).toHaveLength(1);
  return found[0]!;
}

/** The output row that came from 1-based `line` of the text. */
function fromLine(table: PastedTable, line: number): Cell[] {
  const i = table.sourceRows!.indexOf(line);
  expect(i, `line ${line} is in the output`).toBeGreaterThanOrEqual(0);
  return table.values[i + 1]!;
}

function reason(table: PastedTable, line: number): string | undefined {
  return table.skipped.find((s) => s.row === line)?.reason;
}

/** Every line of the text is the header, a kept row, or skipped with a reason: exactly once. */
function expectAllLinesAccounted(table: PastedTable, lineCount: number): void {
  const seen = [table.headerRow, ...table.sourceRows!, ...table.skipped.map((s) => s.row)].sort((a, b) => a - b);
  expect(seen).toEqual(Array.from({ length: lineCount }, (_, i) => i + 1));
  for (const s of table.skipped) expect(s.reason.length).toBeGreaterThan(3);
}

describe('readPastedTable: finance samples', () => {
  test('French Excel export: BOM, semicolons, NBSP thousands, decimal comma, € after, % with a space', () => {
    const t = sample('excel_fr_locale_kpi_semicolon_nbsp_constructed.csv');
    expect(t.headerRow).toBe(3);
    expect(t.delimiter).toBe(';');
    expect(t.decimal).toBe(',');
    expect(t.currency).toBe('€');
    expect(t.values[0]).toEqual(['Indicateur', 'Unité', 'Réel', 'Objectif', 'Responsable']);
    expect(row(t, "Chiffre d'affaires")).toEqual(["Chiffre d'affaires", 'EUR', 1234567.89, 1300000, 'claire@example.com']);
    expect(row(t, 'Marge brute')).toEqual(['Marge brute', '%', 0.412, 0.4, 'claire@example.com']);
    // the comparator target stays text: readSheet reads `<= 2 %` as a lower-is-better band
    expect(row(t, 'Taux de désabonnement')).toEqual(['Taux de désabonnement', '%', 0.024, '<= 2 %', 'marc@example.com']);
    expect(row(t, 'Délai moyen de réponse (h)').slice(2, 4)).toEqual([5.5, 4]);
    expect(row(t, 'Nouveaux clients').slice(2, 4)).toEqual([212, 200]);
    expect(t.values.some((r) => r[0] === 'Total')).toBe(false);
    expect(reason(t, 9)).toMatch(/total row with no values/);
    expect(reason(t, 1)).toMatch(/title/);
    expect(reason(t, 2)).toMatch(/blank/);
    expect(t.sourceRows).toEqual([4, 5, 6, 7, 8]);
    expect(t.problems).toEqual([]);
    expectAllLinesAccounted(t, 9);
  });

  test('NetSuite comparative income statement: preamble, section headings, $ with trailing space, parentheses, % with thousands', () => {
    const t = sample('netsuite_comparative_income_statement_real.csv');
    expect(t.headerRow).toBe(7);
    expect(t.delimiter).toBe(',');
    expect(t.decimal).toBe('.');
    expect(t.currency).toBe('$');
    expect(t.values[0]).toEqual(['Financial Row', 'Amount (Jun 2025)', 'Comparative Amount (May 2025)', 'Variance', '% Variance']);
    expect(t.columnFormats).toEqual(['text', 'currency', 'currency', 'currency', 'percent']);
    for (const line of [1, 2, 3, 4, 6]) expect(reason(t, line)).toMatch(/title/);
    expect(reason(t, 5)).toMatch(/blank/);
    for (const line of [8, 9, 10, 15, 16]) expect(reason(t, line)).toMatch(/section heading/);
    expect(row(t, 'Net Income')).toEqual(['Net Income', -1925278.63, -1689538.91, -235739.72, 0.1395]);
    expect(row(t, 'Net Ordinary Income')).toEqual(['Net Ordinary Income', -2000975.73, -1774326.04, -226649.69, 0.1277]);
    expect(row(t, '40001 - Revenue - license')).toEqual(['40001 - Revenue - license', 1192600.39, 1115498.08, 77102.31, 0.0691]);
    expect(row(t, '61531 - Learning & development')).toEqual(['61531 - Learning & development', 1885.63, 125.87, 1759.76, 13.9808]);
    expect(row(t, '62042 - Ground transportation')).toEqual(['62042 - Ground transportation', 7965.42, 8414.3, -448.88, -0.0533]);
    expect(row(t, '61012 - Employee bonus')[3]).toBe(-7766.36);
    expect(row(t, '61530 - Reimbursements')[3]).toBe(121.86);
    expect(row(t, '61533 - Fringe platform')).toEqual(['61533 - Fringe platform', 0, 4950, -4950, -1]);
    expect(row(t, '63052 - Software, platform, and other tools')[1]).toBe(165843.07);
    // totals and derived rows are kept: they are the KPIs finance teams track
    expect(row(t, 'Gross Profit')[1]).toBe(1223682.1);
    expect(row(t, 'Total - Income')[1]).toBe(1341393.67);
    expect(row(t, 'Total - Expense')[1]).toBe(3224657.83);
    expect(t.values).toHaveLength(1 + 102 - 7 - 21); // 21 section headings below the header
    expectAllLinesAccounted(t, 102);
  });

  test('QuickBooks balance sheet: nested totals kept, negatives, section headings and footer timestamp skipped', () => {
    const t = sample('quickbooks_online_balance_sheet_real.csv');
    expect(t.headerRow).toBe(5);
    expect(t.values[0]).toEqual(['Distribution account', 'Total']);
    expect(row(t, 'Checking')).toEqual(['Checking', 1201]);
    expect(row(t, 'Savings')).toEqual(['Savings', 800]);
    expect(row(t, 'Total for Bank Accounts')).toEqual(['Total for Bank Accounts', 2001]);
    expect(row(t, 'Total for Current Assets')).toEqual(['Total for Current Assets', 4063.52]);
    expect(row(t, 'Total for Assets')).toEqual(['Total for Assets', 17558.52]);
    expect(row(t, 'Opening Balance Equity')).toEqual(['Opening Balance Equity', -9905]);
    expect(row(t, 'Net Income')).toEqual(['Net Income', -1904.12]);
    expect(row(t, 'Total for Equity')).toEqual(['Total for Equity', -11809.12]);
    expect(row(t, 'Total for Liabilities and Equity')).toEqual(['Total for Liabilities and Equity', 17558.52]);
    expect(row(t, 'Arizona Dept. of Revenue Payable')).toEqual(['Arizona Dept. of Revenue Payable', 0]);
    for (const line of [1, 2, 3]) expect(reason(t, line)).toMatch(/title/);
    for (const line of [6, 7, 8, 17, 40]) expect(reason(t, line)).toMatch(/section heading/); // Assets, Current Assets, Bank Accounts, Truck, Retained Earnings
    for (const line of [44, 45, 46]) expect(reason(t, line)).toMatch(/blank/);
    expect(reason(t, 47)).toMatch(/footer/);
    expect(t.values.flat()).not.toContain('Cash Basis Monday, January 19, 2026 04:25 PM GMTZ');
    expect(t.columnFormats).toEqual(['text', 'currency']);
    expectAllLinesAccounted(t, 47);
  });

  test('QuickBooks cash flow: other header names, ALL CAPS, empty section, footer with a leading space', () => {
    const t = sample('quickbooks_online_cash_flow_real.csv');
    expect(t.headerRow).toBe(5);
    expect(t.values[0]).toEqual(['Full name', 'Total']);
    expect(row(t, 'Net Income')[1]).toBe(1481.28);
    expect(row(t, 'Accounts Receivable (A/R)')[1]).toBe(-2853.02);
    expect(row(t, 'NET CASH INCREASE FOR PERIOD')[1]).toBe(-945.03);
    expect(row(t, 'Net cash provided by financing activities')[1]).toBe(-2832.5);
    expect(row(t, 'Total for Adjustments to reconcile Net Income to Net Cash provided by operations:')[1]).toBe(406.19);
    expect(row(t, 'CASH AT END OF PERIOD')[1]).toBe(4063.52);
    for (const line of [6, 8, 17, 18]) expect(reason(t, line)).toMatch(/section heading/);
    expect(reason(t, 28)).toMatch(/footer/);
    expectAllLinesAccounted(t, 28);
  });

  test('QuickBooks P&L: period row under the header merged, parentheses negatives without cents', () => {
    const t = sample('quickbooks_online_pnl_parentheses_nocents_constructed.csv');
    expect(t.headerRow).toBe(5);
    expect(t.values[0]).toEqual(['Distribution account', 'Total Nov 1 - Nov 30 2025', 'Total Nov 1 - Nov 30 2024 (PY)']);
    expect(reason(t, 6)).toMatch(/second header row/);
    expect(row(t, 'Design income')).toEqual(['Design income', 638, '']);
    expect(row(t, 'Discounts given')).toEqual(['Discounts given', -9, '']);
    expect(row(t, 'Net Other Income')[1]).toBe(-2666);
    expect(row(t, 'Net Income')[1]).toBe(-1677);
    expect(row(t, 'Gross Profit')[1]).toBe(3653);
    expect(row(t, 'Total for Income')[1]).toBe(3881);
    expect(reason(t, 27)).toMatch(/footer/);
    expectAllLinesAccounted(t, 27);
  });

  test('Google Analytics UA audience overview: # comment block, US dates kept as text, quoted thousands', () => {
    const t = sample('google_analytics_ua_audience_overview_highcharts_real.csv');
    expect(t.headerRow).toBe(7);
    expect(t.values[0]).toEqual(['Day Index', 'Users', 'Sessions']);
    for (const line of [1, 2, 3, 4, 5]) expect(reason(t, line)).toBe('comment line');
    expect(reason(t, 6)).toBe('blank row');
    expect(fromLine(t, 8)).toEqual(['12/18/17', 40585, 48351]);
    expect(fromLine(t, 38)).toEqual(['1/17/18', 41840, 50285]); // no final newline
    expect(t.values).toHaveLength(1 + 31);
    expect(t.columnFormats).toEqual(['date', 'number', 'number']);
    expectAllLinesAccounted(t, 38);
  });

  test('Google Analytics landing pages: totals row kept, ragged row warned, second block skipped', () => {
    const t = sample('google_analytics_ua_landing_pages_multiblock_fixture.csv');
    expect(t.headerRow).toBe(7);
    expect(t.values[0]).toHaveLength(15);
    expect(t.values[0]!.slice(0, 4)).toEqual(['Landing Page', 'Device Category', 'Sessions', '% New Sessions']);
    expect(fromLine(t, 8)).toEqual(['/lasko?_z1_adgid=1&_z1_msid=yahoo.com&_z1_kid=beer', 'desktop', 100, 0.9, 75, 0.5, 2.24, '00:00:41', 0.1, 10, 20, 0.05, 5, 12, '']);
    // the totals row in the middle of the data, with no label
    expect(fromLine(t, 15)).toEqual(['', '', 1546, 0.9715, 1502, 0.7413, 1.58, '00:00:22', 0, 0, 0, 0, 0, 0, '']);
    // the ragged row keeps all its cells and is reported
    expect(fromLine(t, 17)).toHaveLength(15);
    expect(t.problems).toEqual([expect.objectContaining({ row: 17, severity: 'warning' })]);
    expect(t.sourceRows).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(reason(t, 19)).toMatch(/another table/);
    expect(reason(t, 20)).toMatch(/another table/);
    expect(reason(t, 21)).toMatch(/another table/);
    expect(t.currency).toBe('$');
    expect(t.columnFormats!.slice(2, 4)).toEqual(['number', 'percent']);
    expect(t.columnFormats![7]).toBe('text'); // hh:mm:ss durations stay text
    expect(t.columnFormats![10]).toBe('currency');
    expectAllLinesAccounted(t, 22);
  });

  test('GA4 traffic acquisition: # block with no blank line before the header, totals row without a name', () => {
    const t = sample('ga4_traffic_acquisition_download_constructed.csv');
    expect(t.headerRow).toBe(10);
    for (let line = 1; line <= 9; line++) expect(reason(t, line)).toBe('comment line');
    expect(t.values[0]![0]).toBe('Session primary channel group (Default Channel Group)');
    expect(fromLine(t, 11)).toEqual(['', 18432, 12311, 0.667914, 48.27, 9.12, 167731, 412, 0.022352, 20315.4]);
    expect(row(t, 'Unassigned')).toEqual(['Unassigned', 1478, 534, 0.361299, 3.02, 3.3, 4824, 6, 0.00406, 0]);
    expect(row(t, 'Direct')[9]).toBe(5120);
    expect(t.values).toHaveLength(1 + 6);
    expectAllLinesAccounted(t, 16);
  });

  test('Power BI summarized export: BOM and CRLF, blank measures stay blank, YYYY-MM periods stay text', () => {
    const t = sample('powerbi_export_summarized_table_constructed.csv');
    expect(t.headerRow).toBe(1);
    expect(t.values[0]).toEqual(['Month', 'Region', 'Sum of Revenue', 'Average of NPS', 'Churn Rate', 'Count of Customers']);
    expect(fromLine(t, 2)).toEqual(['2026-01', 'EMEA', 412345.67, 41.2, 0.0213, 1320]);
    expect(fromLine(t, 6)).toEqual(['2026-03', 'EMEA', '', 42.1, 0.0198, 1315]);
    expect(fromLine(t, 7)).toEqual(['2026-03', 'AMER', 625300.9, '', 0.0169, 1872]);
    expect(t.skipped).toEqual([]);
    expectAllLinesAccounted(t, 7);
  });

  test('KPI register: outline refs, comparators, units and scale words stay text; percents become fractions', () => {
    const t = sample('kpi_register_corporate_plan_tra_excerpt_real.csv');
    expect(t.headerRow).toBe(1);
    expect(t.values).toHaveLength(1 + 16);
    const h = t.values[0] as string[];
    const col = (name: string) => h.indexOf(name);
    const r1 = row(t, 'kpa1-001');
    expect(r1[col('ref')]).toBe('1.1');
    expect(r1.slice(col('baseline'), col('y5_2030_31') + 1)).toEqual([0.095, 0.1, 0.11, 0.115, 0.12, 0.13]);
    expect(r1[col('direction')]).toBe('grow');
    expect(r1[col('source_page')]).toBe(58);
    expect(row(t, 'kpa1-012')[col('ref')]).toBe('1.1.1');
    expect(row(t, 'kpa1-036')[col('ref')]).toBe('1.1.14');
    expect(row(t, 'kpa1-011').slice(col('baseline'), col('y2_2027_28') + 1)).toEqual([0.0247, '≤3%', '≤3%']);
    expect(row(t, 'kpa1-025')[col('baseline')]).toBe('± 5.2%');
    expect(row(t, 'kpa1-029')[col('baseline')]).toBe('752,886.79 Mlls');
    expect(row(t, 'kpa1-037').slice(col('baseline'), col('y2_2027_28') + 1)).toEqual(['4 days', '4 days', '3.5 days']);
    expect(row(t, 'kpa1-039').slice(col('baseline'), col('direction') + 1)).toEqual([1.89, 1.89, 1, '', '', '', '']);
    expect(row(t, 'kpa1-009')[col('definition')]).toBe('1.1 Increased Tax Revenue Collection');
    expect(String(row(t, 'kpa1-009')[col('calculation_method')])).toContain('year-on-year growth in actual funds');
    expectAllLinesAccounted(t, 17);
  });

  test('KPI long format: ISO dates stay text, fractions stay fractions, CRLF', () => {
    const t = sample('kpi_long_format_date_metric_value_real.csv');
    expect(t.headerRow).toBe(1);
    expect(t.values[0]).toEqual(['Date', 'Metric', 'Value']);
    expect(t.values.slice(1)).toEqual([
      ['2024-04-01', 'MRR', 12500], ['2024-04-08', 'MRR', 11900],
      ['2024-04-01', 'Churn Rate', 0.045], ['2024-04-08', 'Churn Rate', 0.051],
      ['2024-04-01', 'NPS', 38], ['2024-04-08', 'NPS', 31],
      ['2024-04-01', 'Support Tickets', 240], ['2024-04-08', 'Support Tickets', 295],
    ]);
    expect(t.columnFormats).toEqual(['date', 'text', 'number']);
    expectAllLinesAccounted(t, 9);
  });
});

describe('readPastedTable: OKR samples', () => {
  test('every line wrapped in one pair of quotes is unwrapped', () => {
    const t = readPastedTable(readFileSync(resolve(OKR, 'okr_rows_wrapped_in_quotes_metricor_real.csv'), 'utf8'));
    expect(t.delimiter).toBe(',');
    expect(t.headerRow).toBe(1);
    expect(t.values).toEqual([
      ['OKR_ID', 'Objective', 'Owner', 'Status', 'Last_Updated', 'Comments'],
      ['O1', 'Improve release predictability', 'Emily', 'On Track', '2025-07-20', 'Feature 2 at risk'],
      ['O2', 'Reduce user churn', 'James', 'At Risk', '2025-06-15', 'Missing story linkage'],
    ]);
    expect(t.sourceRows).toEqual([2, 3]);
  });

  test('team sheet TSV paste: scores the same through readSheet as the raw cells', () => {
    const text = readFileSync(resolve(OKR, 'okr_team_google_sheet_paste_constructed.tsv'), 'utf8');
    const t = readPastedTable(text);
    expect(t.delimiter).toBe('\t');
    expect(t.headerRow).toBe(3);
    const kr = (title: string) => row(t, title, 1);
    expect(kr('Raise onboarding CSAT from 65% to 75%').slice(3, 6)).toEqual([0.65, 0.75, 0.71]);
    expect(kr('+10% qualified leads').slice(3, 6)).toEqual([1200, '+10%', 1254]); // a relative target stays text
    expect(kr('Keep infra utilisation between 70-80%').slice(4, 6)).toEqual(['70-80%', 0.83]);
    expect(kr('Reduce monthly burn to $200k').slice(3, 6)).toEqual([250000, 200000, 231500]);
    expect(kr('Raise onboarding CSAT from 65% to 75%')[9]).toBe('7/10');
    const raw = text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    const summary = (values: Cell[][]) =>
      readSheet(values, { asOf: '2026-08-16' }).objectives.flatMap((o) => o.keyResults.map((k) => [k.title, k.kind, k.score, k.status]));
    expect(summary(t.values)).toEqual(summary(raw));
  });
});

describe('readPastedTable: constructed cases', () => {
  test('SAP list: | columns, --- rule lines dropped, * and ** sum lines kept and labelled', () => {
    const text = [
      'Kontenliste  Buchungskreis 1000   25.11.2026',
      '-----------------------------------------------------------------',
      '|BuKr|Sachkonto |Kurztext                 |      Betrag Hauswährung|',
      '|----+----------+-------------------------+------------------------|',
      '|1000|0000400000|Umsatzerlöse Inland      |            1.234.567,89|',
      '|1000|0000400100|Umsatzerlöse Ausland     |              234.000,00|',
      '|*   |          |                         |            1.468.567,89|',
      '|1000|0000500000|Materialaufwand          |               45.000,50-|',
      '|**  |          |                         |            1.423.567,39|',
      '-----------------------------------------------------------------',
    ].join('\n');
    const t = readPastedTable(text);
    expect(t.delimiter).toBe('|');
    expect(t.decimal).toBe(',');
    expect(t.headerRow).toBe(3);
    expect(t.values).toEqual([
      ['BuKr', 'Sachkonto', 'Kurztext', 'Betrag Hauswährung'],
      [1000, '0000400000', 'Umsatzerlöse Inland', 1234567.89],
      [1000, '0000400100', 'Umsatzerlöse Ausland', 234000],
      ['*', '', 'Subtotal', 1468567.89],
      [1000, '0000500000', 'Materialaufwand', -45000.5],
      ['**', '', 'Total', 1423567.39],
    ]);
    expect(t.skipped).toEqual([
      { row: 1, reason: 'title line above the header' },
      { row: 2, reason: 'rule line' },
      { row: 4, reason: 'rule line' },
      { row: 10, reason: 'rule line' },
    ]);
    expect(t.sourceRows).toEqual([5, 6, 7, 8, 9]);
  });

  test('two-row header: period labels under the first row are merged, spanning labels repeated', () => {
    const t = readPastedTable('KPI,Actual,,Target,\n,Jan,Feb,Jan,Feb\nRevenue,100,120,110,115\nChurn,2%,3%,2%,2%\n');
    expect(t.headerRow).toBe(1);
    expect(t.values).toEqual([
      ['KPI', 'Actual Jan', 'Actual Feb', 'Target Jan', 'Target Feb'],
      ['Revenue', 100, 120, 110, 115],
      ['Churn', 0.02, 0.03, 0.02, 0.02],
    ]);
    expect(t.skipped).toEqual([{ row: 2, reason: 'second header row (merged into the header)' }]);
    expect(t.sourceRows).toEqual([3, 4]);
  });

  test('a first data row of text only is not taken for a second header row', () => {
    const t = readPastedTable('name,type,owner\nGrow revenue,goal,ana@x.com\nClose deals,milestone,ben@x.com\n');
    expect(t.values).toHaveLength(3);
    expect(t.values[0]).toEqual(['name', 'type', 'owner']);
    expect(t.sourceRows).toEqual([2, 3]);
  });

  test('an OKR outline keeps objective rows that have no values', () => {
    const t = readPastedTable('Title\tTarget\tCurrent\nO1: Delight customers\t\t\nRaise CSAT to 75%\t75%\t71%\nSupport\t\t\n');
    expect(t.values).toEqual([
      ['Title', 'Target', 'Current'],
      ['O1: Delight customers', '', ''],
      ['Raise CSAT to 75%', 0.75, 0.71],
    ]);
    expect(t.skipped).toEqual([{ row: 4, reason: 'section heading (no values)' }]);
  });

  test('source errors and placeholders become blank', () => {
    const t = readPastedTable('KPI,A,B,C,D,E,F,G\nChurn,#DIV/0!,#N/A,-,N/A,TBD,#VALUE!,5\n');
    expect(t.values[1]).toEqual(['Churn', '', '', '', '', '', '', 5]);
  });

  test('multi-line quoted cells and doubled quotes; lines after them keep their numbers', () => {
    const text = 'KPI,Note,Value\r\n"Revenue","line one\r\nline ""two""",1\r\nMargin,"a, b",2\r\n';
    const t = readPastedTable(text);
    expect(t.values).toEqual([
      ['KPI', 'Note', 'Value'],
      ['Revenue', 'line one\r\nline "two"', 1],
      ['Margin', 'a, b', 2],
    ]);
    expect(t.sourceRows).toEqual([2, 4]);
  });

  test('text with two or more dots stays text', () => {
    const t = readPastedTable('Item,Version,Value\nChrome,40.0.2214.111,1.5\nFirefox,1.2.3,2.5\n');
    expect(t.values.slice(1)).toEqual([
      ['Chrome', '40.0.2214.111', 1.5],
      ['Firefox', '1.2.3', 2.5],
    ]);
  });

  test('one decimal separator per paste: `1,15` elsewhere makes `2.546` read 2546', () => {
    const t = readPastedTable('Name;Wert;Anteil\nA;2.546;1,15\nB;1.234;3,5\n');
    expect(t.decimal).toBe(',');
    expect(t.values.slice(1)).toEqual([
      ['A', 2546, 1.15],
      ['B', 1234, 3.5],
    ]);
    // without a cell that decides, `2.546` is a decimal... unless the locale says otherwise
    expect(readPastedTable('Name;Wert\nA;2.546\nB;1.234\n').values[1]).toEqual(['A', 2.546]);
    expect(readPastedTable('Name;Wert\nA;2.546\nB;1.234\n', { locale: 'de-DE' }).values[1]).toEqual(['A', 2546]);
    // decimal commas inside a comma-delimited CSV (quoted) and a tab-separated paste
    expect(readPastedTable('KPI,Value\nA,"1,5"\nB,"2.546"\n').values.slice(1)).toEqual([['A', 1.5], ['B', 2546]]);
    expect(readPastedTable('KPI\tValue\nA\t1,5\nB\t2,25\n').values.slice(1)).toEqual([['A', 1.5], ['B', 2.25]]);
    // and `1,234` in a US paste is a thousand
    expect(readPastedTable('Day,Users\n1/1/18,"1,234"\n').values[1]).toEqual(['1/1/18', 1234]);
  });

  test('formulas and @-references are kept as the exact text', () => {
    const text = 'Name,Link,Sum\nA,"=HYPERLINK(""http://x"",""click"")",@SUM(A1)\nB,=1+2,+SUM(B1)\n';
    const t = readPastedTable(text);
    expect(t.values.slice(1)).toEqual([
      ['A', '=HYPERLINK("http://x","click")', '@SUM(A1)'],
      ['B', '=1+2', '+SUM(B1)'],
    ]);
  });

  test('repeated header rows and blank rows are skipped with reasons', () => {
    const t = readPastedTable('KPI\tValue\nA\t1\n\nKPI\tValue\nB\t2\n');
    expect(t.delimiter).toBe('\t');
    expect(t.values).toEqual([['KPI', 'Value'], ['A', 1], ['B', 2]]);
    expect(t.skipped).toEqual([
      { row: 3, reason: 'blank row' },
      { row: 4, reason: 'repeated header row' },
    ]);
  });

  test('a quote that is never closed is reported and read as a plain character', () => {
    const t = readPastedTable('KPI,Value\nA,"5\nB,6\n');
    expect(t.values).toEqual([['KPI', 'Value'], ['A', '"5'], ['B', 6]]);
    expect(t.problems).toEqual([expect.objectContaining({ row: 2, severity: 'warning' })]);
  });

  test('empty and blank text: an empty grid, never a throw', () => {
    expect(readPastedTable('')).toMatchObject({ values: [], headerRow: 0, skipped: [], problems: [] });
    expect(readPastedTable('\n\n').values).toEqual([]);
    expect(readPastedTable('\n\n').skipped).toEqual([{ row: 1, reason: 'blank row' }, { row: 2, reason: 'blank row' }]);
  });

  test('codes with leading zeros, numbers with units and long ids stay text', () => {
    const t = readPastedTable('Code,Time,Id,Amount\n00123,45 days,12345678901234567890,1.2k\n');
    expect(t.values[1]).toEqual(['00123', '45 days', '12345678901234567890', 1200]);
  });
});

describe('readPastedTable: one column', () => {
  test('a quoted single column with a comma in each cell is not unwrapped', () => {
    const t = readPastedTable('"Name"\n"Smith, John"\n"Doe, Jane"\n');
    expect(t.values).toEqual([['Name'], ['Smith, John'], ['Doe, Jane']]);
  });
});

describe('readPastedTable: paste cases from real exports (docs/scoring.md, pasted exports)', () => {
  test.each([
    ['comma', 'KPI,Note,Actual\rRevenue,a;b,1.5\rCost,c,2\r', ',', [['KPI', 'Note', 'Actual'], ['Revenue', 'a;b', 1.5], ['Cost', 'c', 2]]],
    ['semicolon', 'KPI;Note;Actual\rRevenue;a,b;1,5\rCost;c;2', ';', [['KPI', 'Note', 'Actual'], ['Revenue', 'a,b', 1.5], ['Cost', 'c', 2]]],
    ['tab, CRLF and lone CR mixed', 'KPI\tActual\r\nRevenue\t1.5\rCost\t2\n', '\t', [['KPI', 'Actual'], ['Revenue', 1.5], ['Cost', 2]]],
  ])('classic-Mac line endings (lone \\r) read as lines, delimiter %s', (_, text, delimiter, values) => {
    const t = readPastedTable(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.values).toEqual(values);
    expect(t.headerRow).toBe(1);
    expect(t.sourceRows).toEqual([2, 3]);
    expect(t.problems).toEqual([]);
  });

  test('a lone \\r after a title line: the title is skipped, the header found on line 3', () => {
    const t = readPastedTable('Scorecard export\r\rKPI,Owner,Actual\rChurn,Ann,0.4\r');
    expect(t.headerRow).toBe(3);
    expect(t.values).toEqual([['KPI', 'Owner', 'Actual'], ['Churn', 'Ann', 0.4]]);
    expect(t.skipped.map((s) => s.row)).toEqual([1, 2]);
  });

  test.each([
    ['0.3999999999999999', 0.3999999999999999],
    ['1050.0000000000002', 1050.0000000000002],
    ['-0.30000000000000004', -0.30000000000000004],
    ['12.5', 12.5],
  ])('float artifact %s is a number', (text, value) => {
    const t = readPastedTable(`KPI,Actual\nA,${text}\nB,2\n`);
    expect(t.values[1]).toEqual(['A', value]);
    expect(t.columnFormats?.[1]).not.toBe('text');
  });

  test('long digit ids without a decimal point still stay text', () => {
    expect(readPastedTable('Id,Actual\n12345678901234567890,1\n').values[1]).toEqual(['12345678901234567890', 1]);
    expect(readPastedTable('Id,Actual\n1234567890123456789.5.1,1\n').values[1]).toEqual(['1234567890123456789.5.1', 1]);
  });

  test("a header's trailing blank names are columns: five columns, no misquote warning", () => {
    const t = readPastedTable('Id,Title,Checkins,,\n1,A,c1,c2,c3\n2,B,d1,d2,\n');
    expect(t.headerRow).toBe(1);
    expect(t.values).toEqual([
      ['Id', 'Title', 'Checkins', '', ''],
      [1, 'A', 'c1', 'c2', 'c3'],
      [2, 'B', 'd1', 'd2', ''],
    ]);
    expect(t.problems).toEqual([]);
    // under a title line too
    const titled = readPastedTable('OKR export\nId,Title,Checkins,,\n1,A,c1,c2,c3\n');
    expect(titled.headerRow).toBe(2);
    expect(titled.problems).toEqual([]);
    // a row wider than the header as written is still reported
    const wider = readPastedTable('Id,Title,Checkins,,\n1,A,c1,c2,c3,c4\n');
    expect(wider.problems).toEqual([expect.objectContaining({ row: 2, severity: 'warning', message: expect.stringMatching(/6 cells but the header has 3/) })]);
  });

  test('in a paste whose decimal mark is `,`, a cell whose `.` cannot group thousands stays text', () => {
    const t = readPastedTable('Produkt;Version;Umsatz;Anteil\nA;8.0;1.234,50;12,5 %\nB;4.4;2.546;7,25 %\nC;2;99,9;1,5 %\n');
    expect(t.decimal).toBe(',');
    expect(t.values.slice(1)).toEqual([
      ['A', '8.0', 1234.5, 0.125],
      ['B', '4.4', 2546, 0.0725],
      ['C', 2, 99.9, 0.015],
    ]);
    // the same cells in a paste whose decimal mark is `.` are numbers
    const us = readPastedTable('Product,Version,Share\nA,8.0,12.5%\nB,4.4,7.25%\n');
    expect(us.decimal).toBe('.');
    expect(us.values.slice(1)).toEqual([['A', 8, 0.125], ['B', 4.4, 0.0725]]);
  });

  test('text with two or more dots stays text in a comma-decimal paste too', () => {
    const t = readPastedTable('Browser;Version;Anteil\nChrome;40.0.2214.111;61,5\nFirefox;3.6.28;12,25\n');
    expect(t.decimal).toBe(',');
    expect(t.values.slice(1)).toEqual([
      ['Chrome', '40.0.2214.111', 61.5],
      ['Firefox', '3.6.28', 12.25],
    ]);
  });
});
