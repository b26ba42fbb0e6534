import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';

function setup() {
  const local = createLocalAppsScript();
  const sheet = local.addSheet('OKRs', [['Objective', 'KR', 'Start', 'Target', 'Current', 'Score']]);
  return { local, sheet, app: local.globals.SpreadsheetApp };
}

describe('developer metadata', () => {
  test('column metadata moves with its column when columns are inserted or deleted before it', () => {
    const { local, sheet, app } = setup();
    sheet.getRange('F:F').addDeveloperMetadata('scorecard', 'score');
    sheet.insertColumnBefore(1);
    sheet.insertColumnsAfter(2, 2);
    const [m] = local.spreadsheet.createDeveloperMetadataFinder().withKey('scorecard').find();
    expect(m?.getValue()).toBe('score');
    expect(m?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(m?.getLocation().getColumn()?.getColumn()).toBe(9);
    expect(m?.getLocation().getColumn()?.getA1Notation()).toBe('I:I');
    sheet.deleteColumns(1, 3);
    expect(m?.getLocation().getColumn()?.getColumn()).toBe(6);
    sheet.insertColumnAfter(6);
    expect(m?.getLocation().getColumn()?.getColumn()).toBe(6);
  });

  test('metadata is deleted with its column', () => {
    const { local, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('col');
    sheet.deleteColumn(3);
    expect(local.metadata()).toEqual([]);
    expect(local.spreadsheet.createDeveloperMetadataFinder().withKey('col').find()).toEqual([]);
  });

  test('row metadata moves with inserted rows', () => {
    const { local, sheet } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('row', 'x');
    sheet.insertRowsAfter(1, 3);
    expect(local.metadata()[0]?.location).toMatchObject({ type: 'ROW', start: 8, end: 8, sheet: 'OKRs' });
  });

  test('arbitrary ranges are refused, whole columns accepted in either notation', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('F2:F10').addDeveloperMetadata('k')).toThrow('Adding developer metadata to arbitrary ranges is not currently supported');
    sheet.getRange(1, 6, sheet.getMaxRows(), 1).addDeveloperMetadata('k2');
    expect(sheet.getRange('F:F').getDeveloperMetadata().map((m) => m.getKey())).toEqual(['k2']);
  });

  test('levels: spreadsheet, sheet and range getters return only their own level', () => {
    const { local, sheet } = setup();
    local.spreadsheet.addDeveloperMetadata('book', 'b');
    sheet.addDeveloperMetadata('tab', 'okr');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'kr');
    expect(local.spreadsheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['book']);
    expect(local.spreadsheet.getDeveloperMetadata()[0]?.getLocation().getSpreadsheet()?.getName()).toBe('Local spreadsheet');
    expect(sheet.getDeveloperMetadata()[0]?.getLocation().getSheet()?.getName()).toBe('OKRs');
    expect(sheet.getDeveloperMetadata()[0]?.getLocation().getColumn()).toBeNull();
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['tab']);
    expect(sheet.getRange('B:B').getDeveloperMetadata().map((m) => m.getKey())).toEqual(['column']);
    expect(sheet.createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['tab', 'column']);
    expect(local.spreadsheet.createDeveloperMetadataFinder().find()).toHaveLength(3);
    expect(sheet.getRange('A:C').createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['column']);
    expect(sheet.getRange('B2').createDeveloperMetadataFinder().onIntersectingLocations().find().map((m) => m.getKey())).toEqual(['column']);
  });

  test('setValue, remove, visibility and limits', () => {
    const { local, sheet, app } = setup();
    sheet.addDeveloperMetadata('v', 'one', app.DeveloperMetadataVisibility.PROJECT);
    const [m] = sheet.getDeveloperMetadata();
    expect(m?.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    m?.setValue('two');
    expect(local.metadata()[0]?.value).toBe('two');
    m?.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(() => sheet.addDeveloperMetadata('big', 'x'.repeat(30001))).toThrow('storage limit');
    expect(() => sheet.addDeveloperMetadata('')).toThrow('Invalid argument');
    expect(() => sheet.addDeveloperMetadata('k', 'v', 'DOCUMENT' as never)).toThrow('Invalid argument: visibility');
  });
});
