import { columnLetter } from './a1-notation';
import { displayValue } from './display-value';
import { evaluateConditionalFormats } from './evaluate-conditional-formats';
import type { StoredValue } from './parse-typed-input';
import type { SheetModel } from './sheet-model';
import type { SpreadsheetModel } from './spreadsheet-model';

/** One cell as a person sees it: text plus the effective look (conditional formats applied). */
export interface ViewCell {
  /** What the cell shows (getDisplayValues). */
  text: string;
  value: StoredValue;
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center' | 'right';
  /** true/false for a checkbox cell, else null. */
  checkbox: boolean | null;
  /** Dropdown choices for a list-validated cell, else null. */
  dropdown: string[] | null;
  note: string;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  columns: { letter: string; width: number; hidden: boolean }[];
  rows: ViewCell[][];
}

/**
 * What the sheet looks like (for the local preview): the used area, at least
 * `minRows` x `minColumns`, each cell with its text and effective colours.
 */
export function sheetView(model: SpreadsheetModel, sheet: SheetModel, minRows = 0, minColumns = 0): SheetView {
  const nr = Math.min(sheet.maxRows, Math.max(minRows, sheet.lastRow()));
  const nc = Math.min(sheet.maxColumns, Math.max(minColumns, sheet.lastColumn()));
  const looks = evaluateConditionalFormats(model, sheet, nr, nc);
  const rows: ViewCell[][] = [];
  for (let r = 1; r <= nr; r++) {
    const row: ViewCell[] = [];
    for (let c = 1; c <= nc; c++) {
      const cell = sheet.cell(r, c);
      const value = model.computedValue(sheet, r, c);
      const look = looks[r - 1]?.[c - 1];
      const validation = cell?.validation ?? null;
      const checkbox = validation?.criteria === 'CHECKBOX' ? value === true || (validation.values.length > 0 && value === validation.values[0]) : null;
      const natural = typeof value === 'number' || value instanceof Date ? 'right' : typeof value === 'boolean' ? 'center' : 'left';
      const h = cell?.horizontalAlignment;
      row.push({
        text: checkbox !== null ? '' : displayValue(value, cell?.numberFormat ?? null, model.env.timeZone, model.env.locale),
        value,
        formula: cell?.formula ?? null,
        background: look?.background ?? cell?.background ?? null,
        fontColor: look?.fontColor ?? cell?.fontColor ?? null,
        bold: look?.bold ?? cell?.fontWeight === 'bold',
        italic: look?.italic ?? cell?.fontStyle === 'italic',
        align: h === 'left' || h === 'center' || h === 'right' ? h : natural,
        checkbox,
        dropdown: validation?.criteria === 'VALUE_IN_LIST' ? [...((validation.values[0] as string[]) ?? [])] : null,
        note: cell?.note ?? '',
      });
    }
    rows.push(row);
  }
  const columns = Array.from({ length: nc }, (_, i) => ({ letter: columnLetter(i + 1), width: sheet.columnWidths[i] ?? 100, hidden: sheet.hiddenColumns[i] === true }));
  return { name: sheet.name, frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns, columns, rows };
}
