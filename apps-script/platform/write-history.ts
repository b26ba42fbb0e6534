import type { Cell } from '../../shared/types';
import { asText } from '../../shared/as-text';
import type { ScoringDayWrite } from '../../shared/replace-scoring-day';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import type { Snapshot } from './read-snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes a scoring's rows into the `Scorecard history` tab: one setValues from the first row that
 * changes (usually just today's rows at the end), one row insert (room for them), and one clearContent
 * when the tab got shorter. A new
 * tab gets a frozen header row and a yyyy-mm-dd Date column. Values only, never formulas: text is
 * written as text (asText), so a KR title such as `=1+1` or `+10%` is never read as a formula. The scored sheet stays active.
 */
export function writeHistory(snapshot: Snapshot, write: ScoringDayWrite): void {
  if (!write.rows.length && !write.clear) return;
  let sheet: Sheet | null = snapshot.historySheet ?? null;
  if (!sheet) {
    sheet = snapshot.spreadsheet.insertSheet(HISTORY_SHEET_NAME);
    sheet.setFrozenRows(1);
    sheet.getRange('A:A').setNumberFormat('yyyy-mm-dd');
    snapshot.sheet.activate();
  }
  const width = write.rows[0]?.length ?? 12;
  // The tab grows with the days: room for the rows is made with one insert on every scoring (at least one
  // row, so that the calls are the same whether or not the tab was full; blank rows at its end fill up first).
  const maxRows = sheet.getMaxRows();
  const needed = write.start + write.rows.length;
  sheet.insertRowsAfter(maxRows, Math.max(1, needed - maxRows));
  if (write.rows.length) sheet.getRange(write.start + 1, 1, write.rows.length, width).setValues(write.rows.map((row) => row.map((cell, column) => keepText(cell, column))));
  if (write.clear) sheet.getRange(write.start + write.rows.length + 1, 1, write.clear, width).clearContent();
}

/** Text stays text (asText); only a `yyyy-mm-dd` Date cell is left for Sheets to read as a date. */
function keepText(cell: Cell, column: number): Cell {
  return column === 0 && typeof cell === 'string' && ISO_DAY.test(cell) ? cell : asText(cell);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
