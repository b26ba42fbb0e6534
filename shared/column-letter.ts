/**
 * The A1 letters of a 1-based column.
 *
 * @example
 * columnLetter(1) // 'A'
 * columnLetter(28) // 'AB'
 */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
