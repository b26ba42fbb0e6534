import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPastedTable } from '../../shared/read-pasted-table';
import { readSheet } from '../../shared/read-sheet';
import type { Cell, SheetReport } from '../../shared/types';
import { builtAddOn, fixturesDir, loadAddOn, readGrid, samplesDir } from './addon-harness';
import type { ImportResult } from '../../apps-script/commands/import-request';

const AS_OF = '2026-11-30';
const financeDir = path.join(samplesDir, 'finance');
const samples = readdirSync(financeDir).filter((f) => /\.(csv|tsv)$/.test(f)).sort();
const formulaLines = path.join(fixturesDir, 'finance-formula-lines.csv');

type ImportResultLike = ImportResult;

/** Blank for '' and null, so a grid read back from the sheet compares with the engine's grid. */
function normalized(grid: readonly (readonly Cell[])[]): Cell[][] {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return grid.map((row) => Array.from({ length: width }, (_, c) => (row[c] === null || row[c] === undefined ? '' : row[c]!)));
}

/** What a status comparison looks at: every KPI, objective and KR status with its row and value. */
function statuses(report: SheetReport) {
  return {
    kind: report.kind,
    kpis: report.kpis.map((k) => ({ row: k.row, name: k.name, actual: k.actual, target: k.target, status: k.status })),
    objectives: report.objectives.map((o) => ({ row: o.row, status: o.status, krs: o.keyResults.map((k) => [k.row, k.score, k.status]) })),
  };
}

async function importNew(text: string, name = 'KPI import', options: { locale?: string } = {}) {
  const addOn = await loadAddOn({ Notes: [['Notes']] }, { locale: options.locale ?? 'en_US' });
  addOn.local.resetCallLog();
  const result = addOn.code.call('importKpiExport', { text, destination: { kind: 'new', name } }) as ImportResultLike;
  return { ...addOn, result };
}

