/**
 * The add-on's entry: named exports only, each wired to a command. The build turns every export into a
 * top-level Apps Script function (menus, triggers, google.script.run and custom functions need those).
 * Loading this file makes no service call.
 */
import type { Cell, Settings } from '../shared/types';
import type { CellArg } from './commands/map-cells';
import type { DashboardData } from './commands/dashboard-data';
import type { SettingsForm } from './commands/settings-form';
import { getDashboard as readDashboard } from './commands/get-dashboard';
import { kpiStatusCells } from './commands/kpi-status-cells';
import { krScore } from './commands/kr-score';
import { krStatus } from './commands/kr-status';
import { krTrendCells } from './commands/kr-trend-cells';
import { parseNumberCells } from './commands/parse-number-cells';
import { rescoreOnEdit, type EditEvent } from './commands/rescore-on-edit';
import { scoreThisSheet as score } from './commands/score-this-sheet';
import { setUpSheet } from './commands/set-up-sheet';
import { saveSettingsForm, settingsForm } from './commands/settings-form';
import { addMenu } from './platform/add-menu';
import { selectRow } from './platform/select-row';
import { showSettingsDialog } from './platform/show-settings-dialog';
import { showSidebar } from './platform/show-sidebar';
import { showToast } from './platform/show-toast';
import { saveUserIdentity } from './platform/user-identity';
import type { CleanUpResult } from './commands/clean-up-pasted-cells';
import type { ImportOptions, ImportRequest, ImportResult } from './commands/import-request';
import { cleanUpPastedCells as cleanUpSelection } from './commands/clean-up-pasted-cells';
import { importKpiExport as importExport } from './commands/import-kpi-export';
import { importOptions } from './commands/import-options';
import { kpiActual } from './commands/kpi-actual';
import { showImportDialog as openImportDialog } from './platform/show-import-dialog';

/**
 * Adds the Extensions > Scorecard menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e;
  addMenu();
}

/**
 * Adds the menu right after the add-on is installed.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Simple trigger: editing an input cell of a scored sheet re-scores that objective's rows.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e?: EditEvent): void {
  try {
    rescoreOnEdit(e);
  } catch (error) {
    console.error(error);
  }
}

/** Menu: Score this sheet — writes Score, Status and Expected by today into the add-on's own columns. */
export function scoreThisSheet(): void {
  try {
    score();
  } catch (error) {
    showToast(null, `Scoring stopped: ${error instanceof Error ? error.message : String(error)}`, 10);
    throw error;
  }
}

/** Menu: Dashboard — opens the sidebar. */
export function showDashboard(): void {
  showSidebar();
}

/** Menu: Set up OKR sheet — a new tab with headers, dropdowns, checkboxes and three example rows. */
export function setUpOkrSheet(): void {
  setUpSheet('okr');
}

/** Menu: Set up KPI sheet — a new tab with headers, dropdowns and three example KPIs. */
export function setUpKpiSheet(): void {
  setUpSheet('kpi');
}

/** Menu: Settings… — opens the settings dialog. */
export function showSettings(): void {
  showSettingsDialog();
}

/**
 * Sidebar: the active sheet's objectives, key results, KPIs and problems.
 * @return {DashboardData} the dashboard's data
 */
export function getDashboard(): DashboardData {
  return readDashboard();
}

/**
 * Sidebar: scores the active sheet, then returns the dashboard's data.
 * @return {DashboardData} the dashboard's data after scoring
 */
export function scoreFromSidebar(): DashboardData {
  score();
  return readDashboard();
}

/**
 * Sidebar: saves the person's name or email for "my KRs" (their user properties).
 * @param {string} identity a name or an email
 * @return {string} what was saved
 */
export function saveMyIdentity(identity: string): string {
  saveUserIdentity(String(identity ?? ''));
  return String(identity ?? '').trim();
}

/**
 * Sidebar: selects a row (problem and KR links).
 * @param {string} sheetName the tab
 * @param {number} row the 1-based row
 * @return {boolean} whether the row was found
 */
export function goToRow(sheetName: string, row: number): boolean {
  return selectRow(sheetName, row);
}

/**
 * Settings dialog: the current settings from the `Scorecard settings` tab.
 * @return {SettingsForm} settings and their problems
 */
export function getSettings(): SettingsForm {
  return settingsForm();
}

/**
 * Settings dialog: checks and saves settings into the `Scorecard settings` tab.
 * @param {Settings} settings the edited settings
 * @return {SettingsForm} what was saved, or the problems found
 */
export function saveSettings(settings: Partial<Settings>): SettingsForm {
  return saveSettingsForm(settings ?? {});
}

/**
 * Scores a key result (0 to 1) from its start, target and current values, like Score this sheet does.
 * Works on single cells or on whole columns (one row out per row in).
 *
 * @param {number|string|Array<Array<number|string>>} start The start (baseline) value, e.g. 65%, or a column of them.
 * @param {number|string|Array<Array<number|string>>} target The target: a number, 75%, a range like 70-80%, +10%, done or a date.
 * @param {number|string|boolean|Array<Array<number|string|boolean>>} current The current value, a percentage complete, done, or a checkbox.
 * @param {string|Array<Array<string>>} [kind] Optional kind: increase, decrease, threshold, milestone or baseline (inferred when blank).
 * @return {number|string|Array<Array<number|string>>} The score from 0 to 1 (blank when there is no data), or what is wrong with the row.
 * @customfunction
 */
