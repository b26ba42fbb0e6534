/** The tab that holds a team's settings (SPEC section 9); the add-on and the popup both read it. */
export const SETTINGS_SHEET_NAME = 'Scorecard settings';
