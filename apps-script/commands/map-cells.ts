import type { Cell } from '../../shared/types';

/** What a custom function receives for one argument: a value, or a 2-D array for a range. */
export type CellArg = Cell | undefined | Cell[][];

/**
 * Applies `fn` cell by cell, the way array-aware custom functions work: when every argument is a single
 * value the result is a single value; when any is a range, the result has that range's shape (one row
 * per input row) and single values are used for every row. Ranges of different sizes are read up to
 * the largest; missing cells are blank.
 *
 * @example
 * mapCells([[[1], [2]], 10], (a, b) => Number(a) * Number(b)) // [[10], [20]]
 * mapCells([3, 4], (a, b) => Number(a) + Number(b)) // 7
 */
export function mapCells(args: readonly CellArg[], fn: (...cells: Cell[]) => Cell): Cell | Cell[][] {
  let rows = 0;
  let cols = 0;
  for (const arg of args) {
    if (Array.isArray(arg)) {
      rows = Math.max(rows, arg.length);
      for (const row of arg) cols = Math.max(cols, Array.isArray(row) ? row.length : 1);
    }
  }
  if (rows === 0) return fn(...args.map((a) => (Array.isArray(a) ? '' : a ?? '')));
  const out: Cell[][] = new Array(rows);
  const cells: Cell[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (Array.isArray(a)) {
          const src = a.length === 1 ? a[0] : a[r];
          const v = Array.isArray(src) ? (src.length === 1 ? src[0] : src[c]) : src;
          cells[i] = v === undefined ? '' : v;
        } else cells[i] = a === undefined ? '' : a;
      }
      row[c] = fn(...cells);
    }
    out[r] = row;
  }
  return out;
}
