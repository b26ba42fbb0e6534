import { readSnapshot, type Snapshot } from './read-snapshot';

/** The tab named `name` read for scoring (readSnapshot: one getValues, settings, output columns), or null when there is none. */
export function kpiTabSnapshot(name: string): Snapshot | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? readSnapshot({ spreadsheet, sheet }) : null;
}
