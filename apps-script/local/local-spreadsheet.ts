import { parseA1Notation } from './a1-notation';
import { tokenizeFormula, formulaText } from './tokenize-formula';
import { addMetadata, LocalDeveloperMetadata, LocalDeveloperMetadataFinder, type MetadataHost } from './local-developer-metadata';
import { fail, guardWrite, logCall, type LocalEnv } from './local-env';
import { LocalRange, type RangeStyle } from './local-range';
import { LocalSheet } from './local-sheet';
import { SheetModel } from './sheet-model';
import type { SpreadsheetModel } from './spreadsheet-model';

/** Sheets allows 10 million cells per spreadsheet. */
const CELL_LIMIT = 10_000_000;

/** `Spreadsheet`. */
export class LocalSpreadsheet {
  private host: MetadataHost | null = null;

  constructor(/** @internal */ readonly __model: SpreadsheetModel) {}

  private get env(): LocalEnv {
    return this.__model.env;
  }

  private log(method: string, args: readonly unknown[]): void {
    logCall(this.env, 'Spreadsheet', method, args);
  }

  /**
   * @internal A new Sheet object on every call, as in Apps Script: two objects for one sheet are not
   * `===` (compare getSheetId() instead).
   */
  __sheetFacade(model: SheetModel): LocalSheet {
    return new LocalSheet(this, model);
  }

