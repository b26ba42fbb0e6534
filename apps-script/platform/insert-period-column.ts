import type { Cell } from '../../shared/types';

/**
 * Inserts one column right after `afterColumn` (1-based) of `sheet` and fills it from `fromRow` down
 * with `grid` (one cell per row) — one setValues — and `formats` in one setNumberFormats.
 */
export function insertPeriodColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, afterColumn: number, fromRow: number, grid: Cell[][], formats: string[][]): void {
  sheet.insertColumnsAfter(afterColumn, 1);
  const range = sheet.getRange(fromRow, afterColumn + 1, grid.length, 1);
  range.setValues(grid);
  range.setNumberFormats(formats);
}
