import { FormulaUnsupported } from './evaluate-formula';
import type { GradientPoint, RuleData, RuleFormat } from './model-types';
import type { StoredValue } from './parse-typed-input';
import type { SheetModel } from './sheet-model';
import { dateSerial, type SpreadsheetModel } from './spreadsheet-model';

/** The look conditional formatting gives one cell (null: rule leaves it alone). */
export interface CellLook {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  /** Index of the rule that applied, or null. */
  rule: number | null;
}

function numberOf(v: StoredValue, timeZone: string): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof Date) return dateSerial(v, timeZone);
  return null;
}

function textOf(v: StoredValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const crossSheet = new Map<string, boolean>();

function referencesOtherSheet(formula: string): boolean {
  let v = crossSheet.get(formula);
  if (v === undefined) {
    v = /(^|[^A-Za-z0-9_"])('[^']+'|[A-Za-z_][A-Za-z0-9_.]*)!/.test(formula.replace(/"[^"]*"/g, '""'));
    if (crossSheet.size > 1000) crossSheet.clear();
    crossSheet.set(formula, v);
  }
  return v;
}

/** Whether a boolean rule's condition holds for one cell. */
function conditionHolds(model: SpreadsheetModel, sheet: SheetModel, rule: RuleData, row: number, column: number): boolean {
  const cond = rule.condition;
  if (!cond) return false;
  const value = model.computedValue(sheet, row, column);
  const n = numberOf(value, model.env.timeZone);
  const [a, b] = cond.values as [unknown, unknown];
  const text = textOf(value).toLowerCase();
  const arg = typeof a === 'string' ? a.toLowerCase() : String(a).toLowerCase();
  switch (cond.type) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b)));
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    // Sheets compares text case-insensitively in these conditions.
    case 'TEXT_EQUAL_TO':
      return value !== '' && text === arg;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== arg;
    case 'TEXT_CONTAINS':
      return value !== '' && text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return value !== '' && text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return value !== '' && text.endsWith(arg);
    case 'CUSTOM_FORMULA': {
      const anchor = rule.boxes[0];
      if (!anchor || typeof a !== 'string') return false;
      // Sheets does not let conditional-format formulas reference other sheets directly (INDIRECT only).
      if (referencesOtherSheet(a)) return false;
      try {
        const v = model.evaluate(a, sheet, row, column, { rows: row - anchor.row, columns: column - anchor.column });
        if (v === null || typeof v === 'object') return false;
        if (typeof v === 'string') return v.toUpperCase() === 'TRUE';
        return Boolean(v);
      } catch (e) {
        if (e instanceof FormulaUnsupported) return false;
        throw e;
      }
    }
    default:
      return false;
  }
}

function mix(a: string, b: string, t: number): string {
  const p = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const ch = (i: number) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t).toString(16).padStart(2, '0');
  return `#${ch(0)}${ch(1)}${ch(2)}`;
}

function gradientColor(rule: RuleData, value: number, all: number[]): string | null {
  const g = rule.gradient;
  if (!g || !g.min || !g.max) return null;
  const at = (pt: GradientPoint, fallback: number): number => {
    if (pt.type === 'MIN') return Math.min(...all);
    if (pt.type === 'MAX') return Math.max(...all);
    if (pt.type === 'NUMBER') return Number(pt.value);
    if (pt.type === 'PERCENT') {
      const lo = Math.min(...all);
      const hi = Math.max(...all);
      return lo + ((hi - lo) * Number(pt.value)) / 100;
    }
    return fallback;
  };
  const lo = at(g.min, Math.min(...all));
  const hi = at(g.max, Math.max(...all));
  if (g.mid) {
    const mid = at(g.mid, (lo + hi) / 2);
    if (value <= mid) return mix(g.min.color, g.mid.color, mid === lo ? 0 : Math.max(0, Math.min(1, (value - lo) / (mid - lo))));
    return mix(g.mid.color, g.max.color, hi === mid ? 1 : Math.max(0, Math.min(1, (value - mid) / (hi - mid))));
  }
  return mix(g.min.color, g.max.color, hi === lo ? 0 : Math.max(0, Math.min(1, (value - lo) / (hi - lo))));
}

/**
 * Computes, for every cell of the sheet's used area (at least `rows` x
 * `columns` when given), the look conditional formatting gives it: rules are
 * tried in order and the first whose condition holds wins (as in Sheets).
 */
export function evaluateConditionalFormats(model: SpreadsheetModel, sheet: SheetModel, rows?: number, columns?: number): CellLook[][] {
  const nr = Math.min(sheet.maxRows, Math.max(rows ?? 0, sheet.lastRow()));
  const nc = Math.min(sheet.maxColumns, Math.max(columns ?? 0, sheet.lastColumn()));
  const out: CellLook[][] = [];
  const gradientValues = sheet.rules.map((rule) => {
    if (!rule.gradient) return [];
    const vals: number[] = [];
    for (const b of rule.boxes) {
      for (let r = b.row; r < b.row + b.numRows && r <= nr; r++) {
        for (let c = b.column; c < b.column + b.numColumns && c <= nc; c++) {
          const n = numberOf(model.computedValue(sheet, r, c), model.env.timeZone);
          if (n !== null) vals.push(n);
        }
      }
    }
    return vals;
  });
  for (let r = 1; r <= nr; r++) {
    const row: CellLook[] = [];
    for (let c = 1; c <= nc; c++) {
      let look: CellLook = { background: null, fontColor: null, bold: null, italic: null, rule: null };
      for (let i = 0; i < sheet.rules.length; i++) {
        const rule = sheet.rules[i] as RuleData;
        const inside = rule.boxes.some((b) => r >= b.row && r < b.row + b.numRows && c >= b.column && c < b.column + b.numColumns);
        if (!inside) continue;
        if (rule.gradient) {
          const n = numberOf(model.computedValue(sheet, r, c), model.env.timeZone);
          if (n === null) continue;
          look = { background: gradientColor(rule, n, gradientValues[i] ?? []), fontColor: null, bold: null, italic: null, rule: i };
          break;
        }
        if (conditionHolds(model, sheet, rule, r, c)) {
          const f: RuleFormat = rule.format;
          look = { background: f.background, fontColor: f.fontColor, bold: f.bold, italic: f.italic, rule: i };
          break;
        }
      }
      row.push(look);
    }
    out.push(row);
  }
  return out;
}
