/** Today's date (ISO) in a spreadsheet's time zone (default the active one), with that zone. */
export function spreadsheetToday(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): { today: string; timeZone: string } {
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'Etc/UTC';
  return { today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'), timeZone };
}
