import { labelRow, rowWidth } from './find-paste-header';
import type { PastedRowKind } from './paste-row-kind';
import { isNumberCell } from './paste-cell';

/**
 * Whether row `i` (after a blank row) is the header of a second table, as in multi-block Google
 * Analytics exports: a row of labels of another width than the main header, followed within three
 * rows by a row of values that fits under it.
 *
 * @example
 * startsAnotherTable([['Day Index', 'Sessions'], ['9/1/14', '1,546']], ['row', 'row'], 0, 14) // true
 */
export function startsAnotherTable(rows: string[][], kinds: PastedRowKind[], i: number, headerWidth: number): boolean {
  const cells = rows[i]!;
  if (!labelRow(cells)) return false;
  const width = rowWidth(cells);
  if (width === headerWidth) return false;
  for (let j = i + 1; j < rows.length && j <= i + 3; j++) {
    if (kinds[j] !== 'row') continue;
    const next = rows[j]!;
    if (rowWidth(next) > width) return false;
    if (next.some((c) => c !== '' && isNumberCell(c))) return true;
  }
  return false;
}