describe('Import KPI export… into a new tab', () => {
  it.each(samples)('%s: the engine grid arrives as values, statuses equal readSheet, no formula', async (file) => {
    const text = readFileSync(path.join(financeDir, file), 'utf8');
    const table = readPastedTable(text, { locale: 'en-US' });
    expect(table.values.length).toBeGreaterThan(1);
    const { local, result } = await importNew(text);
    expect(result.sheetName).toBe('KPI import');
    expect(result.rows).toBe(table.values.length - 1);
    const written = local.values(result.sheetName) as Cell[][];
    expect(normalized(written)).toEqual(normalized(table.values));
    expect(local.formulaCells()).toEqual([]);
    const fromSheet = readSheet(written, { asOf: AS_OF });
    const fromPaste = readSheet(table.values, { asOf: AS_OF });
    expect(statuses(fromSheet)).toEqual(statuses(fromPaste));
    expect(local.sheetInfo(result.sheetName).frozenRows).toBe(1);
  });

  it('writes formulas, @-text, +/- text, ids and dates from the paste as text, never as formulas', async () => {
    const text = readFileSync(formulaLines, 'utf8');
    const { local, result } = await importNew(text, 'Finance');
    expect(local.formulaCells()).toEqual([]);
    const grid = local.values(result.sheetName) as Cell[][];
    const header = grid[0]!;
    const cell = (row: number, column: string): Cell => grid[row]![header.indexOf(column)]!;
    expect(cell(1, 'Link')).toBe('=HYPERLINK("http://x","click")');
    expect(cell(1, 'Note')).toBe('@SUM(A1)');
    expect(cell(1, 'Build')).toBe('40.0.2214.111');
    expect(cell(2, 'Link')).toBe('+1 555 0100');
    expect(cell(2, 'Note')).toBe('- note');
    expect(cell(2, 'Build')).toBe('00123');
    expect(cell(3, 'Note')).toBe('=1+1');
    expect(cell(3, 'Build')).toBe('2026-11-30');
    expect(cell(4, 'Note')).toBe('+SUM(A1)');
    expect(cell(4, 'Build')).toBe("'quoted");
    expect(cell(1, 'Actual')).toBe(112500.5);
    expect(cell(2, 'Actual')).toBe(0.412);
    expect(grid.map((r) => r[0])).toEqual(['Metric', 'Monthly revenue', 'Gross margin', 'Support tickets closed', 'Logo churn']);
    const report = readSheet(grid, { asOf: AS_OF });
    expect(report.kind).toBe('kpi');
    expect(statuses(report)).toEqual(statuses(readSheet(readPastedTable(text, { locale: 'en-US' }).values, { asOf: AS_OF })));
  });

  it('sets number formats per column in one setNumberFormats call', async () => {
    const text = readFileSync(path.join(financeDir, 'netsuite_comparative_income_statement_real.csv'), 'utf8');
    const { local, result } = await importNew(text);
    const formatCalls = local.calls.filter((c) => c.method === 'setNumberFormats' || c.method === 'setNumberFormat');
    expect(formatCalls.map((c) => c.method)).toEqual(['setNumberFormats']);
    expect(local.calls.filter((c) => c.method === 'setValues').length).toBe(1);
    expect(local.cell(result.sheetName, 'B2')?.numberFormat).toBe('"$"#,##0.00');
    expect(local.cell(result.sheetName, 'E2')?.numberFormat).toMatch(/^0(\.0+)?%$/);
    expect(local.cell(result.sheetName, 'A2')?.numberFormat).toBe('@');
  });

  it('formats cells of a column that mixes units one by one (a KPI register with € and %)', async () => {
    const text = readFileSync(path.join(financeDir, 'excel_fr_locale_kpi_semicolon_nbsp_constructed.csv'), 'utf8');
    const { local, result } = await importNew(text);
    const grid = local.values(result.sheetName) as Cell[][];
    expect(grid.map((r) => r[2])).toEqual(['Réel', 1234567.89, 0.412, 0.024, 5.5, 212]);
    expect(local.cell(result.sheetName, 'C2')?.numberFormat).toBe('#,##0.00 "€"');
    expect(local.cell(result.sheetName, 'C3')?.numberFormat).toBe('0.0%');
    expect(local.cell(result.sheetName, 'C5')?.numberFormat).toMatch(/^#,##0(\.0+)?$/);
    expect(local.cell(result.sheetName, 'A2')?.numberFormat).toBe('@');
  });

  it('uses a free name and a constant number of service calls whatever the size', async () => {
    const paste = (n: number): string => ['Metric,Actual,Target', ...Array.from({ length: n }, (_, i) => `KPI ${i},"$${(i * 13) % 997}.50",${100 + i}`)].join('\n');
    const methods = async (n: number) => {
      const { local, result } = await importNew(paste(n), 'Notes');
      expect(result.sheetName).toBe('Notes 2');
      expect(local.values(result.sheetName).length).toBe(n + 1);
      return local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
    };
    const small = await methods(10);
    const large = await methods(900);
    expect(large).toEqual(small);
  });

  it('adds rows and columns first when the table is larger than a new tab', async () => {
    const header = Array.from({ length: 30 }, (_, c) => (c === 0 ? 'Metric' : `Col ${c}`));
    const rows = Array.from({ length: 1200 }, (_, r) => header.map((_, c) => (c === 0 ? `KPI ${r}` : String(r + c))).join('\t'));
    const { local, result } = await importNew([header.join('\t'), ...rows].join('\n'));
    const info = local.sheetInfo(result.sheetName);
    expect(info.maxRows).toBeGreaterThanOrEqual(1201);
    expect(info.maxColumns).toBeGreaterThanOrEqual(30);
    const grid = local.values(result.sheetName);
    expect(grid.length).toBe(1201);
    expect(grid[1200]![29]).toBe(1199 + 29);
  });

  it('refuses text with no table, and writes nothing', async () => {
    const { local, code } = await loadAddOn({ Notes: [['Notes']] });
    expect(() => code.call('importKpiExport', { text: '   ', destination: { kind: 'new', name: 'X' } })).toThrow(/Paste the export/);
    expect(() => code.call('importKpiExport', { text: 'just one line', destination: { kind: 'new', name: 'X' } })).toThrow(/table/i);
    expect(local.sheetNames()).toEqual(['Notes']);
  });
});

describe('Import KPI export… as a new period column of a KPI tab', () => {
  const kpiTab = (): Cell[][] => readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv'));
  const paste = ['Metric\tNov 2026\tComment', 'monthly RECURRING revenue\t$118,000\tgood', 'Logo churn\t1.7%\t', 'Server utilisation\t78%\t', 'Coffee consumption\t42\tnot a KPI'].join('\n');
  const request = (period = 'Nov 2026') => ({ text: paste, destination: { kind: 'existing', sheetName: 'KPIs', nameColumn: 0, valueColumn: 1, period } });

  it('matches names, adds the column after the last period, and lists what did not match', async () => {
    const { local, code } = await loadAddOn({ KPIs: kpiTab(), Notes: [['x']] });
    const before = local.values('KPIs') as Cell[][];
    local.resetCallLog();
    const result = code.call('importKpiExport', request()) as ImportResultLike;
    expect(result.matched).toBe(3);
    expect(result.unmatched).toEqual(['Coffee consumption']);
    expect(result.missing).toEqual(['Support first response (hours)', 'Net promoter score', 'Cash runway (months)']);
    expect(result.column).toBe(11);
    const after = local.values('KPIs') as Cell[][];
    expect(after.map((r) => r[10])).toEqual(['Nov 2026', 118000, 0.017, 0.78, '', '', '']);
    // Every other cell is as it was.
    expect(normalized(after.map((r) => r.slice(0, 10)))).toEqual(normalized(before));
    expect(local.formulaCells()).toEqual([]);
    const expected = before.map((row, r) => [...row, ['Nov 2026', 118000, 0.017, 0.78, '', '', ''][r]!]);
    const report = readSheet(after, { asOf: AS_OF });
    expect(statuses(report)).toEqual(statuses(readSheet(expected, { asOf: AS_OF })));
    expect(report.kpis[0]!.actual).toBe(118000);
    expect(report.kpis.find((k) => k.name === 'Net promoter score')!.actual).toBe(38);
    expect(local.calls.filter((c) => c.method === 'setValues').length).toBe(1);
    expect(local.calls.filter((c) => c.method === 'setNumberFormats').length).toBe(1);
  });

  it('goes before the add-on output columns of a scored tab, and the tab scores again', async () => {
    const { local, code } = await loadAddOn({ KPIs: kpiTab(), 'Scorecard settings': [['Setting', 'Value'], ['As-of date', AS_OF]] });
    code.call('scoreThisSheet');
    const width = local.values('KPIs')[0]!.length;
    expect(width).toBeGreaterThan(10);
    const result = code.call('importKpiExport', request()) as ImportResultLike;
    expect(result.column).toBe(11);
    expect(local.values('KPIs')[0]![10]).toBe('Nov 2026');
    expect(local.values('KPIs')[0]!.length).toBe(width + 1);
    code.call('scoreThisSheet');
    expect(local.values('KPIs')[0]!.length).toBe(width + 1);
  });

  it('refuses a label that is not a period, a period the tab has, and a tab that is not there', async () => {
    const { local, code } = await loadAddOn({ KPIs: kpiTab() });
    const before = local.values('KPIs');
    expect(() => code.call('importKpiExport', request('latest'))).toThrow(/not a period/);
    expect(() => code.call('importKpiExport', request('Oct 2026'))).toThrow(/already has/);
    expect(() => code.call('importKpiExport', { ...request(), destination: { ...request().destination, sheetName: 'Nope' } })).toThrow(/no tab/);
    expect(local.values('KPIs')).toEqual(before);
  });

  it('adds a column after the last column of a tab scored from an Actual column, and says it is history', async () => {
    const tab: Cell[][] = [
      ['KPI', 'Owner', 'Target', 'Actual'],
      ['Monthly recurring revenue', 'ana@example.com', 120000, 112000],
      ['Logo churn', 'ben@example.com', '<= 2%', 0.019],
    ];
    const { local, code } = await loadAddOn({ KPIs: tab });
    const result = code.call('importKpiExport', request()) as ImportResultLike;
    expect(result.column).toBe(5);
    expect(result.message).toMatch(/Actual column/);
    expect((local.values('KPIs') as Cell[][]).map((r) => r[4])).toEqual(['Nov 2026', 118000, 0.017]);
    expect((local.values('KPIs') as Cell[][]).map((r) => r[3])).toEqual(['Actual', 112000, 0.019]);
  });

  it('refuses a long Date/Metric/Value tab, and does not offer it', async () => {
    const long: Cell[][] = [['Date', 'Metric', 'Value'], ['2026-10-01', 'Logo churn', 0.02], ['2026-11-01', 'Logo churn', 0.019]];
    const { local, code } = await loadAddOn({ KPIs: long });
    expect(() => code.call('importKpiExport', request())).toThrow(/one row per date/);
    expect(local.values('KPIs')).toEqual(long);
    expect((code.call('getImportOptions') as { kpiTabs: unknown[] }).kpiTabs).toEqual([]);
  });

  it('lists the KPI tabs for the dialog', async () => {
    const { code } = await loadAddOn({ KPIs: kpiTab(), Notes: [['just', 'notes']], 'KPI import': [['x']] });
    const options = code.call('getImportOptions') as { locale: string; kpiTabs: { name: string; kpis: string[]; periods: string[] }[]; newTabName: string };
    expect(options.locale).toBe('en-US');
    expect(options.kpiTabs.map((t) => t.name)).toEqual(['KPIs']);
    expect(options.kpiTabs[0]!.kpis[0]).toBe('Monthly recurring revenue');
    expect(options.kpiTabs[0]!.periods).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026']);
    expect(options.newTabName).toBe('KPI import 2');
  });
});

describe('menu', () => {
  it('has the import and clean-up items, wired to top-level functions', async () => {
    const { local, code } = await loadAddOn({ Notes: [['x']] });
    code.call('onOpen', { authMode: 'FULL' });
    expect(code.missingMenuFunctions()).toEqual([]);
    const captions = JSON.stringify(local.ui.menus);
    expect(captions).toContain('Import KPI export…');
    expect(captions).toContain('Clean up pasted cells');
    local.resetCallLog();
    code.call('showImportDialog');
    expect(local.ui.shown.map((h) => [h.kind, h.title])).toEqual([['modal', 'Import KPI export']]);
    expect(local.ui.shown[0]!.html.getContent()).toContain('<div id="app"></div>');
  });

  it('builds KPI_ACTUAL as a top-level custom function and the dialog as one inlined HTML file', async () => {
    const built = await builtAddOn();
    expect(built.customFunctions).toContain('KPI_ACTUAL');
    const code = readFileSync(built.codePath, 'utf8');
    const stub = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\nfunction KPI_ACTUAL\(name, watch\)/.exec(code);
    expect(stub?.[1]).toMatch(/@customfunction/);
    expect(stub?.[1]).toMatch(/@param \{[^}]+\} name/);
    expect(stub?.[1]).toMatch(/@param \{[^}]+\} \[watch\]/);
    expect(built.htmlFiles).toContain('ImportDialog.html');
    const html = readFileSync(path.join(built.outDir, 'ImportDialog.html'), 'utf8');
    expect(html.match(/<\/script/gi)?.length).toBe(1);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).toContain('<div id="app"></div>');
  });
});
