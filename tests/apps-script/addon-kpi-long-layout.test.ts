import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { loadAddOn, outputColumns, settingsWithAsOf } from './addon-harness';
import { longKpiSheet as LONG } from '../fixtures/long-kpi-sheet';

const SHEET = 'Monthly KPIs';

async function scored() {
  const addOn = await loadAddOn({ [SHEET]: LONG, 'Scorecard settings': settingsWithAsOf('2026-04-15') });
  addOn.code.call('scoreThisSheet');
  return addOn;
}

describe('Score this sheet on a long KPI layout (built Code.js)', () => {
  it("writes each KPI's status and trend on its latest row only, and a sparkline of its actuals there", async () => {
    const addOn = await scored();
    const outputs = outputColumns(addOn.local, SHEET);
    const status = outputs.get('status')!;
    const trend = outputs.get('trend')!;
    const spark = outputs.get('sparkline')!;
    expect([status, trend, spark].every((c) => c > LONG[0]!.length)).toBe(true);
    const after = addOn.local.values(SHEET) as Cell[][];
    const column = (c: number) => after.slice(1).map((row) => row[c - 1]);
    // Revenue's latest month is Mar (row 4): 105 ≥ 100 → green, up from 95. Days to close's is Feb (row 5):
    // lower is better (guessed from "days to"), 5 > 4.4 → red, down from 6.
    expect(column(status)).toEqual(['', '', 'green', 'red', '']);
    expect(column(trend)).toEqual(['', '', 'up', 'down', '']);
    const formulas = new Map(addOn.local.formulaCells(SHEET).map((f) => [f.a1, f.formula]));
    const letter = String.fromCharCode(64 + spark);
    expect(formulas).toEqual(
      new Map([
        [`${letter}4`, '=SPARKLINE({E2;E6;E4})'],
        [`${letter}5`, '=SPARKLINE({E3;E5})'],
      ]),
    );
    // The user's cells are untouched.
    expect(after.map((row) => row.slice(0, LONG[0]!.length))).toEqual(LONG);
  });

  it('onEdit: a new latest month moves the status there and clears it from the row before', async () => {
    const addOn = await scored();
    const sheet = addOn.local.sheet(SHEET);
    const status = outputColumns(addOn.local, SHEET).get('status')!;
    sheet.getRange('A7:E7').setValues([['Revenue', 'ana@example.com', 'Apr', 100, 80]]);
    addOn.code.call('onEdit', { range: sheet.getRange('A7:E7'), source: addOn.local.spreadsheet });
    const after = addOn.local.values(SHEET) as Cell[][];
    // Revenue's latest month is now Apr (row 7): 80 < 90 → red; row 4 (Mar) no longer carries it.
    expect(after.slice(1).map((row) => row[status - 1])).toEqual(['', '', '', 'red', '', 'red']);
  });

  it('lists each KPI once in the summary tab, marking the guessed direction', async () => {
    const addOn = await scored();
    const summary = (addOn.local.values('Scorecard summary') as Cell[][]).filter((row) => row[0] === SHEET && row[1] === 'KPI');
    expect(summary.map((row) => [row[2], row[5], row[10], row[11]])).toEqual([
      ['Revenue', 'green', 4, 'Mar'],
      ['Days to close (lower is better, guessed from "days to" — add a Direction column)', 'red', 5, 'Feb'],
    ]);
  });

  it('saves the Fiscal year starts setting into the settings tab and reads it back', async () => {
    const addOn = await scored();
    const saved = addOn.code.call('saveSettings', { fiscalYearStart: 4 }) as { saved: boolean; settings: { fiscalYearStart: number | null } };
    expect(saved.saved).toBe(true);
    expect(saved.settings.fiscalYearStart).toBe(4);
    const tab = addOn.local.values('Scorecard settings') as Cell[][];
    expect(tab.find((row) => row[0] === 'Fiscal year starts')?.[1]).toBe('April');
    expect((addOn.code.call('getSettings') as { settings: { fiscalYearStart: number | null } }).settings.fiscalYearStart).toBe(4);
  });
});
