import { SETTINGS_SHEET_NAME } from '../shared/settings-sheet-name';
import { HISTORY_SHEET_NAME } from '../shared/history-columns';

/**
 * The tab to read when a sheet is added: the one the link points at (its gid), else the first tab
 * that is not the settings or history tab.
 *
 * @example
 * pickTab([{ title: 'Scorecard settings', sheetId: 0 }, { title: 'Q3', sheetId: 7 }], null) // { title: 'Q3', sheetId: 7 }
 */
export function pickTab<T extends { title: string; sheetId: number }>(tabs: readonly T[], gid: number | null): T | null {
  return tabs.find((t) => gid !== null && t.sheetId === gid) ?? tabs.find((t) => t.title !== SETTINGS_SHEET_NAME && t.title !== HISTORY_SHEET_NAME) ?? tabs[0] ?? null;
}
