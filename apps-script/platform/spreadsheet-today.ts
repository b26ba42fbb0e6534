/** Today's date (ISO) in the active spreadsheet's time zone. */
export function spreadsheetToday(): string {
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || 'Etc/UTC';
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
