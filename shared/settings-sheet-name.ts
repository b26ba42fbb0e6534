/** The tab that holds a team's settings (docs/scoring.md, "Settings"); the add-on and the popup both read it. */
export const SETTINGS_SHEET_NAME = 'Scorecard settings';
