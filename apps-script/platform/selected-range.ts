import type { Cell } from '../../shared/types';
import { localeTag } from './locale-tag';

/** The active range as read for Clean up pasted cells, and a way to write it back. */
export interface SelectedRange {
  sheetName: string;
  /** A1 notation of the selection, e.g. `B2:D9`. */
  a1: string;
  row: number;
  column: number;
  values: Cell[][];
  /** Formulas ('' for plain cells), same shape. */
  formulas: string[][];
  /** Number formats, same shape (`@` is plain text). */
  numberFormats: string[][];
  locale: string | null;
  /** Writes `grid` over the selection's cells starting at its 0-based (`rowOffset`, `columnOffset`): one setValues. */
  write(rowOffset: number, columnOffset: number, grid: Cell[][]): void;
}

/** The active range (null when nothing is selected): its values, formulas and number formats, three reads. */
export function selectedRange(): SelectedRange | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const range = spreadsheet.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const numberFormats = range.getNumberFormats();
  return {
    sheetName: sheet.getName(),
    a1: range.getA1Notation(),
    row: range.getRow(),
    column: range.getColumn(),
    values,
    formulas,
    numberFormats,
    locale: localeTag(spreadsheet.getSpreadsheetLocale()),
    write(rowOffset, columnOffset, grid) {
      const width = grid[0]?.length ?? 0;
      if (!grid.length || !width) return;
      sheet.getRange(range.getRow() + rowOffset, range.getColumn() + columnOffset, grid.length, width).setValues(grid);
    },
  };
}
