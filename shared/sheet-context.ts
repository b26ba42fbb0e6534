import type { Cell, ColumnConcept, Problem, Settings, SkippedRow } from './types';
import type { ColumnMap } from './map-columns';
import type { Period } from './parse-period';
import type { ConceptIndexes } from './concept-indexes';
import { skipReason } from './skip-reason';

/** What the OKR and KPI row readers share while reading one sheet. */
export interface SheetContext {
  values: readonly (readonly Cell[])[];
  headerIndex: number;
  map: ColumnMap;
  /** `map.columns` with every concept present (-1: no column), for the per-row lookups of `conceptCell`. */
  concepts: ConceptIndexes;
  settings: Settings;
  locale: string | undefined;
  asOfDay: number;
  /** Decimal separator per numeric column index. */
  decimals: Map<number, '.' | ','>;
  /** A period named above the header (`Growth team OKRs — Q3 2026`), if any. */
  sheetPeriod: Period | null;
  year: number;
  problems: Problem[];
  skipped: SkippedRow[];
  /** KPI actuals by lower-case name, for KRs with a `Linked KPI` cell. */
  kpiActuals: Map<string, number | null> | null;
  /** The cells as the sheet shows them (readSheet's `displayValues`), for rowValueFormat. */
  displays?: readonly (readonly Cell[])[];
}

/** The cell of a concept in a row, or '' when the sheet has no such column. */
export function conceptCell(ctx: SheetContext, row: readonly Cell[], concept: ColumnConcept): Cell {
  return cellAt(row, ctx.concepts[concept]);
}

/**
 * The cell at a column index, or '' when the index is -1 (no such column): `cellAt(row, ctx.concepts.target)`
 * is `conceptCell(ctx, row, 'target')` with a plain property read, for the per-row hot paths.
 */
export function cellAt(row: readonly Cell[], index: number): Cell {
  return index < 0 ? '' : row[index] ?? '';
}

/** The header text of a concept's column, or a readable default. */
export function conceptHeader(ctx: SheetContext, concept: ColumnConcept, fallback: string): string {
  const c = ctx.map.columns[concept];
  return c === undefined ? fallback : ctx.map.headers[c] || fallback;
}

/** The decimal separator decided for a concept's column. */
export function conceptDecimal(ctx: SheetContext, concept: ColumnConcept): '.' | ',' | undefined {
  const c = ctx.map.columns[concept];
  return c === undefined ? undefined : ctx.decimals.get(c);
}

/** Records a problem worded as docs/scoring.md, "Problems and warnings", asks: `Row 14, Target: "abc" is not a number…`. */
export function addProblem(
  ctx: SheetContext,
  row: number,
  column: string | null,
  value: string | null,
  severity: Problem['severity'],
  message: string,
): void {
  const where = column ? `Row ${row}, ${column}: ` : `Row ${row}: `;
  ctx.problems.push({ row, column, value, severity, message: where + message });
}

/**
 * Calls `fn` for each data row below the header, with its 1-based sheet row; blank, repeated-header,
 * total and comment rows are recorded in `ctx.skipped` instead (docs/scoring.md, "Reading values"), except a total row
 * that `keepTotal` keeps (a KPI sheet's `Total revenue` with a target of its own is a KPI).
 */
export function forEachDataRow(ctx: SheetContext, fn: (row: readonly Cell[], sheetRow: number) => void, keepTotal?: (row: readonly Cell[]) => boolean): void {
  for (let r = ctx.headerIndex + 1; r < ctx.values.length; r++) {
    const row = ctx.values[r]!;
    const skip = skipReason(row, ctx.map.headers);
    if (skip && !(keepTotal && skip.startsWith('total row') && keepTotal(row))) ctx.skipped.push({ row: r + 1, reason: skip });
    else fn(row, r + 1);
  }
}
