import type { SheetTemplate } from '../plans/sheet-template';

/**
 * Adds a new tab from a template (a free name: `OKRs`, `OKRs 2`…): headers and example rows in one
 * setValues, bold frozen header row, number formats, dropdowns and checkboxes; the new tab is active.
 * Returns the tab's name.
 */
export function createTemplateSheet(template: SheetTemplate): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let name = template.name;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${template.name} ${n}`;
  const sheet = spreadsheet.insertSheet(name);
  const width = Math.max(...template.rows.map((r) => r.length));
  const grid = template.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  for (const { range, format } of template.formats) sheet.getRange(range).setNumberFormat(format);
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const v of template.validations) {
    const builder = SpreadsheetApp.newDataValidation();
    const rule = v.type === 'checkbox'
      ? builder.requireCheckbox().build()
      : builder.requireValueInList(v.values ?? [], true).setAllowInvalid(true).build();
    sheet.getRange(v.range).setDataValidation(rule);
  }
  sheet.autoResizeColumns(1, width);
  sheet.activate();
  return name;
}
