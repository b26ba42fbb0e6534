import { mapRefs } from './map-refs';

/**
 * Moves every relative part of the references by (rows, columns), as Sheets
 * does when a formula is filled or a conditional-format formula is applied to
 * a cell away from the range's top-left corner.
 */
export function offsetFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapRefs(formula, (r) => ({
    ...r,
    row1: r.row1 === null || r.absRow1 ? r.row1 : r.row1 + rows,
    row2: r.row2 === null || r.absRow2 ? r.row2 : r.row2 + rows,
    col1: r.col1 === null || r.absCol1 ? r.col1 : r.col1 + columns,
    col2: r.col2 === null || r.absCol2 ? r.col2 : r.col2 + columns,
  }));
}

