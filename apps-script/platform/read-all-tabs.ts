import type { Cell } from '../../shared/types';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { SUMMARY_SHEET_NAME } from '../names/summary-sheet-name';
import { localeTag } from './locale-tag';
import { spreadsheetToday } from './spreadsheet-today';

/** One tab's name and cells. */
export interface TabValues {
  name: string;
  values: Cell[][];
}

/** Every tab of the active spreadsheet (but the settings, summary and history tabs), read only. */
export interface AllTabs {
  tabs: TabValues[];
  settingsValues: Cell[][] | null;
  /** The spreadsheet's locale as a BCP 47 tag (`en-US`), or null. */
  locale: string | null;
  /** Today in the spreadsheet's time zone, ISO. */
  today: string;
  /** The spreadsheet's time zone (IANA). */
  timeZone: string;
}

/**
 * Reads every tab's cells (one getDataRange().getValues() per tab) plus the settings tab, the locale
 * and today's date. Read-only service calls only, so custom functions (KPI_ACTUAL) may use it too.
 * `skip` names tabs not to read (Score this sheet has read the sheet it scores and the settings tab
 * already; a skipped settings tab gives `settingsValues` null).
 */
export function readAllTabs(options: { skip?: readonly string[] } = {}): AllTabs {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const tabs: TabValues[] = [];
  let settingsValues: Cell[][] | null = null;
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (name === SUMMARY_SHEET_NAME || name === HISTORY_SHEET_NAME || options.skip?.includes(name)) continue;
    const values = sheet.getDataRange().getValues() as Cell[][];
    if (name === SETTINGS_SHEET_NAME) settingsValues = values;
    else tabs.push({ name, values });
  }
  const { today, timeZone } = spreadsheetToday(spreadsheet);
  return { tabs, settingsValues, locale: localeTag(spreadsheet.getSpreadsheetLocale()), today, timeZone };
}
