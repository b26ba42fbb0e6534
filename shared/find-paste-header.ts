import { isNumberCell } from './paste-cell';
import type { PastedRowKind } from './paste-row-kind';

const YEAR = /^(19|20)\d{2}$/;
const SCAN_ROWS = 500;
const HEADER_WITHIN = 200;

/**
 * Index of the header among pasted rows (cells trimmed), or -1 when there are no rows.
 * The header is the first row of two or more labels (no numbers other than years) that is as wide
 * as most rows below it (the most common width among rows with two or more cells filled, less one
 * when that width is 3 or more). Title, company, date and `#` comment lines above it are passed over.
 * Falls back to the first row of labels, then to the first non-blank row.
 *
 * @example
 * findPasteHeader([['Balance Sheet', ''], ['Distribution account', 'Total'], ['Checking', '1,201.00']],
 *   ['row', 'row', 'row']) // 1
 */
export function findPasteHeader(rows: string[][], kinds: PastedRowKind[]): number {
  const widthCounts = new Map<number, number>();
  const end = Math.min(rows.length, SCAN_ROWS);
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 'row') continue;
    const cells = rows[i]!;
    if (filledCount(cells) >= 2) {
      const w = rowWidth(cells);
      widthCounts.set(w, (widthCounts.get(w) ?? 0) + 1);
    }
  }
  let common = 0;
  let commonCount = 0;
  for (const [w, k] of widthCounts) {
    if (k > commonCount || (k === commonCount && w > common)) {
      common = w;
      commonCount = k;
    }
  }
  const minWidth = common >= 3 ? common - 1 : common;
  let firstLabels = -1;
  let firstRow = -1;
  const within = Math.min(rows.length, HEADER_WITHIN);
  for (let i = 0; i < within; i++) {
    if (kinds[i] !== 'row') continue;
    if (firstRow < 0) firstRow = i;
    const cells = rows[i]!;
    if (!labelRow(cells)) continue;
    if (firstLabels < 0) firstLabels = i;
    if (rowWidth(cells) >= minWidth) return i;
  }
  if (firstLabels >= 0) return firstLabels;
  if (firstRow >= 0) return firstRow;
  for (let i = within; i < rows.length; i++) if (kinds[i] === 'row') return i;
  return -1;
}

/** Two or more filled cells, none a number other than a year (`2026`). */
export function labelRow(cells: string[]): boolean {
  let filled = 0;
  for (const c of cells) {
    if (c === '') continue;
    filled++;
    if (!YEAR.test(c) && isNumberCell(c)) return false;
  }
  return filled >= 2;
}

/** Number of non-empty cells. */
export function filledCount(cells: string[]): number {
  let k = 0;
  for (const c of cells) if (c !== '') k++;
  return k;
}

/** Index of the last non-empty cell, plus one. */
export function rowWidth(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i + 1;
  return 0;
}
