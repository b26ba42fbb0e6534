/**
 * A score as written into the sheet: rounded to 2 decimals (SPEC section 3), or '' for none.
 *
 * @example
 * roundScore(0.6049) // 0.6
 * roundScore(null) // ''
 */
export function roundScore(value: number | null | undefined): number | '' {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return Math.round(value * 100) / 100;
}
