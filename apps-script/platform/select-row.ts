/**
 * Moves the selection to a row of a sheet (the sidebar's row links). Returns false when the sheet is
 * gone or the row is outside it.
 */
export function selectRow(sheetName: string, row: number): boolean {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  const r = Math.floor(Number(row));
  if (!sheet || !Number.isFinite(r) || r < 1) return false;
  sheet.activate();
  sheet.getRange(`${r}:${r}`).activate();
  return true;
}