export function KR_SCORE(start: CellArg, target: CellArg, current: CellArg, kind?: CellArg): Cell | Cell[][] {
  return krScore(start, target, current, kind);
}

/**
 * A key result's scores by day (oldest first) from the Scorecard history tab, as one row: use it in
 * =SPARKLINE(KR_TREND(A2, 'Scorecard history'!A:L)). A column of keys gives one row per key.
 *
 * @param {string|Array<Array<string>>} key_or_title The KR's Scorecard id, its title, or "objective / key result"; or a column of them.
 * @param {Array<Array<string|number>>} history_range The history tab's columns A:L (Date … By), e.g. 'Scorecard history'!A:L.
 * @return {number|string|Array<Array<number|string>>} The scores, oldest first (blank when the KR has no history).
 * @customfunction
 */
export function KR_TREND(key_or_title: CellArg, history_range: CellArg): Cell | Cell[][] {
  return krTrendCells(key_or_title, history_range);
}

/**
 * The status (green, amber, red or grey) of a key result score at a point of its period.
 * Works on single cells or on whole columns (one row out per row in).
 *
 * @param {number|Array<Array<number>>} score The score from 0 to 1, or a column of scores.
 * @param {string|Array<Array<string>>} [commitment] Optional: committed or aspirational (default aspirational).
 * @param {number|Array<Array<number>>} [elapsed] Optional: the fraction of the period gone, 0 to 1 (default 1, the end).
 * @return {string|Array<Array<string>>} green, amber, red or grey.
 * @customfunction
 */
export function KR_STATUS(score: CellArg, commitment?: CellArg, elapsed?: CellArg): Cell | Cell[][] {
  return krStatus(score, commitment, elapsed);
}

/**
 * The status (green, amber, red or grey) of a KPI from its actual and target.
 * Works on single cells or on whole columns (one row out per row in).
 *
 * @param {number|string|Array<Array<number|string>>} actual The actual value, or a column of them.
 * @param {number|string|Array<Array<number|string>>} target The target: a number, <= 2%, >= 80% or a range like 70-80%.
 * @param {string|Array<Array<string>>} [direction] Optional: higher, lower or range (default from the target, else higher).
 * @param {number|string|Array<Array<number|string>>} [tolerance] Optional amber band, e.g. 10% (default 10%).
 * @return {string|Array<Array<string>>} green, amber, red or grey, or what is wrong with the row.
 * @customfunction
 */
export function KPI_STATUS(actual: CellArg, target: CellArg, direction?: CellArg, tolerance?: CellArg): Cell | Cell[][] {
  return kpiStatusCells(actual, target, direction, tolerance);
}

/**
 * Reads a number written as text: $1,234.50, 1.234,50 €, (1,234.50), 12.5%, 1.2k, 45 days.
 * Works on single cells or on whole columns (one row out per row in).
 *
 * @param {string|number|Array<Array<string|number>>} text The text, or a column of texts.
 * @param {string} [locale] Optional locale such as en-US or de-DE (decides the decimal separator).
 * @return {number|string|Array<Array<number|string>>} The number (percentages as fractions), or blank when it is not one.
 * @customfunction
 */
export function PARSE_NUMBER(text: CellArg, locale?: CellArg): Cell | Cell[][] {
  return parseNumberCells(text, locale);
}

// --- Finance KPI import ---
/** Menu: Import KPI export… — opens the import dialog (paste text or choose a CSV/TSV file). */
export function showImportDialog(): void {
  openImportDialog();
}

/**
 * Import dialog: the locale numbers are read with, and the KPI tabs a period column can be added to.
 * @return {ImportOptions} locale, KPI tabs and a free name for a new tab
 */
export function getImportOptions(): ImportOptions {
  return importOptions();
}

/**
 * Import dialog: imports the pasted text into a new tab, or as a new period column of a KPI tab.
 * @param {ImportRequest} request the text and where it goes
 * @return {ImportResult} what was written, and the names that matched no KPI
 */
export function importKpiExport(request: ImportRequest): ImportResult {
  return importExport(request);
}

/**
 * Menu: Clean up pasted cells — text numbers in the selected range become real numbers, after a confirmation.
 * @return {CleanUpResult} how many cells changed
 */
export function cleanUpPastedCells(): CleanUpResult {
  return cleanUpSelection();
}

/**
 * The latest actual of a KPI, found by name (not case-sensitive) on the spreadsheet's KPI tabs.
 * Use it to link a key result's current value to a KPI. Sheets recalculates a custom function only
 * when its arguments change: pass the KPI tab's cells as the second argument to follow new actuals.
 *
 * @param {string|Array<Array<string>>} name The KPI's name, e.g. "Monthly revenue", or a column of names.
 * @param {Array<Array<number|string>>} [watch] Optional: the KPI tab's cells, e.g. KPIs!A:Z, so the value follows their changes.
 * @return {number|string|Array<Array<number|string>>} The KPI's latest actual (blank when it has none yet).
 * @customfunction
 */
export function KPI_ACTUAL(name: CellArg, watch?: CellArg): Cell | Cell[][] {
  void watch;
  return kpiActual(name);
}
