import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';

function setup() {
  const local = createLocalAppsScript({ timeZone: 'America/New_York', locale: 'en_US' });
  const sheet = local.addSheet('Data', [
    ['Name', 'Score'],
    ['a', 1],
    ['b', 2],
  ]);
  return { local, sheet };
}

describe('Sheet.getRange strictness', () => {
  test('a new sheet is 1000 x 26 and ranges past it throw', () => {
    const { local } = setup();
    const sheet = local.spreadsheet.insertSheet('New');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:AA1')).toThrow('outside the dimensions');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  test.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1, 1, undefined, 1], "don't match the method signature"],
    [[1.5, 1], 'Cannot convert 1.5 to int.'],
    [[1], "don't match the method signature"],
  ])('getRange(%j) throws %s', (args, message) => {
    const { sheet } = setup();
    expect(() => (sheet.getRange as (...a: unknown[]) => unknown)(...args)).toThrow(message);
  });

  test('errors are named Exception like Apps Script', () => {
    const { sheet } = setup();
    try {
      sheet.getRange(0, 1);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toBe('Exception: The starting row of the range is too small.');
    }
  });

  test('A1 notation forms', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:C3').getA1Notation()).toBe('B2:C3');
    const col = sheet.getRange('F:F');
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns(), col.getA1Notation()]).toEqual([1, 6, 1000, 1, 'F:F']);
    const open = sheet.getRange('A2:C');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 999, 3]);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(sheet.getRange("'Data'!A1").getValue()).toBe('Name');
    expect(() => sheet.getRange('Other!A1')).toThrow('Range not found');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('getLastRow / getLastColumn / getDataRange follow content, not formats', () => {
    const { local, sheet } = setup();
    sheet.getRange('E10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    const empty = local.spreadsheet.insertSheet('Empty');
    expect(empty.getLastRow()).toBe(0);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('Range values', () => {
  test('setValues with the wrong shape throws Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setBackgrounds([['#ffffff', '#ffffff']])).toThrow('The data has 1 but the range has 2.');
  });

  test('getValues returns typed values and blanks as empty strings', () => {
    const { sheet } = setup();
    const d = new Date('2026-11-30T05:00:00Z');
    sheet.getRange('C2:E2').setValues([[true, d, null]]);
    const values = sheet.getRange('A2:E2').getValues();
    expect(values).toEqual([['a', 1, true, d, '']]);
    expect(values[0]?.[3]).toBeInstanceOf(Date);
    expect(sheet.getRange('C2:D2').getDisplayValues()).toEqual([['TRUE', '11/30/2026']]);
  });

  test('setValue fills every cell; getValue reads the top-left', () => {
    const { sheet } = setup();
    sheet.getRange('D1:E2').setValue(7);
    expect(sheet.getRange('D1:E2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(sheet.getRange('A1:B2').getValue()).toBe('Name');
  });

  test('formulas: value computed when simple, text from getFormulas, fill moves relative refs', () => {
    const { local, sheet } = setup();
    sheet.getRange('C2:C3').setFormula('=B2*10');
    expect(sheet.getRange('C2:C3').getFormulas()).toEqual([['=B2*10'], ['=B3*10']]);
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[10], [20]]);
    sheet.getRange('D2').setFormula('=UNKNOWNFN(B2)');
    expect(sheet.getRange('D2').getValue()).toBe('');
    expect(sheet.getRange('D2').getFormula()).toBe('=UNKNOWNFN(B2)');
    sheet.getRange('E2').setValue('=1/0');
    expect(sheet.getRange('E2').getValue()).toBe('#DIV/0!');
    expect(local.formulaCells('Data').map((f) => f.a1)).toEqual(['C2', 'D2', 'E2', 'C3']);
  });

  test('formulas follow inserted columns and deleted rows', () => {
    const { sheet } = setup();
    sheet.getRange('D2').setFormula('=$B2+B3');
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('E2').getFormula()).toBe('=$C2+C3');
    sheet.deleteRow(3);
    expect(sheet.getRange('E2').getFormula()).toBe('=$C2+#REF!');
  });

  test('appendRow writes after the last row with content and grows the sheet', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('Small', [['x']], { maxRows: 1, maxColumns: 1 });
    sheet.appendRow(['y', 2]);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getMaxColumns()).toBe(2);
    expect(local.values('Small')).toEqual([
      ['x', ''],
      ['y', 2],
    ]);
  });

  test('offset keeps size and is bounds-checked', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A2:B2').offset(1, 0);
    expect(r.getA1Notation()).toBe('A3:B3');
    expect(r.getValues()).toEqual([['b', 2]]);
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow('too small');
  });

  test('clearContent keeps formats; clear removes both', () => {
    const { local, sheet } = setup();
    const r = sheet.getRange('A2:B2');
    r.setBackground('red').setFontWeight('bold').setNumberFormat('0.00');
    r.clearContent();
    expect(local.cell('Data', 'A2')).toMatchObject({ value: '', background: '#ff0000', fontWeight: 'bold', numberFormat: '0.00' });
    r.setDataValidation(local.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    r.clear({ contentsOnly: true });
    expect(local.cell('Data', 'A2')?.validation).not.toBeNull();
    r.clear();
    expect(local.cell('Data', 'A2')).toMatchObject({ background: null, fontWeight: null, numberFormat: null, validation: null });
  });

  test('formats: colors normalised, bad arguments throw', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    expect(r.setBackground('#ABC').getBackground()).toBe('#aabbcc');
    expect(r.setBackground(null).getBackground()).toBe('#ffffff');
    expect(() => r.setFontWeight('heavy')).toThrow('Invalid argument');
    expect(() => r.setHorizontalAlignment('middle')).toThrow('Invalid argument');
    expect(() => r.setBackground('not-a-color')).toThrow('Invalid argument');
    r.setNumberFormat('0.0%');
    r.setValue(0.256);
    expect(r.getDisplayValue()).toBe('25.6%');
  });

  test('checkboxes: FALSE on insert, reject other values', () => {
    const { sheet } = setup();
    const r = sheet.getRange('C2:C3');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    r.setValue('TRUE');
    expect(r.getValues()).toEqual([[true], [true]]);
    expect(() => sheet.getRange('C2').setValue('maybe')).toThrow('The data you entered in cell C2 violates the data validation rules set on this cell.');
    expect(sheet.getRange('C2').getValue()).toBe(true);
  });

  test('dropdown validation: allowed by default, rejected when allowInvalid is false', () => {
    const { local, sheet } = setup();
    const app = local.globals.SpreadsheetApp;
    const loose = app.newDataValidation().requireValueInList(['red', 'green']).build();
    sheet.getRange('C2').setDataValidation(loose);
    sheet.getRange('C2').setValue('blue');
    expect(sheet.getRange('C2').getValue()).toBe('blue');
    const strict = loose.copy().setAllowInvalid(false).build();
    sheet.getRange('C3').setDataValidation(strict);
    expect(() => sheet.getRange('C3').setValue('blue')).toThrow('violates the data validation rules');
    expect(sheet.getRange('C3').getDataValidation()?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(sheet.getRange('C3').getDataValidation()?.getCriteriaValues()).toEqual([['red', 'green'], true]);
    expect(() => sheet.getRange('C3').setDataValidation(app.newDataValidation().requireCheckbox() as never)).toThrow('build()');
  });
});

