/** The name of the tab that lists every scored sheet's objectives and KPIs (written by commands, found by platform). */
export const SUMMARY_SHEET_NAME = 'Scorecard summary';

/** The summary tab's header row (`Actual` and `Target`: a KPI's, as the sheet shows them; added last so older tabs keep their columns). */
export const SUMMARY_HEADER: readonly string[] = ['Sheet', 'Type', 'Name', 'Owner', 'Score', 'Status', 'Green', 'Amber', 'Red', 'Grey', 'Row', 'As of', 'Actual', 'Target'];

/** 0-based index of the Status column in the summary (coloured like the sheet's). */
export const SUMMARY_STATUS_COLUMN = SUMMARY_HEADER.indexOf('Status');
