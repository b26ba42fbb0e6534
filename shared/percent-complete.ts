import type { Cell } from './types';
import { localeDecimal } from './locale-decimal';
import { parseNumberAs } from './parse-number';

/**
 * A percent-complete cell (`Progress %`, `% complete`) as a fraction: `40%` and `0.4` → 0.4; a bare
 * number above 1 is percent points (`40` → 0.4); a checkbox is 1 or 0. Null when not a number.
 * `points`: the column is known to hold 0–100 (some bare number in it is above 1), so every bare
 * number is percent points (`1` → 0.01); false: the column holds fractions (`1` → 1).
 *
 * @example
 * percentComplete('40%') // 0.4
 * percentComplete(58) // 0.58
 * percentComplete(1, { points: true }) // 0.01
 */
export function percentComplete(cell: Cell, options: { decimal?: '.' | ','; locale?: string; points?: boolean } = {}): number | null {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const value = parseNumberAs(cell, options.decimal ?? localeDecimal(options.locale) ?? undefined);
  if (value === null) return null;
  if (typeof cell === 'string' && cell.includes('%')) return value;
  return (options.points ?? Math.abs(value) > 1) ? value / 100 : value;
}

/**
 * Whether a percent-complete column holds percent points (0–100): some bare number in it is above 1.
 * Read once per sheet, so that `1` in a column of `40`, `75`, `100` is 1%, not done.
 *
 * @example
 * percentPointsColumn([[40], [1]], 0, 0) // true
 */
export function percentPointsColumn(rows: readonly (readonly Cell[])[], from: number, column: number): boolean | undefined {
  if (column < 0) return undefined;
  let fractions = false;
  for (let r = from; r < rows.length; r++) {
    const cell = rows[r]![column];
    if (cell === undefined || cell === null || cell === '' || typeof cell === 'boolean') continue;
    if (typeof cell === 'string' && cell.includes('%')) continue;
    const value = parseNumberAs(cell, undefined);
    if (value === null) continue;
    if (Math.abs(value) > 1) return true;
    if (value !== 0) fractions = true;
  }
  return fractions ? false : undefined;
}
