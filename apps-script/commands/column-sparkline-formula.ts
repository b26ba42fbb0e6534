import { columnLetter } from '../platform/column-letter';

/**
 * The SPARKLINE formula of a long-layout KPI (one row per period), built only from positions (never from
 * cell text): `column` is the 1-based sheet column of its actuals, `rows` its 1-based sheet rows, oldest
 * period first. Adjacent rows top to bottom give a range; anything else an array in oldest-first order.
 * Null when there are fewer than two rows.
 *
 * @example
 * columnSparklineFormula(4, [2, 3, 4]) // '=SPARKLINE(D2:D4)'
 * columnSparklineFormula(4, [2, 5, 8]) // '=SPARKLINE({D2;D5;D8})'
 */
export function columnSparklineFormula(column: number, rows: readonly number[]): string | null {
  if (rows.length < 2 || !Number.isInteger(column) || column < 1 || rows.some((r) => !Number.isInteger(r) || r < 1)) return null;
  const letter = columnLetter(column);
  const first = rows[0]!;
  if (rows.every((r, i) => r === first + i)) return `=SPARKLINE(${letter}${first}:${letter}${rows[rows.length - 1]!})`;
  return `=SPARKLINE({${rows.map((r) => `${letter}${r}`).join(';')}})`;
}
