import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { SUMMARY_SHEET_NAME } from '../names/summary-sheet-name';

const ADD_ON_TABS: ReadonlySet<string> = new Set([SUMMARY_SHEET_NAME, SETTINGS_SHEET_NAME, HISTORY_SHEET_NAME]);

/**
 * What Score this sheet and the Dashboard say on a tab the add-on writes itself (`Scorecard summary`,
 * `Scorecard settings`, `Scorecard history`), which is never scored; null on any other tab.
 *
 * @example
 * addOnTabMessage('Scorecard summary') // '"Scorecard summary" belongs to the add-on — open an OKR or KPI sheet, then Score this sheet.'
 * addOnTabMessage('Q3 OKRs') // null
 */
export function addOnTabMessage(sheetName: string): string | null {
  return ADD_ON_TABS.has(sheetName) ? `"${sheetName}" belongs to the add-on — open an OKR or KPI sheet, then Score this sheet.` : null;
}
