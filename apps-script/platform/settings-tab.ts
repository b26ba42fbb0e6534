import type { Cell } from '../../shared/types';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { asText } from '../../shared/as-text';

/** The `Scorecard settings` tab's cells, or null when the spreadsheet has no such tab. */
export function settingsTab(): Cell[][] | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS_SHEET_NAME);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : null;
}

/**
 * Writes the `Scorecard settings` tab (creating it when missing): the given rows in one setValues (text kept as text),
 * older rows below them cleared, thresholds and tolerance shown as percentages.
 * `keepIfPresent` leaves an existing tab alone (set-up commands).
 */
export function writeSettingsTab(rows: Cell[][], keepIfPresent = false): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let sheet = spreadsheet.getSheetByName(SETTINGS_SHEET_NAME);
  if (sheet && keepIfPresent) return;
  const active = spreadsheet.getActiveSheet();
  if (!sheet) {
    sheet = spreadsheet.insertSheet(SETTINGS_SHEET_NAME);
    sheet.setFrozenRows(1);
    sheet.getRange('B2:B6').setNumberFormat('0%');
    sheet.getRange('A1:B1').setFontWeight('bold');
    active.activate();
  } else {
    sheet.clearContents();
  }
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, i) => asText(r[i] ?? '')));
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
}
