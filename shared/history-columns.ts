/** The tab where every check-in and every day's scoring is kept (docs/scoring.md, check-ins and history). */
export const HISTORY_SHEET_NAME = 'Scorecard history';

/** The history tab's columns, exactly these twelve, in this order. */
export const HISTORY_COLUMNS = ['Date', 'Sheet', 'Key', 'Objective', 'Key result', 'Owner', 'Current', 'Score', 'Status', 'Confidence', 'Note', 'By'] as const;