  /** @internal Builds a range after Apps Script's argument and bounds checks. */
  __rangeFacade(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number, style: RangeStyle, method: string | null): LocalRange {
    if (method !== null) {
      if (row < 1) throw fail(this.env, 'The starting row of the range is too small.');
      if (column < 1) throw fail(this.env, 'The starting column of the range is too small.');
      if (numRows < 1) throw fail(this.env, 'The number of rows in the range must be at least 1.');
      if (numColumns < 1) throw fail(this.env, 'The number of columns in the range must be at least 1.');
      if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
        throw fail(this.env, 'The coordinates of the range are outside the dimensions of the sheet.');
      }
    }
    return new LocalRange(this, sheet, row, column, numRows, numColumns, style);
  }

  /** @internal */
  __metadataHost(): MetadataHost {
    if (!this.host) {
      this.host = {
        model: this.__model,
        spreadsheetFacade: () => this,
        sheetFacade: (id) => {
          const s = this.__model.sheetById(id);
          if (!s) throw fail(this.env, 'Sheet not found');
          return this.__sheetFacade(s);
        },
        rangeFacade: (id, row, column, nr, nc, style) => {
          const s = this.__model.sheetById(id);
          if (!s) throw fail(this.env, 'Sheet not found');
          return this.__rangeFacade(s, row, column, nr, nc, style, null);
        },
      };
    }
    return this.host;
  }

  /** @internal Rewrites `'Old'!A1` references after a sheet rename. */
  __renameInFormulas(oldName: string, newName: string): void {
    const rename = (f: string): string => {
      try {
        const tokens = tokenizeFormula(f);
        if (!tokens.some((t) => t.type === 'ref' && t.sheet === oldName)) return f;
        return formulaText(tokens.map((t) => (t.type === 'ref' && t.sheet === oldName ? { ...t, sheet: newName } : t)));
      } catch {
        return f;
      }
    };
    for (const s of this.__model.sheets) {
      for (const row of s.cells) for (const cell of row ?? []) if (cell?.formula) cell.formula = rename(cell.formula);
      for (const rule of s.rules) if (rule.condition?.type === 'CUSTOM_FORMULA') rule.condition.values = rule.condition.values.map((v) => (typeof v === 'string' ? rename(v) : v));
    }
  }

  toString(): string {
    return 'Spreadsheet';
  }

  getId(): string {
    this.log('getId', []);
    return this.__model.id;
  }

  getName(): string {
    this.log('getName', []);
    return this.__model.name;
  }

  rename(newName: string): void {
    this.log('rename', [newName]);
    guardWrite(this.env, 'rename');
    this.__model.name = newName;
  }

  getUrl(): string {
    this.log('getUrl', []);
    return `https://docs.google.com/spreadsheets/d/${this.__model.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    this.log('getSpreadsheetTimeZone', []);
    return this.env.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.log('getSpreadsheetLocale', []);
    return this.env.locale;
  }

  getSheets(): LocalSheet[] {
    this.log('getSheets', []);
    const out = new this.env.realm.Array<LocalSheet>();
    for (const s of this.__model.sheets) out.push(this.__sheetFacade(s));
    return out;
  }

  getNumSheets(): number {
    this.log('getNumSheets', []);
    return this.__model.sheets.length;
  }

  getSheetByName(name: string): LocalSheet | null {
    this.log('getSheetByName', [name]);
    // Exact match (strict: code must not rely on a case-insensitive lookup).
    const s = this.__model.sheets.find((x) => x.name === name);
    return s ? this.__sheetFacade(s) : null;
  }

  getSheetById(id: number): LocalSheet | null {
    this.log('getSheetById', [id]);
    const s = this.__model.sheetById(id);
    return s ? this.__sheetFacade(s) : null;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index).
   * New sheets are 1000 x 26; a duplicate name throws; the new sheet becomes active.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): LocalSheet {
    this.log('insertSheet', [nameOrIndex, index]);
    guardWrite(this.env, 'insertSheet');
    const model = this.__model;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : null;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === null) {
      let n = model.sheets.length + 1;
      while (model.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') throw fail(this.env, 'Invalid argument: sheetName');
    if (name.length > 100) throw fail(this.env, 'Invalid argument: sheetName (longer than 100 characters)');
    if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw fail(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > model.sheets.length)) throw fail(this.env, 'Invalid argument: sheetIndex');
    this.__checkCells(1000 * 26);
    const sheet = new SheetModel(model.newSheetId(), name, 1000, 26);
    if (at === undefined) {
      const activeIdx = model.sheets.findIndex((s) => s.id === model.activeSheetId);
      model.sheets.splice(activeIdx < 0 ? model.sheets.length : activeIdx + 1, 0, sheet);
    } else model.sheets.splice(at, 0, sheet);
    model.activeSheetId = sheet.id;
    model.activeRange = { sheetId: sheet.id, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return this.__sheetFacade(sheet);
  }

  /** @internal Throws when the workbook would pass 10 million cells. */
  __checkCells(extra: number): void {
    const used = this.__model.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
    if (used + extra > CELL_LIMIT) throw fail(this.env, 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  }

  deleteSheet(sheet: LocalSheet): void {
    this.log('deleteSheet', [sheet]);
    guardWrite(this.env, 'deleteSheet');
    const model = this.__model;
    if (!(sheet instanceof LocalSheet) || !model.sheets.includes(sheet.__model)) throw fail(this.env, 'Invalid argument: sheet');
    if (model.sheets.length === 1) throw fail(this.env, "You can't remove all the sheets in a document.");
    const id = sheet.__model.id;
    model.sheets = model.sheets.filter((s) => s !== sheet.__model);
    model.metadata = model.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== id);
    if (model.activeSheetId === id) {
      model.activeSheetId = model.sheets[0]?.id ?? null;
      model.activeRange = null;
    }
  }

  getActiveSheet(): LocalSheet {
    this.log('getActiveSheet', []);
    return this.__sheetFacade(this.__model.activeSheet());
  }

  setActiveSheet(sheet: LocalSheet): LocalSheet {
    this.log('setActiveSheet', [sheet]);
    if (!(sheet instanceof LocalSheet) || !this.__model.sheets.includes(sheet.__model)) throw fail(this.env, 'Invalid argument: sheet');
    this.__model.activeSheetId = sheet.__model.id;
    this.__model.activeRange = { sheetId: sheet.__model.id, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return sheet;
  }

  getActiveRange(): LocalRange | null {
    this.log('getActiveRange', []);
    const sel = this.__model.activeRange;
    const sheet = this.__model.activeSheet();
    if (!sel || sel.sheetId !== sheet.id) return this.__rangeFacade(sheet, 1, 1, 1, 1, null, null);
    return this.__rangeFacade(sheet, sel.row, sel.column, sel.numRows, sel.numColumns, null, null);
  }

  getActiveCell(): LocalRange {
    this.log('getActiveCell', []);
    const sel = this.__model.activeRange;
    const sheet = this.__model.activeSheet();
    if (!sel || sel.sheetId !== sheet.id) return this.__rangeFacade(sheet, 1, 1, 1, 1, null, null);
    return this.__rangeFacade(sheet, sel.row, sel.column, 1, 1, null, null);
  }

  /** getRange('Sheet1!A1:B2'); without a sheet name, the active sheet. */
  getRange(a1Notation: string): LocalRange {
    this.log('getRange', [a1Notation]);
    const ref = typeof a1Notation === 'string' ? parseA1Notation(a1Notation) : null;
    if (!ref) throw fail(this.env, 'Range not found');
    const sheet = ref.sheetName === null ? this.__model.activeSheet() : this.__model.sheetByName(ref.sheetName);
    if (!sheet) throw fail(this.env, 'Range not found');
    const style: RangeStyle = ref.startRow === null ? 'columns' : ref.startColumn === null ? 'rows' : null;
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startColumn ?? 1;
    const r2 = ref.endRow ?? sheet.maxRows;
    const c2 = ref.endColumn ?? sheet.maxColumns;
    return this.__rangeFacade(sheet, r1, c1, r2 - r1 + 1, c2 - c1 + 1, style, 'getRange');
  }

  getRangeByName(name: string): LocalRange | null {
    this.log('getRangeByName', [name]);
    return null;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.log('toast', [msg, title, timeoutSeconds]);
    this.__model.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.log('addDeveloperMetadata', [key, valueOrVisibility, visibility]);
    const [value, vis] = typeof valueOrVisibility === 'string' || valueOrVisibility === null ? [valueOrVisibility, visibility] : [null, valueOrVisibility];
    addMetadata(this.__metadataHost(), key, value, vis, { type: 'SPREADSHEET' });
    return this;
  }

  /** Metadata on the spreadsheet itself (use createDeveloperMetadataFinder to search everything). */
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.log('getDeveloperMetadata', []);
    const out = new this.env.realm.Array<LocalDeveloperMetadata>();
    for (const m of this.__model.metadata) if (m.location.type === 'SPREADSHEET') out.push(new LocalDeveloperMetadata(this.__metadataHost(), m));
    return out;
  }

  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder {
    this.log('createDeveloperMetadataFinder', []);
    return new LocalDeveloperMetadataFinder(this.__metadataHost(), { type: 'spreadsheet' });
  }
}
