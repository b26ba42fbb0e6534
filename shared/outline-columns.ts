const OUTLINE_ANY = /^\d+(?:\.\d+)*$/;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Indexes of columns of outline numbers (`1`, `1.1`, `1.2.1`), kept as text by readPastedTable:
 * every non-empty cell such a number and at least one with two or more dots (not `1.234.567`).
 *
 * @example
 * outlineColumns([['1.1', '5'], ['1.2.1', '6']], [0, 1]) // Set {0}
 */
export function outlineColumns(rows: string[][], dataIndexes: number[]): Set<number> {
  const deep = new Set<number>();
  const other = new Set<number>();
  for (const i of dataIndexes) {
    const cells = rows[i]!;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell === '' || other.has(c)) continue;
      if (!OUTLINE_ANY.test(cell)) {
        other.add(c);
        continue;
      }
      const dot = cell.indexOf('.');
      if (dot > 0 && cell.indexOf('.', dot + 1) > 0 && !DOT_THOUSANDS.test(cell)) deep.add(c);
    }
  }
  for (const c of other) deep.delete(c);
  return deep;
}
