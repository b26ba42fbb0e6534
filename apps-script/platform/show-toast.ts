import { attempt } from './attempt';

/** Shows a toast in the bottom right corner of the spreadsheet (title "Scorecard"); a toast that fails is skipped. */
export function showToast(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null, message: string, seconds = 6): void {
  attempt(() => (spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()).toast(message, 'Scorecard', seconds), undefined);
}