describe('Spreadsheet', () => {
  test('insertSheet: duplicate names throw (case-insensitively), new sheet is active', () => {
    const { local } = setup();
    const ss = local.spreadsheet;
    expect(() => ss.insertSheet('data')).toThrow('A sheet with the name "data" already exists. Please enter another name.');
    const s = ss.insertSheet('Summary', 0);
    expect(s.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Summary');
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Summary', 'Sheet1', 'Data']);
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  test('deleteSheet refuses the last sheet and drops its metadata', () => {
    const local = createLocalAppsScript();
    const ss = local.spreadsheet;
    const extra = ss.insertSheet('Extra');
    extra.addDeveloperMetadata('k', 'v');
    ss.deleteSheet(extra);
    expect(local.metadata()).toEqual([]);
    expect(() => extra.getName()).toThrow('deleted');
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow("You can't remove all the sheets");
  });

  test('toast, time zone, locale, active range', () => {
    const local = createLocalAppsScript({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
    local.addSheet('S', [['x']]);
    local.select('S', 'B2:C4');
    const ss = local.spreadsheet;
    ss.toast('Scored 3 rows', 'Scorecard');
    expect(local.toasts).toEqual([{ message: 'Scored 3 rows', title: 'Scorecard', timeoutSeconds: 5 }]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    expect(ss.getSpreadsheetLocale()).toBe('de_DE');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('B2:C4');
    expect(ss.getActiveSheet().getName()).toBe('S');
  });
});

describe('object identity', () => {
  test('each call returns a new Sheet / Spreadsheet object, as in Apps Script', () => {
    const local = createLocalAppsScript();
    const app = local.globals.SpreadsheetApp;
    local.addSheet('S', [['x']]);
    expect(app.getActive() === app.getActive()).toBe(false);
    const a = app.getActive().getSheetByName('S');
    const b = app.getActive().getSheetByName('S');
    expect(a === b).toBe(false);
    expect(a?.getSheetId()).toBe(b?.getSheetId());
  });
});
