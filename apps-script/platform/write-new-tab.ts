import type { Cell } from '../../shared/types';

/**
 * Adds a tab named `name` (or `name 2`, `name 3`… when taken) holding `grid` — one setValues — with
 * `formats` set in one setNumberFormats, a bold frozen header row, and makes it active. Rows and
 * columns are added first when the grid is larger than a new tab. Returns the tab's name.
 */
export function writeNewTab(name: string, grid: Cell[][], formats: string[][]): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const base = name.trim().slice(0, 90) || 'KPI import';
  let free = base;
  for (let n = 2; spreadsheet.getSheetByName(free); n++) free = `${base} ${n}`;
  const sheet = spreadsheet.insertSheet(free);
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (rows > 0 && columns > 0) {
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    const range = sheet.getRange(1, 1, rows, columns);
    range.setValues(grid);
    range.setNumberFormats(formats);
    sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  sheet.activate();
  return free;
}
