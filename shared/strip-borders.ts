/**
 * SAP lists are drawn `|a|b|`: drops the empty border cells (in place) when 80 % of the rows with
 * cells have them. Call before trimming cells.
 *
 * @example
 * const rows = [['', 'a', 'b', ''], ['', '1', '2', '']]; stripBorders(rows); // rows: [['a', 'b'], ['1', '2']]
 */
export function stripBorders(rows: string[][]): void {
  let bordered = 0;
  let drawn = 0;
  for (const row of rows) {
    if (row.length < 2) continue;
    drawn++;
    if (row[0] === '' && row[row.length - 1]!.trim() === '') bordered++;
  }
  if (drawn === 0 || bordered < drawn * 0.8) return;
  for (const row of rows) {
    if (row.length >= 2 && row[0] === '') {
      const last = row[row.length - 1]!;
      row.shift();
      if (last.trim() === '') row.pop();
    }
  }
}
