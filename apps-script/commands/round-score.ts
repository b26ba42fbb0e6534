/**
 * A score as written into the sheet: rounded to 2 decimals (docs/scoring.md, "Key result scores"), or '' for none.
 *
 * @example
 * roundScore(0.6049) // 0.6
 * roundScore(null) // ''
 */
export function roundScore(value: number | null | undefined): number | '' {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return Math.round(value * 100) / 100;
}
