import type { Cell } from './types';

const SUM_MARK = /^(\*{1,3})(?:\s+(\S{1,20}))?$/;

/**
 * SAP `*` / `**` / `***` sum lines (first filled cell is the stars, maybe with a group key): writes
 * `Subtotal`, `Total` or `Grand total` (plus the key) into the text column (the first column of
 * `textColumns`) when it is blank there, or in place of the stars when they are in that column.
 * `values[0]` is the header and is left alone. Changes `values` in place.
 *
 * @example
 * const v = [['Code', 'Text', 'Amount'], ['*', '', 5]]; labelSumLines(v, [false, true, false]); // v[1]: ['*', 'Subtotal', 5]
 */
export function labelSumLines(values: Cell[][], textColumns: boolean[]): void {
  const labelColumn = textColumns.indexOf(true);
  if (labelColumn < 0) return;
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    const markAt = row.findIndex((c) => c !== '');
    const mark = markAt < 0 ? null : row[markAt];
    if (typeof mark !== 'string') continue;
    const m = SUM_MARK.exec(mark);
    if (m === null) continue;
    const stars = m[1]!.length;
    const word = stars === 1 ? 'Subtotal' : stars === 2 ? 'Total' : 'Grand total';
    const label = m[2] ? `${word} ${m[2]}` : word;
    if (labelColumn === markAt) row[markAt] = label;
    else if (row[labelColumn] === '' || row[labelColumn] === undefined) row[labelColumn] = label;
  }
}
