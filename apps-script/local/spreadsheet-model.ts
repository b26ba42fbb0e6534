import { shiftFormula, type Dimension } from './shift-formula';
import { evaluateFormula, FormulaUnsupported, type FormulaValue, type Scalar } from './evaluate-formula';
import type { LocalEnv } from './local-env';
import type { MetadataData } from './model-types';
import type { StoredValue } from './parse-typed-input';
import { SheetModel } from './sheet-model';
import { zonedDate } from './zoned-date';

/** A selection: sheet id plus a block. */
export interface Selection {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Spreadsheet serial number (days since 1899-12-30) of a date, read on the wall clock of `timeZone`. */
export function dateSerial(date: Date, timeZone: string): number {
  const w = zonedDate(date.getTime(), timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return wall / 86400000 + 25569;
}

/** The data of one spreadsheet, with formula evaluation and structural edits. */
export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  metadata: MetadataData[] = [];
  activeSheetId: number | null = null;
  activeRange: Selection | null = null;
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1000;
  private evaluating = new Set<string>();

  constructor(
    public readonly env: LocalEnv,
    public name: string,
    public readonly id: string,
  ) {}

  newSheetId(): number {
    const id = this.nextSheetId;
    this.nextSheetId = id === 0 ? 1_000_001 : id + 7919;
    return id;
  }

  newMetadataId(): number {
    this.nextMetadataId += 1;
    return this.nextMetadataId;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    const active = this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId);
    const sheet = active ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets');
    return sheet;
  }

  /** The value a cell shows: its typed value, or its formula's result ('' when not computable). */
  computedValue(sheet: SheetModel, row: number, column: number): StoredValue {
    const cell = sheet.cell(row, column);
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    const key = `${sheet.id}:${row}:${column}`;
    if (this.evaluating.has(key)) return '#REF!';
    this.evaluating.add(key);
    try {
      const v = this.evaluate(cell.formula, sheet, row, column);
      if (v === null) return '';
      if (typeof v === 'object') return v.error;
      return v;
    } catch (e) {
      if (e instanceof FormulaUnsupported) return '';
      throw e;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** Evaluates formula text as if it were in (row, column) of `sheet`; throws FormulaUnsupported. */
  evaluate(formula: string, sheet: SheetModel, row: number, column: number, offset?: { rows: number; columns: number }): Scalar {
    const v: FormulaValue = evaluateFormula(formula, {
      offset,
      sheet: sheet.name,
      row,
      column,
      functions: this.env.functions,
      today: () => Math.floor(dateSerial(this.env.now(), this.env.timeZone)),
      now: () => dateSerial(this.env.now(), this.env.timeZone),
      rawCell: (name, r, c) => {
        const s = this.sheetByName(name);
        if (!s || r > s.maxRows || c > s.maxColumns) return '#REF!';
        return this.computedValue(s, r, c);
      },
      size: (name) => {
        const s = this.sheetByName(name);
        return s ? { rows: s.maxRows, columns: s.maxColumns } : null;
      },
      cell: (name, r, c) => {
        const s = this.sheetByName(name);
        if (!s) return { error: '#REF!' };
        if (r > s.maxRows || c > s.maxColumns) return { error: '#REF!' };
        const value = this.computedValue(s, r, c);
        const target = s.cell(r, c);
        if (value === '' && (!target || target.formula === null)) return null;
        if (value instanceof Date) return dateSerial(value, this.env.timeZone);
        if (typeof value === 'string' && /^#(N\/A|REF!|NAME\?|DIV\/0!|VALUE!|NUM!|ERROR!)$/.test(value) && target?.formula) return { error: value };
        return value;
      },
    });
    if (Array.isArray(v)) return v[0]?.[0] ?? null;
    return v;
  }

  /**
   * Rows/columns were inserted (count > 0) or deleted (count < 0) at `at` on
   * `sheet`: fix formulas on every sheet, rule formulas, and metadata.
   */
  afterStructuralChange(sheet: SheetModel, dimension: Dimension, at: number, count: number): void {
    for (const s of this.sheets) {
      for (const row of s.cells) {
        if (!row) continue;
        for (const cell of row) {
          if (cell?.formula) cell.formula = shiftFormula(cell.formula, s.name, sheet.name, dimension, at, count);
        }
      }
      for (const rule of s.rules) {
        if (rule.condition?.type === 'CUSTOM_FORMULA') {
          rule.condition.values = rule.condition.values.map((f) => (typeof f === 'string' ? shiftFormula(f, s.name, sheet.name, dimension, at, count) : f));
        }
      }
    }
    const kind = dimension === 'row' ? 'ROW' : 'COLUMN';
    this.metadata = this.metadata.filter((m) => {
      const loc = m.location;
      if (loc.type !== kind || loc.sheetId !== sheet.id) return true;
      if (count > 0) {
        if (loc.start >= at) {
          loc.start += count;
          loc.end += count;
        } else if (loc.end >= at) loc.end += count;
        return true;
      }
      const removed = -count;
      const delEnd = at + removed - 1;
      const keptBefore = Math.max(0, Math.min(loc.end, at - 1) - loc.start + 1);
      const keptAfter = Math.max(0, loc.end - Math.max(loc.start, delEnd + 1) + 1);
      if (keptBefore + keptAfter === 0) return false;
      const newStart = loc.start < at ? loc.start : loc.start > delEnd ? loc.start - removed : at;
      loc.start = newStart;
      loc.end = newStart + keptBefore + keptAfter - 1;
      return true;
    });
  }
}
