import type { Cell } from '../../shared/types';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { OUTPUT_METADATA_KEY, outputRole, type OutputRole } from '../names/output-role';
import { SUMMARY_SHEET_NAME } from '../names/summary-sheet-name';
import { attempt } from './attempt';
import { localeTag } from './locale-tag';
import { spreadsheetToday } from './spreadsheet-today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows of a tab made with insertSheet. */
const NEW_SHEET_ROWS = 1000;

/** An output column found by its developer metadata; `range` is the whole column. */
export interface FoundOutput {
  role: OutputRole;
  column: number;
  range: Range;
}

/** Everything Score this sheet reads, read once before anything is computed or written. */
export interface Snapshot {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  sheetName: string;
  /** The sheet's cells from one getDataRange().getValues(). */
  values: Cell[][];
  /** The same cells as the sheet shows them (getDisplayValues), when asked for: values are shown as written. */
  displayValues?: Cell[][];
  settingsValues: Cell[][] | null;
  /** The summary tab's cells (when asked for), or null when there is no such tab. */
  summaryValues: Cell[][] | null;
  summarySheet: Sheet | null;
  /** The summary tab's number of rows (1000 for a tab still to be made). */
  summaryMaxRows: number;
  outputs: FoundOutput[];
  /** Today in the spreadsheet's time zone, ISO. */
  today: string;
  locale: string | null;
  /** The spreadsheet's time zone (IANA). */
  timeZone: string;
  /** The `Scorecard history` tab and its cells (when asked for); both null when there is no such tab. */
  historySheet?: Sheet | null;
  historyValues?: Cell[][] | null;
}

export interface ReadSnapshotOptions {
  /** The sheet to read (default: the active one). */
  sheet?: Sheet;
  spreadsheet?: Spreadsheet;
  /** Also read the `Scorecard summary` tab. */
  summary?: boolean;
  /** Also read how the cells are shown (one getDisplayValues), for the dashboard and the summary tab. */
  display?: boolean;
  /** The sheet's output columns when already found (saves a metadata search). */
  outputs?: FoundOutput[];
  /** Also read the `Scorecard history` tab (one getValues, whatever its length). */
  history?: boolean;
}

/**
 * Reads a sheet for scoring with a fixed number of service calls whatever its size: one
 * getDataRange().getValues() for the cells, one for the settings tab, one metadata search for the
 * output columns, the time zone and the locale.
 */
export function readSnapshot(options: ReadSnapshotOptions = {}): Snapshot {
  const spreadsheet = options.spreadsheet ?? options.sheet?.getParent() ?? SpreadsheetApp.getActiveSpreadsheet();
  const sheet = options.sheet ?? spreadsheet.getActiveSheet();
  const sheetName = sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  const displayValues = options.display ? (range.getDisplayValues() as Cell[][]) : undefined;

  const settingsSheet = sheetName === SETTINGS_SHEET_NAME ? sheet : spreadsheet.getSheetByName(SETTINGS_SHEET_NAME);
  const settingsValues = settingsSheet ? (settingsSheet === sheet ? values : (settingsSheet.getDataRange().getValues() as Cell[][])) : null;

  let summarySheet: Sheet | null = null;
  let summaryValues: Cell[][] | null = null;
  let summaryMaxRows = NEW_SHEET_ROWS;
  if (options.summary) {
    summarySheet = spreadsheet.getSheetByName(SUMMARY_SHEET_NAME);
    if (summarySheet) {
      summaryValues = summarySheet.getDataRange().getValues() as Cell[][];
      summaryMaxRows = summarySheet.getMaxRows();
    }
  }

  let historySheet: Sheet | null = null;
  let historyValues: Cell[][] | null = null;
  if (options.history) {
    historySheet = spreadsheet.getSheetByName(HISTORY_SHEET_NAME);
    if (historySheet) historyValues = historySheet.getDataRange().getValues() as Cell[][];
  }

  const outputs = options.outputs ?? findOutputs(sheet);
  const { today, timeZone } = spreadsheetToday(spreadsheet);
  const locale = localeTag(attempt(() => spreadsheet.getSpreadsheetLocale(), ''));
  return { spreadsheet, sheet, sheetName, values, ...(displayValues ? { displayValues } : {}), settingsValues, summaryValues, summarySheet, summaryMaxRows, outputs, today, locale, timeZone, ...(options.history ? { historySheet, historyValues } : {}) };
}

/** The sheet's output columns, from their developer metadata (one search, whatever the sheet's size). */
export function findOutputs(sheet: Sheet): FoundOutput[] {
  const found: FoundOutput[] = [];
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(OUTPUT_METADATA_KEY).find()) {
    if (metadata.getKey() !== OUTPUT_METADATA_KEY) continue;
    const role = outputRole(metadata.getValue());
    const range = metadata.getLocation().getColumn();
    if (!role || !range) continue;
    found.push({ role, column: range.getColumn(), range });
  }
  return found.sort((a, b) => a.column - b.column);
}
