import { a1Notation, columnLetter } from './a1-notation';
import { offsetFormula } from './offset-formula';
import { displayValue } from './display-value';
import { addMetadata, LocalDeveloperMetadata, LocalDeveloperMetadataFinder } from './local-developer-metadata';
import { fail, guardWrite } from './local-env';
import type { LocalSheet } from './local-sheet';
import type { CellData, MetadataLocation } from './model-types';
import type { StoredValue } from './parse-typed-input';
import type { SheetModel } from './sheet-model';
import { RangeFormats } from './range-formats';

export type { RangeStyle } from './range-base';

/**
 * `Range`: a fixed block of one sheet (it does not move when rows/columns are inserted).
 * Split over range-base.ts (machinery), range-formats.ts (formats, validation) and this file.
 */
export class LocalRange extends RangeFormats {
  // ---- geometry (not counted) ----

  getRow(): number {
    this.geometry('getRow');
    return this.row;
  }

  getRowIndex(): number {
    return this.getRow();
  }

  getColumn(): number {
    this.geometry('getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.geometry('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.geometry('getNumColumns');
    return this.numColumns;
  }

  getLastRow(): number {
    this.geometry('getLastRow');
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.geometry('getLastColumn');
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    this.geometry('getA1Notation');
    if (this.style === 'columns') return `${columnLetter(this.column)}:${columnLetter(this.column + this.numColumns - 1)}`;
    if (this.style === 'rows') return `${this.row}:${this.row + this.numRows - 1}`;
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  getSheet(): LocalSheet {
    this.geometry('getSheet');
    return this.book.__sheetFacade(this.__sheet);
  }

  getGridId(): number {
    this.geometry('getGridId');
    return this.__sheet.id;
  }

  override toString(): string {
    return 'Range';
  }

  /** @internal The block this range covers. */
  __box(): { sheet: SheetModel; row: number; column: number; numRows: number; numColumns: number } {
    return { sheet: this.__sheet, row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  // ---- navigation ----

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    this.log('offset', [rowOffset, columnOffset, numRows, numColumns]);
    const nr = numRows ?? this.numRows;
    const nc = numColumns ?? this.numColumns;
    return this.book.__rangeFacade(this.__sheet, this.row + rowOffset, this.column + columnOffset, nr, nc, null, 'offset');
  }

  getCell(row: number, column: number): LocalRange {
    this.log('getCell', [row, column]);
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw fail(this.env, 'The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.book.__rangeFacade(this.__sheet, this.row + row - 1, this.column + column - 1, 1, 1, null, 'getCell');
  }

  activate(): this {
    this.log('activate', []);
    this.alive();
    this.book.__model.activeSheetId = this.__sheet.id;
    this.book.__model.activeRange = { sheetId: this.__sheet.id, row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
    return this;
  }

  // ---- values ----

  getValues(): StoredValue[][] {
    this.log('getValues', []);
    const sheet = this.alive();
    return this.realm2d((r, c) => this.toRealm(this.book.__model.computedValue(sheet, r, c)));
  }

  getValue(): StoredValue {
    this.log('getValue', []);
    return this.toRealm(this.book.__model.computedValue(this.alive(), this.row, this.column));
  }

  getDisplayValues(): string[][] {
    this.log('getDisplayValues', []);
    const sheet = this.alive();
    return this.realm2d((r, c) => displayValue(this.book.__model.computedValue(sheet, r, c), sheet.cell(r, c)?.numberFormat ?? null, this.env.timeZone, this.env.locale));
  }

  getDisplayValue(): string {
    this.log('getDisplayValue', []);
    const sheet = this.alive();
    return displayValue(this.book.__model.computedValue(sheet, this.row, this.column), sheet.cell(this.row, this.column)?.numberFormat ?? null, this.env.timeZone, this.env.locale);
  }

  setValues(values: unknown[][]): this {
    this.log('setValues', [values]);
    guardWrite(this.env, 'setValues');
    const rows = this.checkGrid(values, 'setValues');
    this.eachCell((cell, r, c) => this.write(cell, rows[r]?.[c], r, c));
    return this;
  }

  /** @internal setValues without logging (used by Sheet.appendRow, which is one call). */
  __silentSetValues(values: unknown[][]): void {
    const rows = this.checkGrid(values, 'setValues');
    this.eachCell((cell, r, c) => this.write(cell, rows[r]?.[c], r, c));
  }

  setValue(value: unknown): this {
    this.log('setValue', [value]);
    guardWrite(this.env, 'setValue');
    if (Array.isArray(value)) throw fail(this.env, "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValue.");
    this.eachCell((cell, r, c) => this.write(cell, value, r, c));
    return this;
  }

  isBlank(): boolean {
    this.log('isBlank', []);
    const sheet = this.alive();
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        const cell = sheet.cell(r, c);
        if (cell && (cell.formula !== null || cell.value !== '')) return false;
      }
    }
    return true;
  }

  // ---- formulas ----

  getFormulas(): string[][] {
    this.log('getFormulas', []);
    return this.peek((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    this.log('getFormula', []);
    return this.alive().cell(this.row, this.column)?.formula ?? '';
  }

  setFormula(formula: string): this {
    this.log('setFormula', [formula]);
    guardWrite(this.env, 'setFormula');
    if (typeof formula !== 'string') throw fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Range.setFormula.");
    // Like Sheets: the formula is for the top-left cell; other cells get it with relative references moved.
    this.eachCell((cell, r, c) => {
      const text = formula.startsWith('=') ? offsetFormula(formula, r, c) : formula;
      this.write(cell, text, r, c);
    });
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.log('setFormulas', [formulas]);
    guardWrite(this.env, 'setFormulas');
    const rows = this.checkGrid(formulas, 'setFormulas');
    this.eachCell((cell, r, c) => this.write(cell, rows[r]?.[c] ?? '', r, c));
    return this;
  }

  // ---- clearing ----

  clearContent(): this {
    this.log('clearContent', []);
    guardWrite(this.env, 'clearContent');
    this.eachCell((cell) => {
      cell.value = '';
      cell.formula = null;
    });
    return this;
  }

  clearFormat(): this {
    this.log('clearFormat', []);
    guardWrite(this.env, 'clearFormat');
    this.eachCell((cell) => clearFormats(cell));
    return this;
  }

  clearDataValidations(): this {
    this.log('clearDataValidations', []);
    guardWrite(this.env, 'clearDataValidations');
    this.eachCell((cell) => (cell.validation = null));
    return this;
  }

  clearNote(): this {
    this.log('clearNote', []);
    guardWrite(this.env, 'clearNote');
    this.eachCell((cell) => (cell.note = ''));
    return this;
  }

  /** clear(): contents, formats and data validation; clear(options) honours contentsOnly / formatOnly / validationsOnly / commentsOnly. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean; skipFilteredRows?: boolean }): this {
    this.log('clear', [options]);
    guardWrite(this.env, 'clear');
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this.eachCell((cell) => {
      if (!any || o.contentsOnly) {
        cell.value = '';
        cell.formula = null;
      }
      if (!any || o.formatOnly) clearFormats(cell);
      if (!any || o.validationsOnly) cell.validation = null;
      if (o.commentsOnly) cell.note = '';
    });
    return this;
  }

  // ---- developer metadata ----

  /** @internal The metadata location of a whole-row or whole-column range. */
  __metadataLocation(): MetadataLocation {
    const sheet = this.alive();
    const wholeColumns = this.row === 1 && this.numRows === sheet.maxRows;
    const wholeRows = this.column === 1 && this.numColumns === sheet.maxColumns;
    if (wholeColumns && !wholeRows) return { type: 'COLUMN', sheetId: sheet.id, start: this.column, end: this.column + this.numColumns - 1 };
    if (wholeRows && !wholeColumns) return { type: 'ROW', sheetId: sheet.id, start: this.row, end: this.row + this.numRows - 1 };
    throw fail(
      this.env,
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.log('addDeveloperMetadata', [key, valueOrVisibility, visibility]);
    const [value, vis] = typeof valueOrVisibility === 'string' || valueOrVisibility === null ? [valueOrVisibility, visibility] : [null, valueOrVisibility];
    addMetadata(this.book.__metadataHost(), key, value, vis, this.__metadataLocation());
    return this;
  }

  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.log('getDeveloperMetadata', []);
    const realm = this.env.realm;
    const out = new realm.Array<LocalDeveloperMetadata>();
    let loc: MetadataLocation;
    try {
      loc = this.__metadataLocation();
    } catch {
      return out;
    }
    for (const m of this.book.__model.metadata) {
      const l = m.location;
      if (l.type === loc.type && l.type !== 'SPREADSHEET' && l.type !== 'SHEET' && loc.type !== 'SPREADSHEET' && loc.type !== 'SHEET' && l.sheetId === loc.sheetId && l.start === loc.start && l.end === loc.end) {
        out.push(new LocalDeveloperMetadata(this.book.__metadataHost(), m));
      }
    }
    return out;
  }

  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder {
    this.log('createDeveloperMetadataFinder', []);
    return new LocalDeveloperMetadataFinder(this.book.__metadataHost(), {
      type: 'range',
      sheetId: this.__sheet.id,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    });
  }
}

function clearFormats(cell: CellData): void {
  cell.numberFormat = null;
  cell.background = null;
  cell.fontColor = null;
  cell.fontWeight = null;
  cell.fontStyle = null;
  cell.horizontalAlignment = null;
  cell.wrap = null;
}
