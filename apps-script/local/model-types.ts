import type { StoredValue } from './parse-typed-input';
import type { BooleanCriteriaName, DataValidationCriteriaName } from './spreadsheet-enums';

/** Everything stored for one cell. */
export interface CellData {
  /** Typed value, `''` for blank. Ignored when `formula` is set. */
  value: StoredValue;
  /** Formula text with the leading `=`, or null. */
  formula: string | null;
  numberFormat: string | null;
  background: string | null;
  fontColor: string | null;
  fontWeight: 'bold' | 'normal' | null;
  fontStyle: 'italic' | 'normal' | null;
  horizontalAlignment: 'left' | 'center' | 'right' | 'normal' | null;
  wrap: boolean | null;
  note: string;
  validation: ValidationData | null;
}

/** A block of cells on one sheet (1-based, inclusive sizes). */
export interface GridBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ValidationData {
  criteria: DataValidationCriteriaName;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface GradientPoint {
  color: string;
  type: 'MIN' | 'MAX' | 'NUMBER' | 'PERCENT' | 'PERCENTILE';
  value: string;
}

export interface RuleCondition {
  type: BooleanCriteriaName;
  values: unknown[];
}

export interface RuleData {
  condition: RuleCondition | null;
  gradient: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } | null;
  format: RuleFormat;
  boxes: GridBox[];
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; end: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export function emptyCell(): CellData {
  return {
    value: '',
    formula: null,
    numberFormat: null,
    background: null,
    fontColor: null,
    fontWeight: null,
    fontStyle: null,
    horizontalAlignment: null,
    wrap: null,
    note: '',
    validation: null,
  };
}

/** True when the cell has content (a value or a formula); formats alone do not count. */
export function hasContent(cell: CellData | undefined): boolean {
  return cell !== undefined && (cell.formula !== null || cell.value !== '');
}
