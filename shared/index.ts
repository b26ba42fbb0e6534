/**
 * The scoring engine's public API (docs/scoring.md, "Engine API"). Pure: plain data in, plain data out.
 * Every face of the product (Sheets add-on, sidebar, custom functions, Chrome popup) calls these.
 */
export type * from './types';
export { readSheet } from './read-sheet';
export { parseNumber } from './parse-number';
export { parseDate } from './parse-date';
export { parsePeriod } from './parse-period';
export { readPastedTable } from './read-pasted-table';
export { scoreKeyResultCells } from './score-key-result-cells';
export { scoreKpiCells, kpiStatus } from './score-kpi-cells';
export { keyResultStatus } from './key-result-status';
export { expectedScore } from './expected-score';
export { readSettings } from './read-settings';
export { settingsRows, SETTING_LABELS } from './settings-rows';
export { defaultSettings } from './default-settings';
export { SETTINGS_SHEET_NAME } from './settings-sheet-name';
export { countStatuses } from './count-statuses';
export { ownerMatches } from './owner-matches';
export { decimalSeparator } from './decimal-separator';
export { columnConcept } from './column-concept';
export { HISTORY_SHEET_NAME, HISTORY_COLUMNS } from './history-columns';
export { keyResultKey } from './key-result-key';
export { parseConfidence } from './parse-confidence';
export { readHistory } from './read-history';
export { historyRow } from './history-row';
export { checkInRow } from './check-in-row';
export { replaceScoringDay, type ScoringDayWrite } from './replace-scoring-day';
export { keyResultTrend, STALLED_DAYS, SINCE_DAYS, type KeyResultTrend, type TrendPoint } from './key-result-trend';
export { historyIndex, historySeriesKey } from './history-index';
export { objectiveBurnUp, type BurnUp } from './objective-burn-up';
export { lowConfidenceProblem, LOW_CONFIDENCE } from './low-confidence-problem';
export { signedChange } from './signed-change';
