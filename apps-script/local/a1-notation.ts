/**
 * A1 notation helpers: column letters and parsing of `A1`, `A1:B2`, `F:F`,
 * `2:5`, `A2:F` (open-ended), optionally prefixed by a sheet name
 * (`Sheet1!A1`, `'My sheet'!A1:B2`).
 */

/** A parsed A1 reference; open sides are null (whole columns / rows). */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** 1 → A, 27 → AA (one helper for the add-on, the popup and this stand-in). */
export { columnLetter } from '../../shared/column-letter';
import { columnLetter } from '../../shared/column-letter';

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

/** Parses A1 notation; returns null when the text is not a valid reference. */
export function parseA1Notation(text: string): A1Reference | null {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
    sheetName = name;
    rest = rest.slice(bang + 1);
  }
  const pieces = rest.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const parsed = pieces.map((p) => PART.exec(p));
  if (parsed.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [a, b] = parsed as RegExpExecArray[];
  if (!a) return null;
  const aCol = a[1] ? columnNumber(a[1]) : null;
  const aRow = a[2] ? Number(a[2]) : null;
  if (aRow === 0) return null;
  if (!b) {
    if (aCol === null || aRow === null) return null;
    return { sheetName, startRow: aRow, startColumn: aCol, endRow: aRow, endColumn: aCol };
  }
  const bCol = b[1] ? columnNumber(b[1]) : null;
  const bRow = b[2] ? Number(b[2]) : null;
  if (bRow === 0) return null;
  // Whole rows (2:5) need rows on both sides; whole columns (F:F) need letters on both sides.
  if (aCol === null && (bCol !== null || aRow === null || bRow === null)) return null;
  if (bCol === null && aCol !== null) return null;
  const startRow = aRow === null || bRow === null ? (aRow ?? bRow) : Math.min(aRow, bRow);
  const endRow = aRow === null || bRow === null ? null : Math.max(aRow, bRow);
  const startColumn = aCol === null || bCol === null ? null : Math.min(aCol, bCol);
  const endColumn = aCol === null || bCol === null ? null : Math.max(aCol, bCol);
  return {
    sheetName,
    startRow: aRow === null && bRow === null ? null : startRow,
    startColumn,
    endRow: aRow !== null && bRow === null && aCol !== null ? null : endRow,
    endColumn,
  };
}

/** A1 notation for a block, e.g. `B2:C5` or `B2` for one cell. */
export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
