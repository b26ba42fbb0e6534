import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import type { Cell } from '../../shared/types';
import { generatedKpiSheet, generatedWideKpiSheet } from './addon-generated-sheets';
import { fixturesDir, loadAddOn, outputColumns, readGrid, settingsWithAsOf, withoutColumns, type AddOn } from './addon-harness';

const AS_OF = '2026-11-16';
const DEMO = 'Demo KPIs';

/** A1 letters, written out here rather than taken from the add-on. */
function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

async function scoredDemo(extra: Record<string, Cell[][]> = {}, grid: Cell[][] = readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv'))): Promise<AddOn> {
  const addOn = await loadAddOn({ [DEMO]: grid, 'Scorecard settings': settingsWithAsOf(AS_OF), ...extra });
  addOn.code.call('scoreThisSheet');
  return addOn;
}

/** The formulas of one sheet as `A1 → formula`. */
function formulas(addOn: AddOn, sheet: string): Map<string, string> {
  return new Map(addOn.local.formulaCells(sheet).map((f) => [f.a1, f.formula]));
}

/** What readSheet says about the sheet now (the add-on's columns left out). */
function report(addOn: AddOn, sheet: string) {
  const outputs = outputColumns(addOn.local, sheet);
  const settings = readSettings(addOn.local.values('Scorecard settings') as Cell[][]).settings;
  return readSheet(withoutColumns(addOn.local.values(sheet) as Cell[][], outputs.values()), { asOf: AS_OF, locale: 'en-US', settings });
}

