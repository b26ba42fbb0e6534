import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';

describe('sheetView (what the preview draws)', () => {
  test('texts, effective colours, checkboxes, dropdowns and widths', () => {
    const local = createLocalAppsScript();
    const app = local.globals.SpreadsheetApp;
    const sheet = local.addSheet('S', [
      ['KR', 'Score', 'Status', 'Done'],
      ['a', 0.756, 'red', ''],
    ]);
    sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#eeeeee');
    sheet.getRange('B2').setNumberFormat('0.00');
    sheet.getRange('D2').insertCheckboxes();
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['green', 'amber', 'red']).build());
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenTextEqualTo('red').setBackground('#f4c7c3').setFontColor('#990000').setRanges([sheet.getRange('C2:C')]).build()]);
    sheet.setColumnWidth(1, 240);
    sheet.hideColumns(4);
    sheet.setFrozenRows(1);
    const view = local.sheetView('S');
    expect(view.frozenRows).toBe(1);
    expect(view.columns.map((c) => [c.letter, c.width, c.hidden])).toEqual([
      ['A', 240, false],
      ['B', 100, false],
      ['C', 100, false],
      ['D', 100, true],
    ]);
    expect(view.rows[0]?.[0]).toMatchObject({ text: 'KR', bold: true, background: '#eeeeee', align: 'left' });
    expect(view.rows[1]?.[1]).toMatchObject({ text: '0.76', value: 0.756, align: 'right' });
    expect(view.rows[1]?.[2]).toMatchObject({ text: 'red', background: '#f4c7c3', fontColor: '#990000', dropdown: ['green', 'amber', 'red'] });
    expect(view.rows[1]?.[3]).toMatchObject({ checkbox: false, text: '' });
  });
});

describe('more strictness', () => {
  test('insert positions must exist; 50,000 characters per cell', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('S', [['a']]);
    expect(() => sheet.insertColumnsAfter(0, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertColumnBefore(27)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow('more than the maximum of 50000 characters');
  });

  test('getSheetByName matches exactly', () => {
    const local = createLocalAppsScript();
    local.addSheet('Scorecard settings', []);
    expect(local.spreadsheet.getSheetByName('Scorecard settings')?.getName()).toBe('Scorecard settings');
    expect(local.spreadsheet.getSheetByName('scorecard settings')).toBeNull();
  });

  test('formulas use commas (not locale semicolons); TODAY follows the clock and time zone', () => {
    const local = createLocalAppsScript({ timeZone: 'Pacific/Auckland', now: () => new Date('2026-11-30T20:00:00Z') });
    const sheet = local.addSheet('S', []);
    sheet.getRange('A1:C1').setFormulas([['=IF(TRUE;1;2)', '=IF(TRUE,1,2)', '=TODAY()']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', 1, 46357]]);
  });

  test('conditional-format formulas cannot reference other sheets', () => {
    const local = createLocalAppsScript();
    const app = local.globals.SpreadsheetApp;
    local.addSheet('Other', [['red']]);
    const sheet = local.addSheet('S', [['red']]);
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied("=A1=Other!A1").setBackground('#ff0000').setRanges([sheet.getRange('A1')]).build(),
    ]);
    expect(local.evaluateConditionalFormats('S')[0]?.[0]?.background).toBeNull();
  });
});

describe('inserted rows and columns inherit formats', () => {
  test('insertColumnsAfter copies formats and validation of the column before, never values', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('S', [
      ['Done', 'x'],
      [true, 'y'],
    ]);
    sheet.getRange('A1:A2').setBackground('#ffff00').setNumberFormat('0%');
    sheet.getRange('A2').insertCheckboxes();
    sheet.insertColumnsAfter(1, 2);
    expect(local.cell('S', 'B1')).toMatchObject({ value: '', background: '#ffff00', numberFormat: '0%', validation: null });
    expect(local.cell('S', 'C2')?.validation?.criteria).toBe('CHECKBOX');
    expect(local.cell('S', 'C2')?.value).toBe('');
    expect(local.cell('S', 'D1')?.value).toBe('x');
    sheet.insertRowBefore(1);
    expect(local.cell('S', 'A1')).toMatchObject({ value: '', background: '#ffff00' });
    expect(local.values('S')[1]).toEqual(['Done', '', '', 'x']);
  });
});
