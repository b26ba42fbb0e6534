import { fail } from './local-env';
import type { LocalRange } from './local-range';
import { SheetBase } from './sheet-base';

export function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Sheet structure: inserting/deleting rows and columns, appendRow, clearing, frozen rows, widths, hiding. */
export class SheetStructure extends SheetBase {
  // ---- structure ----

  /** `inheritFrom`: the column whose formats the new ones take (the one before for *After, after for *Before). */
  protected insertCols(method: string, at: number, count: number, inheritFrom: number | null): this {
    const sheet = this.write(method);
    if (!isInt(at) || !isInt(count) || count < 1) throw fail(this.env, `Invalid argument: ${method}`);
    if (at < 1 || at > sheet.maxColumns + 1) throw fail(this.env, 'Those columns are out of bounds.');
    if (sheet.maxColumns + count > 18278) throw fail(this.env, 'This action would increase the number of columns in the sheet above the limit of 18278.');
    this.book.__checkCells(sheet.maxRows * count);
    sheet.insertColumns(at, count, inheritFrom);
    this.book.__model.afterStructuralChange(sheet, 'column', at, count);
    return this;
  }

  protected insertRowsAt(method: string, at: number, count: number, inheritFrom: number | null): this {
    const sheet = this.write(method);
    if (!isInt(at) || !isInt(count) || count < 1) throw fail(this.env, `Invalid argument: ${method}`);
    if (at < 1 || at > sheet.maxRows + 1) throw fail(this.env, 'Those rows are out of bounds.');
    this.book.__checkCells(sheet.maxColumns * count);
    sheet.insertRows(at, count, inheritFrom);
    this.book.__model.afterStructuralChange(sheet, 'row', at, count);
    return this;
  }

  /** insert*After / insert*Before take an existing column/row position. */
  protected position(kind: 'row' | 'column', at: number): void {
    const sheet = this.alive();
    const max = kind === 'row' ? sheet.maxRows : sheet.maxColumns;
    if (!isInt(at) || at < 1 || at > max) throw fail(this.env, `Those ${kind}s are out of bounds.`);
  }

  insertColumnAfter(afterPosition: number): this {
    this.log('insertColumnAfter', [afterPosition]);
    this.position('column', afterPosition);
    return this.insertCols('insertColumnAfter', afterPosition + 1, 1, afterPosition);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.log('insertColumnsAfter', [afterPosition, howMany]);
    this.position('column', afterPosition);
    return this.insertCols('insertColumnsAfter', afterPosition + 1, howMany, afterPosition);
  }

  insertColumnBefore(beforePosition: number): this {
    this.log('insertColumnBefore', [beforePosition]);
    this.position('column', beforePosition);
    return this.insertCols('insertColumnBefore', beforePosition, 1, beforePosition);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.log('insertColumnsBefore', [beforePosition, howMany]);
    this.position('column', beforePosition);
    return this.insertCols('insertColumnsBefore', beforePosition, howMany, beforePosition);
  }

  insertColumns(columnIndex: number, numColumns?: number): void {
    this.log('insertColumns', [columnIndex, numColumns]);
    this.insertCols('insertColumns', columnIndex, numColumns ?? 1, null);
  }