describe('Trend sparkline on wide KPI sheets', () => {
  it('writes =SPARKLINE over each KPI row\'s own period cells (H:J on the demo) and no other formula', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv'));
    expect(grid[0]!.slice(7, 10)).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026']); // columns H, I, J
    const addOn = await scoredDemo({}, grid);
    const outputs = outputColumns(addOn.local, DEMO);
    const col = outputs.get('sparkline');
    expect(col).toBeGreaterThan(grid[0]!.length);
    expect(outputs.get('trend')).toBeDefined(); // the up/down/flat text column stays
    const r = report(addOn, DEMO);
    expect(r.kpis.length).toBe(6);
    const expected = new Map(r.kpis.map((k) => [`${letter(col!)}${k.row}`, `=SPARKLINE(H${k.row}:J${k.row})`]));
    expect(formulas(addOn, DEMO)).toEqual(expected);
    expect(addOn.local.formulaCells('Scorecard summary')).toEqual([]);
    expect(addOn.local.formulaCells('Scorecard settings')).toEqual([]);
    const after = addOn.local.values(DEMO) as Cell[][];
    expect(after[0]![col! - 1]).toBe('Trend');
    // The status column holds the latest period's status; the summary tab says which period it is.
    const summary = (addOn.local.values('Scorecard summary') as Cell[][]).filter((row) => row[0] === DEMO && row[1] === 'KPI');
    for (const [i, k] of r.kpis.entries()) {
      expect(k.actualPeriod).toBe('Oct 2026');
      expect(after[k.row - 1]![outputs.get('status')! - 1]).toBe(k.status);
      expect(summary[i]![11]).toBe('Oct 2026');
    }
    expect(addOn.local.toasts.at(-1)?.message).toMatch(/^Scored 6 KPIs \(status of Oct 2026\)/);
  });

  it('takes the status from the latest period that has a value, and says so', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv'));
    grid[1]![9] = ''; // Monthly recurring revenue has no Oct 2026 yet: Sep 2026 is its latest
    const addOn = await scoredDemo({}, grid);
    const outputs = outputColumns(addOn.local, DEMO);
    const r = report(addOn, DEMO);
    const mrr = r.kpis.find((k) => k.row === 2)!;
    expect(mrr.actualPeriod).toBe('Sep 2026');
    expect(mrr.actual).toBe(109500);
    expect((addOn.local.values(DEMO) as Cell[][])[1]![outputs.get('status')! - 1]).toBe(mrr.status);
    const summary = (addOn.local.values('Scorecard summary') as Cell[][]).find((row) => row[0] === DEMO && row[10] === 2)!;
    expect(summary[11]).toBe('Sep 2026');
    expect(formulas(addOn, DEMO).get(`${letter(outputs.get('sparkline')!)}2`)).toBe('=SPARKLINE(H2:J2)');
  });

  it('scoring again changes nothing (values, formulas, metadata, rules)', async () => {
    const addOn = await scoredDemo();
    const once = { values: addOn.local.values(DEMO), formulas: addOn.local.formulaCells(), meta: addOn.local.metadata(), rules: addOn.local.sheetInfo(DEMO).rules };
    addOn.code.call('scoreThisSheet');
    expect(addOn.local.values(DEMO)).toEqual(once.values);
    expect(addOn.local.formulaCells()).toEqual(once.formulas);
    expect(addOn.local.metadata()).toEqual(once.meta);
    expect(addOn.local.sheetInfo(DEMO).rules).toEqual(once.rules);
  });

  it('rebuilds the formula from the columns\' current positions after the person inserts columns', async () => {
    const addOn = await scoredDemo();
    const sheet = addOn.local.sheet(DEMO);
    sheet.insertColumnsBefore(1, 2); // periods move from H:J to J:L
    addOn.code.call('scoreThisSheet');
    let outputs = outputColumns(addOn.local, DEMO);
    let col = letter(outputs.get('sparkline')!);
    for (const k of report(addOn, DEMO).kpis) expect(formulas(addOn, DEMO).get(`${col}${k.row}`)).toBe(`=SPARKLINE(J${k.row}:L${k.row})`);

    // A column of notes between Sep and Oct: Sheets widens J:L to J:M, which would chart the notes too.
    sheet.insertColumnsBefore(12, 1);
    sheet.getRange(1, 12, 2, 1).setValues([['Notes'], ['12']]);
    addOn.code.call('scoreThisSheet');
    outputs = outputColumns(addOn.local, DEMO);
    col = letter(outputs.get('sparkline')!);
    const r = report(addOn, DEMO);
    expect(r.periodColumns).toEqual([9, 10, 12]);
    const expected = new Map(r.kpis.map((k) => [`${col}${k.row}`, `=SPARKLINE({J${k.row},K${k.row},M${k.row}})`]));
    expect(formulas(addOn, DEMO)).toEqual(expected);
  });

  it('charts a month the person adds to the right of the add-on\'s columns, and takes its status', async () => {
    const addOn = await scoredDemo();
    const outputs = outputColumns(addOn.local, DEMO);
    const last = Math.max(...outputs.values());
    expect(last).toBe(13); // Status K, Scorecard trend L, Trend M
    const nov = [["'Nov 2026"], [125000], ['1.5%'], ['75%'], [3.9], [41], [14]];
    addOn.local.sheet(DEMO).getRange(1, 14, nov.length, 1).setValues(nov);
    addOn.code.call('scoreThisSheet');
    expect(outputColumns(addOn.local, DEMO)).toEqual(outputs);
    const r = report(addOn, DEMO);
    expect(r.periodColumns).toEqual([7, 8, 9, 10]); // readSheet's indexes, the add-on's three columns left out
    expect(formulas(addOn, DEMO)).toEqual(new Map(r.kpis.map((k) => [`M${k.row}`, `=SPARKLINE({H${k.row},I${k.row},J${k.row},N${k.row}})`])));
    const after = addOn.local.values(DEMO) as Cell[][];
    for (const k of r.kpis) {
      expect(k.actualPeriod).toBe('Nov 2026');
      expect(after[k.row - 1]![10]).toBe(k.status);
    }
    expect(r.kpis.find((k) => k.row === 2)!.status).toBe('green'); // 125000 against 120000: Oct's was amber
  });

  it('leaves a formula the person pasted (a HYPERLINK KPI name) as it was, and creates no other', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv')) as Cell[][];
    grid[3]![0] = '=HYPERLINK("https://example.com/util","Server utilisation")';
    const addOn = await loadAddOn({ [DEMO]: grid, 'Scorecard settings': settingsWithAsOf(AS_OF) });
    const before = formulas(addOn, DEMO);
    expect(before.get('A4')).toBe(grid[3]![0]);
    addOn.code.call('scoreThisSheet');
    const col = letter(outputColumns(addOn.local, DEMO).get('sparkline')!);
    const after = formulas(addOn, DEMO);
    expect(after.get('A4')).toBe(grid[3]![0]);
    const added = [...after].filter(([a1]) => !before.has(a1));
    expect(added.length).toBeGreaterThan(0);
    for (const [a1, formula] of added) {
      expect(a1.startsWith(col)).toBe(true);
      expect(formula).toMatch(/^=SPARKLINE\(H(\d+):J\1\)$/);
    }
    expect(addOn.local.formulaCells('Scorecard summary')).toEqual([]);
  });

  it('onEdit rewrites the edited KPI\'s sparkline and status only, from current positions', async () => {
    const addOn = await scoredDemo();
    const sheet = addOn.local.sheet(DEMO);
    const outputs = outputColumns(addOn.local, DEMO);
    const before = addOn.local.formulaCells();
    sheet.getRange('J3').setValue('3.5%'); // Logo churn goes red in Oct 2026
    addOn.code.call('onEdit', { range: sheet.getRange('J3'), value: '3.5%', source: addOn.local.spreadsheet });
    expect(addOn.local.formulaCells()).toEqual(before);
    const churn = report(addOn, DEMO).kpis.find((k) => k.row === 3)!;
    expect(churn.status).toBe('red');
    expect((addOn.local.values(DEMO) as Cell[][])[2]![outputs.get('status')! - 1]).toBe('red');
  });

  it('adds no Trend column (and no formula) on a KPI sheet with one Actual column', async () => {
    const addOn = await loadAddOn({ KPIs: generatedKpiSheet(20), 'Scorecard settings': settingsWithAsOf(AS_OF) });
    addOn.code.call('scoreThisSheet');
    const outputs = outputColumns(addOn.local, 'KPIs');
    expect(outputs.has('status')).toBe(true);
    expect(outputs.has('sparkline')).toBe(false);
    expect(addOn.local.formulaCells()).toEqual([]);
  });
});

describe('service calls on a wide KPI sheet', () => {
  async function calls(n: number): Promise<{ first: string[]; again: string[]; formulas: number }> {
    const { local, code } = await loadAddOn({ KPIs: generatedWideKpiSheet(n), 'Scorecard settings': settingsWithAsOf(AS_OF) });
    local.resetCallLog();
    code.call('scoreThisSheet');
    const first = local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
    local.resetCallLog();
    code.call('scoreThisSheet');
    const again = local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
    return { first, again, formulas: local.formulaCells('KPIs').length };
  }

  it('are the same for 10 and for 10,000 KPIs, with one setValues for the output block', async () => {
    const small = await calls(10);
    const large = await calls(10_000);
    expect(small.formulas).toBe(10);
    expect(large.formulas).toBe(10_000);
    expect(large.first).toEqual(small.first);
    expect(large.again).toEqual(small.again);
    expect(large.again.filter((m) => m === 'Range.setValues').length).toBe(2); // output block + summary tab
    expect(large.again.some((m) => /setFormula/.test(m))).toBe(false);
  });
});
