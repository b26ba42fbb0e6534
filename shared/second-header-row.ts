import { rowWidth } from './find-paste-header';
import { isNumberCell } from './paste-cell';

const YEAR = /^(19|20)\d{2}$/;

/**
 * Whether the row right under the header is a second header row (period labels): no numbers but
 * years, and its first cell blank or (two or more labels) filling a column the header left blank.
 * A first data row of text only (`Grow revenue,goal,ana@x.com`) is not one.
 *
 * @example
 * secondHeaderRow(['Distribution account', 'Total', ''], ['', 'Nov 2025', 'Nov 2024 (PY)']) // true
 */
export function secondHeaderRow(header: string[], cells: string[]): boolean {
  let filled = 0;
  let fillsGap = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    if (cell === '') continue;
    filled++;
    if (!YEAR.test(cell) && isNumberCell(cell)) return false;
    if ((header[c] ?? '') === '') fillsGap = true;
  }
  if (filled === 0) return false;
  if (cells[0] === '') return filled >= 1 && rowWidth(cells) > 1;
  return fillsGap && filled >= 2;
}
