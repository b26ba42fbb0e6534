import { columnLetter } from '../platform/column-letter';

/**
 * The SPARKLINE formula of one KPI row, built only from positions (never from cell text): `row` is the
 * 1-based sheet row, `columns` the 1-based sheet columns of its periods, oldest first. Adjacent columns
 * left to right give a range; anything else (a column of someone's notes between two months, periods
 * laid out newest first) gives an array of the cells in oldest-first order. Null when there are no periods.
 *
 * @example
 * sparklineFormula(5, [5, 6, 7, 8, 9, 10]) // '=SPARKLINE(E5:J5)'
 * sparklineFormula(5, [5, 6, 8]) // '=SPARKLINE({E5,F5,H5})'
 */
export function sparklineFormula(row: number, columns: readonly number[]): string | null {
  if (!columns.length || !Number.isInteger(row) || row < 1 || columns.some((c) => !Number.isInteger(c) || c < 1)) return null;
  const first = columns[0]!;
  const adjacent = columns.every((c, i) => c === first + i);
  if (adjacent) return `=SPARKLINE(${columnLetter(first)}${row}:${columnLetter(columns[columns.length - 1]!)}${row})`;
  return `=SPARKLINE({${columns.map((c) => `${columnLetter(c)}${row}`).join(',')}})`;
}
