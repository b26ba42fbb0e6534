import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { loadAddOn } from './addon-harness';

/** Methods that change cells. */
const WRITES = new Set(['setValues', 'setValue', 'setFormula', 'setFormulas', 'setNumberFormat', 'setNumberFormats', 'clear', 'clearContent', 'clearContents', 'insertColumnsAfter', 'insertRowsAfter']);

/** Text pasted straight into cells, as Sheets keeps it when it could not read it (typed: false). */
const pasted = (): Cell[][] => [
  ['Indicateur', 'Jan', 'Feb', 'Note'],
  ['Chiffre d\'affaires', '1 234 567,89 €', '1.300.000,00 €', '1,5'],
  ['Marge brute', '41,2 %', '40 %', '2,5'],
  ['Code', '00123', '=B2', '(1.234,50)'],
  ['Délai', '5,5', 'n/a', '45 days'],
];

async function setUp() {
  const addOn = await loadAddOn({ Pasted: pasted() });
  addOn.local.select('Pasted', 'B2:C5');
  return addOn;
}

describe('Clean up pasted cells', () => {
  it('converts text numbers of the selection only, in one write, after saying how many', async () => {
    const { local, code } = await setUp();
    const before = local.values('Pasted') as Cell[][];
    local.resetCallLog();
    const result = code.call('cleanUpPastedCells') as { changed: number; found: number; message: string };
    expect(local.ui.alerts).toHaveLength(1);
    expect(local.ui.alerts[0]!.prompt).toMatch(/^5 cells in Pasted!B2:C5 will become numbers/);
    expect(local.ui.alerts[0]!.buttons).toMatch(/YES_NO/);
    expect(result.changed).toBe(5);
    const after = local.values('Pasted') as Cell[][];
    expect(after[1]!.slice(1, 3)).toEqual([1234567.89, 1300000]);
    expect(after[2]!.slice(1, 3)).toEqual([0.412, 0.4]);
    expect(after[4]![1]).toBe(5.5);
    // Codes, placeholders and the formula stay as they were.
    expect(after[3]![1]).toBe('00123');
    expect(after[4]![2]).toBe('n/a');
    expect(local.cell('Pasted', 'C4')?.formula).toBe('=B2');
    // Outside the selection nothing changed (D holds numbers-as-text too).
    for (let r = 0; r < before.length; r++) {
      for (const c of [0, 3]) expect(after[r]![c]).toEqual(before[r]![c]);
    }
    expect(after[0]).toEqual(before[0]);
    const writes = local.calls.filter((c) => WRITES.has(c.method));
    expect(writes.map((c) => `${c.service}.${c.method}`)).toEqual(['Range.setValues']);
  });

  it('writes nothing when the person says No', async () => {
    const { local, code } = await setUp();
    const before = local.values('Pasted');
    local.ui.alertAnswers.push('NO');
    local.resetCallLog();
    const result = code.call('cleanUpPastedCells') as { changed: number; found: number };
    expect(result).toMatchObject({ changed: 0, found: 5 });
    expect(local.values('Pasted')).toEqual(before);
    expect(local.calls.filter((c) => WRITES.has(c.method))).toEqual([]);
  });

  it('says so and writes nothing when no cell is a text number', async () => {
    const { local, code } = await loadAddOn({ Pasted: [['a', 'b'], ['x', 'y']] });
    local.select('Pasted', 'A1:B2');
    local.resetCallLog();
    const result = code.call('cleanUpPastedCells') as { changed: number; message: string };
    expect(result.changed).toBe(0);
    expect(result.message).toMatch(/nothing to change/);
    expect(local.ui.alerts).toEqual([]);
    expect(local.calls.filter((c) => WRITES.has(c.method))).toEqual([]);
  });

  it('reads a decimal point selection with the same rules', async () => {
    const { local, code } = await loadAddOn({ Pasted: [['KPI', 'Actual'], ['Revenue', '$1,234.50'], ['Cost', '(2,000)'], ['Churn', '1.5%'], ['Id', '40.0.2214.111']] });
    local.select('Pasted', 'B2:B5');
    code.call('cleanUpPastedCells');
    expect((local.values('Pasted') as Cell[][]).map((r) => r[1])).toEqual(['Actual', 1234.5, -2000, 0.015, '40.0.2214.111']);
    expect(local.formulaCells()).toEqual([]);
  });
});
