import { columnLetter } from './a1-notation';
import { passesValidation } from './local-data-validation-builder';
import { fail, guardWrite, logCall, logLocal, type LocalEnv } from './local-env';
import type { LocalSpreadsheet } from './local-spreadsheet';
import type { CellData } from './model-types';
import { normalizeColor } from './normalize-color';
import type { StoredValue } from './parse-typed-input';
import type { SheetModel } from './sheet-model';
import { writeCellValue } from './write-cell-value';

/** How the range was written: `F:F` (whole columns) / `2:2` (whole rows) keep that A1 form. */
export type RangeStyle = 'columns' | 'rows' | null;

/** The shared machinery of a Range: coordinates, logging, bounds, grid checks, typed writes. */
export class RangeBase {
  constructor(
    protected readonly book: LocalSpreadsheet,
    /** @internal */ readonly __sheet: SheetModel,
    protected readonly row: number,
    protected readonly column: number,
    protected readonly numRows: number,
    protected readonly numColumns: number,
    protected readonly style: RangeStyle = null,
  ) {}

  protected get env(): LocalEnv {
    return this.book.__model.env;
  }

  protected log(method: string, args: readonly unknown[]): void {
    logCall(this.env, 'Range', method, args);
  }

  protected geometry(method: string): void {
    logLocal(this.env, 'Range', method, []);
  }

  protected alive(): SheetModel {
    if (!this.book.__model.sheets.includes(this.__sheet)) throw fail(this.env, 'This sheet has been deleted.');
    if (this.row + this.numRows - 1 > this.__sheet.maxRows || this.column + this.numColumns - 1 > this.__sheet.maxColumns) {
      throw fail(this.env, 'The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.__sheet;
  }

  protected realm2d<T>(fn: (r: number, c: number) => T): T[][] {
    const realm = this.env.realm;
    const out = new realm.Array<T[]>();
    for (let r = 0; r < this.numRows; r++) {
      const row = new realm.Array<T>();
      for (let c = 0; c < this.numColumns; c++) row.push(fn(this.row + r, this.column + c));
      out.push(row);
    }
    return out;
  }

  protected toRealm(v: StoredValue): StoredValue {
    return v instanceof Date ? new this.env.realm.Date(v.getTime()) : v;
  }

  protected checkGrid(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw fail(this.env, `The parameters (${Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.numRows) {
      throw fail(this.env, `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`);
    }
    for (const r of rows) {
      if (r.length !== this.numColumns) {
        throw fail(this.env, `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numColumns}.`);
      }
    }
    return rows;
  }

  protected eachCell(fn: (cell: CellData, r: number, c: number) => void): void {
    const sheet = this.alive();
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numColumns; c++) fn(sheet.ensureCell(this.row + r, this.column + c), r, c);
  }

  protected peek<T>(fn: (cell: CellData | undefined, row: number, column: number) => T): T[][] {
    const sheet = this.alive();
    return this.realm2d((r, c) => fn(sheet.cell(r, c), r, c));
  }

  protected write(cell: CellData, value: unknown, r: number, c: number): void {
    const before = { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
    writeCellValue(this.env, cell, value);
    const rule = cell.validation;
    if (rule && !rule.allowInvalid && cell.formula === null && !passesValidation(rule, cell.value)) {
      Object.assign(cell, before);
      throw fail(this.env, `The data you entered in cell ${columnLetter(this.column + c)}${this.row + r} violates the data validation rules set on this cell.`);
    }
  }

  protected setEach<T>(method: string, value: T, apply: (cell: CellData, v: T) => void): this {
    this.log(method, [value]);
    guardWrite(this.env, method);
    this.eachCell((cell) => apply(cell, value));
    return this;
  }

  protected setGrid<T>(method: string, grid: T[][], apply: (cell: CellData, v: T) => void): this {
    this.log(method, [grid]);
    guardWrite(this.env, method);
    const rows = this.checkGrid(grid, method) as T[][];
    this.eachCell((cell, r, c) => apply(cell, rows[r]?.[c] as T));
    return this;
  }

  protected color(c: string | null): string | null {
    try {
      return normalizeColor(c);
    } catch {
      throw fail(this.env, `Invalid argument: color (${String(c)})`);
    }
  }
}
