import { parseA1Notation } from './a1-notation';
import { LocalConditionalFormatRule } from './local-conditional-format-rule-builder';
import { addMetadata, LocalDeveloperMetadata, LocalDeveloperMetadataFinder } from './local-developer-metadata';
import { fail } from './local-env';
import { LocalRange, type RangeStyle } from './local-range';
import type { LocalSpreadsheet } from './local-spreadsheet';
import type { GridBox, RuleData } from './model-types';
import { isInt, SheetStructure } from './sheet-structure';

/** `Sheet` (split over sheet-base.ts, sheet-structure.ts and this file). */
export class LocalSheet extends SheetStructure {
  override toString(): string {
    return 'Sheet';
  }

  getName(): string {
    this.log('getName', []);
    return this.alive().name;
  }

  setName(name: string): this {
    this.log('setName', [name]);
    const sheet = this.write('setName');
    if (typeof name !== 'string' || name.trim() === '') throw fail(this.env, 'Invalid argument: name');
    const other = this.book.__model.sheets.find((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase());
    if (other) throw fail(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    const old = sheet.name;
    sheet.name = name;
    this.book.__renameInFormulas(old, name);
    return this;
  }

  getSheetId(): number {
    this.log('getSheetId', []);
    return this.alive().id;
  }

  getIndex(): number {
    this.log('getIndex', []);
    return this.book.__model.sheets.indexOf(this.alive()) + 1;
  }

  getParent(): LocalSpreadsheet {
    this.log('getParent', []);
    return this.book;
  }

  activate(): this {
    this.log('activate', []);
    const sheet = this.alive();
    this.book.__model.activeSheetId = sheet.id;
    this.book.__model.activeRange = { sheetId: sheet.id, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return this;
  }

  getLastRow(): number {
    this.log('getLastRow', []);
    return this.alive().lastRow();
  }

  getLastColumn(): number {
    this.log('getLastColumn', []);
    return this.alive().lastColumn();
  }

  getMaxRows(): number {
    this.log('getMaxRows', []);
    return this.alive().maxRows;
  }

  getMaxColumns(): number {
    this.log('getMaxColumns', []);
    return this.alive().maxColumns;
  }

  /**
   * getRange(row, column, numRows?, numColumns?) or getRange(a1Notation).
   * Throws like Apps Script for bad arguments and ranges past the sheet's size.
   */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    // eslint-disable-next-line prefer-rest-params
    const args = Array.from(arguments as ArrayLike<unknown>);
    this.log('getRange', args);
    const sheet = this.alive();
    if (typeof rowOrA1 === 'string' && args.length === 1) {
      const ref = parseA1Notation(rowOrA1);
      if (!ref || (ref.sheetName !== null && ref.sheetName !== sheet.name)) throw fail(this.env, 'Range not found');
      const style: RangeStyle = ref.startRow === null ? 'columns' : ref.startColumn === null ? 'rows' : null;
      const r1 = ref.startRow ?? 1;
      const c1 = ref.startColumn ?? 1;
      const r2 = ref.endRow ?? sheet.maxRows;
      const c2 = ref.endColumn ?? sheet.maxColumns;
      return this.book.__rangeFacade(sheet, r1, c1, r2 - r1 + 1, c2 - c1 + 1, style, 'getRange');
    }
    if (args.length < 2 || args.length > 4) throw fail(this.env, `The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    this.intArg('getRange', args);
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    if (![rowOrA1, column, nr, nc].every(isInt)) throw fail(this.env, `Cannot convert ${[rowOrA1, column, nr, nc].find((x) => !isInt(x))} to int.`);
    return this.book.__rangeFacade(sheet, rowOrA1 as number, column as number, nr, nc, null, 'getRange');
  }

  getDataRange(): LocalRange {
    this.log('getDataRange', []);
    const sheet = this.alive();
    return this.book.__rangeFacade(sheet, 1, 1, Math.max(1, sheet.lastRow()), Math.max(1, sheet.lastColumn()), null, 'getDataRange');
  }

  getActiveRange(): LocalRange | null {
    this.log('getActiveRange', []);
    const sel = this.book.__model.activeRange;
    const sheet = this.alive();
    if (!sel || sel.sheetId !== sheet.id) return this.book.__rangeFacade(sheet, 1, 1, 1, 1, null, 'getActiveRange');
    return this.book.__rangeFacade(sheet, sel.row, sel.column, sel.numRows, sel.numColumns, null, 'getActiveRange');
  }

  // ---- conditional formats ----

  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    this.log('getConditionalFormatRules', []);
    const sheet = this.alive();
    const realm = this.env.realm;
    const out = new realm.Array<LocalConditionalFormatRule>();
    for (const rule of sheet.rules) {
      out.push(
        new LocalConditionalFormatRule(this.env, {
          condition: rule.condition ? { type: rule.condition.type, values: [...rule.condition.values] } : null,
          gradient: rule.gradient,
          format: { ...rule.format },
          ranges: rule.boxes.map((b) => this.book.__rangeFacade(sheet, b.row, b.column, b.numRows, b.numColumns, null, null)),
        }),
      );
    }
    return out;
  }

  /** Replaces all rules of this sheet (order = priority; the first matching rule wins). */
  setConditionalFormatRules(rules: LocalConditionalFormatRule[]): void {
    this.log('setConditionalFormatRules', [rules]);
    const sheet = this.write('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    const data: RuleData[] = rules.map((rule, i) => {
      if (!(rule instanceof LocalConditionalFormatRule)) throw fail(this.env, `Invalid argument: rules[${i}] is not a ConditionalFormatRule (did you forget build()?)`);
      const st = rule.__state;
      if (st.ranges.length === 0) throw fail(this.env, `Conditional format rule ${i} has no ranges (call setRanges).`);
      const boxes: GridBox[] = st.ranges.map((r) => {
        if (!(r instanceof LocalRange)) throw fail(this.env, `Invalid argument: ranges of rule ${i} must be Range objects`);
        const b = r.__box();
        if (b.sheet !== sheet) throw fail(this.env, 'Conditional format rules can only apply to ranges on the sheet they are set on.');
        return { row: b.row, column: b.column, numRows: b.numRows, numColumns: b.numColumns };
      });
      return {
        condition: st.condition ? { type: st.condition.type, values: [...st.condition.values] } : null,
        gradient: st.gradient,
        format: { ...st.format },
        boxes,
      };
    });
    sheet.rules = data;
  }

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.log('addDeveloperMetadata', [key, valueOrVisibility, visibility]);
    const sheet = this.alive();
    const [value, vis] = typeof valueOrVisibility === 'string' || valueOrVisibility === null ? [valueOrVisibility, visibility] : [null, valueOrVisibility];
    addMetadata(this.book.__metadataHost(), key, value, vis, { type: 'SHEET', sheetId: sheet.id });
    return this;
  }

  /** Metadata on the sheet itself (not on its rows or columns; use createDeveloperMetadataFinder for those). */
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.log('getDeveloperMetadata', []);
    const sheet = this.alive();
    const out = new this.env.realm.Array<LocalDeveloperMetadata>();
    for (const m of this.book.__model.metadata) {
      if (m.location.type === 'SHEET' && m.location.sheetId === sheet.id) out.push(new LocalDeveloperMetadata(this.book.__metadataHost(), m));
    }
    return out;
  }

  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder {
    this.log('createDeveloperMetadataFinder', []);
    return new LocalDeveloperMetadataFinder(this.book.__metadataHost(), { type: 'sheet', sheetId: this.alive().id });
  }
}