  insertRowAfter(afterPosition: number): this {
    this.log('insertRowAfter', [afterPosition]);
    this.position('row', afterPosition);
    return this.insertRowsAt('insertRowAfter', afterPosition + 1, 1, afterPosition);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.log('insertRowsAfter', [afterPosition, howMany]);
    this.position('row', afterPosition);
    return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany, afterPosition);
  }

  insertRowBefore(beforePosition: number): this {
    this.log('insertRowBefore', [beforePosition]);
    this.position('row', beforePosition);
    return this.insertRowsAt('insertRowBefore', beforePosition, 1, beforePosition);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.log('insertRowsBefore', [beforePosition, howMany]);
    this.position('row', beforePosition);
    return this.insertRowsAt('insertRowsBefore', beforePosition, howMany, beforePosition);
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this.log('insertRows', [rowIndex, numRows]);
    this.insertRowsAt('insertRows', rowIndex, numRows ?? 1, null);
  }

  protected deleteCols(method: string, at: number, count: number): this {
    const sheet = this.write(method);
    if (!isInt(at) || !isInt(count) || count < 1 || at < 1 || at + count - 1 > sheet.maxColumns) throw fail(this.env, 'Those columns are out of bounds.');
    if (count >= sheet.maxColumns) throw fail(this.env, 'You can\'t delete all the columns on the sheet.');
    sheet.deleteColumns(at, count);
    this.book.__model.afterStructuralChange(sheet, 'column', at, -count);
    return this;
  }

  protected deleteRowsAt(method: string, at: number, count: number): this {
    const sheet = this.write(method);
    if (!isInt(at) || !isInt(count) || count < 1 || at < 1 || at + count - 1 > sheet.maxRows) throw fail(this.env, 'Those rows are out of bounds.');
    if (count >= sheet.maxRows) throw fail(this.env, 'You can\'t delete all the rows on the sheet.');
    sheet.deleteRows(at, count);
    this.book.__model.afterStructuralChange(sheet, 'row', at, -count);
    return this;
  }

  deleteColumn(columnPosition: number): this {
    this.log('deleteColumn', [columnPosition]);
    return this.deleteCols('deleteColumn', columnPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.log('deleteColumns', [columnPosition, howMany]);
    this.deleteCols('deleteColumns', columnPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.log('deleteRow', [rowPosition]);
    return this.deleteRowsAt('deleteRow', rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.log('deleteRows', [rowPosition, howMany]);
    this.deleteRowsAt('deleteRows', rowPosition, howMany);
  }

  /** Writes after the last row with content; the sheet grows if needed. */
  appendRow(rowContents: unknown[]): this {
    this.log('appendRow', [rowContents]);
    const sheet = this.write('appendRow');
    if (!Array.isArray(rowContents)) throw fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = sheet.lastRow() + 1;
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    if (rowContents.length === 0) return this;
    const range = this.book.__rangeFacade(sheet, row, 1, 1, rowContents.length, null, null);
    range.__silentSetValues([rowContents]);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.log('clear', [options]);
    const sheet = this.write('clear');
    const o = options ?? {};
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell) continue;
        if (!o.formatOnly || o.contentsOnly) {
          cell.value = '';
          cell.formula = null;
        }
        if (!o.contentsOnly || o.formatOnly) {
          cell.numberFormat = null;
          cell.background = null;
          cell.fontColor = null;
          cell.fontWeight = null;
          cell.fontStyle = null;
          cell.horizontalAlignment = null;
          cell.wrap = null;
        }
      }
    }
    return this;
  }

  clearContents(): this {
    this.log('clearContents', []);
    const sheet = this.write('clearContents');
    for (const row of sheet.cells) for (const cell of row ?? []) if (cell) {
      cell.value = '';
      cell.formula = null;
    }
    return this;
  }

  clearFormats(): this {
    this.log('clearFormats', []);
    const sheet = this.write('clearFormats');
    for (const row of sheet.cells) for (const cell of row ?? []) if (cell) {
      cell.numberFormat = null;
      cell.background = null;
      cell.fontColor = null;
      cell.fontWeight = null;
      cell.fontStyle = null;
      cell.horizontalAlignment = null;
    }
    return this;
  }

  clearConditionalFormatRules(): void {
    this.log('clearConditionalFormatRules', []);
    this.write('clearConditionalFormatRules').rules = [];
  }

  setFrozenRows(rows: number): void {
    this.log('setFrozenRows', [rows]);
    const sheet = this.write('setFrozenRows');
    if (!isInt(rows) || rows < 0 || rows > sheet.maxRows) throw fail(this.env, 'Invalid argument: rows');
    if (rows >= sheet.maxRows) throw fail(this.env, "Sorry, it is not possible to freeze all rows of a sheet.");
    sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.log('getFrozenRows', []);
    return this.alive().frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.log('setFrozenColumns', [columns]);
    const sheet = this.write('setFrozenColumns');
    if (!isInt(columns) || columns < 0 || columns >= sheet.maxColumns) throw fail(this.env, 'Invalid argument: columns');
    sheet.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.log('getFrozenColumns', []);
    return this.alive().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.log('setColumnWidth', [columnPosition, width]);
    const sheet = this.write('setColumnWidth');
    if (!isInt(columnPosition) || columnPosition < 1 || columnPosition > sheet.maxColumns) throw fail(this.env, 'Those columns are out of bounds.');
    if (!isInt(width) || width < 0) throw fail(this.env, 'Invalid argument: width');
    sheet.columnWidths[columnPosition - 1] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.log('setColumnWidths', [startColumn, numColumns, width]);
    const sheet = this.write('setColumnWidths');
    if (!isInt(startColumn) || !isInt(numColumns) || startColumn < 1 || startColumn + numColumns - 1 > sheet.maxColumns) throw fail(this.env, 'Those columns are out of bounds.');
    for (let c = startColumn; c < startColumn + numColumns; c++) sheet.columnWidths[c - 1] = width;
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.log('getColumnWidth', [columnPosition]);
    const sheet = this.alive();
    if (!isInt(columnPosition) || columnPosition < 1 || columnPosition > sheet.maxColumns) throw fail(this.env, 'Those columns are out of bounds.');
    return sheet.columnWidths[columnPosition - 1] ?? 100;
  }

  autoResizeColumn(columnPosition: number): this {
    this.log('autoResizeColumn', [columnPosition]);
    this.write('autoResizeColumn');
    return this;
  }

  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.log('autoResizeColumns', [startColumn, numColumns]);
    this.write('autoResizeColumns');
    return this;
  }

  protected hideCols(columnIndex: number, numColumns: number, hidden: boolean, method: string): void {
    const sheet = this.write(method);
    if (!isInt(columnIndex) || !isInt(numColumns) || columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > sheet.maxColumns) {
      throw fail(this.env, 'Those columns are out of bounds.');
    }
    for (let c = columnIndex; c < columnIndex + numColumns; c++) sheet.hiddenColumns[c - 1] = hidden;
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    this.log('hideColumns', [columnIndex, numColumns]);
    this.hideCols(columnIndex, numColumns ?? 1, true, 'hideColumns');
  }

  showColumns(columnIndex: number, numColumns?: number): void {
    this.log('showColumns', [columnIndex, numColumns]);
    this.hideCols(columnIndex, numColumns ?? 1, false, 'showColumns');
  }

  hideColumn(column: LocalRange): void {
    this.log('hideColumn', [column]);
    const b = column.__box();
    this.hideCols(b.column, b.numColumns, true, 'hideColumn');
  }

  unhideColumn(column: LocalRange): void {
    this.log('unhideColumn', [column]);
    const b = column.__box();
    this.hideCols(b.column, b.numColumns, false, 'unhideColumn');
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.log('isColumnHiddenByUser', [columnPosition]);
    return this.alive().hiddenColumns[columnPosition - 1] === true;
  }

  hideRows(rowIndex: number, numRows?: number): void {
    this.log('hideRows', [rowIndex, numRows]);
    const sheet = this.write('hideRows');
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) sheet.hiddenRows[r - 1] = true;
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    this.log('isRowHiddenByUser', [rowPosition]);
    return this.alive().hiddenRows[rowPosition - 1] === true;
  }

  setTabColor(color: string | null): this {
    this.log('setTabColor', [color]);
    this.write('setTabColor').tabColor = color;
    return this;
  }

  hideSheet(): this {
    this.log('hideSheet', []);
    this.write('hideSheet').hidden = true;
    return this;
  }

  showSheet(): this {
    this.log('showSheet', []);
    this.write('showSheet').hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.log('isSheetHidden', []);
    return this.alive().hidden;
  }
}
